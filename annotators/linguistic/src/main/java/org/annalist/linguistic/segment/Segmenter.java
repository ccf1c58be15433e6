package org.annalist.linguistic.segment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based sentence and token segmentation for English news and web text, with Universal
 * Dependencies tokens: punctuation split off, hyphens split except after a few prefixes ("e-mail",
 * "re-elect"), contractions one surface token of two words ("do" + "n't"), "U.S.", "Gen.", initials,
 * URLs, e-mail addresses, handles, hashtags and numbers with separators ("1,000.5", "10:30",
 * "08/16/2000") kept whole. One pass over the characters and one over the tokens: linear time.
 * Sentences end at a blank line, and after ., !, ?, ellipses and (rarely) abbreviations when the next
 * token can start a sentence; closing quotes and brackets stay with the sentence they close. Lines of
 * e-mail and web text without final punctuation end too: separator lines, header timestamps,
 * addresses in angle brackets, a letter's greeting and closing, lines of links, emoticons, lists of
 * attached files and numbered items in running text (see docs/linguistic-layer.md).
 * A sentence that reaches {@code maxSentenceTokens} and a token that reaches {@code maxTokenChars}
 * are cut there, and counted. Instances are immutable and thread-safe.
 */
public final class Segmenter {

  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 400;
  public static final int DEFAULT_MAX_TOKEN_CHARS = 2000;

  static final byte WORD = 0;
  static final byte ABBREVIATION = 1;
  static final byte TITLE = 2;
  static final byte TERMINAL = 3;
  static final byte ELLIPSIS = 4;
  static final byte OPEN = 5;
  static final byte CLOSE = 6;
  static final byte OTHER = 7;

  /** Followed by a period, never the end of a sentence: titles, months, "No." before a number. */
  private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Sgt",
      "Capt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Gov", "Sen", "Rep", "Reps", "Sens", "Rev", "Prof", "Pres",
      "Hon", "Gens", "Brig", "Supt", "Insp", "Det", "Fr", "Msgr", "Messrs", "Mmes", "Mt", "Ft", "St", "Ste", "No",
      "Nos", "Vol", "vol", "ext", "Ext", "pp", "Fig", "fig", "Sec", "Art", "vs", "v", "cf", "ca", "approx", "Jan", "Feb",
      "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ph", "Ave", "Blvd", "Rd", "Dept",
      "c", "Assoc", "Calif", "Ariz", "Ark", "Colo", "Conn", "Del", "Fla", "Ga", "Kan", "Kans", "Ky", "Md", "Mich", "Minn",
      "Neb", "Nev", "Okla", "Ore", "Penn", "Tenn", "Tex", "Vt", "Wis", "Wyo", "Mass", "Ala", "Op", "op");

  /** Followed by a period that can also end the sentence. */
  private static final Set<String> ABBREVIATIONS = Set.of("etc", "Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "Bros",
      "al", "LLC", "Ltda", "Plc", "plc", "Esq", "Drs", "Sts", "PS", "PVT", "LTD", "INC", "CO", "CORP", "eds", "ed", "incl", "esp", "min", "max", "hrs", "yrs", "mos");

  /** Prefixes that keep their hyphen in UD English ("e-mail", "non-human", "re-wording"). */
  private static final Set<String> HYPHEN_PREFIXES = Set.of("e", "re", "non", "semi", "mis", "over", "vice", "pre",
      "co", "anti", "multi", "post", "sub", "inter", "pro", "un", "de", "mid", "bi", "tri", "counter", "ex",
      "cyber", "x", "self", "micro", "macro", "mega", "ultra", "neo", "pseudo", "quasi");

  /** Endings that keep "Amazon.com", "google.co.uk" and "report.pdf" one token (compared in lower case). */
  private static final Set<String> DOT_SUFFIXES = Set.of("com", "org", "net", "edu", "gov", "mil", "int", "co",
      "uk", "us", "de", "fr", "ca", "au", "nz", "io", "info", "biz", "html", "htm", "php", "asp", "aspx", "jsp",
      "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "jpg", "jpeg", "png", "gif", "zip", "mp3", "mp4",
      "csv", "xml", "json", "exe", "tv", "ly", "me");

  /** Capitalised words that start sentences far more often than they follow an abbreviation inside one. */
  private static final Set<String> SENTENCE_STARTERS = Set.of("The", "A", "An", "He", "She", "It", "They", "We",
      "I", "You", "This", "That", "These", "Those", "There", "Here", "His", "Her", "Its", "Their", "Our", "My",
      "Your", "But", "And", "Or", "So", "Yet", "If", "When", "While", "After", "Before", "As", "In", "On", "At",
      "For", "From", "With", "By", "To", "Some", "Many", "Most", "All", "Not", "What", "Who", "Why", "How",
      "Where", "Which", "Meanwhile", "However", "Also", "Still", "Then", "Now", "Today", "Yesterday", "Thanks",
      "Please", "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Can", "Could", "Will", "Would", "Should", "Let",
      "Mr", "Mrs", "Ms", "Dr", "Thank", "Hope", "One", "Each", "Every", "No");

  /** Words that open or close a letter, before a name or the text: "Dear", "Regards". */
  private static final Set<String> SALUTATIONS = Set.of("Hi", "Hello", "Hey", "Dear", "Greetings", "Regards",
      "Sincerely", "Thanks", "Cheers", "Best", "Kind", "Kindest", "Warm", "Warmest", "Yours", "Respectfully",
      "Cordially");

  private final int maxSentenceTokens;
  private final int maxTokenChars;

  public Segmenter() {
    this(DEFAULT_MAX_SENTENCE_TOKENS, DEFAULT_MAX_TOKEN_CHARS);
  }

  public Segmenter(int maxSentenceTokens, int maxTokenChars) {
    if (maxSentenceTokens < 1 || maxTokenChars < 1) {
      throw new IllegalArgumentException("maxSentenceTokens and maxTokenChars must be at least 1");
    }
    this.maxSentenceTokens = maxSentenceTokens;
    this.maxTokenChars = maxTokenChars;
  }

  public Segmentation segment(String text) {
    Segmentation out = new Segmentation(text.length());
    segment(text, 0, text.length(), out);
    return out;
  }

  /** Segments text[begin, end) and appends the result to {@code out}; a sentence never crosses regions. */
  public void segment(String text, int begin, int end, Segmentation out) {
    Region region = new Region(text, begin, end, out);
    region.tokenize();
    region.sentences();
  }

  /** The working state of one region. */
  private final class Region {
    private final String text;
    private final int begin;
    private final int end;
    private final Segmentation out;
    private final int firstToken;
    private byte[] kinds;
    private boolean[] breakBefore;

    Region(String text, int begin, int end, Segmentation out) {
      this.text = text;
      this.begin = begin;
      this.end = end;
      this.out = out;
      this.firstToken = out.tokenCount();
      int expectedTokens = Segmentation.expectedTokens(end - begin);
      this.kinds = new byte[expectedTokens];
      this.breakBefore = new boolean[expectedTokens];
    }

    void tokenize() {
      int i = begin;
      int newlines = 0;
      while (i < end) {
        char c = text.charAt(i);
        if (isSpace(c)) {
          if (c == '\n') {
            newlines++;
          }
          i++;
          continue;
        }
        boolean paragraph = newlines >= 2;
        newlines = 0;
        limit = (int) Math.min(end, (long) i + maxTokenChars + 1);
        int tokenEnd = scanToken(i);
        if (tokenEnd - i > maxTokenChars) {
          tokenEnd = i + maxTokenChars;
          if (Character.isLowSurrogate(text.charAt(tokenEnd)) && Character.isHighSurrogate(text.charAt(tokenEnd - 1))) {
            tokenEnd--;
          }
          kind = OTHER;
          out.forcedTokenSplits++;
        }
        addToken(i, tokenEnd, kind, paragraph);
        i = tokenEnd;
      }
    }

    private byte kind;
    private boolean apostrophe;
    /** How far the scan of the current token may look: past maxTokenChars it is cut anyway. */
    private int limit;

    private void addToken(int from, int to, byte tokenKind, boolean paragraph) {
      int index = out.tokenCount() - firstToken;
      if (index == kinds.length) {
        kinds = Arrays.copyOf(kinds, index * 2);
        breakBefore = Arrays.copyOf(breakBefore, index * 2);
      }
      kinds[index] = tokenKind;
      breakBefore[index] = paragraph;
      out.addToken(from, to);
      if (tokenKind == WORD) {
        addWords(from, to);
      } else {
        out.addWord(from, to);
      }
    }

    /** Splits contractions the UD way: "don't" = do + n't, "I'm" = I + 'm, "cannot" = can + not. */
    private void addWords(int from, int to) {
      int length = to - from;
      int split = -1;
      if (apostrophe && length >= 3) {
        char last = lower(text.charAt(to - 1));
        if (length >= 4 && last == 't' && isApostrophe(text.charAt(to - 2)) && lower(text.charAt(to - 3)) == 'n'
            && isLetter(text.charAt(to - 4))) {
          split = to - 3;
        } else if (isApostrophe(text.charAt(to - 2)) && (last == 's' || last == 'm' || last == 'd')) {
          split = to - 2;
        } else if (length >= 4 && isApostrophe(text.charAt(to - 3))
            && (lower(text.charAt(to - 2)) == 'r' && last == 'e' || lower(text.charAt(to - 2)) == 'v' && last == 'e'
            || lower(text.charAt(to - 2)) == 'l' && last == 'l')) {
          split = to - 3;
        }
      } else if (length == 5 || length == 6) {
        split = fusedSplit(from, to);
      }
      if (split > from) {
        out.addWord(from, split);
        out.addWord(split, to);
      } else {
        out.addWord(from, to);
      }
    }

    private int fusedSplit(int from, int to) {
      char first = lower(text.charAt(from));
      if (first != 'c' && first != 'g' && first != 'w') {
        return -1;
      }
      if (endsWithIgnoreCase(from, to, "cannot")) {
        return from + 3;
      }
      if (to - from == 5 && (endsWithIgnoreCase(from, to, "gonna") || endsWithIgnoreCase(from, to, "wanna")
          || endsWithIgnoreCase(from, to, "gotta"))) {
        return from + 3;
      }
      return -1;
    }

    private boolean endsWithIgnoreCase(int from, int to, String word) {
      return to - from == word.length() && text.regionMatches(true, from, word, 0, word.length());
    }

    /** The end of the token starting at i (not a space); sets {@link #kind}. */
    private int scanToken(int i) {
      char c = text.charAt(i);
      apostrophe = false;
      kind = OTHER;
      if ((c == 'h' || c == 'H') && (startsWith(i, "http://") || startsWith(i, "https://"))
          || (c == 'w' || c == 'W') && startsWith(i, "www.")) {
        return scanUrl(i);
      }
      if ((c == '@' && i + 1 < limit && isWordChar(text.charAt(i + 1)))
          || (c == '#' && i + 1 < limit && isLetter(text.charAt(i + 1)))) {
        int j = i + 1;
        while (j < limit && (isWordChar(text.charAt(j)) || text.charAt(j) == '_')) {
          j++;
        }
        return c == '@' ? domainAfter(j) : j;
      }
      if (isWordChar(c) && !isIdeograph(c)) {
        return scanWord(i);
      }
      switch (c) {
        case '.', '!', '?', '\u2026', '\u3002', '\uff01', '\uff1f' -> {
          int j = i + 1;
          boolean dotsOnly = c == '.';
          while (j < limit && isTerminal(text.charAt(j))) {
            dotsOnly &= text.charAt(j) == '.';
            j++;
          }
          kind = c == '\u2026' || dotsOnly && j - i >= 2 ? ELLIPSIS : TERMINAL;
          return j;
        }
        case '(', '[', '{', '\u201c', '\u2018', '\u00ab' -> {
          kind = OPEN;
          return i + 1;
        }
        case ')', ']', '}', '\u201d', '\u2019', '\u00bb' -> {
          kind = CLOSE;
          return i + 1;
        }
        case '"', '\'', '`' -> {
          boolean spaceBefore = i == begin || isSpace(text.charAt(i - 1)) || isOpening(text.charAt(i - 1));
          boolean spaceAfter = i + 1 >= limit || isSpace(text.charAt(i + 1)) || isPunctuation(text.charAt(i + 1));
          kind = spaceBefore && !spaceAfter ? OPEN : !spaceBefore ? CLOSE : OTHER;
          int j = i + 1;
          while (j < limit && text.charAt(j) == c && c != '"') {
            j++; // `` and '' quotes
          }
          return j;
        }
        case ':', ';', '=' -> {
          int emoticon = scanEmoticon(i);
          if (emoticon > i) {
            return emoticon;
          }
          if (c == '=') {
            int j = i + 1;
            while (j < limit && (text.charAt(j) == '-' || text.charAt(j) == '=')) {
              j++;
            }
            return j;
          }
          return i + 1;
        }
        case '-' -> {
          int j = i + 1;
          while (j < limit && (text.charAt(j) == '-' || text.charAt(j) == '=')) {
            j++;
          }
          return j;
        }
        case '*', '_', '~', '\u2014', '\u2013', '$', '+', '<', '>', '\\', '/' -> {
          return run(i, c);
        }
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(text.charAt(i + 1))) {
            return i + 2;
          }
          return i + 1;
        }
      }
    }

    /** The end of "@example" extended by a domain ending, "@example.com", "@example.co.uk". */
    private int domainAfter(int j) {
      int end = j;
      while (end + 2 < limit && text.charAt(end) == '.' && isLetter(text.charAt(end + 1))) {
        int m = end + 1;
        while (m < limit && isLetter(text.charAt(m))) {
          m++;
        }
        if (m - end - 1 > 4 || !DOT_SUFFIXES.contains(text.substring(end + 1, m).toLowerCase(Locale.ROOT))) {
          break;
        }
        end = m;
      }
      return end;
    }

    private int run(int i, char c) {
      int j = i + 1;
      while (j < limit && text.charAt(j) == c) {
        j++;
      }
      return j;
    }

    private int scanEmoticon(int i) {
      int j = i + 1;
      if (j < limit && (text.charAt(j) == '-' || text.charAt(j) == '\'')) {
        j++;
      }
      if (j < limit && ")(DPp/|]*O3".indexOf(text.charAt(j)) >= 0 && (j + 1 >= limit || isSpace(text.charAt(j + 1))
          || isTerminal(text.charAt(j + 1)) || text.charAt(j + 1) == ')')) {
        if (text.charAt(j) == '/' && j + 1 < limit && text.charAt(j + 1) == '/') {
          return i;
        }
        return j + 1;
      }
      return i;
    }

    private int scanUrl(int i) {
      int j = i;
      int open = 0;
      while (j < limit) {
        char c = text.charAt(j);
        if (isSpace(c) || c == '<' || c == '>' || c == '"' || c == '\u201c' || c == '\u201d') {
          break;
        }
        if (c == '(' || c == '[') {
          open++;
        } else if (c == ')' || c == ']') {
          if (open == 0) {
            break;
          }
          open--;
        }
        j++;
      }
      while (j > i + 1 && ".,;:!?'".indexOf(text.charAt(j - 1)) >= 0) {
        j--;
      }
      return j;
    }

    private int scanWord(int i) {
      kind = WORD;
      int j = i + 1;
      int segmentStart = i;
      boolean numeric = isDigit(text.charAt(i));
      int slashes = 0;
      while (j < limit) {
        char c = text.charAt(j);
        if (isWordChar(c) && !isIdeograph(c)) {
          if (numeric && isLetter(c) && isDigit(text.charAt(j - 1)) && isUnitAfterNumber(j)) {
            return j; // 8gb, 375mm: the number and the unit are two tokens
          }
          j++;
          continue;
        }
        char previous = text.charAt(j - 1);
        char next = j + 1 < limit ? text.charAt(j + 1) : ' ';
        if (isApostrophe(c) && isLetter(next) && isLetter(previous)) {
          apostrophe = true;
          j += 2;
        } else if (isApostrophe(c) && isDigit(previous) && lower(next) == 's'
            && (j + 2 >= limit || !isWordChar(text.charAt(j + 2)))) {
          j += 2; // the 70's
        } else if ((c == ',' || c == '.' || c == ':') && isDigit(previous) && isDigit(next)) {
          j += 2;
        } else if (c == '/' && isDigit(previous) && isDigit(next) && (slashes > 0 || secondSlashAhead(j + 1))) {
          slashes++;
          j += 2; // 08/16/2000, not 24/7
        } else if (c == '-' && isDigit(previous) && isDigit(next) && isPhoneGroup(j)) {
          j += 2; // 713-664-7478
        } else if (c == '-' && isLetter(next) && HYPHEN_PREFIXES.contains(lowerSubstring(segmentStart, j))) {
          j += 2;
          segmentStart = j - 1;
        } else if (c == '&' && isUpper(previous) && isUpper(next)) {
          j += 2;
        } else if (c == '/' && j - segmentStart == 1 && isLetter(next)
            && (j + 2 >= limit || !isWordChar(text.charAt(j + 2)))) {
          j += 2; // b/c, w/o
        } else if (c == '@' && isWordChar(next)) {
          return scanEmail(i, j);
        } else {
          break;
        }
      }
      if (j < limit && text.charAt(j) == '.') {
        return afterPeriod(i, j);
      }
      return j;
    }

    /** 1-2 lower-case letters after a number, not an ordinal or plural (8gb, 45p; not 4th, 1990s). */
    private boolean isUnitAfterNumber(int j) {
      int k = j;
      while (k < limit && isLetter(text.charAt(k))) {
        k++;
      }
      if (k - j > 2 || k < limit && isWordChar(text.charAt(k)) || !allLower(j, k)) {
        return false;
      }
      String suffix = text.substring(j, k);
      return !suffix.equals("st") && !suffix.equals("nd") && !suffix.equals("rd") && !suffix.equals("th")
          && !suffix.equals("s");
    }

    private boolean secondSlashAhead(int k) {
      while (k < limit && isDigit(text.charAt(k))) {
        k++;
      }
      return k + 1 < limit && text.charAt(k) == '/' && isDigit(text.charAt(k + 1));
    }

    /** A hyphen inside a telephone or postal number (713-664-7478, 3-5076), not a range (13-17, 1990-1995). */
    private boolean isPhoneGroup(int hyphen) {
      int left = 0;
      for (int k = hyphen - 1; k >= begin && isDigit(text.charAt(k)); k--) {
        left++;
      }
      int right = 0;
      int k = hyphen + 1;
      while (k < limit && isDigit(text.charAt(k))) {
        k++;
        right++;
      }
      boolean more = k + 1 < limit && text.charAt(k) == '-' && isDigit(text.charAt(k + 1));
      return right >= 4 && left != 4 || left == 3 && right == 3 && more;
    }

    private int scanEmail(int i, int at) {
      int j = at + 1;
      int lastDot = -1;
      while (j < limit) {
        char c = text.charAt(j);
        if (c == '.' && j + 1 < limit && isWordChar(text.charAt(j + 1))) {
          lastDot = j;
        } else if (!isWordChar(c) && c != '-' && c != '_') {
          break;
        }
        j++;
      }
      kind = lastDot > 0 ? OTHER : WORD;
      return lastDot > 0 ? j : at;
    }

    /** A word followed by '.': an acronym ("U.S."), a domain, an abbreviation, or the end of a sentence. */
    private int afterPeriod(int i, int dot) {
      int length = dot - i;
      int at = dot;
      while (at < limit && (isWordChar(text.charAt(at)) || text.charAt(at) == '.' || text.charAt(at) == '_'
          || text.charAt(at) == '-')) {
        at++;
      }
      if (at + 1 < limit && text.charAt(at) == '@' && isWordChar(text.charAt(at + 1))) {
        return scanEmail(i, at); // Kevin.A.Boone@accenture.com
      }
      if (length <= 2 && allLetters(i, dot) && dot + 2 < limit && isLetter(text.charAt(dot + 1))) {
        int j = dot + 1;
        int segments = 1;
        while (true) {
          int k = j;
          while (k < limit && k - j < 2 && isLetter(text.charAt(k))) {
            k++;
          }
          if (k == j || k >= limit || text.charAt(k) != '.') {
            break;
          }
          j = k + 1;
          segments++;
        }
        if (segments >= 2) {
          kind = ABBREVIATION;
          boolean latin = j - i == 4 && (lower(text.charAt(i)) == 'e' || lower(text.charAt(i)) == 'i'); // e.g. i.e.
          return periodEndsSentence(j, !latin) ? j - 1 : j;
        }
      }
      if (dot + 2 < limit && isLetter(text.charAt(dot + 1))) {
        int j = dot;
        int joined = dot;
        int segments = 0;
        while (j + 1 < limit && text.charAt(j) == '.' && isLetter(text.charAt(j + 1))) {
          int m = j + 1;
          while (m < limit && (isWordChar(text.charAt(m)) || text.charAt(m) == '-' && m + 1 < limit
              && isWordChar(text.charAt(m + 1)))) {
            m++;
          }
          segments++;
          if (m - j - 1 <= 5 && DOT_SUFFIXES.contains(text.substring(j + 1, m).toLowerCase(Locale.ROOT))) {
            joined = m;
          } else if (!allLower(j + 1, m)) {
            break;
          }
          j = m;
        }
        if (joined == dot && segments >= 2 && allLower(i, dot) && j > dot) {
          joined = j; // alt.animals.cat
        }
        if (joined > dot) {
          return joined;
        }
      }
      if (length == 1 && isUpper(text.charAt(i))) {
        kind = TITLE; // an initial
        return periodEndsSentence(dot + 1, false) ? dot : dot + 1;
      }
      if (length <= 8) {
        String word = text.substring(i, dot);
        if (length >= 2 && allUpper(i, dot)) {
          String capitalised = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
          word = TITLES.contains(capitalised) ? capitalised : word; // GEN. ELIZABETH
        }
        if (TITLES.contains(word) && (!word.startsWith("No") || digitAfter(dot + 1))) {
          kind = TITLE;
          return periodEndsSentence(dot + 1, false) ? dot : dot + 1;
        }
        if (ABBREVIATIONS.contains(word)) {
          kind = ABBREVIATION;
          return periodEndsSentence(dot + 1, true) ? dot : dot + 1;
        }
      }
      kind = WORD;
      return dot;
    }

    /**
     * Does the sentence end with the period of an abbreviation (before a blank line or the end, or
     * before a word that starts sentences)? Then UD gives the period a token of its own: "U.S" + ".".
     */
    private boolean periodEndsSentence(int after, boolean beforeStarter) {
      int k = after;
      int newlines = 0;
      while (k < end && isSpace(text.charAt(k))) {
        if (text.charAt(k) == '\n') {
          newlines++;
        }
        k++;
      }
      if (k == end || newlines >= 2) {
        return true;
      }
      if (!beforeStarter || k == after || !isUpper(text.charAt(k))) {
        return false;
      }
      int m = k;
      while (m < end && m - k <= 10 && isLetter(text.charAt(m))) {
        m++;
      }
      return SENTENCE_STARTERS.contains(text.substring(k, m));
    }

    private boolean allLetters(int from, int to) {
      for (int k = from; k < to; k++) {
        if (!isLetter(text.charAt(k))) {
          return false;
        }
      }
      return true;
    }

    /** "No. 5" is a number sign, "No. We" a sentence. */
    private boolean digitAfter(int k) {
      while (k < end && text.charAt(k) == ' ') {
        k++;
      }
      return k < end && isDigit(text.charAt(k));
    }

    private boolean allUpper(int from, int to) {
      for (int k = from; k < to; k++) {
        if (!isUpper(text.charAt(k))) {
          return false;
        }
      }
      return true;
    }

    private boolean allLower(int from, int to) {
      for (int k = from; k < to; k++) {
        char c = text.charAt(k);
        if (!isLower(c) && !isDigit(c) && c != '-') {
          return false;
        }
      }
      return true;
    }

    private String lowerSubstring(int from, int to) {
      return to - from > 8 ? "" : text.substring(from, to).toLowerCase(Locale.ROOT);
    }

    private boolean startsWith(int i, String prefix) {
      return text.regionMatches(true, i, prefix, 0, prefix.length()) && i + prefix.length() < limit;
    }

    void sentences() {
      int count = out.tokenCount() - firstToken;
      int start = 0;
      for (int t = 0; t < count; t++) {
        if (t > start && breakBefore[t]) {
          close(start, t - 1);
          start = t;
        }
        char first = firstChar(t);
        if (kinds[t] == WORD ? isDigit(first) : kinds[t] == OTHER || kinds[t] == CLOSE) {
          // lines without final punctuation: only a digit-initial word or a mark can start these rules
          if (t == start && t + 1 < count && isSignatureDashes(t) && !adjacent(t, t + 1) && isUpper(firstChar(t + 1))) {
            close(t, t); // "-- Posted by ...": the dashes before a signature
            start = t + 1;
            continue;
          }
          if (t > start && isListNumber(t, count) && !closesBracketOpenedIn(start, t + 1)) {
            close(start, t - 1); // "... for four nights 1) what island ... 2) I would like": list items
            start = t;
            continue;
          }
          if (isFileListDash(t, count) && t > start) {
            close(start, t - 1); // "- report.pdf - budget.xls": each attached file is an item of its own
            start = t;
            continue;
          }
          if (t + 1 < count && !breakBefore[t + 1] && !adjacent(t, t + 1) && endsLineOfWebText(start, t)) {
            close(start, t); // an address, an emoticon or a "<< File: a.doc >>" mark before the next line
            start = t + 1;
            continue;
          }
          if (isRule(t)) {
            if (t > start) {
              close(start, t - 1); // a line of "=====" or "*****" stands alone
            }
            close(t, t);
            start = t + 1;
            continue;
          }
          if (isHeaderTimestamp(t, count)) {
            if (t > start && !isLower(firstChar(t - 1))) {
              close(start, t - 1); // "Sean Boyle 08/17/2000 11:21 AM": the sender, then the time
              start = t;
            }
            if (t + 3 < count) {
              close(start, t + 2);
              start = t + 3;
            }
            t += 2;
            continue;
          }
          if (t + 1 < count && !breakBefore[t + 1] && isUpper(firstChar(t + 1)) && isBracketedAddress(t)) {
            close(start, t); // "From: Ann Berg <ann@example.org>" before the message
            start = t + 1;
            continue;
          }
          if (t + 1 < count && !breakBefore[t + 1] && isUpper(firstChar(t + 1)) && isNamedOpening(start, t)) {
            close(start, t); // "Vince -", "Steve, Rod and Elyse -": the addressee, a dash, then the text
            start = t + 1;
            continue;
          }
          if (t + 1 < count && !breakBefore[t + 1] && t - start >= 2 && t - start <= 6 && firstChar(start) == '('
              && firstChar(t) == ')' && isUpper(firstChar(t + 1)) && !adjacent(t, t + 1)) {
            close(start, t); // a source or caption alone in brackets, "(BBC)", before the text
            start = t + 1;
            continue;
          }
          if (t + 1 < count && !breakBefore[t + 1] && isSalutation(start, t)) {
            close(start, t); // "Dear Ann," "Best regards," before the letter or the signature
            start = t + 1;
            continue;
          }
        }
        byte k = kinds[t];
        if (k == TERMINAL || k == ELLIPSIS) {
          int j = t + 1;
          while (j < count && kinds[j] == CLOSE && (adjacent(j - 1, j) || closesBracketOpenedIn(start, j))) {
            j++;
          }
          while (isFootnoteMark(j, count)) {
            j += 3; // "... in 1805. [19]": a reference mark stays with the sentence it ends
          }
          boolean ends;
          if (j == count || breakBefore[j]) {
            ends = true;
          } else if (j > t + 1 && isQuote(firstChar(j - 1)) && isLower(firstChar(j))) {
            ends = false; // "Stop!" she said.
          } else if (k == TERMINAL) {
            ends = canStart(j, true);
          } else {
            ends = canStart(j, false) && !isDigit(firstChar(j));
          }
          if (ends) {
            close(start, j - 1);
            start = j;
            t = j - 1;
            continue;
          }
        }
        if (t - start + 1 >= maxSentenceTokens) {
          out.forcedSentenceSplits++;
          close(start, t);
          start = t + 1;
        }
      }
      if (start < count) {
        close(start, count - 1);
      }
    }

    /**
     * Do tokens first..last open or close a letter: a greeting or closing word and at most two more
     * words, then a comma or colon ("Hi Tom,", "Best regards,", "Dear All:"), before a capitalised word?
     */
    private boolean isSalutation(int first, int last) {
      char mark = firstChar(last);
      if (mark != ',' && mark != ':' || last == first || last - first > 3 || !isUpper(firstChar(first))
          || !isUpper(firstChar(last + 1))) {
        return false;
      }
      int from = out.tokenBegin(firstToken + first);
      int to = out.tokenEnd(firstToken + first);
      return to - from <= 12 && SALUTATIONS.contains(text.substring(from, to));
    }

    /** Is token t the '>' that closes an e-mail address in angle brackets, "<ann@example.org>"? */
    private boolean isBracketedAddress(int t) {
      if (t < 2 || firstChar(t) != '>' || firstChar(t - 2) != '<') {
        return false;
      }
      int to = out.tokenEnd(firstToken + t - 1);
      for (int k = out.tokenBegin(firstToken + t - 1); k < to; k++) {
        if (text.charAt(k) == '@') {
          return true;
        }
      }
      return false;
    }

    /**
     * Is token last a dash after nothing but capitalised words, commas, "and" and brackets, at most
     * five tokens, from the sentence's start: an address ("Steve, Rod and Elyse -"), not a dateline?
     */
    private boolean isNamedOpening(int first, int last) {
      int dash = out.tokenBegin(firstToken + last);
      char c = text.charAt(dash);
      if (last == first || last - first > 5 || out.tokenEnd(firstToken + last) - dash != 1
          || c != '-' && c != '\u2013' && c != '\u2014' || adjacent(last - 1, last) || adjacent(last, last + 1)) {
        return false; // "Al-Qaeda"
      }
      int firstFrom = out.tokenBegin(firstToken + first);
      int firstTo = out.tokenEnd(firstToken + first);
      if (firstTo - firstFrom >= 2 && allUpper(firstFrom, firstTo)) {
        return false; // a dateline, "BAGHDAD –", stays in the sentence it opens
      }
      for (int t = first; t < last; t++) {
        char f = firstChar(t);
        int length = out.tokenEnd(firstToken + t) - out.tokenBegin(firstToken + t);
        boolean and = length == 3 && text.startsWith("and", out.tokenBegin(firstToken + t));
        if (!(kinds[t] == WORD && isUpper(f) || and || length == 1 && (f == ',' || f == '(' || f == ')'))) {
          return false;
        }
      }
      return true;
    }

    /**
     * Does token t end a line of web or e-mail text that has no final punctuation: an address
     * before another address or a capitalised word ("Email: ann@example.org Site made!"), an
     * emoticon before a word, "[url]" before the text, or the "<< File: a.doc >>" mark of an
     * attachment? Addresses inside brackets ("<ann@example.org>", "(see www.example.org)") are not.
     */
    private boolean endsLineOfWebText(int first, int t) {
      char c = firstChar(t);
      int from = out.tokenBegin(firstToken + t);
      int length = out.tokenEnd(firstToken + t) - from;
      char next = firstChar(t + 1);
      if (kinds[t] == OTHER && isLetter(c)) {
        if (t > first && isOpeningMark(firstChar(t - 1))) {
          return false;
        }
        return isWebAddress(t) && (kinds[t + 1] == WORD && isUpper(next) || isWebAddress(t + 1));
      }
      if (kinds[t] == OTHER && (c == ':' || c == ';' || c == '=') && length >= 2) {
        return ")(DPp/|]*O3".indexOf(text.charAt(from + length - 1)) >= 0 && kinds[t + 1] == WORD && isLetter(next);
      }
      if (kinds[t] == CLOSE && c == ']') {
        return t - first == 2 && firstChar(first) == '[' && isWebAddress(t - 1);
      }
      if (c == '>' && length == 2 && text.charAt(from + 1) == '>' && (kinds[t + 1] == WORD || firstChar(t + 1) == '-')) {
        for (int k = t - 1; k >= first && k >= t - 12; k--) {
          if (firstChar(k) == '<' && out.tokenEnd(firstToken + k) - out.tokenBegin(firstToken + k) == 2) {
            return true;
          }
        }
      }
      return false;
    }

    /** Is token t a URL, "http://..." or "www..."? */
    private boolean isWebAddress(int t) {
      if (kinds[t] != OTHER) {
        return false;
      }
      int from = out.tokenBegin(firstToken + t);
      return startsWith(from, "http") || startsWith(from, "www.");
    }

    /** Is token t a spaced "-" before a file name, an item of a list of attachments ("- report.pdf")? */
    private boolean isFileListDash(int t, int count) {
      int from = out.tokenBegin(firstToken + t);
      if (t + 1 >= count || breakBefore[t + 1] || out.tokenEnd(firstToken + t) - from != 1 || text.charAt(from) != '-'
          || kinds[t + 1] != WORD || t > 0 && adjacent(t - 1, t) || adjacent(t, t + 1)) {
        return false;
      }
      int nameFrom = out.tokenBegin(firstToken + t + 1);
      int nameTo = out.tokenEnd(firstToken + t + 1);
      int dot = text.lastIndexOf('.', nameTo - 1);
      return dot > nameFrom && nameTo - dot - 1 <= 4
          && DOT_SUFFIXES.contains(text.substring(dot + 1, nameTo).toLowerCase(Locale.ROOT));
    }

    /** Is token t a number of one or two digits, then ")", spaced from the words around: "2) I would"? */
    private boolean isListNumber(int t, int count) {
      int from = out.tokenBegin(firstToken + t);
      int length = out.tokenEnd(firstToken + t) - from;
      return length <= 2 && t + 2 < count && !breakBefore[t + 1] && kinds[t] == WORD && isDigit(text.charAt(from + length - 1))
          && kinds[t + 1] == CLOSE && firstChar(t + 1) == ')' && adjacent(t, t + 1) && !adjacent(t + 1, t + 2)
          && !adjacent(t - 1, t);
    }

    /** Is token j a spaced ')' or ']' that closes a bracket opened in the sentence from token first? */
    private boolean closesBracketOpenedIn(int first, int j) {
      char c = firstChar(j);
      if (c != ')' && c != ']') {
        return false;
      }
      char open = c == ')' ? '(' : '[';
      int depth = 0;
      for (int k = j - 1; k >= first && j - k <= 60; k--) {
        char f = firstChar(k);
        if (f == c && kinds[k] == CLOSE) {
          depth++;
        } else if (f == open && kinds[k] == OPEN && depth-- == 0) {
          return true;
        }
      }
      return false;
    }

    /** Is token t exactly "--", the mark before a signature? */
    private boolean isSignatureDashes(int t) {
      int from = out.tokenBegin(firstToken + t);
      return out.tokenEnd(firstToken + t) - from == 2 && text.startsWith("--", from);
    }

    /** A separator line: one of * _ = ~ # - written three times or more ("=====", "_____"). */
    private boolean isRule(int t) {
      int from = out.tokenBegin(firstToken + t);
      int to = out.tokenEnd(firstToken + t);
      char c = text.charAt(from);
      if (to - from < 3 || c != '*' && c != '_' && c != '=' && c != '~' && c != '#' && c != '-') {
        return false;
      }
      for (int k = from + 1; k < to; k++) {
        if (text.charAt(k) != c) {
          return false;
        }
      }
      return true;
    }

    /** An e-mail header's date and time, "08/17/2000 11:21 AM": a line of its own in the header. */
    private boolean isHeaderTimestamp(int t, int count) {
      if (t + 2 >= count || breakBefore[t + 1] || breakBefore[t + 2] || !isDigit(firstChar(t))
          || !isDigit(firstChar(t + 1)) || firstChar(t + 2) != 'A' && firstChar(t + 2) != 'P') {
        return false;
      }
      int ampm = out.tokenBegin(firstToken + t + 2);
      if (out.tokenEnd(firstToken + t + 2) - ampm != 2 || text.charAt(ampm + 1) != 'M') {
        return false;
      }
      return hasSeparators(t, '/', 2) && hasSeparators(t + 1, ':', 1);
    }

    /** Token t is digits with at least {@code minimum} of {@code separator} between them, nothing else. */
    private boolean hasSeparators(int t, char separator, int minimum) {
      int separators = 0;
      for (int k = out.tokenBegin(firstToken + t); k < out.tokenEnd(firstToken + t); k++) {
        char c = text.charAt(k);
        if (c == separator) {
          separators++;
        } else if (!isDigit(c)) {
          return false;
        }
      }
      return separators >= minimum;
    }

    private boolean isFootnoteMark(int t, int count) {
      return t + 2 < count && !breakBefore[t] && kinds[t] == OPEN && firstChar(t) == '[' && isDigit(firstChar(t + 1))
          && kinds[t + 2] == CLOSE && firstChar(t + 2) == ']' && out.tokenEnd(firstToken + t + 1) - out.tokenBegin(firstToken + t + 1) <= 3;
    }

    private void close(int first, int last) {
      out.addSentence(out.tokenBegin(firstToken + first), out.tokenEnd(firstToken + last));
    }

    private boolean adjacent(int a, int b) {
      return out.tokenEnd(firstToken + a) == out.tokenBegin(firstToken + b);
    }

    private char firstChar(int t) {
      return text.charAt(out.tokenBegin(firstToken + t));
    }

    /** Can token t start a sentence? Upper case, a digit, a symbol, or an opening quote before one. */
    private boolean canStart(int t, boolean lowerToo) {
      char c = firstChar(t);
      if (isUpper(c) || Character.isTitleCase(c) || isDigit(c)) {
        return true;
      }
      if (kinds[t] == OPEN) {
        int next = t + 1;
        while (next < out.tokenCount() - firstToken && kinds[next] == OPEN && next - t < 4) {
          next++;
        }
        return next < out.tokenCount() - firstToken && kinds[next] != OPEN && canStart(next, lowerToo);
      }
      if (isLetter(c)) {
        return lowerToo || kinds[t] == OTHER; // a URL or an e-mail address
      }
      return kinds[t] == OTHER && c != ',' && c != ';' && c != ':' && c != '%';
    }
  }

  /**
   * Is {@code word}, written right after {@code previous} with no space, the second word of a
   * contraction this segmenter splits ("n't" after "do", "'s" after "it", "na" after "gon")? Lets a
   * later component rebuild the surface token from the Token annotations.
   */
  public static boolean isSecondWordOfContraction(String previous, String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    switch (lower) {
      case "n't", "'s", "'m", "'d", "'re", "'ve", "'ll":
        return true;
      case "na":
        return previous.equalsIgnoreCase("gon") || previous.equalsIgnoreCase("wan");
      case "ta":
        return previous.equalsIgnoreCase("got");
      case "not":
        return previous.equalsIgnoreCase("can");
      default:
        return false;
    }
  }

  static boolean isSpace(char c) {
    return c <= ' ' || c == '\u00a0' || c == '\u007f' || c >= '\u2000' && c <= '\u200b' || c == '\u3000'
        || c == '\u2028' || c == '\u2029' || c == '\ufeff' || c == '\u202f' || c == '\u205f'
        || c >= '\u0080' && c <= '\u009f';
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u3002' || c == '\uff01' || c == '\uff1f';
  }

  private static boolean isOpeningMark(char c) {
    return c == '(' || c == '[' || c == '<';
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == '\u00bb';
  }

  private static boolean isOpening(char c) {
    return c == '(' || c == '[' || c == '{';
  }

  private static boolean isPunctuation(char c) {
    return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
        || c == '\u2026';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isWordChar(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isIdeograph(char c) {
    return c >= '\u2e80' && Character.isIdeographic(c);
  }

  private static boolean isLetter(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
    return Character.isLetter(c);
  }

  private static boolean isUpper(char c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  private static boolean isLower(char c) {
    return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
