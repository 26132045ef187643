package io.embargo.server;

import io.embargo.match.Query;
import io.embargo.store.ListStore;
import io.embargo.store.alerts.Alerts;
import io.embargo.store.audit.AuditTrail;
import io.embargo.store.watch.Monitor;
import io.embargo.store.watch.WatchList;
import io.embargo.store.watch.WatchedParty;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The watch list (list, add, re-screen) and the audit trail (verify, export): the same operations as
 * {@code embargo watch} and {@code embargo audit}. Thread-safe.
 */
final class CasesApi {
  private final WatchList watch;
  private final Monitor monitor;
  private final AuditTrail audit;

  CasesApi(ListStore store, Alerts alerts, AuditTrail audit) {
    this.watch = new WatchList(store.database());
    this.monitor = new Monitor(store, new io.embargo.store.watch.AlertSink(alerts));
    this.audit = audit;
  }

  void watchList(Context ctx) {
    int limit = AlertsApi.intParam(ctx, "limit", 100);
    if (limit < 1 || limit > 1000) {
      throw ApiException.badRequest("limit: must be between 1 and 1000, was " + limit);
    }
    ctx.json(Map.of("count", watch.count(), "parties", watch.page(ctx.queryParam("after"), limit)));
  }

  void watchAdd(Context ctx) {
    JsonNode parties = Json.body(ctx).get("parties");
    if (parties == null || !parties.isArray()) {
      throw ApiException.badRequest("parties: required, an array of parties with an id");
    }
    List<WatchedParty> out = new ArrayList<>();
    for (int i = 0; i < parties.size(); i++) {
      String where = "parties[" + i + "]";
      Query q = QueryJson.read(parties.get(i), where);
      String id = QueryJson.text(parties.get(i), "id", where + ".");
      if (id == null) {
        throw ApiException.badRequest(where + ".id: required (your own id for the party)");
      }
      try {
        out.add(new WatchedParty(id, q.name(), q.type(), q.country(), q.dob(), q.identifiers(), q.address()));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest(where + "." + e.getMessage());
      }
    }
    watch.upsert(out);
    ctx.json(Map.of("upserted", out.size(), "count", watch.count()));
  }

  void rescreen(Context ctx) {
    ctx.json(Map.of("reports", monitor.runPending()));
  }

  void verify(Context ctx) {
    ctx.json(audit.verify());
  }

  void export(Context ctx) throws Exception {
    Instant from = instant(ctx, "from", Instant.EPOCH);
    Instant to = instant(ctx, "to", Instant.now().plusSeconds(1));
    String format = ctx.queryParam("format") == null ? "csv" : ctx.queryParam("format");
    if (format.equals("json")) {
      ctx.json(audit.records(from, to));
      return;
    }
    if (!format.equals("csv") && !format.equals("html")) {
      throw ApiException.badRequest("format: csv, html or json, was '" + format + "'");
    }
    Path dir = Files.createTempDirectory("embargo-audit-");
    try {
      Path csv = dir.resolve("audit.csv");
      Path html = dir.resolve("audit.html");
      audit.export(from, to, csv, html);
      byte[] bytes = Files.readAllBytes(format.equals("csv") ? csv : html);
      ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8" : "text/html; charset=utf-8");
      ctx.header("Content-Disposition", "attachment; filename=\"embargo-audit." + format + "\"");
      ctx.result(bytes);
    } finally {
      try (var s = Files.list(dir)) {
        s.forEach(p -> p.toFile().delete());
      }
      Files.deleteIfExists(dir);
    }
  }

  private static Instant instant(Context ctx, String name, Instant dflt) {
    String s = ctx.queryParam(name);
    if (s == null || s.isBlank()) {
      return dflt;
    }
    try {
      return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + ": not a date or instant (YYYY-MM-DD or 2026-01-31T12:00:00Z): '" + s + "'");
    }
  }
}
