package org.annalist.testkit;

import org.apache.uima.jcas.tcas.Annotation;
import org.assertj.core.presentation.StandardRepresentation;

/** Shows an annotation as {@code Keyword[11-17 "Drones" keyword=drones]} in failure messages. */
final class AnnotationRepresentation extends StandardRepresentation {

  static final AnnotationRepresentation INSTANCE = new AnnotationRepresentation();

  @Override
  protected String fallbackToStringOf(Object object) {
    if (object instanceof Annotation annotation) {
      return AnnotationJson.shortForm(annotation);
    }
    return super.fallbackToStringOf(object);
  }
}
