package org.annalist.core.pipeline;

import java.util.List;

/**
 * One or more problems in a pipeline definition, each naming the file and line. The CLI prints
 * them one per line and exits with code 2.
 */
public class PipelineConfigurationException extends RuntimeException {

  private final List<ConfigurationProblem> problems;

  public PipelineConfigurationException(List<ConfigurationProblem> problems) {
    super(String.join(System.lineSeparator(), problems.stream().map(ConfigurationProblem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  public PipelineConfigurationException(ConfigurationProblem problem) {
    this(List.of(problem));
  }

  public List<ConfigurationProblem> problems() {
    return problems;
  }
}
