package io.embargo.server;

import io.javalin.http.Context;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns exceptions into the JSON error body {@code {"error":{"code":…,"message":…}}} with a stable code. Bad
 * input ({@link IllegalArgumentException}) is 400, refusals ({@link SecurityException}) 403, conflicts 409;
 * anything unexpected is logged (without the request body) and answered with a generic 500.
 */
final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  /** Request attribute set once an error body was written (so the 404 page does not overwrite it). */
  static final String RENDERED = "embargo.error";

  private Errors() {}

  static void render(Context ctx, Exception e, boolean page) {
    if (e instanceof Guard.Redirected) {
      return;
    }
    int status;
    String code;
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof ApiException a) {
      status = a.status();
      code = a.code();
    } else if (e instanceof IllegalArgumentException || e instanceof tools.jackson.core.JacksonException) {
      status = 400;
      code = "invalid_request";
    } else if (e instanceof SecurityException) {
      status = 403;
      code = "forbidden";
    } else if (e instanceof io.embargo.store.alerts.AlertConflictException) {
      status = 409;
      code = "conflict";
    } else if (e instanceof IllegalStateException && message.toLowerCase(java.util.Locale.ROOT).contains("conflict")) {
      status = 409;
      code = "conflict";
    } else if (e instanceof java.util.NoSuchElementException) {
      status = 404;
      code = "not_found";
    } else {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      status = 500;
      code = "internal";
      message = "internal error; see the server log";
    }
    if (status == 429) {
      ctx.header("Retry-After", "1");
    }
    ctx.attribute(RENDERED, Boolean.TRUE);
    ctx.status(status).json(Map.of("error", Map.of("code", code, "message", message)));
  }
}
