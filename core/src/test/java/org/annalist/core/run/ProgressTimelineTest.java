package org.annalist.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProgressTimelineTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void laterHalfRateIgnoresASlowStart() {
    ProgressTimeline timeline = new ProgressTimeline();
    // 10 documents/s for 10 s (warm-up), then 100 documents/s for 19 s
    for (int s = 0; s <= 10; s++) {
      timeline.record(s * SECOND, s * 10L);
    }
    for (int s = 1; s <= 19; s++) {
      timeline.record((10 + s) * SECOND, 100 + s * 100L);
    }
    // 2,000 done, the last at 29 s; 1,000 were done at 19 s
    assertThat(timeline.laterHalfRate(2000, 29 * SECOND).getAsDouble()).isCloseTo(100.0, within(1e-9));
  }

  @Test
  void thinningKeepsTheFigure() {
    ProgressTimeline timeline = new ProgressTimeline();
    int samples = 20_000;
    for (int i = 0; i <= samples; i++) {
      timeline.record(i * (SECOND / 10), i * 5L);
    }
    // 50 documents/s throughout
    assertThat(timeline.laterHalfRate(samples * 5L, samples * (SECOND / 10)).getAsDouble())
        .isCloseTo(50.0, within(0.5));
  }

  @Test
  void noFigureForShortOrUnsampledRuns() {
    ProgressTimeline timeline = new ProgressTimeline();
    assertThat(timeline.laterHalfRate(1000, SECOND)).isEmpty();
    timeline.record(SECOND, 100);
    timeline.record(2 * SECOND, 150);
    assertThat(timeline.laterHalfRate(150, 2 * SECOND)).as("fewer than %d documents in the later half",
        ProgressTimeline.MINIMUM_DOCUMENTS).isEmpty();
    assertThat(timeline.laterHalfRate(1000, 3 * SECOND)).as("never sampled past the middle").isEmpty();
  }

  @Test
  void samplesThatDoNotAdvanceAreIgnored() {
    ProgressTimeline timeline = new ProgressTimeline();
    timeline.record(0, 0);
    timeline.record(SECOND, 500);
    timeline.record(5 * SECOND, 500);
    timeline.record(6 * SECOND, 700);
    // the middle (500) was reached at 1 s, not at 5 s
    assertThat(timeline.laterHalfRate(1000, 11 * SECOND).getAsDouble()).isCloseTo(50.0, within(1e-9));
  }
}
