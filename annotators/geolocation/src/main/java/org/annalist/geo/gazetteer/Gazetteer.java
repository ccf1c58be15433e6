package org.annalist.geo.gazetteer;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A compact, immutable gazetteer: places in parallel primitive arrays, names in one string pool
 * with an open-addressing hash table from {@link NameKey} to the places carrying that name
 * (most prominent first). Thread-safe once built; one instance is shared by all annotators.
 */
public final class Gazetteer {

  private static final int MAGIC = 0x414E4731; // "ANG1"
  private static final int[] NO_ENTRIES = new int[0];

  private final int size;
  private final int[] geonamesId;
  private final float[] latitude;
  private final float[] longitude;
  private final long[] population;
  private final byte[] featureClass;
  private final short[] featureCode;
  private final short[] country;
  private final int[] admin1;
  private final int[] nameStart;
  private final String namePool;
  private final String[] featureCodes;
  private final String[] countryCodes;
  private final String[] admin1Codes;
  private final String[] admin1Names;
  private final String keyPool;
  private final int[] keyStart;
  private final int[] postingStart;
  private final int[] postings;
  /** Open addressing: per slot the key's hash in the high half, key index + 1 in the low (0: empty). */
  private final long[] table;
  private final Map<String, Integer> countryEntry = new HashMap<>();
  private final Map<String, Integer> admin1Entry = new HashMap<>();

  Gazetteer(int size, int[] geonamesId, float[] latitude, float[] longitude, long[] population,
      byte[] featureClass, short[] featureCode, short[] country, int[] admin1, int[] nameStart,
      String namePool, String[] featureCodes, String[] countryCodes, String[] admin1Codes,
      String[] admin1Names, String keyPool, int[] keyStart, int[] postingStart, int[] postings) {
    this.size = size;
    this.geonamesId = geonamesId;
    this.latitude = latitude;
    this.longitude = longitude;
    this.population = population;
    this.featureClass = featureClass;
    this.featureCode = featureCode;
    this.country = country;
    this.admin1 = admin1;
    this.nameStart = nameStart;
    this.namePool = namePool;
    this.featureCodes = featureCodes;
    this.countryCodes = countryCodes;
    this.admin1Codes = admin1Codes;
    this.admin1Names = admin1Names;
    this.keyPool = keyPool;
    this.keyStart = keyStart;
    this.postingStart = postingStart;
    this.postings = postings;
    int keys = keyStart.length - 1;
    int capacity = Integer.highestOneBit(Math.max(4, keys * 2)) * 2;
    this.table = new long[capacity];
    for (int k = 0; k < keys; k++) {
      int hash = hash(keyPool, keyStart[k], keyStart[k + 1]);
      int slot = hash & (capacity - 1);
      while (table[slot] != 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      table[slot] = ((long) hash << 32) | (k + 1);
    }
    for (int e = 0; e < size; e++) {
      if (featureClass[e] == 'A') {
        String code = featureCodes[featureCode[e]];
        if (code.startsWith("PCL")) {
          countryEntry.merge(countryCodes[country[e]], e, this::moreProminent);
        } else if (code.equals("ADM1") && admin1[e] >= 0) {
          admin1Entry.merge(admin1Codes[admin1[e]], e, this::moreProminent);
        }
      }
    }
  }

  private Integer moreProminent(Integer a, Integer b) {
    return FeatureRank.of(featureClass(a), featureCode(a)) >= FeatureRank.of(featureClass(b), featureCode(b)) ? a : b;
  }

  private static int hash(CharSequence s, int begin, int end) {
    int h = 0;
    for (int i = begin; i < end; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h ^ (h >>> 16);
  }

  /** Places whose name has the given {@link NameKey}, most prominent first; empty if none. */
  public int[] lookup(CharSequence key) {
    int k = keyIndex(key);
    if (k < 0) {
      return NO_ENTRIES;
    }
    int from = postingStart[k];
    int to = postingStart[k + 1];
    int[] result = new int[to - from];
    System.arraycopy(postings, from, result, 0, result.length);
    return result;
  }

  public boolean contains(CharSequence key) {
    return keyIndex(key) >= 0;
  }

  private int keyIndex(CharSequence key) {
    int capacity = table.length;
    int hash = hash(key, 0, key.length());
    int slot = hash & (capacity - 1);
    while (true) {
      long entry = table[slot];
      if (entry == 0) {
        return -1;
      }
      // most lookups miss: comparing the stored hash first spares reading the key pool
      if ((int) (entry >>> 32) == hash) {
        int k = (int) entry - 1;
        int begin = keyStart[k];
        if (keyStart[k + 1] - begin == key.length() && regionEquals(key, begin)) {
          return k;
        }
      }
      slot = (slot + 1) & (capacity - 1);
    }
  }

  private boolean regionEquals(CharSequence key, int begin) {
    for (int i = 0; i < key.length(); i++) {
      if (keyPool.charAt(begin + i) != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  public int size() {
    return size;
  }

  /** Calls {@code consumer} with every (name key, place) pair of the index. */
  public void forEachName(java.util.function.ObjIntConsumer<String> consumer) {
    for (int k = 0; k + 1 < keyStart.length; k++) {
      String key = keyPool.substring(keyStart[k], keyStart[k + 1]);
      for (int p = postingStart[k]; p < postingStart[k + 1]; p++) {
        consumer.accept(key, postings[p]);
      }
    }
  }

  public int nameCount() {
    return keyStart.length - 1;
  }

  public long geonamesId(int e) {
    return geonamesId[e];
  }

  public String name(int e) {
    return namePool.substring(nameStart[e], nameStart[e + 1]);
  }

  public double latitude(int e) {
    return latitude[e];
  }

  public double longitude(int e) {
    return longitude[e];
  }

  public long population(int e) {
    return population[e];
  }

  public char featureClass(int e) {
    return (char) featureClass[e];
  }

  public String featureCode(int e) {
    return featureCodes[featureCode[e]];
  }

  public String countryCode(int e) {
    return countryCodes[country[e]];
  }

  /** GeoNames admin1 code with its country prefix (IQ.01), or null. */
  public String admin1Code(int e) {
    return admin1[e] < 0 ? null : admin1Codes[admin1[e]];
  }

  public String admin1Name(int e) {
    return admin1[e] < 0 ? null : admin1Names[admin1[e]];
  }

  /** The country entry for an ISO code, or -1. */
  public int countryEntry(String countryCode) {
    return countryEntry.getOrDefault(countryCode, -1);
  }

  /** The first-level division entry for a code like IQ.01, or -1. */
  public int admin1Entry(String admin1Code) {
    return admin1Entry.getOrDefault(admin1Code, -1);
  }

  public boolean isCountry(int e) {
    return FeatureRank.isCountry(featureClass(e), featureCode(e));
  }

  public boolean isAdmin1(int e) {
    return FeatureRank.isAdmin1(featureClass(e), featureCode(e));
  }

  /** Approximate heap bytes of the arrays and pools (for reporting). */
  public long approximateBytes() {
    long bytes = (long) size * (4 + 4 + 4 + 8 + 1 + 2 + 2 + 4 + 4);
    bytes += namePool.length() * 2L + keyPool.length() * 2L;
    bytes += (keyStart.length + postingStart.length + postings.length) * 4L + table.length * 8L;
    return bytes;
  }

  // ---- serialisation ----

  public void write(OutputStream target) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(target, 1 << 16), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(size);
      writeInts(out, geonamesId);
      for (int e = 0; e < size; e++) {
        out.writeFloat(latitude[e]);
        out.writeFloat(longitude[e]);
        out.writeLong(population[e]);
      }
      out.write(featureClass, 0, size);
      for (int e = 0; e < size; e++) {
        out.writeShort(featureCode[e]);
        out.writeShort(country[e]);
      }
      writeInts(out, admin1);
      writeInts(out, nameStart);
      writeString(out, namePool);
      writeStrings(out, featureCodes);
      writeStrings(out, countryCodes);
      writeStrings(out, admin1Codes);
      writeStrings(out, admin1Names);
      writeString(out, keyPool);
      writeInts(out, keyStart);
      writeInts(out, postingStart);
      writeInts(out, postings);
    }
  }

  public static Gazetteer read(InputStream source) throws IOException {
    byte[] bytes;
    try (InputStream in = new GZIPInputStream(source, 1 << 16)) {
      bytes = in.readAllBytes();
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    if (buffer.getInt() != MAGIC) {
      throw new IOException("not an Annalist gazetteer index");
    }
    int size = buffer.getInt();
    int[] ids = readInts(buffer);
    float[] lat = new float[size];
    float[] lon = new float[size];
    long[] pop = new long[size];
    for (int e = 0; e < size; e++) {
      lat[e] = buffer.getFloat();
      lon[e] = buffer.getFloat();
      pop[e] = buffer.getLong();
    }
    byte[] fclass = new byte[size];
    buffer.get(fclass);
    short[] fcode = new short[size];
    short[] cc = new short[size];
    for (int e = 0; e < size; e++) {
      fcode[e] = buffer.getShort();
      cc[e] = buffer.getShort();
    }
    int[] admin1 = readInts(buffer);
    int[] nameStart = readInts(buffer);
    String namePool = readString(buffer);
    String[] codes = readStrings(buffer);
    String[] countries = readStrings(buffer);
    String[] admin1Codes = readStrings(buffer);
    String[] admin1Names = readStrings(buffer);
    String keyPool = readString(buffer);
    int[] keyStart = readInts(buffer);
    int[] postingStart = readInts(buffer);
    int[] postings = readInts(buffer);
    return new Gazetteer(size, ids, lat, lon, pop, fclass, fcode, cc, admin1, nameStart,
        namePool, codes, countries, admin1Codes, admin1Names, keyPool, keyStart, postingStart,
        postings);
  }

  private static int[] readInts(ByteBuffer buffer) {
    int[] values = new int[buffer.getInt()];
    buffer.asIntBuffer().get(values);
    buffer.position(buffer.position() + values.length * 4);
    return values;
  }

  private static String readString(ByteBuffer buffer) {
    int length = buffer.getInt();
    String value = new String(buffer.array(), buffer.position(), length, StandardCharsets.UTF_8);
    buffer.position(buffer.position() + length);
    return value;
  }

  private static String[] readStrings(ByteBuffer buffer) {
    String[] values = new String[buffer.getInt()];
    for (int i = 0; i < values.length; i++) {
      values[i] = readString(buffer);
    }
    return values;
  }

  private static void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    for (int v : values) {
      out.writeInt(v);
    }
  }

  private static void writeString(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static void writeStrings(DataOutputStream out, String[] values) throws IOException {
    out.writeInt(values.length);
    for (String v : values) {
      writeString(out, v == null ? "" : v);
    }
  }

}
