package io.embargo.server;

import static io.embargo.server.ScreenApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The API over a real SQLite store: point-in-time screening, decisions, alerts with four eyes, list history,
 * watch list, audit trail and batch uploads.
 */
class StoreApiTest {
  static TestStore t;
  static Http http;

  @BeforeAll
  static void start() throws Exception {
    t = new TestStore();
    http = t.http;
  }

  @AfterAll
  static void stop() throws Exception {
    t.close();
  }

  @Test
  void screen_cyrillicName_findsPositiveTechnologiesWithDecision() {
    Http.Response r = http.post("/v1/screen", "{\"name\":\"Позитив Текнолоджиз\"}", t.key("ana"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode hit = r.json().path("hits").get(0);
    assertThat(hit.path("name").asString()).containsIgnoringCase("Pozitiv");
    assertThat(hit.path("explanation").path("tokens").size()).isPositive();
    assertThat(r.json().path("decision").path("outcome").asString()).isIn("BLOCK", "REVIEW");
    assertThat(r.json().path("decision").path("hits").get(0).path("consequence").path("title").asString()).isNotBlank();
  }

  @Test
  void screen_asOfBeforeTheRule_doesNotFindNso() {
    Http.Response now = http.post("/v1/screen", "{\"name\":\"NSO Group\"}", t.key("ana"));
    assertThat(now.json().path("hits").size()).isPositive();
    Http.Response before = http.post("/v1/screen?as_of=2021-10-15", "{\"name\":\"NSO Group\"}", t.key("ana"));
    assertThat(before.status()).isEqualTo(200);
    assertThat(before.json().path("hits").size()).isZero();
    assertThat(before.json().path("listVersions").get(0).path("version").asInt()).isEqualTo(1);
    assertError(http.post("/v1/screen?as_of=1990-01-01", "{\"name\":\"NSO Group\"}", t.key("ana")), 400,
        "invalid_request", "as_of: no list version was in force on 1990-01-01");
  }

  @Test
  void alerts_recordDecideApprove_withFourEyes() {
    Http.Response r = http.post("/v1/screen?record=true", "{\"id\":\"cust-77\",\"name\":\"Candiru\"}", t.key("ana"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    long id = r.json().path("alertId").asLong();
    assertThat(id).isPositive();
    Http.Response a = http.get("/v1/alerts/" + id, t.key("aud"));
    assertThat(a.json().path("alert").path("state").asString()).isEqualTo("OPEN");
    assertThat(a.json().path("alert").path("party").asString()).isEqualTo("cust-77");
    assertThat(a.json().path("hits").get(0).path("name").asString()).isEqualTo("Candiru");
    assertThat(http.get("/v1/alerts?state=open", t.key("rev")).json().findValues("id").stream()
        .map(JsonNode::asLong)).contains(id);

    assertError(http.post("/v1/alerts/" + id + "/decide", "{\"verdict\":\"maybe\",\"reason\":\"x\"}", t.key("ana")),
        400, "invalid_request", "verdict");
    assertError(http.post("/v1/alerts/" + id + "/decide", "{\"verdict\":\"true_match\"}", t.key("ana")),
        400, "invalid_request", "reason");
    Http.Response decided = http.post("/v1/alerts/" + id + "/decide",
        "{\"verdict\":\"true_match\",\"reason\":\"same company, same address\"}", t.key("ana"));
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    assertThat(decided.json().path("alert").path("state").asString()).isEqualTo("TRUE_MATCH");
    assertError(http.post("/v1/alerts/" + id + "/decide", "{\"verdict\":\"false_positive\",\"reason\":\"x\"}",
        t.key("ana")), 409, "conflict", "");
    assertError(http.post("/v1/alerts/" + id + "/approve", "{}", t.key("ana")), 403, "forbidden", "lacks a role");
    Http.Response approved = http.post("/v1/alerts/" + id + "/approve", "{}", t.key("rev"));
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().path("alert").path("state").asString()).isEqualTo("APPROVED");
    assertThat(approved.json().path("events").findValues("action").stream().map(JsonNode::asString))
        .contains("alert.record", "alert.decide", "alert.approve");
    assertError(http.get("/v1/alerts/999999", t.key("ana")), 404, "not_found", "id: no alert 999999");
  }

  @Test
  void lists_versionsAndDiffFromTheStore() {
    Http.Response versions = http.get("/v1/lists/bis-el/versions", t.key("aud"));
    assertThat(versions.status()).as(versions.body()).isEqualTo(200);
    assertThat(versions.json().size()).isEqualTo(2);
    Http.Response diff = http.get("/v1/lists/bis-el/diff", t.key("aud"));
    assertThat(diff.status()).as(diff.body()).isEqualTo(200);
    assertThat(diff.json().path("addedCount").asInt()).isEqualTo(4);
    assertThat(diff.json().path("added").findValues("name").stream().map(JsonNode::asString)).contains("NSO Group", "Candiru");
    assertError(http.get("/v1/lists/bis-el/diff?from=1&to=9", t.key("aud")), 404, "not_found", "to:");
    assertError(http.get("/v1/lists/bis-el/diff?from=x", t.key("aud")), 400, "invalid_request", "from:");
  }

  @Test
  void watch_addListRescreen() {
    Http.Response add = http.post("/v1/watch",
        "{\"parties\":[{\"id\":\"w1\",\"name\":\"Saito Tech Ltd\",\"country\":\"IL\"},{\"id\":\"w2\",\"name\":\"Acme Bakery\"}]}",
        t.key("ana"));
    assertThat(add.status()).as(add.body()).isEqualTo(200);
    assertThat(http.get("/v1/watch", t.key("ana")).json().path("count").asLong()).isGreaterThanOrEqualTo(2);
    assertError(http.post("/v1/watch", "{\"parties\":[{\"name\":\"No Id\"}]}", t.key("ana")), 400, "invalid_request",
        "parties[0].id: required");
    Http.Response rescreen = http.post("/v1/watch/rescreen", "{}", t.key("ana"));
    assertThat(rescreen.status()).as(rescreen.body()).isEqualTo(200);
  }

  @Test
  void audit_verifyAndExport() {
    http.post("/v1/screen?record=true", "{\"name\":\"COSEINC\"}", t.key("ana"));
    Http.Response v = http.get("/v1/audit/verify", t.key("aud"));
    assertThat(v.status()).as(v.body()).isEqualTo(200);
    assertThat(v.json().path("ok").asBoolean()).isTrue();
    Http.Response csv = http.get("/v1/audit/export?from=2020-01-01&format=csv", t.key("aud"));
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).contains("alert.record");
    assertError(http.get("/v1/audit/export?from=yesterday", t.key("aud")), 400, "invalid_request", "from:");
  }

  @Test
  void batch_uploadProgressAndResult() throws Exception {
    String csv = "id,name,country\nc1,NSO Group,IL\nc2,Acme Bakery,US\nc3,Candiru,IL\n";
    String boundary = "----embargo" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"customers.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> up = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + t.server.port() + "/v1/batch"))
        .header("Authorization", "Bearer " + t.key("ana"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(up.statusCode()).as(up.body()).isEqualTo(202);
    String id = Json.MAPPER.readTree(up.body()).path("id").asString();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    JsonNode s;
    do {
      Thread.sleep(100);
      s = http.get("/v1/batch/" + id, t.key("ana")).json();
    } while (!s.path("state").asString().equals("DONE") && !s.path("state").asString().equals("FAILED")
        && Instant.now().isBefore(deadline));
    assertThat(s.path("state").asString()).as(s.toString()).isEqualTo("DONE");
    assertThat(s.path("done").asLong()).isEqualTo(3);
    Http.Response result = http.get("/v1/batch/" + id + "/result", t.key("ana"));
    assertThat(result.status()).isEqualTo(200);
    assertThat(result.body()).contains("c1", "NSO Group", "c3", "BLOCK").doesNotContain("c2,");
    assertThat(result.body().lines().findFirst().orElseThrow()).contains("decision");
    // another user cannot see it
    assertError(http.get("/v1/batch/" + id, t.key("rev")), 403, "forbidden", "lacks a role");
  }
}
