package org.annalist.quotes.extract;

/**
 * A speaker mention found in the text.
 *
 * @param span the mention in document offsets (title and name, description, pronoun ...)
 * @param kind what it refers to
 * @param name for PERSON and ORGANIZATION the name without titles ("John W. Brennan, Jr.");
 *     for a lower-case organisation or document the modifier or head ("coalition"); else null
 * @param role role or title given in the mention or its apposition ("Pentagon spokesman")
 * @param head lower-case head word (for descriptions and pronouns)
 * @param definite true when the mention starts with "the", "this" or a possessive
 */
public record Mention(Span span, EntityKind kind, String name, String role, String head, boolean definite) {

  public Mention withRole(String newRole) {
    return new Mention(span, kind, name, newRole, head, definite);
  }
}
