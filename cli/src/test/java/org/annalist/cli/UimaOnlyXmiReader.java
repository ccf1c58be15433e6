package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.apache.uima.cas.CAS;

/**
 * Reads an XMI file the way a tool without Annalist does: a class compiled here against
 * uimaj-core alone, loaded with uimaj-core and its one dependency slf4j-api (no Annalist class,
 * no plugin), given only the XMI file and TypeSystem.xml. It deserialises strictly (an undeclared type or feature fails)
 * and lists every view and every primitive feature value of every indexed feature structure.
 */
final class UimaOnlyXmiReader {

  private static final String SOURCE = """
      import java.io.*;
      import java.util.*;
      import org.apache.uima.UIMAFramework;
      import org.apache.uima.cas.*;
      import org.apache.uima.cas.impl.XmiCasDeserializer;
      import org.apache.uima.resource.metadata.TypeSystemDescription;
      import org.apache.uima.util.*;
      public class XmiSummary {
        public static List<String> summarise(String typeSystem, String xmi) throws Exception {
          TypeSystemDescription types = UIMAFramework.getXMLParser()
              .parseTypeSystemDescription(new XMLInputSource(new File(typeSystem)));
          CAS cas = CasCreationUtils.createCas(types, null, null);
          try (InputStream in = new FileInputStream(xmi)) {
            XmiCasDeserializer.deserialize(in, cas, false);
          }
          List<String> out = new ArrayList<>();
          out.add("loaded by " + cas.getClass().getClassLoader().getName());
          for (Iterator<CAS> views = cas.getViewIterator(); views.hasNext(); ) {
            CAS view = views.next();
            String text = view.getDocumentText() == null ? "" : view.getDocumentText();
            out.add("view " + view.getViewName() + " starts " + text.substring(0, Math.min(6, text.length())));
            for (FeatureStructure fs : view.select().asList()) {
              for (Feature f : fs.getType().getFeatures()) {
                if (f.getRange().isPrimitive() && fs.getFeatureValueAsString(f) != null) {
                  out.add(fs.getType().getShortName() + "." + f.getShortName() + "=" + fs.getFeatureValueAsString(f));
                }
              }
            }
          }
          return out;
        }
      }
      """;

  private UimaOnlyXmiReader() {}

  @SuppressWarnings("unchecked")
  static List<String> summarise(Path typeSystem, Path xmi, Path workDir) throws Exception {
    Path uimaCore = jarOf(CAS.class);
    Path src = Files.createDirectories(workDir.resolve("xmi-reader-src"));
    Path classes = Files.createDirectories(workDir.resolve("xmi-reader-classes"));
    Files.writeString(src.resolve("XmiSummary.java"), SOURCE);
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
        "-cp", uimaCore.toString(), src.resolve("XmiSummary.java").toString());
    assertThat(status).as("the reader compiles against uimaj-core alone").isZero();
    URL[] path = {uimaCore.toUri().toURL(), jarOf(org.slf4j.Logger.class).toUri().toURL(), classes.toUri().toURL()};
    try (URLClassLoader uimaOnly = new URLClassLoader("uimaj-core-only", path, ClassLoader.getPlatformClassLoader())) {
      assertThat(canLoad(uimaOnly, "org.annalist.type.DocumentMetadata")).isFalse();
      Method summarise = uimaOnly.loadClass("XmiSummary").getMethod("summarise", String.class, String.class);
      return (List<String>) summarise.invoke(null, typeSystem.toString(), xmi.toString());
    }
  }

  private static boolean canLoad(ClassLoader loader, String name) {
    try {
      loader.loadClass(name);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static Path jarOf(Class<?> type) throws IOException {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
