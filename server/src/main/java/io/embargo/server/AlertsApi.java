package io.embargo.server;

import io.embargo.match.Hit;
import io.embargo.store.alerts.Alert;
import io.embargo.store.alerts.AlertDetail;
import io.embargo.store.alerts.AlertFilter;
import io.embargo.store.alerts.AlertHit;
import io.embargo.store.alerts.AlertState;
import io.embargo.store.alerts.Alerts;
import io.embargo.store.alerts.Suppression;
import io.embargo.store.alerts.Verdict;
import io.embargo.store.audit.AuditJson;
import io.embargo.store.audit.AuditRecord;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Alerts (queue, detail with the party's history and audit records, decide, approve, return) and good-guy
 * suppressions (list, revoke): the same operations as {@code embargo alerts}. Roles and four eyes are
 * enforced by {@link Alerts} itself as well as by the route table. Thread-safe.
 */
final class AlertsApi {
  record AlertSummary(long id, String party, String origin, String state, String verdict, String reason,
      String name, List<String> lists, double topScore, int hitCount, TopHit topHit, Instant createdAt,
      String createdBy, String decidedBy, String reviewedBy, int version) {
    static AlertSummary of(Alert a, TopHit top) {
      return new AlertSummary(a.id(), a.partyRef(), a.origin(), a.state().name(),
          a.verdict() == null ? null : a.verdict().name(), a.reason(), a.queryName(), a.lists(), Views.round(a.topScore()),
          a.hitCount(), top, a.createdAt(), a.createdBy(), a.decidedBy(), a.reviewedBy(), a.version());
    }
  }

  record TopHit(String name, String list, double score) {}

  record EventView(long seq, Instant at, String actor, String action, String detail) {
    static EventView of(AuditRecord r) {
      return new EventView(r.seq(), r.at(), r.actor(), r.action(), r.details());
    }
  }

  record AlertView(AlertSummary alert, JsonNode query, List<Object> hits, JsonNode listVersions,
      String matcherVersion, double threshold, List<AlertSummary> history, List<EventView> events) {}

  private final Alerts alerts;

  AlertsApi(Alerts alerts) {
    this.alerts = alerts;
  }

  void list(Context ctx) {
    AlertFilter f = AlertFilter.all();
    String state = ctx.queryParam("state");
    if (state != null && !state.isBlank()) {
      f = f.withState(parse("state", state, AlertState::parse));
    }
    if (ctx.queryParam("list") != null && !ctx.queryParam("list").isBlank()) {
      f = f.withList(ctx.queryParam("list"));
    }
    if (ctx.queryParam("origin") != null && !ctx.queryParam("origin").isBlank()) {
      f = f.withOrigin(ctx.queryParam("origin"));
    }
    if (ctx.queryParam("party") != null && !ctx.queryParam("party").isBlank()) {
      f = f.withParty(ctx.queryParam("party"));
    }
    int limit = intParam(ctx, "limit", 200);
    int offset = intParam(ctx, "offset", 0);
    try {
      f = f.withPage(offset, limit);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    String q = ctx.queryParam("q");
    String needle = q == null ? "" : q.toLowerCase(Locale.ROOT).trim();
    ctx.json(alerts.list(f).stream()
        .filter(a -> needle.isEmpty() || a.queryName().toLowerCase(Locale.ROOT).contains(needle)
            || a.partyRef().toLowerCase(Locale.ROOT).contains(needle))
        .map(a -> AlertSummary.of(a, null)).toList());
  }

  void get(Context ctx) {
    AlertDetail d = detail(ctx);
    List<Object> hits = d.hits().stream().map(AlertsApi::hitView).toList();
    List<AlertSummary> history = alerts.partyHistory(d.alert().partyRef()).stream()
        .filter(a -> a.id() != d.alert().id()).map(a -> AlertSummary.of(a, null)).toList();
    AlertHit top = d.hits().isEmpty() ? null : d.hits().get(0);
    ctx.json(new AlertView(AlertSummary.of(d.alert(), top == null ? null
        : new TopHit(top.entryName(), top.listCode(), Views.round(top.score()))),
        Json.MAPPER.readTree(d.queryJson()), hits, Json.MAPPER.readTree(d.listVersionsJson()), d.matcherVersion(),
        d.threshold(), history, d.history().stream().map(EventView::of).toList()));
  }

  void decide(Context ctx) {
    long id = detail(ctx).alert().id();
    JsonNode b = Json.body(ctx);
    String v = QueryJson.text(b, "verdict", "");
    if (v == null) {
      throw ApiException.badRequest("verdict: required (true_match, false_positive or escalated)");
    }
    Verdict verdict = parse("verdict", v, Verdict::parse);
    String reason = QueryJson.text(b, "reason", "");
    JsonNode version = b.get("version");
    if (version != null && version.isNumber()) {
      alerts.decide(id, verdict, reason, version.asLong(), Guard.actor(ctx));
    } else {
      alerts.decide(id, verdict, reason, Guard.actor(ctx));
    }
    get(ctx);
  }

  void approve(Context ctx) {
    long id = detail(ctx).alert().id();
    JsonNode b = ctx.bodyAsBytes().length == 0 ? Json.MAPPER.createObjectNode() : Json.body(ctx);
    JsonNode version = b.get("version");
    if (version != null && version.isNumber()) {
      alerts.approve(id, version.asLong(), Guard.actor(ctx));
    } else {
      alerts.approve(id, Guard.actor(ctx));
    }
    get(ctx);
  }

  void returnToAnalyst(Context ctx) {
    long id = detail(ctx).alert().id();
    JsonNode b = Json.body(ctx);
    String reason = QueryJson.text(b, "reason", "");
    JsonNode version = b.get("version");
    if (version != null && version.isNumber()) {
      alerts.returnToAnalyst(id, reason, version.asLong(), Guard.actor(ctx));
    } else {
      alerts.returnToAnalyst(id, reason, Guard.actor(ctx));
    }
    get(ctx);
  }

  void suppressions(Context ctx) {
    boolean all = "true".equals(ctx.queryParam("all"));
    List<Suppression> out = alerts.suppressions().stream().filter(s -> all || s.active()).toList();
    ctx.json(out);
  }

  void revokeSuppression(Context ctx) {
    long id = longPath(ctx, "id");
    alerts.revoke(id, Guard.actor(ctx));
    ctx.status(204);
  }

  private AlertDetail detail(Context ctx) {
    long id = longPath(ctx, "id");
    return alerts.get(id).orElseThrow(() -> ApiException.notFound("id: no alert " + id));
  }

  /** The recorded hit in the API's hit shape, or as recorded when it no longer reads as a hit. */
  private static Object hitView(AlertHit h) {
    try {
      return Views.HitView.of(AuditJson.MAPPER.readValue(h.hitJson(), Hit.class));
    } catch (RuntimeException e) {
      return Json.MAPPER.readTree(h.hitJson());
    }
  }

  static long longPath(Context ctx, String name) {
    String s = ctx.pathParam(name);
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw ApiException.notFound(name + ": not a number: '" + s + "'");
    }
  }

  static int intParam(Context ctx, String name, int dflt) {
    String s = ctx.queryParam(name);
    if (s == null || s.isBlank()) {
      return dflt;
    }
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + ": not a whole number: '" + s + "'");
    }
  }

  private static <T> T parse(String field, String value, java.util.function.Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      throw ApiException.badRequest(m != null && m.startsWith(field) ? m : field + ": " + m);
    }
  }
}
