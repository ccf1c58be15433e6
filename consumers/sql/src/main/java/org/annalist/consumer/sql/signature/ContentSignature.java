package org.annalist.consumer.sql.signature;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * What the corpus stage needs to find copies of a document without its text: a hash of the
 * normalised word sequence (equal for exact duplicates), the number of distinct 5-word shingles and
 * a MinHash signature of those shingles ({@value #SIZE} minima of independent hash functions; the
 * share of equal positions in two signatures estimates the Jaccard similarity of their shingle sets).
 *
 * <p>Words are maximal runs of letters and digits, lower-cased; a text of fewer than
 * {@value #SHINGLE_WORDS} words has one shingle (all its words); a text without words has none, an
 * empty signature, and is never anybody's copy.
 */
public record ContentSignature(String textHash, int shingleCount, int[] minHashes) {

  /** Number of hash functions (signature length). */
  public static final int SIZE = 128;
  /** Words per shingle. */
  public static final int SHINGLE_WORDS = 5;

  private static final long[] SEEDS = seeds();

  public ContentSignature {
    if (minHashes.length != SIZE && minHashes.length != 0) {
      throw new IllegalArgumentException("a signature has " + SIZE + " values, not " + minHashes.length);
    }
  }

  /** Whether the text had no words at all. */
  public boolean isEmpty() {
    return shingleCount == 0;
  }

  /** The signature of a text (null counts as empty). */
  public static ContentSignature of(String text) {
    long[] wordHashes = wordHashes(text == null ? "" : text);
    int words = wordHashes.length;
    if (words == 0) {
      return new ContentSignature(textHash(wordHashes), 0, new int[0]);
    }
    int shingles = Math.max(1, words - SHINGLE_WORDS + 1);
    long[] shingleHashes = new long[shingles];
    for (int i = 0; i < shingles; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = i; j < Math.min(words, i + SHINGLE_WORDS); j++) {
        h = mix(h ^ wordHashes[j]) + j - i;
      }
      shingleHashes[i] = h;
    }
    Arrays.sort(shingleHashes);
    long[] minima = new long[SIZE];
    Arrays.fill(minima, Long.MAX_VALUE);
    long previous = 0;
    int distinct = 0;
    for (int i = 0; i < shingles; i++) {
      long shingle = shingleHashes[i];
      if (i > 0 && shingle == previous) {
        continue;
      }
      previous = shingle;
      distinct++;
      for (int k = 0; k < SIZE; k++) {
        long value = mix(shingle ^ SEEDS[k]) >>> 1;
        if (value < minima[k]) {
          minima[k] = value;
        }
      }
    }
    int[] signature = new int[SIZE];
    for (int k = 0; k < SIZE; k++) {
      signature[k] = (int) (minima[k] >>> 31);
    }
    return new ContentSignature(textHash(wordHashes), distinct, signature);
  }

  /** The Jaccard similarity of the two shingle sets, estimated from the signatures (0 when either is empty). */
  public double estimatedJaccard(ContentSignature other) {
    return estimatedJaccard(minHashes, other.minHashes);
  }

  public static double estimatedJaccard(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int equal = 0;
    for (int k = 0; k < a.length; k++) {
      if (a[k] == b[k]) {
        equal++;
      }
    }
    return equal / (double) a.length;
  }

  /** The signature as stored: {@value #SIZE} big-endian 32-bit values (empty for an empty text). */
  public byte[] minHashBytes() {
    ByteBuffer buffer = ByteBuffer.allocate(minHashes.length * 4);
    for (int value : minHashes) {
      buffer.putInt(value);
    }
    return buffer.array();
  }

  /** Reads a signature written by {@link #minHashBytes}. */
  public static int[] minHashesOf(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return new int[0];
    }
    if (bytes.length != SIZE * 4) {
      throw new IllegalArgumentException("a stored MinHash signature has " + SIZE * 4 + " bytes, not " + bytes.length);
    }
    int[] values = new int[SIZE];
    ByteBuffer.wrap(bytes).asIntBuffer().get(values);
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContentSignature s && s.textHash.equals(textHash) && s.shingleCount == shingleCount
        && Arrays.equals(s.minHashes, minHashes);
  }

  @Override
  public int hashCode() {
    return textHash.hashCode();
  }

  @Override
  public String toString() {
    return "ContentSignature[" + textHash + ", " + shingleCount + " shingles]";
  }

  /** 64-bit hashes of the lower-cased words, in order. */
  private static long[] wordHashes(String text) {
    long[] hashes = new long[Math.max(16, text.length() / 5)];
    int count = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      long h = 0xcbf29ce484222325L;
      while (i < n) {
        cp = text.codePointAt(i);
        if (!Character.isLetterOrDigit(cp)) {
          break;
        }
        h = (h ^ Character.toLowerCase(cp)) * 0x100000001b3L;
        i += Character.charCount(cp);
      }
      if (count == hashes.length) {
        hashes = Arrays.copyOf(hashes, count * 2);
      }
      hashes[count++] = mix(h);
    }
    return Arrays.copyOf(hashes, count);
  }

  /** SHA-256 of the word hashes: equal exactly when the word sequences are (up to case and punctuation). */
  private static String textHash(long[] wordHashes) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      ByteBuffer buffer = ByteBuffer.allocate(wordHashes.length * 8);
      for (long h : wordHashes) {
        buffer.putLong(h);
      }
      digest.update(buffer.array());
      digest.update(String.valueOf(wordHashes.length).getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  /** The SplitMix64 finaliser: a bijective mixing of 64 bits. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] seeds = new long[SIZE];
    long state = 0x616e6e616c697374L;
    for (int k = 0; k < SIZE; k++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[k] = mix(state);
    }
    return seeds;
  }
}
