package org.annalist.core.plugin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.uima.resource.metadata.Capability;
import org.apache.uima.resource.metadata.ResourceMetaData;
import org.apache.uima.analysis_engine.metadata.AnalysisEngineMetaData;

/**
 * The languages an annotator supports, as it declares them with UIMA's own language capability
 * (uimaFIT: {@code @LanguageCapability({"en"})} on the class). No declaration, an empty one or
 * {@code x-unspecified} means every language. The pipeline runner skips an annotator for a
 * document whose language (the CAS document language) it does not support, and records why.
 * Languages match on their primary subtag, case-insensitively: {@code en} supports {@code en-GB}.
 */
public final class LanguageSupport {

  /** UIMA's value for "no language known" (the CAS default) and "any language" (in a capability). */
  public static final String UNSPECIFIED = "x-unspecified";

  private static final LanguageSupport ANY = new LanguageSupport(Set.of());

  private final Set<String> languages;

  private LanguageSupport(Set<String> languages) {
    this.languages = languages;
  }

  public static LanguageSupport any() {
    return ANY;
  }

  public static LanguageSupport of(String... languages) {
    Set<String> codes = new TreeSet<>();
    for (String language : languages) {
      String code = primarySubtag(language);
      if (code == null) {
        return ANY;
      }
      codes.add(code);
    }
    return codes.isEmpty() ? ANY : new LanguageSupport(Set.copyOf(codes));
  }

  /** What a component's descriptor declares: the union of its capabilities' languages. */
  public static LanguageSupport of(ResourceMetaData metaData) {
    if (!(metaData instanceof AnalysisEngineMetaData engine) || engine.getCapabilities() == null) {
      return ANY;
    }
    Set<String> all = new TreeSet<>();
    for (Capability capability : engine.getCapabilities()) {
      String[] declared = capability.getLanguagesSupported();
      if (declared == null || declared.length == 0) {
        continue;
      }
      if (of(declared).isAny()) {
        return ANY;
      }
      all.addAll(Arrays.asList(declared));
    }
    return of(all.toArray(String[]::new));
  }

  /** What a component class declares with uimaFIT's {@code @LanguageCapability}. */
  public static LanguageSupport of(Class<?> componentClass) {
    org.apache.uima.fit.descriptor.LanguageCapability declared =
        componentClass.getAnnotation(org.apache.uima.fit.descriptor.LanguageCapability.class);
    return declared == null ? ANY : of(declared.value());
  }

  public boolean isAny() {
    return languages.isEmpty();
  }

  /** The primary subtags, sorted; empty for "every language". */
  public Set<String> languages() {
    return new TreeSet<>(languages);
  }

  /** True when the component should process a document in this language; an unknown language is supported. */
  public boolean supports(String documentLanguage) {
    String code = primarySubtag(documentLanguage);
    return isAny() || code == null || languages.contains(code);
  }

  /** e.g. {@code "en"} or {@code "de, en"}; {@code "any"} for every language. */
  @Override
  public String toString() {
    return isAny() ? "any" : String.join(", ", languages());
  }

  /** {@code en-GB -> en}; null for blank, {@code x-unspecified} or another private-use tag. */
  public static String primarySubtag(String tag) {
    if (tag == null) {
      return null;
    }
    String trimmed = tag.trim().toLowerCase(Locale.ROOT);
    if (trimmed.isEmpty() || trimmed.startsWith("x-") || trimmed.equals("und")) {
      return null;
    }
    int dash = trimmed.indexOf('-');
    int underscore = trimmed.indexOf('_');
    int end = dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
    return end < 0 ? trimmed : trimmed.substring(0, end);
  }
}
