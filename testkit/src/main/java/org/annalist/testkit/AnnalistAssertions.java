package org.annalist.testkit;

import org.assertj.core.api.Assertions;
import org.apache.uima.jcas.JCas;

/**
 * AssertJ's {@link Assertions} plus {@link #assertThat(JCas)}: one static import gives both.
 *
 * <pre>{@code
 * import static org.annalist.testkit.AnnalistAssertions.assertThat;
 *
 * assertThat(jcas).annotations(Keyword.class).coveredTexts().containsExactly("drone", "rocket");
 * assertThat(jcas).annotations(Keyword.class).feature("keyword").containsOnly("drone");
 * assertThat(jcas).annotations(Keyword.class).matchesJsonl(Path.of("src/test/resources/expected.jsonl"));
 * }</pre>
 */
public class AnnalistAssertions extends Assertions {

  protected AnnalistAssertions() {}

  /** Assertions on the annotations of a document. */
  public static JCasAssert assertThat(JCas actual) {
    return new JCasAssert(actual);
  }
}
