package org.annalist.boilerplate.text;

import org.annalist.boilerplate.BlockKind;
import org.annalist.boilerplate.Reason;

/**
 * A classified stretch [begin, end) of a plain text (a line or part of one).
 *
 * @param reason why the stretch is furniture (null for content)
 */
public record TextSegment(int begin, int end, BlockKind kind, boolean content, Reason reason) {}
