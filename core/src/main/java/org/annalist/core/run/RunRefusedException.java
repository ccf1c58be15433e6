package org.annalist.core.run;

import java.nio.file.Path;
import org.annalist.core.pipeline.ConfigurationProblem;
import org.annalist.core.pipeline.PipelineConfigurationException;

/**
 * A run that must not start on this output folder (another run holds it, or it holds the results
 * of a different pipeline). Nothing was read or written; the CLI exits with code 2.
 */
public final class RunRefusedException extends PipelineConfigurationException {

  RunRefusedException(Path outputDirectory, String message) {
    super(new ConfigurationProblem(outputDirectory.toString(), 0, message));
  }
}
