package org.annalist.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

/**
 * CPU time the hypervisor gave to other guests while this machine's CPUs wanted to run ("steal" in
 * /proc/stat), summed over the CPUs this process may run on. On a shared virtual machine it tells
 * a slow run from a slow program. Linux only; zero elsewhere.
 */
final class HostSteal {

  private static final double TICKS_PER_SECOND = 100.0;

  private HostSteal() {}

  /** Seconds stolen so far on the CPUs of this process's affinity, or NaN when unreadable. */
  static double stolenSeconds() {
    try {
      BitSet allowed = allowedCpus(Files.readAllLines(Path.of("/proc/self/status")));
      long ticks = 0;
      for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
        if (line.startsWith("cpu") && line.length() > 3 && Character.isDigit(line.charAt(3))) {
          String[] fields = line.split("\\s+");
          int cpu = Integer.parseInt(fields[0].substring(3));
          if (allowed.isEmpty() || allowed.get(cpu)) {
            ticks += Long.parseLong(fields[8]);
          }
        }
      }
      return ticks / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** The CPUs of "Cpus_allowed_list: 0-1,3"; empty when the line is missing. */
  static BitSet allowedCpus(List<String> status) {
    BitSet cpus = new BitSet();
    for (String line : status) {
      if (line.startsWith("Cpus_allowed_list:")) {
        for (String range : line.substring(line.indexOf(':') + 1).strip().split(",")) {
          String[] ends = range.strip().split("-");
          int first = Integer.parseInt(ends[0]);
          int last = ends.length > 1 ? Integer.parseInt(ends[1]) : first;
          cpus.set(first, last + 1);
        }
      }
    }
    return cpus;
  }
}
