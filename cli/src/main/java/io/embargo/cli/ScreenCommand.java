package io.embargo.cli;

import io.embargo.decisions.Decision;
import io.embargo.decisions.HitDecision;
import io.embargo.match.Evidence;
import io.embargo.match.Hit;
import io.embargo.match.Query;
import io.embargo.match.Screener;
import io.embargo.match.ScreeningOptions;
import io.embargo.match.ScreeningResult;
import io.embargo.match.TokenMatch;
import io.embargo.model.Identifier;
import io.embargo.model.ListId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code embargo screen NAME}: screens one party against the lists in force and prints the hits, best first,
 * as a table or as JSON with full explanations. Bad input (empty, over-long or binary name, unknown country,
 * malformed date or identifier) is rejected with the field named (exit 2).
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = {"Screen one name (any script) against every loaded list.",
        "Example: embargo screen \"Позитив Текнолоджиз\" --type organization --country RU --json"})
final class ScreenCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;

  @Parameters(index = "0", paramLabel = "NAME", description = "The name to screen.")
  String name;

  @Option(names = "--type", description = "person, organization, vessel, aircraft or unknown.")
  String type;

  @Option(names = "--country", description = "ISO 3166-1 alpha-2 country, e.g. RU.")
  String country;

  @Option(names = "--dob", description = "Date of birth: YYYY, YYYY-MM or YYYY-MM-DD.")
  String dob;

  @Option(names = "--id", paramLabel = "TYPE:NUMBER", description = "Identifier, e.g. IMO:9187629 (repeatable).")
  List<String> ids = new ArrayList<>();

  @Option(names = "--address", description = "Free-text address.")
  String address;

  @Option(names = "--min-score", description = "Minimum score of a hit, 0..1 (default: the matcher's threshold).")
  Double minScore;

  @Option(names = "--lists", split = ",", description = "Only these lists, e.g. ofac-sdn,csl (default: all).")
  List<String> lists;

  @Option(names = "--limit", defaultValue = "20", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--as-of", description = "Screen against the list versions in force on this date (YYYY-MM-DD).")
  LocalDate asOf;

  @Option(names = "--json", description = "Print JSON with full explanations.")
  boolean json;

  @Option(names = "--policy", paramLabel = "FILE", description = "Decision policy properties file (default: bundled policy).")
  java.nio.file.Path policy;

  @Override
  public Integer call() throws Exception {
    Query query = query();
    ScreeningOptions opts = options(minScore, lists, limit);
    io.embargo.decisions.Policy p = DeciderSource.policy(policy);
    Screener screener = ScreenerSource.load(global, asOf);
    ScreeningResult r = screener.screen(query, opts);
    Decision d = DeciderSource.load(global, screener, p).decide(query, r, asOf);
    if (json) {
      Map<String, Object> out = toJson(r);
      out.put("decision", d);
      System.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
          .writeValueAsString(out));
    } else {
      printTable(r, d);
    }
    return 0;
  }

  Query query() {
    Query.Builder b = Query.builder(name);
    if (type != null) {
      b.type(type);
    }
    b.country(country).dob(dob).address(address);
    for (String id : ids) {
      b.identifier(identifier(id));
    }
    return b.build();
  }

  /** Parses {@code TYPE:NUMBER} (or a bare number). */
  static Identifier identifier(String s) {
    int colon = s.indexOf(':');
    String t = colon > 0 ? s.substring(0, colon).trim() : null;
    String n = colon >= 0 ? s.substring(colon + 1).trim() : s.trim();
    if (n.isEmpty()) {
      throw new IllegalArgumentException("id: expected TYPE:NUMBER, e.g. IMO:9187629, was '" + s + "'");
    }
    return new Identifier(t, n, null);
  }

  static ScreeningOptions options(Double minScore, List<String> lists, int limit) {
    ScreeningOptions o = ScreeningOptions.DEFAULT.withLimit(limit)
        .withMinScore(minScore == null ? Double.NaN : minScore);
    if (lists != null && !lists.isEmpty()) {
      Set<ListId> ids = new LinkedHashSet<>();
      for (String l : lists) {
        ids.add(ListId.fromCode(l));
      }
      o = o.withLists(ids);
    }
    return o;
  }

  private static void printTable(ScreeningResult r, Decision d) {
    if (r.hits().isEmpty()) {
      System.out.printf(Locale.ROOT, "No hits at or above %.2f.%n", r.threshold());
    } else {
      System.out.printf(Locale.ROOT, "%-5s  %-9s  %-14s  %-38s  %-38s  %-20s  %-10s  %s%n", "SCORE", "LIST", "ID",
          "NAME", "MATCHED NAME", "PROGRAMS", "DECISION", "WHY");
      for (int i = 0; i < r.hits().size(); i++) {
        Hit h = r.hits().get(i);
        HitDecision hd = d.hits().get(i);
        System.out.printf(Locale.ROOT, "%.3f  %-9s  %-14s  %-38s  %-38s  %-20s  %-10s  %s%n", h.score(),
            h.entry().list().code(), cut(h.entry().sourceId(), 14), cut(h.entry().name(), 38),
            cut(h.explanation().matchedName() + (h.weakAliasOnly() ? " (weak)" : ""), 38),
            cut(String.join(",", h.entry().programs()), 20),
            hd.outcome() + " " + hd.consequence().regime(), h.explanation().summary());
      }
      System.out.printf(Locale.ROOT, "%d hit(s) at or above %.2f; matcher %s%n", r.hits().size(), r.threshold(),
          r.matcherVersion());
    }
    System.out.println("Decision: " + d.summary() + "  (policy " + d.policyVersion() + ")");
    for (String reason : d.reasons()) {
      System.out.println("  " + reason);
    }
  }

  private static String cut(String s, int n) {
    String t = s == null ? "" : s.strip();
    return t.length() <= n ? t : t.substring(0, n - 1) + "…";
  }

  static Map<String, Object> toJson(ScreeningResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", r.query().name());
    out.put("threshold", r.threshold());
    out.put("matcherVersion", r.matcherVersion());
    List<Object> versions = new ArrayList<>();
    r.listVersions().forEach(v -> versions.add(v.toString()));
    out.put("listVersions", versions);
    List<Object> hits = new ArrayList<>();
    for (Hit h : r.hits()) {
      hits.add(hitJson(h));
    }
    out.put("hits", hits);
    return out;
  }

  static Map<String, Object> hitJson(Hit h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("score", Math.round(h.score() * 10000) / 10000.0);
    m.put("list", h.entry().list().code());
    m.put("id", h.entry().sourceId());
    m.put("name", h.entry().name());
    m.put("type", h.entry().type().code());
    m.put("programs", h.entry().programs());
    m.put("matchedName", h.explanation().matchedName());
    m.put("primaryName", h.primaryName());
    m.put("matchedQuality", h.matchedQuality().name().toLowerCase(Locale.ROOT));
    m.put("nameScore", Math.round(h.explanation().nameScore() * 10000) / 10000.0);
    List<Object> tokens = new ArrayList<>();
    for (TokenMatch t : h.explanation().tokens()) {
      Map<String, Object> tm = new LinkedHashMap<>();
      tm.put("query", t.queryToken());
      tm.put("listed", t.listToken());
      tm.put("rule", t.rule().code());
      tm.put("similarity", Math.round(t.similarity() * 1000) / 1000.0);
      tm.put("weight", Math.round(t.weight() * 1000) / 1000.0);
      tokens.add(tm);
    }
    m.put("tokens", tokens);
    List<Object> evidence = new ArrayList<>();
    for (Evidence e : h.explanation().evidence()) {
      Map<String, Object> em = new LinkedHashMap<>();
      em.put("field", e.field());
      em.put("query", e.queryValue());
      em.put("listed", e.listValue());
      em.put("effect", Math.round(e.effect() * 1000) / 1000.0);
      em.put("note", e.note());
      evidence.add(em);
    }
    m.put("evidence", evidence);
    m.put("notes", h.explanation().notes());
    m.put("summary", h.explanation().summary());
    return m;
  }
}
