package org.annalist.dates.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One group of small sentences per family of expression; the DCT is Friday 2022-01-07 unless said. */
class TimexRecognizerTest {

  static final String FRIDAY = "2022-01-07";

  @Nested
  class Weekdays {
    @Test
    void pastTenseWeekdayIsTheLastOneBeforeTheDct() {
      Timexes t = Timexes.of("The coalition on Wednesday came under fire in Iraq.", FRIDAY);
      assertThat(t.value("Wednesday")).isEqualTo("2022-01-05");
      assertThat(t.get("Wednesday").anchorSource()).isEqualTo("DCT");
      assertThat(t.get("Wednesday").anchor()).isEqualTo(FRIDAY);
    }

    @Test
    void futureTenseWeekdayIsTheNextOne() {
      assertThat(Timexes.of("The ministers will meet on Monday in Vienna.", FRIDAY).value("Monday")).isEqualTo("2022-01-10");
    }

    @Test
    void weekdayOfTheDctIsTheDct() {
      assertThat(Timexes.of("The ministry said on Friday that talks resumed.", FRIDAY).value("Friday")).isEqualTo(FRIDAY);
    }

    @Test
    void lastAndNextWeekdays() {
      Timexes t = Timexes.of("He arrived last Friday and leaves next Tuesday.", FRIDAY);
      assertThat(t.value("last Friday")).isEqualTo("2021-12-31");
      assertThat(t.value("next Tuesday")).isEqualTo("2022-01-11");
    }

    @Test
    void asSoonAsPointsForward() {
      assertThat(Timexes.of("The group might come as soon as Tuesday.", FRIDAY).value("Tuesday")).isEqualTo("2022-01-11");
    }
  }

  @Nested
  class DeicticDays {
    @Test
    void todayYesterdayTomorrow() {
      Timexes t = Timexes.of("Officials said yesterday that today is calm and tomorrow is uncertain.", FRIDAY);
      assertThat(t.value("yesterday")).isEqualTo("2022-01-06");
      assertThat(t.value("today")).isEqualTo(FRIDAY);
      assertThat(t.value("tomorrow")).isEqualTo("2022-01-08");
    }
  }

  @Nested
  class Names {
    @Test
    void deicticWordsInsideNamesAreNotDates() {
      Timexes t = Timexes.of("He told USA TODAY on Monday that he would run.", FRIDAY);
      assertThat(t.covered()).containsExactly("Monday");
    }
  }

  @Nested
  class CalendarDates {
    @Test
    void numericAndWrittenFormats() {
      Timexes t = Timexes.of("Filed 2022-01-05, signed 3/1/2022, ratified 1 March 2022 and recalled Jan. 3, 2020.", FRIDAY);
      assertThat(t.value("2022-01-05")).isEqualTo("2022-01-05");
      assertThat(t.value("3/1/2022")).isEqualTo("2022-03-01");
      assertThat(t.value("1 March 2022")).isEqualTo("2022-03-01");
      assertThat(t.value("Jan. 3, 2020")).isEqualTo("2020-01-03");
      assertThat(t.get("Jan. 3, 2020").anchorSource()).isNull();
    }

    @Test
    void anOrdinalDayAloneIsADayOfTheDctMonth() {
      String dct = "2013-03-14";
      assertThat(Timexes.of("The offer expires on the 15th.", dct).value("the 15th")).isEqualTo("2013-03-15");
      assertThat(Timexes.of("He was born on the 20th, officials said.", dct).value("the 20th")).isEqualTo("2013-02-20");
      assertThat(Timexes.of("The bill will pass by the 10th.", dct).value("the 10th")).isEqualTo("2013-04-10");
      Timexes.of("They met on the 15th floor.", dct).assertNone();
    }

    @Test
    void aYearSpanIsNotAnIsoMonth() {
      Timexes t = Timexes.of("Rates fell in 2008-09, and data for 2012-05 are out.", FRIDAY);
      assertThat(t.value("2008")).isEqualTo("2008");
      assertThat(t.value("2012-05")).isEqualTo("2012-05");
    }

    @Test
    void nthWeekdayOfAMonth() {
      String dct = "2013-03-14";
      assertThat(Timexes.of("The election will be held on the second Sunday of June.", dct)
          .value("the second Sunday of June")).isEqualTo("2013-06-09");
      assertThat(Timexes.of("He won on the first Tuesday in November.", dct)
          .value("the first Tuesday in November")).isEqualTo("2012-11-06");
      assertThat(Timexes.of("It closes on the last Monday in May 2014.", dct)
          .value("the last Monday in May 2014")).isEqualTo("2014-05-26");
    }

    @Test
    void yearsInAListButNotThousandsWithACommaAfterANumber() {
      Timexes t = Timexes.of("They crossed in 1994, 1995 and 1997, and 1,995 people came.", FRIDAY);
      assertThat(t.covered()).containsExactly("1994", "1995", "1997");
    }

    @Test
    void dayFirstWhenTheFirstNumberCannotBeAMonth() {
      assertThat(Timexes.of("It opened on 25/12/2021 in Paris.", FRIDAY).value("25/12/2021")).isEqualTo("2021-12-25");
    }

    @Test
    void monthYearAndYear() {
      Timexes t = Timexes.of("The base was hit in December 2018 and again in 2020.", FRIDAY);
      assertThat(t.value("December 2018")).isEqualTo("2018-12");
      assertThat(t.value("2020")).isEqualTo("2020");
    }

    @Test
    void dateWithoutYearTakesTheYearTheTenseImplies() {
      assertThat(Timexes.of("The attack happened on Dec. 20 near the border.", FRIDAY).value("Dec. 20")).isEqualTo("2021-12-20");
      assertThat(Timexes.of("The talks will resume on March 3 in Vienna.", FRIDAY).value("March 3")).isEqualTo("2022-03-03");
      assertThat(Timexes.of("The election is due in May.", FRIDAY).value("May")).isEqualTo("2022-05");
    }

    @Test
    void dayOfARelativeYear() {
      Timexes t = Timexes.of("We started this journey on June 16th of last year and ended in June last year.", FRIDAY);
      assertThat(t.value("June 16th of last year")).isEqualTo("2021-06-16");
      assertThat(t.value("June last year")).isEqualTo("2021-06");
    }

    @Test
    void impossibleDatesAreNotAnnotatedAsDays() {
      Timexes t = Timexes.of("The report dated 31 February 2022 was fake.", FRIDAY);
      assertThat(t.mentions).noneMatch(m -> m.value().equals("2022-02-31"));
    }

    @Test
    void quantitiesAreNotYears() {
      Timexes.of("They deployed 2000 troops and 1999 percent more.", FRIDAY).assertNone();
    }

    @Test
    void ambiguousMonthNamesNeedContext() {
      Timexes.of("He may resign, and the march was peaceful.", FRIDAY).assertNone();
    }

    @Test
    void holidays() {
      assertThat(Timexes.of("Shops were closed on Christmas Day.", FRIDAY).value("Christmas Day")).isEqualTo("2021-12-25");
      assertThat(Timexes.of("Thanksgiving 2021 was quiet.", FRIDAY).value("Thanksgiving 2021")).isEqualTo("2021-11-25");
    }

    @Test
    void easterHolidaysFollowTheComputus() {
      Timexes t = Timexes.of("Good Friday 1998, Easter 2019, Easter 2024 and Easter Monday 1961 were quiet.", FRIDAY);
      assertThat(t.value("Good Friday 1998")).isEqualTo("1998-04-10");
      assertThat(t.value("Easter 2019")).isEqualTo("2019-04-21");
      assertThat(t.value("Easter 2024")).isEqualTo("2024-03-31");
      assertThat(t.value("Easter Monday 1961")).isEqualTo("1961-04-03");
      assertThat(Timexes.of("They will march on Easter.", "2000-04-17").value("Easter")).isEqualTo("2000-04-23");
    }

    @Test
    void aHolidayWeekIsTheWeekThatHoldsIt() {
      assertThat(Timexes.of("Protesters prayed as Easter week began.", "2000-04-17").value("Easter week"))
          .isEqualTo("2000-W16");
    }

    @Test
    void spokenYears() {
      assertThat(Timexes.of("In nineteen ninety-six a bomb exploded.", FRIDAY).value("nineteen ninety-six")).isEqualTo("1996");
    }

    @Test
    void aMonthOrSeasonWithASpokenYearIsOneExpression() {
      Timexes t = Timexes.of("The city was hit again. January nineteen ninety-seven. Prices fell to the level of "
          + "the winter of nineteen ninety-four.", "1998-02-27");
      assertThat(t.value("January nineteen ninety-seven")).isEqualTo("1997-01");
      assertThat(t.value("the winter of nineteen ninety-four")).isEqualTo("1994-WI");
      // a count followed by a unit is no year
      assertThat(Timexes.of("In March nineteen twenty-year-olds enlisted.", "1998-02-27").covered())
          .doesNotContain("March nineteen twenty");
    }
  }

  @Nested
  class DecadesCenturiesSeasonsQuarters {
    @Test
    void decadesAndCenturies() {
      Timexes t = Timexes.of("Famous in the 1980s, and in the '90s, they shaped the 20th century.", FRIDAY);
      assertThat(t.value("the 1980s")).isEqualTo("198");
      assertThat(t.value("the '90s")).isEqualTo("199");
      assertThat(Timexes.of("Prices rose in the mid-2000s.", FRIDAY).value("the mid-2000s")).isEqualTo("200");
      assertThat(Timexes.of("It was built in the 1900s.", FRIDAY).value("the 1900s")).isEqualTo("19");
      assertThat(t.value("the 20th century")).isEqualTo("19");
    }

    @Test
    void modifiedDecade() {
      TimexMention mid = Timexes.of("It began in the mid-1990s.", FRIDAY).get("the mid-1990s");
      assertThat(mid.value()).isEqualTo("199");
      assertThat(mid.mod()).isEqualTo("MID");
    }

    @Test
    void seasons() {
      Timexes t = Timexes.of("Prices rose last summer and will fall in the spring; summer 2020 was worse.", FRIDAY);
      assertThat(t.value("last summer")).isEqualTo("2021-SU");
      assertThat(t.value("the spring")).isEqualTo("2022-SP");
      assertThat(t.value("summer 2020")).isEqualTo("2020-SU");
    }

    @Test
    void quartersAndFiscalYears() {
      Timexes t = Timexes.of("Profit fell in the third quarter. Q2 2021 was better. In fiscal 2021 sales rose.", FRIDAY);
      assertThat(t.value("the third quarter")).isEqualTo("2021-Q3");
      assertThat(t.value("Q2 2021")).isEqualTo("2021-Q2");
      assertThat(t.value("fiscal 2021")).isEqualTo("2021");
    }

    @Test
    void yearEarlierPeriodFollowsTheTopicQuarter() {
      Timexes t = Timexes.of("Net rose in the third quarter of 2021 from $4 million a year earlier.", FRIDAY);
      assertThat(t.value("the third quarter of 2021")).isEqualTo("2021-Q3");
      assertThat(t.value("a year earlier")).isEqualTo("2020-Q3");
    }
  }

  @Nested
  class RelativeUnits {
    @Test
    void lastThisNext() {
      Timexes t = Timexes.of("Sales fell last month, rose this week and will grow next year.", FRIDAY);
      assertThat(t.value("last month")).isEqualTo("2021-12");
      assertThat(t.value("this week")).isEqualTo("2022-W01");
      assertThat(t.value("next year")).isEqualTo("2023");
    }

    @Test
    void aCapitalizedThisWeekInsideASentenceIsATitle() {
      Timexes.of("Baker said on ABC's This Week With David Brinkley that talks failed.", FRIDAY).assertNone();
      assertThat(Timexes.of("This week, talks failed.", FRIDAY).value("This week")).isEqualTo("2022-W01");
      assertThat(Timexes.of("Talks Resume Next Week In Geneva", FRIDAY).value("Next Week")).isEqualTo("2022-W02");
    }

    @Test
    void aSeasonOfARelativeYear() {
      Timexes t = Timexes.of("It ends in the spring of next year, after the summer of last year.", FRIDAY);
      assertThat(t.value("the spring of next year")).isEqualTo("2023-SP");
      assertThat(t.value("the summer of last year")).isEqualTo("2021-SU");
    }

    @Test
    void midyearIsTheMiddleOfTheDctYear() {
      Timexes t = Timexes.of("A decision is expected by midyear, and results at mid-year.", FRIDAY);
      assertThat(t.value("midyear")).isEqualTo("2022");
      assertThat(t.get("midyear").mod()).isEqualTo("MID");
      assertThat(t.value("mid-year")).isEqualTo("2022");
    }

    @Test
    void theWeekOfADayIsThatDaysWeek() {
      Timexes t = Timexes.of("A hearing is set for the week of March 6, and talks began the week of Jan. 3, 1999.", "2000-02-24");
      assertThat(t.value("the week of March 6")).isEqualTo("2000-W10");
      assertThat(t.value("the week of Jan. 3, 1999")).isEqualTo("1998-W53");
    }

    @Test
    void unitsFromNowCountForwardFromTheDct() {
      Timexes t = Timexes.of("Two weeks from now the vote takes place, and a year from today it ends.", FRIDAY);
      assertThat(t.value("Two weeks from now")).isEqualTo("2022-W03");
      assertThat(t.value("a year from today")).isEqualTo("2023");
    }

    @Test
    void aLengthCountedFromNowIsAPointNotADuration() {
      Timexes t = Timexes.of("He will retire a decade from now; the plant opens two years hence.", FRIDAY);
      assertThat(t.get("a decade from now").type()).isEqualTo("DATE");
      assertThat(t.value("a decade from now")).isEqualTo("203");
      assertThat(t.value("two years hence")).isEqualTo("2024");
      assertThat(t.get("two years hence").anchorSource()).isEqualTo("DCT");
      // without a document date the point is unknown, never today's
      assertThat(Timexes.of("The plant opens two years hence.", null).value("two years hence")).isEqualTo("XXXX");
    }

    @Test
    void theNextMorningAndThatNightBelongToTheNarratedDay() {
      Timexes t = Timexes.of("The court heard him on Feb. 22. He appeared again the next morning. "
          + "That night his family prayed.", "2000-02-24");
      assertThat(t.value("the next morning")).isEqualTo("2000-02-23TMO");
      // the next morning is now the narrated day
      assertThat(t.value("That night")).isEqualTo("2000-02-23TNI");
      assertThat(Timexes.of("Gunmen attacked on Tuesday. That night, police arrived.", "2000-02-24")
          .value("That night")).isEqualTo("2000-02-22TNI");
      Timexes alone = Timexes.of("He appeared in court the next morning.", "2000-02-24");
      assertThat(alone.value("the next morning")).isEqualTo("XXXX-XX-XXTMO");
      assertThat(alone.get("the next morning").anchorSource()).isEqualTo("UNRESOLVED");
      // "said that morning ..." is a conjunction
      assertThat(Timexes.of("Police said that morning patrols would resume.", "2000-02-24").covered()).isEmpty();
    }

    @Test
    void agoUsesTheUnitGranularity() {
      Timexes t = Timexes.of("He left two years ago; she came three months ago and we met five days ago.", FRIDAY);
      assertThat(t.value("two years ago")).isEqualTo("2020");
      assertThat(t.value("three months ago")).isEqualTo("2021-10");
      assertThat(t.value("five days ago")).isEqualTo("2022-01-02");
    }

    @Test
    void modifiers() {
      Timexes t = Timexes.of("Troops left early last month, about two years ago, by the end of the year.", FRIDAY);
      assertThat(t.get("early last month").mod()).isEqualTo("START");
      assertThat(t.value("early last month")).isEqualTo("2021-12");
      assertThat(t.get("about two years ago").mod()).isEqualTo("APPROX");
      assertThat(t.get("the end of the year").mod()).isEqualTo("END");
      assertThat(t.value("the end of the year")).isEqualTo("2022");
    }

    @Test
    void weekend() {
      assertThat(Timexes.of("Protests grew over the weekend.", "2022-01-10").value("the weekend")).isEqualTo("2022-W01-WE");
    }
  }

  @Nested
  class References {
    @Test
    void presentPastFuture() {
      Timexes t = Timexes.of("Now the army, which recently withdrew, plans for the future.", FRIDAY);
      assertThat(t.value("Now")).isEqualTo("PRESENT_REF");
      assertThat(t.value("recently")).isEqualTo("PAST_REF");
      assertThat(t.value("the future")).isEqualTo("FUTURE_REF");
    }

    @Test
    void todayAndTomorrowAsAnAgeAreNoDays() {
      Timexes.of("It runs on many of today's computers, built for the people of tomorrow.", FRIDAY).assertNone();
      Timexes t = Timexes.of("Shares rose after yesterday's report and before today's vote.", FRIDAY);
      assertThat(t.value("yesterday")).isEqualTo("2022-01-06");
      assertThat(t.value("today")).isEqualTo("2022-01-07");
    }

    @Test
    void nearAndShortTermLieAhead() {
      Timexes t = Timexes.of("Prices may slip in the near term, and in the short term the plan helps.", FRIDAY);
      assertThat(t.value("the near term")).isEqualTo("FUTURE_REF");
      assertThat(t.value("the short term")).isEqualTo("FUTURE_REF");
    }
  }

  @Nested
  class NarrativeDays {
    @Test
    void theDayBeforeANamedDayIsOneExpressionAnchoredOnIt() {
      Timexes t = Timexes.of("The day before last Tuesday's hearing, he went to Washington.", "2022-01-13");
      assertThat(t.value("The day before last Tuesday")).isEqualTo("2022-01-10");
    }

    @Test
    void thePreviousWeekdayIsTheOneBeforeTheNarratedDay() {
      Timexes t = Timexes.of("Shares closed lower on Dec. 31, 2021, down 4% from the previous Friday.", FRIDAY);
      assertThat(t.value("the previous Friday")).isEqualTo("2021-12-24");
      assertThat(Timexes.of("Prices fell 2% from the previous Friday.", FRIDAY).value("the previous Friday"))
          .isEqualTo("2021-12-31");
    }

    @Test
    void laterInTheUnitIsTheUnitOfTheDctOrTheNarratedDay() {
      Timexes t = Timexes.of("Sales were delayed earlier in the year by rains.", FRIDAY);
      assertThat(t.value("earlier in the year")).isEqualTo("2022");
      Timexes day = Timexes.of("He arrived on Tuesday. Later in the day he left.", FRIDAY);
      assertThat(day.value("Later in the day")).isEqualTo("2022-01-04");
    }

    @Test
    void theDayBeforeAnEventInAppositionIsTheDayNamed() {
      Timexes t = Timexes.of("Eight days after Oct. 12, the day before the market plunge, prices rose.", FRIDAY);
      assertThat(t.value("the day before")).isEqualTo("2021-10-12");
      Timexes plain = Timexes.of("He left on Oct. 12. He had called the day before.", FRIDAY);
      assertThat(plain.value("the day before")).isEqualTo("2021-10-11");
    }

    @Test
    void thatDayPointsBackToTheLastDayHoweverFar() {
      String text = "The attack came on March 3, 2021. Many were hurt. Police came. Roads closed. Shops shut. "
          + "His name was removed that same day.";
      assertThat(Timexes.of(text, FRIDAY).value("that same day")).isEqualTo("2021-03-03");
    }

    @Test
    void thatDayAfterAMonthIsADayOfThatMonth() {
      String text = "He was killed last October. Officials said little. The site changed. Police came. "
          + "His name was crossed out that same day.";
      assertThat(Timexes.of(text, FRIDAY).value("that same day")).isEqualTo("2021-10-XX");
    }
  }

  @Nested
  class Times {
    @Test
    void clockTimesWithZonesAndDays() {
      Timexes t = Timexes.of("Rockets hit around 1:30 a.m. in Iraq (2230 GMT Tuesday).", "2022-01-05");
      assertThat(t.value("around 1:30 a.m.")).isEqualTo("2022-01-05T01:30");
      assertThat(t.get("around 1:30 a.m.").type()).isEqualTo("TIME");
      assertThat(t.value("2230 GMT Tuesday")).isEqualTo("2022-01-04T22:30");
    }

    @Test
    void partsOfDay() {
      Timexes t = Timexes.of("Forces were targeted this morning after a raid last night and Monday evening.", FRIDAY);
      assertThat(t.value("this morning")).isEqualTo("2022-01-07TMO");
      assertThat(t.value("last night")).isEqualTo("2022-01-06TNI");
      assertThat(t.value("Monday evening")).isEqualTo("2022-01-03TEV");
    }

    @Test
    void localTimeBetweenClockAndDay() {
      Timexes t = Timexes.of("The quake struck at 2:46 p.m. local time Friday.", "2013-03-14");
      assertThat(t.value("2:46 p.m. local time Friday")).isEqualTo("2013-03-08T14:46");
    }

    @Test
    void shortZoneNamesAfterAClockTime() {
      Timexes t = Timexes.of("Polls close at 8 p.m. ET on Tuesday.", FRIDAY);
      assertThat(t.covered()).containsExactly("8 p.m. ET on Tuesday");
    }

    @Test
    void noonAndPm() {
      Timexes t = Timexes.of("The deadline passed at 5 p.m. Wednesday and the vote is at noon.", FRIDAY);
      assertThat(t.value("5 p.m. Wednesday")).isEqualTo("2022-01-05T17:00");
      assertThat(t.value("noon")).isEqualTo("2022-01-07T12:00");
    }

    @Test
    void aFurtherDayOfTheMonthJustNamed() {
      Timexes t = Timexes.of("The summit is on April 24 and 25. He met 3 and 4 people on May 2 and 5 others.", "2022-04-10");
      assertThat(t.value("April 24")).isEqualTo("2022-04-24");
      assertThat(t.value("25")).isEqualTo("2022-04-25");
      assertThat(t.covered()).containsExactly("April 24", "25", "May 2");
    }

    @Test
    void highNoonIsNoClockTime() {
      Timexes.of("For the people of Poland, high noon has come.", FRIDAY).assertNone();
    }
  }

  @Nested
  class Durations {
    @Test
    void countedUnits() {
      Timexes t = Timexes.of("After five years, a two-year plan, a 16-hour shift and two and a half years of talks.", FRIDAY);
      assertThat(t.value("five years")).isEqualTo("P5Y");
      assertThat(t.get("five years").type()).isEqualTo("DURATION");
      assertThat(t.value("two-year")).isEqualTo("P2Y");
      assertThat(t.value("16-hour")).isEqualTo("PT16H");
      assertThat(t.value("two and a half years")).isEqualTo("P2Y6M");
    }

    @Test
    void vagueAndPastPeriods() {
      Timexes t = Timexes.of("Stocks fell in the past two months after several weeks of gains.", FRIDAY);
      assertThat(t.value("the past two months")).isEqualTo("P2M");
      assertThat(t.value("several weeks")).isEqualTo("PXW");
      Timexes coming = Timexes.of("Talks go on in the coming days after the past weeks and recent months.", FRIDAY);
      assertThat(coming.value("the coming days")).isEqualTo("PXD");
      assertThat(coming.value("the past weeks")).isEqualTo("PXW");
      assertThat(coming.value("recent months")).isEqualTo("PXM");
    }

    @Test
    void agesAreNotDurations() {
      Timexes.of("A 6-year-old boy was found.", FRIDAY).assertNone();
      Timexes.of("Mr. Reupke, 52 years old, had resigned.", FRIDAY).assertNone();
      Timexes.of("Employees 55 years old or older may retire.", FRIDAY).assertNone();
    }

    @Test
    void theVerbLastIsNotPartOfTheDuration() {
      Timexes t = Timexes.of("The strike would last two weeks; in the last two weeks, prices fell.", FRIDAY);
      assertThat(t.covered()).containsExactly("two weeks", "the last two weeks");
    }

    @Test
    void unitAndAHalf() {
      Timexes t = Timexes.of("A minute and a half later, and an hour and a half after that, a year and a half on.", FRIDAY);
      assertThat(t.value("A minute and a half")).isEqualTo("PT1M30S");
      assertThat(t.value("an hour and a half")).isEqualTo("PT1H30M");
      assertThat(t.value("a year and a half")).isEqualTo("P1Y6M");
    }
  }

  @Nested
  class Sets {
    @Test
    void frequencies() {
      Timexes t = Timexes.of("Patrols run every two weeks, reports come out weekly, audits twice a year and prayers every Monday.", FRIDAY);
      assertThat(t.value("every two weeks")).isEqualTo("P2W");
      assertThat(t.get("every two weeks").type()).isEqualTo("SET");
      assertThat(t.get("every two weeks").quant()).isEqualTo("EVERY");
      assertThat(t.value("weekly")).isEqualTo("P1W");
      assertThat(t.value("twice a year")).isEqualTo("P1Y");
      assertThat(t.get("twice a year").freq()).isEqualTo("2X");
      assertThat(t.value("every Monday")).isEqualTo("XXXX-WXX-1");
    }

    @Test
    void everySeason() {
      Timexes t = Timexes.of("The meeting is held each spring.", FRIDAY);
      assertThat(t.value("each spring")).isEqualTo("XXXX-SP");
      assertThat(t.get("each spring").type()).isEqualTo("SET");
    }

    @Test
    void ratePerUnitAfterAnAmount() {
      assertThat(Timexes.of("It costs $5 million a year.", FRIDAY).get("a year").type()).isEqualTo("SET");
    }
  }

  @Nested
  class NarrativeAnchoring {
    @Test
    void theNextUnitInAFutureClauseCountsFromTheDct() {
      Timexes t = Timexes.of("He left in 1980. Plants will be closed over the next year, and prices will rise over the next month.",
          "1989-10-30");
      assertThat(t.value("the next year")).isEqualTo("1990");
      assertThat(t.value("the next month")).isEqualTo("1989-11");
      Timexes past = Timexes.of("He left on March 3, 1980. The next month, he returned.", "1989-10-30");
      assertThat(past.value("The next month")).isEqualTo("1980-04");
    }

    @Test
    void aYearDoesNotAnchorAnOffsetInDays() {
      Timexes t = Timexes.of("He ruled from 2001 to 2009. On March 12 he left. Two days later it was over.", "2013-03-14");
      assertThat(t.value("Two days later")).isEqualTo("P2D");
      assertThat(t.get("Two days later").type()).isEqualTo("DURATION");
    }

    @Test
    void offsetFromTheLastExplicitDate() {
      Timexes t = Timexes.of("The strike on Jan. 3, 2020, killed him. Five days after his killing, Iran fired missiles.", FRIDAY);
      TimexMention five = t.get("Five days after");
      assertThat(five.value()).isEqualTo("2020-01-08");
      assertThat(five.anchorSource()).isEqualTo("CONTEXT");
      assertThat(five.anchor()).isEqualTo("2020-01-03");
    }

    @Test
    void nextDayFromTheLastDate() {
      Timexes t = Timexes.of("Talks opened on March 3, 2021. The next day they collapsed.", FRIDAY);
      assertThat(t.value("The next day")).isEqualTo("2021-03-04");
    }

    @Test
    void withoutAConfidentAnchorTheValueStaysUnderspecified() {
      TimexMention next = Timexes.of("The next day they collapsed.", FRIDAY).get("The next day");
      assertThat(next.value()).isEqualTo("XXXX-XX-XX");
      assertThat(next.anchorSource()).isEqualTo("UNRESOLVED");
      TimexMention after = Timexes.of("Two days after the attack, lawmakers voted.", FRIDAY).get("Two days after");
      assertThat(after.type()).isEqualTo("DURATION");
      assertThat(after.value()).isEqualTo("P2D");
    }
  }

  @Nested
  class Anniversaries {
    @Test
    void resolvedFromTheEventDateWrittenLater() {
      Timexes t = Timexes.of("Crowds marked the second anniversary of the killing. The strike on Jan. 3, 2020, killed him.", FRIDAY);
      TimexMention anniversary = t.get("the second anniversary");
      assertThat(anniversary.value()).isEqualTo("2022-01-03");
      assertThat(anniversary.anchor()).isEqualTo("2020-01-03");
      assertThat(anniversary.anchorSource()).isEqualTo("CONTEXT");
    }

    @Test
    void notAnnotatedWithoutAPlausibleEventDate() {
      assertThat(Timexes.of("Crowds marked the tenth anniversary of the war.", FRIDAY).mentions).isEmpty();
    }
  }

  @Nested
  class WithoutDocumentDate {
    @Test
    void relativeValuesStayUnresolved() {
      Timexes t = Timexes.of("Yesterday the base was hit, as it was last year and on Saturday. Jan. 3, 2020 was different.", null);
      assertThat(t.value("Yesterday")).isEqualTo("XXXX-XX-XX");
      assertThat(t.get("Yesterday").anchorSource()).isEqualTo("UNRESOLVED");
      assertThat(t.value("last year")).isEqualTo("XXXX");
      assertThat(t.value("Saturday")).isEqualTo("XXXX-WXX-6");
      assertThat(t.value("Jan. 3, 2020")).isEqualTo("2020-01-03");
    }

    @Test
    void dateWithoutYearKeepsMonthAndDay() {
      assertThat(Timexes.of("Already on April 8, two drones hit.", null).value("April 8")).isEqualTo("XXXX-04-08");
    }
  }
}
