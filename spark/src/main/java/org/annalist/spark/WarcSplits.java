package org.annalist.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The driver's listing of web archives on a Hadoop file system: a file, a folder (recursively,
 * hidden names skipped) or a glob; archives larger than the split size are cut into byte ranges,
 * each read by its own task from the first record that starts in it. Ids are paths relative to
 * the folder given (or the glob's fixed part), as the local {@code warc} reader names them.
 */
final class WarcSplits {

  private WarcSplits() {}

  static boolean isArchive(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".warc") || lower.endsWith(".warc.gz") || lower.endsWith(".arc")
        || lower.endsWith(".arc.gz");
  }

  /** Split lines ({@link WarcSplitReader#line}), in path order. */
  static List<String> list(String location, Configuration conf, long splitBytes) throws IOException {
    Path path = new Path(location);
    FileSystem fs = path.getFileSystem(conf);
    FileStatus[] matches = fs.globStatus(path);
    if (matches == null || matches.length == 0) {
      throw new IllegalArgumentException("the input " + location + " matches no file");
    }
    Path base = fixedPart(path);
    List<FileStatus> files = new ArrayList<>();
    for (FileStatus match : matches) {
      if (match.isDirectory()) {
        if (matches.length == 1 && match.getPath().equals(fs.makeQualified(path))) {
          base = match.getPath();
        }
        RemoteIterator<LocatedFileStatus> walk = fs.listFiles(match.getPath(), true);
        while (walk.hasNext()) {
          LocatedFileStatus file = walk.next();
          if (isArchive(file.getPath().getName()) && !hidden(match.getPath(), file.getPath())) {
            files.add(file);
          }
        }
      } else {
        files.add(match);
      }
    }
    if (matches.length == 1 && !matches[0].isDirectory()) {
      base = matches[0].getPath().getParent();
    }
    String prefix = fs.makeQualified(base).toString();
    prefix = prefix.endsWith("/") ? prefix : prefix + "/";
    files.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
    List<String> splits = new ArrayList<>();
    for (FileStatus file : files) {
      String uri = file.getPath().toString();
      String id = uri.startsWith(prefix) ? uri.substring(prefix.length()) : file.getPath().getName();
      long length = file.getLen();
      if (length <= splitBytes) {
        splits.add(WarcSplitReader.line(uri, 0, Long.MAX_VALUE, id));
        continue;
      }
      for (long start = 0; start < length; start += splitBytes) {
        long end = start + splitBytes >= length ? Long.MAX_VALUE : start + splitBytes;
        splits.add(WarcSplitReader.line(uri, start, end, id));
      }
    }
    return splits;
  }

  /** The folder before the first path segment with a glob character. */
  private static Path fixedPart(Path path) {
    Path fixed = path;
    for (Path p = path; p != null; p = p.getParent()) {
      if (p.getName().matches(".*[*?\\[{].*")) {
        fixed = p.getParent();
      }
    }
    return fixed;
  }

  private static boolean hidden(Path root, Path file) {
    String relative = file.toString().substring(Math.min(file.toString().length(), root.toString().length()));
    for (String name : relative.split("/")) {
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
