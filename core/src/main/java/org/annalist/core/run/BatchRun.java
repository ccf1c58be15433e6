package org.annalist.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.core.cas.PluginAwareUima;
import org.annalist.core.pipeline.ConfigurationProblem;
import org.annalist.core.pipeline.PipelineAssembler.AssembledPipeline;
import org.annalist.core.pipeline.PipelineAssembler.EngineStep;
import org.annalist.core.pipeline.PipelineConfigurationException;
import org.annalist.core.reader.CountableReader;
import org.annalist.core.reader.DocumentReadException;
import org.annalist.core.reader.ResumableReader;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASException;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.ProcessingResourceMetaData;
import org.apache.uima.util.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The state of one batch run; see {@link BatchRunner}. */
final class BatchRun {

  private static final Logger LOG = LoggerFactory.getLogger(BatchRun.class);
  private static final String READER_ID = "reader";

  private final AssembledPipeline pipeline;
  private final RunOptions options;
  private final RunListener listener;
  private final RunStatistics statistics = new RunStatistics();
  private final ProgressTimeline timeline = new ProgressTimeline();
  private final BlockingQueue<WorkItem> work;
  private final BlockingQueue<CAS> freeCases = new LinkedBlockingQueue<>();
  private final List<Worker> workers = new CopyOnWriteArrayList<>();
  private final List<Worker> abandonedWorkers = new CopyOnWriteArrayList<>();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final AtomicReference<String> stopReason = new AtomicReference<>();
  private final AtomicInteger completionErrors = new AtomicInteger();
  private final AtomicInteger workerNumbers = new AtomicInteger();
  private CompletionLedger ledger;
  private FailureLog failures;
  private List<ProcessingResourceMetaData> metadata;
  private PipelineFingerprint fingerprint;

  BatchRun(AssembledPipeline pipeline, RunOptions options, RunListener listener) {
    this.pipeline = pipeline;
    this.options = options;
    this.listener = listener;
    this.work = new ArrayBlockingQueue<>(options.queueSize());
  }

  RunSummary execute() throws IOException {
    long begin = System.nanoTime();
    Path output = options.outputDirectory();
    Path runDirectory = output.resolve(BatchRunner.RUN_DIRECTORY);
    fingerprint = PipelineFingerprint.of(pipeline);
    if (options.dryRun()) {
      return dryRun(runDirectory, begin);
    }
    boolean outputExisted = Files.exists(output);
    boolean runDirectoryExisted = Files.exists(runDirectory);
    RunLock lock = RunLock.acquire(output, runDirectory);
    boolean started = false;
    try {
      ledger = CompletionLedger.open(runDirectory, !options.resume());
      checkFingerprint(runDirectory);
      ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "annalist-watchdog");
        t.setDaemon(true);
        return t;
      });
      CollectionReader reader = null;
      try {
        reader = createReader();
        createCasPool(options.threads() + options.queueSize());
        startWorkers(options.threads());
        // nothing is written before every component has started: a run that cannot start leaves nothing behind
        started = true;
        ledger.start();
        fingerprint.write(runDirectory);
        failures = FailureLog.create(output);
        countInBackground(reader);
        CollectionReader watched = reader;
        timer.scheduleWithFixedDelay(() -> tick(watched, begin), 200, 200, TimeUnit.MILLISECONDS);
        readAll(reader);
        finishWorkers();
      } finally {
        timer.shutdownNow();
        if (reader != null) {
          if (started) {
            updateSkipped(reader);
          }
          closeReader(reader);
        }
        ledger.close();
        if (failures != null) {
          failures.close();
        }
      }
    } finally {
      lock.close();
      if (!started) {
        deleteIfEmpty(runDirectory, runDirectoryExisted);
        deleteIfEmpty(output, outputExisted);
      }
    }
    RunSummary summary = new RunSummary(statistics.read(), statistics.succeeded(), statistics.failed(),
        statistics.skipped(), Duration.ofNanos(System.nanoTime() - begin), statistics.nanosByComponent(),
        failures.file(), stopping.get() && (options.failFast() || stopReason.get() != null), completionErrors.get(),
        timeline.laterHalfRate(statistics.done(), statistics.lastDoneNanos()), stopReason.get(),
        statistics.languageSkips());
    RunSummaryFile.write(output, summary, failures.reasonCounts(), fingerprint);
    listener.finished(summary);
    return summary;
  }

  /**
   * A resumed run skips what the ledger says is completed; that is only right when the same
   * pipeline completed it. Otherwise the run stops here, before anything is read or written.
   */
  private void checkFingerprint(Path runDirectory) {
    if (!options.resume() || ledger.size() == 0) {
      return;
    }
    PipelineFingerprint stored = PipelineFingerprint.read(runDirectory);
    if (stored == null) {
      LOG.warn("{} holds {} completed documents but no record of the pipeline that produced them ({}); "
          + "they are skipped as completed", options.outputDirectory(), ledger.size(), PipelineFingerprint.FILE_NAME);
      return;
    }
    List<String> changes = fingerprint.differencesFrom(stored);
    if (!changes.isEmpty()) {
      throw new RunRefusedException(options.outputDirectory(), "holds " + ledger.size()
          + " document(s) completed by a different pipeline; resuming would skip them and mix the results of two "
          + "pipelines. What changed: " + String.join("; ", changes) + ". Run with --force to process every "
          + "document again with this pipeline, or give this run a new --output");
    }
  }

  private static void deleteIfEmpty(Path directory, boolean existedBefore) {
    if (existedBefore) {
      return;
    }
    try (var entries = Files.list(directory)) {
      if (entries.findAny().isEmpty()) {
        Files.delete(directory);
      }
    } catch (IOException | RuntimeException e) {
      // left in place: it holds something, or cannot be listed
    }
  }

  /** Reads the collection without processing it: what a run would read and skip. Nothing is written. */
  private RunSummary dryRun(Path runDirectory, long begin) throws IOException {
    ledger = CompletionLedger.open(runDirectory, !options.resume());
    CollectionReader reader = createReader();
    long read = 0;
    long failed = 0;
    long skipped = 0;
    try {
      CAS cas = newCas();
      while ((options.limit() == 0 || read < options.limit()) && reader.hasNext()) {
        cas.reset();
        try {
          reader.getNext(cas);
        } catch (Exception | StackOverflowError e) {
          read++;
          failed++;
          continue;
        }
        WorkItem item = identify(cas);
        if (options.resume() && !(reader instanceof ResumableReader) && ledger.isCompleted(item.documentId(),
            item.checksum())) {
          skipped++;
        } else {
          read++;
        }
      }
      if (reader instanceof ResumableReader resumable) {
        skipped += resumable.skippedCount();
      }
    } catch (Exception e) {
      throw new PipelineConfigurationException(new ConfigurationProblem(pipeline.name(), 0,
          "the reader failed: " + Failures.describe(e)));
    } finally {
      closeReader(reader);
      ledger.close();
    }
    RunSummary summary = new RunSummary(read, 0, failed, skipped,
        Duration.ofNanos(System.nanoTime() - begin), Map.of(), null, false, 0, OptionalDouble.empty());
    listener.finished(summary);
    return summary;
  }

  /** Counts the collection on a thread of its own, for the progress total; the run does not wait for it. */
  private void countInBackground(CollectionReader reader) {
    if (!(reader instanceof CountableReader countable)) {
      return;
    }
    Thread counter = new Thread(() -> {
      try {
        long total = countable.countDocuments();
        if (total >= 0) {
          long limited = options.limit() > 0 ? Math.min(total, options.limit() + statistics.skipped()) : total;
          statistics.setTotal(limited);
        }
      } catch (RuntimeException | StackOverflowError e) {
        LOG.debug("counting the documents failed: {}", e.toString());
      }
    }, "annalist-count");
    counter.setDaemon(true);
    counter.setPriority(Thread.MIN_PRIORITY);
    counter.start();
  }

  private CollectionReader createReader() {
    try {
      CollectionReader reader = PluginAwareUima.createReader(pipeline.reader(), pipeline.classLoader());
      if (options.resume() && reader instanceof ResumableReader resumable) {
        resumable.setSkipFilter(ledger::isCompleted);
      }
      metadata = new ArrayList<>();
      metadata.add(pipeline.reader().getCollectionReaderMetaData());
      statistics.declareComponent(READER_ID);
      for (EngineStep step : pipeline.engines()) {
        metadata.add(step.description().getAnalysisEngineMetaData());
        statistics.declareComponent(step.id());
      }
      return reader;
    } catch (ResourceInitializationException | RuntimeException | LinkageError e) {
      throw new PipelineConfigurationException(new ConfigurationProblem(pipeline.name(), 0,
          "the reader could not start: " + Failures.startReason(e)));
    }
  }

  private void createCasPool(int size) {
    for (int i = 0; i < size; i++) {
      freeCases.add(newCas());
    }
  }

  private CAS newCas() {
    try {
      return PluginAwareUima.createCas(metadata, pipeline.classLoader());
    } catch (ResourceInitializationException e) {
      throw new PipelineConfigurationException(new ConfigurationProblem(pipeline.name(), 0,
          "the components' type systems do not fit together: " + Failures.describe(e)));
    }
  }

  private void startWorkers(int count) {
    CountDownLatch started = new CountDownLatch(count);
    List<Worker> fresh = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Worker worker = new Worker(workerNumbers.incrementAndGet(), pipeline.engines(), this, started);
      fresh.add(worker);
      workers.add(worker);
      worker.start();
    }
    try {
      started.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting workers", e);
    }
    for (Worker worker : fresh) {
      if (worker.startFailure() != null) {
        stopping.set(true);
        for (int i = 0; i < workers.size(); i++) {
          work.offer(WorkItem.END);
        }
        // the workers that did start close their components (files, locks, connections) before the run ends
        for (Worker other : workers) {
          joinQuietly(other.thread(), 30_000);
        }
        throw new PipelineConfigurationException(new ConfigurationProblem(pipeline.name(), 0,
            "component '" + worker.startFailureComponent() + "' could not start: "
                + Failures.startReason(worker.startFailure())));
      }
    }
  }

  private static void joinQuietly(Thread thread, long millis) {
    if (thread == null) {
      return;
    }
    try {
      thread.join(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void readAll(CollectionReader reader) {
    long taken = 0;
    while (!stopping.get()) {
      if (options.limit() > 0 && taken >= options.limit()) {
        LOG.info("stopping after {} documents (--limit)", taken);
        break;
      }
      boolean more;
      try {
        more = reader.hasNext();
      } catch (Exception e) {
        LOG.error("the reader failed and cannot go on: {}", Failures.describe(e));
        failures.record("(collection)", READER_ID, Failures.describe(e));
        statistics.documentFailed();
        stopping.set(options.failFast());
        break;
      }
      if (!more) {
        break;
      }
      CAS cas = takeFreeCas();
      if (cas == null) {
        break;
      }
      cas.reset();
      long readBegin = System.nanoTime();
      try {
        reader.getNext(cas);
      } catch (DocumentReadException e) {
        taken++;
        statistics.documentRead();
        documentFailed(e.documentId(), READER_ID, e.getMessage() == null ? Failures.describe(e) : e.getMessage());
        freeCases.add(cas);
        continue;
      } catch (Exception | StackOverflowError e) {
        taken++;
        statistics.documentRead();
        documentFailed("(unknown)", READER_ID, Failures.describe(e));
        freeCases.add(cas);
        continue;
      }
      statistics.addTime(READER_ID, System.nanoTime() - readBegin);
      statistics.documentRead();
      WorkItem item = identify(cas);
      if (options.resume() && !(reader instanceof ResumableReader) && ledger.isCompleted(item.documentId(), item.checksum())) {
        statistics.documentsSkipped(1);
        freeCases.add(cas);
        continue;
      }
      taken++;
      try {
        work.put(item);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        freeCases.add(cas);
        break;
      }
    }
  }

  private CAS takeFreeCas() {
    try {
      return freeCases.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static WorkItem identify(CAS cas) {
    try {
      DocumentMetadata metadata = DocumentMetadataAccess.find(cas.getJCas());
      if (metadata == null) {
        return new WorkItem(cas, "(unnamed)", null);
      }
      String id = metadata.getDocumentId() != null ? metadata.getDocumentId() : metadata.getSourceUri();
      return new WorkItem(cas, id == null ? "(unnamed)" : id, metadata.getChecksum());
    } catch (CASException e) {
      return new WorkItem(cas, "(unnamed)", null);
    }
  }

  private void finishWorkers() {
    for (Worker worker : workers) {
      if (isAbandoned(worker)) {
        continue;
      }
      try {
        work.put(WorkItem.END);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    boolean alive = true;
    while (alive) {
      alive = false;
      for (Worker worker : workers) {
        Thread thread = worker.thread();
        if (thread == null) {
          continue;
        }
        try {
          thread.join(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        if (thread.isAlive() && !isAbandoned(worker)) {
          alive = true;
        }
      }
    }
  }

  private boolean isAbandoned(Worker worker) {
    return abandonedWorkers.contains(worker);
  }

  private void tick(CollectionReader reader, long begin) {
    try {
      long now = System.nanoTime();
      for (Worker worker : workers) {
        WorkItem stuck = worker.abandonIfStuck(options.documentTimeout().toNanos(), now);
        if (stuck != null) {
          abandonedWorkers.add(worker);
          documentFailed(stuck.documentId(), worker.currentComponent(),
              "timed out after " + options.documentTimeout().toSeconds() + " s");
          LOG.warn("{} timed out in {}; its worker is replaced", stuck.documentId(), worker.currentComponent());
          List<WorkItem> unconfirmed = worker.takeUnconfirmed();
          if (!unconfirmed.isEmpty()) {
            LOG.warn("{} document(s) the abandoned worker processed since its last checkpoint are not recorded as "
                + "completed (their storage was not confirmed); a resumed run processes them again",
                unconfirmed.size());
          }
          freeCases.add(newCas());
          if (!stopping.get()) {
            replaceWorker();
          }
        }
      }
      updateProgress(reader);
      timeline.record(System.nanoTime(), statistics.done());
      listener.progress(statistics, now - begin);
    } catch (RuntimeException e) {
      LOG.warn("progress tick failed: {}", e.toString());
    }
  }

  private void replaceWorker() {
    Worker worker = new Worker(workerNumbers.incrementAndGet(), pipeline.engines(), this, new CountDownLatch(1));
    workers.add(worker);
    worker.start();
  }

  private void updateProgress(CollectionReader reader) {
    try {
      Progress[] progress = reader.getProgress();
      if (progress != null) {
        for (Progress p : progress) {
          if (Progress.ENTITIES.equals(p.getUnit()) && p.getTotal() > 0) {
            statistics.setTotal(p.getTotal());
          }
        }
      }
    } catch (RuntimeException e) {
      // a reader that cannot tell its progress just gets no ETA
    }
    updateSkipped(reader);
  }

  private synchronized void updateSkipped(CollectionReader reader) {
    if (reader instanceof ResumableReader resumable) {
      long delta = resumable.skippedCount() - statistics.skipped();
      if (delta > 0) {
        statistics.documentsSkipped(delta);
      }
    }
  }

  private static void closeReader(CollectionReader reader) {
    try {
      reader.close();
    } catch (IOException | RuntimeException e) {
      LOG.warn("the reader could not be closed cleanly: {}", e.toString());
    }
    reader.destroy();
  }

  // --- called by workers ---

  WorkItem nextItem() throws InterruptedException {
    return work.take();
  }

  /** The next document, or null when none comes within {@code timeoutNanos}. */
  WorkItem nextItem(long timeoutNanos) throws InterruptedException {
    return work.poll(Math.max(0, timeoutNanos), TimeUnit.NANOSECONDS);
  }

  ClassLoader classLoader() {
    return pipeline.classLoader();
  }

  int checkpointEvery() {
    return options.checkpointEvery();
  }

  long checkpointIntervalNanos() {
    return options.checkpointInterval().toNanos();
  }

  boolean stopping() {
    return stopping.get();
  }

  RunStatistics statistics() {
    return statistics;
  }

  void release(WorkItem item) {
    freeCases.add(item.cas());
  }

  /** A document went through every component; it is completed once a checkpoint confirms it. */
  void documentProcessed() {
    statistics.documentSucceeded();
  }

  /**
   * The outcome of a worker's checkpoint: the documents its components stored are recorded as
   * completed; those a component could not store (all of them when {@code allFailed}) as failed.
   */
  void confirm(List<WorkItem> batch, boolean allFailed, Set<String> notStored, String component, String reason) {
    List<WorkItem> stored = new ArrayList<>(batch.size());
    for (WorkItem item : batch) {
      if (allFailed || notStored.contains(item.documentId())) {
        statistics.succeededBecameFailed();
        documentFailed(item.documentId(), component, "processed but not stored: " + reason);
      } else {
        stored.add(item);
      }
    }
    ledger.markCompleted(stored);
  }

  void documentFailed(String documentId, String component, String message) {
    failures.record(documentId, component, message);
    statistics.documentFailed();
    LOG.warn("{} failed in {}: {}", documentId, component, message);
    if (options.failFast()) {
      stopping.set(true);
    }
  }

  /** A component's storage is gone for good: the run stops reading and ends with code 1. */
  void stopRun(String component, String reason) {
    if (stopReason.compareAndSet(null, component + ": " + reason)) {
      LOG.error("stopping the run: {} ({}); a resumed run stores the documents not stored and reads the rest",
          reason, component);
    }
    stopping.set(true);
  }

  void completionFailed(String component, Exception e) {
    completionErrors.incrementAndGet();
    LOG.error("{} failed at the end of the run: {}", component, Failures.describe(e));
    failures.record("(end of run)", component, Failures.describe(e));
  }
}
