package io.embargo.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A tiny HTTP client for API tests against the real server on 127.0.0.1. */
final class Http {
  record Response(int status, String body, java.net.http.HttpHeaders headers) {
    JsonNode json() {
      return Json.MAPPER.readTree(body);
    }

    String errorCode() {
      return json().path("error").path("code").asString();
    }

    String errorMessage() {
      return json().path("error").path("message").asString();
    }
  }

  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;

  Http(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  Response send(String method, String path, String body, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null && !headers.containsKey("Content-Type")) {
      b.header("Content-Type", "application/json");
    }
    headers.forEach(b::header);
    try {
      HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.body(), r.headers());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Response get(String path, String key) {
    return send("GET", path, null, key == null ? Map.of() : Map.of("Authorization", "Bearer " + key));
  }

  Response post(String path, String body, String key) {
    return send("POST", path, body, key == null ? Map.of() : Map.of("Authorization", "Bearer " + key));
  }
}
