package io.embargo.server;

import static io.embargo.store.Role.ADMIN;
import static io.embargo.store.Role.ANALYST;
import static io.embargo.store.Role.AUDITOR;
import static io.embargo.store.Role.REVIEWER;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * THE table of every route the server has, with who may call it and how large a body it takes. Routes are
 * registered from this table only, each wrapped by the {@link Guard}; the authorisation-matrix test and the
 * OpenAPI test read the same table.
 *
 * <p>Roles: analysts screen and decide; reviewers approve or return decisions and may screen; auditors read
 * alerts, lists and the audit trail; admins operate the server (metrics) and read lists. Roles are additive.
 */
final class RouteTable {
  static final Access SCREENERS = Access.roles(ANALYST, REVIEWER);
  static final Access READERS = Access.ANY_USER;
  static final Access CASE_READERS = Access.roles(ANALYST, REVIEWER, AUDITOR);

  private final List<Route> routes = new ArrayList<>();
  private final ServerConfig config;

  RouteTable(ServerConfig config) {
    this.config = config;
  }

  List<Route> routes() {
    return List.copyOf(routes);
  }

  RouteTable get(String path, Access a, Handler h) {
    return add(HandlerType.GET, path, a, config.maxBodyBytes(), false, h);
  }

  RouteTable page(String path, Handler h) {
    return add(HandlerType.GET, path, READERS, config.maxBodyBytes(), true, h);
  }

  RouteTable post(String path, Access a, Handler h) {
    return add(HandlerType.POST, path, a, config.maxBodyBytes(), false, h);
  }

  RouteTable post(String path, Access a, long maxBody, Handler h) {
    return add(HandlerType.POST, path, a, maxBody, false, h);
  }

  RouteTable delete(String path, Access a, Handler h) {
    return add(HandlerType.DELETE, path, a, config.maxBodyBytes(), false, h);
  }

  private RouteTable add(HandlerType m, String path, Access a, long maxBody, boolean page, Handler h) {
    routes.add(new Route(m, path, a, maxBody, page, h));
    return this;
  }

  /** The routes of the core server: health, auth, screening, lists, metrics, OpenAPI and the web pages. */
  static RouteTable core(ServerConfig cfg, AuthApi auth, ScreenApi screen, ListsApi lists, WebAssets web,
      Metrics metrics, ScreenerProvider screeners) {
    RouteTable t = new RouteTable(cfg);
    t.get("/health", Access.PUBLIC, ctx -> ctx.json(Map.of("status", "ok", "entries", screeners.current().size())));
    t.get("/metrics", Access.roles(ADMIN), ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
        .result(metrics.render()));
    t.get("/openapi.json", READERS, ctx -> ctx.contentType("application/json").result(web.load("openapi.json")));
    t.post("/auth/login", Access.PUBLIC, auth::login);
    t.post("/auth/logout", READERS, auth::logout);
    t.get("/v1/session", READERS, auth::session);
    t.post("/v1/screen", SCREENERS, screen::screen);
    t.post("/v1/screen/batch", SCREENERS, cfg.maxBodyBytes() * 4, screen::batch);
    t.get("/v1/lists", READERS, lists::lists);
    t.get("/v1/lists/{list}/versions", READERS, lists::versions);
    t.get("/v1/lists/{list}/diff", READERS, lists::diff);
    t.get("/v1/entries/{list}/{id}", READERS, lists::entry);
    t.get("/login", Access.PUBLIC, web.page("login"));
    t.get("/assets/{file}", Access.PUBLIC, web::asset);
    t.page("/", ctx -> ctx.redirect("/screen"));
    t.page("/screen", web.page("screen"));
    t.page("/lists", web.page("lists"));
    return t;
  }

  /** The routes that need the store: alerts, suppressions, watch list, audit trail; and batch uploads. */
  RouteTable store(AlertsApi alerts, CasesApi cases, BatchApi batch, WebAssets web) {
    get("/v1/alerts", CASE_READERS, alerts::list);
    get("/v1/alerts/{id}", CASE_READERS, alerts::get);
    post("/v1/alerts/{id}/decide", Access.roles(ANALYST), alerts::decide);
    post("/v1/alerts/{id}/approve", Access.roles(REVIEWER), alerts::approve);
    post("/v1/alerts/{id}/return", Access.roles(REVIEWER), alerts::returnToAnalyst);
    get("/v1/suppressions", CASE_READERS, alerts::suppressions);
    delete("/v1/suppressions/{id}", Access.roles(REVIEWER, ADMIN), alerts::revokeSuppression);
    get("/v1/watch", CASE_READERS, cases::watchList);
    post("/v1/watch", Access.roles(ANALYST), config.maxBodyBytes() * 4, cases::watchAdd);
    post("/v1/watch/rescreen", Access.roles(ANALYST, ADMIN), cases::rescreen);
    get("/v1/audit/verify", Access.roles(AUDITOR, ADMIN), cases::verify);
    get("/v1/audit/export", Access.roles(AUDITOR, ADMIN), cases::export);
    post("/v1/batch", Access.roles(ANALYST), config.maxUploadBytes(), batch::upload);
    get("/v1/batch/{id}", Access.roles(ANALYST), batch::status);
    get("/v1/batch/{id}/result", Access.roles(ANALYST), batch::result);
    get("/v1/batch/{id}/rejects", Access.roles(ANALYST), batch::rejects);
    page("/alerts", web.page("alerts"));
    page("/alerts/{id}", web.page("alert"));
    page("/batch", web.page("batch"));
    return this;
  }
}
