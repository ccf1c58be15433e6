package org.annalist.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.jcas.cas.CommonPrimitiveArray;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.tcas.Annotation;

/** One annotation as a canonical JSON line, as a short label, and its feature values as Java objects. */
final class AnnotationJson {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SPAN_FEATURES = Set.of("sofa", "begin", "end");
  private static final List<String> LEADING_KEYS = List.of("type", "begin", "end", "text", "features");

  private AnnotationJson() {}

  /** {@code {"type":...,"begin":...,"end":...,"text":...,"features":{...}}}, features sorted, unset ones left out. */
  static String line(Annotation annotation) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("type", annotation.getType().getName());
    line.put("begin", annotation.getBegin());
    line.put("end", annotation.getEnd());
    line.put("text", annotation.getCoveredText());
    Map<String, Object> features = new TreeMap<>();
    for (Feature feature : ownFeatures(annotation.getType())) {
      Object value = jsonValue(annotation, feature);
      if (value != null) {
        features.put(feature.getShortName(), value);
      }
    }
    if (!features.isEmpty()) {
      line.put("features", features);
    }
    return write(line);
  }

  /** An expected line rewritten in the same key order and spacing as {@link #line}. */
  static String canonical(String jsonLine) throws JsonProcessingException {
    JsonNode node = JSON.readTree(jsonLine);
    if (!(node instanceof ObjectNode object)) {
      throw new JsonProcessingException("not a JSON object") {};
    }
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (String key : LEADING_KEYS) {
      if (object.has(key)) {
        ordered.put(key, sorted(object.get(key)));
      }
    }
    Set<String> otherKeys = new TreeSet<>();
    object.fieldNames().forEachRemaining(otherKeys::add);
    otherKeys.removeAll(LEADING_KEYS);
    for (String key : otherKeys) {
      ordered.put(key, sorted(object.get(key)));
    }
    return write(ordered);
  }

  static String shortForm(Annotation annotation) {
    StringBuilder out = new StringBuilder(annotation.getType().getShortName()).append('[')
        .append(annotation.getBegin()).append('-').append(annotation.getEnd())
        .append(" \"").append(annotation.getCoveredText()).append('"');
    for (Feature feature : ownFeatures(annotation.getType())) {
      Object value = jsonValue(annotation, feature);
      if (value != null) {
        out.append(' ').append(feature.getShortName()).append('=').append(value);
      }
    }
    return out.append(']').toString();
  }

  /** The feature's value for assertions: String, boxed primitive, List for arrays, the FS for references. */
  static Object javaValue(FeatureStructure fs, Feature feature) {
    Type range = feature.getRange();
    if (range.isPrimitive()) {
      return switch (range.getName()) {
        case "uima.cas.Integer" -> fs.getIntValue(feature);
        case "uima.cas.Long" -> fs.getLongValue(feature);
        case "uima.cas.Short" -> fs.getShortValue(feature);
        case "uima.cas.Byte" -> fs.getByteValue(feature);
        case "uima.cas.Float" -> fs.getFloatValue(feature);
        case "uima.cas.Double" -> fs.getDoubleValue(feature);
        case "uima.cas.Boolean" -> fs.getBooleanValue(feature);
        default -> fs.getStringValue(feature); // String and its subtypes (allowed values)
      };
    }
    FeatureStructure value = fs.getFeatureValue(feature);
    if (value instanceof CommonPrimitiveArray<?> array) {
      return Arrays.asList(array.toStringArray());
    }
    if (value instanceof FSArray<?> array) {
      List<Object> elements = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        elements.add(array.get(i));
      }
      return elements;
    }
    return value;
  }

  static List<String> featureNames(Type type) {
    return ownFeatures(type).stream().map(Feature::getShortName).collect(Collectors.toList());
  }

  private static Object jsonValue(FeatureStructure fs, Feature feature) {
    Object value = javaValue(fs, feature);
    if (value instanceof List<?> list) {
      return list.stream().map(AnnotationJson::reference).toList();
    }
    return reference(value);
  }

  private static Object reference(Object value) {
    if (value instanceof Annotation annotation) {
      return annotation.getType().getShortName() + "[" + annotation.getBegin() + "-" + annotation.getEnd() + "]";
    }
    if (value instanceof FeatureStructure fs) {
      return fs.getType().getShortName();
    }
    return value;
  }

  private static List<Feature> ownFeatures(Type type) {
    return type.getFeatures().stream()
        .filter(f -> !SPAN_FEATURES.contains(f.getShortName()) || !isAnnotationBase(f.getDomain()))
        .sorted((a, b) -> a.getShortName().compareTo(b.getShortName()))
        .toList();
  }

  private static boolean isAnnotationBase(Type domain) {
    String name = domain.getName();
    return name.equals("uima.cas.AnnotationBase") || name.equals("uima.tcas.Annotation");
  }

  private static Object sorted(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        map.put(entry.getKey(), sorted(entry.getValue()));
      }
      return map;
    }
    return node;
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }
}
