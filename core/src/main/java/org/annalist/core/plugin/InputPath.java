package org.annalist.core.plugin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code @ConfigurationParameter} field that names a file or folder that must exist and be
 * readable; pipeline validation checks it before any document is read. Values that look like URLs
 * (scheme://...) or JDBC URLs are not checked.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InputPath {}
