package org.annalist.reader.tika;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.core.plugin.InputPath;
import org.annalist.core.plugin.ParameterChecker;
import org.annalist.core.reader.CountableReader;
import org.annalist.core.reader.DocumentReadException;
import org.annalist.core.reader.ResumableReader;
import org.annalist.core.reader.SkipFilter;
import org.annalist.reader.tika.SourceItem.RawDocument;
import org.annalist.reader.tika.SourceItem.Unreadable;
import org.apache.uima.UimaContext;
import org.apache.uima.cas.CASException;
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
 * Reads documents in any format Apache Tika parses from a folder, a list file or a single file,
 * expanding zip/tar/tar.gz archives into one document per entry and decompressing single .gz
 * files. Each CAS gets the document text, a {@code DocumentMetadata}, structure annotations
 * (headings, paragraphs, list items, captions, block quotes, tables, links) and, for HTML, a
 * second view {@code html} holding the decoded HTML source.
 *
 * <p>A document that cannot be read (corrupt, encrypted, empty, too large) makes {@link #getNext}
 * throw a {@link DocumentReadException}; the reader stays usable and continues with the next one.
 */
@ResourceMetaData(name = "Tika reader",
    description = "Reads files, folders, list files and archives in any format Apache Tika parses.")
@ParameterChecker.CheckedBy(TikaReaderParameters.class)
public class TikaCollectionReader extends JCasCollectionReader_ImplBase implements ResumableReader, CountableReader {

  private static final Logger LOG = LoggerFactory.getLogger(TikaCollectionReader.class);

  public static final String PARAM_SOURCE_LOCATION = ComponentParameters.SOURCE_LOCATION;
  public static final String PARAM_SOURCE_IS_LIST = "sourceIsList";
  public static final String PARAM_INCLUDES = "includes";
  public static final String PARAM_EXCLUDES = "excludes";
  public static final String PARAM_CHARSET = "charset";
  public static final String PARAM_MAX_DOCUMENT_BYTES = "maxDocumentBytes";
  public static final String PARAM_MAX_TEXT_CHARACTERS = "maxTextCharacters";
  public static final String PARAM_LANGUAGE = "language";
  public static final String PARAM_EXTRACT_ARCHIVES = "extractArchives";
  public static final String PARAM_OCR = "ocr";
  public static final String PARAM_PARSE_TIMEOUT_SECONDS = "parseTimeoutSeconds";
  public static final String PARAM_PARSE_THREADS = "parseThreads";
  public static final String PARAM_ISOLATION = "isolation";
  public static final String PARAM_FORKED_MAX_HEAP = "forkedMaxHeap";

  static final String IN_PROCESS = "in-process";
  static final String FORKED = "forked";
  /** Extra time the in-process timer gives a forked parse, so that the child's own limit acts first. */
  private static final long FORKED_TIMER_MARGIN_MILLIS = 30_000;

  @InputPath
  @ConfigurationParameter(name = PARAM_SOURCE_LOCATION, mandatory = true,
      description = "Folder (read recursively, hidden files skipped), single file, list file "
          + "(name ending in .lst or .list: one path per line, relative to the list file, # comments), "
          + "or folder with a glob such as data/**/*.html.")
  private String sourceLocation;

  @ConfigurationParameter(name = PARAM_SOURCE_IS_LIST, mandatory = false, defaultValue = "false",
      description = "Treat sourceLocation as a list file whatever its name.")
  private boolean sourceIsList;

  @ConfigurationParameter(name = PARAM_INCLUDES, mandatory = false,
      description = "Glob patterns of documents to read, relative to sourceLocation, e.g. **/*.html "
          + "(also matched inside archives and without a .gz suffix); none means all.")
  private String[] includes;

  @ConfigurationParameter(name = PARAM_EXCLUDES, mandatory = false,
      description = "Glob patterns of files, archives or archive entries to leave out, e.g. **/drafts/**.")
  private String[] excludes;

  @ConfigurationParameter(name = PARAM_CHARSET, mandatory = false,
      description = "Charset of text and HTML files when known (e.g. windows-1252); otherwise "
          + "detected: byte-order mark, HTML meta charset, UTF-8 validity, statistics.")
  private String charset;

  @ConfigurationParameter(name = PARAM_MAX_DOCUMENT_BYTES, mandatory = false, defaultValue = "52428800",
      description = "Documents larger than this many bytes (after decompression) are reported "
          + "as failed instead of being read.")
  private long maxDocumentBytes;

  @ConfigurationParameter(name = PARAM_MAX_TEXT_CHARACTERS, mandatory = false, defaultValue = "10000000",
      description = "Extracted text is cut after this many characters (guards against text bombs).")
  private int maxTextCharacters;

  @ConfigurationParameter(name = PARAM_LANGUAGE, mandatory = false, defaultValue = "en",
      description = "ISO 639-1 language used when the document does not declare one.")
  private String language;

  @ConfigurationParameter(name = PARAM_EXTRACT_ARCHIVES, mandatory = false, defaultValue = "true",
      description = "Read each entry of zip/tar/tar.gz/tgz/tar.bz2 archives as its own document "
          + "(id archive.zip!/path); when false an archive is one document.")
  private boolean extractArchives;

  @ConfigurationParameter(name = PARAM_OCR, mandatory = false, defaultValue = "false",
      description = "Let Tika run Tesseract OCR on images when it is installed (slow).")
  private boolean ocr;

  @ConfigurationParameter(name = PARAM_PARSE_TIMEOUT_SECONDS, mandatory = false, defaultValue = "120",
      description = "A document whose parsing takes longer is reported as failed (0: no limit).")
  private int parseTimeoutSeconds;

  @ConfigurationParameter(name = PARAM_PARSE_THREADS, mandatory = false, defaultValue = "0",
      description = "Documents parsed at the same time, ahead of the workers, in input order (0: as many as "
          + "cores, at most 4). Parsing HTML or PDF costs about as much as all annotators together, so one "
          + "parsing thread would hold back several workers")
  private int parseThreads;

  @ConfigurationParameter(name = PARAM_ISOLATION, mandatory = false, defaultValue = IN_PROCESS,
      description = "Where documents are parsed: in-process (in the run's JVM, fastest) or forked (in a pool "
          + "of parseThreads child JVMs; a parser that hangs past parseTimeoutSeconds, runs out of "
          + "forkedMaxHeap or crashes fails that document only and its process is replaced).")
  private String isolation;

  @ConfigurationParameter(name = PARAM_FORKED_MAX_HEAP, mandatory = false, defaultValue = "512m",
      description = "Heap limit (-Xmx) of each child JVM when isolation is forked, e.g. 256m or 2g.")
  private String forkedMaxHeap;

  private SourceLocation location;
  private DocumentSource source;
  private ParseAhead ahead;
  private SkipFilter skipFilter = SkipFilter.NONE;
  private long read;
  private long skipped;

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    if (maxDocumentBytes <= 0 || maxTextCharacters <= 0) {
      throw new ResourceInitializationException(new IllegalArgumentException(
          PARAM_MAX_DOCUMENT_BYTES + " and " + PARAM_MAX_TEXT_CHARACTERS + " must be positive"));
    }
    if (parseThreads < 0) {
      throw new ResourceInitializationException(new IllegalArgumentException(
          PARAM_PARSE_THREADS + " must be 0 (as many as the cores, at most 4) or a positive number, not "
              + parseThreads));
    }
    Map<String, String> problems = new TikaReaderParameters().check(
        Map.of(PARAM_ISOLATION, isolation, PARAM_FORKED_MAX_HEAP, forkedMaxHeap));
    if (!problems.isEmpty()) {
      throw new ResourceInitializationException(new IllegalArgumentException(problems.entrySet().stream()
          .map(p -> p.getKey() + " " + p.getValue()).collect(java.util.stream.Collectors.joining("; "))));
    }
    try {
      location = SourceLocation.parse(sourceLocation);
      SourceFiles files = new SourceFiles(location.path(), sourceIsList);
      GlobFilter filter = new GlobFilter(includes, excludes, location.glob());
      source = new DocumentSource(files, filter, maxDocumentBytes, extractArchives);
      int threads = parseThreads > 0 ? parseThreads : Math.min(4, Runtime.getRuntime().availableProcessors());
      if (FORKED.equals(isolation)) {
        ForkedParserPool pool = new ForkedParserPool(threads, forkedMaxHeap, parseTimeoutSeconds, charset, language,
            maxTextCharacters, ocr);
        long timer = parseTimeoutSeconds > 0 ? parseTimeoutSeconds * 1000L + FORKED_TIMER_MARGIN_MILLIS
            : Long.MAX_VALUE / 4;
        ahead = new ParseAhead(pool, threads, timer);
      } else {
        DocumentParser parser = new DocumentParser(charset, language, maxTextCharacters, ocr);
        ahead = new ParseAhead(parser, threads, parseTimeoutSeconds * 1000L);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new ResourceInitializationException(e);
    }
  }

  /**
   * Walks the same files with the same filters as the reading does (archive entries included) but
   * parses nothing, for the progress total.
   */
  @Override
  public long countDocuments() {
    try (DocumentSource counting = new DocumentSource(new SourceFiles(location.path(), sourceIsList),
        new GlobFilter(includes, excludes, location.glob()), maxDocumentBytes, extractArchives)) {
      long count = 0;
      while (counting.next() != null) {
        count++;
      }
      return count;
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot count the documents: {}", e.toString());
      return -1;
    }
  }

  @Override
  public void setSkipFilter(SkipFilter filter) {
    this.skipFilter = filter == null ? SkipFilter.NONE : filter;
  }

  @Override
  public long skippedCount() {
    return skipped;
  }

  @Override
  public boolean hasNext() {
    while (!ahead.isFull()) {
      SourceItem item = source.next();
      if (item == null) {
        break;
      }
      String checksum = null;
      if (item instanceof RawDocument raw) {
        checksum = sha256(raw.bytes());
        if (skipFilter.shouldSkip(raw.id(), checksum)) {
          skipped++;
          LOG.debug("skipping {}: completed by an earlier run", raw.id());
          continue;
        }
      }
      ahead.add(item, checksum);
    }
    return !ahead.isEmpty();
  }

  @Override
  public void getNext(JCas jcas) throws IOException, CollectionException {
    if (!hasNext()) {
      throw new CollectionException(new IllegalStateException("no more documents"));
    }
    read++;
    String id = ahead.nextId();
    ParsedDocument parsed = ahead.next();
    try {
      CasFiller.fill(jcas, parsed);
    } catch (CASException e) {
      throw new DocumentReadException(id, "cannot fill the CAS: " + e.getMessage(), e);
    }
  }

  @Override
  public Progress[] getProgress() {
    return new Progress[] {new ProgressImpl((int) Math.min(Integer.MAX_VALUE, read), -1, Progress.ENTITIES)};
  }

  @Override
  public void close() throws IOException {
    if (source != null) {
      source.close();
    }
    if (ahead != null) {
      ahead.close();
    }
    super.close();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
