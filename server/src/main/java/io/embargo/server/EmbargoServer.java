package io.embargo.server;

import io.embargo.decisions.Decider;
import io.embargo.match.Screener;
import io.embargo.store.Database;
import io.embargo.store.ListStore;
import io.embargo.store.alerts.Alerts;
import io.embargo.store.audit.AuditTrail;
import io.embargo.store.users.Users;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson3;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Embargo's HTTP API and web application: the front door of the {@code server} module.
 *
 * <pre>{@code
 * EmbargoServer s = EmbargoServer.builder()
 *     .database(db)                                   // users, alerts, list history, watch list, audit
 *     .screeners(new StoreScreeners(listStore, screener, Duration.ofMinutes(1)))
 *     .decider(sc -> Decider.builder(sc).build())     // decisions and consequences (optional)
 *     .config(ServerConfig.DEFAULT.withPort(0)).build().start(); // 127.0.0.1 unless configured
 * int port = s.port();
 * s.stop();
 * }</pre>
 *
 * <p>Every route is listed in one table ({@code RouteTable}) with the roles that may call it and reached only
 * through one guard (authentication, role, CSRF, rate limit, body size). Without a database the server
 * offers screening and lists only, and needs an {@link Authenticator}. Thread-safe once started; start and
 * stop once.
 */
public final class EmbargoServer {
  private final ServerConfig config;
  private final List<Route> routes;
  private final Javalin app;
  private final BatchJobs batchJobs;

  private EmbargoServer(Builder b) {
    this.config = b.config;
    Metrics metrics = new Metrics(() -> ListsApi.current(b.screeners));
    Sessions sessions = new Sessions(config.sessionIdle(), config.sessionMax(), Clock.systemUTC());
    Authenticator auth = b.authenticator != null ? b.authenticator : new UsersAuthenticator(new Users(b.database));
    Guard guard = new Guard(auth, sessions, new RateLimiter(config.rateLimitPerSecond(), config.rateLimitBurst()),
        metrics);
    Alerts alerts = b.database == null ? null : new Alerts(b.database);
    ListStore store = b.database == null ? null : new ListStore(b.database);
    Outcomes outcomes = new Outcomes(b.decider, alerts);
    WebAssets web = new WebAssets();
    RouteTable table = RouteTable.core(config, new AuthApi(auth, sessions, config),
        new ScreenApi(b.screeners, metrics, config.maxBatchParties(), outcomes), new ListsApi(b.screeners, store),
        web, metrics, b.screeners);
    if (b.database != null) {
      batchJobs = new BatchJobs(b.screeners, outcomes);
      table.store(new AlertsApi(alerts), new CasesApi(store, alerts, new AuditTrail(b.database)),
          new BatchApi(batchJobs), web);
    } else {
      batchJobs = null;
    }
    this.routes = table.routes();
    this.app = Javalin.create(c -> {
      c.jsonMapper(new JavalinJackson3(Json.MAPPER, false));
      c.http.maxRequestSize = config.maxUploadBytes();
      c.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
      c.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes(), SizeUnit.BYTES);
      c.jetty.multipartConfig.maxInMemoryFileSize(1 << 20, SizeUnit.BYTES);
      c.startup.showJavalinBanner = false;
      c.routes.before(SecurityHeaders::apply);
      for (Route r : routes) {
        c.routes.addHttpHandler(r.method(), r.path(), guard.wrap(r));
      }
      c.routes.error(404, ctx -> {
        if (ctx.attribute(Errors.RENDERED) == null) {
          ctx.json(Map.of("error", Map.of("code", "not_found",
              "message", "path: no route " + ctx.method() + " " + ctx.path())));
        }
      });
    });
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts listening on {@code config.host():config.port()}. */
  public EmbargoServer start() {
    app.start(config.host(), config.port());
    return this;
  }

  /** The port listened on (useful with port 0). */
  public int port() {
    return app.port();
  }

  /** Stops listening and deletes batch upload files. Does not close the database. */
  public void stop() {
    app.stop();
    if (batchJobs != null) {
      batchJobs.close();
    }
  }

  public ServerConfig config() {
    return config;
  }

  List<Route> routes() {
    return routes;
  }

  /** Collects the server's collaborators. Not thread-safe. */
  public static final class Builder {
    private ServerConfig config = ServerConfig.DEFAULT;
    private Database database;
    private ScreenerProvider screeners;
    private Authenticator authenticator;
    private Function<Screener, Decider> decider;

    private Builder() {}

    public Builder config(ServerConfig c) {
      config = Objects.requireNonNull(c, "config");
      return this;
    }

    /** The store: users and API keys, alerts, list history, watch list, audit trail. */
    public Builder database(Database db) {
      database = db;
      return this;
    }

    public Builder screeners(ScreenerProvider p) {
      screeners = Objects.requireNonNull(p, "screeners");
      return this;
    }

    /** A screener supplier with no history; called per request, so swapping what it returns is atomic. */
    public Builder screener(Supplier<Screener> s) {
      return screeners(ScreenerProvider.of(s));
    }

    /** Overrides the store's users (tests, or a server without a store). */
    public Builder authenticator(Authenticator a) {
      authenticator = Objects.requireNonNull(a, "authenticator");
      return this;
    }

    /** Builds the decider for a screener (decisions and list consequences in every result). */
    public Builder decider(Function<Screener, Decider> d) {
      decider = d;
      return this;
    }

    /** @throws IllegalStateException naming the missing collaborator */
    public EmbargoServer build() {
      if (screeners == null) {
        throw new IllegalStateException("screeners: required");
      }
      if (authenticator == null && database == null) {
        throw new IllegalStateException("authenticator: required when there is no database");
      }
      return new EmbargoServer(this);
    }
  }
}
