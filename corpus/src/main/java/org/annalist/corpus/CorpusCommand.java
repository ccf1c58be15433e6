package org.annalist.corpus;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.annalist.consumer.sql.DatabaseCredentialOptions;
import org.annalist.corpus.duplicates.DuplicatesStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist corpus OUTPUT}: the cross-document stage over a run's database. */
@Command(name = "corpus", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Groups the documents of a run's database across documents: near-duplicate copies, and the quotes,"
            + " people and stories of the installed corpus steps.",
        "Writes the tables duplicate_groups, quote_groups, people, stories (each with <table>_members) and,"
            + " for an output folder, OUTPUT/corpus/<kind>.jsonl. A later run keeps the groups' ids and joins"
            + " new documents to them. See docs/cross-document.md."},
    footer = {"", "Examples:",
        "  annalist corpus out/",
        "  annalist corpus out/ --json | jq -c 'select(.kind == \"duplicates\")'",
        "  annalist corpus jdbc:postgresql://db.example/annalist --jsonl groups/"})
public class CorpusCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OUTPUT-OR-JDBC-URL",
      description = "Output folder of a run (its annalist.db), a .db file, or a jdbc:sqlite:/jdbc:postgresql: URL")
  String location;

  @Option(names = "--json", description = "Print every group as one JSON object per line:"
      + " {\"kind\", \"id\", \"label\", \"documents\"}")
  boolean json;

  @Option(names = "--kinds", split = ",", paramLabel = "KIND",
      description = "Run only these steps (duplicates, quotes, people, stories; default: every installed one)")
  List<String> kinds;

  @Option(names = "--min-similarity", paramLabel = "J", defaultValue = "" + DuplicatesStep.DEFAULT_MIN_SIMILARITY,
      description = "Estimated 5-word-shingle Jaccard similarity from which two texts are copies (default: ${DEFAULT-VALUE})")
  double minSimilarity;

  @Option(names = "--jsonl", paramLabel = "DIR",
      description = "Folder for <kind>.jsonl (default: OUTPUT/corpus for an output folder, none for a JDBC URL)")
  Path jsonl;

  @Mixin DatabaseCredentialOptions credentials;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!(minSimilarity > 0 && minSimilarity <= 1)) {
      err.println("annalist corpus: --min-similarity must be above 0 and at most 1, not " + minSimilarity);
      err.flush();
      return 2;
    }
    try {
      CorpusStage.Outcome outcome = CorpusRunner.run(location, credentials.readingConnection(),
          new CorpusStage.Settings(kinds == null ? null : new LinkedHashSet<>(kinds), minSimilarity, jsonl));
      if (json) {
        for (CorpusGroup group : outcome.all()) {
          out.println(CorpusStage.shortJson(group));
        }
      } else {
        out.printf("%d document(s)%n", outcome.documents());
        outcome.kindLines().forEach(out::println);
      }
      out.flush();
      return 0;
    } catch (CorpusInputException | IllegalArgumentException e) {
      err.println("annalist corpus: " + e.getMessage());
    } catch (java.sql.SQLException | java.io.IOException e) {
      err.println("annalist corpus: " + e.getMessage());
      err.flush();
      return 1;
    }
    err.flush();
    return 2;
  }

}
