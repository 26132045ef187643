package io.embargo.cli;

import io.embargo.decisions.Decider;
import io.embargo.decisions.Policy;
import io.embargo.decisions.ownership.OwnershipGraph;
import io.embargo.match.Screener;
import io.embargo.model.ListVersionRef;
import io.embargo.server.EmbargoServer;
import io.embargo.server.ServerConfig;
import io.embargo.server.StoreScreeners;
import io.embargo.config.SharedFolder;
import io.embargo.store.Actor;
import io.embargo.store.Bootstrap;
import io.embargo.store.ListSources;
import io.embargo.store.ListUpdater;
import io.embargo.store.StoreConfig;
import io.embargo.store.alerts.Alerts;
import io.embargo.store.watch.AlertSink;
import io.embargo.store.watch.Monitor;
import io.embargo.store.Database;
import io.embargo.store.ListStore;
import io.embargo.store.ownership.OwnershipLinks;
import io.embargo.store.users.Users;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code embargo serve}: Embargo's main job. Opens the store, loads the lists into an empty store first
 * (saying which, from where), and serves the HTTP API and the web application on 127.0.0.1 unless told
 * otherwise, until interrupted. New list versions imported meanwhile (e.g. by {@code embargo lists update})
 * are picked up within a minute without a restart.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Start the HTTP API and web application (default http://127.0.0.1:8080/).")
final class ServeCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Interface to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 exposes the server to the network).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--rate-limit", defaultValue = "50",
      description = "Requests per second allowed per user or API key (default ${DEFAULT-VALUE}).")
  double rateLimit;

  @Option(names = "--rate-burst", defaultValue = "100",
      description = "Requests a user or API key may make at once (default ${DEFAULT-VALUE}).")
  int rateBurst;

  @Option(names = "--secure-cookies",
      description = "Mark the session cookie Secure (set when a TLS proxy serves Embargo over HTTPS).")
  boolean secureCookies;

  @Option(names = "--offline",
      description = "On an empty store, load the shared list folder without first trying the official downloads.")
  boolean offline;

  @Override
  public Integer call() throws Exception {
    Running r = start(System.out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      r.close();
      stopped.countDown();
    }, "embargo-shutdown"));
    stopped.await();
    return 0;
  }

  /** A started server with what it holds open; {@link #close()} stops it and closes the store. */
  record Running(EmbargoServer server, StoreScreeners screeners, Database db) implements AutoCloseable {
    @Override
    public void close() {
      server.stop();
      screeners.close();
      db.close();
    }
  }

  /** Opens the store, loads the lists if it is empty, starts the server and says so on {@code out}. */
  Running start(PrintStream out) throws Exception {
    ServerConfig cfg = ServerConfig.DEFAULT.withHost(host).withPort(port).withRateLimit(rateLimit, rateBurst)
        .withSecureCookies(secureCookies);
    Database db = global.openDatabase();
    try {
      ListStore store = new ListStore(db);
      if (store.isEmpty()) {
        firstLoad(store, out);
      }
      Screener screener = Bootstrap.loadScreener(store, null, line -> out.println("  " + line));
      out.println("Screening against " + screener.size() + " entries:");
      for (ListVersionRef v : screener.listVersions()) {
        out.printf("  %-18s %,9d entries%s%n", v.label(), v.entries(),
            v.published() == null ? "" : "  published " + v.published());
      }
      OwnershipGraph graph = new OwnershipLinks(db).graph();
      Policy policy = Policy.defaults();
      Monitor monitor = new Monitor(store, new AlertSink(new Alerts(db)));
      StoreScreeners screeners = new StoreScreeners(store, screener, Duration.ofMinutes(1))
          .onChange(monitor::runPending); // new versions: re-screen the watch list's delta, raise alerts
      EmbargoServer server = EmbargoServer.builder().database(db).screeners(screeners)
          .decider(s -> Decider.builder(s).policy(policy).ownership(graph).build()).config(cfg).build().start();
      if (!new Users(db).any()) {
        out.println("No users yet. Create the first admin (you choose the password):");
        out.println("  java -jar embargo.jar users add NAME --role admin,analyst");
      }
      out.println("Embargo is serving at http://" + host + ":" + server.port() + "/  (Ctrl-C to stop)");
      out.flush();
      return new Running(server, screeners, db);
    } catch (RuntimeException | Error e) {
      db.close();
      throw e;
    }
  }

  /** An empty store: the official files when they can be downloaded, otherwise the shared list folder. */
  private void firstLoad(ListStore store, PrintStream out) {
    if (!offline) {
      out.println("The store holds no lists yet: downloading the official list files…");
      Path home = global.home != null ? global.home : StoreConfig.defaultHome();
      try {
        new ListUpdater(store, home.resolve("downloads"), Duration.ofSeconds(30))
            .update(ListSources.defaults(), Set.of(), Actor.SYSTEM, line -> out.println("  downloaded " + line));
        out.println("Loaded the lists from the official URLs.");
        return;
      } catch (RuntimeException e) {
        out.println("  official download failed (" + e.getMessage() + ")");
      }
    }
    out.println("Loading the lists from the shared list folder " + SharedFolder.locate() + ":");
  }
}
