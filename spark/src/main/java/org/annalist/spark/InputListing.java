package org.annalist.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files an input location names, listed by the driver so that Spark can spread them over
 * partitions, with the folder document ids are relative to. The rules follow the file readers
 * of the local runner: a folder is read recursively without hidden files and folders (names
 * starting with a dot) and without following symbolic links to folders; a list file
 * ({@code .lst}, {@code .list}) names one path per line relative to its own folder; a glob
 * ({@code /data/crawl/*.html}) matches below its fixed prefix; any other file stands alone.
 *
 * @param idBase the folder the local runner's ids are relative to
 * @param files absolute, normalised paths of the files to read
 */
public record InputListing(Path idBase, List<String> files) {

  public static InputListing of(String location) {
    Path path = toLocalPath(location);
    try {
      if (Files.isDirectory(path)) {
        return new InputListing(path, walk(path, p -> true));
      }
      if (isGlob(path.toString())) {
        return glob(path.toString());
      }
      if (Files.isRegularFile(path) && isListFile(path)) {
        return listed(path);
      }
      if (Files.isRegularFile(path)) {
        return new InputListing(path.getParent(), List.of(path.toString()));
      }
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("cannot list the input " + location + ": " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("the input " + location + " does not exist (looked in " + path + ")");
  }

  /**
   * The local path of an input; files are read by the pipeline's own reader on the executors,
   * so they must be on a file system every executor mounts at the same path.
   */
  static Path toLocalPath(String location) {
    if (location.startsWith("file:")) {
      return Path.of(URI.create(location)).toAbsolutePath().normalize();
    }
    if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*")) {
      throw new IllegalArgumentException("the input " + location + " is not on a mounted file system: files are read by"
          + " the pipeline's reader on every executor, so they must be at the same path on each (NFS, a shared volume);"
          + " for HDFS or object stores, export the documents as JSON Lines and use --input-format jsonl");
    }
    return Path.of(location).toAbsolutePath().normalize();
  }

  static boolean isListFile(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".lst") || name.endsWith(".list");
  }

  private static boolean isGlob(String path) {
    return path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('[') >= 0 || path.indexOf('{') >= 0;
  }

  private static InputListing glob(String pattern) throws IOException {
    Path base = Path.of("/");
    for (Path part : Path.of(pattern)) {
      if (isGlob(part.toString())) {
        break;
      }
      base = base.resolve(part);
    }
    if (!Files.isDirectory(base)) {
      throw new IllegalArgumentException("the input " + pattern + " matches nothing: " + base + " is not a folder");
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    return new InputListing(base, walk(base, matcher::matches));
  }

  private static InputListing listed(Path listFile) throws IOException {
    Path base = listFile.getParent();
    List<String> files = new ArrayList<>();
    for (String line : Files.readAllLines(listFile, StandardCharsets.UTF_8)) {
      String entry = line.strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      Path path = base.resolve(entry).normalize();
      if (Files.isDirectory(path)) {
        files.addAll(walk(path, p -> true));
      } else {
        files.add(path.toString());
      }
    }
    return new InputListing(base, files);
  }

  private static List<String> walk(Path root, java.util.function.Predicate<Path> accept) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(p -> !hidden(root, p))
          .filter(Files::isRegularFile)
          .filter(accept)
          .map(Path::toString)
          .sorted()
          .toList();
    }
  }

  /** True when any name below the root starts with a dot (Files.walk does not follow links to folders). */
  private static boolean hidden(Path root, Path path) {
    for (Path name : root.relativize(path)) {
      if (name.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
