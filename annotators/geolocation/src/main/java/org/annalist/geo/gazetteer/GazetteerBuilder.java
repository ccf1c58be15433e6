package org.annalist.geo.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects places and their names, then compiles them into a {@link Gazetteer}. */
public final class GazetteerBuilder {

  private final List<PlaceRecord> places = new ArrayList<>();
  private final Map<String, int[]> names = new HashMap<>();
  private final Map<String, Integer> nameCounts = new HashMap<>();
  private final Map<String, String> admin1Names = new LinkedHashMap<>();

  public int size() {
    return places.size();
  }

  public PlaceRecord place(int index) {
    return places.get(index);
  }

  public List<PlaceRecord> places() {
    return places;
  }

  /** Adds a place under its own name; returns its index. */
  public int add(PlaceRecord place) {
    places.add(place);
    int index = places.size() - 1;
    addName(index, place.name());
    return index;
  }

  /** Adds another name (alternate spelling, transliteration) for a place. */
  public void addName(int index, String name) {
    if (name == null || name.isBlank()) {
      return;
    }
    String key = NameKey.of(name);
    if (key.isEmpty()) {
      return;
    }
    int count = nameCounts.getOrDefault(key, 0);
    int[] list = names.get(key);
    if (list == null) {
      list = new int[2];
      names.put(key, list);
    } else {
      for (int i = 0; i < count; i++) {
        if (list[i] == index) {
          return;
        }
      }
      if (count == list.length) {
        list = Arrays.copyOf(list, count * 2);
        names.put(key, list);
      }
    }
    list[count] = index;
    nameCounts.put(key, count + 1);
  }

  /** Records the display name of a first-level division code (IQ.01 -> Anbar). */
  public void admin1Name(String code, String name) {
    admin1Names.put(code, name);
  }

  public String admin1Name(String code) {
    return admin1Names.get(code);
  }

  public Map<String, String> admin1Names() {
    return admin1Names;
  }

  public Gazetteer build() {
    int size = places.size();
    int[] ids = new int[size];
    float[] lat = new float[size];
    float[] lon = new float[size];
    long[] pop = new long[size];
    byte[] fclass = new byte[size];
    short[] fcode = new short[size];
    short[] cc = new short[size];
    int[] admin1 = new int[size];
    int[] nameStart = new int[size + 1];
    StringBuilder namePool = new StringBuilder();
    Pool codes = new Pool();
    Pool countries = new Pool();
    Map<String, Integer> admin1Index = new HashMap<>();
    List<String> admin1Codes = new ArrayList<>();
    List<String> admin1Display = new ArrayList<>();
    for (int e = 0; e < size; e++) {
      PlaceRecord p = places.get(e);
      ids[e] = (int) p.geonamesId();
      lat[e] = (float) p.latitude();
      lon[e] = (float) p.longitude();
      pop[e] = p.population();
      fclass[e] = (byte) p.featureClass();
      fcode[e] = (short) codes.index(p.featureCode());
      cc[e] = (short) countries.index(p.countryCode());
      if (p.admin1Code() == null) {
        admin1[e] = -1;
      } else {
        admin1[e] = admin1Index.computeIfAbsent(p.admin1Code(), code -> {
          admin1Codes.add(code);
          admin1Display.add(admin1Names.getOrDefault(code, ""));
          return admin1Codes.size() - 1;
        });
      }
      nameStart[e] = namePool.length();
      namePool.append(p.name());
    }
    nameStart[size] = namePool.length();

    double[] prominence = new double[size];
    for (int e = 0; e < size; e++) {
      prominence[e] = places.get(e).prominence();
    }
    List<String> keys = new ArrayList<>(names.keySet());
    keys.sort(null);
    StringBuilder keyPool = new StringBuilder();
    int[] keyStart = new int[keys.size() + 1];
    int[] postingStart = new int[keys.size() + 1];
    int total = 0;
    for (String key : keys) {
      total += nameCounts.get(key);
    }
    int[] postings = new int[total];
    int at = 0;
    for (int k = 0; k < keys.size(); k++) {
      String key = keys.get(k);
      keyStart[k] = keyPool.length();
      keyPool.append(key);
      postingStart[k] = at;
      int count = nameCounts.get(key);
      Integer[] sorted = new Integer[count];
      int[] list = names.get(key);
      for (int i = 0; i < count; i++) {
        sorted[i] = list[i];
      }
      Arrays.sort(sorted, (a, b) -> Double.compare(prominence[b], prominence[a]));
      for (Integer e : sorted) {
        postings[at++] = e;
      }
    }
    keyStart[keys.size()] = keyPool.length();
    postingStart[keys.size()] = at;
    return new Gazetteer(size, ids, lat, lon, pop, fclass, fcode, cc, admin1, nameStart,
        namePool.toString(), codes.values(), countries.values(), admin1Codes.toArray(String[]::new),
        admin1Display.toArray(String[]::new), keyPool.toString(), keyStart, postingStart, postings);
  }

  private static final class Pool {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    int index(String value) {
      String v = value == null ? "" : value;
      return index.computeIfAbsent(v, x -> {
        values.add(x);
        return values.size() - 1;
      });
    }

    String[] values() {
      return values.toArray(String[]::new);
    }
  }
}
