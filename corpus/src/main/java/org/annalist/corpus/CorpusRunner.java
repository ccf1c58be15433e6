package org.annalist.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.annalist.consumer.sql.ConnectionSettings;

/** Opens a run's database and runs the stage with the installed steps over it. */
public final class CorpusRunner {

  private CorpusRunner() {}

  /**
   * Runs the stage; without a JSONL folder in the settings, a SQLite database's groups also go to
   * {@code corpus/} beside it.
   */
  public static CorpusStage.Outcome run(String location, ConnectionSettings connection, CorpusStage.Settings settings)
      throws SQLException, IOException {
    return run(location, connection, settings, CorpusStage.discover(CorpusRunner.class.getClassLoader()));
  }

  /** Runs the stage with these steps (the Spark runner swaps in its own duplicates step). */
  public static CorpusStage.Outcome run(String location, ConnectionSettings connection, CorpusStage.Settings settings,
      List<CorpusStep> steps) throws SQLException, IOException {
    CorpusStage stage = new CorpusStage(steps);
    try (CorpusDatabase database = CorpusDatabase.open(location, connection)) {
      CorpusStage.Settings effective = settings;
      Path file = database.target().sqliteFile();
      if (settings.jsonlFolder() == null && file != null) {
        Path folder = file.toAbsolutePath().getParent();
        effective = new CorpusStage.Settings(settings.kinds(), settings.minSimilarity(), folder.resolve("corpus"));
      }
      return stage.run(database.store(), effective);
    }
  }
}
