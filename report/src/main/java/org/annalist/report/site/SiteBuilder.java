package org.annalist.report.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.annalist.report.model.CorpusGroups;
import org.annalist.report.model.ReportDocument;
import org.annalist.report.model.RunRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the report site into a folder: {@code index.html} (overview), one page per document under
 * {@code documents/}, the corpus pages ({@code documents.html}, {@code places.html},
 * {@code speakers.html}, {@code dates.html} and a page per place and speaker), the pages of the corpus
 * stage's stories and people when the run has them ({@link GroupPages}) and {@code assets/}
 * (styles, scripts, the world outlines). {@link #add} may be called from many threads; document
 * pages are written by the calling thread, or by the builder's own threads through {@link #submit}.
 */
public final class SiteBuilder implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SiteBuilder.class);
  static final List<String> ASSETS = List.of("report.css", "report.js", "overview.js", "document.js",
      "d3.min.js", "d3.LICENSE.txt", "topojson-client.min.js", "topojson-client.LICENSE.txt",
      "world-110m.js", "world-atlas.LICENSE.txt");

  private final Path folder;
  private final String title;
  private final Templates templates;
  private final CorpusGroups groups;
  private final CorpusIndex index = new CorpusIndex();
  private final ExecutorService pool;
  private final int threads;
  private final AtomicReference<RuntimeException> firstError = new AtomicReference<>();

  /** What was written. */
  public record Result(Path overview, int documents, int failures) {}

  public SiteBuilder(Path folder, String title, int threads) throws IOException {
    this(folder, title, threads, CorpusGroups.none());
  }

  /**
   * @param groups the corpus stage's groups of the run: with stories or people, the site gets their
   *     pages and the document pages link to them
   */
  public SiteBuilder(Path folder, String title, int threads, CorpusGroups groups) throws IOException {
    this.folder = folder;
    this.title = title;
    this.groups = groups == null ? CorpusGroups.none() : groups;
    this.templates = new Templates(Map.of("hasStories", this.groups.has(CorpusGroups.STORIES),
        "hasPeople", this.groups.has(CorpusGroups.PEOPLE)));
    Files.createDirectories(folder.resolve("documents"));
    copyAssets();
    int n = Math.max(1, threads);
    this.threads = n;
    // a bounded queue: the reader waits for the writers instead of holding a whole corpus in memory
    this.pool = new ThreadPoolExecutor(n, n, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(n * 4),
        new ThreadPoolExecutor.CallerRunsPolicy());
  }

  /** Indexes the document and writes its page on the calling thread. */
  public void add(ReportDocument doc) {
    String file = DocumentFiles.documentPage(doc.id());
    index.add(doc, file);
    Map<String, Object> scope = DocumentPage.scope(doc, title);
    scope.put("corpus", GroupPages.documentScope(groups, doc.id()));
    templates.write(templates.document, scope, folder.resolve(file));
  }

  /** Indexes the document and writes its page on one of the builder's threads. */
  public void submit(ReportDocument doc) {
    RuntimeException failed = firstError.get();
    if (failed != null) {
      throw failed;
    }
    pool.execute(() -> {
      try {
        add(doc);
      } catch (RuntimeException e) {
        firstError.compareAndSet(null, e);
      }
    });
  }

  /** Waits for the document pages, then writes the overview and the corpus pages. */
  public Result finish(RunRecord run) throws IOException {
    awaitDocuments();
    ExecutorService corpusPool = Executors.newFixedThreadPool(threads);
    try {
      writeCorpus(run, corpusPool);
    } finally {
      corpusPool.shutdownNow();
    }
    LOG.info("report of {} documents written to {}", index.docs.size(), folder);
    return new Result(folder.resolve("index.html"), index.docs.size(), run.failures().size());
  }

  private void writeCorpus(RunRecord run, ExecutorService pool) throws IOException {
    List<Future<?>> pages = new ArrayList<>();
    pages.add(pool.submit(() -> templates.write(templates.overview, OverviewPage.scope(index, run, title),
        folder.resolve("index.html"))));
    CorpusPages corpus = new CorpusPages(index, templates, folder, title);
    pages.add(pool.submit(corpus::writeDocuments));
    pages.add(pool.submit(corpus::writeDates));
    pages.add(pool.submit(corpus::writePlaces));
    pages.add(pool.submit(corpus::writeSpeakers));
    for (Runnable entityPage : corpus.entityPages()) {
      pages.add(pool.submit(entityPage));
    }
    for (Runnable groupPage : new GroupPages(index, groups, templates, folder, title).pages()) {
      pages.add(pool.submit(groupPage));
    }
    for (Future<?> page : pages) {
      try {
        page.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while writing the report", e);
      } catch (java.util.concurrent.ExecutionException e) {
        Throwable cause = e.getCause();
        throw cause instanceof UncheckedIOException io ? io.getCause() : new IOException(cause.getMessage(), cause);
      }
    }
  }

  private void awaitDocuments() throws IOException {
    pool.shutdown();
    try {
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        // document pages are still being written
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing document pages", e);
    }
    RuntimeException failed = firstError.get();
    if (failed != null) {
      throw failed instanceof UncheckedIOException io ? io.getCause() : new IOException(failed.getMessage(), failed);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private void copyAssets() throws IOException {
    Path assets = folder.resolve("assets");
    Files.createDirectories(assets);
    for (String name : ASSETS) {
      try (InputStream in = SiteBuilder.class.getResourceAsStream("/org/annalist/report/assets/" + name)) {
        if (in == null) {
          throw new IOException("the report asset " + name + " is missing from the jar (build the report module with Maven)");
        }
        Files.copy(in, assets.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static <T> List<T> top(java.util.Collection<T> values, Comparator<T> order, int n) {
    return values.stream().sorted(order).limit(n).toList();
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
