package org.annalist.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.annalist.reader.warc.ArchiveRecords;
import org.annalist.reader.warc.WarcCollectionReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.uima.fit.descriptor.ConfigurationParameter;

/**
 * The {@code warc} reader over one Spark partition's share of web archives on any Hadoop file
 * system: its source location is a local file of splits, one per line:
 * {@code URI <tab> FIRST-BYTE <tab> END-BYTE <tab> FILE-ID}. Records whose first byte lies in a
 * split's range are read, so a large archive can be shared by several tasks.
 */
public class WarcSplitReader extends WarcCollectionReader {

  public static final String PARAM_HADOOP_SETTINGS = "hadoopSettings";

  @ConfigurationParameter(name = PARAM_HADOOP_SETTINGS, mandatory = false,
      description = "Hadoop settings (KEY=VALUE) for opening the archives, e.g. fs.s3a.endpoint=...")
  private String[] hadoopSettings;

  /** One split line. */
  static String line(String uri, long start, long end, String id) {
    return uri + '\t' + start + '\t' + end + '\t' + id;
  }

  @Override
  protected Iterator<ArchiveRecords> archives(String location) throws IOException {
    List<String> splits = Files.readAllLines(Path.of(location), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank()).toList();
    Configuration conf = HadoopFiles.configuration(hadoopSettings == null ? List.of() : List.of(hadoopSettings));
    Iterator<String> lines = splits.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return lines.hasNext();
      }

      @Override
      public ArchiveRecords next() {
        String[] fields = lines.next().split("\t", 4);
        return new ArchiveRecords(new HadoopArchiveFile(fields[0], fields[3], conf), Long.parseLong(fields[1]),
            Long.parseLong(fields[2]), maxDocumentBytes());
      }
    };
  }
}
