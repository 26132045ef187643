package io.embargo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.embargo.model.ListId;
import io.embargo.model.ListVersionRef;
import io.embargo.model.PartyType;
import io.embargo.store.watch.Monitor;
import io.embargo.store.watch.Raised;
import io.embargo.store.watch.WatchList;
import io.embargo.store.watch.WatchedParty;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code lists update} against a local HTTP server on 127.0.0.1 serving the fixture and shared files. */
class ListUpdaterTest extends StoreTestBase {
  private HttpServer server;
  private volatile byte[] entityList;
  private final List<String> log = new ArrayList<>();
  private ListStore store;

  @Override
  protected boolean postgres() {
    return false;
  }

  @BeforeEach
  void start() throws IOException {
    store = new ListStore(db);
    entityList = Files.readAllBytes(HistoryScenarioContract.fixture("entity-list-2021-10-01.csv"));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/el/entity-list.csv", ex -> send(ex, entityList));
    server.createContext("/dpl/dpl.txt", ex -> send(ex, Files.readAllBytes(
        io.embargo.lists.SharedLists.file("bis-dpl/dpl.txt"))));
    server.createContext("/empty.csv", ex -> send(ex, new byte[0]));
    server.createContext("/garbage.csv", ex -> send(ex, "this is not a list\n\u0000\u0001".getBytes()));
    server.start();
  }

  private static void send(com.sun.net.httpserver.HttpExchange ex, byte[] body) throws IOException {
    ex.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(body);
    }
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private ListSources sources(String... kv) {
    Properties p = new Properties();
    for (int i = 0; i < kv.length; i += 2) {
      p.setProperty(kv[i], kv[i + 1]);
    }
    return ListSources.of(p, "test");
  }

  private List<ImportResult> update(ListSources s) {
    return new ListUpdater(store, tmp.resolve("downloads"), Duration.ofSeconds(10)).update(s, Set.of(), Actor.SYSTEM,
        log::add);
  }

  @Test
  void downloadsImportsAndReScreensAndSkipsUnchangedContent() throws IOException {
    new WatchList(db).upsert(List.of(new WatchedParty("c-saito", "Saito Tech Ltd", PartyType.ORGANIZATION, "IL",
        null, List.of(), null)));
    ListSources s = sources("bis-el.urls", base() + "/el/entity-list.csv", "bis-el.format", "CSL_CSV",
        "bis-dpl.urls", base() + "/dpl/dpl.txt");

    List<ImportResult> first = update(s);
    assertThat(first).extracting(r -> r.version().label()).containsExactlyInAnyOrder("bis-el@1", "bis-dpl@1");
    assertThat(log).anyMatch(l -> l.startsWith("bis-el: " + base() + "/el/entity-list.csv -> entity-list.csv sha256 "));

    entityList = Files.readAllBytes(HistoryScenarioContract.fixture("entity-list-2021-11-04.csv"));
    List<ImportResult> second = update(s);
    assertThat(second).extracting(ImportResult::created).containsExactlyInAnyOrder(true, false);
    assertThat(store.latest(ListId.BIS_EL)).map(ListVersionRef::entries).contains(5);

    new Monitor(store, Monitor.defaultSink(db)).runPending();
    assertThat(Raised.all(db)).extracting(Raised::partyRef).containsExactly("c-saito");
  }

  @Test
  void withoutNetworkNothingChanges() throws IOException {
    update(sources("bis-el.urls", base() + "/el/entity-list.csv", "bis-el.format", "CSL_CSV"));
    int closedPort;
    try (ServerSocket ss = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = ss.getLocalPort();
    }
    entityList = Files.readAllBytes(HistoryScenarioContract.fixture("entity-list-2021-11-04.csv"));

    assertThatThrownBy(() -> update(sources("bis-el.urls", base() + "/el/entity-list.csv", "bis-el.format", "CSL_CSV",
        "bis-dpl.urls", "http://127.0.0.1:" + closedPort + "/dpl.txt")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot download http://127.0.0.1:" + closedPort)
        .hasMessageContaining("nothing changed");
    assertThat(store.versions(ListId.BIS_EL)).hasSize(1);
    assertThat(store.versions(ListId.BIS_DPL)).isEmpty();
  }

  @Test
  void emptyGarbageOrWrongHashChangesNothing() {
    update(sources("bis-el.urls", base() + "/el/entity-list.csv", "bis-el.format", "CSL_CSV"));

    assertThatThrownBy(() -> update(sources("bis-el.urls", base() + "/empty.csv")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/empty.csv is empty");
    assertThatThrownBy(() -> update(sources("bis-el.urls", base() + "/garbage.csv")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("garbage.csv").hasMessageContaining("nothing changed");
    assertThatThrownBy(() -> update(sources("bis-el.urls", base() + "/el/entity-list.csv", "bis-el.format", "CSL_CSV",
        "bis-el.sha256.entity-list.csv", "0".repeat(64))))
        .hasMessageContaining("is not the configured");
    assertThat(store.versions(ListId.BIS_EL)).hasSize(1);
  }

  @Test
  void sourcesAreValidatedNamingTheSetting() {
    assertThat(ListSources.defaults().sources().get(ListId.OFAC_SDN).urls()).hasSize(4);
    assertThat(ListSources.defaults().sources().get(ListId.OFAC_SDN).urls().get(0).getHost())
        .isEqualTo("sanctionslistservice.ofac.treas.gov");
    assertThatThrownBy(() -> sources("bis-el.urls", "ftp://example.org/x.csv"))
        .hasMessageContaining("setting bis-el.urls").hasMessageContaining("only http and https");
    assertThatThrownBy(() -> sources("nolist.urls", "https://example.org/x.csv")).hasMessageContaining("setting nolist.urls");
    assertThatThrownBy(() -> sources("bis-el.urls", "https://example.org/x.csv", "bis-el.format", "PDF"))
        .hasMessageContaining("setting bis-el.format");
    assertThat(ListUpdater.fileName(java.net.URI.create("https://x.org/api/exports/SDN.CSV"))).isEqualTo("sdn.csv");
  }
}
