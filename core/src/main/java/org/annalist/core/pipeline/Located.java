package org.annalist.core.pipeline;

/**
 * A value from the pipeline file with the line it was written on.
 *
 * @param value a String, or a List of Strings for multi-valued parameters
 * @param line 1-based line in the pipeline file (0 for values that came from the command line)
 */
public record Located(Object value, int line) {}
