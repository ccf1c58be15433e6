package org.annalist.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.core.reader.DocumentReadException;
import org.annalist.type.DocumentMetadata;
import org.apache.uima.UIMAFramework;
import org.apache.uima.UimaContext;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASException;
import org.apache.uima.collection.CollectionException;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.collection.CollectionReaderDescription;
import org.apache.uima.fit.component.CasCollectionReader_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.Progress;
import org.apache.uima.util.XMLInputSource;
import org.xml.sax.SAXException;

/**
 * Runs the pipeline's own reader over one partition's list file and gives its documents the ids
 * the local runner gives them. A reader handed a list file in a scratch folder names the files
 * by absolute path; the local runner, reading the input folder itself, names them relative to
 * it. This reader strips the input folder from ids, in the CAS, in read failures and in the
 * resume check, so outputs, {@code failures.jsonl} and {@code completed.tsv} use the same ids
 * on Spark as locally.
 */
public class RebasingReader extends CasCollectionReader_ImplBase {

  public static final String PARAM_READER_XML = "readerDescriptionXml";
  public static final String PARAM_ID_BASE = "idBase";

  @ConfigurationParameter(name = PARAM_READER_XML, description = "The wrapped reader's UIMA description, as XML.")
  private String readerDescriptionXml;

  @ConfigurationParameter(name = PARAM_ID_BASE,
      description = "Absolute folder that is stripped from the start of document ids.")
  private String idBase;

  @ConfigurationParameter(name = ComponentParameters.SOURCE_LOCATION, mandatory = false,
      description = "The wrapped reader's sourceLocation, kept out of its description so that the pipeline's "
          + "fingerprint (which leaves sourceLocation out) is the same for every run of the job.")
  private String sourceLocation;

  private CollectionReader inner;
  private String prefix;

  /** A description of this reader around {@code inner}, keeping the inner reader's type system. */
  public static CollectionReaderDescription around(CollectionReaderDescription inner, String idBase)
      throws ResourceInitializationException {
    StringWriter xml = new StringWriter();
    CollectionReaderDescription placeless = (CollectionReaderDescription) inner.clone();
    Object source = placeless.getCollectionReaderMetaData().getConfigurationParameterSettings()
        .getParameterValue(ComponentParameters.SOURCE_LOCATION);
    if (source != null) {
      placeless.getCollectionReaderMetaData().getConfigurationParameterSettings()
          .setParameterValue(ComponentParameters.SOURCE_LOCATION, "");
    }
    try {
      placeless.toXML(xml);
    } catch (SAXException | IOException e) {
      throw new ResourceInitializationException(e);
    }
    Class<? extends RebasingReader> type = inner.getImplementationName() != null && isResumable(inner)
        ? ResumableRebasingReader.class : RebasingReader.class;
    CollectionReaderDescription outer = source == null
        ? CollectionReaderFactory.createReaderDescription(type, PARAM_READER_XML, xml.toString(), PARAM_ID_BASE, idBase)
        : CollectionReaderFactory.createReaderDescription(type, PARAM_READER_XML, xml.toString(), PARAM_ID_BASE, idBase,
            ComponentParameters.SOURCE_LOCATION, String.valueOf(source));
    outer.getCollectionReaderMetaData().setTypeSystem(inner.getCollectionReaderMetaData().getTypeSystem());
    return outer;
  }

  private static boolean isResumable(CollectionReaderDescription description) {
    try {
      Class<?> type = Class.forName(description.getImplementationName(), false,
          Thread.currentThread().getContextClassLoader());
      return org.annalist.core.reader.ResumableReader.class.isAssignableFrom(type);
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    prefix = idBase.endsWith("/") ? idBase : idBase + "/";
    try {
      CollectionReaderDescription description = UIMAFramework.getXMLParser().parseCollectionReaderDescription(
          new XMLInputSource(new ByteArrayInputStream(readerDescriptionXml.getBytes(StandardCharsets.UTF_8)), null));
      if (sourceLocation != null) {
        description.getCollectionReaderMetaData().getConfigurationParameterSettings()
            .setParameterValue(ComponentParameters.SOURCE_LOCATION, sourceLocation);
      }
      inner = CollectionReaderFactory.createReader(description);
    } catch (InvalidXMLException e) {
      throw new ResourceInitializationException(e);
    }
  }

  protected CollectionReader inner() {
    return inner;
  }

  /** The local runner's id for an id the wrapped reader produced. */
  protected String rebase(String id) {
    return id != null && id.startsWith(prefix) ? id.substring(prefix.length()) : id;
  }

  @Override
  public boolean hasNext() throws IOException, CollectionException {
    return inner.hasNext();
  }

  @Override
  public void getNext(CAS cas) throws IOException, CollectionException {
    try {
      inner.getNext(cas);
    } catch (DocumentReadException e) {
      DocumentReadException rebased = new DocumentReadException(rebase(e.documentId()),
          e.getMessage() == null ? null : e.getMessage().replace(prefix, ""), e.getCause());
      rebased.setStackTrace(e.getStackTrace());
      throw rebased;
    }
    try {
      DocumentMetadata metadata = DocumentMetadataAccess.find(cas.getJCas());
      if (metadata != null) {
        metadata.setDocumentId(rebase(metadata.getDocumentId()));
      }
    } catch (CASException e) {
      throw new CollectionException(e);
    }
  }

  @Override
  public Progress[] getProgress() {
    return inner.getProgress();
  }

  @Override
  public void close() throws IOException {
    inner.close();
  }

  @Override
  public void destroy() {
    if (inner != null) {
      inner.destroy();
    }
    super.destroy();
  }
}
