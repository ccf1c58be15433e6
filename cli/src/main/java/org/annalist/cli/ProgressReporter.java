package org.annalist.cli;

import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.annalist.core.run.RunListener;
import org.annalist.core.run.RunStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a run's progress: a progress bar (done / failed / rate / ETA) on a terminal, or a log
 * line every ten seconds when the output is not a terminal.
 */
abstract class ProgressReporter implements RunListener, AutoCloseable {

  static ProgressReporter create(boolean allowBar) {
    return allowBar && System.console() != null ? new Bar() : new LogLine();
  }

  @Override
  public void close() {}

  /** The progress bar on a terminal. */
  private static final class Bar extends ProgressReporter {
    private ProgressBar bar;

    @Override
    public synchronized void progress(RunStatistics statistics, long elapsedNanos) {
      if (bar == null) {
        bar = new ProgressBarBuilder().setTaskName("documents").setStyle(ProgressBarStyle.ASCII)
            .setInitialMax(statistics.total()).showSpeed().build();
      }
      if (statistics.total() > 0) {
        bar.maxHint(Math.max(0, statistics.total() - statistics.skipped()));
      }
      bar.stepTo(statistics.done());
      bar.setExtraMessage(statistics.failed() > 0 ? statistics.failed() + " failed" : "");
    }

    @Override
    public synchronized void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }

  /** A periodic log line when stderr is not a terminal (CI, nohup, cron). */
  private static final class LogLine extends ProgressReporter {
    private static final Logger PROGRESS = LoggerFactory.getLogger("org.annalist.progress");
    private static final long INTERVAL_NANOS = 10_000_000_000L;
    private long lastLogged;

    @Override
    public synchronized void progress(RunStatistics statistics, long elapsedNanos) {
      if (elapsedNanos - lastLogged < INTERVAL_NANOS) {
        return;
      }
      lastLogged = elapsedNanos;
      double seconds = elapsedNanos / 1e9;
      double rate = seconds > 0 ? statistics.done() / seconds : 0;
      String eta = "";
      if (statistics.total() > 0 && rate > 0) {
        long left = statistics.total() - statistics.skipped() - statistics.done();
        eta = String.format(Locale.ROOT, ", ETA %ds", Math.max(0, Math.round(left / rate)));
      }
      PROGRESS.info(String.format(Locale.ROOT, "%d done, %d failed, %d skipped, %.1f documents/s%s",
          statistics.done(), statistics.failed(), statistics.skipped(), rate, eta));
    }
  }
}
