package org.annalist.reader.warc;

import java.io.IOException;
import java.util.Iterator;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.core.reader.ResumableReader;
import org.annalist.core.reader.SkipFilter;
import org.annalist.reader.tika.PayloadParsing;
import org.annalist.reader.tika.SourceFileSelection;
import org.annalist.reader.warc.ArchiveItem.Broken;
import org.annalist.reader.warc.ArchiveItem.Page;
import org.annalist.reader.warc.ArchiveItem.Skipped;
import org.apache.uima.UimaContext;
import org.apache.uima.collection.CollectionException;
import org.apache.uima.fit.component.JCasCollectionReader_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.Progress;
import org.apache.uima.util.ProgressImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the web pages of WARC and ARC files ({@code .warc}, {@code .warc.gz}, {@code .arc},
 * {@code .arc.gz}): each HTTP 200 response with an HTML, plain-text or PDF payload becomes a
 * document, parsed by the Tika reader's own path (structure, raw-HTML view for the boilerplate
 * annotator, title, publication date). The document id is {@code FILE@OFFSET} (the record's byte
 * offset in the file), the source URI the record's target URI; {@code WARC-Date} is the
 * publication date when the page gives none (source {@code warc-date}). Requests, revisits,
 * metadata, non-200 and other payload types are skipped and counted (the run's "skipped"
 * figure, with a tally by reason in the log); a corrupt or truncated record fails alone.
 */
@ResourceMetaData(name = "WARC reader", description = "Reads the web pages of WARC and ARC web archives.")
public class WarcCollectionReader extends JCasCollectionReader_ImplBase implements ResumableReader {

  private static final Logger LOG = LoggerFactory.getLogger(WarcCollectionReader.class);

  public static final String PARAM_SOURCE_LOCATION = ComponentParameters.SOURCE_LOCATION;
  public static final String PARAM_SOURCE_IS_LIST = "sourceIsList";
  public static final String PARAM_INCLUDES = "includes";
  public static final String PARAM_EXCLUDES = "excludes";
  public static final String PARAM_CHARSET = "charset";
  public static final String PARAM_MAX_DOCUMENT_BYTES = "maxDocumentBytes";
  public static final String PARAM_MAX_TEXT_CHARACTERS = "maxTextCharacters";
  public static final String PARAM_LANGUAGE = "language";
  public static final String PARAM_PARSE_TIMEOUT_SECONDS = "parseTimeoutSeconds";
  public static final String PARAM_PARSE_THREADS = "parseThreads";

  // not an @InputPath: the pipeline validator would take a glob for a missing file; checked in initialize
  @ConfigurationParameter(name = PARAM_SOURCE_LOCATION, mandatory = true,
      description = "A WARC/ARC file, a folder of them (read recursively, hidden files skipped), a list file "
          + "(.lst/.list) or a glob such as crawl/**/*.warc.gz.")
  private String sourceLocation;

  @ConfigurationParameter(name = PARAM_SOURCE_IS_LIST, mandatory = false, defaultValue = "false",
      description = "Treat sourceLocation as a list file whatever its name.")
  private boolean sourceIsList;

  @ConfigurationParameter(name = PARAM_INCLUDES, mandatory = false,
      defaultValue = {"**/*.warc", "**/*.warc.gz", "**/*.arc", "**/*.arc.gz"},
      description = "Glob patterns of archive files to read, relative to sourceLocation.")
  private String[] includes;

  @ConfigurationParameter(name = PARAM_EXCLUDES, mandatory = false,
      description = "Glob patterns of archive files to leave out.")
  private String[] excludes;

  @ConfigurationParameter(name = PARAM_CHARSET, mandatory = false,
      description = "Charset of every page when known; otherwise the HTTP header's (unless the bytes contradict "
          + "it), then the tika reader's detection.")
  private String charset;

  @ConfigurationParameter(name = PARAM_MAX_DOCUMENT_BYTES, mandatory = false, defaultValue = "52428800",
      description = "A payload larger than this (after decoding) fails its record; the record is streamed past.")
  private long maxDocumentBytes;

  @ConfigurationParameter(name = PARAM_MAX_TEXT_CHARACTERS, mandatory = false, defaultValue = "10000000",
      description = "Extracted text is cut after this many characters.")
  private int maxTextCharacters;

  @ConfigurationParameter(name = PARAM_LANGUAGE, mandatory = false, defaultValue = "en",
      description = "ISO 639-1 language used when a page does not declare one.")
  private String language;

  @ConfigurationParameter(name = PARAM_PARSE_TIMEOUT_SECONDS, mandatory = false, defaultValue = "120",
      description = "A page whose parsing takes longer is reported as failed (0: no limit).")
  private int parseTimeoutSeconds;

  @ConfigurationParameter(name = PARAM_PARSE_THREADS, mandatory = false, defaultValue = "0",
      description = "Pages parsed at the same time, ahead of the workers, in input order (0: as many as cores, at most 4).")
  private int parseThreads;

  private Iterator<ArchiveRecords> archives;
  private ArchiveRecords current;
  private PayloadParsing parsing;
  private SkipFilter skipFilter = SkipFilter.NONE;
  private final SkipTally notDocuments = new SkipTally();
  private long resumed;
  private long read;

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    if (maxDocumentBytes <= 0) {
      throw new ResourceInitializationException(new IllegalArgumentException(
          PARAM_MAX_DOCUMENT_BYTES + " must be positive"));
    }
    try {
      archives = archives(sourceLocation);
      parsing = new PayloadParsing(charset, language, maxTextCharacters, parseThreads, parseTimeoutSeconds);
    } catch (IOException | IllegalArgumentException e) {
      throw new ResourceInitializationException(e);
    }
  }

  @Override
  public void setSkipFilter(SkipFilter filter) {
    this.skipFilter = filter == null ? SkipFilter.NONE : filter;
  }

  /** Documents completed by an earlier run and records that are no documents. */
  @Override
  public long skippedCount() {
    return resumed + notDocuments.total();
  }

  /** The records that were no documents, by reason. */
  public SkipTally notDocuments() {
    return notDocuments;
  }

  @Override
  public boolean hasNext() {
    while (!parsing.isFull()) {
      ArchiveItem item = nextItem();
      if (item == null) {
        break;
      }
      if (item instanceof Page page) {
        if (skipFilter.shouldSkip(page.payload().id(), page.checksum())) {
          resumed++;
          continue;
        }
        parsing.add(page.payload(), page.checksum());
      } else if (item instanceof Broken broken) {
        parsing.addUnreadable(broken.id(), broken.reason(), broken.cause());
      } else if (item instanceof Skipped skipped) {
        notDocuments.add(skipped.reason());
        LOG.debug("{}: skipped ({})", skipped.id(), skipped.reason());
      }
    }
    return !parsing.isEmpty();
  }

  /**
   * The archives (or ranges of archives) to read, opened lazily; here the files the source
   * location names on a mounted file system. Runners that read other file systems override it.
   */
  protected Iterator<ArchiveRecords> archives(String location) throws IOException {
    SourceFileSelection files = new SourceFileSelection(location, sourceIsList, includes, excludes);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return files.hasNext();
      }

      @Override
      public ArchiveRecords next() {
        SourceFileSelection.Selected file = files.next();
        return new ArchiveRecords(ArchiveFile.local(file.path(), file.id()), maxDocumentBytes);
      }
    };
  }

  /** The largest payload read, in bytes (maxDocumentBytes). */
  protected long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  private ArchiveItem nextItem() {
    while (true) {
      if (current == null) {
        if (!archives.hasNext()) {
          return null;
        }
        current = archives.next();
      }
      ArchiveItem item = current.next();
      if (item != null) {
        return item;
      }
      current.close();
      current = null;
    }
  }

  @Override
  public void getNext(JCas jcas) throws IOException, CollectionException {
    if (!hasNext()) {
      throw new CollectionException(new IllegalStateException("no more documents"));
    }
    read++;
    parsing.next(jcas);
  }

  @Override
  public Progress[] getProgress() {
    return new Progress[] {new ProgressImpl((int) Math.min(Integer.MAX_VALUE, read), -1, Progress.ENTITIES)};
  }

  @Override
  public void close() throws IOException {
    if (current != null) {
      current.close();
      current = null;
    }
    if (parsing != null) {
      parsing.close();
    }
    if (notDocuments.total() > 0) {
      LOG.info("web archive records that are no documents, skipped: {}", notDocuments);
    }
    super.close();
  }
}
