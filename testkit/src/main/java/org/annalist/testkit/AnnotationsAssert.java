package org.annalist.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.nio.file.Path;
import org.apache.uima.cas.Feature;
import org.apache.uima.jcas.tcas.Annotation;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.ObjectAssert;

/**
 * Assertions on the annotations of one type in one document, in document order. It is an AssertJ
 * list assertion ({@code hasSize}, {@code isEmpty}, {@code extracting} ...) with shortcuts for
 * what annotation tests check: covered texts, spans and feature values. Failure messages show
 * each annotation as {@code Type[begin-end "covered text" feature=value ...]}.
 */
public final class AnnotationsAssert<T extends Annotation>
    extends AbstractListAssert<AnnotationsAssert<T>, List<T>, T, ObjectAssert<T>> {

  private final String typeLabel;

  AnnotationsAssert(List<T> annotations, String typeLabel) {
    super(annotations, AnnotationsAssert.class);
    this.typeLabel = typeLabel;
    withRepresentation(AnnotationRepresentation.INSTANCE);
  }

  /** Checks the number of annotations (the same as {@code hasSize}). */
  public AnnotationsAssert<T> hasCount(int expected) {
    return hasSize(expected);
  }

  /** The covered texts, in document order. */
  public ListAssert<String> coveredTexts() {
    isNotNull();
    return Assertions.assertThat(actual.stream().map(Annotation::getCoveredText).toList())
        .as("covered texts of the %s annotations %s", typeLabel, AnnotationRepresentation.INSTANCE.toStringOf(actual));
  }

  /** The spans as {@code "begin-end"} strings, in document order. */
  public ListAssert<String> spans() {
    isNotNull();
    return Assertions.assertThat(actual.stream().map(a -> a.getBegin() + "-" + a.getEnd()).toList())
        .as("spans of the %s annotations %s", typeLabel, AnnotationRepresentation.INSTANCE.toStringOf(actual));
  }

  /**
   * The values of a feature, in document order: Java strings, boxed primitives, lists for arrays,
   * the annotation itself for references to other annotations, {@code null} when unset.
   */
  public ListAssert<Object> feature(String featureName) {
    isNotNull();
    List<Object> values = new ArrayList<>();
    for (T annotation : actual) {
      values.add(AnnotationJson.javaValue(annotation, feature(annotation, featureName)));
    }
    return Assertions.assertThat(values)
        .as("feature '%s' of the %s annotations %s", featureName, typeLabel, AnnotationRepresentation.INSTANCE.toStringOf(actual));
  }

  /** Only the annotations whose covered text is this text. */
  public AnnotationsAssert<T> covering(String coveredText) {
    isNotNull();
    return new AnnotationsAssert<>(actual.stream().filter(a -> a.getCoveredText().equals(coveredText)).toList(),
        typeLabel + " covering \"" + coveredText + "\"");
  }

  /** Only the annotations whose feature has this value (compared as {@link #feature} returns it). */
  public AnnotationsAssert<T> withFeature(String featureName, Object value) {
    isNotNull();
    List<T> matching = actual.stream()
        .filter(a -> Objects.equals(AnnotationJson.javaValue(a, feature(a, featureName)), value))
        .toList();
    return new AnnotationsAssert<>(matching, typeLabel + " with " + featureName + "=" + value);
  }

  /** Checks that exactly one annotation has this span. */
  public AnnotationsAssert<T> hasSpan(int begin, int end) {
    isNotNull();
    long count = actual.stream().filter(a -> a.getBegin() == begin && a.getEnd() == end).count();
    if (count != 1) {
      failWithMessage("expected one %s annotation at %d-%d but found %d among %s", typeLabel, begin, end, count,
          AnnotationRepresentation.INSTANCE.toStringOf(actual));
    }
    return this;
  }

  /**
   * Compares the annotations with an expected JSONL file, one annotation per line:
   * {@code {"type":"org.example.type.Keyword","begin":0,"end":6,"text":"Drones","features":{"keyword":"drones"}}}.
   * Lines are compared after normalising key order and spacing; a difference fails with a unified
   * diff. When the file does not exist it is written and the test fails, asking you to check it;
   * run with {@code -Dannalist.testkit.update=true} to overwrite an existing file with the actual
   * annotations.
   */
  public AnnotationsAssert<T> matchesJsonl(Path expected) {
    isNotNull();
    List<String> actualLines = actual.stream().map(AnnotationJson::line).toList();
    ExpectedJsonl.check(expected, actualLines);
    return this;
  }

  private Feature feature(Annotation annotation, String featureName) {
    Feature feature = annotation.getType().getFeatureByBaseName(featureName);
    if (feature == null) {
      failWithMessage("type %s has no feature '%s'; its features: %s", annotation.getType().getName(), featureName,
          AnnotationJson.featureNames(annotation.getType()));
    }
    return feature;
  }

  @Override
  protected ObjectAssert<T> toAssert(T value, String description) {
    return new ObjectAssert<>(value).as(description);
  }

  @Override
  protected AnnotationsAssert<T> newAbstractIterableAssert(Iterable<? extends T> iterable) {
    List<T> list = new ArrayList<>();
    iterable.forEach(list::add);
    return new AnnotationsAssert<>(list, typeLabel);
  }
}
