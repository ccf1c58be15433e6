package org.annalist.corpus;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.annalist.consumer.sql.query.QueryCommandTest;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import picocli.CommandLine;

/** Writes documents through the real sql consumer, and runs commands as the CLI does. */
public final class StoredDocuments {

  private StoredDocuments() {}

  public record Doc(String id, String published, String text) {}

  public record Run(int exit, String out, String err) {
    public List<String> lines() {
      return out.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  public static void store(String location, List<Doc> docs) throws Exception {
    List<JCas> cases = new ArrayList<>();
    for (Doc doc : docs) {
      JCas jcas = JCasFactory.createJCas();
      jcas.setDocumentText(doc.text());
      DocumentMetadata meta = new DocumentMetadata(jcas, 0, doc.text().length());
      meta.setDocumentId(doc.id());
      meta.setTitle("title of " + doc.id());
      meta.setPublishedDate(doc.published());
      meta.addToIndexes();
      cases.add(jcas);
    }
    QueryCommandTest.store(location, cases);
  }

  public static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exit = commandLine.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
