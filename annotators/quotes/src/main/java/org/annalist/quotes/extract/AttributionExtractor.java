package org.annalist.quotes.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.annalist.quotes.text.Token;
import org.annalist.quotes.text.Tokenizer;

/**
 * Finds direct quotes and reported speech in the content regions of a document and attributes
 * them to speakers. Rule based and linear in the text length; one instance is immutable and can
 * be shared across threads.
 */
public final class AttributionExtractor {

  /** How far (tokens) a cue may sit from the quotation it introduces. */
  private static final int POST_WINDOW = 14;
  /** How far a cue may sit after a quotation when a name and its apposition stand between. */
  private static final int APPOSITION_WINDOW = 34;
  /** Closing quotation marks and spaces at the end of a quotation's content. */
  private static final java.util.regex.Pattern TRAILING_QUOTE_MARKS =
      java.util.regex.Pattern.compile("[\"'\u2018\u2019\u201c\u201d\u00bb\u203a\\s]{1,4}$");
  private static final int THAT_WINDOW = 8;
  private static final Set<String> THOUGHT_WITHOUT_THAT = Set.of("believe", "think");
  /** Thought verbs that report a finding without "that" when a poll, study or report is the subject. */
  private static final Set<String> EVIDENCE_VERBS = Set.of("show", "find");
  /**
   * Speech verbs that usually take a noun object ("claimed responsibility", "vowed revenge"): they
   * report content only with "that" or a to-infinitive. ("denied the report", "announced plans" are
   * attributions in PolNeAR and stay.)
   */
  private static final Set<String> OBJECT_VERBS = Set.of("claim", "vow", "pledge", "promise");
  /** Words that go on with a clause after a closing mark ("“...” for criminal behavior, she said"). */
  private static final Set<String> CLAUSE_CONTINUATIONS = Set.of("and", "or", "but", "because", "if", "when",
      "while", "as", "than", "unless", "until", "so");
  /** Words after which a cue word is a noun (quantifiers such as "many" are left out: "many said"). */
  private static final Set<String> NOUN_DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their",
      "our", "my", "your", "this", "these", "those");
  /** Quantifiers that are no source on their own ("many believed", "some said"). */
  private static final Set<String> QUANTIFIERS = Set.of("many", "some", "most", "few", "several", "others", "all",
      "both", "none", "much", "more");
  /** Speech and thought verbs that also report an intention with a to-infinitive. */
  private static final Set<String> TO_INFINITIVE =
      Set.of("vow", "pledge", "promise", "agree", "hope", "expect", "urge", "ask", "call", "threaten");

  /** Words a title leaves in lower case ("Face the Nation", "Legend in the Coal Fields"). */
  private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "nor", "but",
      "in", "on", "at", "to", "for", "with", "by", "from", "as", "vs", "vs.");

  private final Lexicons lexicons;
  private final boolean indirect;

  public AttributionExtractor(Lexicons lexicons, boolean indirect) {
    this.lexicons = lexicons;
    this.indirect = indirect;
  }

  /** The attributions of the text's regions, in document order. */
  public List<Attribution> extract(String text, List<Span> regions) {
    NameRegistry names = new NameRegistry(lexicons);
    List<Draft> drafts = new ArrayList<>();
    for (Span region : regions) {
      new RegionPass(text, region, names, drafts).run();
    }
    drafts.sort(Comparator.comparingInt(Draft::order));
    for (Draft draft : drafts) {
      if (draft.mention != null && draft.mention.kind() == EntityKind.PERSON) {
        names.add(draft.mention.span().begin(), draft.mention.name());
        String withTitle = draft.mention.role() == null ? draft.mention.name() : draft.mention.role() + " " + draft.mention.name();
        names.noteGender(draft.mention.name(), lexicons.genderOf(withTitle));
      }
    }
    SpeakerResolver resolver = new SpeakerResolver(names);
    List<Attribution> result = new ArrayList<>(drafts.size());
    for (Draft original : drafts) {
      Draft draft = asPlaceIfUsedAsPlace(original, names);
      String speaker = null;
      String role = null;
      if (draft.mention != null) {
        SpeakerResolver.Resolution resolution =
            resolver.resolve(draft.mention, Math.min(draft.mention.span().begin(), draft.content.begin()));
        speaker = resolution.speaker();
        role = resolution.role();
      }
      double confidence = draft.confidence;
      if (draft.mention != null && draft.mention.kind() == EntityKind.PRONOUN) {
        confidence *= speaker == null ? 0.5 : 0.85;
      }
      result.add(new Attribution(draft.content, draft.direct, draft.cue, draft.mention, speaker, role, confidence));
    }
    return result;
  }

  /** "Iraq said ..." where the text also says "in Iraq": a state speaking, not a person. */
  private static Draft asPlaceIfUsedAsPlace(Draft draft, NameRegistry names) {
    Mention mention = draft.mention;
    if (mention == null || mention.kind() != EntityKind.PERSON || mention.role() != null
        || mention.name().indexOf(' ') >= 0 || !names.isPlaceLike(Words.stripPossessive(mention.name()))
        || !names.canonical(mention.name(), mention.span().begin()).equals(Words.stripPossessive(mention.name()))) {
      return draft;
    }
    Mention organisation = new Mention(mention.span(), EntityKind.ORGANIZATION,
        Words.stripPossessive(mention.name()), null, mention.head(), mention.definite());
    return new Draft(draft.content, draft.direct, draft.cue, organisation, draft.confidence);
  }

  /** A found attribution before speaker resolution. */
  private static final class Draft {
    final Span content;
    final boolean direct;
    final Attribution.Cue cue;
    final Mention mention;
    final double confidence;
    /** The second part of an interrupted content ("The museum, he said, celebrated ..."), or null. */
    Span rest;

    Draft(Span content, boolean direct, Attribution.Cue cue, Mention mention, double confidence) {
      this.content = content;
      this.direct = direct;
      this.cue = cue;
      this.mention = mention;
      this.confidence = confidence;
    }

    int order() {
      return content.begin();
    }
  }

  private record Found(Attribution.Cue cue, Mention mention, int cueStart, int cueEnd) {}

  /** The work on one region. */
  private final class RegionPass {
    private final String text;
    private final NameRegistry names;
    private final List<Draft> out;
    private final List<Token> tokens;
    private final MentionParser parser;
    private final List<Quotation> quotations;
    private final int[] quotationOf;
    private final int[] sentenceStart;
    private final int[] paragraph;
    private final boolean[] claimed;
    /** A lower-case word (not a title's small word) precedes the token in its sentence: no title-case headline. */
    private final boolean[] lowerCaseWordBefore;
    /** The attribution of the quotation before the one being attributed (null when none). */
    private Found earlierInSentence;
    /** The direct attributions found so far, by quotation. */
    private Found[] directFound = new Found[0];

    RegionPass(String text, Span region, NameRegistry names, List<Draft> out) {
      this.text = text;
      this.names = names;
      this.out = out;
      this.tokens = Tokenizer.tokenize(text, region.begin(), region.end());
      this.parser = new MentionParser(lexicons, text, tokens);
      this.quotations = QuotationScanner.scan(tokens);
      int n = tokens.size();
      this.quotationOf = new int[n];
      java.util.Arrays.fill(quotationOf, -1);
      for (int q = 0; q < quotations.size(); q++) {
        for (int i = quotations.get(q).openToken(); i <= quotations.get(q).closeToken(); i++) {
          quotationOf[i] = q;
        }
      }
      this.sentenceStart = new int[n];
      this.paragraph = new int[n];
      int start = 0;
      int par = 0;
      for (int i = 0; i < n; i++) {
        if (tokens.get(i).newlineBefore() && i > 0) {
          start = i;
          par++;
        }
        sentenceStart[i] = start;
        paragraph[i] = par;
        if (tokens.get(i).isTerminal() && quotationOf[i] < 0) {
          start = i + 1;
        }
      }
      this.claimed = new boolean[n];
      this.lowerCaseWordBefore = new boolean[n];
      for (int i = 1; i < n; i++) {
        Token t = tokens.get(i - 1);
        boolean lower = t.isWord() && !t.isCapitalised() && Character.isLetter(t.text().charAt(0))
            && !TITLE_SMALL_WORDS.contains(t.lower());
        lowerCaseWordBefore[i] = sentenceStart[i] != i && (lower || lowerCaseWordBefore[i - 1]);
      }
    }

    void run() {
      boolean[] quoted = new boolean[tokens.size()];
      for (int i = 0; i < quoted.length; i++) {
        quoted[i] = quotationOf[i] >= 0;
      }
      names.scan(tokens, quoted, sentenceStart, parser);
      Found[] direct = new Found[quotations.size()];
      directFound = direct;
      boolean[] absorbed = new boolean[quotations.size()];
      List<Span> turnAreas = transcriptTurns();
      for (int q = 0; q < quotations.size(); q++) {
        Span quotationSpan = new Span(quotations.get(q).begin(), quotations.get(q).end());
        if (turnAreas.stream().anyMatch(quotationSpan::overlaps)) {
          absorbed[q] = true; // the marks of a transcript: its turns are attributed as turns
          continue;
        }
        earlierInSentence = q > 0 ? direct[q - 1] : null;
        direct[q] = attributeQuotation(quotations.get(q));
        if (direct[q] != null) {
          claim(direct[q].cueStart(), direct[q].cueEnd());
          claimMention(direct[q].mention());
        }
      }
      if (indirect) {
        findReportedSpeech(direct, absorbed);
      }
      emitQuotations(direct, absorbed);
    }

    // ---------------------------------------------------------------- transcripts

    /** Emits the turns of an interview transcript ("WALLACE: ...") and returns the text they cover. */
    private List<Span> transcriptTurns() {
      List<TranscriptTurns.Turn> turns = TranscriptTurns.find(text, tokens);
      if (turns.isEmpty()) {
        return List.of();
      }
      List<Span> areas = new ArrayList<>(turns.size());
      for (TranscriptTurns.Turn turn : turns) {
        Token first = tokens.get(turn.labelStart());
        Token last = tokens.get(turn.labelEnd() - 1);
        Span label = new Span(first.begin(), last.end());
        boolean interview = turn.labelEnd() - turn.labelStart() == 1 && first.text().length() == 1;
        // "PENCE" is the person called Pence; "Q" and "A" name no one
        Mention mention = interview
            ? new Mention(label, EntityKind.DESCRIPTION, null, null, first.lower(), false)
            : new Mention(label, EntityKind.PERSON, titleCase(text.substring(label.begin(), label.end())), null,
                last.lower(), false);
        Token colon = tokens.get(turn.colon());
        Attribution.Cue cue = new Attribution.Cue(new Span(colon.begin(), colon.end()), ":");
        for (Span part : turn.content()) {
          out.add(new Draft(trim(part), true, cue, mention, 0.8));
        }
        claim(turn.labelStart(), turn.colon() + 1);
        Span lastPart = turn.content().get(turn.content().size() - 1);
        areas.add(new Span(first.begin() - 1, lastPart.end() + 1));
      }
      return areas;
    }

    private static String titleCase(String label) {
      StringBuilder name = new StringBuilder(label.length());
      boolean startOfWord = true;
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        name.append(startOfWord ? c : Character.toLowerCase(c));
        startOfWord = !Character.isLetter(c);
      }
      return name.toString();
    }

    // ---------------------------------------------------------------- direct quotes

    private Found attributeQuotation(Quotation quotation) {
      Found pre = precedingCue(quotation, true);
      if (pre != null) {
        return pre;
      }
      if (endsWithPeriod(quotation)) {
        // The statement said “... safety.” It said ...: a full stop ends the quote's sentence
        pre = precedingCue(quotation, false);
        if (pre != null) {
          return pre;
        }
      }
      Found post = followingCue(quotation);
      if (post != null) {
        return post;
      }
      return precedingCue(quotation, false);
    }

    /** "“...,” X said" / "“...,” said X" / "“...” base, a statement said" / "“...,” according to X". */
    private Found followingCue(Quotation quotation) {
      int close = quotation.closeToken();
      int limit = clauseEnd(close + 1);
      int j = close + 1;
      if (j >= limit) {
        return null;
      }
      String lastContent = text.substring(quotation.begin(), quotation.end()).strip()
          .transform(s -> TRAILING_QUOTE_MARKS.matcher(s).replaceFirst(""));
      char lastChar = lastContent.isEmpty() ? ' ' : lastContent.charAt(lastContent.length() - 1);
      boolean clauseEnds = ",.!?…—–-:;".indexOf(lastChar) >= 0;
      if (lastChar == '.' && precededByWord(quotation)) {
        return null; // "X said Kim's state is “spiraling out of control.” Others ...": the sentence has ended
      }
      if (tokens.get(j).is(",") || tokens.get(j).is("—") || tokens.get(j).is("–")) {
        clauseEnds = true;
        j++;
      }
      Token dash = tokens.get(close + 1);
      if ((dash.is("—") || dash.is("―") || dash.is("–") || dash.is("-") || dash.is("--")) && close + 2 < limit) {
        // “...” — Adriana Rodarte
        Mention signed = parser.after(close + 2, limit);
        if (signed != null && (signed.kind() == EntityKind.PERSON || signed.kind() == EntityKind.ORGANIZATION)
            && tokenIndexAt(signed.span().end() - 1) + 1 >= limit - 1) {
          return new Found(new Attribution.Cue(new Span(dash.begin(), dash.end()), "—"), signed, close + 1, close + 2);
        }
      }
      Found found = clauseEnds ? cueAt(j, limit) : null;
      if (found != null && ".!?".indexOf(lastChar) >= 0 && tokens.get(close + 1).isCapitalised()
          && introducesNextQuote(found)) {
        return null; // “... change.” She adds, “What kind of ...”: the cue belongs to the next quote
      }
      if (found == null) {
        // "“...” base, a coalition statement said": a few words finish the sentence's clause
        for (int k = j; k < Math.min(limit, j + 4); k++) {
          if (tokens.get(k).is(",")) {
            found = cueAt(k + 1, limit);
            break;
          }
          if (!tokens.get(k).isWord()) {
            break;
          }
        }
      }
      return found;
    }

    private boolean introducesNextQuote(Found found) {
      int after = Math.max(found.cueEnd(), tokenIndexAt(found.mention().span().end() - 1) + 1);
      return after + 1 < tokens.size() && (tokens.get(after).is(",") || tokens.get(after).is(":"))
          && tokens.get(after + 1).isQuote() && tokens.get(after + 1).mark().canOpen()
          && quotationOf[after + 1] >= 0;
    }

    /** A cue with its speaker starting at token j: "said X" or "X said" or "according to X". */
    private Found cueAt(int j, int limit) {
      if (j >= limit) {
        return null;
      }
      CueLexicon.Match first = cueMatch(j, limit);
      if (first != null && first.kind() != CueLexicon.Kind.THOUGHT && first.kind() != CueLexicon.Kind.INTENT) {
        Mention mention = parser.after(first.end(), limit);
        if (mention != null && parser.plausibleSource(mention)) {
          return found(first, first.start(), mention);
        }
      }
      int window = POST_WINDOW;
      for (int k = j + 1; k < limit && k - j <= window; k++) {
        Token t = tokens.get(k);
        if (t.isQuote() || (!t.isWord() && !t.is(",") && !t.is("-") && !t.is("(") && !t.is(")"))) {
          return null;
        }
        if (t.is(",")) {
          // "Michael McFaul, a senior fellow at ... and a former ambassador to Russia, said": an apposition
          window = APPOSITION_WINDOW;
        }
        CueLexicon.Match match = cueMatch(k, limit);
        if (match == null || match.kind() == CueLexicon.Kind.SOURCE || match.kind() == CueLexicon.Kind.INTENT) {
          continue;
        }
        int start = prefixStart(k, j);
        Mention mention = parser.before(start, j - 1);
        if (mention != null && mention.span().begin() == tokens.get(j).begin() && parser.plausibleSource(mention)) {
          return found(match, start, mention);
        }
        return null;
      }
      return null;
    }

    /** "X said: “...”", "X said “...”", "according to X, “...”", "X: “...”". */
    private Found precedingCue(Quotation quotation, boolean colonOnly) {
      int open = quotation.openToken();
      int floor = sentenceStart[open] - 1;
      int o = open - 1;
      boolean newParagraph = tokens.get(open).newlineBefore();
      if (o < 0 || quotationOf[o] >= 0) {
        return null;
      }
      boolean colon = tokens.get(o).is(":");
      if (colonOnly != colon) {
        return null;
      }
      if (newParagraph && !colon && !tokens.get(o).is(",")) {
        return null;
      }
      if (newParagraph) {
        floor = sentenceStart[o] - 1;
      }
      boolean introduced = colon || tokens.get(o).is(",");
      if (introduced) {
        o--;
      } else if (isScareQuote(quotation) && !isSentenceLike(quotation)) {
        return null; // He read ‘War and Peace’: a title after a verb, not a quotation introduced by it
      }
      if (o <= floor) {
        return null;
      }
      // the cue ends at o (or a few words before a colon: "X said Tuesday:")
      int reach = colon || tokens.get(open - 1).is(",") ? 6 : 1;
      for (int end = o; end > floor && o - end < reach; end--) {
        for (int start = Math.max(floor + 1, end - 4); start <= end; start++) {
          CueLexicon.Match match = cueMatch(start, end + 1);
          if (match == null || match.end() != end + 1) {
            continue;
          }
          if (match.kind() == CueLexicon.Kind.SOURCE || match.kind() == CueLexicon.Kind.INTENT) {
            continue;
          }
          if (match.kind() == CueLexicon.Kind.THOUGHT && !colon) {
            continue;
          }
          int cueStart = prefixStart(start, floor + 1);
          Mention mention = parser.before(cueStart, floor);
          if (mention != null && parser.plausibleSource(mention)) {
            return found(match, cueStart, mention);
          }
          if (cueStart == floor + 1 && colon) {
            // "Said Ellis: “...”"
            Mention inverted = parser.after(match.end(), o + 1);
            if (inverted != null && parser.plausibleSource(inverted)) {
              return found(match, cueStart, inverted);
            }
          }
          Mention subject = participleSubject(match, cueStart, floor);
          if (subject != null) {
            return found(match, cueStart, subject);
          }
        }
      }
      // "According to X, “...”"
      if (!colon && tokens.get(open - 1).is(",")) {
        for (int k = floor + 1; k < o; k++) {
          CueLexicon.Match match = cueMatch(k, o + 1);
          if (match != null && match.kind() == CueLexicon.Kind.SOURCE) {
            Mention mention = parser.after(match.end(), o + 1);
            if (mention != null) {
              return found(match, k, mention);
            }
          }
        }
      }
      // "the former candidate Mitt Romney -- “...”"
      Token dash = tokens.get(open - 1);
      if (!newParagraph && (dash.is("--") || dash.is("—") || dash.is("–")) && open - 2 > floor) {
        Mention mention = parser.before(open - 1, floor);
        if (mention != null && mention.kind() == EntityKind.PERSON) {
          return new Found(new Attribution.Cue(new Span(dash.begin(), dash.end()), "—"), mention, open - 1, open);
        }
      }
      // headline style "Trump: “...”"
      if (colon) {
        Mention mention = parser.before(o + 1, floor);
        if (mention != null && mention.span().begin() == tokens.get(floor + 1).begin()
            && (mention.kind() == EntityKind.PERSON || mention.kind() == EntityKind.ORGANIZATION)) {
          Token colonToken = tokens.get(o + 1);
          return new Found(new Attribution.Cue(new Span(colonToken.begin(), colonToken.end()), ":"), mention, o + 1, o + 2);
        }
      }
      return null;
    }

    /**
     * The first token after a prepositional phrase that opens the sentence and ends with a comma
     * ("During a speech on Monday, Trump ..."), else {@code s}.
     */
    private int afterIntroductoryPhrase(int s, int limit) {
      if (s >= limit || !(Words.PREPOSITIONS.contains(tokens.get(s).lower()) || tokens.get(s).lower().equals("as"))) {
        return s;
      }
      for (int k = s + 1; k < limit && k - s <= 12; k++) {
        if (tokens.get(k).is(",")) {
          return k + 1;
        }
        if (!tokens.get(k).isWord() && !tokens.get(k).is("-")) {
          return s;
        }
      }
      return s;
    }

    /** "Trump was defensive, saying, “...”": the subject of the sentence speaks. */
    private Mention participleSubject(CueLexicon.Match match, int cueStart, int floor) {
      boolean participle = tokens.get(match.start()).lower().endsWith("ing") && cueStart - 1 > floor
          && tokens.get(cueStart - 1).is(",");
      // "She urges him to ... and repeatedly says, “...”": a second verb of the sentence's subject
      boolean secondVerb = !participle && cueStart - 1 > floor && tokens.get(cueStart - 1).lower().equals("and")
          && match.kind() == CueLexicon.Kind.SPEECH;
      if (!participle && !secondVerb) {
        return null;
      }
      Mention subject = parser.after(afterIntroductoryPhrase(floor + 1, cueStart), cueStart);
      if (secondVerb) {
        return subject != null && (subject.kind() == EntityKind.PERSON || subject.kind() == EntityKind.PRONOUN)
            && parser.plausibleSource(subject) ? subject : null;
      }
      if (subject == null && earlierInSentence != null && earlierInSentence.cueEnd() <= cueStart
          && earlierInSentence.cueStart() > floor) {
        // "“...,” Trump said, adding later, “...”": the speaker of the quote before
        return earlierInSentence.mention();
      }
      if (subject != null && (subject.kind() == EntityKind.PERSON || subject.kind() == EntityKind.PRONOUN
          || subject.kind() == EntityKind.ORGANIZATION) && parser.plausibleSource(subject)) {
        return subject;
      }
      if (!participle) {
        return null;
      }
      // "Ryan and Trump will meet, Spicer said, adding, “...”": the speaker of the cue before
      for (int start = Math.max(floor + 1, cueStart - 6); start < cueStart - 1; start++) {
        CueLexicon.Match before = cueMatch(start, cueStart - 1);
        if (before != null && before.end() == cueStart - 1 && before.kind() == CueLexicon.Kind.SPEECH) {
          Mention speaker = parser.before(prefixStart(start, floor + 1), floor);
          return speaker != null && parser.plausibleSource(speaker) ? speaker : null;
        }
      }
      // "Tom Baker walked onto the stage, chanting “...”": the name that opens the sentence
      return participleSubjectInSentence(floor + 1, cueStart);
    }

    // ---------------------------------------------------------------- reported speech

    private void findReportedSpeech(Found[] direct, boolean[] absorbed) {
      int i = 0;
      while (i < tokens.size()) {
        int s = i;
        int e = s;
        while (e < tokens.size() && sentenceStart[e] == s) {
          e++;
        }
        reportedIn(s, e, direct, absorbed);
        i = Math.max(e, s + 1);
      }
    }

    private void reportedIn(int start, int e, Found[] direct, boolean[] absorbed) {
      int s = afterDateline(start, e);
      int end = e;
      while (end > s && (tokens.get(end - 1).isTerminal() || tokens.get(end - 1).isQuote() && quotationOf[end - 1] < 0)) {
        end--;
      }
      for (int k = s; k < end; k++) {
        if (quotationOf[k] >= 0 || claimed[k] || !tokens.get(k).isWord()) {
          continue;
        }
        CueLexicon.Match match = cueMatch(k, end);
        if (match == null) {
          continue;
        }
        if (match.kind() == CueLexicon.Kind.QUOTING) {
          continue;
        }
        Draft draft = match.kind() == CueLexicon.Kind.SOURCE
            ? accordingTo(match, s, end)
            : reportedAround(match, s, end);
        if (draft == null || overlapsAttributedQuote(draft.content, direct)
            || (draft.rest != null && overlapsAttributedQuote(draft.rest, direct))) {
          continue;
        }
        out.add(draft);
        if (draft.rest != null) {
          out.add(new Draft(draft.rest, false, draft.cue, draft.mention, draft.confidence));
          absorbQuotations(draft.rest, direct, absorbed);
        }
        claim(tokenIndexAt(draft.cue.span().begin()), tokenIndexAt(draft.cue.span().end() - 1) + 1);
        absorbQuotations(draft.content, direct, absorbed);
        // a sentence may hold several attributions: "A rose, X said, and B fell, Y added."
        int cueEnd = tokenIndexAt(draft.cue.span().end() - 1);
        int contentEnd = tokenIndexAt((draft.rest != null ? draft.rest : draft.content).end() - 1);
        k = Math.max(cueEnd, contentEnd);
      }
    }

    /** Quotations inside a reported clause belong to it. */
    private void absorbQuotations(Span content, Found[] direct, boolean[] absorbed) {
      for (int q = firstQuotationEndingAfter(content.begin()); q < quotations.size()
          && quotations.get(q).begin() < content.end(); q++) {
        Quotation quotation = quotations.get(q);
        if (direct[q] == null && content.contains(new Span(quotation.begin(), quotation.end()))) {
          absorbed[q] = true;
        }
      }
    }

    /**
     * The first token after a dateline that opens a sentence ("BAGHDAD –", "ERBIL, Iraq (AP) —"):
     * upper-case place words, optionally a comma and a capitalised word and a bracketed agency, then
     * a dash; else {@code s}.
     */
    private int afterDateline(int s, int end) {
      int k = s;
      if (k >= end || !isUpperCaseWord(tokens.get(k))) {
        return s;
      }
      while (k < end && isUpperCaseWord(tokens.get(k))) {
        k++;
      }
      if (k + 1 < end && tokens.get(k).is(",") && tokens.get(k + 1).isWord() && tokens.get(k + 1).isCapitalised()) {
        k += 2;
        while (k < end && tokens.get(k).isWord() && tokens.get(k).isCapitalised()) {
          k++;
        }
      }
      if (k < end && tokens.get(k).is("(")) {
        int close = indexOf(")", k, Math.min(end, k + 5));
        if (close < 0) {
          return s;
        }
        k = close + 1;
      }
      if (k < end && (tokens.get(k).is("–") || tokens.get(k).is("—") || tokens.get(k).is("-") || tokens.get(k).is("--"))) {
        return k + 1;
      }
      return s;
    }

    private boolean isUpperCaseWord(Token token) {
      if (!token.isWord() || token.text().length() < 2) {
        return false;
      }
      for (int i = 0; i < token.text().length(); i++) {
        char c = token.text().charAt(i);
        if (Character.isLetter(c) && !Character.isUpperCase(c)) {
          return false;
        }
      }
      return Character.isLetter(token.text().charAt(0));
    }

    private Draft accordingTo(CueLexicon.Match match, int s, int end) {
      int k = match.start();
      Attribution.Cue cue = cue(match, k);
      if (k == s || (k == s + 1 && tokens.get(s).isCapitalised() && Words.NON_NAME_CAPITALS.contains(tokens.get(s).lower()))) {
        int comma = indexOf(",", match.end(), end);
        if (comma < 0) {
          return null;
        }
        Mention mention = parser.after(match.end(), comma);
        if (mention == null || comma + 3 > end) {
          return null;
        }
        return new Draft(span(comma + 1, end), false, cue, mention, 0.6);
      }
      if (k - 1 > s && tokens.get(k - 1).is(",") && k - 1 - s >= 3) {
        Mention mention = parser.after(match.end(), end);
        if (mention == null) {
          return null;
        }
        return new Draft(span(s, k - 1), false, cue, mention, 0.6);
      }
      return null;
    }

    private Draft reportedAround(CueLexicon.Match match, int s, int end) {
      int cueStart = prefixStart(match.start(), s);
      Attribution.Cue cue = cue(match, cueStart);
      Mention subject = cueStart > s ? parser.before(cueStart, s - 1) : null;
      if (subject == null && cueStart - 1 > s && tokens.get(cueStart - 1).is(",")
          && tokens.get(match.start()).lower().endsWith("ing")) {
        subject = participleSubjectInSentence(s, cueStart);
      }
      if (subject != null && QUANTIFIERS.contains(text.substring(subject.span().begin(), subject.span().end())
          .strip().toLowerCase(java.util.Locale.ROOT))) {
        return null;
      }
      if (subject == null && cueStart - 1 > s && tokens.get(cueStart - 1).lower().equals("and")) {
        // "Cruz exhorted Republicans to ... and said he was standing on ...": the sentence's subject
        subject = participleSubjectInSentence(s, cueStart - 1);
      }
      if (subject != null && parser.plausibleSource(subject)) {
        Draft interjected = interjected(match, s, end, cue, subject);
        if (interjected != null) {
          return interjected;
        }
        int contentStart = clauseAfter(match, end, subject);
        if (contentStart >= 0 && end - contentStart >= 3) {
          return new Draft(span(contentStart, end), false, cue, subject, 0.6);
        }
        // "..., a source said." / "..., sources said Tuesday."
        int subjectStart = tokenIndexAt(subject.span().begin());
        if ((match.kind() == CueLexicon.Kind.SPEECH || match.kind() == CueLexicon.Kind.THOUGHT)
            && subjectStart - 1 > s
            && tokens.get(subjectStart - 1).is(",") && subjectStart - 1 - s >= 4
            && end - match.end() <= 10 && indexOf("that", match.end(), end) < 0) {
          return new Draft(span(s, subjectStart - 1), false, cue, subject, 0.55);
        }
        return null;
      }
      // "..., said John Smith."
      if (match.kind() == CueLexicon.Kind.SPEECH && cueStart - 1 > s && tokens.get(cueStart - 1).is(",")
          && cueStart - 1 - s >= 4) {
        Mention mention = parser.after(match.end(), end);
        if (mention != null && parser.plausibleSource(mention)) {
          return new Draft(span(s, cueStart - 1), false, cue, mention, 0.55);
        }
      }
      return null;
    }

    /**
     * "The museum, Mr. Bush said, celebrated several of his heroes": the attribution interrupts the
     * reported sentence, whose two parts are one content (the second in {@link Draft#rest}).
     */
    private Draft interjected(CueLexicon.Match match, int s, int end, Attribution.Cue cue, Mention subject) {
      if (match.kind() != CueLexicon.Kind.SPEECH && match.kind() != CueLexicon.Kind.THOUGHT) {
        return null;
      }
      int subjectStart = tokenIndexAt(subject.span().begin());
      int c = match.end();
      while (c < end && Words.WEEKDAYS.contains(tokens.get(c).lower())) {
        c++;
      }
      if (subjectStart - 1 <= s || !tokens.get(subjectStart - 1).is(",") || c >= end || !tokens.get(c).is(",")
          || end - (c + 1) < 3 || !tokens.get(c + 1).isWord()) {
        return null;
      }
      int q = firstQuotationEndingAfter(tokens.get(s).begin());
      if (q < quotations.size() && quotations.get(q).begin() < tokens.get(subjectStart).begin()) {
        return null; // quotations before it are attributed as quotations
      }
      Draft draft = new Draft(span(s, subjectStart - 1), false, cue, subject, 0.55);
      draft.rest = span(c + 1, end);
      return draft;
    }

    /**
     * "“...,” he said, adding that ...", "Trump was defiant, saying the courts ...": the speaker of an
     * attribution earlier in the sentence, else the sentence's subject.
     */
    private Mention participleSubjectInSentence(int s, int cueStart) {
      Mention earlier = null;
      for (int q = firstQuotationEndingAfter(tokens.get(s).begin()); q < quotations.size()
          && quotations.get(q).begin() < tokens.get(cueStart).begin(); q++) {
        Found found = q < directFound.length ? directFound[q] : null;
        if (found != null && found.cueEnd() <= cueStart && found.cueStart() >= s) {
          earlier = found.mention();
        }
      }
      if (earlier != null) {
        return earlier;
      }
      s = afterIntroductoryPhrase(s, cueStart);
      int run = s;
      while (run < cueStart && tokens.get(run).isWord() && (tokens.get(run).isCapitalised()
          || (run > s && Words.NAME_PARTICLES.contains(tokens.get(run).lower())))) {
        run++;
      }
      // the capitalised run that opens the sentence ("Governor Tom Baker visited ..."), else its noun phrase
      Mention subject = run > s && run < cueStart ? parser.classify(s, run, null) : parser.after(s, cueStart);
      if (subject != null && (subject.kind() == EntityKind.PERSON || subject.kind() == EntityKind.PRONOUN
          || subject.kind() == EntityKind.ORGANIZATION || subject.kind() == EntityKind.GROUP)) {
        return subject;
      }
      return null;
    }

    /** Token index where the reported clause after a cue begins, or -1. */
    private int clauseAfter(CueLexicon.Match match, int end, Mention subject) {
      int c = match.end();
      if (match.lemma().equals("call") && c + 1 < end
          && (tokens.get(c).lower().equals("for") || tokens.get(c).lower().equals("on"))) {
        return c + 1; // "called for more investment", "called on Trump to stop"
      }
      for (int k = c; k < end && k - c <= THAT_WINDOW; k++) {
        Token t = tokens.get(k);
        if (t.lower().equals("that") && k + 1 < end && !tokens.get(k + 1).isTerminal()
            && !tokens.get(k + 1).is(",")) {
          return k;
        }
        if (t.isQuote() || t.is(";") || t.is(":")) {
          break;
        }
      }
      if (c < end && tokens.get(c).lower().equals("to") && c + 1 < end && tokens.get(c + 1).isWord()
          && !tokens.get(c + 1).isCapitalised() && !Words.DETERMINERS.contains(tokens.get(c + 1).lower())
          && (match.kind() == CueLexicon.Kind.INTENT || TO_INFINITIVE.contains(match.lemma()))) {
        return c; // "vowed to continue the fight"
      }
      if (match.kind() == CueLexicon.Kind.INTENT) {
        return -1;
      }
      if (match.kind() == CueLexicon.Kind.THOUGHT && !THOUGHT_WITHOUT_THAT.contains(match.lemma())
          && !(EVIDENCE_VERBS.contains(match.lemma()) && subject.kind() == EntityKind.DOCUMENT)) {
        return -1; // "Polls show a close race" reports a finding; "He found the keys" does not
      }
      if (OBJECT_VERBS.contains(match.lemma())) {
        return -1;
      }
      if (match.lemma().equals("tell") && match.length() == 1) {
        return -1;
      }
      while (c < end && Words.WEEKDAYS.contains(tokens.get(c).lower())) {
        c++;
      }
      if (c + 1 < end && tokens.get(c).is(",") && match.kind() == CueLexicon.Kind.SPEECH
          && tokens.get(c + 1).isWord() && !tokens.get(c + 1).isCapitalised()
          && !tokens.get(c + 1).lower().endsWith("ing") && cueMatch(c + 1, end) == null) {
        c++; // "Mr. Obama said, a majority of Americans ..."
      }
      if (c >= end) {
        return -1;
      }
      Token first = tokens.get(c);
      String lower = first.lower();
      if (!first.isWord() && !first.isQuote()) {
        return -1;
      }
      if (Words.PREPOSITIONS.contains(lower) || lower.equals("so")
          || lower.equals("as") || lower.equals("and") || lower.equals("but") || lower.equals("not")
          || lower.equals("no") || lower.equals("nothing") || lower.equals("yes") || lower.equals("goodbye")) {
        return -1;
      }
      return c;
    }

    /** Quotations are in document order and do not overlap: binary search by end offset. */
    private int firstQuotationEndingAfter(int offset) {
      int lo = 0;
      int hi = quotations.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (quotations.get(mid).end() <= offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    private boolean overlapsAttributedQuote(Span content, Found[] direct) {
      for (int q = firstQuotationEndingAfter(content.begin()); q < quotations.size()
          && quotations.get(q).begin() < content.end(); q++) {
        if (direct[q] != null) {
          Quotation quotation = quotations.get(q);
          if (content.overlaps(new Span(quotation.begin(), quotation.end()))) {
            return true;
          }
        }
      }
      return false;
    }

    // ---------------------------------------------------------------- emitting quotes

    private void emitQuotations(Found[] direct, boolean[] absorbed) {
      int lastAttributed = -1;
      for (int q = 0; q < quotations.size(); q++) {
        Quotation quotation = quotations.get(q);
        if (absorbed[q]) {
          continue;
        }
        Found found = direct[q];
        double confidence = 0.9;
        if (found == null && lastAttributed >= 0 && continues(quotations.get(lastAttributed), quotation)) {
          found = direct[lastAttributed];
          confidence = 0.7;
        }
        if (found == null && (isScareQuote(quotation) || precededByWord(quotation))) {
          continue; // a quoted phrase inside a clause nobody was found to say ("believe “that ...”")
        }
        if (isTitle(quotation) && (found == null || !":".equals(found.cue().lemma()))) {
          continue; // “Face the Nation,” “Fox and Friends”: a title, not speech
        }
        if (found != null && direct[q] != null) {
          lastAttributed = q;
        }
        Mention mention = found == null ? null : found.mention();
        Attribution.Cue cue = found == null ? null : found.cue();
        if (found == null) {
          confidence = 0.2;
        } else if (direct[q] == null && paragraph[quotation.openToken()] != paragraph[quotations.get(lastAttributed).closeToken()]) {
          // a following paragraph continuing the speaker: same speaker and cue, one attribution (as PolNeAR)
          confidence = 0.6;
        }
        int mixedFrom = direct[q] == null ? -1 : mixedStart(quotation, direct[q]);
        if (mixedFrom >= 0) {
          // a mixed quotation: the clause begins outside the marks ("The country “has made
          // dramatic changes,” he said"); its content is the whole clause, reported speech
          Span last = trim(quotation.fragments().get(quotation.fragments().size() - 1));
          out.add(new Draft(new Span(tokens.get(mixedFrom).begin(), last.end()), false, cue, mention, confidence));
          continue;
        }
        int mixedTo = direct[q] == null ? -1 : mixedEnd(quotation, direct[q]);
        if (mixedTo >= 0) {
          // “The only way ... is jail time” for criminal behavior, she said: the clause goes on after
          // the marks up to the attribution; its content is the whole clause, reported speech
          out.add(new Draft(new Span(trim(quotation.fragments().get(0)).begin(), tokens.get(mixedTo - 1).end()),
              false, cue, mention, confidence));
          continue;
        }
        for (Span fragment : quotation.fragments()) {
          Span trimmed = trim(fragment);
          if (trimmed.length() > 0) {
            out.add(new Draft(trimmed, true, cue, mention, confidence));
          }
        }
      }
    }

    /**
     * Where a mixed quotation's clause begins, or -1 for a direct quote: the quotation continues
     * words of its own sentence (its first word is lower case and a word precedes its opening mark)
     * after the cue ("said the court's decision “will ...”") or, when the cue follows, from the
     * sentence start ("The country “has made ...,” he said").
     */
    private int mixedStart(Quotation quotation, Found found) {
      int open = quotation.openToken();
      if (open == 0 || open + 1 >= tokens.size() || quotation.fragments().size() != 1) {
        return -1;
      }
      Token before = tokens.get(open - 1);
      Token first = tokens.get(open + 1);
      int that = thatBefore(open);
      if (that >= 0 && found.cueEnd() <= that && found.cueEnd() >= sentenceStart[open] && !tokens.get(open).newlineBefore()) {
        return that; // "Trump wrote that, “For those ...”": the reported clause begins at "that"
      }
      boolean afterComma = before.is(",");
      if (!(before.isWord() || afterComma) || tokens.get(open).newlineBefore() || !first.isWord() || first.isCapitalised()) {
        return -1;
      }
      int sentence = sentenceStart[open];
      int from;
      if (found.cueEnd() <= open && found.cueEnd() >= sentence) {
        from = found.cueEnd();
      } else if (found.cueStart() > quotation.closeToken()) {
        from = sentence;
      } else {
        return -1;
      }
      if (from >= (afterComma ? open - 1 : open)) {
        return -1; // "X said, “the system is rigged”": introduced by the cue itself, a direct quote
      }
      for (int k = from; k < open; k++) {
        if (quotationOf[k] >= 0 || (claimed[k] && found.cueStart() > quotation.closeToken())) {
          return -1;
        }
      }
      return from;
    }

    /**
     * Where a quotation's clause ends when lower-case words follow its closing mark before the comma of
     * a cue after it ("“...” for criminal behavior, she said"), or -1.
     */
    private int mixedEnd(Quotation quotation, Found found) {
      int close = quotation.closeToken();
      if (quotation.fragments().size() != 1 || found.cueStart() <= close || close + 2 >= tokens.size()) {
        return -1;
      }
      Token after = tokens.get(close + 1);
      if (!after.isWord() || after.isCapitalised() || after.newlineBefore()
          || !(Words.PREPOSITIONS.contains(after.lower()) || CLAUSE_CONTINUATIONS.contains(after.lower()))) {
        return -1; // "“... at Green Village” base, a statement said": a noun finishing the quoted name
      }
      String content = quotedText(quotation);
      if (!content.isEmpty() && ",.!?…".indexOf(content.charAt(content.length() - 1)) >= 0) {
        return -1; // the quotation ended its own clause
      }
      for (int k = close + 1; k < found.cueStart() && k - close <= 8; k++) {
        Token t = tokens.get(k);
        if (t.is(",")) {
          return k > close + 1 ? k : -1;
        }
        if (!t.isWord() || quotationOf[k] >= 0) {
          return -1;
        }
      }
      return -1;
    }

    /** The index of a "that" right before the opening mark (a comma between allowed), or -1. */
    private int thatBefore(int open) {
      int k = open - 1;
      if (k > 0 && tokens.get(k).is(",")) {
        k--;
      }
      return k >= 0 && tokens.get(k).lower().equals("that") && quotationOf[k] < 0 ? k : -1;
    }

    /** The opening mark follows a word of the same sentence: the quotation is part of a clause. */
    private boolean precededByWord(Quotation quotation) {
      int open = quotation.openToken();
      return open > 0 && !tokens.get(open).newlineBefore() && sentenceStart[open] < open
          && tokens.get(open - 1).isWord() && quotationOf[open - 1] < 0;
    }

    /**
     * A title in quotation marks ("Face the Nation," "Coal Isn't the Villain."): at most seven
     * words, each capitalised except short function words.
     */
    private boolean isTitle(Quotation quotation) {
      int open = quotation.openToken();
      int close = quotation.closeToken();
      int words = 0;
      for (int k = open + 1; k < close; k++) {
        Token t = tokens.get(k);
        if (!t.isWord() || !Character.isLetter(t.text().charAt(0))) {
          continue;
        }
        if (++words > 7 || (!t.isCapitalised() && (words == 1 || !TITLE_SMALL_WORDS.contains(t.lower())))) {
          return false;
        }
      }
      return words >= 2;
    }

    /** An unattributed quotation continues the previous speaker: split quote or next paragraph. */
    private boolean continues(Quotation previous, Quotation next) {
      if (isTitle(next) || precededByWord(next) || thatBefore(next.openToken()) >= 0) {
        return false;
      }
      int prevPar = paragraph[previous.closeToken()];
      int nextPar = paragraph[next.openToken()];
      if (nextPar == prevPar && followsAttribution(previous, next) && wordCount(next) >= 2) {
        return true;
      }
      if (!isSentenceLike(next) && isScareQuote(next)) {
        return false;
      }
      if (!startsSentence(next)) {
        return false;
      }
      if (nextPar == prevPar) {
        return true;
      }
      if (nextPar != prevPar + 1 || !tokens.get(next.openToken()).newlineBefore()) {
        return false;
      }
      // the whole paragraph is the quotation
      int after = next.closeToken() + 1;
      while (after < tokens.size() && !tokens.get(after).newlineBefore() && !tokens.get(after).isWord()) {
        after++;
      }
      return after >= tokens.size() || tokens.get(after).newlineBefore();
    }

    /** “A,” Scott said, “B”: only the previous quote's attribution stands between the two. */
    private boolean followsAttribution(Quotation previous, Quotation next) {
      int gap = next.openToken() - previous.closeToken() - 1;
      if (gap <= 0 || gap > POST_WINDOW) {
        return false;
      }
      boolean sawClaimed = false;
      for (int i = previous.closeToken() + 1; i < next.openToken(); i++) {
        Token t = tokens.get(i);
        if (t.isTerminal() && i != next.openToken() - 1) {
          return false;
        }
        sawClaimed |= claimed[i];
      }
      return sawClaimed;
    }

    private boolean startsSentence(Quotation quotation) {
      int open = quotation.openToken();
      if (sentenceStart[open] == open) {
        return true;
      }
      String content = quotedText(quotation);
      return !content.isEmpty() && Character.isUpperCase(content.charAt(0))
          && (open == 0 || tokens.get(open - 1).isTerminal() || endsSentenceInside(open - 1));
    }

    /** Token {@code k} closes a quotation whose text ends a sentence ("... on “Fox and Friends.”"). */
    private boolean endsSentenceInside(int k) {
      if (k < 0 || quotationOf[k] < 0 || quotations.get(quotationOf[k]).closeToken() != k) {
        return false;
      }
      String content = quotedText(quotations.get(quotationOf[k]));
      return !content.isEmpty() && ".!?".indexOf(content.charAt(content.length() - 1)) >= 0;
    }

    /** The quoted text without surrounding spaces and the marks of nested quotations at its ends. */
    private String quotedText(Quotation quotation) {
      String content = text.substring(quotation.begin(), quotation.end()).strip();
      int b = 0;
      int e = content.length();
      while (b < e && "\"'\u2018\u2019\u201c\u201d\u00ab\u00bb ".indexOf(content.charAt(b)) >= 0) {
        b++;
      }
      while (e > b && "\"'\u2018\u2019\u201c\u201d\u00ab\u00bb ".indexOf(content.charAt(e - 1)) >= 0) {
        e--;
      }
      return content.substring(b, e);
    }

    private int wordCount(Quotation quotation) {
      String content = quotedText(quotation);
      return content.isEmpty() ? 0 : Words.SPACES.split(content).length;
    }

    private boolean endsWithPeriod(Quotation quotation) {
      String content = quotedText(quotation);
      return content.endsWith(".") && !content.endsWith("..");
    }

    private boolean isSentenceLike(Quotation quotation) {
      String content = quotedText(quotation);
      return content.length() > 1 && Character.isUpperCase(content.charAt(0))
          && ".!?,…".indexOf(content.charAt(content.length() - 1)) >= 0;
    }

    /** Short phrases, titles and scare quotes: no cue and not a sentence. */
    private boolean isScareQuote(Quotation quotation) {
      String content = quotedText(quotation);
      int words = wordCount(quotation);
      if (words <= 5) {
        return true;
      }
      char first = content.charAt(0);
      char last = content.charAt(content.length() - 1);
      boolean sentenceLike = Character.isUpperCase(first) && ".!?,…—".indexOf(last) >= 0;
      return !sentenceLike && words <= 12;
    }

    // ---------------------------------------------------------------- helpers

    private CueLexicon.Match cueMatch(int i, int limit) {
      if (i >= limit || !tokens.get(i).isWord() || claimed[i] || insideName(i)) {
        return null;
      }
      if (i > 0 && NOUN_DETERMINERS.contains(tokens.get(i - 1).lower())) {
        return null; // "the states", "his remarks", "their claims": a noun, not a verb
      }
      return lexicons.cues().match(tokens, i, limit);
    }

    /**
     * A capitalised word after another capitalised word in a sentence that is not in title case is
     * part of a name ("a former United States ambassador"), not a cue; in a title-case headline
     * ("Trump Says He Will Win") it may be one.
     */
    private boolean insideName(int i) {
      Token token = tokens.get(i);
      if (!token.isCapitalised() || i == 0 || sentenceStart[i] == i || !tokens.get(i - 1).isWord()
          || !tokens.get(i - 1).isCapitalised()) {
        return false;
      }
      return lowerCaseWordBefore[i];
    }

    private int prefixStart(int cueStart, int floor) {
      int start = cueStart;
      while (start - 1 >= floor && start - 1 >= 0 && cueStart - start < 3
          && Words.CUE_PREFIX.contains(tokens.get(start - 1).lower())) {
        start--;
      }
      return start;
    }

    private Found found(CueLexicon.Match match, int cueStart, Mention mention) {
      return new Found(cue(match, cueStart), mention, cueStart, match.end());
    }

    private Attribution.Cue cue(CueLexicon.Match match, int cueStart) {
      return new Attribution.Cue(
          new Span(tokens.get(cueStart).begin(), tokens.get(match.end() - 1).end()), match.lemma());
    }

    private void claim(int from, int to) {
      for (int i = Math.max(0, from); i < to && i < claimed.length; i++) {
        claimed[i] = true;
      }
    }

    private void claimMention(Mention mention) {
      if (mention == null) {
        return;
      }
      int from = tokenIndexAt(mention.span().begin());
      int to = tokenIndexAt(mention.span().end() - 1) + 1;
      claim(from, to);
    }

    /** First token index from j at which the attribution window after a quotation ends. */
    private int clauseEnd(int j) {
      int i = j;
      while (i < tokens.size() && i - j < 40) {
        Token t = tokens.get(i);
        if (t.newlineBefore()) {
          return i;
        }
        if (t.isTerminal() || t.isQuote() || t.is(";")) {
          return i;
        }
        i++;
      }
      return i;
    }

    private int indexOf(String word, int from, int to) {
      for (int i = from; i < to; i++) {
        if (tokens.get(i).lower().equals(word)) {
          return i;
        }
      }
      return -1;
    }

    private int tokenIndexAt(int offset) {
      int lo = 0;
      int hi = tokens.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (tokens.get(mid).begin() <= offset) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }

    private Span span(int fromToken, int toToken) {
      return new Span(tokens.get(fromToken).begin(), tokens.get(toToken - 1).end());
    }

    private Span trim(Span span) {
      int b = span.begin();
      int e = span.end();
      while (b < e && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
      while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      return new Span(b, e);
    }
  }
}
