package org.annalist.reader.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.core.reader.DocumentReadException;
import org.annalist.core.text.TextEncoding;
import org.annalist.reader.tika.SourceItem.RawDocument;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * Turns a document's bytes into text, structure and metadata. Plain text is decoded and kept
 * exactly; every other format goes through Tika's {@link AutoDetectParser} into a
 * {@link StructureHandler}. HTML keeps all elements (Tika's identity mapper) and its decoded
 * source. Embedded documents (e-mail attachments, files inside Office documents) are parsed
 * into the same text.
 */
final class DocumentParser implements DocumentParsing {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentParser.class);

  private static final MediaType TEXT_PLAIN = MediaType.TEXT_PLAIN;
  private static final MediaType MARKDOWN = MediaType.parse("text/x-web-markdown");
  private static final MediaType XHTML = MediaType.application("xhtml+xml");
  /** Text with this share of NULs and control characters or more is not text. */
  private static final double MAX_CONTROL_SHARE = 0.25;

  /** Picks the parser by the content type the reader detected, so detection runs only once. */
  private final DefaultParser byType = new DefaultParser();
  /** Detects and parses embedded documents (attachments, files inside Office documents). */
  private final AutoDetectParser parser = new AutoDetectParser(byType);
  private final Detector detector = parser.getDetector();
  private final JSoupParser htmlParser = new JSoupParser();
  private final CharsetSniffer charsets;
  private final String defaultLanguage;
  private final int maxTextChars;
  private final boolean ocr;

  DocumentParser(String charsetHint, String defaultLanguage, int maxTextChars, boolean ocr) {
    this.charsets = new CharsetSniffer(charsetHint);
    this.defaultLanguage = blankToNull(defaultLanguage);
    this.maxTextChars = maxTextChars;
    this.ocr = ocr;
  }

  @Override
  public ParsedDocument parse(RawDocument doc, String checksum) throws DocumentReadException {
    byte[] bytes = doc.bytes();
    if (bytes.length == 0) {
      throw new DocumentReadException(doc.id(), "empty file (0 bytes)");
    }
    MediaType type = detect(doc);
    ParsedDocument parsed = isPlainText(type)
        ? parsePlainText(doc, type, checksum)
        : parseWithTika(doc, type, checksum);
    if (parsed.text().isBlank()) {
      throw new DocumentReadException(doc.id(), noTextReason(type));
    }
    double control = TextEncoding.controlShare(parsed.text());
    if (control >= MAX_CONTROL_SHARE) {
      throw new DocumentReadException(doc.id(), String.format(Locale.ROOT,
          "the extracted text is not text: %.0f %% of its characters are NULs or control characters "
              + "(binary data read as %s, or text in an encoding that was not recognised; "
              + "set the reader's charset if you know it)", 100 * control, type.getBaseType()));
    }
    return parsed.publishedDate() == null && doc.fallbackDate() != null
        ? parsed.withPublishedDate(doc.fallbackDate()) : parsed;
  }

  private static String noTextReason(MediaType type) {
    if (type.equals(MediaType.OCTET_STREAM)) {
      return "not a document format Annalist can read: the bytes are not text and match no known format "
          + "(detected as application/octet-stream)";
    }
    if (type.getType().equals("image")) {
      return "an image (" + type.getBaseType() + ") with no text layer; OCR is off (reader parameter ocr)";
    }
    if (type.equals(MediaType.application("pdf"))) {
      return "no text could be extracted from this PDF (empty, or only images without a text layer)";
    }
    return "no text could be extracted from this " + type.getBaseType() + " document (it holds no text)";
  }

  private MediaType detect(RawDocument doc) throws DocumentReadException {
    MediaType wide = wideText(doc.bytes());
    if (wide != null) {
      return wide;
    }
    MediaType quick = QuickTextDetector.detect(doc.resourceName(), doc.bytes());
    if (quick != null) {
      return quick;
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, doc.resourceName());
    try (InputStream in = TikaInputStream.get(doc.bytes())) {
      return detector.detect(in, metadata).getBaseType();
    } catch (IOException | RuntimeException e) {
      throw new DocumentReadException(doc.id(), "cannot detect the format: " + DocumentSource.describe(e), e);
    }
  }

  /**
   * Text in UTF-16 or UTF-32 (with a byte-order mark or recognised by its NUL pattern): HTML when
   * it starts with markup, else plain text; null for anything else.
   */
  private static MediaType wideText(byte[] bytes) {
    Charset charset = TextEncoding.byteOrderMark(bytes);
    if (charset == null) {
      charset = TextEncoding.withoutByteOrderMark(bytes);
    } else if (charset.equals(java.nio.charset.StandardCharsets.UTF_8)) {
      return null;
    }
    if (charset == null) {
      return null;
    }
    String head = CharsetSniffer.decode(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 4096)), charset);
    if (TextEncoding.controlShare(head) >= MAX_CONTROL_SHARE) {
      return null;
    }
    return head.stripLeading().startsWith("<") ? MediaType.TEXT_HTML : TEXT_PLAIN;
  }

  private static boolean isPlainText(MediaType type) {
    return type.equals(TEXT_PLAIN) || type.equals(MARKDOWN);
  }

  private static boolean isHtml(MediaType type) {
    return type.equals(MediaType.TEXT_HTML) || type.equals(XHTML);
  }

  private ParsedDocument parsePlainText(RawDocument doc, MediaType type, String checksum) {
    String text = charsets.sniffAndDecode(doc.bytes(), false, doc.declaredCharset()).text();
    if (text.length() > maxTextChars) {
      int cut = Character.isHighSurrogate(text.charAt(maxTextChars - 1)) ? maxTextChars - 1 : maxTextChars;
      text = text.substring(0, cut);
      LOG.warn("{}: text cut after {} characters (maxTextCharacters)", doc.id(), cut);
    }
    return new ParsedDocument(doc.id(), doc.sourceUri(), type.toString(), text,
        PlainTextLayout.paragraphs(text), null, null, defaultLanguage,
        PublishedDate.fromDateLine(text), checksum, doc.bytes().length, null);
  }

  private ParsedDocument parseWithTika(RawDocument doc, MediaType type, String checksum)
      throws DocumentReadException {
    boolean html = isHtml(type);
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, doc.resourceName());
    metadata.set(Metadata.CONTENT_TYPE, type.toString());
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser);
    if (!ocr) {
      TesseractOCRConfig noOcr = new TesseractOCRConfig();
      noOcr.setSkipOcr(true);
      context.set(TesseractOCRConfig.class, noOcr);
      context.set(EmbeddedDocumentExtractor.class, new TextOnlyEmbeddedExtractor(context));
    }
    CharsetSniffer.Decoded decoded = null;
    if (html) {
      decoded = charsets.sniffAndDecode(doc.bytes(), true, doc.declaredCharset());
      context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
      context.set(EncodingDetector.class, new FixedCharset(decoded.charset()));
    } else if (type.getType().equals("text")) {
      context.set(EncodingDetector.class, new FixedCharset(charsets.sniff(doc.bytes(), false, doc.declaredCharset())));
    }
    StructureHandler handler = new StructureHandler(maxTextChars);
    try {
      if (type.equals(MediaType.TEXT_HTML)) {
        parseHtml(decoded, handler, metadata, context);
      } else {
        try (InputStream in = TikaInputStream.get(doc.bytes())) {
          byType.parse(in, handler, metadata, context);
        }
      }
    } catch (EncryptedDocumentException e) {
      throw new DocumentReadException(doc.id(), "encrypted document (password protected)", e);
    } catch (ZeroByteFileException e) {
      throw new DocumentReadException(doc.id(), "empty file (0 bytes)", e);
    } catch (TikaException | SAXException | IOException | RuntimeException | StackOverflowError e) {
      throw new DocumentReadException(doc.id(),
          "cannot parse " + type + ": " + rootMessage(e), e);
    }
    if (handler.truncated()) {
      LOG.warn("{}: text cut after {} characters (maxTextCharacters)", doc.id(), maxTextChars);
    }
    Map<String, String> meta = lowerCaseFirstValues(metadata);
    String rawHtml = html ? decoded.text() : null;
    JsonLdFacts jsonLd = html ? JsonLdFacts.of(rawHtml) : JsonLdFacts.NONE;
    String title = html
        ? HtmlTitle.choose(topHeadings(handler), blankToNull(meta.get("og:title")),
            blankToNull(metadata.get(TikaCoreProperties.TITLE)), blankToNull(meta.get("og:site_name")))
        : firstNonBlank(metadata.get(TikaCoreProperties.TITLE));
    String author = firstNonBlank(jsonLd.author(), html ? meta.get("author") : null,
        String.join(", ", metadata.getValues(TikaCoreProperties.CREATOR)));
    PublishedDate date = html
        ? htmlDate(meta, jsonLd, handler, metadata)
        : PublishedDate.from(metadata.get(TikaCoreProperties.CREATED), "metadata:dcterms:created");
    return new ParsedDocument(doc.id(), doc.sourceUri(), type.toString(), handler.text(),
        handler.spans(), title, author, language(meta), date, checksum, doc.bytes().length, rawHtml);
  }

  /**
   * HTML goes straight to Tika's jsoup-based HTML parser with the source already decoded and
   * without its scripts and styles ({@link ScriptFreeHtml}), which the parser discards: the same
   * parser and SAX events as through {@link DefaultParser} (which would pick it for text/html),
   * without decoding the bytes a second time, tokenising half the page for nothing, or the parser
   * registry's per-call look-up of every parser's types.
   */
  private void parseHtml(CharsetSniffer.Decoded source, StructureHandler handler, Metadata metadata,
      ParseContext context) throws SAXException, TikaException {
    // what the parser records when it decodes the bytes itself
    metadata.set(Metadata.CONTENT_TYPE, new MediaType(MediaType.TEXT_HTML, source.charset()).toString());
    metadata.set(Metadata.CONTENT_ENCODING, source.charset().name());
    try {
      htmlParser.parseString(ScriptFreeHtml.of(source.text()), handler, metadata, context);
    } catch (RuntimeException e) {
      throw new TikaException("Unexpected RuntimeException from " + htmlParser, e);
    }
  }

  /** The charset the reader chose, handed to Tika's parsers in place of their own detection. */
  private record FixedCharset(Charset charset) implements EncodingDetector {
    @Override
    public Charset detect(InputStream in, Metadata metadata) {
      return charset;
    }
  }

  private static List<String> topHeadings(StructureHandler handler) {
    String text = handler.text();
    return handler.spans().stream()
        .filter(s -> s.kind() == StructureSpan.Kind.HEADING && s.level() == 1)
        .sorted(java.util.Comparator.comparingInt(StructureSpan::begin))
        .map(s -> text.substring(s.begin(), s.end()).replace('\n', ' '))
        .toList();
  }

  private static PublishedDate htmlDate(Map<String, String> meta, JsonLdFacts jsonLd,
      StructureHandler handler, Metadata metadata) {
    PublishedDate date = PublishedDate.fromHtmlMeta(meta);
    if (date == null) {
      date = PublishedDate.from(jsonLd.datePublished(), "json-ld");
    }
    for (int i = 0; date == null && i < handler.microdataDates().size(); i++) {
      date = PublishedDate.from(handler.microdataDates().get(i), "microdata");
    }
    List<StructureHandler.TimeTag> times = handler.timeTags();
    for (int i = 0; date == null && i < times.size(); i++) {
      if (times.get(i).published()) {
        date = PublishedDate.from(times.get(i).datetime(), "time-tag");
      }
    }
    if (date == null) {
      date = PublishedDate.from(metadata.get(TikaCoreProperties.CREATED), "metadata:dcterms:created");
    }
    for (int i = 0; date == null && i < times.size(); i++) {
      date = PublishedDate.from(times.get(i).datetime(), "time-tag");
    }
    return date;
  }

  private String language(Map<String, String> meta) {
    for (String key : List.of("dc:language", "content-language", "language")) {
      String code = languageCode(meta.get(key));
      if (code != null) {
        return code;
      }
    }
    return defaultLanguage;
  }

  /** The primary subtag of a language tag ({@code en-GB -> en}), or null when it is not one. */
  static String languageCode(String tag) {
    if (tag == null) {
      return null;
    }
    String primary = tag.strip().split("[-_,;\\s]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  private static Map<String, String> lowerCaseFirstValues(Metadata metadata) {
    Map<String, String> map = new HashMap<>();
    for (String name : metadata.names()) {
      String value = metadata.get(name);
      if (value != null && !value.isBlank()) {
        map.putIfAbsent(name.toLowerCase(Locale.ROOT), value.strip());
      }
    }
    return map;
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The innermost cause's message: Tika's wrappers only add noise such as "TIKA-198". */
  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = DocumentSource.describe(root);
    return root == e ? message : message + " (" + root.getClass().getSimpleName() + ")";
  }
}
