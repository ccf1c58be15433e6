package org.annalist.consumer.sql.search;

/** A search query that cannot be parsed; the message says where and how to fix it. */
public class SearchSyntaxException extends Exception {

  public SearchSyntaxException(String message) {
    super(message);
  }
}
