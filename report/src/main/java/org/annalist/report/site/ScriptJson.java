package org.annalist.report.site;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON for a {@code <script type="application/json">} element: {@code <}, {@code >}, {@code &} and
 * the JavaScript line separators are written as escapes, so no document text can close the element.
 */
final class ScriptJson {

  private static final ObjectMapper JSON;

  static {
    CharacterEscapes escapes = new CharacterEscapes() {
      private final int[] escapes;

      {
        escapes = CharacterEscapes.standardAsciiEscapesForJSON();
        escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
        escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
        escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
      }

      @Override
      public int[] getEscapeCodesForAscii() {
        return escapes;
      }

      @Override
      public SerializableString getEscapeSequence(int ch) {
        return null;
      }
    };
    JSON = new ObjectMapper(new JsonFactoryBuilder().characterEscapes(escapes).build());
  }

  private ScriptJson() {}

  static String of(Object value) {
    try {
      return JSON.writeValueAsString(value).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
