package org.annalist.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU seconds used by a process and its children so far, from Linux's /proc (0 elsewhere). */
final class ProcessTreeCpu {

  private static final double TICKS_PER_SECOND = 100.0;

  private ProcessTreeCpu() {}

  static double seconds(long pid) {
    Path self = Path.of("/proc", String.valueOf(pid));
    if (!Files.isDirectory(self)) {
      return 0;
    }
    // the process itself, with the time of children that already ended (cutime, cstime)
    long ticks = ticks(self, true);
    try {
      String children = Files.readString(self.resolve("task").resolve(String.valueOf(pid)).resolve("children"));
      for (String child : children.trim().split("\\s+")) {
        if (!child.isEmpty()) {
          ticks += ticks(Path.of("/proc", child), false);
        }
      }
    } catch (IOException e) {
      // no children list on this kernel: the backends' time counts once they end
    }
    return ticks / TICKS_PER_SECOND;
  }

  private static long ticks(Path process, boolean withEndedChildren) {
    try {
      String stat = Files.readString(process.resolve("stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return withEndedChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }
}
