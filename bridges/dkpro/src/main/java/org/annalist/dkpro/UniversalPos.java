package org.annalist.dkpro;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_ADJ;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_ADP;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_ADV;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_AUX;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_CONJ;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_DET;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_INTJ;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_NOUN;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_NUM;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_PART;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_PRON;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_PROPN;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_PUNCT;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_SCONJ;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_SYM;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_VERB;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_X;
import org.apache.uima.jcas.JCas;

/**
 * DKPro Core's POS annotation for a part-of-speech tag: the DKPro subtype of the Universal
 * Dependencies tag (POS_NOUN for NOUN, POS_CONJ for CCONJ ...) with the tag as both fine
 * {@code PosValue} and {@code coarseValue}; any other tag (a treebank tag such as NN) as a plain
 * {@link POS} with only its {@code PosValue}.
 */
final class UniversalPos {

  private UniversalPos() {}

  static POS annotation(JCas jcas, int begin, int end, String tag) {
    POS pos = switch (tag) {
      case "ADJ" -> new POS_ADJ(jcas, begin, end);
      case "ADP" -> new POS_ADP(jcas, begin, end);
      case "ADV" -> new POS_ADV(jcas, begin, end);
      case "AUX" -> new POS_AUX(jcas, begin, end);
      case "CCONJ" -> new POS_CONJ(jcas, begin, end);
      case "DET" -> new POS_DET(jcas, begin, end);
      case "INTJ" -> new POS_INTJ(jcas, begin, end);
      case "NOUN" -> new POS_NOUN(jcas, begin, end);
      case "NUM" -> new POS_NUM(jcas, begin, end);
      case "PART" -> new POS_PART(jcas, begin, end);
      case "PRON" -> new POS_PRON(jcas, begin, end);
      case "PROPN" -> new POS_PROPN(jcas, begin, end);
      case "PUNCT" -> new POS_PUNCT(jcas, begin, end);
      case "SCONJ" -> new POS_SCONJ(jcas, begin, end);
      case "SYM" -> new POS_SYM(jcas, begin, end);
      case "VERB" -> new POS_VERB(jcas, begin, end);
      case "X" -> new POS_X(jcas, begin, end);
      default -> null;
    };
    if (pos == null) {
      pos = new POS(jcas, begin, end);
    } else {
      pos.setCoarseValue(tag);
    }
    pos.setPosValue(tag);
    return pos;
  }
}
