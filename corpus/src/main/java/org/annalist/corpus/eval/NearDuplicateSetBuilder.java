package org.annalist.corpus.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds a labelled near-duplicate set from a folder of news articles, reproducibly (same folder and
 * seed, same set): a sample of the articles become originals, each with 2-5 variants made by the
 * edits copies of a wire story go through (furniture lines added or removed, paragraphs cut, words
 * edited, quotes trimmed; each variant gets one to three of them at random strengths); and for every
 * original the other article most like it (most shared words; when the file names carry outlet and
 * day, as PolNeAR's do, another outlet's, preferring one of the same day, since an outlet may republish
 * its own article) is added as a hard negative.
 */
public final class NearDuplicateSetBuilder {

  /** Source articles at least this alike (exact shingle Jaccard) are one article. */
  static final double SOURCE_COPY_JACCARD = 0.3;

  /** PolNeAR file names: outlet_yyyy-mm-dd_slug.txt. */
  private static final Pattern OUTLET_DAY = Pattern.compile("([a-z-]+)_(\\d{4}-\\d{2}-\\d{2})_.*");
  private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"“”]{20,}?)[\"”]");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final List<String> FURNITURE = List.of(
      "Advertisement", "Share this article", "Follow us on Twitter and Facebook", "Sign up for our newsletter",
      "Click here to read more", "Copyright 2016. All rights reserved.", "Related Coverage",
      "This article has been updated.", "Photo: Getty Images", "Comments", "Most Read", "Recommended for you",
      "Reporting by staff writers; editing by the news desk", "Story continues below", "Watch the video above",
      "Subscribe now for unlimited access", "Read more:", "Trending now");

  /** An article of the source folder. */
  record Article(String name, String outlet, String day, String text) {}

  private final int families;
  private final long seed;

  public NearDuplicateSetBuilder(int families, long seed) {
    if (families < 1) {
      throw new IllegalArgumentException("the number of families must be at least 1, not " + families);
    }
    this.families = families;
    this.seed = seed;
  }

  /**
   * Reads the articles of a folder: {@code DIR/text/*.txt} (a PolNeAR split) or {@code DIR/*.txt}.
   *
   * @throws IllegalArgumentException when the folder holds no .txt article
   */
  public static List<Article> readArticles(Path folder) throws IOException {
    Path texts = Files.isDirectory(folder.resolve("text")) ? folder.resolve("text") : folder;
    List<Path> files;
    try (Stream<Path> listing = Files.list(texts)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException(texts + " holds no .txt article (expected a PolNeAR split folder with"
          + " text/*.txt, or a folder of plain-text articles, one per .txt file)");
    }
    List<Article> articles = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      Matcher m = OUTLET_DAY.matcher(name);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      articles.add(new Article(name.substring(0, name.length() - 4), m.matches() ? m.group(1) : null,
          m.matches() ? m.group(2) : null, text));
    }
    return articles;
  }

  /** The labelled set: every family's original and variants, then the hard negatives. */
  public List<LabelledDocument> build(List<Article> articles) {
    Random random = new Random(seed);
    List<Article> usable = withoutCopies(articles.stream().filter(a -> paragraphs(a.text()).size() >= 3).toList());
    if (usable.size() < 2) {
      throw new IllegalArgumentException("need at least two articles of three paragraphs or more, found "
          + usable.size());
    }
    List<Article> shuffled = new ArrayList<>(usable);
    Collections.shuffle(shuffled, random);
    List<Article> originals = shuffled.subList(0, Math.min(families, Math.max(1, shuffled.size() / 2)));
    Set<String> used = new HashSet<>();
    originals.forEach(a -> used.add(a.name()));
    List<Set<String>> vocabularies = usable.stream().map(a -> words(a.text())).toList();
    Map<String, Integer> indexOf = new LinkedHashMap<>();
    for (int i = 0; i < usable.size(); i++) {
      indexOf.put(usable.get(i).name(), i);
    }
    List<String> vocabulary = new ArrayList<>(new java.util.TreeSet<>(vocabularies.stream().flatMap(Set::stream).toList()));
    List<LabelledDocument> set = new ArrayList<>();
    List<LabelledDocument> negatives = new ArrayList<>();
    for (Article original : originals) {
      String family = original.name();
      String day = original.day() != null ? original.day() : "2016-01-01";
      set.add(new LabelledDocument(family, family, "original", day, "", original.text()));
      int variants = 2 + random.nextInt(4);
      for (int v = 1; v <= variants; v++) {
        List<String> edits = new ArrayList<>();
        String text = variant(original.text(), random, vocabulary, edits);
        String published = LocalDate.parse(day).plusDays(1 + random.nextInt(3)).toString();
        set.add(new LabelledDocument(family + "~v" + v, family, "variant", published, String.join(",", edits), text));
      }
      Article negative = mostAlike(original, usable, vocabularies, indexOf, used);
      if (negative != null) {
        used.add(negative.name());
        negatives.add(new LabelledDocument(negative.name(), negative.name(), "negative",
            negative.day(), "", negative.text()));
      }
    }
    set.addAll(negatives);
    return set;
  }

  /**
   * The articles without those that are already copies of an earlier one (exact 5-word-shingle
   * Jaccard of at least {@value #SOURCE_COPY_JACCARD}, counted exactly through an index of shingles):
   * a source corpus may hold an article twice (PolNeAR's train split does: an article republished the
   * next day under another title), and two such articles in two families would be labelled
   * "different" though they are copies.
   */
  static List<Article> withoutCopies(List<Article> articles) {
    List<Set<String>> shingles = articles.stream().map(a -> shingles(a.text())).toList();
    Map<String, List<Integer>> postings = new java.util.HashMap<>();
    List<Article> kept = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Map<Integer, Integer> shared = new java.util.HashMap<>();
      for (String shingle : shingles.get(i)) {
        for (int earlier : postings.getOrDefault(shingle, List.of())) {
          shared.merge(earlier, 1, Integer::sum);
        }
      }
      final int current = i;
      boolean copy = shared.entrySet().stream().anyMatch(e -> e.getValue()
          / (double) (shingles.get(current).size() + shingles.get(e.getKey()).size() - e.getValue()) >= SOURCE_COPY_JACCARD);
      if (!copy) {
        kept.add(articles.get(i));
        for (String shingle : shingles.get(i)) {
          postings.computeIfAbsent(shingle, k -> new ArrayList<>()).add(i);
        }
      }
    }
    return kept;
  }

  private static Set<String> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    Set<String> shingles = new HashSet<>();
    for (int i = 0; i + 5 <= words.size(); i++) {
      shingles.add(String.join(" ", words.subList(i, i + 5)));
    }
    return shingles;
  }

  /** The unused article sharing most words with the original, preferring another outlet's of the same day. */
  private static Article mostAlike(Article original, List<Article> articles, List<Set<String>> vocabularies,
      Map<String, Integer> indexOf, Set<String> used) {
    Set<String> words = vocabularies.get(indexOf.get(original.name()));
    Article best = null;
    double bestScore = -1;
    for (int i = 0; i < articles.size(); i++) {
      Article other = articles.get(i);
      // an outlet may republish its own article (PolNeAR holds such copies): a negative is another outlet's
      if (used.contains(other.name()) || (original.outlet() != null && original.outlet().equals(other.outlet()))) {
        continue;
      }
      Set<String> theirs = vocabularies.get(i);
      long shared = theirs.stream().filter(words::contains).count();
      double score = shared / (double) (words.size() + theirs.size() - shared);
      if (original.day() != null && original.day().equals(other.day())) {
        score += 1;
      }
      if (score > bestScore) {
        bestScore = score;
        best = other;
      }
    }
    return best;
  }

  private static String variant(String text, Random random, List<String> vocabulary, List<String> edits) {
    List<String> paragraphs = paragraphs(text);
    List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3));
    Collections.shuffle(kinds, random);
    int count = 1 + random.nextInt(3);
    for (int kind : kinds.subList(0, count)) {
      switch (kind) {
        case 0 -> furniture(paragraphs, random, edits);
        case 1 -> cut(paragraphs, random, edits);
        case 2 -> editWords(paragraphs, random, vocabulary, edits);
        default -> trimQuotes(paragraphs, random, edits);
      }
    }
    return String.join("\n\n", paragraphs);
  }

  private static void furniture(List<String> paragraphs, Random random, List<String> edits) {
    if (random.nextBoolean() && paragraphs.size() > 4) {
      paragraphs.remove(0);
      paragraphs.remove(paragraphs.size() - 1);
      edits.add("furniture-removed");
    } else {
      int lines = 2 + random.nextInt(5);
      for (int i = 0; i < lines; i++) {
        String line = FURNITURE.get(random.nextInt(FURNITURE.size()));
        if (random.nextBoolean()) {
          paragraphs.add(0, line);
        } else {
          paragraphs.add(line);
        }
      }
      edits.add("furniture-added");
    }
  }

  private static void cut(List<String> paragraphs, Random random, List<String> edits) {
    int remove = Math.max(1, (int) Math.round(paragraphs.size() * (0.1 + 0.3 * random.nextDouble())));
    remove = Math.min(remove, paragraphs.size() - 2);
    boolean fromEnd = random.nextBoolean();
    for (int i = 0; i < remove; i++) {
      paragraphs.remove(fromEnd ? paragraphs.size() - 1 : 1 + random.nextInt(paragraphs.size() - 1));
    }
    edits.add(fromEnd ? "cut-end" : "cut-paragraphs");
  }

  private static void editWords(List<String> paragraphs, Random random, List<String> vocabulary, List<String> edits) {
    double share = 0.01 + 0.04 * random.nextDouble();
    for (int p = 0; p < paragraphs.size(); p++) {
      String[] tokens = paragraphs.get(p).split(" ");
      List<String> out = new ArrayList<>(tokens.length);
      for (String token : tokens) {
        double r = random.nextDouble();
        if (r < share / 3) {
          continue;
        } else if (r < 2 * share / 3) {
          out.add(vocabulary.get(random.nextInt(vocabulary.size())));
        } else if (r < share) {
          out.add(token);
          out.add(vocabulary.get(random.nextInt(vocabulary.size())));
        } else {
          out.add(token);
        }
      }
      paragraphs.set(p, String.join(" ", out));
    }
    edits.add("words-edited");
  }

  private static void trimQuotes(List<String> paragraphs, Random random, List<String> edits) {
    for (int p = 0; p < paragraphs.size(); p++) {
      Matcher m = QUOTE.matcher(paragraphs.get(p));
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String content = m.group(1);
        String[] words = content.split(" ");
        String trimmed = words.length < 6 ? content
            : String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.max(3, words.length / 2 + random.nextInt(words.length / 2)))) + " ...";
        m.appendReplacement(out, Matcher.quoteReplacement("\u201c" + trimmed + "\u201d"));
      }
      m.appendTail(out);
      paragraphs.set(p, out.toString());
    }
    edits.add("quotes-trimmed");
  }

  static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String part : text.split("\\n\\s*\\n")) {
      if (!part.isBlank()) {
        paragraphs.add(part.strip());
      }
    }
    return paragraphs;
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (m.group().length() > 3) {
        words.add(m.group());
      }
    }
    return words;
  }
}
