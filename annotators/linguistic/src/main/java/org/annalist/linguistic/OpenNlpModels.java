package org.annalist.linguistic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads the Apache OpenNLP models for UD English (trained on UD English EWT) that the
 * {@code opennlp-models-*-en} 1.3.0 jars put at the root of the class path.
 */
public final class OpenNlpModels {

  public static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  public static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
  public static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  public static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  /** Turns the model's bytes into a model object (the OpenNLP model constructors throw IOException). */
  @FunctionalInterface
  public interface Loader<M> {
    M load(InputStream in) throws IOException;
  }

  private OpenNlpModels() {}

  public static <M> M load(String resource, Loader<M> loader) {
    try (InputStream in = OpenNlpModels.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path; it comes with "
            + "the org.apache.opennlp:opennlp-models-*-en:1.3.0 jars");
      }
      return loader.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }

}
