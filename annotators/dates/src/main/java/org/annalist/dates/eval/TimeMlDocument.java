package org.annalist.dates.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A TimeML document reduced to what the evaluation needs: the plain text of its TEXT element
 * (tags removed, entities decoded), the gold TIMEX3 mentions with offsets into that text, and
 * the document creation time from the DCT element (which is not a gold mention of the text).
 */
public record TimeMlDocument(String id, String text, String dct, List<Gold> gold) {

  /** A gold TIMEX3 of the text. */
  public record Gold(int begin, int end, String type, String value, String mod) {}

  public static TimeMlDocument parse(String id, String xml) {
    String dct = null;
    int dctStart = xml.indexOf("<DCT>");
    if (dctStart >= 0) {
      int dctEnd = xml.indexOf("</DCT>", dctStart);
      String dctXml = xml.substring(dctStart, dctEnd < 0 ? xml.length() : dctEnd);
      dct = attributes(dctXml.substring(dctXml.indexOf("<TIMEX3") < 0 ? 0 : dctXml.indexOf("<TIMEX3"))).get("value");
    }
    int textStart = xml.indexOf("<TEXT>");
    int textEnd = xml.lastIndexOf("</TEXT>");
    if (textStart < 0 || textEnd < textStart) {
      throw new IllegalArgumentException(id + ": no <TEXT> element");
    }
    String body = xml.substring(textStart + "<TEXT>".length(), textEnd);
    StringBuilder text = new StringBuilder(body.length());
    List<Gold> gold = new ArrayList<>();
    Map<String, String> open = null;
    int openAt = -1;
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '<') {
        int close = body.indexOf('>', i);
        if (close < 0) {
          break;
        }
        String tag = body.substring(i + 1, close);
        if (tag.startsWith("TIMEX3")) {
          open = attributes(tag);
          openAt = text.length();
          if (tag.endsWith("/")) {
            open = null;
          }
        } else if (tag.equals("/TIMEX3") && open != null) {
          gold.add(new Gold(openAt, text.length(), open.get("type"), open.get("value"), open.get("mod")));
          open = null;
        }
        i = close + 1;
      } else if (c == '&') {
        int semicolon = body.indexOf(';', i);
        String entity = semicolon > i && semicolon - i < 8 ? body.substring(i + 1, semicolon) : "";
        String decoded = switch (entity) {
          case "amp" -> "&";
          case "lt" -> "<";
          case "gt" -> ">";
          case "quot" -> "\"";
          case "apos" -> "'";
          default -> null;
        };
        if (decoded == null) {
          text.append(c);
          i++;
        } else {
          text.append(decoded);
          i = semicolon + 1;
        }
      } else {
        text.append(c);
        i++;
      }
    }
    return new TimeMlDocument(id, text.toString(), dct, gold);
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new HashMap<>();
    int i = 0;
    while (true) {
      int eq = tag.indexOf("=\"", i);
      if (eq < 0) {
        return attributes;
      }
      int nameStart = eq;
      while (nameStart > 0 && !Character.isWhitespace(tag.charAt(nameStart - 1))) {
        nameStart--;
      }
      int valueEnd = tag.indexOf('"', eq + 2);
      if (valueEnd < 0) {
        return attributes;
      }
      attributes.put(tag.substring(nameStart, eq), tag.substring(eq + 2, valueEnd));
      i = valueEnd + 1;
    }
  }
}
