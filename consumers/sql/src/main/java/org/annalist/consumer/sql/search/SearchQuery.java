package org.annalist.consumer.sql.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A search query in the one syntax both databases accept, parsed here and rendered for SQLite's
 * FTS5 and PostgreSQL's tsquery, so that the same words mean the same search in both:
 *
 * <ul>
 *   <li>{@code rockets drones}: both words (AND is implied; {@code AND} may be written);
 *   <li>{@code "air base"}: the phrase; {@code rock*}: words starting with "rock";
 *   <li>{@code rockets OR missiles}, {@code rockets NOT drones} (also {@code -drones}), parentheses.
 * </ul>
 *
 * Words are matched after stemming (rockets = rocket). Operators are upper case; lower-case
 * {@code and}/{@code or}/{@code not} are searched as words.
 */
public final class SearchQuery {

  /** A node of the parsed query. */
  public sealed interface Node permits Term, And, Or, Not {}

  /** A word or phrase (several words in a row), optionally a prefix. */
  public record Term(String text, boolean phrase, boolean prefix) implements Node {}

  public record And(List<Node> parts) implements Node {}

  public record Or(List<Node> parts) implements Node {}

  public record Not(Node excluded) implements Node {}

  private final String source;
  private final Node root;

  private SearchQuery(String source, Node root) {
    this.source = source;
    this.root = root;
  }

  public Node root() {
    return root;
  }

  @Override
  public String toString() {
    return source;
  }

  public static SearchQuery parse(String text) throws SearchSyntaxException {
    if (text == null || text.isBlank()) {
      throw new SearchSyntaxException("the search query is empty: give words to search for, e.g. \"rockets\"");
    }
    Parser parser = new Parser(tokens(text));
    Node root = parser.or();
    if (parser.position < parser.tokens.size()) {
      Token extra = parser.tokens.get(parser.position);
      throw new SearchSyntaxException("unexpected " + extra.describe() + " at position " + (extra.offset + 1)
          + " of the query" + (extra.kind == Kind.CLOSE ? ": remove it or add a matching '('" : ""));
    }
    requireSomethingToFind(root);
    return new SearchQuery(text.strip(), root);
  }

  /** FTS5 MATCH syntax: every word and phrase quoted, so punctuation in words never breaks it. */
  public String toFts5() {
    return fts5(root);
  }

  private static String fts5(Node node) {
    if (node instanceof Term term) {
      return "\"" + term.text().replace("\"", "\"\"") + "\"" + (term.prefix() ? " *" : "");
    }
    if (node instanceof Or or) {
      return "(" + String.join(" OR ", or.parts().stream().map(SearchQuery::fts5).toList()) + ")";
    }
    if (node instanceof Not) {
      throw new IllegalStateException("NOT outside AND is refused by the parser");
    }
    And and = (And) node;
    List<String> positive = new ArrayList<>();
    List<String> negative = new ArrayList<>();
    for (Node part : and.parts()) {
      if (part instanceof Not not) {
        negative.add(fts5(not.excluded()));
      } else {
        positive.add(fts5(part));
      }
    }
    StringBuilder out = new StringBuilder("((").append(String.join(" AND ", positive)).append(")");
    for (String excluded : negative) {
      out.append(" NOT ").append(excluded);
    }
    return out.append(")").toString();
  }

  /**
   * A PostgreSQL tsquery expression (text search configuration 'english') with its parameters:
   * words and phrases through {@code phraseto_tsquery}, prefixes through {@code to_tsquery} on
   * letters and digits only, so no user text is ever parsed as tsquery syntax.
   */
  public String toTsquerySql(List<Object> parameters) {
    return tsquery(root, parameters);
  }

  private static String tsquery(Node node, List<Object> parameters) {
    if (node instanceof Term term) {
      if (!term.prefix()) {
        parameters.add(term.text());
        return "phraseto_tsquery('english', ?)";
      }
      List<String> words = words(term.text());
      String lexemes = String.join(" <-> ", words.subList(0, words.size() - 1).stream().toList());
      parameters.add((lexemes.isEmpty() ? "" : lexemes + " <-> ") + words.get(words.size() - 1) + ":*");
      return "to_tsquery('english', ?)";
    }
    if (node instanceof Not not) {
      return "(!! " + tsquery(not.excluded(), parameters) + ")";
    }
    List<Node> parts = node instanceof And and ? and.parts() : ((Or) node).parts();
    String operator = node instanceof And ? " && " : " || ";
    List<String> rendered = new ArrayList<>();
    for (Node part : parts) {
      rendered.add(tsquery(part, parameters));
    }
    return "(" + String.join(operator, rendered) + ")";
  }

  /** The runs of letters and digits of a text, lower-cased. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static void requireSomethingToFind(Node node) throws SearchSyntaxException {
    if (node instanceof Not) {
      throw new SearchSyntaxException("a query cannot only exclude words: add a word to find, e.g. \"rockets NOT drones\"");
    }
    if (node instanceof And and) {
      if (and.parts().stream().allMatch(p -> p instanceof Not)) {
        throw new SearchSyntaxException(
            "a query cannot only exclude words: add a word to find, e.g. \"rockets NOT drones\"");
      }
      for (Node part : and.parts()) {
        requireSomethingToFind(part instanceof Not not ? not.excluded() : part);
      }
    }
    if (node instanceof Or or) {
      for (Node part : or.parts()) {
        if (part instanceof Not) {
          throw new SearchSyntaxException("NOT cannot stand alone inside OR: write \"a NOT b\" or \"(a OR b) NOT c\"");
        }
        requireSomethingToFind(part);
      }
    }
  }

  // --- tokens and parser ---

  private enum Kind { WORD, PHRASE, OPEN, CLOSE, AND, OR, NOT, MINUS }

  private record Token(Kind kind, String text, boolean prefix, int offset) {
    String describe() {
      return switch (kind) {
        case OPEN -> "'('";
        case CLOSE -> "')'";
        case AND, OR, NOT -> "operator " + text;
        case MINUS -> "'-'";
        default -> "'" + text + "'";
      };
    }
  }

  private static List<Token> tokens(String text) throws SearchSyntaxException {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        tokens.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), false, i));
        i++;
      } else if (c == '"') {
        int end = text.indexOf('"', i + 1);
        if (end < 0) {
          throw new SearchSyntaxException("the quote opened at position " + (i + 1)
              + " of the query is not closed: add the closing \"");
        }
        boolean prefix = end + 1 < text.length() && text.charAt(end + 1) == '*';
        String phrase = text.substring(i + 1, end);
        if (words(phrase).isEmpty()) {
          throw new SearchSyntaxException("the phrase at position " + (i + 1) + " of the query has no words in it");
        }
        tokens.add(new Token(Kind.PHRASE, phrase, prefix, i));
        i = end + (prefix ? 2 : 1);
      } else if (c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))
          && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(')) {
        tokens.add(new Token(Kind.MINUS, "-", false, i));
        i++;
      } else {
        int start = i;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "()\"".indexOf(text.charAt(i)) < 0) {
          i++;
        }
        String word = text.substring(start, i);
        switch (word) {
          case "AND" -> tokens.add(new Token(Kind.AND, word, false, start));
          case "OR" -> tokens.add(new Token(Kind.OR, word, false, start));
          case "NOT" -> tokens.add(new Token(Kind.NOT, word, false, start));
          default -> {
            boolean prefix = word.endsWith("*");
            String bare = prefix ? word.replaceAll("\\*+$", "") : word;
            if (bare.contains("*")) {
              throw new SearchSyntaxException("'" + word + "': '*' marks a prefix and goes at the end of a word, e.g. rock*");
            }
            if (words(bare).isEmpty()) {
              throw new SearchSyntaxException("'" + word + "' at position " + (start + 1)
                  + " of the query has no letters or digits to search for");
            }
            tokens.add(new Token(Kind.WORD, bare, prefix, start));
          }
        }
      }
    }
    return tokens;
  }

  private static final class Parser {
    final List<Token> tokens;
    int position;

    Parser(List<Token> tokens) {
      this.tokens = tokens;
    }

    Token peek() {
      return position < tokens.size() ? tokens.get(position) : null;
    }

    Node or() throws SearchSyntaxException {
      List<Node> parts = new ArrayList<>();
      parts.add(and());
      while (peek() != null && peek().kind == Kind.OR) {
        requireOperand(tokens.get(position++));
        parts.add(and());
      }
      return parts.size() == 1 ? parts.get(0) : new Or(List.copyOf(parts));
    }

    Node and() throws SearchSyntaxException {
      List<Node> parts = new ArrayList<>();
      parts.add(unary());
      while (peek() != null && peek().kind != Kind.OR && peek().kind != Kind.CLOSE) {
        if (peek().kind == Kind.AND) {
          requireOperand(tokens.get(position++));
        }
        parts.add(unary());
      }
      return parts.size() == 1 ? parts.get(0) : new And(List.copyOf(parts));
    }

    /** An operator must be followed by a word, phrase, '(' or NOT. */
    void requireOperand(Token operator) throws SearchSyntaxException {
      Token next = peek();
      if (next == null || next.kind == Kind.CLOSE || next.kind == Kind.AND || next.kind == Kind.OR) {
        throw new SearchSyntaxException("the operator " + operator.text + " at position " + (operator.offset + 1)
            + " of the query needs a word after it: add one or remove " + operator.text);
      }
    }

    Node unary() throws SearchSyntaxException {
      Token token = peek();
      if (token != null && (token.kind == Kind.NOT || token.kind == Kind.MINUS)) {
        position++;
        Token next = peek();
        if (next != null && (next.kind == Kind.NOT || next.kind == Kind.MINUS)) {
          throw new SearchSyntaxException("two negations in a row at position " + (next.offset + 1) + " of the query");
        }
        return new Not(primary(token));
      }
      return primary(token);
    }

    Node primary(Token after) throws SearchSyntaxException {
      Token token = peek();
      if (token == null) {
        throw new SearchSyntaxException(after == null ? "the search query is empty"
            : "the query ends after " + after.describe() + ": add a word after it or remove it");
      }
      switch (token.kind) {
        case WORD, PHRASE -> {
          position++;
          return new Term(token.text, token.kind == Kind.PHRASE, token.prefix);
        }
        case OPEN -> {
          position++;
          if (peek() != null && peek().kind == Kind.CLOSE) {
            throw new SearchSyntaxException("empty parentheses at position " + (token.offset + 1) + " of the query");
          }
          Node inside = or();
          Token close = peek();
          if (close == null || close.kind != Kind.CLOSE) {
            throw new SearchSyntaxException("the '(' at position " + (token.offset + 1)
                + " of the query is not closed: add ')'");
          }
          position++;
          return inside;
        }
        default -> throw new SearchSyntaxException("unexpected " + token.describe() + " at position "
            + (token.offset + 1) + " of the query: put a word or phrase "
            + (token.kind == Kind.CLOSE ? "inside the parentheses or remove it" : "before and after " + token.text));
      }
    }
  }
}
