package org.annalist.consumer.sql.query;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.consumer.sql.ConnectionSettings;
import org.annalist.consumer.sql.DatabaseCredentialOptions;
import org.annalist.consumer.sql.DatabaseTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist query}: ready-made questions over the database written by the sql consumer. */
@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Asks ready-made questions of a processed corpus stored by the sql consumer.",
        "Rows are quotes when --speaker is given, else place mentions when --place is given, else documents;"
            + " the other options restrict the documents they come from. See docs/storage.md for plain SQL."},
    footer = {"", "Examples:",
        "  annalist query out/ --speaker Kirby",
        "  annalist query out/ --place Erbil --within-km 100 --from 2022-01 --to 2022-01",
        "  annalist query jdbc:postgresql://db.example/annalist --text \"air base\" --format json",
        "  annalist query out/ --story stories-3f2a9c01d4e5"})
public class QueryCommand implements Callable<Integer> {

  enum Format { table, json }

  @Parameters(index = "0", paramLabel = "OUTPUT-OR-JDBC-URL",
      description = "Output folder of a run (its annalist.db), a .db file, or a jdbc:sqlite:/jdbc:postgresql: URL")
  String location;

  @Mixin CorpusFilterOptions filters;

  @Option(names = "--text", paramLabel = "WORDS", arity = "1..*",
      description = "Words that must all occur in the document's title or clean text (case-insensitive)")
  List<String> text;

  @Option(names = "--story", paramLabel = "ID",
      description = "The documents of a story the corpus stage found (ids: annalist corpus OUTPUT --json)")
  String story;

  @Option(names = "--person", paramLabel = "ID",
      description = "The documents in which a person the corpus stage found is mentioned or quoted")
  String person;

  @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--limit", defaultValue = "50", description = "Maximum number of rows (default: ${DEFAULT-VALUE})")
  int limit;

  @Mixin DatabaseCredentialOptions credentials;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Question question;
    DatabaseTarget target;
    try {
      question = question();
      target = DatabaseTarget.resolve(location);
    } catch (IllegalArgumentException e) {
      err.println("annalist query: " + e.getMessage());
      err.flush();
      return 2;
    }
    ConnectionSettings settings = credentials.readingConnection();
    try (Connection connection = ReadConnections.open(target, settings)) {
      QueryResult result = story != null ? GroupQuery.documents(connection, "stories", "story", story.strip(), limit)
          : person != null ? GroupQuery.documents(connection, "people", "person", person.strip(), limit)
          : new CorpusQuery(connection).answer(question);
      if (format == Format.json) {
        ResultPrinter.json(result, out);
      } else {
        ResultPrinter.table(result, out);
      }
      return 0;
    } catch (UnreadableDatabaseException | UnknownPlaceException e) {
      err.println("annalist query: " + e.getMessage());
    } catch (SQLException e) {
      err.println("annalist query: cannot read " + target.displayName() + ": " + e.getMessage());
    }
    err.flush();
    return 2;
  }

  private Question question() {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1");
    }
    List<String> words = text == null ? List.of()
        : text.stream().flatMap(t -> Arrays.stream(t.strip().split("\\s+"))).filter(w -> !w.isEmpty()).toList();
    Question question = filters.question(words, limit);
    if (story != null || person != null) {
      boolean filtered = question.speaker() != null || question.place() != null || question.fromDay() != null
          || question.toDay() != null || !words.isEmpty();
      if (story != null && person != null) {
        throw new IllegalArgumentException("give --story or --person, not both");
      }
      if (filtered || (story != null ? story : person).isBlank()) {
        throw new IllegalArgumentException((story != null ? "--story" : "--person")
            + " takes a group id and no other question (--speaker, --place, --from, --to, --text)");
      }
    }
    return question;
  }
}
