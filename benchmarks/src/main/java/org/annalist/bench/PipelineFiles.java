package org.annalist.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.core.pipeline.PipelineAssembler;
import org.annalist.core.pipeline.PipelineAssembler.AssembledPipeline;
import org.annalist.core.pipeline.PipelineLoader;
import org.annalist.core.pipeline.PipelineOverrides;
import org.annalist.core.pipeline.PipelineSpec;
import org.annalist.core.pipeline.PipelineValidator;
import org.annalist.core.plugin.ComponentKind;
import org.annalist.core.plugin.ComponentRegistry;

/**
 * The pipelines benchmarks run: any YAML the user names, or the whole default pipeline (Tika
 * reader, boilerplate, segmenter, dates, persons, geolocation, quotes, SQLite) made of the components this build has.
 */
final class PipelineFiles {

  /** The whole pipeline the issue measures, in order. */
  static final List<String> DEFAULT_ANNOTATORS = List.of("boilerplate", "language", "segmenter", "dates", "persons", "geolocation",
      "quotes");
  static final List<String> DEFAULT_CONSUMERS = List.of("sql", "jsonl");

  private PipelineFiles() {}

  /**
   * Writes the default benchmark pipeline to {@code folder}: the default annotators that are
   * registered, and the first registered consumer of {@link #DEFAULT_CONSUMERS}.
   */
  static Path defaultPipeline(Path folder, ComponentRegistry registry) throws IOException {
    StringBuilder yaml = new StringBuilder("name: bench-news\nreader:\n  component: tika\n  params:\n"
        + "    sourceLocation: .\nannotators:\n");
    List<String> present = present(registry, ComponentKind.ANNOTATOR, DEFAULT_ANNOTATORS);
    if (present.isEmpty()) {
      yaml.append("  []\n");
    }
    for (String annotator : present) {
      yaml.append("  - ").append(annotator).append('\n');
    }
    List<String> consumers = present(registry, ComponentKind.CONSUMER, DEFAULT_CONSUMERS);
    yaml.append("consumers:\n");
    if (consumers.isEmpty()) {
      yaml.append("  []\n");
    } else {
      yaml.append("  - ").append(consumers.get(0)).append('\n');
    }
    Files.createDirectories(folder);
    Path file = folder.resolve("bench-news.yaml");
    Files.writeString(file, yaml.toString(), StandardCharsets.UTF_8);
    return file;
  }

  /** A copy of a pipeline with another reader (its parameters kept): the same annotators and consumers. */
  static Path withReader(Path pipeline, String reader, Path file) throws IOException {
    String yaml = Files.readString(pipeline, StandardCharsets.UTF_8)
        .replaceFirst("(?m)^(reader:\\s*\\n\\s+component:\\s*)\\S+", "$1" + reader)
        .replaceFirst("(?m)^\\s+excludes:.*\\n", "");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  static List<String> present(ComponentRegistry registry, ComponentKind kind, List<String> names) {
    List<String> present = new ArrayList<>();
    for (String name : names) {
      if (registry.find(kind, name).isPresent()) {
        present.add(name);
      }
    }
    return present;
  }

  /** Loads, points at input and output, applies overrides, validates and assembles. */
  static AssembledPipeline assemble(Path yaml, Path input, Path output, List<String> assignments,
      ComponentRegistry registry) {
    PipelineSpec spec = new PipelineLoader().load(yaml);
    if (input != null) {
      spec = PipelineOverrides.withInput(spec, input.toString());
    }
    if (output != null) {
      spec = PipelineOverrides.withOutput(spec, output.toString(), registry);
    }
    spec = PipelineOverrides.apply(spec, assignments);
    return PipelineAssembler.assemble(new PipelineValidator(registry).validate(spec));
  }
}
