package org.annalist.consumer.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseTargetTest {

  @Test
  void anOutputFolderHoldsTheSqliteFile() {
    DatabaseTarget target = DatabaseTarget.resolve("out");
    assertThat(target.dialect()).isEqualTo(Dialect.SQLITE);
    assertThat(target.sqliteFile()).isEqualTo(Path.of("out", "annalist.db"));
    assertThat(target.jdbcUrl()).startsWith("jdbc:sqlite:").endsWith("annalist.db");
  }

  @Test
  void aDbFileIsUsedAsIs() {
    assertThat(DatabaseTarget.resolve("corpus.db").sqliteFile()).isEqualTo(Path.of("corpus.db"));
  }

  @Test
  void jdbcUrls() {
    DatabaseTarget postgres = DatabaseTarget.resolve("jdbc:postgresql://db:5432/annalist?user=x&password=secret");
    assertThat(postgres.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(postgres.displayName()).isEqualTo("jdbc:postgresql://db:5432/annalist").doesNotContain("secret");
    assertThat(DatabaseTarget.resolve("jdbc:sqlite:/tmp/x.db").sqliteFile()).isEqualTo(Path.of("/tmp/x.db"));
    assertThatThrownBy(() -> DatabaseTarget.resolve("jdbc:mysql://db/annalist"))
        .hasMessageContaining("unsupported JDBC URL");
    assertThatThrownBy(() -> DatabaseTarget.resolve(" ")).hasMessageContaining("no database location");
  }
}
