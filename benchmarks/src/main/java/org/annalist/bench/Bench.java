package org.annalist.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar benchmarks/target/benchmarks.jar whole|micro ...}: Annalist's benchmarks. */
@Command(name = "annalist-bench", mixinStandardHelpOptions = true,
    subcommands = {WholeRunCommand.class, MicroCommand.class, Probe.class},
    description = {"Annalist benchmarks.",
        "  whole  whole-pipeline runs (1 and 2 threads, heap, start-up, Tika baseline, boilerpipe, Spark)",
        "  micro  JMH micro benchmarks per annotator (documents/s per core, allocation per document)"})
public final class Bench implements Runnable {

  public static void main(String[] args) {
    System.exit(new CommandLine(new Bench()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
