package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentKind;
import org.annalist.core.plugin.ComponentProvider;
import org.annalist.core.reader.ResumableReader;
import org.junit.jupiter.api.Test;

class TikaReaderComponentsTest {

  @Test
  void readerIsFoundThroughTheServiceLoaderAsTika() {
    assertThat(ServiceLoader.load(ComponentProvider.class).stream()
            .flatMap(p -> p.get().components().stream()))
        .filteredOn(d -> d.name().equals("tika"))
        .singleElement()
        .satisfies(d -> {
          assertThat(d.kind()).isEqualTo(ComponentKind.READER);
          assertThat(d.type()).isEqualTo(TikaCollectionReader.class);
          assertThat(ResumableReader.class).isAssignableFrom(d.type());
        })
        .extracting(ComponentDescriptor::description).asString().isNotBlank();
  }
}
