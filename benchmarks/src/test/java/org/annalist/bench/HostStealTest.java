package org.annalist.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostStealTest {

  @Test
  void readsTheAffinityListOfProcStatus() {
    assertThat(HostSteal.allowedCpus(List.of("Name:\tjava", "Cpus_allowed_list:\t0-1,3")).stream().toArray())
        .containsExactly(0, 1, 3);
    assertThat(HostSteal.allowedCpus(List.of("Cpus_allowed_list:\t2")).stream().toArray()).containsExactly(2);
    assertThat(HostSteal.allowedCpus(List.of("Name:\tjava")).isEmpty()).isTrue();
  }
}
