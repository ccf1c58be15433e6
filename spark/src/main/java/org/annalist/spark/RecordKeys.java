package org.annalist.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** The partitioning key of a JSON Lines record: its id, found without building the whole tree. */
final class RecordKeys {

  private static final JsonFactory FACTORY = new JsonFactory();

  private RecordKeys() {}

  /** The value of the top-level field {@code idField}, or the line itself when there is none. */
  static String idOf(String line, String idField) {
    try (JsonParser parser = FACTORY.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return line;
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals(idField) && value.isScalarValue()) {
          return parser.getValueAsString();
        }
        parser.skipChildren();
      }
      return line;
    } catch (IOException e) {
      return line;
    }
  }
}
