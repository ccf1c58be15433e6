package org.annalist.report.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.consumer.sql.DatabaseCredentialOptions;
import org.annalist.consumer.sql.DatabaseTarget;
import org.annalist.consumer.sql.query.UnreadableDatabaseException;
import org.annalist.core.run.RunSummaryFile;
import org.annalist.report.model.RunRecord;
import org.annalist.report.site.SiteBuilder;
import org.annalist.report.source.DatabaseDocuments;
import org.annalist.report.source.DocumentSource;
import org.annalist.report.source.JsonlDocuments;
import org.annalist.report.source.MalformedInputException;
import org.annalist.report.source.RunFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist report OUTPUT [-o DIR]}: the static HTML site of a finished run. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Builds a static HTML report of a finished run (overview with map and timeline, a page per "
        + "document, all places, speakers and dates) that opens from the file system with no server or network.",
        "OUTPUT is the run's output folder (its annalist.db, else its documents.jsonl), a .db file, a "
            + "documents.jsonl file or a JDBC URL."})
public class ReportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OUTPUT", description = "Run output folder, .db file, .jsonl file or JDBC URL")
  String location;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Folder to write the site into (default: OUTPUT/report, or ./report for a JDBC URL)")
  Path output;

  @Option(names = "--threads", paramLabel = "N", description = "Threads writing pages (default: the number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--title", description = "Title of the report (default: ${DEFAULT-VALUE})")
  String title = "Annalist report";

  @Mixin DatabaseCredentialOptions credentials;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    Path runFolder = null;
    DocumentSource source;
    try {
      if (location.strip().startsWith("jdbc:")) {
        source = new DatabaseDocuments(DatabaseTarget.resolve(location),
            credentials.readingConnection());
      } else {
        Path path = Path.of(location);
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase();
        if (Files.isDirectory(path)) {
          runFolder = path;
          if (Files.isRegularFile(path.resolve(DatabaseTarget.SQLITE_FILE_NAME))) {
            source = database(path.toString());
          } else if (Files.isRegularFile(path.resolve("documents.jsonl"))) {
            source = new JsonlDocuments(path.resolve("documents.jsonl"));
          } else {
            err.println("annalist report: " + path + " holds neither annalist.db nor documents.jsonl; give the "
                + "output folder of a run with the sql or jsonl consumer (or the file itself)");
            return 2;
          }
        } else if (!Files.isRegularFile(path)) {
          err.println("annalist report: " + path + " does not exist; give a run's output folder, a .db file, "
              + "a documents.jsonl file or a JDBC URL");
          return 2;
        } else if (name.endsWith(".jsonl")) {
          runFolder = path.toAbsolutePath().getParent();
          source = new JsonlDocuments(path);
        } else {
          runFolder = path.toAbsolutePath().getParent();
          source = database(path.toString());
        }
      }
    } catch (UnreadableDatabaseException | IllegalArgumentException e) {
      err.println("annalist report: " + e.getMessage());
      return 2;
    }
    Path target = output != null ? output : runFolder != null && Files.isDirectory(Path.of(location))
        ? runFolder.resolve("report") : Path.of("report");
    try (source; SiteBuilder site = new SiteBuilder(target, title, threads, source.corpusGroups())) {
      List<RunRecord.Failure> failures = RunFiles.failures(runFolder);
      RunRecord.Summary summary = RunFiles.summary(runFolder);
      String why = summary != null ? null : runFolder == null
          ? "a database URL has no run folder holding the run's " + RunSummaryFile.FILE_NAME
          : "no " + RunSummaryFile.FILE_NAME + " in " + runFolder + " (runs write it in their output folder)";
      source.forEach(site::submit);
      SiteBuilder.Result result = site.finish(new RunRecord(failures, summary, why, source.description()));
      out.printf("report of %d documents (%d failed) written in %.1f s: %s%n", result.documents(), result.failures(),
          (System.nanoTime() - start) / 1e9, result.overview().toAbsolutePath().toUri());
      return 0;
    } catch (MalformedInputException e) {
      err.println("annalist report: " + e.getMessage());
      return 2;
    } catch (IOException | RuntimeException e) {
      err.println("annalist report: cannot build the report: " + e.getMessage());
      return 1;
    }
  }

  private DocumentSource database(String location) throws UnreadableDatabaseException {
    return new DatabaseDocuments(DatabaseTarget.resolve(location),
        credentials.readingConnection());
  }
}
