package org.annalist.report.site;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The report's Mustache templates (HTML-escaping by default; {@code {{{...}}}} only for markup built by the report). */
final class Templates {

  private final DefaultMustacheFactory factory = new DefaultMustacheFactory("org/annalist/report/templates");
  final Mustache overview = factory.compile("overview.mustache");
  final Mustache document = factory.compile("document.mustache");
  final Mustache table = factory.compile("table.mustache");
  final Mustache listing = factory.compile("listing.mustache");
  final Mustache story = factory.compile("story.mustache");
  final Mustache person = factory.compile("person.mustache");
  /** Seen by every page under its own scope: which corpus pages the site has (for the navigation). */
  private final Map<String, Object> globals;

  Templates() {
    this(Map.of());
  }

  Templates(Map<String, Object> globals) {
    this.globals = Map.copyOf(globals);
  }

  void write(Mustache template, Object scope, Path file) {
    try {
      Files.createDirectories(file.getParent());
      try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
        template.execute(out, new Object[] {globals, scope});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
