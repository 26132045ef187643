package io.embargo.batch;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * How far a run got: input records done, and the output and rejects lengths at that point. Written next to
 * the output ({@code RESULTS.checkpoint}) after each flushed chunk, atomically (write a temporary file, then
 * rename), so after a crash the file describes a consistent state: the output holds exactly the rows of the
 * first {@code records} input records. Deleted when the run completes.
 *
 * @param input the input file's name and size and the run's options, to refuse resuming with others
 * @param records input records done (screened or rejected)
 * @param hits hit rows written
 * @param rejects records rejected
 * @param outputBytes output length after those records
 * @param rejectsBytes rejects file length after those records (-1 without a rejects file)
 */
record Checkpoint(String input, long records, long hits, long rejects, long outputBytes, long rejectsBytes) {

  static Path fileFor(Path output) {
    return output.resolveSibling(output.getFileName() + ".checkpoint");
  }

  static String identify(Path input) throws IOException {
    return input.toAbsolutePath().normalize() + " (" + Files.size(input) + " bytes)";
  }

  void write(Path file) throws IOException {
    String text = "input=" + input.replace("\\", "\\\\") + "\nrecords=" + records + "\nhits=" + hits
        + "\nrejects=" + rejects + "\noutputBytes=" + outputBytes + "\nrejectsBytes=" + rejectsBytes + "\n";
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Reads a checkpoint.
   *
   * @throws IllegalArgumentException naming the file when it is missing or damaged
   */
  static Checkpoint read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("--resume: no checkpoint " + file
          + " (the previous run finished, or never started); run again without --resume");
    }
    Properties p = new Properties();
    try {
      p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
      return new Checkpoint(p.getProperty("input"), num(p, "records"), num(p, "hits"), num(p, "rejects"),
          num(p, "outputBytes"), num(p, "rejectsBytes"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read checkpoint " + file + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("--resume: damaged checkpoint " + file + ": " + e.getMessage(), e);
    }
  }

  private static long num(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalArgumentException("missing " + key);
    }
    return Long.parseLong(v.trim());
  }
}
