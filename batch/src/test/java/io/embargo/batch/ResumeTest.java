package io.embargo.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM in the middle of a batch run (no shutdown hooks, no flush), resumes, and checks the output
 * and rejects equal those of an uninterrupted run byte for byte.
 */
class ResumeTest {
  @TempDir Path dir;

  private static final String[] NAMES = {"NSO Group", "Acme Widgets", "Candiru", "Positive Technologies", "",
      "Blue Harbour Trading", "COSEINC", "Saito Tech"};

  private Path input(int n) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("id,name,country");
    for (int i = 1; i <= n; i++) {
      lines.add("r" + i + "," + NAMES[i % NAMES.length] + "," + (i % 13 == 0 ? "XX" : "US"));
    }
    Path p = dir.resolve("in.csv");
    Files.write(p, lines, StandardCharsets.UTF_8);
    return p;
  }

  private Process child(Path in, Path out, Path rej, String format, boolean resume, long pause) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ResumeChild.class.getName(),
        in.toString(), out.toString(), rej.toString(), format, Boolean.toString(resume), Long.toString(pause))
        .redirectErrorStream(true).redirectOutput(dir.resolve("child-" + resume + ".log").toFile()).start();
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "jsonl"})
  void killedMidRun_resumeEqualsUninterruptedRun(String format) throws Exception {
    Path in = input(10_000);
    Path expected = dir.resolve("expected." + format);
    Path expectedRej = dir.resolve("expected-rejects.csv");
    BatchScreening.builder(TestLists.screener()).input(in).output(expected).rejects(expectedRej).all(true)
        .threads(2).build().run();

    Path out = dir.resolve("out." + format);
    Path rej = dir.resolve("rejects.csv");
    Process p = child(in, out, rej, format, false, 200);
    Path cp = Checkpoint.fileFor(out);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (checkpointRecords(cp) < 2000 && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(p.isAlive()).as("child still running when killed").isTrue();
    p.destroyForcibly().waitFor();
    long doneBeforeKill = checkpointRecords(cp);
    assertThat(doneBeforeKill).isBetween(2000L, 9_999L);

    Process r = child(in, out, rej, format, true, 0);
    assertThat(r.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(r.exitValue()).as(Files.readString(dir.resolve("child-true.log"))).isZero();

    assertThat(Files.readString(out)).isEqualTo(Files.readString(expected));
    assertThat(Files.readString(rej)).isEqualTo(Files.readString(expectedRej));
    assertThat(cp).doesNotExist();
  }

  private static long checkpointRecords(Path cp) {
    try {
      return Files.exists(cp) ? Checkpoint.read(cp).records() : 0;
    } catch (RuntimeException e) {
      return 0; // being replaced right now
    }
  }
}
