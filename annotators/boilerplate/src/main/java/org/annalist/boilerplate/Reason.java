package org.annalist.boilerplate;

import java.util.Locale;

/** Why a span was judged to be page furniture; the label is stored in {@code Boilerplate.reason}. */
public enum Reason {
  NAVIGATION,
  RELATED_CONTENT,
  CAPTION,
  COMMENTS,
  ADVERTISEMENT,
  COPYRIGHT,
  SOCIAL,
  COOKIE,
  SUBSCRIPTION,
  BYLINE,
  FOOTER,
  HEADER,
  DATE_LINE,
  WIDGET,
  OTHER;

  /** The label, e.g. {@code related-content}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
