package io.embargo.batch;

import io.embargo.match.Hit;
import io.embargo.match.Query;
import io.embargo.match.Screener;
import io.embargo.match.ScreeningOptions;
import io.embargo.match.ScreeningResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns one input record (field values) into output rows: builds the {@link Query}, screens it and formats
 * the hits. The single place both the batch pipeline and the Spark job build rows, so their output agrees
 * row for row.
 *
 * <p>Thread-safe (the {@link Screener} is); never throws for bad input: a record that cannot be screened
 * comes back as a {@link Reject}.
 */
public final class RecordScreener {
  private final Screener screener;
  private final ScreeningOptions options;
  private final boolean all;

  /**
   * @param screener the screener
   * @param options per-query options (min score, lists, limit)
   * @param all also emit one row for each record without hits
   */
  public RecordScreener(Screener screener, ScreeningOptions options, boolean all) {
    this.screener = Objects.requireNonNull(screener, "screener");
    this.options = Objects.requireNonNull(options, "options");
    this.all = all;
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
    return new Outcome(rows(recordId, screener.screen(q, options)), null);
  }

  private List<ResultRow> rows(String recordId, ScreeningResult r) {
    String name = r.query().name();
    if (r.hits().isEmpty()) {
      return all ? List.of(new ResultRow(recordId, name, Double.NaN, null, null, null, null, null, null))
          : List.of();
    }
    List<ResultRow> out = new ArrayList<>(r.hits().size());
    for (Hit h : r.hits()) {
      out.add(new ResultRow(recordId, name, h.score(), h.entry().list().code(), h.entry().sourceId(),
          h.entry().name(), h.explanation().matchedName(), String.join("; ", h.entry().programs()),
          h.explanation().summary()));
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
