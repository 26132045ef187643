package io.embargo.server;

import static io.embargo.server.ScreenApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Login, sessions, CSRF, rate limiting, body limits and security headers over real HTTP. */
class SecurityTest {
  EmbargoServer server;
  Http http;

  void start(ServerConfig cfg) {
    server = EmbargoServer.builder().screener(Fixtures::screener).authenticator(TestAuthenticator.standard())
        .config(cfg.withPort(0)).build().start();
    http = new Http(server.port());
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  record Login(String cookie, String csrf) {}

  Login login(String user) {
    Http.Response r = http.post("/auth/login", "{\"username\":\"" + user + "\",\"password\":\"" + user + "-pw\"}", null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
    return new Login(setCookie.substring(0, setCookie.indexOf(';')), r.json().path("csrf").asString());
  }

  @Test
  void login_sessionCookieAndCsrfGuardStateChanges() {
    start(ServerConfig.DEFAULT);
    Login l = login("ana");
    Http.Response me = http.send("GET", "/v1/session", null, Map.of("Cookie", l.cookie()));
    assertThat(me.json().path("user").asString()).isEqualTo("ana");
    assertThat(me.json().path("roles").get(0).asString()).isEqualTo("analyst");
    String body = "{\"name\":\"NSO Group\"}";
    assertError(http.send("POST", "/v1/screen", body, Map.of("Cookie", l.cookie())), 403, "csrf", "X-CSRF-Token");
    assertError(http.send("POST", "/v1/screen", body, Map.of("Cookie", l.cookie(), "X-CSRF-Token", "forged")), 403,
        "csrf", "X-CSRF-Token");
    assertThat(http.send("POST", "/v1/screen", body, Map.of("Cookie", l.cookie(), "X-CSRF-Token", l.csrf())).status())
        .isEqualTo(200);
    // logout ends the session server-side: the old cookie no longer works
    assertThat(http.send("POST", "/auth/logout", null, Map.of("Cookie", l.cookie(), "X-CSRF-Token", l.csrf())).status())
        .isEqualTo(204);
    assertError(http.send("GET", "/v1/session", null, Map.of("Cookie", l.cookie())), 401, "unauthenticated", "log in");
  }

  @Test
  void secureCookies_markTheSessionCookieSecure() {
    start(ServerConfig.DEFAULT.withSecureCookies(true));
    Http.Response r = http.post("/auth/login", "{\"username\":\"ana\",\"password\":\"ana-pw\"}", null);
    assertThat(r.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure", "HttpOnly");
  }

  @Test
  void login_wrongPasswordAndUnknownUserLookAlike() {
    start(ServerConfig.DEFAULT);
    Http.Response wrong = http.post("/auth/login", "{\"username\":\"ana\",\"password\":\"nope\"}", null);
    Http.Response unknown = http.post("/auth/login", "{\"username\":\"zed\",\"password\":\"nope\"}", null);
    assertError(wrong, 401, "bad_credentials", "wrong user name or password");
    assertThat(unknown.body()).isEqualTo(wrong.body());
    assertError(http.send("POST", "/auth/login", "username=ana&password=ana-pw",
        Map.of("Content-Type", "application/x-www-form-urlencoded")), 415, "unsupported_media_type", "Content-Type");
  }

  @Test
  void login_guessingIsRateLimitedPerAddress() {
    start(ServerConfig.DEFAULT);
    int limited = 0;
    for (int i = 0; i < 15; i++) {
      Http.Response r = http.post("/auth/login", "{\"username\":\"ana\",\"password\":\"guess" + i + "\"}", null);
      if (r.status() == 429) {
        limited++;
        assertThat(r.errorCode()).isEqualTo("rate_limited");
      } else {
        assertThat(r.status()).isEqualTo(401);
      }
    }
    assertThat(limited).isGreaterThanOrEqualTo(4); // 10 attempts at once, then about one a second
  }

  @Test
  void apiKey_unknownOrMalformedIs401() {
    start(ServerConfig.DEFAULT);
    assertError(http.post("/v1/screen", "{\"name\":\"x\"}", "guess"), 401, "unauthenticated", "unknown or revoked");
    assertError(http.send("POST", "/v1/screen", "{\"name\":\"x\"}", Map.of("Authorization", "Basic YTpi")), 401,
        "unauthenticated", "Bearer");
    assertError(http.post("/v1/screen", "{\"name\":\"x\"}", null), 401, "unauthenticated", "authentication required");
  }

  @Test
  void wrongRole_is403NamingTheRole() {
    start(ServerConfig.DEFAULT);
    assertError(http.post("/v1/screen", "{\"name\":\"x\"}", "aud-key"), 403, "forbidden", "lacks a role");
  }

  @Test
  void rateLimit_perKey_is429WithRetryAfter() {
    start(ServerConfig.DEFAULT.withRateLimit(0.5, 3));
    for (int i = 0; i < 3; i++) {
      assertThat(http.get("/v1/lists", "ana-key").status()).isEqualTo(200);
    }
    Http.Response limited = http.get("/v1/lists", "ana-key");
    assertError(limited, 429, "rate_limited", "retry after");
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    // another key has its own bucket
    assertThat(http.get("/v1/lists", "rev-key").status()).isEqualTo(200);
  }

  @Test
  void bodyLimit_is413() {
    start(ServerConfig.DEFAULT);
    String big = "{\"name\":\"" + "a".repeat(2 << 20) + "\"}";
    assertError(http.post("/v1/screen", big, "ana-key"), 413, "body_too_large", "request body");
    // without Content-Length (chunked) the limit is checked after reading
    java.net.http.HttpRequest chunked = java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://127.0.0.1:" + server.port() + "/v1/screen"))
        .header("Authorization", "Bearer ana-key").header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
            () -> new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .build();
    try {
      var r = java.net.http.HttpClient.newHttpClient().send(chunked, java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(r.body()).contains("body_too_large");
    } catch (java.io.IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void pages_redirectToLoginAndCarrySecurityHeaders() {
    start(ServerConfig.DEFAULT);
    Http.Response page = http.get("/screen", null);
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location")).hasValue("/login?next=%2Fscreen");
    Http.Response login = http.get("/login", null);
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'");
    assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(login.body()).doesNotContain("http://", "https://");
    assertThat(http.get("/assets/app.css", null).status()).isEqualTo(200);
    assertThat(http.get("/assets/..%2Fopenapi.json", null).status()).isEqualTo(404);
  }
}
