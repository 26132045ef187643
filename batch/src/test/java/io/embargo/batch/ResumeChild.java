package io.embargo.batch;

import java.nio.file.Path;

/** Child JVM for {@link ResumeTest}: {@code in out rejects format resume(true|false) pauseMicros}. */
public final class ResumeChild {
  private ResumeChild() {}

  public static void main(String[] a) throws Exception {
    BatchScreening.builder(new SlowScreener(TestLists.screener(), Long.parseLong(a[5])))
        .input(Path.of(a[0])).output(Path.of(a[1])).rejects(Path.of(a[2]))
        .outputFormat(OutputFormat.parse(a[3])).resume(Boolean.parseBoolean(a[4])).all(true).threads(2)
        .build().run();
  }
}
