package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateNormaliserTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "2020-01-03                      | 2020-01-03",
      "2020-01-03T10:15:00+03:00       | 2020-01-03T10:15:00+03:00",
      "2020-01-03T10:15+0300           | 2020-01-03T10:15:00+03:00",
      "2020-01-03T07:15:00.123Z        | 2020-01-03T07:15:00Z",
      "2020-01-03 10:15:00             | 2020-01-03T10:15:00",
      "20200103                        | 2020-01-03",
      "'Fri, 03 Jan 2020 10:15:00 GMT' | 2020-01-03T10:15:00Z",
      "'January 3, 2020'               | 2020-01-03",
      "'Jan 3, 2020'                   | 2020-01-03",
      "'3 January 2020'                | 2020-01-03",
      "2020-02-30                      | NULL",
      "yesterday                       | NULL",
      "0001-01-01                      | NULL",
  })
  void normalisesToIso(String raw, String expected) {
    assertThat(DateNormaliser.normalise(raw)).isEqualTo(expected);
  }

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
