package org.annalist.dates.eval;

import java.util.ArrayList;
import java.util.List;
import org.annalist.dates.engine.TimexMention;

/** Lists missed gold mentions and spurious system mentions of one document (for development). */
final class SpanErrors {

  private SpanErrors() {}

  static List<String> list(TimeMlDocument document, List<TimexMention> system) {
    List<String> lines = new ArrayList<>();
    String text = document.text();
    for (TimeMlDocument.Gold gold : document.gold()) {
      TimexMention overlapping = null;
      for (TimexMention mention : system) {
        if (gold.begin() < mention.end() && mention.begin() < gold.end()) {
          overlapping = mention;
          break;
        }
      }
      if (overlapping == null) {
        lines.add("MISSED " + gold.type() + " " + gold.value() + " \"" + text.substring(gold.begin(), gold.end())
            + "\" in \"" + context(text, gold.begin(), gold.end()) + "\" " + document.id());
      } else if (!TimexValues.same(gold.value(), overlapping.value())) {
        lines.add("VALUE " + gold.value() + " -> " + overlapping.value() + " (" + overlapping.rule() + ") \""
            + text.substring(overlapping.begin(), overlapping.end()) + "\" in \"" + context(text, gold.begin(), gold.end())
            + "\" dct=" + document.dct() + " " + document.id());
      } else if (overlapping.begin() != gold.begin() || overlapping.end() != gold.end()) {
        lines.add("EXTENT gold \"" + text.substring(gold.begin(), gold.end()) + "\" system \""
            + text.substring(overlapping.begin(), overlapping.end()) + "\"");
      }
    }
    for (TimexMention mention : system) {
      boolean matched = document.gold().stream().anyMatch(g -> g.begin() < mention.end() && mention.begin() < g.end());
      if (!matched) {
        lines.add("SPURIOUS " + mention.type() + " " + mention.value() + " \""
            + text.substring(mention.begin(), mention.end()) + "\" (" + mention.rule() + ") in \""
            + context(text, mention.begin(), mention.end()) + "\"");
      }
    }
    return lines;
  }

  private static String context(String text, int begin, int end) {
    return text.substring(Math.max(0, begin - 40), Math.min(text.length(), end + 40)).replace('\n', ' ');
  }
}
