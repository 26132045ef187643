package io.embargo.cli;

import io.embargo.match.Hit;
import io.embargo.match.Query;
import io.embargo.match.Screener;
import io.embargo.match.ScreeningOptions;
import io.embargo.match.ScreeningResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Labelled screening cases in the format of {@code shared/eval/README.md}, and their scoring: per case the
 * best score of an expected entry and the best score of any other entry. Immutable records; reading reports
 * the file and line of a malformed case.
 */
final class EvalCases {
  /** Lowest score collected, so thresholds below the default can be evaluated. */
  static final double FLOOR = 0.2;

  private EvalCases() {}

  /** An expected entry: list code and id, or (for the DPL, which has no ids) the exact name. */
  record Expect(String list, String id, String name) {}

  record Case(String id, String kind, Query query, List<Expect> expect) {
    boolean negative() {
      return expect.isEmpty();
    }
  }

  /** Best expected score (null when no expected entry scored at least {@link #FLOOR}) and best other. */
  record Outcome(Case c, Double expected, double other) {}

  static List<Case> read(Path file) throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    List<Case> out = new ArrayList<>();
    int line = 0;
    for (String s : Files.readAllLines(file)) {
      line++;
      if (s.isBlank()) {
        continue;
      }
      try {
        JsonNode n = json.readTree(s);
        JsonNode q = n.path("query");
        Query.Builder b = Query.builder(q.path("name").asString());
        if (!q.path("type").isNull() && !q.path("type").isMissingNode()) {
          b.type(q.path("type").asString());
        }
        if (!q.path("country").isNull() && !q.path("country").isMissingNode()) {
          b.country(q.path("country").asString());
        }
        if (!q.path("dob").isNull() && !q.path("dob").isMissingNode()) {
          b.dob(q.path("dob").asString());
        }
        List<Expect> ex = new ArrayList<>();
        for (JsonNode e : n.path("expect")) {
          ex.add(new Expect(e.path("list").asString(), e.has("id") ? e.path("id").asString() : null,
              e.has("name") ? e.path("name").asString() : null));
        }
        out.add(new Case(n.path("id").asString(), n.path("kind").asString(), b.build(), ex));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(file + " line " + line + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  static Outcome score(Screener s, Case c, ScreeningOptions base) {
    ScreeningResult r = s.screen(c.query(), base.withMinScore(FLOOR).withLimit(200));
    Double expected = null;
    double other = 0;
    for (Hit h : r.hits()) {
      if (isExpected(c, h)) {
        expected = expected == null ? h.score() : Math.max(expected, h.score());
      } else {
        other = Math.max(other, h.score());
      }
    }
    return new Outcome(c, expected, other);
  }

  static boolean isExpected(Case c, Hit h) {
    for (Expect e : c.expect()) {
      if (!e.list().equals(h.entry().list().code())) {
        continue;
      }
      if (e.id() != null ? e.id().equals(h.entry().sourceId()) : e.name().equals(h.entry().name())) {
        return true;
      }
    }
    return false;
  }
}
