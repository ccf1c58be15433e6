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
    PipelineSpec spec = plan.pipeline().toSpec();
    StepSpec reader = spec.reader().withParam(ComponentParameters.SOURCE_LOCATION, located(input.toString()));
    if (plan.format() == InputFormat.FILES && declares(registry, reader, SOURCE_IS_LIST)) {
      reader = reader.withParam(SOURCE_IS_LIST, located("true"));
    }
    List<StepSpec> consumers = new ArrayList<>();
    for (StepSpec consumer : spec.consumers()) {
      consumers.add(redirect(consumer, partition, registry));
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

  private static StepSpec redirect(StepSpec consumer, int partition, ComponentRegistry registry) {
    Located target = consumer.params().get(ComponentParameters.TARGET_LOCATION);
    if (target == null || !(target.value() instanceof String value) || PathValues.isUrl(value)) {
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
