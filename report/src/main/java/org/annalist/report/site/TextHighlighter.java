package org.annalist.report.site;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.annalist.report.model.Mention;

/**
 * Renders a document's text as HTML with every located mention wrapped in an element carrying
 * {@code data-annalist-type} and {@code data-value}. Mentions nest; where two cross, the inner one is
 * closed and reopened, the reopened part marked {@code data-continued} so that each mention has
 * exactly one element without that mark.
 */
final class TextHighlighter {

  /** Order of opening at the same offset: longer first, then the outer kinds first. */
  private static final Comparator<Indexed> OPENING = Comparator.<Indexed>comparingInt(m -> m.mention.begin())
      .thenComparing(Comparator.<Indexed>comparingInt(m -> m.mention.end()).reversed())
      .thenComparingInt(m -> rank(m.mention.type()))
      .thenComparingInt(m -> m.index);

  private record Indexed(Mention mention, int index) {}

  private TextHighlighter() {}

  /**
   * @param placeIndex for each place mention, the number of its marker on the page's map (by identity)
   */
  static String render(String text, List<Mention> mentions, Map<Mention, Integer> placeIndex,
      Map<String, String> speakerColours) {
    List<Indexed> located = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      if (mentions.get(i).located(text.length())) {
        located.add(new Indexed(mentions.get(i), i));
      }
    }
    located.sort(OPENING);
    TreeSet<Integer> boundaries = new TreeSet<>();
    boundaries.add(0);
    boundaries.add(text.length());
    for (Indexed m : located) {
      boundaries.add(m.mention.begin());
      boundaries.add(m.mention.end());
    }
    StringBuilder out = new StringBuilder(text.length() + text.length() / 4 + located.size() * 96);
    Deque<Indexed> open = new ArrayDeque<>();
    int next = 0;
    int position = 0;
    for (int boundary : boundaries) {
      if (boundary > position) {
        Html.escape(text, position, boundary, out);
        position = boundary;
      }
      closeEndingAt(boundary, open, out, placeIndex, speakerColours);
      while (next < located.size() && located.get(next).mention.begin() == boundary) {
        Indexed m = located.get(next++);
        if (m.mention.end() > boundary) {
          openTag(m, false, out, placeIndex, speakerColours);
          open.push(m);
        }
      }
    }
    while (!open.isEmpty()) {
      open.pop();
      out.append("</span>");
    }
    return out.toString();
  }

  private static void closeEndingAt(int boundary, Deque<Indexed> open, StringBuilder out,
      Map<Mention, Integer> placeIndex, Map<String, String> speakerColours) {
    if (open.stream().noneMatch(m -> m.mention.end() == boundary)) {
      return;
    }
    List<Indexed> reopen = new ArrayList<>();
    while (open.stream().anyMatch(m -> m.mention.end() == boundary)) {
      Indexed m = open.pop();
      out.append("</span>");
      if (m.mention.end() != boundary) {
        reopen.add(m);
      }
    }
    for (int i = reopen.size() - 1; i >= 0; i--) {
      openTag(reopen.get(i), true, out, placeIndex, speakerColours);
      open.push(reopen.get(i));
    }
  }

  private static void openTag(Indexed indexed, boolean continued, StringBuilder out,
      Map<Mention, Integer> placeIndex, Map<String, String> speakerColours) {
    Mention m = indexed.mention;
    out.append("<span class=\"hl hl-").append(cssClass(m.type())).append("\" data-annalist-type=\"");
    Html.escape(m.type(), 0, m.type().length(), out);
    out.append('"');
    if (m.value() != null) {
      out.append(" data-value=\"");
      Html.escape(m.value(), 0, m.value().length(), out);
      out.append('"');
    }
    Integer place = placeIndex.get(m);
    if (place != null) {
      out.append(" data-marker=\"").append(place).append('"');
    }
    String speaker = m.type().equals(Mention.QUOTE) || m.type().equals(Mention.CUE) || m.type().equals(Mention.SPEAKER)
        ? (m.value() == null ? "" : m.value()) : null;
    if (speaker != null) {
      out.append(" style=\"--speaker:").append(speakerColours.getOrDefault(speaker, "#ddd")).append('"');
    }
    if (continued) {
      out.append(" data-continued=\"true\"");
    }
    String title = tooltip(m);
    if (!title.isEmpty()) {
      out.append(" title=\"");
      Html.escape(title, 0, title.length(), out);
      out.append('"');
    }
    out.append('>');
  }

  private static String tooltip(Mention m) {
    return switch (m.type()) {
      case Mention.DATE -> "date: " + nullToUnknown(m.value())
          + (m.attribute("timexType") == null ? "" : " (" + m.attribute("timexType") + ")");
      case Mention.PLACE -> "place: " + nullToUnknown(m.attribute("name"))
          + (m.attribute("country") == null ? "" : ", " + m.attribute("country"))
          + (m.attribute("geonamesId") == null ? "" : " (GeoNames " + m.attribute("geonamesId") + ")");
      case Mention.QUOTE -> "quote by " + nullToUnknown(m.value());
      case Mention.CUE -> "cue of a quote by " + nullToUnknown(m.value());
      case Mention.SPEAKER -> "speaker: " + nullToUnknown(m.value());
      case Mention.FURNITURE -> "page furniture: " + m.value();
      default -> m.type() + (m.attribute("features") == null ? "" : " " + m.attribute("features"));
    };
  }

  private static String nullToUnknown(String value) {
    return value == null ? "unknown" : value;
  }

  static String cssClass(String type) {
    return switch (type) {
      case Mention.DATE, Mention.PLACE, Mention.QUOTE, Mention.CUE, Mention.SPEAKER, Mention.FURNITURE -> type;
      default -> "plugin";
    };
  }

  private static int rank(String type) {
    return switch (type) {
      case Mention.FURNITURE -> 0;
      case Mention.QUOTE -> 1;
      default -> 2;
    };
  }
}
