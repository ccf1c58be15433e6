package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.core.pipeline.PipelineAssembler.AssembledPipeline;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.core.run.PipelineFingerprint;
import org.annalist.reader.tika.TikaCollectionReader;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.collection.CollectionReaderDescription;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wrapped reader's sourceLocation travels beside its description, so resumed jobs keep their fingerprint. */
class RebasingReaderTest {

  @TempDir Path dir;

  @Test
  void theSourceLocationStaysOutOfTheFingerprintAndStillReaches() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "Rain fell in Erbil on Wednesday.");
    // scratch folders apart from the documents, whose paths change from run to run
    Path firstList = Files.writeString(Files.createDirectories(dir.resolve("scratch-1")).resolve("part.lst"),
        docs.resolve("a.txt") + "\n");
    Path secondList = Files.writeString(Files.createDirectories(dir.resolve("scratch-2")).resolve("part.lst"),
        docs.resolve("a.txt") + "\n");

    CollectionReaderDescription first = RebasingReader.around(tika(firstList), docs.toString());
    CollectionReaderDescription second = RebasingReader.around(tika(secondList), docs.toString());

    assertThat(PipelineFingerprint.of(new AssembledPipeline("p", first, java.util.List.of())).hash())
        .isEqualTo(PipelineFingerprint.of(new AssembledPipeline("p", second, java.util.List.of())).hash());
    CollectionReader reader = CollectionReaderFactory.createReader(second);
    try {
      assertThat(reader.hasNext()).isTrue();
      JCas jcas = JCasFactory.createJCas();
      reader.getNext(jcas.getCas());
      assertThat(DocumentMetadataAccess.find(jcas).getDocumentId()).isEqualTo("a.txt");
    } finally {
      reader.close();
      reader.destroy();
    }
  }

  private static CollectionReaderDescription tika(Path list) throws Exception {
    return CollectionReaderFactory.createReaderDescription(TikaCollectionReader.class,
        ComponentParameters.SOURCE_LOCATION, list.toString(), TikaCollectionReader.PARAM_SOURCE_IS_LIST, true);
  }
}
