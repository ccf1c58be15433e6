package org.annalist.reader.tika;

import java.nio.file.Path;

/**
 * A file to read and the document id it gets: its path relative to the source location, with
 * forward slashes.
 */
record SourceFile(Path path, String id) {}
