package org.annalist.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.core.plugin.InputPath;
import org.annalist.core.reader.DocumentReadException;
import org.annalist.core.reader.ResumableReader;
import org.annalist.core.reader.SkipFilter;
import org.annalist.reader.tika.PayloadParsing;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.UimaContext;
import org.apache.uima.collection.CollectionException;
import org.apache.uima.fit.component.JCasCollectionReader_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.Progress;
import org.apache.uima.util.ProgressImpl;

/**
 * Reads documents from JSON Lines: one JSON object per line with an id and a plain text, or the
 * page's HTML ({@code html}), or the document's bytes in base64 ({@code bytes}: HTML, PDF, Office
 * ...), and optionally a title, a URL and a date. HTML and bytes go through the Tika reader's
 * parsing path, so structure, the raw-HTML view (for boilerplate stripping) and the page's own
 * date and title are there as for files. Files ending in {@code .gz} are decompressed. This is
 * the record input of {@code annalist-spark --input-format jsonl}, and a reader of its own
 * ({@code jsonl-records}) for the local runner.
 */
public class JsonlRecordReader extends JCasCollectionReader_ImplBase implements ResumableReader {

  public static final String PARAM_ID_FIELD = "idField";
  public static final String PARAM_TEXT_FIELD = "textField";
  public static final String PARAM_TITLE_FIELD = "titleField";
  public static final String PARAM_URL_FIELD = "urlField";
  public static final String PARAM_DATE_FIELD = "dateField";
  public static final String PARAM_LANGUAGE = "language";
  public static final String PARAM_MAX_RECORD_CHARACTERS = "maxRecordCharacters";
  public static final String PARAM_HTML_FIELD = "htmlField";
  public static final String PARAM_BYTES_FIELD = "bytesField";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");

  @InputPath
  @ConfigurationParameter(name = ComponentParameters.SOURCE_LOCATION,
      description = "A JSON Lines file (.jsonl, .jsonl.gz) or a folder of them (read in name order, hidden files skipped).")
  private String sourceLocation;

  @ConfigurationParameter(name = PARAM_ID_FIELD, mandatory = false, defaultValue = "id",
      description = "Field holding the document id.")
  private String idField;

  @ConfigurationParameter(name = PARAM_TEXT_FIELD, mandatory = false, defaultValue = "text",
      description = "Field holding the plain text.")
  private String textField;

  @ConfigurationParameter(name = PARAM_HTML_FIELD, mandatory = false, defaultValue = "html",
      description = "Field holding the page's HTML, read when the record has no text field.")
  private String htmlField;

  @ConfigurationParameter(name = PARAM_BYTES_FIELD, mandatory = false, defaultValue = "bytes",
      description = "Field holding the document's bytes in base64 (any format Tika reads), read when the record has "
          + "neither text nor HTML.")
  private String bytesField;

  @ConfigurationParameter(name = PARAM_TITLE_FIELD, mandatory = false, defaultValue = "title",
      description = "Field holding the title (optional in records).")
  private String titleField;

  @ConfigurationParameter(name = PARAM_URL_FIELD, mandatory = false, defaultValue = "url",
      description = "Field holding the source URL (optional in records).")
  private String urlField;

  @ConfigurationParameter(name = PARAM_DATE_FIELD, mandatory = false, defaultValue = "date",
      description = "Field holding the publication date as ISO yyyy-mm-dd[Thh:mm...] (optional in records).")
  private String dateField;

  @ConfigurationParameter(name = PARAM_LANGUAGE, mandatory = false, defaultValue = "en",
      description = "Language code given to every document.")
  private String language;

  @ConfigurationParameter(name = PARAM_MAX_RECORD_CHARACTERS, mandatory = false, defaultValue = "20000000",
      description = "Longest record line; longer records are reported as failed documents.")
  private int maxRecordCharacters;

  private final Deque<Path> files = new ArrayDeque<>();
  private BoundedLineReader lines;
  private Path currentFile;
  private Pending pending;
  private SkipFilter skipFilter = SkipFilter.NONE;
  private long skipped;
  private long returned;

  /** The next record, parsed in hasNext so that the skip filter sees its id. */
  private record Pending(String id, String checksum, JsonNode record, String problem, long sizeBytes,
      PayloadParsing.Payload payload) {

    Pending(String id, String checksum, JsonNode record, String problem, long sizeBytes) {
      this(id, checksum, record, problem, sizeBytes, null);
    }
  }

  private PayloadParsing parsing;

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    parsing = new PayloadParsing(null, language, 10_000_000, 1, 120);
    Path source = Path.of(sourceLocation);
    try {
      if (Files.isDirectory(source)) {
        try (Stream<Path> listing = Files.list(source)) {
          List<Path> found = listing
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
          files.addAll(found);
        }
      } else {
        files.add(source);
      }
    } catch (IOException e) {
      throw new ResourceInitializationException(e);
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
  public boolean hasNext() throws IOException {
    while (pending == null) {
      BoundedLineReader.Line line = nextLine();
      if (line == null) {
        return false;
      }
      if (line.text().isBlank()) {
        continue;
      }
      Pending candidate = parse(line);
      if (candidate.problem() == null && skipFilter.shouldSkip(candidate.id(), candidate.checksum())) {
        skipped++;
        continue;
      }
      pending = candidate;
    }
    return true;
  }

  private BoundedLineReader.Line nextLine() throws IOException {
    while (true) {
      if (lines == null) {
        if (files.isEmpty()) {
          return null;
        }
        currentFile = files.poll();
        InputStream in = Files.newInputStream(currentFile);
        if (currentFile.getFileName().toString().endsWith(".gz")) {
          in = new GZIPInputStream(in, 65536);
        }
        lines = new BoundedLineReader(new InputStreamReader(in, StandardCharsets.UTF_8), maxRecordCharacters);
      }
      BoundedLineReader.Line line = lines.next();
      if (line != null) {
        return line;
      }
      lines.close();
      lines = null;
    }
  }

  private Pending parse(BoundedLineReader.Line line) {
    String where = currentFile.getFileName() + ":" + line.number();
    if (line.cut()) {
      return new Pending(where, null, null, "the record is longer than " + maxRecordCharacters + " characters", 0);
    }
    byte[] bytes = line.text().getBytes(StandardCharsets.UTF_8);
    JsonNode record;
    try {
      record = JSON.readTree(line.text());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return new Pending(where, null, null, "not a JSON object: " + e.getOriginalMessage(), bytes.length);
    }
    if (record == null || !record.isObject()) {
      return new Pending(where, null, null, "not a JSON object", bytes.length);
    }
    JsonNode id = record.get(idField);
    if (id == null || !id.isValueNode() || id.asText().isBlank()) {
      return new Pending(where, null, null, "the record has no '" + idField + "'", bytes.length);
    }
    JsonNode text = record.get(textField);
    if (text == null || !text.isTextual()) {
      return parseable(id.asText(), record, bytes);
    }
    return new Pending(id.asText(), sha256(bytes), record, null, bytes.length);
  }

  @Override
  public void getNext(JCas jcas) throws IOException, CollectionException {
    if (!hasNext()) {
      throw new CollectionException(new IllegalStateException("no more records"));
    }
    Pending next = pending;
    pending = null;
    returned++;
    if (next.problem() != null) {
      throw new DocumentReadException(next.id(), next.id() + ": " + next.problem());
    }
    JsonNode record = next.record();
    if (next.payload() != null) {
      parsing.add(next.payload(), next.checksum());
      parsing.next(jcas);
      return;
    }
    String text = record.get(textField).asText();
    jcas.setDocumentText(text);
    jcas.setDocumentLanguage(language);
    DocumentMetadata metadata = new DocumentMetadata(jcas, 0, text.length());
    metadata.setDocumentId(next.id());
    metadata.setSourceUri(textOrNull(record, urlField));
    metadata.setTitle(textOrNull(record, titleField));
    metadata.setContentType("text/plain");
    metadata.setLanguage(language);
    metadata.setChecksum(next.checksum());
    metadata.setSizeBytes(next.sizeBytes());
    String date = textOrNull(record, dateField);
    if (date != null && ISO_DATE.matcher(date).matches()) {
      metadata.setPublishedDate(date.substring(0, 10));
      metadata.setPublishedDateSource("record");
    }
    metadata.addToIndexes();
  }

  /** A record with HTML or base64 bytes instead of text, for the Tika parsing path. */
  private Pending parseable(String id, JsonNode record, byte[] line) {
    JsonNode html = record.get(htmlField);
    byte[] content;
    String name;
    String url = textOrNull(record, urlField);
    if (html != null && html.isTextual()) {
      content = html.asText().getBytes(StandardCharsets.UTF_8);
      name = "record.html";
    } else {
      JsonNode encoded = record.get(bytesField);
      if (encoded == null || !encoded.isTextual()) {
        return new Pending(id, null, null, "the record has none of the fields '" + textField + "', '" + htmlField
            + "' or '" + bytesField + "'", line.length);
      }
      try {
        content = Base64.getMimeDecoder().decode(encoded.asText());
      } catch (IllegalArgumentException e) {
        return new Pending(id, null, null, "'" + bytesField + "' is not base64: " + e.getMessage(), line.length);
      }
      name = url == null ? "record" : url.replaceAll("[?#].*", "").substring(url.replaceAll("[?#].*", "")
          .lastIndexOf('/') + 1);
    }
    String date = textOrNull(record, dateField);
    PayloadParsing.Payload payload = new PayloadParsing.Payload(id, url, name.isEmpty() ? "record" : name, content,
        html != null && html.isTextual() ? "UTF-8" : null, date, "record");
    return new Pending(id, sha256(line), record, null, line.length, payload);
  }

  private static String textOrNull(JsonNode record, String field) {
    JsonNode value = record.get(field);
    return value == null || !value.isValueNode() || value.asText().isBlank() ? null : value.asText();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Progress[] getProgress() {
    return new Progress[] {new ProgressImpl((int) Math.min(Integer.MAX_VALUE, returned), -1, Progress.ENTITIES)};
  }

  @Override
  public void close() throws IOException {
    if (parsing != null) {
      parsing.close();
    }
    if (lines != null) {
      lines.close();
      lines = null;
    }
  }
}
