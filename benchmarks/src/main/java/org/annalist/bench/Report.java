package org.annalist.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** The whole-run figures as the Markdown tables of docs/performance.md. */
final class Report {

  private Report() {}

  static String markdown(JsonNode r) {
    StringBuilder out = new StringBuilder();
    int cores = r.path("cores").asInt();
    out.append(String.format(Locale.ROOT, "Corpus: %d documents per corpus; %d cores; heap -Xmx%s; JVM options: %s; %s%s%n%n",
        r.path("documents").asInt(), cores, r.path("heap").asText(),
        r.path("jvmOptions").asText("").isEmpty() ? "none" : r.path("jvmOptions").asText(), r.path("java").asText(),
        r.path("pinned").asBoolean() ? "; a run with N threads is pinned to N cores (taskset)" : ""));
    double startupCpu = r.path("startup").path("processCpuSeconds").asDouble(0);
    out.append("| run | threads | documents/s (wall) | later half of the documents, documents/s | per thread | scaling 1→2 | documents per CPU-second, start-up CPU subtracted | max live heap (MiB) | max used heap (MiB) | load avg | CPU stolen by the host | failed |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (String corpus : new String[] {"text", "html", "tika"}) {
      JsonNode one = r.get(corpus + "Threads1");
      JsonNode two = r.get(corpus + "Threads2");
      String label = switch (corpus) {
        case "text" -> "whole pipeline, seed articles (plain text)";
        case "html" -> "whole pipeline, aeb pages (HTML)";
        default -> "Tika bare text extraction, aeb pages (HTML)";
      };
      if (one != null) {
        out.append(row(label, 1, one, null, corpus.equals("tika") ? 0 : startupCpu));
      }
      if (two != null) {
        out.append(row(label, 2, two, one, corpus.equals("tika") ? 0 : startupCpu));
      }
    }
    JsonNode spark = r.get("sparkLocal2");
    if (spark != null) {
      out.append(row("Spark local[2], aeb pages (HTML)", 2, spark, null, Double.NaN));
    }
    out.append('\n');
    JsonNode html2 = r.get("htmlThreads2");
    JsonNode tika2 = r.get("tikaThreads2");
    JsonNode html1 = r.get("htmlThreads1");
    JsonNode tika1 = r.get("tikaThreads1");
    if (html1 != null && tika1 != null) {
      out.append(String.format(Locale.ROOT, "- HTML: whole pipeline / Tika bare extraction = %.2f (1 thread), %.2f (2 threads); target >= 0.5%n",
          WholeRunCommand.rate(html1) / WholeRunCommand.rate(tika1),
          html2 == null || tika2 == null ? Double.NaN : WholeRunCommand.rate(html2) / WholeRunCommand.rate(tika2)));
    }
    if (spark != null && html2 != null) {
      out.append(String.format(Locale.ROOT, "- Spark local[2] / local runner with 2 threads (HTML) = %.2f (Spark session start %.1f s, not counted)%n",
          WholeRunCommand.rate(spark) / WholeRunCommand.rate(html2), spark.path("sessionSeconds").asDouble()));
    }
    for (String corpus : new String[] {"text", "html"}) {
      JsonNode storage = r.get("storage-" + corpus);
      if (storage == null) {
        continue;
      }
      for (String database : new String[] {"sqlite", "postgresql"}) {
        for (int threads = 1; threads <= 2; threads++) {
          JsonNode none = storage.get("none" + threads);
          JsonNode with = storage.get(database + threads);
          out.append(String.format(Locale.ROOT, "- storage (%s, %s, %d thread(s)): %.1f documents/s without a "
              + "consumer, %.1f with: %.1f %% of the wall time; CPU per document %.2f / %.2f ms%s: %.1f %% of the "
              + "CPU; target < 10 %%%n", corpus, database, threads, WholeRunCommand.rate(none),
              WholeRunCommand.rate(with), 100 * storage.path(database + "Share" + threads).asDouble(Double.NaN),
              StorageShare.cpuPerDocument(none), StorageShare.cpuPerDocument(with),
              database.equals("postgresql") ? " (server included)" : "",
              100 * storage.path(database + "CpuShare" + threads).asDouble(Double.NaN)));
        }
      }
    }
    JsonNode startup = r.get("startup");
    if (startup != null) {
      out.append(String.format(Locale.ROOT, "- start-up: %.2f s from JVM launch to exit for a run over one document (pipeline run itself %.2f s)%n",
          startup.path("processSeconds").asDouble(), startup.path("runSecondsOneDocument").asDouble()));
    }
    JsonNode boilerplate = r.get("boilerplate");
    if (boilerplate != null) {
      out.append(String.format(Locale.ROOT,
          "- aeb-dev pages, 4-gram shingle F1 / pages per second: annalist boilerplate %.3f / %.1f; boilerpipe ArticleExtractor %.3f / %.1f%n",
          boilerplate.path("annalist").path("f1").asDouble(), boilerplate.path("annalist").path("pagesPerSecond").asDouble(),
          boilerplate.path("boilerpipe").path("f1").asDouble(), boilerplate.path("boilerpipe").path("pagesPerSecond").asDouble()));
    }
    out.append('\n');
    for (String run : new String[] {"textThreads1", "htmlThreads1"}) {
      JsonNode node = r.get(run);
      if (node == null) {
        continue;
      }
      out.append("Time per document by component, ").append(run).append(" (ms):");
      Iterator<Map.Entry<String, JsonNode>> fields = node.path("millisPerDocumentByComponent").fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        out.append(String.format(Locale.ROOT, " %s %.3f;", field.getKey(), field.getValue().asDouble()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String row(String label, int threads, JsonNode figures, JsonNode single, double startupCpu) {
    double cpu = figures.path("processCpuSeconds").asDouble(Double.NaN) - startupCpu;
    double perCpuSecond = figures.path("documentsProcessed").asDouble(Double.NaN) / cpu;
    double rate = WholeRunCommand.rate(figures);
    String scaling = single == null ? "" : String.format(Locale.ROOT, "%.0f %% of linear",
        100 * rate / (2 * WholeRunCommand.rate(single)));
    double stolen = figures.path("stolenShare").asDouble(Double.NaN);
    JsonNode laterHalf = figures.get("laterHalfDocumentsPerSecond");
    return String.format(Locale.ROOT, "| %s | %d | %.1f | %s | %.1f | %s | %.1f | %.0f | %.0f | %.1f | %s | %d |%n", label,
        threads, rate, laterHalf == null ? "" : String.format(Locale.ROOT, "%.1f", laterHalf.asDouble()),
        rate / threads, scaling, perCpuSecond, figures.path("maxLiveHeapMiB").asDouble(),
        figures.path("maxUsedHeapMiB").asDouble(), figures.path("loadAverageAtEnd").asDouble(),
        Double.isNaN(stolen) ? "" : String.format(Locale.ROOT, "%.1f %%", 100 * stolen), figures.path("failed").asLong());
  }
}
