package org.annalist.linguistic.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CoNLL-U file into documents of raw text with gold spans. The text of a sentence is its
 * surface tokens, each followed by one space unless MISC says {@code SpaceAfter=No}; sentences of
 * a paragraph are joined the same way, and each {@code # newpar} starts after a blank line. A
 * {@code # newdoc} starts a new document (a file without any is one document).
 */
public final class ConlluReader {

  private ConlluReader() {}

  public static List<ConlluDocument> read(Path file) throws IOException, ConlluFormatException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new Builder(file).read(in);
    }
  }

  private static final class Builder {
    private final Path file;
    private final List<ConlluDocument> documents = new ArrayList<>();
    private String documentId;
    private StringBuilder text = new StringBuilder();
    private List<ConlluDocument.Span> sentences = new ArrayList<>();
    private List<ConlluDocument.Span> tokens = new ArrayList<>();
    private List<ConlluDocument.Word> words = new ArrayList<>();
    private boolean spaceAfterLast;
    private boolean newParagraph;
    private boolean inSentence;
    private int sentenceBegin;
    private int expectedId;
    private int multiwordEnd;
    private int multiwordBegin;

    Builder(Path file) {
      this.file = file;
    }

    List<ConlluDocument> read(BufferedReader in) throws IOException, ConlluFormatException {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          endSentence(number);
        } else if (line.startsWith("#")) {
          comment(line);
        } else {
          wordLine(line, number);
        }
      }
      endSentence(number);
      finishDocument();
      if (documents.isEmpty()) {
        throw new ConlluFormatException(file, number, "no sentence found; expected CoNLL-U: comment lines "
            + "starting with '#', then one word a line with 10 tab-separated columns, a blank line after each sentence");
      }
      return documents;
    }

    private void comment(String line) {
      if (inSentence) {
        return;
      }
      String body = line.substring(1).strip();
      if (body.startsWith("newdoc")) {
        finishDocument();
        int eq = body.indexOf('=');
        documentId = eq < 0 ? null : body.substring(eq + 1).strip();
        newParagraph = false;
      } else if (body.startsWith("newpar")) {
        newParagraph = true;
      }
    }

    private void wordLine(String line, int number) throws ConlluFormatException {
      String[] columns = line.split("\t", -1);
      if (columns.length != 10) {
        throw new ConlluFormatException(file, number, "expected 10 tab-separated columns (ID FORM LEMMA UPOS XPOS "
            + "FEATS HEAD DEPREL DEPS MISC), found " + columns.length);
      }
      String id = columns[0];
      if (id.indexOf('.') >= 0) {
        return; // an empty node: no surface text
      }
      if (!inSentence) {
        startSentence();
      }
      int dash = id.indexOf('-');
      try {
        if (dash > 0) {
          int from = Integer.parseInt(id.substring(0, dash));
          int to = Integer.parseInt(id.substring(dash + 1));
          if (from != expectedId || to < from) {
            throw new ConlluFormatException(file, number, "expected a multi-word range starting at word " + expectedId
                + ", found " + id);
          }
          multiwordBegin = text.length();
          addSurface(columns[1], columns[9]);
          multiwordEnd = to;
          return;
        }
        int index = Integer.parseInt(id);
        if (index != expectedId) {
          throw new ConlluFormatException(file, number, "expected word id " + expectedId + ", found " + id);
        }
        expectedId++;
        if (index <= multiwordEnd) {
          words.add(new ConlluDocument.Word(multiwordBegin, tokens.get(tokens.size() - 1).end(), columns[1], columns[3],
              columns[2], true));
          return;
        }
        int begin = text.length();
        addSurface(columns[1], columns[9]);
        words.add(new ConlluDocument.Word(begin, tokens.get(tokens.size() - 1).end(), columns[1], columns[3], columns[2],
            false));
      } catch (NumberFormatException e) {
        throw new ConlluFormatException(file, number, "expected a word id (1, 2, ...), a range (3-4) or an empty node "
            + "(5.1) in column 1, found '" + id + "'");
      }
    }

    private void addSurface(String form, String misc) {
      int begin = text.length();
      text.append(form);
      tokens.add(new ConlluDocument.Span(begin, text.length()));
      spaceAfterLast = !misc.contains("SpaceAfter=No");
      if (spaceAfterLast) {
        text.append(' ');
      }
    }

    private void startSentence() {
      inSentence = true;
      expectedId = 1;
      multiwordEnd = 0;
      if (newParagraph && text.length() > 0) {
        trimTrailingSpace();
        text.append("\n\n");
      }
      newParagraph = false;
      sentenceBegin = text.length();
    }

    private void trimTrailingSpace() {
      if (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
        text.setLength(text.length() - 1);
      }
    }

    private void endSentence(int number) throws ConlluFormatException {
      if (!inSentence) {
        return;
      }
      if (multiwordEnd >= expectedId) {
        throw new ConlluFormatException(file, number, "the sentence ends inside the multi-word range ending at word "
            + multiwordEnd);
      }
      inSentence = false;
      sentences.add(new ConlluDocument.Span(sentenceBegin, tokens.get(tokens.size() - 1).end()));
    }

    private void finishDocument() {
      if (!sentences.isEmpty()) {
        trimTrailingSpace();
        String id = documentId != null ? documentId : file.getFileName() + "#" + (documents.size() + 1);
        documents.add(new ConlluDocument(id, text.toString(), sentences, tokens, words));
      }
      text = new StringBuilder();
      sentences = new ArrayList<>();
      tokens = new ArrayList<>();
      words = new ArrayList<>();
      spaceAfterLast = false;
    }
  }
}
