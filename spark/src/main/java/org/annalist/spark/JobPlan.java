package org.annalist.spark;

import java.io.Serializable;

/**
 * What every partition needs to know, shipped with the task.
 *
 * @param pipeline the pipeline the driver validated, with absolute paths
 * @param format how the input is split
 * @param output absolute output folder; partition N writes to {@code output/part-0000N}
 * @param idBase folder stripped from the start of document ids (files only), or null
 * @param threadsPerTask worker threads inside one task
 * @param timeoutSeconds longest time one document may take
 * @param resume skip documents an earlier run completed
 * @param checkpointEvery documents per worker between checkpoints (run.checkpointEvery)
 * @param checkpointSeconds longest wait for a checkpoint (run.checkpointSeconds)
 * @param listBesideInput write each partition's temporary list of files into the input folder (a
 *     hidden file) so that the reader names files exactly as locally; else ids are rebased
 * @param hadoopSettings the job's {@code spark.hadoop.*} settings, for opening Hadoop file systems on executors
 */
public record JobPlan(
    PortablePipeline pipeline,
    InputFormat format,
    String output,
    String idBase,
    int threadsPerTask,
    int timeoutSeconds,
    boolean resume,
    int checkpointEvery,
    int checkpointSeconds,
    boolean listBesideInput,
    java.util.LinkedHashMap<String, String> hadoopSettings) implements Serializable {

  public static String partName(int partition) {
    return String.format(java.util.Locale.ROOT, "part-%05d", partition);
  }
}
