package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.annalist.core.reader.DocumentReadException;
import org.junit.jupiter.api.Test;

class ParseTimerTest {

  @Test
  void aParseThatHangsIsAbandonedAndTheNextOneRuns() throws Exception {
    AtomicBoolean released = new AtomicBoolean();
    try (ParseTimer timer = new ParseTimer(200)) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> timer.call("stuck.pdf", () -> {
        while (!released.get()) {
          Thread.onSpinWait(); // ignores interrupts, like a parser stuck in a loop
        }
        return "too late";
      })).isInstanceOf(DocumentReadException.class).hasMessageContaining("longer than 200 ms");
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
      assertThat(timer.call("next.txt", () -> "fine")).isEqualTo("fine");
    } finally {
      released.set(true);
    }
  }

  @Test
  void failuresKeepTheirDocumentReadException() {
    try (ParseTimer timer = new ParseTimer(1_000)) {
      assertThatThrownBy(() -> timer.call("bad.pdf", () -> {
        throw new DocumentReadException("bad.pdf", "encrypted document (password protected)");
      })).isInstanceOf(DocumentReadException.class).hasMessage("encrypted document (password protected)");
      assertThatThrownBy(() -> timer.call("odd.doc", () -> {
        throw new IllegalStateException("parser bug");
      })).isInstanceOf(DocumentReadException.class).hasMessageContaining("parser bug");
    }
  }
}
