package org.annalist.core.cas;

import java.net.URL;
import java.util.Collection;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.cas.CAS;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.collection.CollectionReaderDescription;
import org.apache.uima.internal.util.UIMAClassLoader;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.metadata.MetaDataObject;
import org.apache.uima.util.CasCreationUtils;

/**
 * Creates CASes, readers and engines whose UIMA resource manager sees a given class loader
 * (the plugins' one), so that a plugin's own JCas classes are bound to its types.
 *
 * <p>UIMA binds JCas classes to types when a CAS's type system is committed, through the
 * resource manager's extension class loader; a CAS made with the default resource manager
 * only sees the class path, and {@code new Keyword(jcas, ...)} in a plugin then fails with
 * "JCas type ... used in Java code, but was not declared in the XML type descriptor". Every
 * CAS, reader and engine of a run is made here with one shared extension class loader per
 * plugin class loader, so the CAS never has to switch class loaders between components.
 */
public final class PluginAwareUima {

  private static final ClassLoader HOST = PluginAwareUima.class.getClassLoader();
  private static final Map<ClassLoader, UIMAClassLoader> EXTENSIONS = new WeakHashMap<>();

  private PluginAwareUima() {}

  /**
   * A new resource manager whose extension class loader delegates to {@code classLoader}; the
   * default resource manager when {@code classLoader} is null or the host's own.
   */
  public static ResourceManager resourceManager(ClassLoader classLoader) {
    ResourceManager manager = UIMAFramework.newDefaultResourceManager();
    if (classLoader != null && classLoader != HOST) {
      manager.setExtensionClassLoader(extension(classLoader), true);
    }
    return manager;
  }

  /** A CAS with the merged type system of the given component metadata. */
  public static CAS createCas(Collection<? extends MetaDataObject> metadata, ClassLoader classLoader)
      throws ResourceInitializationException {
    return CasCreationUtils.createCas(metadata, null, resourceManager(classLoader));
  }

  public static AnalysisEngine createEngine(AnalysisEngineDescription description, ClassLoader classLoader)
      throws ResourceInitializationException {
    return UIMAFramework.produceAnalysisEngine(description, resourceManager(classLoader), null);
  }

  public static CollectionReader createReader(CollectionReaderDescription description, ClassLoader classLoader)
      throws ResourceInitializationException {
    return UIMAFramework.produceCollectionReader(description, resourceManager(classLoader), null);
  }

  /** The class loader itself when it is a UIMA one, else one UIMA class loader in front of it. */
  private static UIMAClassLoader extension(ClassLoader classLoader) {
    if (classLoader instanceof UIMAClassLoader uima) {
      return uima;
    }
    synchronized (EXTENSIONS) {
      return EXTENSIONS.computeIfAbsent(classLoader, parent -> new UIMAClassLoader(new URL[0], parent));
    }
  }
}
