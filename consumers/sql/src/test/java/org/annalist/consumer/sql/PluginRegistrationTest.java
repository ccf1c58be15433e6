package org.annalist.consumer.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.annalist.consumer.sql.query.QueryCommand;
import org.annalist.core.plugin.CommandProvider;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentKind;
import org.annalist.core.plugin.ComponentProvider;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PluginRegistrationTest {

  @Test
  void theSqlConsumerIsRegistered() {
    List<ComponentDescriptor> found = new ArrayList<>();
    ServiceLoader.load(ComponentProvider.class).forEach(p -> found.addAll(p.components()));
    assertThat(found).anySatisfy(d -> {
      assertThat(d.name()).isEqualTo("sql");
      assertThat(d.kind()).isEqualTo(ComponentKind.CONSUMER);
      assertThat(d.type()).isEqualTo(SqlConsumer.class);
    });
  }

  @Test
  void theQueryCommandIsRegistered() {
    List<Object> commands = new ArrayList<>();
    ServiceLoader.load(CommandProvider.class).forEach(p -> commands.addAll(p.topLevelCommands()));
    assertThat(commands).anySatisfy(c -> {
      assertThat(c).isInstanceOf(QueryCommand.class);
      assertThat(new CommandLine(c).getCommandName()).isEqualTo("query");
    });
  }

  @Test
  void aCasWithoutMetadataIsKeyedByItsText() throws Exception {
    JCas one = JCasFactory.createText("Rockets hit the base.");
    JCas same = JCasFactory.createText("Rockets hit the base.");
    assertThat(SqlConsumer.documentId(one)).startsWith("text-sha256:").isEqualTo(SqlConsumer.documentId(same));
    assertThat(SqlConsumer.documentId(JCasFactory.createText("Other text."))).isNotEqualTo(SqlConsumer.documentId(one));
  }
}
