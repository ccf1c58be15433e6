package org.annalist.quotes.extract;

import java.util.List;
import org.annalist.quotes.text.Token;

/**
 * Finds and classifies speaker mentions next to a cue: a name with its titles, a description
 * ("a coalition official"), an organisation, a document ("the statement") or a pronoun, plus a
 * role given in apposition ("John Kirby, Pentagon press secretary, said").
 */
public final class MentionParser {

  private static final int MAX_MENTION = 12;
  private static final int MAX_APPOSITION = 30;

  private final Lexicons lexicons;
  private final String text;
  private final List<Token> tokens;

  public MentionParser(Lexicons lexicons, String text, List<Token> tokens) {
    this.lexicons = lexicons;
    this.text = text;
    this.tokens = tokens;
  }

  /** The noun phrase that ends just before token {@code end}, not reaching before {@code floor}. */
  public Mention before(int end, int floor) {
    if (end - 1 > floor + 1 && (tokens.get(end - 1).lower().equals("who") || tokens.get(end - 1).lower().equals("which"))) {
      // "Carter, who said ...": the relative pronoun is the mention, its antecedent the speaker
      int antecedentEnd = tokens.get(end - 2).is(",") ? end - 2 : end - 1;
      Mention antecedent = antecedentEnd > floor + 1 ? before(antecedentEnd, floor) : null;
      if (antecedentEnd == end - 2 && antecedentEnd > floor + 1) {
        // "Tom Becker, a policy adviser at the group RiverWatch, who said": the person, not the group
        Mention apposed = apposedBefore(antecedentEnd, floor);
        if (apposed != null && apposed.kind() == EntityKind.PERSON) {
          antecedent = apposed;
        }
      }
      Token relative = tokens.get(end - 1);
      if (relative.lower().equals("who") && (antecedent == null || antecedent.kind() == EntityKind.PRONOUN
          || (antecedent.kind() == EntityKind.DESCRIPTION && !plausibleSource(antecedent)))) {
        // "..., who said he was stiffed": "who" is a person even when its antecedent is not found
        return new Mention(new Span(relative.begin(), relative.end()), EntityKind.PRONOUN, null, null, "who", true);
      }
      if (antecedent == null || antecedent.kind() == EntityKind.PRONOUN) {
        return null;
      }
      return new Mention(new Span(relative.begin(), relative.end()), antecedent.kind(), antecedent.name(),
          antecedent.role(), antecedent.head(), antecedent.definite());
    }
    if (end - 1 > floor && tokens.get(end - 1).is(")")) {
      // "Jason Chaffetz (R-Utah) said": the parenthesis is not part of the name
      for (int k = end - 2; k > floor && end - k <= 8; k--) {
        if (tokens.get(k).is("(")) {
          return before(k, floor);
        }
      }
      return null;
    }
    int start = walkLeft(end, floor);
    if (start == end && end - 1 > floor && tokens.get(end - 1).is(",")) {
      return apposedBefore(end - 1, floor);
    }
    if (start == end) {
      return null;
    }
    // "John W. Brennan, Jr. said": a name suffix after a comma belongs to the name
    if (end - start == 1 && Words.NAME_SUFFIXES.contains(tokens.get(start).lower())
        && start - 1 > floor && tokens.get(start - 1).is(",")) {
      int nameStart = walkLeft(start - 1, floor);
      if (nameStart < start - 1) {
        return classify(nameStart, end, null);
      }
    }
    Mention mention = classify(start, end, null);
    if (mention != null && mention.kind() == EntityKind.GROUP) {
      mention = extendGroupLeft(mention, start, end, floor);
    }
    return mention;
  }

  /** "Germany, Denmark, Norway and Poland said": earlier names of the list, each after a comma. */
  private Mention extendGroupLeft(Mention group, int start, int end, int floor) {
    int from = start;
    while (from - 2 > floor && tokens.get(from - 1).is(",")) {
      int runEnd = from - 1;
      int runStart = runEnd;
      while (runStart - 1 > floor && runEnd - runStart < 5 && tokens.get(runStart - 1).isWord()
          && tokens.get(runStart - 1).isCapitalised() && !Words.NON_NAME_CAPITALS.contains(tokens.get(runStart - 1).lower())) {
        runStart--;
      }
      if (runStart == runEnd) {
        break;
      }
      Mention member = classify(runStart, runEnd, null);
      if (member == null || (member.kind() != EntityKind.PERSON && member.kind() != EntityKind.ORGANIZATION)) {
        break;
      }
      from = runStart;
    }
    if (from == start) {
      return group;
    }
    return new Mention(new Span(tokens.get(from).begin(), tokens.get(end - 1).end()), EntityKind.GROUP,
        text(from, end), null, group.head(), group.definite());
  }

  /**
   * Coordinated names inside [s, to): "Norway and Poland", "Trump and Clinton" (each side a person
   * or organisation name, no "of" before the "and" as in "Department of Health and Human Services").
   */
  private Mention group(int from, int s, int to) {
    for (int a = s + 1; a < to - 1; a++) {
      String lower = tokens.get(a).lower();
      if (lower.equals("of") || lower.equals("for")) {
        return null;
      }
      if (!(lower.equals("and") || lower.equals("&")) || !tokens.get(a - 1).isCapitalised()
          || !tokens.get(a + 1).isCapitalised()) {
        continue;
      }
      Mention left = classify(s, a, null);
      Mention right = classify(a + 1, to, null);
      if (left == null || right == null || left.name() == null || right.name() == null
          || (left.kind() != EntityKind.PERSON && left.kind() != EntityKind.ORGANIZATION)
          || (right.kind() != EntityKind.PERSON && right.kind() != EntityKind.ORGANIZATION)) {
        return null;
      }
      return new Mention(new Span(tokens.get(from).begin(), tokens.get(to - 1).end()), EntityKind.GROUP,
          text(s, to), null, right.head(), Words.DEFINITE.contains(tokens.get(from).lower()));
    }
    return null;
  }

  /** "NAME, ROLE, said": the comma before the cue is at {@code comma}. */
  private Mention apposedBefore(int comma, int floor) {
    int open = -1;
    for (int i = comma - 1; i > floor && comma - i <= MAX_APPOSITION; i--) {
      Token t = tokens.get(i);
      if (t.is(",")) {
        open = i;
        break;
      }
      if (t.isQuote() || t.isTerminal() || t.is(";") || t.is(":")) {
        return null;
      }
    }
    if (open < 0 || open == comma - 1) {
      return null;
    }
    Mention head = before(open, floor);
    if (head == null) {
      return null;
    }
    int headStart = tokenIndexAt(head.span().begin(), open);
    if (head.kind() == EntityKind.DESCRIPTION && headStart - 1 > floor + 1 && tokens.get(headStart - 1).is(",")
        && headStart - 1 == walkLeftToComma(open, floor)) {
      // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": a second
      // apposition; the name before the first one speaks, with the first as its role
      Mention named = apposedBefore(open, floor);
      int namedStart = named == null ? -1 : tokenIndexAt(named.span().begin(), open);
      if (named != null && (named.kind() == EntityKind.PERSON || named.kind() == EntityKind.ORGANIZATION)
          && (namedStart - 1 <= floor || !Words.PREPOSITIONS.contains(tokens.get(namedStart - 1).lower()))
          && !isPersonName(open + 1, comma)) {
        return named;
      }
    }
    if (head.kind() == EntityKind.DESCRIPTION && !tokens.get(open - 1).isCapitalised() && isPersonName(open + 1, comma)) {
      // "her senior policy adviser, Jake Sullivan, said": the name in the apposition speaks
      Mention person = classify(open + 1, comma, null);
      return new Mention(new Span(head.span().begin(), tokens.get(comma - 1).end()), EntityKind.PERSON,
          person.name(), stripDeterminer(headStart, open), person.head(), person.definite());
    }
    String segmentFirst = tokens.get(open + 1).lower();
    if (Words.NAME_SUFFIXES.contains(segmentFirst) && comma - open == 2) {
      return classify(tokenIndexAt(head.span().begin(), open), comma, null);
    }
    boolean relative = segmentFirst.equals("who") || segmentFirst.equals("which")
        || segmentFirst.equals("whose") || segmentFirst.equals("whom");
    if (relative || head.kind() == EntityKind.PRONOUN) {
      return head;
    }
    String role = stripDeterminer(open + 1, comma);
    return head.role() == null || head.kind() == EntityKind.PERSON ? head.withRole(role) : head;
  }

  private boolean isPersonName(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!tokens.get(k).isCapitalised() && !tokens.get(k).is(".")) {
        return false;
      }
    }
    Mention mention = classify(from, to, null);
    return mention != null && mention.kind() == EntityKind.PERSON && mention.name() != null
        && mention.span().begin() == tokens.get(from).begin();
  }

  /** The comma that opens the apposition ending before {@code comma}, or -1. */
  private int walkLeftToComma(int comma, int floor) {
    for (int i = comma - 1; i > floor && comma - i <= MAX_APPOSITION; i--) {
      Token t = tokens.get(i);
      if (t.is(",")) {
        return i;
      }
      if (t.isQuote() || t.isTerminal() || t.is(";") || t.is(":")) {
        return -1;
      }
    }
    return -1;
  }

  /** The noun phrase starting at {@code start} (after an inverted cue: "said John Kirby, ..."). */
  public Mention after(int start, int limit) {
    int i = start;
    while (i < limit && (Words.WEEKDAYS.contains(tokens.get(i).lower()))) {
      i++;
    }
    int begin = i;
    int end = begin;
    while (end < limit && end - begin < MAX_MENTION) {
      Token t = tokens.get(end);
      if (!t.isWord() || (end > begin && t.newlineBefore())) {
        break;
      }
      String lower = t.lower();
      if (end > begin && (lower.equals("who") || lower.equals("which") || lower.equals("that")
          || lower.equals("in") || lower.equals("on") || lower.equals("during") || lower.equals("at")
          || lower.equals("to") || lower.equals("when") || lower.equals("while") || lower.equals("after")
          || lower.equals("before") || lower.equals("because") || Words.WEEKDAYS.contains(lower)
          || lexicons.cues().match(tokens, end, limit) != null)) {
        break;
      }
      if (lower.equals("and") && !(end + 1 < limit && tokens.get(end + 1).isCapitalised())) {
        break;
      }
      if (end > begin && !lower.equals("and") && Words.CLAUSE_WORDS.contains(lower)) {
        break;
      }
      end++;
    }
    if (end == begin) {
      return null;
    }
    // name suffix after a comma: "John W. Brennan, Jr."
    if (end + 1 < limit && tokens.get(end).is(",")
        && Words.NAME_SUFFIXES.contains(tokens.get(end + 1).lower())) {
      end += 2;
    }
    Mention mention = classify(begin, end, null);
    if (mention == null) {
      return null;
    }
    if (end < limit && tokens.get(end).is(",") && mention.kind() != EntityKind.PRONOUN) {
      int stop = end + 1;
      while (stop < limit && stop - end <= MAX_APPOSITION && !tokens.get(stop).is(",")
          && !tokens.get(stop).isTerminal() && !tokens.get(stop).isQuote() && !tokens.get(stop).is(";")) {
        stop++;
      }
      String first = end + 1 < limit ? tokens.get(end + 1).lower() : "";
      boolean relative = first.equals("who") || first.equals("which") || first.equals("whose");
      if (stop > end + 1 && stop - end <= MAX_APPOSITION && !relative
          && (stop >= limit || !tokens.get(stop).isQuote())) {
        String role = stripDeterminer(end + 1, stop);
        if (mention.kind() == EntityKind.PERSON || mention.role() == null) {
          mention = mention.withRole(role);
        }
      }
    }
    return mention;
  }

  /** Leftmost token of a noun phrase ending before {@code end}. */
  private int walkLeft(int end, int floor) {
    int i = end;
    while (i - 1 > floor && end - (i - 1) <= MAX_MENTION) {
      Token t = tokens.get(i - 1);
      if (!t.isWord()) {
        break;
      }
      String lower = t.lower();
      if (Words.CLAUSE_WORDS.contains(lower) && !(lower.equals("and") && isNameAround(i - 1))) {
        break;
      }
      if (Words.WEEKDAYS.contains(lower)) {
        break;
      }
      if (Words.MONTHS.contains(lower) && i - 2 > floor
          && Words.PREPOSITIONS.contains(tokens.get(i - 2).lower())) {
        break;
      }
      if (Character.isDigit(lower.charAt(0)) && !(i < end && tokens.get(i).lower().equals("percent"))) {
        break;
      }
      if (lexicons.cues().match(tokens, i - 1, end) != null && i - 1 < end - 1 && !t.isCapitalised()) {
        break;
      }
      i--;
      if (t.newlineBefore()) {
        break;
      }
    }
    // drop a sentence-initial connective that is capitalised ("But", "And")
    while (i < end && Words.NON_NAME_CAPITALS.contains(tokens.get(i).lower())
        && !Words.DETERMINERS.contains(tokens.get(i).lower())
        && !Words.PRONOUNS.contains(tokens.get(i).lower())) {
      i++;
    }
    return i;
  }

  private int tokenIndexAt(int offset, int limit) {
    int i = limit - 1;
    while (i > 0 && tokens.get(i).begin() > offset) {
      i--;
    }
    return i;
  }

  private boolean isNameAround(int i) {
    return i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).isCapitalised()
        && tokens.get(i + 1).isCapitalised();
  }

  /** Classifies tokens [from, to) as a mention; null when they cannot be a speaker. */
  public Mention classify(int from, int to, String role) {
    if (from >= to) {
      return null;
    }
    Span span = new Span(tokens.get(from).begin(), tokens.get(to - 1).end());
    String firstLower = tokens.get(from).lower();
    if (to - from == 1 && Words.PRONOUNS.contains(firstLower)) {
      return new Mention(span, EntityKind.PRONOUN, null, null, firstLower, true);
    }
    boolean definite = Words.DEFINITE.contains(firstLower) || firstLower.endsWith("’s") || firstLower.endsWith("'s");
    int s = from;
    while (s < to - 1 && Words.DETERMINERS.contains(tokens.get(s).lower())) {
      s++;
    }
    Mention coordinated = group(from, s, to);
    if (coordinated != null) {
      return coordinated;
    }
    int coreEnd = to;
    for (int i = s + 1; i < to; i++) {
      String lower = tokens.get(i).lower();
      if (Words.PREPOSITIONS.contains(lower)) {
        boolean ofInName = (lower.equals("of") || lower.equals("for")) && tokens.get(i - 1).isCapitalised()
            && i + 1 < to && tokens.get(i + 1).isCapitalised();
        if (!ofInName) {
          coreEnd = i;
          break;
        }
      }
    }
    int runStart = coreEnd;
    while (runStart - 1 >= s && isNameToken(runStart - 1, coreEnd)) {
      runStart--;
    }
    if (runStart < coreEnd) {
      int lastTitle = -1;
      for (int i = runStart; i < coreEnd; i++) {
        if (lexicons.isTitle(tokens.get(i).lower())) {
          lastTitle = i;
        }
      }
      int nameStart = lastTitle + 1 > runStart ? lastTitle + 1 : runStart;
      while (nameStart < coreEnd - 1 && isLocativeModifier(tokens.get(nameStart).text())) {
        nameStart++; // "the Britain-based Syrian Observatory ...": where it is based is no part of the name
      }
      if (nameStart < coreEnd && tokens.get(nameStart).lower().equals("of") && nameStart + 2 < coreEnd) {
        nameStart += 2;
      }
      while (nameStart < coreEnd && Words.NAME_SUFFIXES.contains(tokens.get(nameStart).lower())) {
        nameStart++;
      }
      if (nameStart >= coreEnd) {
        String head = tokens.get(coreEnd - 1).lower();
        return new Mention(span, EntityKind.DESCRIPTION, null, orNull(text(s, to)), head, definite);
      }
      String name = text(nameStart, coreEnd);
      String lastWord = Words.stripPossessive(tokens.get(coreEnd - 1).lower());
      boolean acronym = isAcronym(tokens.get(coreEnd - 1).text());
      boolean organisation = lexicons.isOrganisationWord(lastWord) || acronym
          || (definite && lastTitle < 0 && s > from) || organisationBeforePreposition(nameStart, coreEnd);
      if (organisation) {
        String orgName = lastTitle < 0 && !isLocativeModifier(tokens.get(runStart).text()) ? text(runStart, coreEnd) : name;
        return new Mention(span, EntityKind.ORGANIZATION, orgName, role, lastWord, definite);
      }
      String titleRole = role != null ? role : roleText(s, nameStart);
      return new Mention(span, EntityKind.PERSON, name, titleRole, lastWord, definite);
    }
    String head = Words.stripPossessive(tokens.get(coreEnd - 1).lower());
    if (Words.PRONOUNS.contains(head)) {
      return null;
    }
    if (lexicons.isDocumentNoun(head)) {
      String modifier = coreEnd - 1 > s ? Words.stripPossessive(text(s, coreEnd - 1)) : null;
      if (modifier != null && !namesASource(s, coreEnd - 1)) {
        modifier = null; // "recent polls", "the latest report": no source named
      }
      return new Mention(span, EntityKind.DOCUMENT, modifier, null, head, definite);
    }
    if (lexicons.isOrganisationWord(head) && !lexicons.isPersonNoun(head)) {
      return new Mention(span, EntityKind.ORGANIZATION, text(s, coreEnd), role, head, definite);
    }
    return new Mention(span, EntityKind.DESCRIPTION, null, role != null ? role : text(s, to), head, definite);
  }

  /** "Britain-based", "London-based", "U.S.-led": a capitalised place joined to a participle. */
  private static boolean isLocativeModifier(String word) {
    int dash = word.lastIndexOf('-');
    return dash > 0 && dash < word.length() - 2 && Character.isUpperCase(word.charAt(0))
        && Character.isLowerCase(word.charAt(dash + 1)) && (word.endsWith("based") || word.endsWith("led"));
  }

  /** "Syrian Observatory for Human Rights", "University of Texas": an organisation word before "of"/"for". */
  private boolean organisationBeforePreposition(int from, int to) {
    for (int i = from; i < to; i++) {
      String lower = tokens.get(i).lower();
      if (lower.equals("of") || lower.equals("for")) {
        return false;
      }
      if (i + 1 < to && lexicons.isOrganisationWord(Words.stripPossessive(lower))
          && (tokens.get(i + 1).lower().equals("of") || tokens.get(i + 1).lower().equals("for"))) {
        return true;
      }
    }
    return false;
  }

  /** True when the mention can be the source of speech: a name, pronoun, document or person-like description. */
  public boolean plausibleSource(Mention mention) {
    if (mention == null) {
      return false;
    }
    return switch (mention.kind()) {
      case PERSON, ORGANIZATION, DOCUMENT, GROUP -> true;
      case PRONOUN -> !mention.head().equals("you");
      case DESCRIPTION -> lexicons.isPersonNoun(mention.head()) || Words.isPersonLikeHead(mention.head())
          || lexicons.isTitle(mention.head()) || isShareOfRespondents(mention);
    };
  }

  /**
   * The words before a document noun name its source: a name ("a Pentagon statement", "the Reuters
   * poll"; a capital that only opens the sentence does not count) or an organisation or person noun
   * ("a coalition statement", "a police report").
   */
  private boolean namesASource(int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      String lower = Words.stripPossessive(t.lower());
      if ((t.isCapitalised() && !opensSentence(i) && !Words.NON_NAME_CAPITALS.contains(lower))
          || lexicons.isOrganisationWord(lower) || lexicons.isPersonNoun(lower) || isAcronym(t.text())) {
        return true;
      }
    }
    return false;
  }

  private boolean opensSentence(int i) {
    return i == 0 || tokens.get(i).newlineBefore() || tokens.get(i - 1).isTerminal();
  }

  /** "63 percent said ...": a share of the people a poll asked. */
  private boolean isShareOfRespondents(Mention mention) {
    if (!mention.head().equals("percent")) {
      return false;
    }
    String covered = text.substring(mention.span().begin(), mention.span().end());
    return covered.chars().anyMatch(Character::isDigit);
  }

  private boolean isNameToken(int i, int coreEnd) {
    Token t = tokens.get(i);
    if (t.is(",") && i + 1 < coreEnd && Words.NAME_SUFFIXES.contains(tokens.get(i + 1).lower())) {
      return true;
    }
    if (!t.isWord()) {
      return false;
    }
    String lower = t.lower();
    if (t.isCapitalised()) {
      if (opensSentence(i) && lexicons.isPersonNoun(lower) && !lexicons.isTitle(lower)) {
        return false; // "Residents of the villages say": a common noun capitalised only by its place
      }
      return !Words.NON_NAME_CAPITALS.contains(lower) || lexicons.isTitle(lower)
          || Words.NAME_SUFFIXES.contains(lower);
    }
    if (Words.NAME_PARTICLES.contains(lower) || lower.startsWith("al-") || lower.startsWith("el-")) {
      return i + 1 < coreEnd && tokens.get(i + 1).isCapitalised() || lower.contains("-");
    }
    return (lower.equals("of") || lower.equals("for")) && i > 0 && tokens.get(i - 1).isCapitalised() && i + 1 < coreEnd
        && tokens.get(i + 1).isCapitalised();
  }

  private static boolean isAcronym(String word) {
    if (word.length() < 2 || word.length() > 6) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!(Character.isUpperCase(c) || c == '.' || c == '&')) {
        return false;
      }
    }
    return true;
  }

  private String roleText(int from, int nameStart) {
    int s = from;
    while (s < nameStart && lexicons.isHonorific(tokens.get(s).lower())) {
      s++;
    }
    boolean onlyHonorifics = true;
    for (int i = s; i < nameStart; i++) {
      onlyHonorifics &= lexicons.isHonorific(tokens.get(i).lower());
    }
    return s >= nameStart || onlyHonorifics ? null : text(s, nameStart);
  }

  private String stripDeterminer(int from, int to) {
    int s = from;
    while (s < to - 1 && Words.DETERMINERS.contains(tokens.get(s).lower())) {
      s++;
    }
    return orNull(text(s, to));
  }

  private String text(int from, int to) {
    if (from >= to) {
      return "";
    }
    return text.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
  }

  private static String orNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
