package org.annalist.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.annalist.core.pipeline.PipelineAssembler;
import org.annalist.core.pipeline.PipelineLoader;
import org.annalist.core.pipeline.PipelineValidator;
import org.annalist.core.pipeline.ValidatedPipeline;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.core.run.BatchRunner;
import org.annalist.core.run.RunOptions;
import org.annalist.core.run.RunSummary;

/**
 * The news pipeline (pipelines/news.yaml with the {@code report} consumer added) over the seed
 * articles in {@code ../shared/data/seeds}, or over {@code samples/} when the shared data is absent.
 */
public final class SeedRun {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  public final Path input;
  public final Path output;
  public final RunSummary summary;
  /** documents.jsonl by document id: what the run found, to compare the pages with. */
  public final Map<String, JsonNode> documents = new LinkedHashMap<>();

  public SeedRun(Path output) throws IOException {
    Path seeds = Path.of(System.getProperty("annalist.shared.data", ROOT.resolve("../shared/data").toString()))
        .resolve("seeds");
    this.input = Files.isDirectory(seeds) ? seeds : ROOT.resolve("samples");
    this.output = output;
    // the report consumer goes last in the consumers list, which ends where the "run:" section starts
    String yaml = Files.readString(ROOT.resolve("pipelines/news.yaml"), StandardCharsets.UTF_8);
    String added = "  - component: report\n    params:\n      targetLocation: ${ANNALIST_OUTPUT:-output}\n";
    int run = yaml.indexOf("\nrun:");
    yaml = run < 0 ? yaml + "\n" + added : yaml.substring(0, run) + "\n" + added + yaml.substring(run);
    Path pipeline = output.resolveSibling(output.getFileName() + "-news-report.yaml");
    Files.writeString(pipeline, yaml, StandardCharsets.UTF_8);
    ComponentRegistry registry = ComponentRegistry.load();
    ValidatedPipeline validated = new PipelineValidator(registry).validate(
        new PipelineLoader(Map.of("ANNALIST_INPUT", input.toString(), "ANNALIST_OUTPUT", output.toString()))
            .load(pipeline));
    RunOptions options = new RunOptions(2, Duration.ofSeconds(120), false, false, output, 0,
        RunOptions.DEFAULT_CHECKPOINT_EVERY, RunOptions.DEFAULT_CHECKPOINT_INTERVAL);
    summary = new BatchRunner(PipelineAssembler.assemble(validated), options).run();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(output.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode node = json.readTree(line);
      documents.put(node.get("id").asText(), node);
    }
  }
}
