package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishedDateTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "' date 2022-01-07 A US-led coalition' | 2022-01-07",
      "'date 2020-01-08\nBAGHDAD'            | 2020-01-08",
      "'Date: 2021-05-04 09:30\nText'        | 2021-05-04T09:30:00",
      "'The date 2022-01-07 is later'        | NULL",
      "'date 2022-01-0789'                   | NULL",
  })
  void leadingDateLine(String text, String expected) {
    PublishedDate date = PublishedDate.fromDateLine(text);
    assertThat(date == null ? null : date.value()).isEqualTo(expected);
  }
}
