package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress total: the reader counts what it will read, archive entries and failures included. */
class DocumentCountTest {

  @TempDir Path dir;

  @Test
  void theCountMatchesWhatIsRead() throws Exception {
    TestFiles.write(dir, "a.txt", "Rain fell in Erbil on Wednesday.");
    TestFiles.write(dir, "b.txt", new byte[0]);
    TestFiles.write(dir, "notes/c.html", "<html><body><p>Floods in Basra.</p></body></html>");
    TestFiles.write(dir, "notes/skip.md", "not read");
    TestFiles.write(dir, "bundle.zip", TestFiles.zip(Map.of("one.txt", TestFiles.utf8("one"),
        "two.txt", TestFiles.utf8("two"), "three.md", TestFiles.utf8("three"))));
    TestFiles.write(dir, "bundle.tar.gz", TestFiles.tarGz(Map.of("four.txt", TestFiles.utf8("four"))));
    Object[] parameters = {TikaCollectionReader.PARAM_SOURCE_LOCATION, dir.toString(),
        TikaCollectionReader.PARAM_EXCLUDES, new String[] {"*.md"}};

    CollectionReader reader = CollectionReaderFactory.createReader(TikaCollectionReader.class, parameters);
    long counted;
    try {
      counted = ((TikaCollectionReader) reader).countDocuments();
    } finally {
      reader.close();
      reader.destroy();
    }
    ReaderRun run = ReaderRun.of(parameters);

    assertThat(run.documents.size() + run.failures.size()).isGreaterThanOrEqualTo(6);
    assertThat(counted).isEqualTo(run.documents.size() + run.failures.size());
  }
}
