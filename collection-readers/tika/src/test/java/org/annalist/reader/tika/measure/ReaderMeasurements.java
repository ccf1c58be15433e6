package org.annalist.reader.tika.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.annalist.core.reader.DocumentReadException;
import org.annalist.reader.tika.TikaCollectionReader;
import org.annalist.type.DocumentMetadata;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/**
 * Measurements of the reader on the development data (not a test; run it by hand, see the
 * module's report): throughput on the article-extraction-benchmark pages against Tika's bare
 * AutoDetectParser + BodyContentHandler, and how often the publication date, title and author
 * agree with the WCXB ground truth.
 *
 * <pre>java ... ReaderMeasurements DATA_FOLDER [ROUNDS]</pre>
 */
public final class ReaderMeasurements {

  private ReaderMeasurements() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    PrintStream out = System.out;
    throughput(data.resolve("boilerplate/aeb-dev/html"), rounds, out);
    metadata(data.resolve("boilerplate/wcxb-dev-articles"), out);
  }

  private static double cpuMillis() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
  }

  static void throughput(Path pages, int rounds, PrintStream out) throws Exception {
    List<Path> files;
    try (Stream<Path> listing = Files.list(pages)) {
      files = listing.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
    }
    JCas jcas = JCasFactory.createJCas();
    AutoDetectParser bare = new AutoDetectParser();
    for (int round = 1; round <= rounds; round++) {
      double cpu = cpuMillis();
      long start = System.nanoTime();
      int read = 0;
      CollectionReader reader = CollectionReaderFactory.createReader(TikaCollectionReader.class,
          TikaCollectionReader.PARAM_SOURCE_LOCATION, pages.toString(),
          TikaCollectionReader.PARAM_INCLUDES, new String[] {"*.html.gz"});
      while (reader.hasNext()) {
        jcas.reset();
        try {
          reader.getNext(jcas.getCas());
          read++;
        } catch (DocumentReadException e) {
          out.println("failed: " + e.documentId() + ": " + e.getMessage());
        }
      }
      reader.destroy();
      double readerSeconds = (System.nanoTime() - start) / 1e9;
      double readerCpu = (cpuMillis() - cpu) / read;

      cpu = cpuMillis();
      start = System.nanoTime();
      for (Path file : files) {
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          bytes = in.readAllBytes();
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString().replace(".gz", ""));
        try (InputStream in = TikaInputStream.get(bytes)) {
          bare.parse(in, new BodyContentHandler(-1), metadata, new ParseContext());
        }
      }
      double bareSeconds = (System.nanoTime() - start) / 1e9;
      double bareCpu = (cpuMillis() - cpu) / files.size();
      out.printf(Locale.ROOT, "round %d: tika reader %d docs %.2f s %.1f docs/s %.1f ms CPU/doc | "
              + "bare AutoDetectParser+BodyContentHandler %d docs %.2f s %.1f docs/s %.1f ms CPU/doc%n",
          round, read, readerSeconds, read / readerSeconds, readerCpu,
          files.size(), bareSeconds, files.size() / bareSeconds, bareCpu);
    }
  }

  static void metadata(Path wcxb, PrintStream out) throws Exception {
    ObjectMapper json = new ObjectMapper();
    CollectionReader reader = CollectionReaderFactory.createReader(TikaCollectionReader.class,
        TikaCollectionReader.PARAM_SOURCE_LOCATION, wcxb.resolve("html").toString());
    JCas jcas = JCasFactory.createJCas();
    int docs = 0;
    int failed = 0;
    int goldDates = 0;
    int foundDates = 0;
    int rightDates = 0;
    int titles = 0;
    int rightTitles = 0;
    int goldAuthors = 0;
    int foundAuthors = 0;
    int rightAuthors = 0;
    while (reader.hasNext()) {
      jcas.reset();
      try {
        reader.getNext(jcas.getCas());
      } catch (DocumentReadException e) {
        failed++;
        continue;
      }
      docs++;
      DocumentMetadata md = JCasUtil.selectSingle(jcas, DocumentMetadata.class);
      String fileId = md.getDocumentId().replace(".html.gz", "");
      JsonNode gold = json.readTree(wcxb.resolve("ground-truth/" + fileId + ".json").toFile()).path("ground_truth");
      String goldDate = gold.path("publish_date").asText("");
      if (!goldDate.isBlank()) {
        goldDates++;
        if (md.getPublishedDate() != null) {
          foundDates++;
          if (md.getPublishedDate().startsWith(goldDate.substring(0, Math.min(10, goldDate.length())))) {
            rightDates++;
          }
        }
      }
      String goldTitle = gold.path("title").asText("");
      if (!goldTitle.isBlank()) {
        titles++;
        if (md.getTitle() != null && normal(md.getTitle()).equals(normal(goldTitle))) {
          rightTitles++;
        }
      }
      String goldAuthor = gold.path("author").asText("");
      if (!goldAuthor.isBlank()) {
        goldAuthors++;
        if (md.getAuthor() != null) {
          foundAuthors++;
          String got = normal(md.getAuthor());
          if (got.contains(normal(goldAuthor)) || normal(goldAuthor).contains(got)) {
            rightAuthors++;
          }
        }
      }
    }
    reader.destroy();
    out.printf(Locale.ROOT, "wcxb-dev: %d pages read, %d failed%n", docs, failed);
    out.printf(Locale.ROOT, "published date (same day): recall %.3f (%d/%d), precision %.3f (%d/%d)%n",
        rightDates / (double) goldDates, rightDates, goldDates, rightDates / (double) foundDates, rightDates, foundDates);
    out.printf(Locale.ROOT, "title (exact, case and spaces normalised): %.3f (%d/%d)%n",
        rightTitles / (double) titles, rightTitles, titles);
    out.printf(Locale.ROOT, "author (containment): recall %.3f (%d/%d), precision %.3f (%d/%d)%n",
        rightAuthors / (double) goldAuthors, rightAuthors, goldAuthors,
        rightAuthors / (double) foundAuthors, rightAuthors, foundAuthors);
  }

  private static String normal(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
