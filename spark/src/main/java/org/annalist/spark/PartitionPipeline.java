package org.annalist.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.core.pipeline.Located;
import org.annalist.core.pipeline.PipelineAssembler;
import org.annalist.core.pipeline.PipelineAssembler.AssembledPipeline;
import org.annalist.core.pipeline.PipelineSpec;
import org.annalist.core.pipeline.PipelineValidator;
import org.annalist.core.pipeline.StepSpec;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.core.plugin.ComponentParametersReader;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.core.plugin.ParameterInfo;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * The pipeline of one partition: the job's pipeline with its reader pointed at the partition's
 * own input (a list of files or a file of records) and every file-writing consumer pointed at
 * the partition's folder {@code part-NNNNN} below its target, so that partitions never write
 * the same file. Consumers whose target is a URL (a database) are left as they are.
 */
final class PartitionPipeline {

  /** Reader parameter that makes a file reader take any file as a list of paths. */
  static final String SOURCE_IS_LIST = "sourceIsList";

  private PartitionPipeline() {}

  /**
   * @param rebase whether the reader's ids must be made relative to the job's id base (when the
   *     partition's list could not be written beside the files)
   */
  static AssembledPipeline assemble(JobPlan plan, int partition, Path input, boolean rebase,
      ComponentRegistry registry) {
    return assemble(plan, partition, input, rebase, registry, Map.of());
  }

  /**
   * @param localTargets local folders standing in for remote (Hadoop file system) consumer
   *     targets during the task; each is uploaded afterwards
   */
  static AssembledPipeline assemble(JobPlan plan, int partition, Path input, boolean rebase,
      ComponentRegistry registry, Map<String, Path> localTargets) {
    PipelineSpec spec = plan.pipeline().toSpec();
    StepSpec reader = spec.reader().withParam(ComponentParameters.SOURCE_LOCATION, located(input.toString()));
    if (plan.format() == InputFormat.FILES && declares(registry, reader, SOURCE_IS_LIST)) {
      reader = reader.withParam(SOURCE_IS_LIST, located("true"));
    }
    if (plan.format() == InputFormat.FILES && rebase && plan.idBase() != null) {
      reader = anchorGlobs(reader, plan.idBase());
    }
    if (plan.format() == InputFormat.WARC && !plan.hadoopSettings().isEmpty()) {
      List<String> settings = new ArrayList<>();
      plan.hadoopSettings().forEach((k, v) -> settings.add(k + "=" + v));
      reader = reader.withParam(WarcSplitReader.PARAM_HADOOP_SETTINGS, new Located(settings, 0));
    }
    List<StepSpec> consumers = new ArrayList<>();
    for (StepSpec consumer : spec.consumers()) {
      consumers.add(redirect(consumer, partition, localTargets));
    }
    PipelineSpec partitionSpec = new PipelineSpec(spec.source(), spec.name(), reader, spec.annotators(), consumers,
        spec.run());
    AssembledPipeline assembled = PipelineAssembler.assemble(new PipelineValidator(registry).validate(partitionSpec));
    if (!rebase || plan.format() != InputFormat.FILES || plan.idBase() == null) {
      return assembled;
    }
    try {
      return assembled.withReader(RebasingReader.around(assembled.reader(), plan.idBase()));
    } catch (ResourceInitializationException e) {
      throw new IllegalStateException("cannot wrap the reader of partition " + partition, e);
    }
  }

  /**
   * The reader reads a list of absolute paths: its include/exclude globs, written relative to the
   * input folder, are also given anchored at that folder, so that they match as in a local run.
   */
  private static StepSpec anchorGlobs(StepSpec reader, String idBase) {
    StepSpec result = reader;
    for (String name : List.of("includes", "excludes")) {
      Located globs = reader.params().get(name);
      if (globs == null) {
        continue;
      }
      List<String> values = new ArrayList<>();
      List<?> given = globs.value() instanceof List<?> list ? list : List.of(String.valueOf(globs.value()));
      for (Object glob : given) {
        String pattern = String.valueOf(glob);
        values.add(pattern);
        if (!pattern.startsWith("/") && !pattern.startsWith("**/")) {
          values.add(idBase + "/" + pattern);
        }
      }
      result = result.withParam(name, new Located(values, globs.line()));
    }
    return result;
  }

  private static StepSpec redirect(StepSpec consumer, int partition, Map<String, Path> localTargets) {
    Located target = consumer.params().get(ComponentParameters.TARGET_LOCATION);
    if (target == null || !(target.value() instanceof String value)) {
      return consumer;
    }
    if (localTargets.containsKey(value)) {
      value = localTargets.get(value).toString();
    } else if (PathValues.isUrl(value)) {
      return consumer;
    }
    String partTarget = Path.of(value).resolve(JobPlan.partName(partition)).toString();
    return consumer.withParam(ComponentParameters.TARGET_LOCATION, located(partTarget));
  }

  static boolean declares(ComponentRegistry registry, StepSpec step, String parameter) {
    return parameters(registry, step).containsKey(parameter);
  }

  static Map<String, ParameterInfo> parameters(ComponentRegistry registry, StepSpec step) {
    return registry.find(step.kind(), step.component())
        .map(d -> ComponentParametersReader.parameters(d.type()))
        .orElse(Map.of());
  }

  private static Located located(String value) {
    return new Located(value, 0);
  }
}
