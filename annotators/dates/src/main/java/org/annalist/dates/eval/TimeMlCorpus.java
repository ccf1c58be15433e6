package org.annalist.dates.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Reads every {@code .tml} file under a folder (recursively); identical copies count once. */
public final class TimeMlCorpus {

  private TimeMlCorpus() {}

  public static List<TimeMlDocument> read(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".tml")).sorted().toList();
    }
    List<TimeMlDocument> documents = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      if (!seen.add(sha256(bytes))) {
        continue;
      }
      String id = root.relativize(file).toString();
      documents.add(TimeMlDocument.parse(id, new String(bytes, StandardCharsets.UTF_8)));
    }
    return documents;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
