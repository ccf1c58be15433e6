package org.annalist.core.run;

import org.apache.uima.analysis_engine.AnalysisEngine;

/** One worker's instance of a pipeline step. */
record EngineStepInstance(String id, AnalysisEngine engine) {}
