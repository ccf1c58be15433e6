package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.core.reader.SkipFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders, globs, list files, single files, archives, .gz files and the skip filter. */
class SourceSelectionTest {

  @TempDir Path dir;

  private static final String PAGE =
      "<html><head><title>T</title></head><body><h1>Flood in Erbil</h1><p>Water rose.</p></body></html>";

  @Test
  void includeAndExcludeGlobsMatchAtEveryDepthAndInsideArchives() throws Exception {
    TestFiles.write(dir, "top.html", PAGE);
    TestFiles.write(dir, "news/a.html", PAGE);
    TestFiles.write(dir, "news/a.txt", "text");
    TestFiles.write(dir, "news/drafts/b.html", PAGE);
    TestFiles.write(dir, ".hidden/c.html", PAGE);
    TestFiles.write(dir, "pack.zip", TestFiles.zip(Map.of("in/z.html", TestFiles.utf8(PAGE), "in/z.txt", TestFiles.utf8("t"))));
    ReaderRun run = ReaderRun.of(TikaCollectionReader.PARAM_SOURCE_LOCATION, dir.toString(),
        TikaCollectionReader.PARAM_INCLUDES, new String[] {"**/*.html"},
        TikaCollectionReader.PARAM_EXCLUDES, new String[] {"**/drafts/**"});
    assertThat(run.ids()).containsExactly("news/a.html", "pack.zip!/in/z.html", "top.html");
    assertThat(run.failures).isEmpty();
  }

  @Test
  void tarGzNestedZipAndGzipFilesBecomeDocuments() throws Exception {
    byte[] inner = TestFiles.zip(Map.of("deep.txt", TestFiles.utf8("Deep in Baghdad.")));
    Map<String, byte[]> tarEntries = new LinkedHashMap<>();
    tarEntries.put("./articles/one.txt", TestFiles.utf8("Summit in Paris."));
    tarEntries.put("./articles/inner.zip", inner);
    TestFiles.write(dir, "bundle.tar.gz", TestFiles.tarGz(tarEntries));
    TestFiles.write(dir, "page.html.gz", TestFiles.gzip(TestFiles.utf8(PAGE)));
    TestFiles.write(dir, "old.tgz", TestFiles.tarGz(Map.of("x.txt", TestFiles.utf8("Texas drought."))));

    ReaderRun run = ReaderRun.of(TikaCollectionReader.PARAM_SOURCE_LOCATION, dir.toString());
    assertThat(run.failures).isEmpty();
    assertThat(run.ids()).containsExactly(
        "bundle.tar.gz!/articles/one.txt", "bundle.tar.gz!/articles/inner.zip!/deep.txt",
        "old.tgz!/x.txt", "page.html.gz");
    assertThat(run.doc("bundle.tar.gz!/articles/inner.zip!/deep.txt").text()).isEqualTo("Deep in Baghdad.");
    ReaderRun.Doc page = run.doc("page.html.gz");
    assertThat(page.metadata().getContentType()).isEqualTo("text/html");
    assertThat(page.html()).isEqualTo(PAGE);
    assertThat(page.metadata().getSizeBytes()).isEqualTo(PAGE.length());
  }

  @Test
  void archivesAreSingleDocumentsWhenExtractionIsOff() throws Exception {
    TestFiles.write(dir, "pack.zip", TestFiles.zip(Map.of("a.txt", TestFiles.utf8("Alpha in Paris."),
        "b.txt", TestFiles.utf8("Beta in Texas."))));
    ReaderRun run = ReaderRun.of(TikaCollectionReader.PARAM_SOURCE_LOCATION, dir.toString(),
        TikaCollectionReader.PARAM_EXTRACT_ARCHIVES, false);
    assertThat(run.ids()).containsExactly("pack.zip");
    assertThat(run.doc("pack.zip").text()).contains("Alpha in Paris.").contains("Beta in Texas.");
  }

  @Test
  void listFileNamesFilesAndFoldersRelativeToItself() throws Exception {
    TestFiles.write(dir, "data/one.txt", "one");
    TestFiles.write(dir, "data/more/two.txt", "two");
    TestFiles.write(dir, "data/more/three.txt", "three");
    TestFiles.write(dir, "data/unlisted.txt", "no");
    Path list = TestFiles.write(dir, "data/batch.lst", "# today's batch\n\none.txt\nmore\n");
    ReaderRun run = ReaderRun.of(TikaCollectionReader.PARAM_SOURCE_LOCATION, list.toString());
    assertThat(run.ids()).containsExactly("one.txt", "more/three.txt", "more/two.txt");

    Path txtList = TestFiles.write(dir, "data/files.txt", "one.txt\n");
    ReaderRun forced = ReaderRun.of(TikaCollectionReader.PARAM_SOURCE_LOCATION, txtList.toString(),
        TikaCollectionReader.PARAM_SOURCE_IS_LIST, true);
    assertThat(forced.ids()).containsExactly("one.txt");
  }

  @Test
  void sourceLocationWithAGlobReadsTheFolderBeforeIt() throws Exception {
    TestFiles.write(dir, "data/news/a.html", PAGE);
    TestFiles.write(dir, "data/news/deep/b.html", PAGE);
    TestFiles.write(dir, "data/news/c.txt", "text");
    ReaderRun run = ReaderRun.of(TikaCollectionReader.PARAM_SOURCE_LOCATION, dir + "/data/**/*.html");
    assertThat(run.ids()).containsExactly("news/a.html", "news/deep/b.html");
    assertThat(SourceLocation.parse(dir + "/data/news").glob()).isNull();
  }

  @Test
  void singleFileIdIsItsName() throws Exception {
    Path file = TestFiles.write(dir, "deep/folder/report.txt", "Report from Erbil.");
    ReaderRun run = ReaderRun.of(TikaCollectionReader.PARAM_SOURCE_LOCATION, file.toString());
    assertThat(run.ids()).containsExactly("report.txt");
  }

  @Test
  void skipFilterSeesIdAndChecksumBeforeParsingAndSkippedDocumentsAreCounted() throws Exception {
    TestFiles.write(dir, "a.txt", "Alpha.");
    TestFiles.write(dir, "b.txt", "Beta.");
    TestFiles.write(dir, "c.txt", "Gamma.");
    List<String> asked = new ArrayList<>();
    SkipFilter filter = (id, checksum) -> {
      asked.add(id + "=" + checksum);
      return id.equals("b.txt") && checksum.equals(TikaCollectionReader.sha256(TestFiles.utf8("Beta.")));
    };
    ReaderRun run = ReaderRun.of(filter, TikaCollectionReader.PARAM_SOURCE_LOCATION, dir.toString());
    assertThat(run.ids()).containsExactly("a.txt", "c.txt");
    assertThat(run.skipped).isEqualTo(1);
    assertThat(asked).hasSize(3).allMatch(s -> s.matches("[abc]\\.txt=[0-9a-f]{64}"));
  }

  @Test
  void idsAreStableAcrossRuns() throws Exception {
    TestFiles.write(dir, "z/b.txt", "b");
    TestFiles.write(dir, "a.txt", "a");
    TestFiles.write(dir, "z/a.txt", "a");
    List<String> first = ReaderRun.of(TikaCollectionReader.PARAM_SOURCE_LOCATION, dir.toString()).ids();
    Files.writeString(dir.resolve("z/c.txt"), "c");
    List<String> second = ReaderRun.of(TikaCollectionReader.PARAM_SOURCE_LOCATION, dir.toString()).ids();
    assertThat(first).containsExactly("a.txt", "z/a.txt", "z/b.txt");
    assertThat(second).containsExactly("a.txt", "z/a.txt", "z/b.txt", "z/c.txt");
  }
}
