package io.embargo.spark;

import io.embargo.batch.RecordScreener;
import io.embargo.batch.ResultRow;
import io.embargo.model.ListEntry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Screens one partition lazily, record by record, with the executor's shared screener and the batch module's
 * {@link RecordScreener} (the same row-building code as {@code embargo batch}). Rejected records produce no
 * row. Serialisable: carries the broadcast handle, the column indexes and the small config.
 */
final class ScreenPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private final Broadcast<List<ListEntry>> entries;
  private final ExecutorConfig config;
  private final int[] columns;

  ScreenPartition(Broadcast<List<ListEntry>> entries, ExecutorConfig config, int[] columns) {
    this.entries = entries;
    this.config = config;
    this.columns = columns.clone();
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    ExecutorScreeners.Engine e = ExecutorScreeners.get(entries, config.threshold());
    RecordScreener rs = new RecordScreener(e.screener(), e.decider(), config.queryOptions(), config.all(), null);
    return new Iterator<>() {
      private Iterator<ResultRow> pending = List.<ResultRow>of().iterator();

      @Override
      public boolean hasNext() {
        while (!pending.hasNext() && input.hasNext()) {
          Row r = input.next();
          pending = rs.screen(-1, null, f -> value(r, columns[f.ordinal()])).rows().iterator();
        }
        return pending.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return toRow(pending.next());
      }
    };
  }

  private static String value(Row r, int i) {
    if (i < 0 || r.isNullAt(i)) {
      return null;
    }
    Object v = r.get(i);
    return v.toString();
  }

  static Row toRow(ResultRow h) {
    List<Object> v = new ArrayList<>(ResultRow.COLUMNS.size());
    v.add(h.recordId());
    v.add(h.inputName());
    v.add(Double.isNaN(h.score()) ? null : h.score());
    v.add(h.list());
    v.add(h.entryId());
    v.add(h.primaryName());
    v.add(h.matchedName());
    v.add(h.programs());
    v.add(h.explanation());
    v.add(h.decision());
    v.add(h.decisionReason());
    return RowFactory.create(v.toArray());
  }
}
