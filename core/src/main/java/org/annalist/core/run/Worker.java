package org.annalist.core.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.annalist.core.cas.PluginAwareUima;
import org.annalist.core.plugin.LanguageSupport;
import org.annalist.core.plugin.DocumentsNotStoredException;
import org.annalist.core.plugin.StorageUnavailableException;
import org.annalist.core.pipeline.PipelineAssembler.EngineStep;
import org.annalist.type.SkippedStep;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASException;
import org.apache.uima.resource.ResourceInitializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread with its own instances of every annotator and consumer. It takes documents from the
 * work queue, runs them through its engines, and records success or failure. Every
 * {@code checkpointEvery} documents (or {@code checkpointInterval}) it calls
 * {@code batchProcessComplete} on its engines, where consumers that group their writes make them
 * durable, and only then are the documents recorded as completed. The watchdog may abandon a
 * worker stuck on one document; the worker then drops that document and ends.
 */
final class Worker implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(Worker.class);

  private final int number;
  private final List<EngineStep> steps;
  private final BatchRun run;
  private final CountDownLatch started;
  private final List<EngineStepInstance> engines = new ArrayList<>();
  private final List<WorkItem> unconfirmed = new ArrayList<>();
  private long firstUnconfirmedAt;
  private volatile Thread thread;
  private volatile WorkItem current;
  private volatile String currentComponent;
  private volatile long startedAt;
  private volatile boolean abandoned;
  private volatile Throwable startFailure;
  private volatile String startFailureComponent;

  Worker(int number, List<EngineStep> steps, BatchRun run, CountDownLatch started) {
    this.number = number;
    this.steps = steps;
    this.run = run;
    this.started = started;
  }

  Thread start() {
    thread = new Thread(this, "annalist-worker-" + number);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  Thread thread() {
    return thread;
  }

  Throwable startFailure() {
    return startFailure;
  }

  String startFailureComponent() {
    return startFailureComponent;
  }

  @Override
  public void run() {
    try {
      if (!createEngines()) {
        return;
      }
    } finally {
      started.countDown();
    }
    try {
      while (!abandoned) {
        WorkItem item = hasUnconfirmed() ? run.nextItem(checkpointDueInNanos()) : run.nextItem();
        if (item == null) {
          checkpoint();
          continue;
        }
        if (item == WorkItem.END) {
          break;
        }
        if (run.stopping()) {
          run.release(item);
          continue;
        }
        process(item);
        if (checkpointDueInNanos() <= 0) {
          checkpoint();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (!abandoned) {
        checkpoint();
        finishEngines();
      }
    }
  }

  private synchronized boolean hasUnconfirmed() {
    return !unconfirmed.isEmpty();
  }

  private synchronized long checkpointDueInNanos() {
    if (unconfirmed.isEmpty()) {
      return Long.MAX_VALUE;
    }
    if (unconfirmed.size() >= run.checkpointEvery()) {
      return 0;
    }
    return run.checkpointIntervalNanos() - (System.nanoTime() - firstUnconfirmedAt);
  }

  /**
   * Asks every engine to finish the batch ({@code batchProcessComplete}); consumers commit what
   * they grouped. Documents a consumer reports as not stored, or all of them when a component
   * fails otherwise, are recorded as failed; the others as completed.
   */
  private void checkpoint() {
    List<WorkItem> batch;
    synchronized (this) {
      if (unconfirmed.isEmpty()) {
        return;
      }
      batch = List.copyOf(unconfirmed);
      unconfirmed.clear();
    }
    Set<String> notStored = new HashSet<>();
    boolean allFailed = false;
    String failedComponent = null;
    String reason = null;
    for (EngineStepInstance step : engines) {
      long begin = System.nanoTime();
      try {
        step.engine().batchProcessComplete();
      } catch (Exception | StackOverflowError e) {
        DocumentsNotStoredException partial = DocumentsNotStoredException.findIn(e);
        if (partial != null) {
          notStored.addAll(partial.documentIds());
        } else {
          allFailed = true;
        }
        failedComponent = step.id();
        reason = Failures.describe(e);
        stopIfStorageIsGone(step.id(), e);
      }
      run.statistics().addTime(step.id(), System.nanoTime() - begin);
    }
    run.confirm(batch, allFailed, notStored, failedComponent, reason);
  }

  private void stopIfStorageIsGone(String component, Throwable failure) {
    StorageUnavailableException gone = StorageUnavailableException.findIn(failure);
    if (gone != null) {
      run.stopRun(component, gone.getMessage());
    }
  }

  /** The processed documents no checkpoint has confirmed yet; called when the worker is abandoned. */
  synchronized List<WorkItem> takeUnconfirmed() {
    List<WorkItem> taken = List.copyOf(unconfirmed);
    unconfirmed.clear();
    return taken;
  }

  private boolean createEngines() {
    for (EngineStep step : steps) {
      try {
        AnalysisEngine engine = PluginAwareUima.createEngine(step.description(), run.classLoader());
        LanguageSupport languages = step.consumer() ? LanguageSupport.any()
            : LanguageSupport.of(engine.getAnalysisEngineMetaData());
        engines.add(new EngineStepInstance(step.id(), engine, languages));
      } catch (ResourceInitializationException | RuntimeException | LinkageError e) {
        startFailure = e;
        startFailureComponent = step.id();
        // those that did start let go of what they opened (files, locks, connections)
        for (EngineStepInstance started : engines) {
          try {
            started.engine().destroy();
          } catch (RuntimeException destroyFailure) {
            LOG.warn("{} could not be shut down cleanly: {}", started.id(), destroyFailure.toString());
          }
        }
        engines.clear();
        return false;
      }
    }
    return true;
  }

  private void process(WorkItem item) {
    startedAt = System.nanoTime();
    current = item;
    String failedComponent = null;
    Throwable failure = null;
    for (EngineStepInstance step : engines) {
      currentComponent = step.id();
      long begin = System.nanoTime();
      try {
        if (!skippedForLanguage(step, item.cas())) {
          step.engine().process(item.cas());
        }
      } catch (Throwable e) {
        failedComponent = step.id();
        failure = e;
      }
      if (abandoned) {
        return;
      }
      run.statistics().addTime(step.id(), System.nanoTime() - begin);
      if (failure != null) {
        break;
      }
    }
    synchronized (this) {
      if (abandoned) {
        return;
      }
      current = null;
    }
    if (failure != null) {
      if (failure instanceof Error error && !(error instanceof StackOverflowError)) {
        LOG.error("{} failed in {} with {}", item.documentId(), failedComponent, error.toString());
      }
      run.documentFailed(item.documentId(), failedComponent, Failures.describe(failure));
      stopIfStorageIsGone(failedComponent, failure);
    } else {
      run.documentProcessed();
      synchronized (this) {
        if (unconfirmed.isEmpty()) {
          firstUnconfirmedAt = System.nanoTime();
        }
        unconfirmed.add(new WorkItem(null, item.documentId(), item.checksum()));
      }
    }
    run.release(item);
  }

  /**
   * True when the step does not support the document's language (the CAS document language, as
   * the reader or the language annotator set it): the step is not run, and the CAS and the run's
   * statistics record why. A document whose language is unknown runs through every step.
   */
  private boolean skippedForLanguage(EngineStepInstance step, CAS cas) throws CASException {
    String language = cas.getDocumentLanguage();
    if (step.languages().supports(language)) {
      return false;
    }
    String code = LanguageSupport.primarySubtag(language);
    String supported = step.languages().toString();
    SkippedStep skipped = new SkippedStep(cas.getJCas());
    skipped.setComponent(step.id());
    skipped.setReason(LanguageSkips.reason(step.id(), code, supported));
    skipped.addToIndexes();
    run.statistics().languageSkipped(step.id(), code, supported);
    return true;
  }

  /**
   * Called by the watchdog: gives up on the current document if it has run longer than the
   * limit. Returns the abandoned item, or null when the worker is not stuck.
   */
  synchronized WorkItem abandonIfStuck(long timeoutNanos, long now) {
    WorkItem item = current;
    if (item == null || abandoned || now - startedAt < timeoutNanos) {
      return null;
    }
    abandoned = true;
    Thread t = thread;
    if (t != null) {
      t.interrupt();
    }
    return item;
  }

  String currentComponent() {
    return currentComponent;
  }

  private void finishEngines() {
    for (EngineStepInstance step : engines) {
      try {
        step.engine().collectionProcessComplete();
      } catch (Exception e) {
        run.completionFailed(step.id(), e);
      }
    }
    for (EngineStepInstance step : engines) {
      try {
        step.engine().destroy();
      } catch (RuntimeException e) {
        LOG.warn("{} could not be shut down cleanly: {}", step.id(), e.toString());
      }
    }
  }
}
