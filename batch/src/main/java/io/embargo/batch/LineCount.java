package io.embargo.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Counts newline bytes, for a progress estimate (quoted newlines make it an over-estimate). */
final class LineCount {
  private LineCount() {}

  static long of(Path file) throws IOException {
    long n = 0;
    boolean trailing = true;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        for (int i = 0; i < r; i++) {
          if (buf[i] == '\n') {
            n++;
          }
        }
        trailing = buf[r - 1] == '\n';
      }
    }
    return trailing ? n : n + 1;
  }
}
