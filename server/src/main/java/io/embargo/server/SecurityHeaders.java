package io.embargo.server;

import io.javalin.http.Context;

/** Headers sent with every response: no framing, no sniffing, no referrer, only our own scripts and styles. */
final class SecurityHeaders {
  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
        + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
    if (ctx.path().startsWith("/v1/") || ctx.path().startsWith("/auth/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }
}
