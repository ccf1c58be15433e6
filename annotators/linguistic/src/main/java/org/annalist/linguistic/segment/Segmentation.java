package org.annalist.linguistic.segment;

import java.util.Arrays;

/**
 * What the {@link Segmenter} found in a text: sentences, surface tokens and syntactic words as
 * character offsets. A surface token ("don't") holds one or more words ("do", "n't"). Arrays, not
 * objects, so that segmenting megabytes allocates little.
 */
public final class Segmentation {

  private int[] sentences;
  private int sentenceCount;
  private int[] tokens;
  private int tokenCount;
  private int[] words;
  private int wordCount;
  int forcedSentenceSplits;
  int forcedTokenSplits;

  public Segmentation() {
    this(0);
  }

  /** Sized for about {@code characters} of English text, so that the arrays rarely grow. */
  Segmentation(int characters) {
    int expectedTokens = expectedTokens(characters);
    sentences = new int[2 * Math.max(16, expectedTokens / 16)];
    tokens = new int[3 * expectedTokens];
    words = new int[3 * (expectedTokens + expectedTokens / 16)];
  }

  /** English averages five characters a token with its space; a little more, so that arrays seldom grow. */
  static int expectedTokens(int characters) {
    return Math.max(64, characters / 4 + 16);
  }

  void addSentence(int begin, int end) {
    if (2 * sentenceCount + 2 > sentences.length) {
      sentences = Arrays.copyOf(sentences, sentences.length * 2);
    }
    sentences[2 * sentenceCount] = begin;
    sentences[2 * sentenceCount + 1] = end;
    sentenceCount++;
  }

  /** Adds a surface token; its words follow with {@link #addWord}. */
  void addToken(int begin, int end) {
    if (3 * tokenCount + 3 > tokens.length) {
      tokens = Arrays.copyOf(tokens, tokens.length * 2);
    }
    tokens[3 * tokenCount] = begin;
    tokens[3 * tokenCount + 1] = end;
    tokens[3 * tokenCount + 2] = wordCount;
    tokenCount++;
  }

  void addWord(int begin, int end) {
    if (3 * wordCount + 3 > words.length) {
      words = Arrays.copyOf(words, words.length * 2);
    }
    words[3 * wordCount] = begin;
    words[3 * wordCount + 1] = end;
    words[3 * wordCount + 2] = tokenCount > 0 && tokens[3 * (tokenCount - 1) + 2] < wordCount ? 1 : 0;
    wordCount++;
  }

  public int sentenceCount() {
    return sentenceCount;
  }

  public int sentenceBegin(int i) {
    return sentences[2 * i];
  }

  public int sentenceEnd(int i) {
    return sentences[2 * i + 1];
  }

  public int tokenCount() {
    return tokenCount;
  }

  public int tokenBegin(int i) {
    return tokens[3 * i];
  }

  public int tokenEnd(int i) {
    return tokens[3 * i + 1];
  }

  /** Index of the token's first word. */
  public int tokenFirstWord(int i) {
    return tokens[3 * i + 2];
  }

  /** Number of words of the token: 2 for "don't" (do + n't), 1 for most. */
  public int tokenWordCount(int i) {
    return (i + 1 < tokenCount ? tokens[3 * (i + 1) + 2] : wordCount) - tokens[3 * i + 2];
  }

  public int wordCount() {
    return wordCount;
  }

  public int wordBegin(int i) {
    return words[3 * i];
  }

  public int wordEnd(int i) {
    return words[3 * i + 1];
  }

  /** True for the second and later words of a surface token ("n't" of "don't"). */
  public boolean continuesToken(int i) {
    return words[3 * i + 2] == 1;
  }

  /** Sentences ended because they reached the length limit, not at a boundary the text shows. */
  public int forcedSentenceSplits() {
    return forcedSentenceSplits;
  }

  /** Tokens cut because they reached the length limit (a 10 MB run without spaces, say). */
  public int forcedTokenSplits() {
    return forcedTokenSplits;
  }
}
