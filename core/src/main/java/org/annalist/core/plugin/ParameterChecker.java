package org.annalist.core.plugin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * Checks a component's parameter values beyond their types (a date that must exist, a URL scheme
 * the component supports) without starting the component. Pipeline validation runs it, so that
 * {@code annalist validate} and {@code annalist run} reject the same values before any document is
 * read. Name the checker on the component class with {@link CheckedBy}; it needs a public
 * constructor without arguments and must not touch files, networks or databases.
 */
public interface ParameterChecker {

  /**
   * Problems with the given values, by parameter name, each saying what is wrong and what was
   * expected; empty when all is well.
   *
   * @param values the parameters given in the pipeline, converted to their types
   */
  Map<String, String> check(Map<String, Object> values);

  /** The {@link ParameterChecker} of a component class. */
  @Documented
  @Inherited
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface CheckedBy {
    Class<? extends ParameterChecker> value();
  }
}
