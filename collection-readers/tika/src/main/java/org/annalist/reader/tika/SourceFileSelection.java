package org.annalist.reader.tika;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The files a source location names, with the Tika reader's rules (a folder recursively without
 * hidden names, a {@code .lst}/{@code .list} file of paths, a glob such as {@code crawl/**}{@code /*.warc.gz},
 * or one file) and its include/exclude globs, for readers of other containers.
 */
public final class SourceFileSelection implements Iterator<SourceFileSelection.Selected> {

  /** A file and its id: the path relative to the source location, with forward slashes. */
  public record Selected(Path path, String id) {}

  private final SourceFiles files;
  private final GlobFilter filter;
  private Selected next;

  /**
   * @throws IOException when the location does not exist or a list file cannot be read
   */
  public SourceFileSelection(String location, boolean sourceIsList, String[] includes, String[] excludes)
      throws IOException {
    SourceLocation parsed = SourceLocation.parse(location);
    this.files = new SourceFiles(parsed.path(), sourceIsList);
    this.filter = new GlobFilter(includes, excludes, parsed.glob());
  }

  @Override
  public boolean hasNext() {
    while (next == null && files.hasNext()) {
      SourceFile file = files.next();
      if (filter.accepts(file.id())) {
        next = new Selected(file.path(), file.id());
      }
    }
    return next != null;
  }

  @Override
  public Selected next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Selected result = next;
    next = null;
    return result;
  }
}
