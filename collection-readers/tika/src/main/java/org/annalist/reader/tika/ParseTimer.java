package org.annalist.reader.tika;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.annalist.core.reader.DocumentReadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each parse on a helper thread and gives up after a time limit, so that one pathological
 * file cannot stall the reader. A parser that ignores the interrupt keeps its (daemon) thread
 * busy until it finishes; the next document gets a fresh thread.
 */
final class ParseTimer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ParseTimer.class);
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final long timeoutMillis;
  private ExecutorService executor;

  ParseTimer(long timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
  }

  /** Starts the parse on this timer's thread (or runs it now when there is no time limit). */
  <T> Future<T> submit(Callable<T> parse) {
    if (timeoutMillis <= 0) {
      FutureTask<T> now = new FutureTask<>(parse);
      now.run();
      return now;
    }
    if (executor == null) {
      executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "annalist-tika-parse-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });
    }
    return executor.submit(parse);
  }

  /**
   * The result of a parse {@link #submit submitted} at {@code submittedNanos}, waiting until the
   * time limit counted from then; a parse over it is abandoned with its thread.
   */
  <T> T await(String documentId, Future<T> result, long submittedNanos) throws DocumentReadException {
    long remaining = timeoutMillis <= 0 ? Long.MAX_VALUE
        : Math.max(1, timeoutMillis - (System.nanoTime() - submittedNanos) / 1_000_000);
    try {
      return result.get(remaining, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      if (executor != null) {
        executor.shutdownNow();
        executor = null;
      }
      LOG.warn("{}: parsing took longer than {} ms, abandoned", documentId, timeoutMillis);
      throw new DocumentReadException(documentId, "parsing took longer than " + timeoutMillis + " ms");
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new DocumentReadException(documentId, "interrupted while parsing", e);
    } catch (ExecutionException e) {
      throw unwrap(documentId, e.getCause());
    }
  }

  <T> T call(String documentId, Callable<T> parse) throws DocumentReadException {
    return await(documentId, submit(parse), System.nanoTime());
  }

  private static DocumentReadException unwrap(String documentId, Throwable cause) {
    if (cause instanceof DocumentReadException read) {
      return read;
    }
    return new DocumentReadException(documentId, "cannot read: " + DocumentSource.describe(cause), cause);
  }

  @Override
  public void close() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }
}
