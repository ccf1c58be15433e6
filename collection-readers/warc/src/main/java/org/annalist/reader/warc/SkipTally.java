package org.annalist.reader.warc;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Records that were no documents, counted by reason ("request", "revisit", "HTTP status 404" ...). */
public final class SkipTally {

  private final Map<String, Long> byReason = new TreeMap<>();
  private long total;

  public void add(String reason) {
    byReason.merge(reason, 1L, Long::sum);
    total++;
  }

  public long total() {
    return total;
  }

  public Map<String, Long> byReason() {
    return Map.copyOf(byReason);
  }

  @Override
  public String toString() {
    return byReason.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
  }
}
