package io.embargo.spark;

import io.embargo.batch.ColumnMapping;
import io.embargo.batch.QueryField;
import io.embargo.batch.ResultRow;
import io.embargo.model.ListEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark front door: screens a {@code Dataset<Row>} of parties and returns the hits as a
 * {@code Dataset<Row>} with the same columns and rows as {@code embargo batch}.
 *
 * <pre>{@code
 * Dataset<Row> hits = Embargo.screen(parties, Map.of("name", "Company", "country", "Ctry", "id", "CustNo"),
 *     ScreenOptions.of(entries));
 * }</pre>
 *
 * <p>The list entries are broadcast once per call; each executor JVM builds the matcher index once per
 * broadcast and shares it between its task threads; screening runs in {@code mapPartitions}, lazily. Records
 * that cannot be screened (empty name, unknown country, …) produce no row. Stateless and thread-safe.
 */
public final class Embargo {
  private Embargo() {}

  /** The schema of the hits: {@link ResultRow#COLUMNS}, {@code score} a double, the rest strings. */
  public static final StructType HITS_SCHEMA = schema();

  private static StructType schema() {
    List<StructField> fs = new ArrayList<>();
    for (String c : ResultRow.COLUMNS) {
      fs.add(DataTypes.createStructField(c, c.equals("score") ? DataTypes.DoubleType : DataTypes.StringType, true));
    }
    return DataTypes.createStructType(fs);
  }

  /**
   * Screens every row of {@code parties}.
   *
   * @param parties the parties, any columns
   * @param columns query field ({@code name}, {@code type}, {@code country}, {@code dob}, {@code id},
   *     {@code address}) to column name; fields left out are taken from a same-named column when there is one
   * @param options lists to screen against and how
   * @return the hits (lazy: nothing runs until an action)
   * @throws IllegalArgumentException naming an unknown field or a column {@code parties} lacks
   */
  public static Dataset<Row> screen(Dataset<Row> parties, Map<String, String> columns, ScreenOptions options) {
    EnumMap<QueryField, String> m = new EnumMap<>(QueryField.class);
    columns.forEach((f, c) -> m.put(QueryField.parse(f), c));
    int[] idx = ColumnMapping.of(m).bind(Arrays.asList(parties.columns()), "parties");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(parties.sparkSession().sparkContext());
    Broadcast<List<ListEntry>> entries = jsc.broadcast(new ArrayList<>(options.entries()));
    return parties.mapPartitions(new ScreenPartition(entries, options.executorConfig(), idx),
        Encoders.row(HITS_SCHEMA));
  }
}
