package org.annalist.consumer.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.annalist.core.cas.TypeSystemExport;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.XMLSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * Writes every document as an XMI file (XML 1.0, all views), readable by the UIMA CAS Editor,
 * INCEpTION and DKPro Core, and the run's merged type system (plugin types included) as
 * {@code TypeSystem.xml} in the output folder, which those tools need to open the files.
 * Characters that XML 1.0 forbids are written as U+FFFD instead of failing the document;
 * offsets stay valid.
 */
@ResourceMetaData(name = "XMI writer", description = "One UIMA XMI file per document.")
public class XmiWriter extends PerDocumentFileConsumer {

  private static final Logger LOG = LoggerFactory.getLogger(XmiWriter.class);

  public static final String PARAM_PRETTY_PRINT = "prettyPrint";

  @ConfigurationParameter(name = PARAM_PRETTY_PRINT, mandatory = false, defaultValue = "false",
      description = "Indent the XML (bigger files, easier to read).")
  private boolean prettyPrint;

  @Override
  protected String extension() {
    return ".xmi";
  }

  private TypeSystem typeSystemWritten;

  @Override
  public void process(JCas jcas) throws AnalysisEngineProcessException {
    if (typeSystemWritten != jcas.getTypeSystem()) {
      Path target = folder().resolve(TypeSystemExport.FILE_NAME);
      try {
        AtomicFiles.write(target, out -> TypeSystemExport.write(jcas.getTypeSystem(), out));
      } catch (IOException | RuntimeException e) {
        throw new AnalysisEngineProcessException(new IOException("cannot write " + target + ": " + e.getMessage(), e));
      }
      typeSystemWritten = jcas.getTypeSystem();
    }
    super.process(jcas);
  }

  @Override
  protected void write(JCas jcas, OutputStream out) throws IOException {
    XMLSerializer xml = new XMLSerializer(out, prettyPrint);
    XmlCharacterSanitiser sanitiser = new XmlCharacterSanitiser(xml.getContentHandler());
    try {
      new XmiCasSerializer(jcas.getTypeSystem()).serialize(jcas.getCas(), sanitiser);
    } catch (SAXException e) {
      throw new IOException("XMI serialisation failed: " + e.getMessage(), e);
    }
    if (sanitiser.replacedCount() > 0) {
      LOG.info("{}: replaced {} characters that XML 1.0 does not allow by U+FFFD",
          documentId(jcas), sanitiser.replacedCount());
    }
  }
}
