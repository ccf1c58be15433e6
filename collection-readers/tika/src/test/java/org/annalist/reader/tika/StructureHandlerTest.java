package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.AttributesImpl;

class StructureHandlerTest {

  private static void element(StructureHandler handler, String name, String text) {
    handler.startElement("", name, name, new AttributesImpl());
    handler.characters(text.toCharArray(), 0, text.length());
    handler.endElement("", name, name);
  }

  @Test
  void textIsCutAtTheLimitWithoutSplittingASurrogatePair() {
    StructureHandler handler = new StructureHandler(6);
    element(handler, "p", "abcde\uD83D\uDE00fgh");
    handler.endDocument();
    assertThat(handler.truncated()).isTrue();
    assertThat(handler.text()).isEqualTo("abcde");
    assertThat(handler.spans()).singleElement().satisfies(s -> assertThat(s.end()).isEqualTo(5));
  }

  @Test
  void pdfLineEndsReportedAsIgnorableWhiteSpaceBecomeSpaces() {
    StructureHandler handler = new StructureHandler(1000);
    handler.startElement("", "p", "p", new AttributesImpl());
    handler.characters("after a".toCharArray(), 0, 7);
    handler.ignorableWhitespace(new char[] {'\n'}, 0, 1);
    handler.characters("dry winter".toCharArray(), 0, 10);
    handler.endElement("", "p", "p");
    handler.endDocument();
    assertThat(handler.text()).isEqualTo("after a dry winter");
  }

  @Test
  void controlCharactersAreDroppedAndDeepNestingIsFine() {
    StructureHandler handler = new StructureHandler(1000);
    for (int i = 0; i < 5000; i++) {
      handler.startElement("", "div", "div", new AttributesImpl());
    }
    handler.characters("a\u0001b".toCharArray(), 0, 3);
    for (int i = 0; i < 5000; i++) {
      handler.endElement("", "div", "div");
    }
    handler.endDocument();
    assertThat(handler.text()).isEqualTo("ab");
    assertThat(handler.spans()).hasSize(1);
  }
}
