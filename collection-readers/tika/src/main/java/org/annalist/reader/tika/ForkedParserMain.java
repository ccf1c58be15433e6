package org.annalist.reader.tika;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import org.annalist.core.reader.DocumentReadException;
import org.annalist.reader.tika.SourceItem.RawDocument;

/**
 * The child JVM of {@code isolation: forked}: reads {@link ForkedParserProcess.Request}s from stdin,
 * parses each with the same {@link DocumentParser} as in-process reading, and writes a
 * {@link ForkedParserProcess.Response} per request to stdout. Ends at the end of stdin.
 * Everything else the parsers or the logging print goes to stderr.
 *
 * <p>Arguments: charset (or "-"), default language (or "-"), maxTextCharacters, ocr.
 */
public final class ForkedParserMain {

  private ForkedParserMain() {}

  public static void main(String[] args) throws Exception {
    PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false);
    System.setOut(System.err);
    DocumentParser parser = new DocumentParser(dash(args[0]), dash(args[1]), Integer.parseInt(args[2]),
        Boolean.parseBoolean(args[3]));
    ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(protocol, 1 << 16));
    out.flush();
    ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(System.in, 1 << 16));
    while (true) {
      ForkedParserProcess.Request request;
      try {
        request = (ForkedParserProcess.Request) in.readUnshared();
      } catch (EOFException end) {
        return;
      }
      RawDocument doc = request.document();
      ForkedParserProcess.Response response;
      try {
        response = new ForkedParserProcess.Response(parser.parse(doc, request.checksum()), null);
      } catch (DocumentReadException e) {
        response = new ForkedParserProcess.Response(null, e.getMessage());
      } catch (RuntimeException | StackOverflowError e) {
        response = new ForkedParserProcess.Response(null, "cannot read: " + DocumentSource.describe(e));
      }
      out.writeUnshared(response);
      out.reset();
      out.flush();
    }
  }

  private static String dash(String arg) {
    return arg.equals("-") ? null : arg;
  }
}
