package org.annalist.consumer.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.uima.resource.ResourceInitializationException;
import org.junit.jupiter.api.Test;

class UnreachableDatabaseTest {

  @Test
  void aServerThatIsNotThereFailsAtStartWithTheUrl() {
    int before = DatabaseRegistry.openCount();
    assertThatThrownBy(() -> StorageContractTest.consumer("jdbc:postgresql://localhost:1/annalist?password=secret",
        SqlConsumer.PARAM_CONNECT_TIMEOUT_SECONDS, 1))
        .isInstanceOf(ResourceInitializationException.class)
        .hasStackTraceContaining("sql: cannot open the database jdbc:postgresql://localhost:1/annalist:")
        .satisfies(e -> {
          for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("secret");
          }
        });
    assertThat(DatabaseRegistry.openCount()).isEqualTo(before);
  }

  @Test
  void anUnsupportedUrlIsAConfigurationError() {
    assertThatThrownBy(() -> StorageContractTest.consumer("jdbc:mysql://localhost/annalist"))
        .isInstanceOf(ResourceInitializationException.class)
        .hasStackTraceContaining("unsupported JDBC URL");
  }
}
