package org.annalist.core.cas;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.TypeSystemUtil;
import org.xml.sax.SAXException;

/**
 * The type system as a {@code TypeSystem.xml} descriptor, which tools that read XMI (the UIMA CAS
 * Editor, INCEpTION, dkpro-cassis, plain uimaj-core) need beside the files.
 */
public final class TypeSystemExport {

  /** The usual file name beside XMI files. */
  public static final String FILE_NAME = "TypeSystem.xml";

  private TypeSystemExport() {}

  /** Writes a CAS's type system (every type of the run, plugins' included) as a descriptor. */
  public static void write(TypeSystem typeSystem, OutputStream out) throws IOException {
    try {
      TypeSystemUtil.typeSystem2TypeSystemDescription(typeSystem).toXML(out);
    } catch (SAXException e) {
      throw new IOException("cannot write the type system: " + e.getMessage(), e);
    }
  }

  /**
   * The type system a run's CASes get: every type system uimaFIT finds through
   * {@code classLoader} (the host's and the plugins'), merged as for a CAS.
   */
  public static TypeSystem merged(ClassLoader classLoader) throws ResourceInitializationException {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(classLoader);
    try {
      TypeSystemDescription all = TypeSystemDescriptionFactory.createTypeSystemDescription();
      CAS cas = PluginAwareUima.createCas(List.of(all), classLoader);
      return cas.getTypeSystem();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
