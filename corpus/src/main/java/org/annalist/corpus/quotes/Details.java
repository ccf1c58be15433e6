package org.annalist.corpus.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the fields of a group's {@code details} and {@code members} as earlier runs wrote them and as
 * they come back from JSON (numbers as any {@link Number}, lists as any {@link List}).
 */
public final class Details {

  private Details() {}

  public static String string(Map<String, Object> map, String key) {
    Object value = map == null ? null : map.get(key);
    return value == null ? null : value.toString();
  }

  public static double number(Map<String, Object> map, String key, double fallback) {
    Object value = map == null ? null : map.get(key);
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (value instanceof String text) {
      try {
        return Double.parseDouble(text);
      } catch (NumberFormatException e) {
        return fallback;
      }
    }
    return fallback;
  }

  public static List<String> strings(Map<String, Object> map, String key) {
    List<String> strings = new ArrayList<>();
    if (map != null && map.get(key) instanceof List<?> list) {
      for (Object item : list) {
        if (item != null) {
          strings.add(item.toString());
        }
      }
    }
    return strings;
  }

  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> maps(Map<String, Object> map, String key) {
    List<Map<String, Object>> maps = new ArrayList<>();
    if (map != null && map.get(key) instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> entry) {
          maps.add((Map<String, Object>) entry);
        }
      }
    }
    return maps;
  }
}
