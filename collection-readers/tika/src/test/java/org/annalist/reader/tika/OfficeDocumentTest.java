package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Office documents go through Tika like any other format. */
class OfficeDocumentTest {

  @TempDir Path dir;

  @Test
  void wordDocumentTextParagraphsAndTitle() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.getProperties().getCoreProperties().setTitle("Briefing on the Erbil floods");
      doc.getProperties().getCoreProperties().setCreator("Shirin Aziz");
      doc.createParagraph().createRun().setText("Rain fell on Erbil for six hours on Wednesday.");
      doc.createParagraph().createRun().setText("\"The water had nowhere to go,\" said Dilshad Omar.");
      doc.write(bytes);
    }
    TestFiles.write(dir, "briefing.docx", bytes.toByteArray());
    ReaderRun run = ReaderRun.of(TikaCollectionReader.PARAM_SOURCE_LOCATION, dir.toString());
    assertThat(run.failures).isEmpty();
    ReaderRun.Doc doc = run.doc("briefing.docx");
    assertThat(doc.metadata().getContentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(doc.metadata().getTitle()).isEqualTo("Briefing on the Erbil floods");
    assertThat(doc.metadata().getAuthor()).isEqualTo("Shirin Aziz");
    assertThat(doc.spans("Paragraph")).extracting(ReaderRun.Span::coveredText).containsExactly(
        "Rain fell on Erbil for six hours on Wednesday.", "\"The water had nowhere to go,\" said Dilshad Omar.");
  }
}
