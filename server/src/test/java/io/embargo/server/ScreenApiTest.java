package io.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /v1/screen}, {@code /v1/screen/batch}, lists and entries over real HTTP on 127.0.0.1. */
class ScreenApiTest {
  static EmbargoServer server;
  static Http http;

  @BeforeAll
  static void start() {
    server = EmbargoServer.builder().screener(Fixtures::screener).authenticator(TestAuthenticator.standard())
        .config(ServerConfig.DEFAULT.withPort(0).withMaxBatchParties(3)).build().start();
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  // ---- screening

  @Test
  void screen_returnsHitsWithExplanationAndListVersions() {
    Http.Response r = http.post("/v1/screen", "{\"name\":\"NSO Group\",\"type\":\"organization\"}", "ana-key");
    assertThat(r.status()).isEqualTo(200);
    JsonNode hit = r.json().path("hits").get(0);
    assertThat(hit.path("name").asString()).isEqualTo("NSO Group");
    assertThat(hit.path("list").asString()).isEqualTo("bis-el");
    assertThat(hit.path("score").asDouble()).isGreaterThan(0.5);
    assertThat(hit.path("licencePolicy").asString()).isEqualTo("Presumption of denial.");
    assertThat(hit.path("explanation").path("matchedName").asString()).isEqualTo("NSO Group");
    assertThat(r.json().path("listVersions").get(0).path("label").asString()).isEqualTo("bis-el@2");
    assertThat(r.json().path("query").path("type").asString()).isEqualTo("organization");
  }

  @Test
  void screen_noHit_isEmptyList() {
    Http.Response r = http.post("/v1/screen", "{\"name\":\"Acme Bakery\"}", "ana-key");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("hits").size()).isZero();
  }

  @Test
  void screen_badInput_namesTheField() {
    assertError(http.post("/v1/screen", "{\"nam\":\"x\"}", "ana-key"), 400, "invalid_request", "nam: unknown field");
    assertError(http.post("/v1/screen", "{\"type\":\"company\"}", "ana-key"), 400, "invalid_request", "name: required");
    assertError(http.post("/v1/screen", "{\"name\":\"  \"}", "ana-key"), 400, "invalid_request", "name:");
    assertError(http.post("/v1/screen", "{\"name\":\"x\",\"type\":\"spaceship\"}", "ana-key"), 400, "invalid_request", "type:");
    assertError(http.post("/v1/screen", "{\"name\":\"x\",\"country\":\"ZZZ\"}", "ana-key"), 400, "invalid_request", "country");
    assertError(http.post("/v1/screen", "{\"name\":\"x\",\"dob\":\"yesterday\"}", "ana-key"), 400, "invalid_request", "dob:");
    assertError(http.post("/v1/screen", "{\"name\":", "ana-key"), 400, "invalid_request", "body: not valid JSON");
    assertError(http.post("/v1/screen", "", "ana-key"), 400, "invalid_request", "body:");
    assertError(http.post("/v1/screen?min_score=2", "{\"name\":\"x\"}", "ana-key"), 400, "invalid_request", "min_score");
    assertError(http.post("/v1/screen?lists=nope", "{\"name\":\"x\"}", "ana-key"), 400, "invalid_request", "lists:");
    assertError(http.post("/v1/screen?as_of=soon", "{\"name\":\"x\"}", "ana-key"), 400, "invalid_request", "as_of:");
    assertError(http.post("/v1/screen", "{\"name\":\"x\",\"identifiers\":[{\"type\":\"IMO\"}]}", "ana-key"), 400,
        "invalid_request", "identifiers[0].number: required");
  }

  @Test
  void screen_filtersByList() {
    Http.Response r = http.post("/v1/screen?lists=ofac-sdn", "{\"name\":\"NSO Group\"}", "ana-key");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("hits").size()).isZero();
  }

  // ---- batch

  @Test
  void batch_echoesIdsInOrder() {
    Http.Response r = http.post("/v1/screen/batch",
        "{\"parties\":[{\"id\":\"c1\",\"name\":\"NSO Group\"},{\"id\":\"c2\",\"name\":\"Acme Bakery\"}]}", "ana-key");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("count").asInt()).isEqualTo(2);
    assertThat(r.json().path("results").get(0).path("id").asString()).isEqualTo("c1");
    assertThat(r.json().path("results").get(0).path("result").path("hits").size()).isPositive();
    assertThat(r.json().path("results").get(1).path("result").path("hits").size()).isZero();
  }

  @Test
  void batch_tooManyParties_is413AndBadPartyIsNamed() {
    assertError(http.post("/v1/screen/batch", "{\"parties\":[{\"name\":\"a\"},{\"name\":\"b\"},{\"name\":\"c\"},{\"name\":\"d\"}]}",
        "ana-key"), 413, "batch_too_large", "parties: 4 parties, at most 3");
    assertError(http.post("/v1/screen/batch", "{\"parties\":[{\"name\":\"a\"},{\"name\":\"\"}]}", "ana-key"), 400,
        "invalid_request", "parties[1].name");
    assertError(http.post("/v1/screen/batch", "{\"people\":[]}", "ana-key"), 400, "invalid_request", "parties: required");
  }

  // ---- lists and entries

  @Test
  void lists_versionsAndEntries() {
    Http.Response lists = http.get("/v1/lists", "aud-key");
    assertThat(lists.status()).isEqualTo(200);
    assertThat(lists.json().get(0).path("list").asString()).isEqualTo("bis-el");
    assertThat(lists.json().get(0).path("current").path("entries").asInt()).isEqualTo(4);
    Http.Response versions = http.get("/v1/lists/bis-el/versions", "aud-key");
    assertThat(versions.json().get(0).path("version").asInt()).isEqualTo(2);
    Http.Response entry = http.get("/v1/entries/bis-el/c4c3f8d1", "aud-key");
    assertThat(entry.status()).isEqualTo(200);
    assertThat(entry.json().path("aliases").get(0).path("name").asString()).isEqualTo("Saito Tech Ltd.");
    assertError(http.get("/v1/entries/bis-el/nope", "aud-key"), 404, "not_found", "id: no entry 'nope'");
    assertError(http.get("/v1/lists/nolist/versions", "aud-key"), 404, "not_found", "list: unknown list");
  }

  @Test
  void unknownPath_isJson404() {
    assertError(http.get("/v1/nothing-here", "ana-key"), 404, "not_found", "no route");
  }

  @Test
  void health_isPublicAndMetricsCountRequests() {
    Http.Response h = http.get("/health", null);
    assertThat(h.status()).isEqualTo(200);
    assertThat(h.json().path("entries").asInt()).isEqualTo(4);
    http.post("/v1/screen", "{\"name\":\"Candiru\"}", "ana-key");
    Http.Response m = http.get("/metrics", "adm-key");
    assertThat(m.status()).isEqualTo(200);
    assertThat(m.body()).contains("embargo_http_requests_total{method=\"POST\",route=\"/v1/screen\",status=\"200\"}")
        .contains("embargo_http_request_duration_seconds_bucket{method=\"POST\",route=\"/v1/screen\",le=\"+Inf\"}")
        .contains("embargo_list_age_seconds{list=\"bis-el\",version=\"2\"}")
        .containsPattern("embargo_screenings_total [1-9]");
  }

  static void assertError(Http.Response r, int status, String code, String messagePart) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.errorCode()).isEqualTo(code);
    assertThat(r.errorMessage()).contains(messagePart);
  }
}
