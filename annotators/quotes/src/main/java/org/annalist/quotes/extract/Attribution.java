package org.annalist.quotes.extract;

/**
 * One attributed quotation or reported statement.
 *
 * @param content the quoted or reported content (several spans for a quote split around its
 *     attribution share one cue; a multi-paragraph quote is one span)
 * @param direct true for speech in quotation marks
 * @param cue the cue, shared by the parts of a split quote; null when none was found
 * @param mention the speaker mention; null when the text names no speaker
 * @param speaker resolved speaker name, null when unknown
 * @param role role or title of the speaker, null when the text gives none
 * @param confidence 0..1
 */
public record Attribution(Span content, boolean direct, Cue cue, Mention mention, String speaker,
    String role, double confidence) {

  /** A cue: its span and the lemma of the verb or phrase. */
  public record Cue(Span span, String lemma) {}
}
