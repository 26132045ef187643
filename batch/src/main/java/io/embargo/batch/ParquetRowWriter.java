package io.embargo.batch;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Parquet output: {@link ResultRow#COLUMNS}, {@code score} an optional double, the rest optional UTF-8
 * strings; Snappy-compressed. A Parquet file is only valid once closed, so this format cannot be resumed.
 * Only loaded through {@link OptionalParquet}.
 */
final class ParquetRowWriter implements RowWriter {
  static final MessageType SCHEMA = schema();
  private final ParquetWriter<Group> writer;
  private final SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);

  ParquetRowWriter(Path file) throws IOException {
    writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(SCHEMA)
        .withConf(new PlainParquetConfiguration()).withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .withCompressionCodec(CompressionCodecName.SNAPPY).build();
  }

  private static MessageType schema() {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (String c : ResultRow.COLUMNS) {
      if (c.equals("score")) {
        b.optional(PrimitiveTypeName.DOUBLE).named(c);
      } else {
        b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c);
      }
    }
    return b.named("hit");
  }

  @Override
  public void write(ResultRow row) throws IOException {
    Group g = groups.newGroup();
    String[] v = row.values();
    for (int i = 0; i < v.length; i++) {
      if (i == 2) {
        if (!Double.isNaN(row.score())) {
          g.append("score", row.score());
        }
      } else if (v[i] != null) {
        g.append(ResultRow.COLUMNS.get(i), v[i]);
      }
    }
    writer.write(g);
  }

  @Override
  public long flush() {
    return -1;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
