package io.embargo.cli;

import io.embargo.match.Screener;
import io.embargo.model.ListVersionRef;
import io.embargo.server.Authenticator;
import io.embargo.server.EmbargoServer;
import io.embargo.server.ServerConfig;
import io.embargo.store.Actor;
import io.embargo.store.Database;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code embargo serve}: Embargo's main job. Opens the store, loads the lists (into an empty store first),
 * and serves the HTTP API and the web application on 127.0.0.1 unless told otherwise, until interrupted.
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

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    ServerConfig cfg = ServerConfig.DEFAULT.withHost(host).withPort(port).withRateLimit(rateLimit, rateBurst);
    Database db = global.openDatabase();
    Screener screener = ScreenerSource.load(global, null);
    out.println("Lists loaded (" + screener.size() + " entries):");
    for (ListVersionRef v : screener.listVersions()) {
      out.printf("  %-16s %,8d entries%s%n", v.label(), v.entries(),
          v.published() == null ? "" : "  published " + v.published());
    }
    EmbargoServer server = EmbargoServer.builder().database(db).screener(() -> screener)
        .authenticator(noUsersYet()).config(cfg).build().start();
    out.println("Embargo is serving at http://" + host + ":" + server.port() + "/  (Ctrl-C to stop)");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      db.close();
      stopped.countDown();
    }, "embargo-shutdown"));
    stopped.await();
    return 0;
  }

  /** TEMPORARY until the user store lands: nobody can log in. */
  private static Authenticator noUsersYet() {
    return new Authenticator() {
      @Override
      public Optional<Actor> password(String user, char[] password) {
        return Optional.empty();
      }

      @Override
      public Optional<Actor> apiKey(String key) {
        return Optional.empty();
      }
    };
  }
}
