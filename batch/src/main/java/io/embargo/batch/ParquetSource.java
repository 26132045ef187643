package io.embargo.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Parquet input (parquet-hadoop on a local file, no Hadoop file system): one row group in memory at a time.
 * The columns are the schema's top-level fields; primitive values are read as text, nested ones as their
 * string form. Only loaded through {@link OptionalParquet}.
 */
final class ParquetSource implements RecordSource {
  private final ParquetFileReader reader;
  private final MessageType schema;
  private final List<String> header = new ArrayList<>();
  private final long total;
  private RecordReader<Group> rows;
  private long left;
  private long number;

  ParquetSource(Path file) throws IOException {
    reader = ParquetFileReader.open(new LocalInputFile(file));
    schema = reader.getFooter().getFileMetaData().getSchema();
    for (Type t : schema.getFields()) {
      header.add(t.getName());
    }
    total = reader.getRecordCount();
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public SourceRecord next() throws IOException {
    while (left == 0) {
      PageReadStore pages = reader.readNextRowGroup();
      if (pages == null) {
        return null;
      }
      rows = new ColumnIOFactory().getColumnIO(schema).getRecordReader(pages, new GroupRecordConverter(schema));
      left = pages.getRowCount();
    }
    Group g = rows.read();
    left--;
    number++;
    String[] v = new String[header.size()];
    for (int i = 0; i < v.length; i++) {
      if (g.getFieldRepetitionCount(i) > 0) {
        v[i] = schema.getType(i).isPrimitive() ? g.getValueToString(i, 0) : g.getGroup(i, 0).toString();
      }
    }
    return new SourceRecord(number, number, v, null);
  }

  @Override
  public long estimatedTotal() {
    return total;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
