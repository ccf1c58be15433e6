package org.annalist.consumer.files;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Passes SAX events on with every character that XML 1.0 does not allow (control characters other
 * than tab, newline and carriage return, unpaired surrogates, U+FFFE and U+FFFF) replaced by
 * U+FFFD. Each bad UTF-16 unit becomes exactly one replacement unit, so annotation offsets into
 * the document text stay valid.
 */
final class XmlCharacterSanitiser implements ContentHandler {

  static final char REPLACEMENT = '\uFFFD';

  private final ContentHandler next;
  private long replaced;

  XmlCharacterSanitiser(ContentHandler next) {
    this.next = next;
  }

  long replacedCount() {
    return replaced;
  }

  /** The text with illegal characters replaced; the same instance when there are none. */
  String sanitise(String text) {
    if (text == null || allLegal(text)) {
      return text;
    }
    char[] chars = text.toCharArray();
    sanitise(chars, 0, chars.length);
    return new String(chars);
  }

  private static boolean allLegal(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 || c >= 0xD800) && !isLegal(text, i, 0, length)) {
        return false;
      }
    }
    return true;
  }

  private void sanitise(char[] chars, int start, int length) {
    CharSequence view = java.nio.CharBuffer.wrap(chars);
    int end = start + length;
    for (int i = start; i < end; i++) {
      char c = chars[i];
      if ((c < 0x20 || c >= 0xD800) && !isLegal(view, i, start, end)) {
        chars[i] = REPLACEMENT;
        replaced++;
      }
    }
  }

  /** Whether the UTF-16 unit at {@code i} may appear in XML 1.0, looking only within [from, end). */
  private static boolean isLegal(CharSequence text, int i, int from, int end) {
    char c = text.charAt(i);
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (c == 0xFFFE || c == 0xFFFF) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > from && Character.isHighSurrogate(text.charAt(i - 1));
    }
    return true;
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    char[] copy = new char[length];
    System.arraycopy(ch, start, copy, 0, length);
    sanitise(copy, 0, length);
    next.characters(copy, 0, length);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    AttributesImpl clean = null;
    for (int i = 0; i < atts.getLength(); i++) {
      String value = atts.getValue(i);
      String sanitised = sanitise(value);
      if (sanitised != value) {
        if (clean == null) {
          clean = new AttributesImpl(atts);
        }
        clean.setValue(i, sanitised);
      }
    }
    next.startElement(uri, localName, qName, clean == null ? atts : clean);
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    next.setDocumentLocator(locator);
  }

  @Override
  public void startDocument() throws SAXException {
    next.startDocument();
  }

  @Override
  public void endDocument() throws SAXException {
    next.endDocument();
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) throws SAXException {
    next.startPrefixMapping(prefix, uri);
  }

  @Override
  public void endPrefixMapping(String prefix) throws SAXException {
    next.endPrefixMapping(prefix);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    next.endElement(uri, localName, qName);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    next.ignorableWhitespace(ch, start, length);
  }

  @Override
  public void processingInstruction(String target, String data) throws SAXException {
    next.processingInstruction(target, data);
  }

  @Override
  public void skippedEntity(String name) throws SAXException {
    next.skippedEntity(name);
  }
}
