package org.annalist.corpus.eval;

/**
 * One document of a labelled near-duplicate set.
 *
 * @param id unique id
 * @param family the article it is a copy of: documents of one family are copies of each other
 * @param role "original", "variant" (a changed copy) or "negative" (another article on the same topic)
 * @param published ISO day, or null
 * @param edits what was done to make a variant (empty for the others)
 * @param text the text
 */
public record LabelledDocument(String id, String family, String role, String published, String edits, String text) {}
