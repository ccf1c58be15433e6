package org.annalist.report.consumer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.report.model.RunRecord;
import org.annalist.report.site.SiteBuilder;
import org.annalist.report.source.RunFiles;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Builds the HTML report while the run goes: each worker's instance writes the pages of its own
 * documents (so pages are written in parallel), and the last instance to close writes the overview
 * and corpus pages. Unlike {@code annalist report}, which reads the stored clean text, the pages show
 * the whole text with the page furniture and every plugin annotation. The overview covers the
 * documents of this run (a resumed run's report lacks those done before; rebuild it with
 * {@code annalist report}).
 */
@ResourceMetaData(name = "HTML report",
    description = "Static HTML site of the run: overview with map and timeline, a page per document, corpus pages.")
public class ReportConsumer extends JCasAnnotator_ImplBase {

  public static final String PARAM_TARGET_LOCATION = ComponentParameters.TARGET_LOCATION;
  public static final String PARAM_FOLDER = "folder";
  public static final String PARAM_TITLE = "title";

  @ConfigurationParameter(name = PARAM_TARGET_LOCATION, mandatory = true,
      description = "The run's output folder; its failures.jsonl is read at the end.")
  private String targetLocation;

  @ConfigurationParameter(name = PARAM_FOLDER, mandatory = false, defaultValue = "report",
      description = "Folder of the site, relative to targetLocation.")
  private String folder;

  @ConfigurationParameter(name = PARAM_TITLE, mandatory = false, defaultValue = "Annalist report",
      description = "Title shown on every page.")
  private String title;

  /**
   * The runner writes run-summary.json after every component has finished, so the file in the
   * folder while this consumer finishes is the previous run's, if any: it is not read.
   */
  static final String SUMMARY_LATER = "the run writes its run-summary.json after its components (this report among "
      + "them) finish; run annalist report on the output folder to show it";

  private static final Map<Path, Shared> SHARED = new HashMap<>();

  /** One site per folder, shared by the instances of all worker threads. */
  private static final class Shared {
    final SiteBuilder site;
    int users;

    Shared(SiteBuilder site) {
      this.site = site;
    }
  }

  private final CasDocuments documents = new CasDocuments();
  private Path siteFolder;
  private Shared shared;

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    siteFolder = Path.of(targetLocation).resolve(folder).toAbsolutePath().normalize();
    try {
      acquire();
    } catch (IOException e) {
      throw new ResourceInitializationException(e);
    }
  }

  private void acquire() throws IOException {
    synchronized (SHARED) {
      Shared existing = SHARED.get(siteFolder);
      if (existing == null) {
        existing = new Shared(new SiteBuilder(siteFolder, title, Runtime.getRuntime().availableProcessors()));
        SHARED.put(siteFolder, existing);
      }
      existing.users++;
      shared = existing;
    }
  }

  @Override
  public void process(JCas jcas) throws AnalysisEngineProcessException {
    String id = DocumentMetadataAccess.documentId(jcas);
    try {
      if (shared == null) {
        acquire(); // a runner may call collectionProcessComplete more than once
      }
      shared.site.add(documents.of(jcas, id));
    } catch (IOException | RuntimeException e) {
      throw new AnalysisEngineProcessException(new IOException("cannot write the report page of " + id + ": "
          + e.getMessage(), e));
    }
  }

  @Override
  public void collectionProcessComplete() throws AnalysisEngineProcessException {
    super.collectionProcessComplete();
    try {
      release();
    } catch (IOException e) {
      throw new AnalysisEngineProcessException(e);
    }
  }

  @Override
  public void destroy() {
    try {
      release();
    } catch (IOException e) {
      getLogger().error("writing the report in " + siteFolder + " failed", e);
    }
    super.destroy();
  }

  private void release() throws IOException {
    SiteBuilder finishing = null;
    synchronized (SHARED) {
      if (shared == null) {
        return;
      }
      shared.users--;
      if (shared.users == 0) {
        SHARED.remove(siteFolder);
        finishing = shared.site;
      }
      shared = null;
    }
    if (finishing != null) {
      try (SiteBuilder site = finishing) {
        site.finish(RunRecord.withoutSummary(RunFiles.failures(Path.of(targetLocation)), SUMMARY_LATER,
            "this run (" + siteFolder.getParent() + ")"));
      }
    }
  }
}
