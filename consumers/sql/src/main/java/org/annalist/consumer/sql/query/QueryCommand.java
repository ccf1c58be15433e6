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
import org.annalist.core.time.TimexInterval;
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
        "  annalist query jdbc:postgresql://db.example/annalist --text \"air base\" --format json"})
public class QueryCommand implements Callable<Integer> {

  enum Format { table, json }

  @Parameters(index = "0", paramLabel = "OUTPUT-OR-JDBC-URL",
      description = "Output folder of a run (its annalist.db), a .db file, or a jdbc:sqlite:/jdbc:postgresql: URL")
  String location;

  @Option(names = "--speaker", paramLabel = "NAME",
      description = "Quotes whose resolved speaker or speaker mention contains NAME (case-insensitive)")
  String speaker;

  @Option(names = "--place", paramLabel = "NAME",
      description = "Mentions of the place NAME (resolved name or text), or with --within-km every place"
          + " mention near it; NAME may also be LAT,LON")
  String place;

  @Option(names = "--within-km", paramLabel = "N", description = "Radius around --place, in km (great-circle)")
  Double withinKm;

  @Option(names = "--from", paramLabel = "DATE",
      description = "Documents published on or after DATE, or mentioning a date on or after it (YYYY, YYYY-MM or YYYY-MM-DD)")
  String from;

  @Option(names = "--to", paramLabel = "DATE",
      description = "Documents published on or before DATE, or mentioning a date on or before it (a date mentioned"
          + " counts only when it lies entirely inside --from..--to)")
  String to;

  @Option(names = "--text", paramLabel = "WORDS", arity = "1..*",
      description = "Words that must all occur in the document's title or clean text (case-insensitive)")
  List<String> text;

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
      QueryResult result = new CorpusQuery(connection).answer(question);
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
    if (withinKm != null && (place == null || withinKm < 0 || withinKm.isNaN())) {
      throw new IllegalArgumentException(place == null ? "--within-km needs --place" : "--within-km must be >= 0");
    }
    String fromDay = from == null ? null : day(from, "--from", true);
    String toDay = to == null ? null : day(to, "--to", false);
    if (fromDay != null && toDay != null && fromDay.compareTo(toDay) > 0) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    List<String> words = text == null ? List.of()
        : text.stream().flatMap(t -> Arrays.stream(t.strip().split("\\s+"))).filter(w -> !w.isEmpty()).toList();
    return new Question(blankToNull(speaker), blankToNull(place), withinKm, fromDay, toDay, words, limit);
  }

  /** The first (or last) ISO day of a --from/--to value; shared with annalist search. */
  public static String day(String value, String option, boolean first) {
    TimexInterval interval = TimexInterval.of(value);
    if (interval == null || !value.strip().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new IllegalArgumentException(option + " must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '" + value + "'");
    }
    return (first ? interval.first() : interval.last()).toString();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
