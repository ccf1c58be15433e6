package org.annalist.dkpro;

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;

/** Makes the bridge known as {@code to-dkpro} and {@code from-dkpro}. */
public final class DkproComponents implements ComponentProvider {

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(
        ComponentDescriptor.annotator("to-dkpro", AnnalistToDkpro.class,
            "DKPro Core DocumentMetaData, Sentence, Token, POS and Lemma from Annalist's, for DKPro components downstream"),
        ComponentDescriptor.annotator("from-dkpro", DkproToAnnalist.class,
            "DKPro Core POS and Lemma onto Annalist tokens (and DKPro sentences/tokens where Annalist has none)"));
  }
}
