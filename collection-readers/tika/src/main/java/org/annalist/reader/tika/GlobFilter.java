package org.annalist.reader.tika;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Include / exclude globs matched against forward-slash relative paths. A pattern starting with
 * {@code **}{@code /} also matches at the top level, so {@code **}{@code /*.html} matches both
 * {@code a.html} and {@code news/a.html}. No includes means "include everything".
 */
final class GlobFilter {

  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;
  private final List<PathMatcher> required;

  GlobFilter(String[] includes, String[] excludes) {
    this(includes, excludes, null);
  }

  /** With {@code required}, a document must also match that glob (the glob of a source location). */
  GlobFilter(String[] includes, String[] excludes, String required) {
    this.includes = compile(includes);
    this.excludes = compile(excludes);
    this.required = required == null ? List.of() : compile(new String[] {required});
  }

  private static List<PathMatcher> compile(String[] globs) {
    List<PathMatcher> matchers = new ArrayList<>();
    if (globs == null) {
      return matchers;
    }
    for (String glob : globs) {
      if (glob == null || glob.isBlank()) {
        continue;
      }
      String pattern = glob.strip().replace('\\', '/');
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
      if (pattern.startsWith("**/")) {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)));
      }
    }
    return matchers;
  }

  /** True when any of the given spellings of a path matches an include and none matches an exclude. */
  boolean accepts(String... paths) {
    return isIncluded(paths) && !isExcluded(paths);
  }

  boolean isIncluded(String... paths) {
    return (includes.isEmpty() || matchesAny(includes, paths))
        && (required.isEmpty() || matchesAny(required, paths));
  }

  boolean isExcluded(String... paths) {
    return matchesAny(excludes, paths);
  }

  private static boolean matchesAny(List<PathMatcher> matchers, String... paths) {
    for (String path : paths) {
      if (path == null || path.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(path);
      for (PathMatcher matcher : matchers) {
        if (matcher.matches(candidate)) {
          return true;
        }
      }
    }
    return false;
  }
}
