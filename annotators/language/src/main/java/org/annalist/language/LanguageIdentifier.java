package org.annalist.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Apache OpenNLP's language detector with its model from Maven Central
 * ({@code opennlp-models-langdetect}: 103 languages, character n-grams, maximum entropy), answering
 * in ISO 639-1 codes where the language has one. The model is loaded once per class loader and
 * shared; an instance is not thread-safe (one per annotator instance).
 *
 * <p>It gives the model's own features (the model's context generator: normalised character
 * n-grams) to the model directly instead of going through {@code LanguageDetectorME}, whose
 * {@code predictLanguages} counts the features in a map and builds and sorts an object per
 * language: about 1.5 times the time, for the same best language on every text of the evaluation
 * set (docs/linguistic-layer.md). Most of the remaining time is the context generator's.
 */
public final class LanguageIdentifier {

  static final String MODEL_RESOURCE = "/langdetect-183.bin";

  /** The model's ISO 639-3 codes that are individual languages of a macrolanguage with a 639-1 code. */
  private static final Map<String, String> INDIVIDUAL_TO_MACRO = Map.of(
      "cmn", "zh", "ekk", "et", "lvs", "lv", "pes", "fa", "plt", "mg", "pnb", "pa");

  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();
  private static volatile LanguageDetectorModel model;

  private final LanguageDetectorContextGenerator features;
  private final MaxentModel maxent;
  private final String[] outcomes;

  /** A detected language and the model's probability for it (the probabilities of all languages sum to 1). */
  public record Guess(String language, double confidence) {}

  public LanguageIdentifier() {
    LanguageDetectorModel loaded = model();
    this.features = loaded.getFactory().getContextGenerator();
    this.maxent = loaded.getMaxentModel();
    this.outcomes = new String[maxent.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = toIso1(maxent.getOutcome(i));
    }
  }

  /** The most likely language of the text, and the runner-up. */
  public Guess[] identify(CharSequence text) {
    CharSequence[] grams = features.getContext(text);
    String[] context = new String[grams.length];
    for (int i = 0; i < grams.length; i++) {
      context[i] = grams[i].toString();
    }
    double[] probabilities = maxent.eval(context);
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

  /** ISO 639-1 for a 639-3 code where one exists ({@code deu -> de}, {@code cmn -> zh}), else the code itself. */
  static String toIso1(String iso3) {
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

  private static LanguageDetectorModel model() {
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
          model = loaded;
        }
      }
    }
    return loaded;
  }
}
