package org.annalist.quotes.extract;

import java.util.ArrayList;
import java.util.List;
import org.annalist.quotes.text.QuoteMark;
import org.annalist.quotes.text.Token;

/**
 * Pairs quotation marks into outermost quotations. Marks of another family inside a quotation
 * open nested quotations, which stay part of the outer one. A quotation left open at the end of
 * a paragraph continues when the next paragraph starts with an opening mark of the same family
 * (the news convention for quotes running over several paragraphs); otherwise it is dropped as a
 * stray mark.
 */
public final class QuotationScanner {

  private QuotationScanner() {}

  public static List<Quotation> scan(List<Token> tokens) {
    List<Quotation> result = new ArrayList<>();
    QuoteMark.Family family = null;
    int openToken = -1;
    int fragmentStart = -1;
    List<Span> fragments = new ArrayList<>();
    List<QuoteMark.Family> nested = new ArrayList<>();
    boolean openedStraight = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (family != null && token.newlineBefore()) {
        boolean continues = token.isQuote() && token.mark().family() == family && token.mark().canOpen()
            && straight(token) == openedStraight;
        if (continues && i > 0 && tokens.get(i - 1).end() > fragmentStart) {
          fragments.add(new Span(fragmentStart, tokens.get(i - 1).end()));
          fragmentStart = token.end();
          nested.clear();
          continue;
        }
        family = null;
        fragments = new ArrayList<>();
        nested.clear();
      }
      if (!token.isQuote()) {
        continue;
      }
      QuoteMark mark = token.mark();
      if (family == null) {
        if (mark.direction() == QuoteMark.Direction.OPEN
            || (mark.direction() == QuoteMark.Direction.EITHER && mark.family() == QuoteMark.Family.DOUBLE)) {
          family = mark.family();
          openedStraight = straight(token);
          openToken = i;
          fragmentStart = token.end();
          fragments = new ArrayList<>();
        }
        continue;
      }
      if (!nested.isEmpty() && mark.family() == nested.get(nested.size() - 1) && mark.canClose()
          && mark.family() != family) {
        nested.remove(nested.size() - 1);
        continue;
      }
      if (mark.family() == family && mark.canClose()) {
        if (token.begin() > fragmentStart) {
          fragments.add(new Span(fragmentStart, token.begin()));
        }
        if (!fragments.isEmpty()) {
          result.add(new Quotation(openToken, i, List.copyOf(fragments)));
        }
        family = null;
        nested.clear();
        continue;
      }
      if (mark.family() == family && mark.direction() == QuoteMark.Direction.OPEN
          && straight(token) != openedStraight && fragments.isEmpty()) {
        // a stray straight mark before a curly quotation (or the reverse): restart at this one
        openedStraight = straight(token);
        openToken = i;
        fragmentStart = token.end();
        nested.clear();
        continue;
      }
      if (mark.family() != family && mark.direction() == QuoteMark.Direction.OPEN) {
        nested.add(mark.family());
      }
    }
    return result;
  }

  private static boolean straight(Token token) {
    char c = token.text().charAt(0);
    return c == '"' || c == '\'' || c == '`';
  }
}
