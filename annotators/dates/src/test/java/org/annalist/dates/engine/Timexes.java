package org.annalist.dates.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

/** Test helper: runs the recogniser on a sentence and finds mentions by their text. */
final class Timexes {

  static final TimexRecognizer RECOGNIZER = new TimexRecognizer(Lexicon.load("en"));

  final String text;
  final List<TimexMention> mentions;

  private Timexes(String text, List<TimexMention> mentions) {
    this.text = text;
    this.mentions = mentions;
  }

  static Timexes found(String text, List<TimexMention> mentions) {
    return new Timexes(text, mentions);
  }

  static Timexes of(String text, String dct) {
    return new Timexes(text, RECOGNIZER.recognize(text, dct == null ? null : LocalDate.parse(dct)));
  }

  /** The mention whose text is exactly the given one; fails when there is none. */
  TimexMention get(String covered) {
    for (TimexMention mention : mentions) {
      if (text.substring(mention.begin(), mention.end()).equals(covered)) {
        return mention;
      }
    }
    throw new AssertionError("no mention '" + covered + "' in " + describe());
  }

  String value(String covered) {
    return get(covered).value();
  }

  List<String> covered() {
    return mentions.stream().map(m -> text.substring(m.begin(), m.end())).toList();
  }

  void assertNone() {
    assertThat(mentions).as(describe()).isEmpty();
  }

  String describe() {
    StringBuilder out = new StringBuilder();
    for (TimexMention mention : mentions) {
      out.append('[').append(text, mention.begin(), mention.end()).append(" ").append(mention.type())
          .append(' ').append(mention.value()).append("] ");
    }
    return out.toString();
  }
}
