package org.annalist.consumer.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStorageTest extends StorageContractTest {

  @TempDir Path temp;
  private int databases;

  @Override
  String freshDatabase() {
    // an output folder: the consumer creates it and writes annalist.db inside
    return temp.resolve("out" + (++databases)).toString();
  }

  @Override
  Connection connect(String location) throws SQLException {
    return DriverManager.getConnection(DatabaseTarget.resolve(location).jdbcUrl());
  }

  @Test
  void writesASingleSqliteFileInTheOutputFolder() throws Exception {
    String folder = freshDatabase();
    run(folder, SampleDocuments.build("a", true));
    Path file = Path.of(folder).resolve(DatabaseTarget.SQLITE_FILE_NAME);
    assertThat(file).isRegularFile();
    // checkpointed on close: the main file alone holds the data
    assertThat(Files.size(file)).isGreaterThan(0);
    Path copy = temp.resolve("copy.db");
    Files.copy(file, copy);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
      assertThat(single(c, "SELECT COUNT(*) FROM places")).isEqualTo(4L);
    }
  }

  @Test
  void acceptsAJdbcUrl() throws Exception {
    String url = "jdbc:sqlite:" + temp.resolve("explicit.db");
    run(url, SampleDocuments.build("a", true));
    try (Connection c = connect(url)) {
      assertThat(single(c, "SELECT COUNT(*) FROM documents")).isEqualTo(1L);
    }
  }
}
