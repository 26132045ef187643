package io.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code embargo serve} on an empty store: loads the shared lists, says which and how to add an admin, serves. */
class ServeCommandTest {
  @TempDir Path home;

  @Test
  void serve_emptyStore_loadsTheSharedListsAndServesOnLoopback() throws Exception {
    ServeCommand cmd = new ServeCommand();
    new CommandLine(cmd).parseArgs("--home", home.toString(), "--offline", "--port", "0");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (ServeCommand.Running r = cmd.start(new PrintStream(buf, true, StandardCharsets.UTF_8))) {
      String out = buf.toString(StandardCharsets.UTF_8);
      assertThat(out).contains("Loading the lists from the shared list folder", "loaded ofac-sdn@1", "loaded un@1",
          "No users yet", "users add NAME --role admin,analyst", "Embargo is serving at http://127.0.0.1:" + r.server().port());
      HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + r.server().port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"ok\"");
      HttpResponse<String> screen = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + r.server().port() + "/v1/screen"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(screen.statusCode()).isEqualTo(401);
    }
  }
}
