package org.annalist.testkit;

import java.nio.file.Path;
import java.util.List;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one document: pick the annotations of a type, or compare all with a JSONL file. */
public final class JCasAssert extends AbstractAssert<JCasAssert, JCas> {

  JCasAssert(JCas actual) {
    super(actual, JCasAssert.class);
    withRepresentation(AnnotationRepresentation.INSTANCE);
  }

  /** The annotations of this JCas type (subtypes included), in document order. */
  public <T extends Annotation> AnnotationsAssert<T> annotations(Class<T> type) {
    isNotNull();
    return new AnnotationsAssert<>(actual.select(type).asList(), type.getSimpleName());
  }

  /** The annotations of the type with this full name (subtypes included), in document order. */
  public AnnotationsAssert<Annotation> annotations(String typeName) {
    isNotNull();
    TypeSystem typeSystem = actual.getTypeSystem();
    Type type = typeSystem.getType(typeName);
    if (type == null || !typeSystem.subsumes(actual.getCasType(Annotation.type), type)) {
      failWithMessage("no annotation type '%s' in the document's type system", typeName);
    }
    List<Annotation> annotations = actual.getCas().<Annotation>getAnnotationIndex(type).select().asList();
    return new AnnotationsAssert<>(annotations, type.getShortName());
  }

  /** Checks that the document has no annotation of this type. */
  public JCasAssert hasNo(Class<? extends Annotation> type) {
    annotations(type).isEmpty();
    return this;
  }

  /**
   * Compares every annotation of the document (except UIMA's document annotation) with an expected
   * JSONL file; see {@link AnnotationsAssert#matchesJsonl(Path)}.
   */
  public JCasAssert matchesJsonl(Path expected) {
    isNotNull();
    List<Annotation> all = actual.getAnnotationIndex().select().asList().stream()
        .filter(a -> !a.getType().getName().equals("uima.tcas.DocumentAnnotation"))
        .toList();
    new AnnotationsAssert<>(all, "all").matchesJsonl(expected);
    return this;
  }
}
