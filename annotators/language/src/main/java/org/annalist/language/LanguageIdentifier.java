package org.annalist.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Apache OpenNLP's language detector with its model from Maven Central
 * ({@code opennlp-models-langdetect}: 103 languages, character n-grams, maximum entropy), answering
 * in ISO 639-1 codes where the language has one. The model is loaded once per class loader and
 * shared; an instance is not thread-safe (one per annotator instance).
 *
 * <p>The text goes through the model's own normalisers ({@link ModelNormalizer}: OpenNLP's, the chain
 * its {@code LanguageDetectorFactory} gives the context generator), is lower-cased code point by code
 * point as OpenNLP does, and its distinct 1- to 3-grams are scored by {@link CharGramModel} without a
 * String per n-gram: the same features and the same arithmetic as {@code LanguageDetectorME}, in
 * less than half its time (docs/linguistic-layer.md).
 */
public final class LanguageIdentifier {

  static final String MODEL_RESOURCE = "/langdetect-183.bin";

  /** The model's ISO 639-3 codes that are individual languages of a macrolanguage with a 639-1 code. */
  private static final Map<String, String> INDIVIDUAL_TO_MACRO = Map.of(
      "cmn", "zh", "ekk", "et", "lvs", "lv", "pes", "fa", "plt", "mg", "pnb", "pa");

  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();
  private static volatile LanguageDetectorModel model;
  private static volatile CharGramModel grams;

  private final CharGramModel.Scorer scorer;
  private final String[] outcomes;
  private char[] buffer = new char[512];

  /** A detected language and the model's probability for it (the probabilities of all languages sum to 1). */
  public record Guess(String language, double confidence) {}

  public LanguageIdentifier() {
    LanguageDetectorModel loaded = model();
    MaxentModel maxent = loaded.getMaxentModel();
    this.scorer = grams.scorer();
    this.outcomes = new String[maxent.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = toIso1(maxent.getOutcome(i));
    }
  }

  /** The most likely language of the text, and the runner-up. */
  public Guess[] identify(CharSequence text) {
    String normalized = ModelNormalizer.normalize(text);
    int length = lowerCase(normalized);
    double[] probabilities = scorer.probabilities(buffer, length);
    int best = 0;
    int second = probabilities.length > 1 ? 1 : 0;
    if (probabilities[second] > probabilities[best]) {
      best = 1;
      second = 0;
    }
    for (int i = 2; i < probabilities.length; i++) {
      if (probabilities[i] > probabilities[best]) {
        second = best;
        best = i;
      } else if (probabilities[i] > probabilities[second]) {
        second = i;
      }
    }
    return new Guess[] {new Guess(outcomes[best], probabilities[best]),
        new Guess(outcomes[second], probabilities[second])};
  }

  /**
   * Lower-cases the text into {@link #buffer} code point by code point (OpenNLP's
   * {@code StringUtil.toLowerCaseCharBuffer}, whose buffer keeps the text's length) and returns the
   * number of chars.
   */
  private int lowerCase(String text) {
    int length = text.length();
    if (buffer.length < length + 1) {
      buffer = new char[Math.max(length + 1, buffer.length * 2)];
    }
    int out = 0;
    for (int i = 0; i < length; ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      int lower = Character.toLowerCase(codePoint);
      if (Character.isBmpCodePoint(lower)) {
        buffer[out++] = (char) lower;
      } else if (out + 2 <= length) {
        out += Character.toChars(lower, buffer, out);
      } else {
        break; // OpenNLP's fixed-size buffer would overflow here; never seen with real text
      }
    }
    return out;
  }

  /** ISO 639-1 for a 639-3 code where one exists ({@code deu -> de}, {@code cmn -> zh}), else the code itself. */
  public static String toIso1(String iso3) {
    String macro = INDIVIDUAL_TO_MACRO.get(iso3);
    if (macro != null) {
      return macro;
    }
    return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
  }

  private static Map<String, String> iso3ToIso1() {
    Map<String, String> map = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        map.put(new Locale(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException e) {
        // no three-letter code known for it
      }
    }
    // Java's table still holds the withdrawn codes for Hebrew, Indonesian and Yiddish
    map.put("heb", "he");
    map.put("ind", "id");
    map.put("yid", "yi");
    return map;
  }

  /** The OpenNLP model (loaded once), for comparisons with OpenNLP's own detector. */
  public static LanguageDetectorModel model() {
    LanguageDetectorModel loaded = model;
    if (loaded == null) {
      synchronized (LanguageIdentifier.class) {
        loaded = model;
        if (loaded == null) {
          try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("the OpenNLP language model " + MODEL_RESOURCE
                  + " is not on the class path (artifact org.apache.opennlp:opennlp-models-langdetect)");
            }
            loaded = new LanguageDetectorModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP language model " + MODEL_RESOURCE, e);
          }
          grams = new CharGramModel(loaded.getMaxentModel());
          if (loaded.getFactory().getClass() != LanguageDetectorFactory.class) {
            throw new IllegalStateException("the OpenNLP language model " + MODEL_RESOURCE + " has its own factory "
                + loaded.getFactory().getClass().getName() + ", whose features this detector does not compute");
          }
          model = loaded;
        }
      }
    }
    return loaded;
  }
}
