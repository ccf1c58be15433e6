package org.annalist.reader.tika;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  <T> T call(String documentId, Callable<T> parse) throws DocumentReadException {
    if (timeoutMillis <= 0) {
      return callDirectly(documentId, parse);
    }
    if (executor == null) {
      executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "annalist-tika-parse-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });
    }
    Future<T> result = executor.submit(parse);
    try {
      return result.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      executor.shutdownNow();
      executor = null;
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

  private static <T> T callDirectly(String documentId, Callable<T> parse) throws DocumentReadException {
    try {
      return parse.call();
    } catch (Exception e) {
      throw unwrap(documentId, e);
    }
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
