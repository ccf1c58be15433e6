package org.annalist.consumer.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentKind;
import org.annalist.core.plugin.ComponentProvider;
import org.junit.jupiter.api.Test;

class FileConsumerComponentsTest {

  @Test
  void consumersAreFoundThroughTheServiceLoader() {
    assertThat(ServiceLoader.load(ComponentProvider.class).stream()
            .flatMap(p -> p.get().components().stream())
            .filter(d -> d.kind() == ComponentKind.CONSUMER))
        .extracting(ComponentDescriptor::name, ComponentDescriptor::type)
        .contains(
            org.assertj.core.groups.Tuple.tuple("xmi", XmiWriter.class),
            org.assertj.core.groups.Tuple.tuple("json", JsonCasWriter.class),
            org.assertj.core.groups.Tuple.tuple("jsonl", JsonlWriter.class));
  }
}
