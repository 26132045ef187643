package io.embargo.batch;

import java.io.IOException;
import java.nio.file.Path;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Output rows as JSON Lines (Jackson's streaming generator): one object per row, keys as
 * {@link ResultRow#COLUMNS}, score as a number (null without a hit), UTF-8.
 */
final class JsonlRowWriter implements RowWriter {
  private static final JsonFactory FACTORY = JsonFactory.builder().rootValueSeparator("").build();
  private final AppendFile file;
  private final JsonGenerator gen;

  JsonlRowWriter(Path path, long resumeAt) throws IOException {
    file = new AppendFile(path, resumeAt);
    gen = FACTORY.createGenerator(ObjectWriteContext.empty(), file.stream());
  }

  @Override
  public void write(ResultRow row) {
    String[] v = row.values();
    gen.writeStartObject();
    for (int i = 0; i < v.length; i++) {
      String col = ResultRow.COLUMNS.get(i);
      if (i == 2 && v[i] != null) {
        gen.writeNumberProperty(col, Math.round(row.score() * 10000) / 10000.0);
      } else if (v[i] == null) {
        gen.writeNullProperty(col);
      } else {
        gen.writeStringProperty(col, v[i]);
      }
    }
    gen.writeEndObject();
    gen.writeRaw('\n');
  }

  @Override
  public long flush() throws IOException {
    gen.flush();
    return file.flush();
  }

  @Override
  public void close() throws IOException {
    gen.close();
    file.close();
  }
}
