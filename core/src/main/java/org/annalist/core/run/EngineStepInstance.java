package org.annalist.core.run;

import org.annalist.core.plugin.LanguageSupport;
import org.apache.uima.analysis_engine.AnalysisEngine;

/**
 * One worker's instance of a pipeline step.
 *
 * @param languages the document languages the step runs on ({@link LanguageSupport#any()} for consumers)
 */
record EngineStepInstance(String id, AnalysisEngine engine, LanguageSupport languages) {}
