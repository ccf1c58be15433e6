package org.annalist.quotes.eval;

import java.util.List;
import org.annalist.quotes.extract.Span;

/** A system attribution as scored: the quotes sharing one cue form one attribution. */
public record PredictedAttribution(List<Span> content, boolean direct, Span cue, Span mention, String speaker) {}
