package org.annalist.consumer.files;

import java.io.IOException;
import java.io.OutputStream;
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
 * INCEpTION and DKPro Core. Characters that XML 1.0 forbids are written as U+FFFD instead of
 * failing the document; offsets stay valid.
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
