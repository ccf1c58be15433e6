package org.annalist.reader.tika;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * A Tika parser that misbehaves on purpose, found by Tika's service loader in the test class
 * path (and so in the forked parser processes of the tests): it never returns for *.hang files,
 * fills the heap for *.oom files and halts the JVM for *.crash files. It is also the detector
 * that gives those files their made-up formats.
 */
public class FaultyTestParser implements Parser, Detector {

  static final MediaType HANG = MediaType.application("x-annalist-hang");
  static final MediaType OOM = MediaType.application("x-annalist-oom");
  static final MediaType CRASH = MediaType.application("x-annalist-crash");

  @Override
  public MediaType detect(InputStream input, Metadata metadata) {
    String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
    String extension = name == null ? "" : name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return switch (extension) {
      case "hang" -> HANG;
      case "oom" -> OOM;
      case "crash" -> CRASH;
      default -> MediaType.OCTET_STREAM;
    };
  }

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return Set.of(HANG, OOM, CRASH);
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
    MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE)).getBaseType();
    if (type.equals(CRASH)) {
      Runtime.getRuntime().halt(7);
    }
    if (type.equals(OOM)) {
      List<long[]> hoard = new ArrayList<>();
      while (true) {
        hoard.add(new long[1 << 20]);
      }
    }
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException ignoredLikeABadParser) {
        // keeps going, as a parser stuck in a loop would
      }
    }
  }
}
