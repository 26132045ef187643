package io.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.store.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route × every role (and no credentials at all), over real HTTP. The expectation is written out
 * here independently of the route table: a route added without an expectation fails the test, and a role
 * change in the table that disagrees with this table fails it too.
 */
class AuthorizationMatrixTest {
  private static final String ANY = "analyst,reviewer,admin,auditor";
  /** Who may call what: "public", or the roles allowed. Maintained by hand, on purpose. */
  static final Map<String, String> EXPECTED = Map.ofEntries(
      Map.entry("GET /health", "public"),
      Map.entry("GET /metrics", "admin"),
      Map.entry("GET /openapi.json", ANY),
      Map.entry("POST /auth/login", "public"),
      Map.entry("POST /auth/logout", ANY),
      Map.entry("GET /v1/session", ANY),
      Map.entry("POST /v1/screen", "analyst,reviewer"),
      Map.entry("POST /v1/screen/batch", "analyst,reviewer"),
      Map.entry("GET /v1/lists", ANY),
      Map.entry("GET /v1/lists/{list}/versions", ANY),
      Map.entry("GET /v1/lists/{list}/diff", ANY),
      Map.entry("GET /v1/entries/{list}/{id}", ANY),
      Map.entry("GET /login", "public"),
      Map.entry("GET /assets/{file}", "public"),
      Map.entry("GET /", ANY),
      Map.entry("GET /screen", ANY),
      Map.entry("GET /lists", ANY),
      Map.entry("GET /v1/alerts", "analyst,reviewer,auditor"),
      Map.entry("GET /v1/alerts/{id}", "analyst,reviewer,auditor"),
      Map.entry("POST /v1/alerts/{id}/decide", "analyst"),
      Map.entry("POST /v1/alerts/{id}/approve", "reviewer"),
      Map.entry("POST /v1/alerts/{id}/return", "reviewer"),
      Map.entry("GET /v1/suppressions", "analyst,reviewer,auditor"),
      Map.entry("DELETE /v1/suppressions/{id}", "reviewer,admin"),
      Map.entry("GET /v1/watch", "analyst,reviewer,auditor"),
      Map.entry("POST /v1/watch", "analyst"),
      Map.entry("POST /v1/watch/rescreen", "analyst,admin"),
      Map.entry("GET /v1/audit/verify", "auditor,admin"),
      Map.entry("GET /v1/audit/export", "auditor,admin"),
      Map.entry("POST /v1/batch", "analyst"),
      Map.entry("GET /v1/batch/{id}", "analyst"),
      Map.entry("GET /v1/batch/{id}/result", "analyst"),
      Map.entry("GET /v1/batch/{id}/rejects", "analyst"),
      Map.entry("GET /alerts", ANY),
      Map.entry("GET /alerts/{id}", ANY),
      Map.entry("GET /batch", ANY));

  static TestStore store;
  static EmbargoServer server;
  static Http http;

  @BeforeAll
  static void start() throws Exception {
    if (store == null) {
      store = new TestStore();
      server = store.server;
      http = store.http;
    }
  }

  @AfterAll
  static void stop() throws Exception {
    store.close();
    store = null;
  }

  static Stream<Arguments> cases() throws Exception {
    List<Arguments> out = new ArrayList<>();
    for (Route r : server().routes()) {
      for (String who : List.of("none", "analyst", "reviewer", "admin", "auditor")) {
        out.add(Arguments.of(r.id(), r.method().name(), r.path(), r.page(), who));
      }
    }
    return out.stream();
  }

  private static EmbargoServer server() throws Exception {
    start();
    return server;
  }

  @ParameterizedTest(name = "{0} as {4}")
  @MethodSource("cases")
  void routeAllowsExactlyTheExpectedRoles(String id, String method, String path, boolean page, String who) {
    String expected = EXPECTED.get(id);
    assertThat(expected).as("no expectation written for " + id).isNotNull();
    String concrete = path.replace("{list}", "bis-el").replace("{id}", path.startsWith("/v1/entries") ? "fb5fada7" : "1").replace("{file}", "app.css");
    String key = who.equals("none") ? null : store.key(who.substring(0, 3));
    String body = method.equals("POST") ? "{}" : null;
    Http.Response r = http.send(method, concrete, body,
        key == null ? Map.of() : Map.of("Authorization", "Bearer " + key));
    boolean allowed = expected.equals("public") || (!who.equals("none") && Set.of(expected.split(",")).contains(who));
    if (allowed) {
      assertThat(r.status()).as(id + " as " + who + ": " + r.body()).isNotIn(401, 403);
    } else if (who.equals("none")) {
      assertThat(r.status()).as(id + " unauthenticated").isEqualTo(page ? 302 : 401);
    } else {
      assertThat(r.status()).as(id + " as " + who).isEqualTo(403);
    }
  }

  @org.junit.jupiter.api.Test
  void tableAndExpectationsAgree() {
    Set<String> ids = new TreeSet<>();
    for (Route r : server.routes()) {
      ids.add(r.id());
      String roles = r.access().isPublic() ? "public" : String.join(",", r.access().roles().stream()
          .map(Role::code).sorted().toList());
      String expected = EXPECTED.get(r.id());
      assertThat(expected).as(r.id()).isNotNull();
      String norm = expected.equals("public") ? "public"
          : String.join(",", Stream.of(expected.split(",")).map(s -> s.toLowerCase(Locale.ROOT)).sorted().toList());
      assertThat(roles).as(r.id()).isEqualTo(norm);
    }
    assertThat(ids).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
  }
}
