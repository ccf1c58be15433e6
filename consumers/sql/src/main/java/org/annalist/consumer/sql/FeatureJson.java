package org.annalist.consumer.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * The features of any annotation as a JSON object, read through the generic CAS API so that
 * types unknown at compile time (third-party plugins) are stored too. Primitive features and
 * arrays of them are kept as values; a feature pointing at another annotation becomes
 * {@code {"type", "begin", "end"}}; other references and unset values are left out.
 */
public final class FeatureJson {

  private final ObjectMapper mapper = new ObjectMapper();

  public String of(Annotation annotation) {
    ObjectNode json = mapper.createObjectNode();
    TypeSystem typeSystem = annotation.getCAS().getTypeSystem();
    for (Feature feature : annotation.getType().getFeatures()) {
      String name = feature.getShortName();
      if (name.equals(CAS.FEATURE_BASE_NAME_SOFA) || name.equals(CAS.FEATURE_BASE_NAME_BEGIN)
          || name.equals(CAS.FEATURE_BASE_NAME_END)) {
        continue;
      }
      put(json, annotation, feature, typeSystem);
    }
    try {
      return mapper.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the features of " + annotation.getType().getName(), e);
    }
  }

  private static void put(ObjectNode json, FeatureStructure fs, Feature feature, TypeSystem typeSystem) {
    String name = feature.getShortName();
    Type range = feature.getRange();
    switch (range.getName()) {
      case CAS.TYPE_NAME_STRING -> {
        String value = fs.getStringValue(feature);
        if (value != null) {
          json.put(name, value);
        }
      }
      case CAS.TYPE_NAME_BOOLEAN -> json.put(name, fs.getBooleanValue(feature));
      case CAS.TYPE_NAME_BYTE -> json.put(name, fs.getByteValue(feature));
      case CAS.TYPE_NAME_SHORT -> json.put(name, fs.getShortValue(feature));
      case CAS.TYPE_NAME_INTEGER -> json.put(name, fs.getIntValue(feature));
      case CAS.TYPE_NAME_LONG -> json.put(name, fs.getLongValue(feature));
      case CAS.TYPE_NAME_FLOAT -> putDouble(json, name, fs.getFloatValue(feature));
      case CAS.TYPE_NAME_DOUBLE -> putDouble(json, name, fs.getDoubleValue(feature));
      default -> putComplex(json, fs, feature, typeSystem);
    }
  }

  private static void putDouble(ObjectNode json, String name, double value) {
    if (Double.isFinite(value)) {
      json.put(name, value);
    }
  }

  private static void putComplex(ObjectNode json, FeatureStructure fs, Feature feature, TypeSystem typeSystem) {
    String name = feature.getShortName();
    if (typeSystem.subsumes(typeSystem.getType(CAS.TYPE_NAME_STRING), feature.getRange())) {
      // a string subtype with allowed values
      String value = fs.getStringValue(feature);
      if (value != null) {
        json.put(name, value);
      }
      return;
    }
    FeatureStructure value = fs.getFeatureValue(feature);
    if (value == null) {
      return;
    }
    if (value instanceof Annotation target) {
      ObjectNode ref = json.putObject(name);
      ref.put("type", target.getType().getName());
      ref.put("begin", target.getBegin());
      ref.put("end", target.getEnd());
    } else if (value instanceof org.apache.uima.jcas.cas.StringArray strings) {
      ArrayNode array = json.putArray(name);
      strings.forEach(array::add);
    } else if (value instanceof org.apache.uima.jcas.cas.IntegerArray ints) {
      ArrayNode array = json.putArray(name);
      for (int i = 0; i < ints.size(); i++) {
        array.add(ints.get(i));
      }
    } else if (value instanceof org.apache.uima.jcas.cas.DoubleArray doubles) {
      ArrayNode array = json.putArray(name);
      for (int i = 0; i < doubles.size(); i++) {
        array.add(doubles.get(i));
      }
    }
  }
}
