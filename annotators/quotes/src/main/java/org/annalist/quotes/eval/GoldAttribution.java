package org.annalist.quotes.eval;

import java.util.List;
import org.annalist.quotes.extract.Span;

/** One annotated attribution: content, cue and source spans (each possibly discontinuous). */
public record GoldAttribution(String id, List<Span> content, List<Span> cue, List<Span> source) {}
