package org.annalist.geo.eval;

import java.util.List;

/** A benchmark article: its text and gold toponyms. */
public record GoldDocument(String id, String text, List<GoldToponym> toponyms) {}
