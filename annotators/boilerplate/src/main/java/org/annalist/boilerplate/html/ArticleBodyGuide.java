package org.annalist.boilerplate.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.boilerplate.Block;
import org.annalist.boilerplate.BlockKind;
import org.annalist.boilerplate.Reason;

/**
 * Judges blocks by the page's own JSON-LD {@code articleBody}: a block whose word trigrams mostly
 * occur in the body is article text. Used only when the DOM container kept far less text than the
 * publisher's structured data says the article has.
 */
final class ArticleBodyGuide {

  private ArticleBodyGuide() {}

  static List<Block> judge(List<RawBlock> raw, String articleBody, String title) {
    Set<String> bodyTrigrams = trigrams(words(articleBody));
    String normalisedTitle = ArticleExtractor.normalise(title);
    List<Block> out = new ArrayList<>(raw.size());
    for (RawBlock block : raw) {
      List<String> words = words(block.text);
      boolean content = false;
      if (words.size() >= 3 && block.kind != BlockKind.CAPTION
          && !(block.kind == BlockKind.HEADING && ArticleExtractor.normalise(block.text).equals(normalisedTitle))) {
        Set<String> own = trigrams(words);
        int hits = 0;
        for (String trigram : own) {
          if (bodyTrigrams.contains(trigram)) {
            hits++;
          }
        }
        content = hits >= 0.6 * own.size();
      }
      out.add(content
          ? Block.content(block.text, block.kind, 0.8)
          : Block.furniture(block.text, block.kind,
              block.namedFurniture != null ? block.namedFurniture : Reason.OTHER, 0.6));
    }
    return out;
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return words;
  }

  private static Set<String> trigrams(List<String> words) {
    Set<String> out = new HashSet<>();
    if (words.size() < 3) {
      out.add(String.join(" ", words));
      return out;
    }
    for (int i = 0; i + 2 < words.size(); i++) {
      out.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
    }
    return out;
  }
}
