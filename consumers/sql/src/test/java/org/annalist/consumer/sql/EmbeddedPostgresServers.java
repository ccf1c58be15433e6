package org.annalist.consumer.sql;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** Starts real PostgreSQL servers (binaries from Maven Central) for the tests. */
public final class EmbeddedPostgresServers {

  private EmbeddedPostgresServers() {}

  /** A server keeping its data in {@code dataDirectory} (kept on close); port 0 picks a free one. */
  public static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setPGStartupWait(Duration.ofSeconds(30));
    if (port > 0) {
      builder.setPort(port);
    }
    return builder.start();
  }

  public static String url(int port, String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=postgres";
  }
}
