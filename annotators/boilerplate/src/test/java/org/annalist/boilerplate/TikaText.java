package org.annalist.boilerplate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.sax.BodyContentHandler;

/** The text Tika's HTML parser makes of a page: what the reader puts in the default view. */
public final class TikaText {

  private TikaText() {}

  public static String of(String html) {
    return of(html.getBytes(StandardCharsets.UTF_8));
  }

  public static String of(byte[] html) {
    try {
      BodyContentHandler handler = new BodyContentHandler(-1);
      Metadata metadata = new Metadata();
      metadata.set(org.apache.tika.metadata.TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, "text/html; charset=UTF-8");
      new JSoupParser().parse(new ByteArrayInputStream(html), handler, metadata, new ParseContext());
      return handler.toString();
    } catch (Exception e) {
      throw new IllegalStateException("Tika could not parse the test page", e);
    }
  }
}
