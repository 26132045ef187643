package io.embargo.batch;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows batch progress on a console: a progress bar with rate and ETA when {@code interactive} (a terminal),
 * otherwise a plain line every {@code intervalSeconds} (for logs and CI). Not thread-safe; use as the run's
 * {@link BatchProgress.Listener} and close it after the run.
 */
public final class ConsoleProgress implements BatchProgress.Listener, AutoCloseable {
  private final PrintStream out;
  private final boolean interactive;
  private final long intervalNanos;
  private ProgressBar bar;
  private long lastLine;

  public ConsoleProgress(PrintStream out, boolean interactive, long intervalSeconds) {
    this.out = out;
    this.interactive = interactive;
    this.intervalNanos = intervalSeconds * 1_000_000_000L;
    this.lastLine = System.nanoTime();
  }

  @Override
  public void onProgress(BatchProgress p) {
    if (interactive) {
      if (bar == null) {
        bar = new ProgressBarBuilder().setTaskName("Screening").setInitialMax(p.total())
            .setStyle(ProgressBarStyle.ASCII).setUnit(" rec", 1).showSpeed()
            .setConsumer(new ConsoleProgressBarConsumer(out)).setUpdateIntervalMillis(250).build();
      }
      if (p.total() > 0) {
        bar.maxHint(p.total());
      }
      bar.stepTo(p.done());
      bar.setExtraMessage(p.hits() + " hits, " + p.rejects() + " rejects");
      return;
    }
    long now = System.nanoTime();
    if (now - lastLine >= intervalNanos) {
      lastLine = now;
      String of = p.total() > 0 ? String.format(Locale.ROOT, " of ~%d (%.0f%%)", p.total(),
          100.0 * p.done() / p.total()) : "";
      out.printf(Locale.ROOT, "batch: %d records%s, %d hits, %d rejects, %.0f records/s%n", p.done(), of,
          p.hits(), p.rejects(), p.ratePerSecond());
      out.flush();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
