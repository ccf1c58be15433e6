package org.annalist.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateStringsTest {

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
    assertThat(DateStrings.normalise(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "'Published Wednesday, January 5, 2022 10:00 GMT' | 2022-01-05",
      "'Updated: 5th of Jan. 2022'                      | 2022-01-05",
      "'Posted 2021/5/4 by staff'                       | 2021-05-04",
      "'20220105T101500 edition'                        | 2022-01-05",
      "'2020-01-03T10:15:00+03:00'                      | 2020-01-03T10:15:00+03:00",
      "'Monday, February 30, 2022'                      | NULL",
      "'No date here at all'                            | NULL",
  })
  void findsTheFirstDateInALine(String line, String expected) {
    assertThat(DateStrings.find(line)).isEqualTo(expected);
  }
}
