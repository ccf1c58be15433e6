package org.annalist.quotes.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.quotes.text.Token;

/**
 * The speaker turns of an interview transcript: paragraphs that open (after an optional quotation
 * mark) with a speaker label in capitals and a colon ({@code WALLACE: ...}, {@code Q: ...}). A turn's
 * content is the rest of its paragraph, and the next paragraphs while they open with the same
 * quotation mark as the turn and carry no label of their own. A region is read as a transcript only
 * when it holds at least two such paragraphs, so a lone {@code UPDATE:} or {@code WASHINGTON:} is not
 * a turn.
 */
final class TranscriptTurns {

  /** Capitalised labels that introduce notes, not speakers. */
  private static final Set<String> NOT_SPEAKERS = Set.of("update", "updated", "note", "editor", "editors",
      "correction", "clarification", "watch", "read", "related", "video", "photos", "photo", "source",
      "sources", "disclosure", "warning", "breaking", "exclusive", "caption", "credit", "transcript");

  /** One turn: the label tokens [labelStart, labelEnd), the colon, and the content spans. */
  record Turn(int labelStart, int labelEnd, int colon, List<Span> content) {}

  private TranscriptTurns() {}

  static List<Turn> find(String text, List<Token> tokens) {
    List<int[]> labelled = new ArrayList<>(); // {paragraph start token, label start, label end (colon)}
    List<Integer> paragraphStarts = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (i == 0 || tokens.get(i).newlineBefore()) {
        paragraphStarts.add(i);
        int[] label = labelAt(tokens, i);
        if (label != null) {
          labelled.add(new int[] {i, label[0], label[1]});
        }
      }
    }
    if (labelled.size() < 2) {
      return List.of();
    }
    List<Turn> turns = new ArrayList<>();
    int next = 0;
    for (int p = 0; p < paragraphStarts.size(); p++) {
      int start = paragraphStarts.get(p);
      if (next >= labelled.size() || labelled.get(next)[0] != start) {
        continue;
      }
      int[] label = labelled.get(next++);
      int colon = label[2];
      List<Span> content = new ArrayList<>();
      addParagraph(text, tokens, colon + 1, paragraphEnd(paragraphStarts, p, tokens.size()), content);
      Token opening = tokens.get(start);
      if (opening.isQuote()) {
        // "PENCE: ...¶"But the truth is ...": the turn goes on while paragraphs reopen the same mark
        for (int q = p + 1; q < paragraphStarts.size(); q++) {
          int s = paragraphStarts.get(q);
          Token first = tokens.get(s);
          if (!first.isQuote() || !first.text().equals(opening.text()) || labelAt(tokens, s) != null
              || s + 1 >= tokens.size() || tokens.get(s + 1).is("(")) {
            break;
          }
          addParagraph(text, tokens, s + 1, paragraphEnd(paragraphStarts, q, tokens.size()), content);
        }
      }
      if (!content.isEmpty()) {
        turns.add(new Turn(label[1], colon, colon, content));
      }
    }
    return turns;
  }

  /** {label start, colon} when the paragraph starting at token {@code s} opens with a speaker label. */
  private static int[] labelAt(List<Token> tokens, int s) {
    int k = s;
    if (k < tokens.size() && tokens.get(k).isQuote()) {
      k++;
    }
    int labelStart = k;
    while (k < tokens.size() && k - labelStart < 4 && isCapitalsWord(tokens.get(k))
        && (k == labelStart || !tokens.get(k).newlineBefore())) {
      k++;
    }
    if (k == labelStart || k >= tokens.size() || !tokens.get(k).is(":") || tokens.get(k).newlineBefore()
        || k + 1 >= tokens.size() || tokens.get(k + 1).newlineBefore()) {
      return null;
    }
    for (int i = labelStart; i < k; i++) {
      if (NOT_SPEAKERS.contains(tokens.get(i).lower().replace("'s", "").replace("’s", ""))) {
        return null;
      }
    }
    return new int[] {labelStart, k};
  }

  /** A word in capitals ("PENCE", "MCCAIN", "O'REILLY"), or the Q and A of an interview. */
  private static boolean isCapitalsWord(Token token) {
    String word = token.text();
    if (!token.isWord() || word.isEmpty() || !Character.isLetter(word.charAt(0))) {
      return false;
    }
    if (word.length() == 1) {
      return word.equals("Q") || word.equals("A");
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  private static int paragraphEnd(List<Integer> paragraphStarts, int p, int size) {
    return p + 1 < paragraphStarts.size() ? paragraphStarts.get(p + 1) : size;
  }

  /** The paragraph's text from token {@code from} to before token {@code to}, without a closing mark at its end. */
  private static void addParagraph(String text, List<Token> tokens, int from, int to, List<Span> content) {
    int end = to;
    while (end > from && tokens.get(end - 1).isQuote()) {
      end--;
    }
    if (end > from) {
      int b = tokens.get(from).begin();
      int e = tokens.get(end - 1).end();
      if (text.substring(b, e).strip().length() > 1) {
        content.add(new Span(b, e));
      }
    }
  }
}
