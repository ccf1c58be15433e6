package org.annalist.geo.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the XML of TR-News (also LGL's format: {@code <toponym><phrase><start><end><gaztag
 * geonameid><lat><lon>}) and GeoWebNews ({@code <toponym><extractedName><type><start><end>
 * <geonamesID><latitude><longitude>}) into gold documents.
 */
public final class GoldCorpusReader {

  /** The two supported schemas. */
  public enum Format { TRNEWS, GWN;

    public static Format parse(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "trnews", "tr-news", "lgl" -> TRNEWS;
        case "gwn", "geowebnews" -> GWN;
        default -> throw new IllegalArgumentException("unknown format " + value + " (trnews|gwn)");
      };
    }
  }

  private GoldCorpusReader() {}

  public static List<GoldDocument> read(Path file, Format format) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      XMLInputFactory factory = XMLInputFactory.newInstance();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      factory.setProperty(XMLInputFactory.IS_COALESCING, true);
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        return read(xml, format);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new IOException("malformed XML in " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<GoldDocument> read(XMLStreamReader xml, Format format) throws XMLStreamException {
    List<GoldDocument> documents = new ArrayList<>();
    String docId = null;
    String text = null;
    List<GoldToponym> toponyms = null;
    Map<String, String> fields = null;
    StringBuilder chars = new StringBuilder();
    int articleIndex = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        chars.setLength(0);
        switch (name) {
          case "article" -> {
            docId = xml.getAttributeValue(null, format == Format.TRNEWS ? "docid" : "file");
            if (docId == null) {
              docId = String.valueOf(articleIndex);
            }
            articleIndex++;
            text = null;
            toponyms = new ArrayList<>();
          }
          case "toponym" -> fields = new HashMap<>();
          case "gaztag" -> {
            if (fields != null) {
              fields.put("geonameid", String.valueOf(xml.getAttributeValue(null, "geonameid")));
            }
          }
          default -> { }
        }
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        chars.append(xml.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("text") && fields == null) {
          text = chars.toString();
        } else if (name.equals("toponym") && fields != null) {
          GoldToponym toponym = toponym(fields, format);
          if (toponym != null && toponyms != null) {
            toponyms.add(toponym);
          }
          fields = null;
        } else if (name.equals("article")) {
          if (text != null) {
            documents.add(new GoldDocument(docId, text, toponyms));
          }
        } else if (fields != null && !fields.containsKey(name)) {
          fields.put(name, chars.toString().strip());
        }
        chars.setLength(0);
      }
    }
    return documents;
  }

  private static GoldToponym toponym(Map<String, String> f, Format format) {
    try {
      int begin = Integer.parseInt(f.getOrDefault("start", "").strip());
      int end = Integer.parseInt(f.getOrDefault("end", "").strip());
      if (format == Format.TRNEWS) {
        return new GoldToponym(begin, end, f.getOrDefault("phrase", ""), "Literal",
            number(f.get("geonameid")), decimal(f.get("lat")), decimal(f.get("lon")),
            f.getOrDefault("fcode", ""));
      }
      return new GoldToponym(begin, end, f.getOrDefault("extractedName", ""),
          f.getOrDefault("type", ""), number(f.get("geonamesID")), decimal(f.get("latitude")),
          decimal(f.get("longitude")), "");
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static long number(String value) {
    try {
      return value == null || value.isBlank() ? 0 : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static double decimal(String value) {
    try {
      return value == null || value.isBlank() ? Double.NaN : Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
