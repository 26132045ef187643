package io.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code embargo bench batch} on a small generated input: it screens every record, writes the hits and reports
 * the rate, the process CPU time and the peak heap.
 */
class BatchBenchCommandTest {
  @Test
  void smallRun_reportsRateCpuAndHeap(@TempDir Path dir) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    CliRun r;
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      r = CliRun.of("bench", "batch", "--records", "2000", "--threads", "2", "--work",
          dir.resolve("work").toString(), "--home", dir.resolve("home").toString());
    } finally {
      System.setOut(saved);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertThat(r.code()).as(r.err() + out).isZero();
    assertThat(out).containsPattern("bench batch: 2000 records, [1-9][0-9]* hits, [0-9]+ rejects in ")
        .containsPattern("process CPU: [0-9.]+ s \\([0-9]+ records per CPU-second, JIT and GC included; [0-9.]+ cores")
        .containsPattern("peak heap: [0-9]+ MB");
    assertThat(Files.readAllLines(dir.resolve("work/hits.csv")).size()).isGreaterThan(100);
  }
}
