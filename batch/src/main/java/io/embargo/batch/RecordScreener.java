package io.embargo.batch;

import io.embargo.decisions.Decider;
import io.embargo.decisions.Decision;
import io.embargo.match.Hit;
import io.embargo.match.Query;
import io.embargo.match.Screener;
import io.embargo.match.ScreeningOptions;
import io.embargo.match.ScreeningResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns one input record (field values) into output rows: builds the {@link Query}, screens it, decides
 * (CLEAR/REVIEW/BLOCK) and formats the hits. The single place both the batch pipeline and the Spark job build
 * rows, so their output agrees row for row.
 *
 * <p>A record gets one row per hit; a record without hits gets one row (hit columns empty) when {@code all}
 * is set or when its decision is not CLEAR (an embargoed country or address, a listed owner), so that no
 * blocking decision is silently dropped.
 *
 * <p>Thread-safe (the {@link Screener} and {@link Decider} are); never throws for bad input: a record that
 * cannot be screened comes back as a {@link Reject}.
 */
public final class RecordScreener {
  private final Screener screener;
  private final Decider decider;
  private final ScreeningOptions options;
  private final boolean all;
  private final LocalDate asOf;

  /**
   * @param screener the screener
   * @param decider decides on each result
   * @param options per-query options (min score, lists, limit)
   * @param all also emit one row for each record without hits
   * @param asOf the date whose decision rules apply, or null for today
   */
  public RecordScreener(Screener screener, Decider decider, ScreeningOptions options, boolean all,
      LocalDate asOf) {
    this.screener = Objects.requireNonNull(screener, "screener");
    this.decider = Objects.requireNonNull(decider, "decider");
    this.options = Objects.requireNonNull(options, "options");
    this.all = all;
    this.asOf = asOf;
  }

  /**
   * The outcome of one record: rows (possibly none) or a reject.
   *
   * @param rows the output rows, best hit first
   * @param reject non-null when the record could not be screened
   */
  public record Outcome(List<ResultRow> rows, Reject reject) {
    public boolean rejected() {
      return reject != null;
    }
  }

  /**
   * Screens one record.
   *
   * @param line the record's line or row number, for a reject
   * @param fallbackId the record id to use when no id field is mapped (e.g. the record number)
   * @param field the record's value for each field, or null when unmapped or empty
   */
  public Outcome screen(long line, String fallbackId, Function<QueryField, String> field) {
    String id = blankToNull(field.apply(QueryField.ID));
    String recordId = id == null ? fallbackId : id;
    Query q;
    try {
      q = Query.builder(field.apply(QueryField.NAME))
          .type(field.apply(QueryField.TYPE))
          .country(blankToNull(field.apply(QueryField.COUNTRY)))
          .dob(blankToNull(field.apply(QueryField.DOB)))
          .address(blankToNull(field.apply(QueryField.ADDRESS)))
          .build();
    } catch (IllegalArgumentException e) {
      return new Outcome(List.of(), new Reject(line, recordId, e.getMessage()));
    }
    ScreeningResult r = screener.screen(q, options);
    return new Outcome(rows(recordId, r, decider.decide(q, r, asOf)), null);
  }

  private List<ResultRow> rows(String recordId, ScreeningResult r, Decision d) {
    String name = r.query().name();
    String decision = d.outcome().name();
    String reason = d.reasons().get(0);
    if (r.hits().isEmpty()) {
      return all || d.outcome() != io.embargo.decisions.Outcome.CLEAR
          ? List.of(new ResultRow(recordId, name, Double.NaN, null, null, null, null, null, null, decision, reason))
          : List.of();
    }
    List<ResultRow> out = new ArrayList<>(r.hits().size());
    for (Hit h : r.hits()) {
      out.add(new ResultRow(recordId, name, h.score(), h.entry().list().code(), h.entry().sourceId(),
          h.entry().name(), h.explanation().matchedName(), String.join("; ", h.entry().programs()),
          h.explanation().summary(), decision, reason));
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
