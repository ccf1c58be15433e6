package org.annalist.core.plugin;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.annalist.core.pipeline.ConfigurationProblem;
import org.apache.uima.UIMAFramework;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.spi.TypeSystemDescriptionProvider;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;

/**
 * Finds UIMA types that two jars define differently (another supertype or other features).
 * UIMA would merge such definitions silently into one type whose features neither jar knows
 * in full; here they are an error naming both jars.
 */
public final class TypeDefinitionConflicts {

  private record Definition(String source, String signature) {}

  private TypeDefinitionConflicts() {}

  /** The conflicts among the type systems uimaFIT finds through {@code classLoader}, one problem each. */
  public static List<ConfigurationProblem> find(ClassLoader classLoader) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(classLoader);
    try {
      Map<String, Definition> first = new LinkedHashMap<>();
      List<ConfigurationProblem> problems = new ArrayList<>();
      for (String location : TypeSystemDescriptionFactory.scanTypeDescriptors()) {
        URL url = new URL(location);
        TypeSystemDescription description =
            UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(url));
        compare(PluginErrors.path(url), description, first, problems);
      }
      for (TypeSystemDescriptionProvider provider : ServiceLoader.load(TypeSystemDescriptionProvider.class, classLoader)) {
        String source = PluginErrors.origin(provider.getClass());
        for (TypeSystemDescription description : provider.listTypeSystemDescriptions()) {
          compare(source, description, first, problems);
        }
      }
      return problems;
    } catch (ResourceInitializationException | IOException | InvalidXMLException e) {
      return List.of(new ConfigurationProblem("(type systems)", 0, "cannot read a type system: " + e.getMessage()));
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static void compare(String source, TypeSystemDescription description, Map<String, Definition> first,
      List<ConfigurationProblem> problems) {
    for (TypeDescription type : description.getTypes()) {
      Definition definition = new Definition(source, signature(type));
      Definition earlier = first.putIfAbsent(type.getName(), definition);
      if (earlier != null && !earlier.source().equals(source) && !earlier.signature().equals(definition.signature())) {
        problems.add(new ConfigurationProblem(source, 0, "type " + type.getName() + " is defined here as "
            + definition.signature() + " but " + earlier.source() + " defines it as " + earlier.signature()
            + ": make the two definitions agree (share one types jar) or remove one of the plugins"));
      }
    }
  }

  private static String signature(TypeDescription type) {
    TreeSet<String> features = new TreeSet<>();
    for (FeatureDescription feature : type.getFeatures()) {
      features.add(feature.getName() + ":" + shortName(feature.getRangeTypeName())
          + (feature.getElementType() == null ? "" : "<" + shortName(feature.getElementType()) + ">"));
    }
    return shortName(type.getSupertypeName()) + features;
  }

  private static String shortName(String type) {
    return type == null ? "?" : type.substring(type.lastIndexOf('.') + 1);
  }
}
