package io.embargo.lists;

import java.nio.file.Path;

/**
 * A list file could not be read. The message names the file, the line or record, and the field, e.g.
 * {@code sdn.csv line 42, field ent_num: not a number: 'abc'}.
 */
public final class ListImportException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final String location;
  private final String field;

  public ListImportException(Path file, String location, String field, String problem, Throwable cause) {
    super(format(file, location, field, problem), cause);
    this.file = file;
    this.location = location;
    this.field = field;
  }

  public ListImportException(Path file, String location, String field, String problem) {
    this(file, location, field, problem, null);
  }

  private static String format(Path file, String location, String field, String problem) {
    StringBuilder sb = new StringBuilder();
    sb.append(file == null ? "(input)" : file.toString());
    if (location != null) {
      sb.append(' ').append(location);
    }
    if (field != null) {
      sb.append(", field ").append(field);
    }
    return sb.append(": ").append(problem).toString();
  }

  /** The file, or null. */
  public Path file() {
    return file;
  }

  /** {@code line 42}, {@code record 17}, or null. */
  public String location() {
    return location;
  }

  /** The field, or null. */
  public String field() {
    return field;
  }
}
