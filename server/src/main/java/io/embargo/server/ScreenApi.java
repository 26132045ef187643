package io.embargo.server;

import io.embargo.match.Query;
import io.embargo.match.Screener;
import io.embargo.match.ScreeningOptions;
import io.embargo.match.ScreeningResult;
import io.embargo.model.ListId;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** {@code POST /v1/screen} and {@code POST /v1/screen/batch}. Stateless apart from the metrics; thread-safe. */
final class ScreenApi {
  /** One party's result in a batch, with the caller's own id echoed. */
  record BatchItem(String id, Views.ResultView result) {}

  record BatchView(int count, List<BatchItem> results) {}

  private final ScreenerProvider screeners;
  private final Metrics metrics;
  private final int maxBatch;
  private final Outcomes outcomes;

  ScreenApi(ScreenerProvider screeners, Metrics metrics, int maxBatch, Outcomes outcomes) {
    this.screeners = screeners;
    this.metrics = metrics;
    this.maxBatch = maxBatch;
    this.outcomes = outcomes;
  }

  void screen(Context ctx) {
    JsonNode body = Json.body(ctx);
    Query q = QueryJson.read(body, "");
    Screener s = screener(ctx);
    ScreeningResult r = s.screen(q, options(ctx));
    metrics.screened(1, r.hits().size());
    ctx.json(outcomes.view(s, r, Guard.actor(ctx), "true".equals(ctx.queryParam("record")),
        QueryJson.text(body, "id", ""), asOf(ctx), "screen"));
  }

  void batch(Context ctx) {
    JsonNode body = Json.body(ctx);
    JsonNode parties = body.get("parties");
    if (parties == null || !parties.isArray()) {
      throw ApiException.badRequest("parties: required, an array of parties");
    }
    if (parties.size() > maxBatch) {
      throw new ApiException(413, "batch_too_large", "parties: " + parties.size() + " parties, at most " + maxBatch
          + " per request (use POST /v1/batch for files)");
    }
    List<Query> queries = new ArrayList<>(parties.size());
    List<String> ids = new ArrayList<>(parties.size());
    for (int i = 0; i < parties.size(); i++) {
      queries.add(QueryJson.read(parties.get(i), "parties[" + i + "]"));
      ids.add(QueryJson.text(parties.get(i), "id", "parties[" + i + "]."));
    }
    Screener s = screener(ctx);
    ScreeningOptions o = options(ctx);
    boolean record = "true".equals(ctx.queryParam("record"));
    List<BatchItem> out = new ArrayList<>(queries.size());
    int hits = 0;
    for (int i = 0; i < queries.size(); i++) {
      ScreeningResult r = s.screen(queries.get(i), o);
      hits += r.hits().size();
      out.add(new BatchItem(ids.get(i), outcomes.view(s, r, Guard.actor(ctx), record, ids.get(i), asOf(ctx), "batch")));
    }
    metrics.screened(queries.size(), hits);
    ctx.json(new BatchView(out.size(), out));
  }

  private static LocalDate asOf(Context ctx) {
    String asOf = ctx.queryParam("as_of");
    if (asOf == null || asOf.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("as_of: not a date (use YYYY-MM-DD): '" + asOf + "'");
    }
  }

  private Screener screener(Context ctx) {
    LocalDate d = asOf(ctx);
    if (d == null) {
      return screeners.current();
    }
    try {
      return screeners.asOf(d);
    } catch (UnsupportedOperationException e) {
      throw new ApiException(501, "not_implemented", e.getMessage());
    }
  }

  static ScreeningOptions options(Context ctx) {
    ScreeningOptions o = ScreeningOptions.DEFAULT;
    try {
      String min = ctx.queryParam("min_score");
      if (min != null) {
        o = o.withMinScore(parseDouble(min, "min_score"));
      }
      String limit = ctx.queryParam("limit");
      if (limit != null) {
        o = o.withLimit((int) parseDouble(limit, "limit"));
      }
      String lists = ctx.queryParam("lists");
      if (lists != null && !lists.isBlank()) {
        Set<ListId> ids = new HashSet<>();
        for (String l : lists.split(",")) {
          ids.add(ListId.fromCode(l));
        }
        o = o.withLists(ids);
      }
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      throw ApiException.badRequest(m.startsWith("unknown list") ? "lists: " + m : m.replace("min-score", "min_score"));
    }
    return o;
  }

  private static double parseDouble(String s, String field) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(field + ": not a number: '" + s + "'");
    }
  }
}
