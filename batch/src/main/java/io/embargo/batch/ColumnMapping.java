package io.embargo.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which input column feeds which {@link QueryField}. Immutable and thread-safe.
 *
 * <p>Built from a flag ({@code name=Company,country=Ctry,id=CustNo}), from a small mapping file (one
 * {@code field=Column} per line, {@code #} comments) or {@link #auto() automatically} (a column whose name equals
 * the field, ignoring case). {@link #bind(List, String)} checks the mapping against the input's header once,
 * before any record is read, so a typo fails the run up front with a message naming the column.
 */
public final class ColumnMapping implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private final EnumMap<QueryField, String> columns;

  private ColumnMapping(Map<QueryField, String> columns) {
    this.columns = columns.isEmpty() ? new EnumMap<>(QueryField.class) : new EnumMap<>(columns);
  }

  /** Maps each field to the column of the same name (case-insensitive) when the input has one. */
  public static ColumnMapping auto() {
    return new ColumnMapping(Map.of());
  }

  /** An explicit mapping, field to column name. */
  public static ColumnMapping of(Map<QueryField, String> columns) {
    return new ColumnMapping(columns);
  }

  /**
   * Parses {@code name=Company,country=Ctry}.
   *
   * @throws IllegalArgumentException naming {@code --columns} and the bad item
   */
  public static ColumnMapping parse(String spec) {
    EnumMap<QueryField, String> m = new EnumMap<>(QueryField.class);
    for (String item : spec.split(",")) {
      if (!item.isBlank()) {
        put(m, item, "--columns");
      }
    }
    return new ColumnMapping(m);
  }

  /**
   * Reads a mapping file: one {@code field=Column} per line; blank lines and {@code #} comments ignored.
   *
   * @throws IllegalArgumentException naming the file and line of a bad entry
   */
  public static ColumnMapping read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read mapping file " + file + ": " + e.getMessage(), e);
    }
    EnumMap<QueryField, String> m = new EnumMap<>(QueryField.class);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        put(m, line, file + " line " + (i + 1));
      }
    }
    return new ColumnMapping(m);
  }

  private static void put(Map<QueryField, String> m, String item, String where) {
    int eq = item.indexOf('=');
    if (eq <= 0 || eq == item.length() - 1) {
      throw new IllegalArgumentException(where + ": expected field=Column, got '" + item.strip() + "'");
    }
    QueryField f;
    try {
      f = QueryField.parse(item.substring(0, eq));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
    if (m.put(f, item.substring(eq + 1).strip()) != null) {
      throw new IllegalArgumentException(where + ": field '" + f.key() + "' mapped twice");
    }
  }

  /** The column explicitly mapped to {@code field}, if any. */
  public Optional<String> column(QueryField field) {
    return Optional.ofNullable(columns.get(field));
  }

  /** The explicit mapping (empty for {@link #auto()}). */
  public Map<QueryField, String> columns() {
    return Collections.unmodifiableMap(columns);
  }

  /**
   * Resolves the mapping against an input header: for each field, the index of its column or -1.
   *
   * @param header the input's column names, in order
   * @param source the input file's name, for messages
   * @throws IllegalArgumentException naming the missing column and the columns the input has, or when no
   *     column feeds {@code name}
   */
  public int[] bind(List<String> header, String source) {
    int[] idx = new int[QueryField.values().length];
    for (QueryField f : QueryField.values()) {
      String col = columns.get(f);
      idx[f.ordinal()] = col == null ? indexIgnoreCase(header, f.key()) : header.indexOf(col);
      if (col != null && idx[f.ordinal()] < 0) {
        int ci = indexIgnoreCase(header, col);
        if (ci < 0) {
          throw new IllegalArgumentException(source + ": no column '" + col + "' (mapped to " + f.key()
              + "); the input's columns are " + header);
        }
        idx[f.ordinal()] = ci;
      }
    }
    if (idx[QueryField.NAME.ordinal()] < 0) {
      throw new IllegalArgumentException(source + ": no column for the name (map one with --columns name=Column);"
          + " the input's columns are " + header);
    }
    return idx;
  }

  private static int indexIgnoreCase(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i) != null && header.get(i).strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return columns.isEmpty() ? "auto" : columns.toString();
  }
}
