package org.annalist.dates.eval;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.dates.engine.TimexMention;
import org.annalist.type.DocumentMetadata;

/**
 * Writes the raw predictions of {@code eval dates --predictions FILE}: one JSON object a line and
 * document, so that others can score them with their own scorer.
 */
final class PredictionWriter implements AutoCloseable {

  private final OutputStream out;
  private final JsonFactory factory = new JsonFactory();

  PredictionWriter(Path file) throws IOException {
    this.out = Files.newOutputStream(file);
  }

  void write(TimeMlDocument document, DocumentMetadata metadata, List<TimexMention> mentions) throws IOException {
    try (JsonGenerator json = factory.createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeStringField("document", document.id());
      json.writeStringField("goldDct", document.dct());
      json.writeStringField("dct", metadata == null ? null : metadata.getPublishedDate());
      json.writeStringField("dctSource", metadata == null ? null : metadata.getPublishedDateSource());
      if (metadata != null && metadata.getPublishedDateConfidence() > 0) {
        json.writeNumberField("dctConfidence", metadata.getPublishedDateConfidence());
      }
      json.writeStringField("documentType", metadata == null ? null : metadata.getDocumentType());
      json.writeArrayFieldStart("mentions");
      for (TimexMention mention : mentions) {
        json.writeStartObject();
        json.writeNumberField("begin", mention.begin());
        json.writeNumberField("end", mention.end());
        json.writeStringField("text", document.text().substring(mention.begin(), mention.end()));
        json.writeStringField("type", mention.type());
        json.writeStringField("value", mention.value());
        writeIfPresent(json, "mod", mention.mod());
        writeIfPresent(json, "anchor", mention.anchor());
        writeIfPresent(json, "anchorSource", mention.anchorSource());
        writeIfPresent(json, "quant", mention.quant());
        writeIfPresent(json, "freq", mention.freq());
        writeIfPresent(json, "rule", mention.rule());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeIfPresent(JsonGenerator json, String name, String value) throws IOException {
    if (value != null) {
      json.writeStringField(name, value);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  /** Lets a generator close without closing the file under it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
