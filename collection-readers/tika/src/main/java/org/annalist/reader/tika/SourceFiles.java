package org.annalist.reader.tika;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files named by a source location, in a stable order (names sorted within each folder):
 * <ul>
 *   <li>a folder: every file below it, recursively, skipping hidden files and folders (names
 *       starting with a dot); ids are paths relative to the folder;</li>
 *   <li>a list file (name ending in {@code .lst} or {@code .list}, or any file when
 *       {@code sourceIsList} is set): one path per line, relative to the list file's folder or
 *       absolute, blank lines and lines starting with {@code #} ignored; a listed folder is read
 *       recursively; ids are paths relative to the list file's folder (absolute paths outside it
 *       keep their absolute form);</li>
 *   <li>any other file: that file alone; its id is its file name.</li>
 * </ul>
 * Folders are walked lazily, so memory does not grow with the number of files.
 */
final class SourceFiles implements Iterator<SourceFile> {

  private static final Logger LOG = LoggerFactory.getLogger(SourceFiles.class);

  /** A folder still to expand, or a single file, with the folder ids are relative to. */
  private record Pending(Path path, Path idBase, String explicitId) {}

  private final Deque<Pending> stack = new ArrayDeque<>();
  private SourceFile next;

  SourceFiles(Path location, boolean forceList) throws IOException {
    Path source = location.toAbsolutePath().normalize();
    if (Files.isDirectory(source)) {
      stack.push(new Pending(source, source, null));
    } else if (forceList || isListFileName(source)) {
      pushListed(source);
    } else if (Files.isRegularFile(source)) {
      stack.push(new Pending(source, source.getParent(), source.getFileName().toString()));
    } else {
      throw new IOException("source location does not exist or is not readable: " + location);
    }
  }

  static boolean isListFileName(Path path) {
    String name = path.getFileName().toString().toLowerCase();
    return name.endsWith(".lst") || name.endsWith(".list");
  }

  private void pushListed(Path listFile) throws IOException {
    Path base = listFile.getParent();
    List<Pending> entries = new ArrayList<>();
    for (String line : Files.readAllLines(listFile, StandardCharsets.UTF_8)) {
      String entry = line.strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      Path path = base.resolve(entry).normalize();
      boolean inside = path.startsWith(base);
      Path idBase = inside ? base : path.getParent();
      String id = inside ? null : path.toString().replace('\\', '/');
      if (Files.isDirectory(path)) {
        entries.add(new Pending(path, inside ? base : path, null));
      } else {
        entries.add(new Pending(path, idBase, id));
      }
    }
    for (int i = entries.size() - 1; i >= 0; i--) {
      stack.push(entries.get(i));
    }
  }

  @Override
  public boolean hasNext() {
    while (next == null && !stack.isEmpty()) {
      Pending pending = stack.pop();
      if (Files.isDirectory(pending.path())) {
        expand(pending);
      } else {
        String id = pending.explicitId() != null
            ? pending.explicitId()
            : relativeId(pending.idBase(), pending.path());
        next = new SourceFile(pending.path(), id);
      }
    }
    return next != null;
  }

  @Override
  public SourceFile next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceFile result = next;
    next = null;
    return result;
  }

  private void expand(Pending folder) {
    if (!Files.isReadable(folder.path()) || !Files.isExecutable(folder.path())) {
      next = unlistable(folder, "permission denied");
      return;
    }
    List<Path> children;
    try (Stream<Path> listing = Files.list(folder.path())) {
      children = listing
          .filter(child -> !child.getFileName().toString().startsWith("."))
          // symbolic links to folders could loop back up the tree
          .filter(child -> !(Files.isSymbolicLink(child) && Files.isDirectory(child)))
          .sorted()
          .toList();
    } catch (IOException e) {
      next = unlistable(folder, DocumentSource.describe(e));
      return;
    } catch (UncheckedIOException e) {
      next = unlistable(folder, DocumentSource.describe(e.getCause()));
      return;
    }
    for (int i = children.size() - 1; i >= 0; i--) {
      stack.push(new Pending(children.get(i), folder.idBase(), null));
    }
  }

  /** A folder whose files cannot be known: one failed document, so that they are not silently missing. */
  private static SourceFile unlistable(Pending folder, String reason) {
    String id = folder.path().equals(folder.idBase()) ? folder.path().toString().replace('\\', '/')
        : relativeId(folder.idBase(), folder.path()) + "/";
    LOG.warn("cannot list folder {}: {}", folder.path(), reason);
    return new SourceFile(folder.path(), id, "cannot list folder (its files are not read): " + reason);
  }

  static String relativeId(Path base, Path file) {
    return base.relativize(file).toString().replace('\\', '/');
  }
}
