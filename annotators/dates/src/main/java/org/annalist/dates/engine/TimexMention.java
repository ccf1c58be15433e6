package org.annalist.dates.engine;

/**
 * A recognised and normalised temporal expression. Offsets are document offsets.
 *
 * @param anchor the value a relative expression was resolved against, null for absolute ones
 * @param anchorSource DCT, CONFIGURED, CONTEXT or UNRESOLVED; null for absolute expressions
 */
public record TimexMention(int begin, int end, String type, String value, String mod, String anchor,
    String anchorSource, String quant, String freq, String rule) {}
