package io.embargo.server;

import io.embargo.match.Screener;
import io.embargo.store.Database;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson3;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Embargo's HTTP API and web application: the front door of the {@code server} module.
 *
 * <pre>{@code
 * EmbargoServer s = EmbargoServer.builder()
 *     .database(db).screeners(ScreenerProvider.of(holder::get)).authenticator(users)
 *     .config(ServerConfig.DEFAULT.withPort(0)).build();
 * s.start();            // binds config.host() (127.0.0.1 by default), never all interfaces by accident
 * int port = s.port();
 * s.stop();
 * }</pre>
 *
 * <p>Every route is listed in one table ({@code RouteTable}) with the roles that may call it and is wrapped
 * by one guard (authentication, role, CSRF, rate limit, body size). Thread-safe once started; start and stop
 * once.
 */
public final class EmbargoServer {
  private final ServerConfig config;
  private final List<Route> routes;
  private final Javalin app;

  private EmbargoServer(Builder b) {
    this.config = b.config;
    Metrics metrics = new Metrics(() -> ListsApi.current(b.screeners));
    Sessions sessions = new Sessions(config.sessionIdle(), config.sessionMax(), Clock.systemUTC());
    Guard guard = new Guard(b.authenticator, sessions, new RateLimiter(config.rateLimitPerSecond(),
        config.rateLimitBurst()), metrics);
    Outcomes outcomes = new Outcomes(null, null);
    WebAssets web = new WebAssets();
    RouteTable table = RouteTable.core(config, new AuthApi(b.authenticator, sessions, config),
        new ScreenApi(b.screeners, metrics, config.maxBatchParties(), outcomes), new ListsApi(b.screeners), web,
        metrics, b.screeners);
    this.routes = table.routes();
    this.app = Javalin.create(c -> {
      c.jsonMapper(new JavalinJackson3(Json.MAPPER, false));
      c.http.maxRequestSize = config.maxUploadBytes();
      c.startup.showJavalinBanner = false;
      c.routes.before(SecurityHeaders::apply);
      for (Route r : routes) {
        c.routes.addHttpHandler(r.method(), r.path(), guard.wrap(r));
      }
      c.routes.error(404, ctx -> {
        if (ctx.attribute(Errors.RENDERED) == null) {
          ctx.json(java.util.Map.of("error", java.util.Map.of("code", "not_found",
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

  public void stop() {
    app.stop();
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

    private Builder() {}

    public Builder config(ServerConfig c) {
      config = Objects.requireNonNull(c, "config");
      return this;
    }

    /** The store (alerts, users, list history). */
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

    public Builder authenticator(Authenticator a) {
      authenticator = Objects.requireNonNull(a, "authenticator");
      return this;
    }

    /** @throws IllegalStateException naming the missing collaborator */
    public EmbargoServer build() {
      if (screeners == null) {
        throw new IllegalStateException("screeners: required");
      }
      if (authenticator == null) {
        throw new IllegalStateException("authenticator: required");
      }
      return new EmbargoServer(this);
    }
  }
}
