package org.annalist.dates.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds and normalises the temporal expressions of a text. One left-to-right pass over the
 * tokens: at each token every rule family proposes its longest match (each looks at a bounded
 * number of tokens), the longest wins, and scanning resumes after it. Long texts are processed
 * in windows so that memory stays bounded. Thread-safe: keeps no state between calls.
 */
public final class TimexRecognizer {

  /** Text is tokenized in windows of about this many characters, cut at a line break or space. */
  static final int WINDOW_CHARS = 20_000;
  /** Single-word premodifiers that only make sense on a date (START, MID, END). */
  private static final Set<String> POINT_MODS = Set.of("START", "MID", "END");
  private static final Set<String> SINGLE_WORD_MODS = Set.of("early", "late", "mid", "about", "around",
      "approximately", "roughly", "nearly", "almost", "some");

  /** Words the rules look for at the start of an expression besides the lexicon's own. */
  private static final Set<String> RULE_WORDS = Set.of("the", "that", "same", "day", "year", "q", "fy", "fiscal",
      "latest", "recent", "most", "quarter", "period", "weekend", "full", "calendar", "past", "coming", "per",
      "once", "twice", "every", "each", "earlier", "later", "mid", "early", "late", "this", "last", "next",
      "overnight", "first", "second", "third", "fourth", "fifth", "previous", "following", "initial", "final", "remaining", "additional", "other", "'",
      "corresponding", "comparable", "midyear", "ad", "a", "c");

  private final Lexicon lexicon;
  private final List<RuleFamily> families;
  /** Every word a rule or the lexicon can start an expression with. */
  private final Set<String> startWords;
  /** Every word after "the" that can continue an expression. */
  private final Set<String> wordsAfterThe;

  public TimexRecognizer(Lexicon lexicon) {
    this.lexicon = lexicon;
    Set<String> words = new java.util.HashSet<>(RULE_WORDS);
    words.addAll(lexicon.triggerWords);
    this.startWords = words;
    Set<String> afterThe = new java.util.HashSet<>(words);
    afterThe.addAll(lexicon.wordsAfterThe);
    this.wordsAfterThe = afterThe;
    RuleFamily calendar = new CalendarDateRules();
    RelativeDateRules relative = new RelativeDateRules();
    RuleFamily calendarOrRelative = (scan, i) -> RuleFamily.longer(calendar.match(scan, i), relative.match(scan, i));
    relative.readDaysWith(calendarOrRelative);
    RuleFamily days = (scan, i) -> scan.day(i, calendarOrRelative);
    this.families = List.of(new TimeRules(days), days, new SetRules(), new DurationRules());
  }

  /**
   * The outcome of one document: its mentions, how many relative ones stayed unresolved, how many
   * times a rule family was run at a token position (the work done: linear in the tokens), how
   * it was read (news or narrative) and why, and the date inferred from the text when the
   * document had none (null otherwise).
   */
  public record Result(List<TimexMention> mentions, int unresolved, long ruleRuns, int tokens,
      DocumentType documentType, String documentTypeEvidence, DateInference.Inferred inferred) {

    public Result(List<TimexMention> mentions, int unresolved, long ruleRuns, int tokens) {
      this(mentions, unresolved, ruleRuns, tokens, DocumentType.NEWS, null, null);
    }
  }

  /** One reading of the text with a fixed anchor and document type. */
  private record Pass(List<TimexMention> mentions, int unresolved, long ruleRuns, int tokens, List<Integer> anniversaryYears) {}

  /**
   * Recognises the expressions in the given regions ([begin, end) pairs of text) of a news text.
   *
   * @param anchorDate the DCT or configured anchor day, null when there is none
   * @param anchorSource DCT or CONFIGURED
   */
  public Result recognize(CharSequence text, List<int[]> regions, LocalDate anchorDate, String anchorSource) {
    return recognize(text, regions, anchorDate, anchorSource, DocumentType.NEWS, false, null);
  }

  /**
   * Recognises the expressions in the given regions ([begin, end) pairs of text).
   *
   * @param anchorDate the DCT or configured anchor day, null when there is none
   * @param anchorSource DCT or CONFIGURED
   * @param type NEWS, NARRATIVE, or AUTO to decide from the text
   * @param inferDate when there is no anchorDate, infer one from the text ({@link DateInference});
   *     relative expressions then resolve against it with anchorSource INFERRED
   * @param sourceUri where the document came from (a date in it is evidence), may be null
   */
  public Result recognize(CharSequence text, List<int[]> regions, LocalDate anchorDate, String anchorSource,
      DocumentType type, boolean inferDate, String sourceUri) {
    Pass pass = pass(text, regions, anchorDate, anchorSource, type == DocumentType.NARRATIVE);
    long ruleRuns = pass.ruleRuns();
    DateInference.Inferred inferred = null;
    boolean again = false;
    if (anchorDate == null && inferDate) {
      inferred = DateInference.infer(text, pass.mentions(), pass.anniversaryYears(), sourceUri);
      if (inferred != null) {
        anchorDate = inferred.date();
        anchorSource = "INFERRED";
        again = true;
      }
    }
    DocumentType decided = type;
    String evidence = "configured";
    if (type == DocumentType.AUTO) {
      DocumentTypeDecision.Decision decision = DocumentTypeDecision.decide(pass.mentions(), anchorDate);
      decided = decision.type();
      evidence = decision.evidence();
      again |= decided == DocumentType.NARRATIVE;
    }
    if (again) {
      pass = pass(text, regions, anchorDate, anchorSource, decided == DocumentType.NARRATIVE);
      ruleRuns += pass.ruleRuns();
    }
    return new Result(pass.mentions(), pass.unresolved(), ruleRuns, pass.tokens(), decided, evidence, inferred);
  }

  private Pass pass(CharSequence text, List<int[]> regions, LocalDate anchorDate, String anchorSource, boolean narrative) {
    ResolutionContext context = new ResolutionContext(anchorDate == null ? null : Anchor.of(anchorDate, anchorSource),
        narrative);
    List<TimexMention> mentions = new ArrayList<>();
    Anniversaries anniversaries = new Anniversaries();
    long ruleRuns = 0;
    int tokenCount = 0;
    for (int[] region : regions) {
      int from = Math.max(0, region[0]);
      int to = Math.min(text.length(), region[1]);
      while (from < to) {
        int cut = cut(text, from, to);
        List<Token> tokens = Tokenizer.tokenize(text, from, cut, 0);
        Scan scan = new Scan(tokens, lexicon, context);
        scan(scan, mentions, anniversaries);
        ruleRuns += scan.ruleRuns();
        tokenCount += tokens.size();
        context.sentenceBase += tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1).sentence + 1;
        from = cut;
      }
    }
    SpeechTime.apply(text, mentions, anchorDate);
    List<TimexMention> resolved = anniversaries.resolve(mentions, anchorDate);
    if (!resolved.isEmpty()) {
      mentions.addAll(resolved);
      mentions.sort(java.util.Comparator.comparingInt(TimexMention::begin));
    }
    return new Pass(mentions, context.unresolved(), ruleRuns, tokenCount, anniversaries.years());
  }

  public List<TimexMention> recognize(CharSequence text, LocalDate anchorDate) {
    return recognize(text, List.of(new int[] {0, text.length()}), anchorDate, "DCT").mentions();
  }

  private static int cut(CharSequence text, int from, int to) {
    if (to - from <= WINDOW_CHARS) {
      return to;
    }
    int limit = from + WINDOW_CHARS;
    int floor = from + WINDOW_CHARS / 2;
    for (int i = limit; i > floor; i--) {
      if (text.charAt(i) == '\n') {
        return i;
      }
    }
    for (int i = limit; i > floor; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return limit;
  }

  private void scan(Scan s, List<TimexMention> out, Anniversaries anniversaries) {
    int i = 0;
    while (i < s.size()) {
      if (!mayStart(s.at(i)) || s.at(i).is("the") && (s.at(i + 1) == null || !mayFollowThe(s.at(i + 1)))) {
        i++;
        continue;
      }
      Match match = withYearOffset(s, best(s, i));
      if (match != null && match.value == null) {
        // a calendar value TIMEX3 cannot write (a year beyond 9999): no annotation
        i = Math.max(match.end, i + 1);
        continue;
      }
      if (match == null) {
        int after = anniversaries.note(s, i);
        i = after > i ? after : i + 1;
        continue;
      }
      out.add(toMention(s, match));
      s.clearCache();
      if ("DURATION".equals(match.type)) {
        s.context.mentionedDuration(s.at(match.first).sentence);
      }
      if (match.point != null && !"DURATION".equals(match.type)) {
        // what counts from the writer's present, or a plan ("a campaign planned for 1976"), is not
        // the time a narrative has reached
        boolean deictic = !match.absolute && match.anchorSource != null && !"CONTEXT".equals(match.anchorSource)
            || s.is(match.first - 1, "for");
        s.context.mentioned(match.point, s.at(match.first).sentence, match.setsPeriod, match.absolute, deictic,
            opensSentence(s, match.first));
      }
      i = Math.max(match.end, i + 1);
    }
  }

  /**
   * True when the expression at first stands among the first words of its sentence ("In 1944, ...",
   * "On 10 March 1975, ..."): the year a narrative moves to, not one named in passing.
   */
  private static boolean opensSentence(Scan s, int first) {
    int sentence = s.at(first).sentence;
    for (int back = 1; back <= OPENING_WORDS; back++) {
      Token before = s.at(first - back);
      if (before == null || before.sentence != sentence) {
        return true;
      }
    }
    return s.at(first - OPENING_WORDS - 1) == null || s.at(first - OPENING_WORDS - 1).sentence != sentence;
  }

  /** How many words may come before an expression that opens its sentence ("By the end of"). */
  private static final int OPENING_WORDS = 3;

  /** False for tokens no rule can start with (most words of a text): they are skipped at once. */
  private boolean mayStart(Token token) {
    return token.kind == Token.Kind.NUMBER || startWords.contains(token.lower);
  }

  private boolean mayFollowThe(Token token) {
    return token.kind == Token.Kind.NUMBER || wordsAfterThe.contains(token.lower);
  }

  /**
   * A period followed by a comparison in years is one expression, that period moved back: "the
   * quarter a year ago", "the same period two years earlier" (TimeML: one TIMEX3, its value the
   * earlier period).
   */
  private Match withYearOffset(Scan s, Match match) {
    if (match == null || match.point == null || !"DATE".equals(match.type) || match.point.granularity == Granularity.DAY
        || match.point.granularity == Granularity.YEAR || !s.sameSentence(match.first, match.end)) {
      return match;
    }
    Scan.Amount amount = s.amount(match.end);
    if (amount == null || amount.vague() || amount.value() != Math.floor(amount.value()) || amount.value() > 10
        || !"Y".equals(s.unit(amount.end())) || !(s.is(amount.end() + 1, "ago") || s.is(amount.end() + 1, "earlier"))) {
      return match;
    }
    Match earlier = match.copy(match.first);
    earlier.end = amount.end() + 2;
    earlier.rule = match.rule + "-years-back";
    earlier.point(match.point.shift("Y", -(long) amount.value()));
    earlier.setsPeriod = false;
    earlier.absolute = false;
    return earlier;
  }

  /** The longest reading at i, including a leading "the" and premodifiers ("early", "about"). */
  private Match best(Scan s, int i) {
    Match best = withDeterminer(s, i);
    best = RuleFamily.longer(best, modified(s, i));
    if (s.is(i, "the")) {
      Match inner = modified(s, i + 1);
      if (inner != null && inner.takesDeterminer) {
        best = RuleFamily.longer(best, extend(inner, i, inner.mod));
      }
    }
    return best;
  }

  /** The core reading at i, or "the" + the core reading at i + 1 when that rule takes a determiner. */
  private Match withDeterminer(Scan s, int i) {
    Match best = core(s, i);
    if (s.is(i, "the")) {
      Match after = core(s, i + 1);
      if (after != null && after.takesDeterminer) {
        best = RuleFamily.longer(best, extend(after, i, null));
      }
    }
    return best;
  }

  /** A premodifier ("early", "about", "the end of", "more than") followed by an expression. */
  private Match modified(Scan s, int i) {
    int j = -1;
    String mod = null;
    PhraseTable.Hit<String> phrase = lexicon.premodifierPhrases.longest(s, i);
    if (phrase != null) {
      j = phrase.end();
      mod = phrase.value();
    }
    if (j < 0 && SINGLE_WORD_MODS.contains(s.word(i)) && lexicon.premodifiers.containsKey(s.word(i))) {
      mod = lexicon.premodifiers.get(s.word(i));
      j = s.optionalHyphen(i + 1);
    }
    if (j < 0 && (s.is(i, "earlier") || s.is(i, "later")) && lexicon.relativeWords.containsKey(s.word(i + 1))) {
      j = i + 1;
    }
    if (j <= i) {
      return null;
    }
    Match inner = withDeterminer(s, j);
    if (inner == null) {
      return null;
    }
    boolean pointMod = mod != null && POINT_MODS.contains(mod);
    boolean comparison = mod != null && !pointMod && !mod.equals("APPROX");
    boolean fits;
    if (pointMod) {
      fits = !"DURATION".equals(inner.type) && !"SET".equals(inner.type);
    } else if (comparison) {
      // "more than two years (ago)", not "over the weekend"
      fits = ("DURATION".equals(inner.type) || inner.rule.startsWith("offset")) && s.amount(j) != null;
    } else {
      fits = !"SET".equals(inner.type);
    }
    return fits ? extend(inner, i, mod) : null;
  }

  private Match core(Scan s, int i) {
    if (s.isCached(i)) {
      return s.cached(i);
    }
    Match best = null;
    s.countRuleRuns(families.size());
    for (RuleFamily family : families) {
      best = RuleFamily.longer(best, family.match(s, i));
    }
    s.cache(i, best);
    return best;
  }

  private static Match extend(Match inner, int first, String mod) {
    Match outer = inner.copy(first);
    outer.mod = mod != null ? mod : inner.mod;
    return outer;
  }

  private static TimexMention toMention(Scan s, Match match) {
    int first = Math.min(match.first, match.end - 1);
    Token begin = s.at(first);
    Token end = s.at(match.end - 1);
    int endOffset = end.end;
    // a trailing full stop belongs to the expression only when it closes an abbreviation
    if (end.is(".") && match.end - 2 >= first && s.at(match.end - 2).isWord()
        && s.at(match.end - 2).lower.length() > 1 && !s.lexicon.monthAbbreviations.containsKey(s.at(match.end - 2).lower)
        && !s.lexicon.weekdayAbbreviations.containsKey(s.at(match.end - 2).lower)) {
      endOffset = s.at(match.end - 2).end;
    }
    String anchorSource = match.absolute ? null : match.anchorSource;
    String anchor = match.absolute ? null : match.anchor;
    return new TimexMention(begin.begin, endOffset, match.type, match.value, match.mod, anchor, anchorSource,
        match.quant, match.freq, match.rule);
  }
}
