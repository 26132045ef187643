package io.embargo.lists;

import io.embargo.config.SharedFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Independent counts for the tests: simple regex scans of the raw files, written without the importers'
 * parsing, so an importer that drops or invents records disagrees with them.
 */
final class Scan {
  private Scan() {}

  /** Reads shared files as one list (strict unless {@code tolerant}). */
  static ImportedList read(boolean tolerant, String... relative) {
    java.util.List<Path> files = new java.util.ArrayList<>();
    for (String r : relative) {
      files.add(list(r));
    }
    try {
      java.util.List<ImportedList> lists = ListImporters.read(files, null, null,
          tolerant ? ImportOptions.ACCEPT_TRUNCATED_TAIL : ImportOptions.STRICT);
      if (lists.size() != 1) {
        throw new AssertionError("expected one list, got " + lists.size());
      }
      return lists.get(0);
    } catch (ListImportException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  static ImportedList read(String... relative) {
    return read(false, relative);
  }

  static io.embargo.model.ListEntry entry(ImportedList l, String sourceId) {
    return l.entries().stream().filter(e -> e.sourceId().equals(sourceId)).findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + sourceId + " in " + l.list()));
  }

  static Path list(String relative) {
    return SharedFolder.list(relative);
  }

  static String text(String relative) {
    try {
      return Files.readString(list(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Number of lines matching the regex (multiline mode, anchored at line starts). */
  static int lines(String relative, String regex) {
    return count(text(relative), Pattern.compile(regex, Pattern.MULTILINE));
  }

  /** Number of occurrences of a literal. */
  static int occurrences(String relative, String literal) {
    return count(text(relative), Pattern.compile(Pattern.quote(literal)));
  }

  private static int count(String text, Pattern p) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
