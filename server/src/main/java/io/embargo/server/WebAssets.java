package io.embargo.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the web application from the classpath ({@code /web/…}): the pages and their CSS/JS. Only files
 * named in {@link #ASSETS} are served, so no path from the request reaches the class loader. Every asset is
 * Embargo's own: no CDN.
 */
final class WebAssets {
  static final Set<String> ASSETS = Set.of("app.css", "app.js", "screen.js", "alerts.js", "alert.js", "lists.js",
      "batch.js", "login.js", "hits.js", "favicon.svg");

  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  void asset(Context ctx) {
    String file = ctx.pathParam("file");
    if (!ASSETS.contains(file)) {
      throw ApiException.notFound("asset: no such file '" + file + "'");
    }
    ctx.contentType(file.endsWith(".css") ? "text/css; charset=utf-8"
        : file.endsWith(".svg") ? "image/svg+xml" : "text/javascript; charset=utf-8");
    ctx.header("Cache-Control", "no-cache");
    ctx.result(load(file));
  }

  /** A handler that sends the page {@code name}.html. */
  io.javalin.http.Handler page(String name) {
    return ctx -> {
      ctx.contentType("text/html; charset=utf-8");
      ctx.result(load(name + ".html"));
    };
  }

  byte[] load(String file) {
    return cache.computeIfAbsent(file, f -> {
      try (InputStream in = WebAssets.class.getResourceAsStream("/web/" + f)) {
        if (in == null) {
          throw new IllegalStateException("web asset missing from the jar: /web/" + f);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
