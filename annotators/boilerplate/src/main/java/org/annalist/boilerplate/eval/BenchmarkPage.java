package org.annalist.boilerplate.eval;

import java.nio.file.Path;

/**
 * One page of a benchmark with its gold answer (title, author and date are null when the
 * benchmark does not give them).
 */
public record BenchmarkPage(
    String id, Path html, String url, String goldText, String goldTitle, String goldAuthor,
    String goldDate) {}
