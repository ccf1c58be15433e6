package org.annalist.boilerplate.text;

import java.util.List;
import org.annalist.boilerplate.PageMetadata;

/** The classified lines of a plain text and what they told about the article. */
public record PlainTextResult(List<TextSegment> segments, PageMetadata metadata) {}
