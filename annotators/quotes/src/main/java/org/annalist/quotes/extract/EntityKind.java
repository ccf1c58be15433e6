package org.annalist.quotes.extract;

/** What a speaker mention refers to; the names are those of the PersonMention entityKind feature. */
public enum EntityKind {
  PERSON,
  ORGANIZATION,
  DESCRIPTION,
  PRONOUN,
  DOCUMENT,
  /** Coordinated names that speak together: "Germany, Denmark, Norway and Poland said". */
  GROUP
}
