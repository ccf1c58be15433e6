package org.annalist.consumer.sql.search;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.annalist.consumer.sql.ConnectionSettings;
import org.annalist.consumer.sql.DatabaseCredentialOptions;
import org.annalist.consumer.sql.DatabaseTarget;
import org.annalist.consumer.sql.query.CorpusFilterOptions;
import org.annalist.consumer.sql.query.Question;
import org.annalist.consumer.sql.query.ReadConnections;
import org.annalist.consumer.sql.query.UnknownPlaceException;
import org.annalist.consumer.sql.query.UnreadableDatabaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist search}: ranked full-text search with the filters of annalist query and facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Full-text search over a corpus stored by the sql consumer: ranked hits (documents and quotes) with"
            + " highlighted snippets, each hit's dates, places and speakers, and facet counts over all hits.",
        "QUERY: words (all must occur; stemmed, so rockets = rocket), \"a phrase\", prefix*, OR, NOT or -word,"
            + " parentheses. See docs/search.md."},
    footer = {"", "Examples:",
        "  annalist search output \"flood*\" --place Erbil",
        "  annalist search output '\"air base\" rockets' --from 2022-01 --to 2022-01 --type document",
        "  annalist search output 'water NOT summit' --speaker Hidalgo --json"})
public class SearchCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OUTPUT-OR-JDBC-URL",
      description = "Output folder of a run (its annalist.db), a .db file, or a jdbc:sqlite:/jdbc:postgresql: URL")
  String location;

  @Parameters(index = "1", paramLabel = "QUERY", description = "What to search for (quote it in the shell)")
  String queryText;

  @Mixin CorpusFilterOptions filters;

  @Option(names = "--type", paramLabel = "TYPE",
      description = "document (titles and text) or quote (quote texts); both when left out")
  String type;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits per page (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page of hits to show, from 1 (default: ${DEFAULT-VALUE})")
  int page;

  @Option(names = "--facets", paramLabel = "LIST",
      description = "Facets to count over all hits: places,speakers,months (default), or none")
  String facets;

  @Option(names = "--json", description = "Print one JSON object instead of text")
  boolean json;

  @Mixin DatabaseCredentialOptions credentials;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CorpusSearch.Request request;
    DatabaseTarget target;
    try {
      request = request();
      target = DatabaseTarget.resolve(location);
    } catch (IllegalArgumentException e) {
      return fail(err, e.getMessage());
    } catch (SearchSyntaxException e) {
      return fail(err, "malformed query: " + e.getMessage());
    }
    ConnectionSettings settings = credentials.readingConnection();
    try (Connection connection = ReadConnections.open(target, settings)) {
      SearchResult result = new CorpusSearch(connection, target.dialect()).search(request);
      if (json) {
        SearchPrinter.json(result, out);
      } else {
        SearchPrinter.text(result, out);
      }
      return 0;
    } catch (UnreadableDatabaseException | UnknownPlaceException e) {
      return fail(err, e.getMessage());
    } catch (SQLException e) {
      return fail(err, "cannot search " + target.displayName() + ": " + firstLine(e.getMessage()));
    }
  }

  private static int fail(PrintWriter err, String message) {
    err.println("annalist search: " + message);
    err.flush();
    return 2;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private CorpusSearch.Request request() throws SearchSyntaxException {
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("--limit must be between 1 and 1000 (use --page for more hits)");
    }
    if (page < 1) {
      throw new IllegalArgumentException("--page must be at least 1");
    }
    CorpusSearch.HitType hitType = CorpusSearch.HitType.any;
    if (type != null) {
      try {
        hitType = CorpusSearch.HitType.valueOf(type.strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--type must be document or quote, not '" + type + "'");
      }
    }
    Set<Facet> facetSet = Facet.parseList(facets);
    SearchQuery query = SearchQuery.parse(queryText);
    Question question = filters.question(List.of(), limit);
    return new CorpusSearch.Request(query, question, hitType, limit, page, facetSet);
  }
}
