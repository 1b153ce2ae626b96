"""Recognising and understanding dates as news pages write them."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from hypothesis import given

from newsparse import DateValue, parse_date
from newsparse.dates import DATE_SEARCH, STYLES, Style, date_from_match, format_date
from newsparse.testing.strategies import date_values

UTC = dt.timezone.utc


#: Date forms in English.
ENGLISH_FORMS: list[tuple[str, dt.date, str]] = [
    ("Wed Nov 05 2025", dt.date(2025, 11, 5), "day"),
    ("November 5, 2025", dt.date(2025, 11, 5), "day"),
    ("Nov. 5, 2025", dt.date(2025, 11, 5), "day"),
    ("5 November 2025", dt.date(2025, 11, 5), "day"),
    ("5th of November, 2025", dt.date(2025, 11, 5), "day"),
    ("Wednesday, 5 November 2025", dt.date(2025, 11, 5), "day"),
    ("2025-11-05", dt.date(2025, 11, 5), "day"),
    ("11/19/2019", dt.date(2019, 11, 19), "day"),
    ("19/11/2019", dt.date(2019, 11, 19), "day"),
    ("19.11.2019", dt.date(2019, 11, 19), "day"),
    ("19.11.19", dt.date(2019, 11, 19), "day"),
    ("19.11.19, 14:03 Uhr", dt.datetime(2019, 11, 19, 14, 3), "minute"),
    ("11.19.19", dt.date(2019, 11, 19), "day"),
    ("01.21.2020 07:00 AM", dt.datetime(2020, 1, 21, 7, 0), "minute"),
    ("2019.11.19", dt.date(2019, 11, 19), "day"),
    ("2019/11/19", dt.date(2019, 11, 19), "day"),
    ("2025-11-05T10:30:00Z", dt.datetime(2025, 11, 5, 10, 30, tzinfo=UTC), "second"),
    ("2025-11-05 10:30 UTC", dt.datetime(2025, 11, 5, 10, 30, tzinfo=UTC), "minute"),
    ("November 19, 2019 at 8:59 pm", dt.datetime(2019, 11, 19, 20, 59), "minute"),
    ("September 23rd, 2022", dt.date(2022, 9, 23), "day"),
    ("Sep 23 rd, 2022 4:10 pm", dt.datetime(2022, 9, 23, 16, 10), "minute"),  # raised "rd" apart
    ("Sep 23 , 2022", dt.date(2022, 9, 23), "day"),  # a space before the comma (inscriptis)
    ("Sept. 23, 2022", dt.date(2022, 9, 23), "day"),
    ("23/09/2022", dt.date(2022, 9, 23), "day"),
    ("12-Nov-2019", dt.date(2019, 11, 12), "day"),
    ("23-09-2022", dt.date(2022, 9, 23), "day"),
    ("Nov 5, 2025 12 pm", dt.datetime(2025, 11, 5, 12, 0), "hour"),
    ("Sep 9, 2021 @ 3:27 pm", dt.datetime(2021, 9, 9, 15, 27), "minute"),
    ("Mar 4th '16", dt.date(2016, 3, 4), "day"),  # a two-digit year behind an apostrophe
    ("4 Mar ’16 at 9:05am", dt.datetime(2016, 3, 4, 9, 5), "minute"),
    ("Dec 30, '98", dt.date(1998, 12, 30), "day"),
    ("02/02/2022", dt.date(2022, 2, 2), "day"),  # day and month the same: no ambiguity
    ("Nov 5, 2025 12:15 a.m.", dt.datetime(2025, 11, 5, 0, 15), "minute"),
    ("5 November 2025 14.05 GMT", dt.datetime(2025, 11, 5, 14, 5, tzinfo=UTC), "minute"),
    (
        "Wed Nov 05 2025 10:30:00 GMT+0500 (Pakistan Standard Time)",
        dt.datetime(2025, 11, 5, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=5))),
        "second",
    ),
    (
        "2025-11-05 10:30:00+05:30",
        dt.datetime(2025, 11, 5, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=5.5))),
        "second",
    ),
]

#: Day-first dates with the month named in German, French, Spanish, Italian, Portuguese or Dutch.
OTHER_LANGUAGE_FORMS: list[tuple[str, dt.date, str]] = [
    ("3. März 2020", dt.date(2020, 3, 3), "day"),
    ("Dienstag, 3. März 2020", dt.date(2020, 3, 3), "day"),
    ("3. März 2020 um 14:05 Uhr", dt.datetime(2020, 3, 3, 14, 5), "minute"),
    ("19.11.2019, 14:03 Uhr", dt.datetime(2019, 11, 19, 14, 3), "minute"),
    ("3. Okt. 2020", dt.date(2020, 10, 3), "day"),
    ("23. September 2022 um 14:00", dt.datetime(2022, 9, 23, 14, 0), "minute"),
    ("17 / Dezember / 2021", dt.date(2021, 12, 17), "day"),
    ("3 mars 2020", dt.date(2020, 3, 3), "day"),
    ("mardi 3 mars 2020", dt.date(2020, 3, 3), "day"),
    ("3 mars 2020 à 14h05", dt.datetime(2020, 3, 3, 14, 5), "minute"),
    ("3 mars 2020 à 14 h 05", dt.datetime(2020, 3, 3, 14, 5), "minute"),
    ("20 août 2021", dt.date(2021, 8, 20), "day"),
    ("3 févr. 2020", dt.date(2020, 2, 3), "day"),
    ("3 de marzo de 2020", dt.date(2020, 3, 3), "day"),
    ("23 de septiembre de 2022", dt.date(2022, 9, 23), "day"),
    ("martes, 3 de marzo de 2020", dt.date(2020, 3, 3), "day"),
    ("3 de marzo de 2020 a las 10:30", dt.datetime(2020, 3, 3, 10, 30), "minute"),
    ("3 marzo 2020", dt.date(2020, 3, 3), "day"),
    ("martedì 3 marzo 2020", dt.date(2020, 3, 3), "day"),
    ("3 marzo 2020 alle 14:05", dt.datetime(2020, 3, 3, 14, 5), "minute"),
    ("3 de março de 2020", dt.date(2020, 3, 3), "day"),
    ("terça-feira, 3 de março de 2020", dt.date(2020, 3, 3), "day"),
    ("3 de março de 2020 às 14:05", dt.datetime(2020, 3, 3, 14, 5), "minute"),
    ("3 maart 2020", dt.date(2020, 3, 3), "day"),
    ("dinsdag 3 maart 2020", dt.date(2020, 3, 3), "day"),
    ("3 mrt. 2020", dt.date(2020, 3, 3), "day"),
    ("3 maart 2020 om 14:05", dt.datetime(2020, 3, 3, 14, 5), "minute"),
]


@pytest.mark.parametrize(("text", "value", "precision"), ENGLISH_FORMS + OTHER_LANGUAGE_FORMS)
def test_date_forms(text: str, value: dt.date, precision: str) -> None:
    """Each common form in any language gives the date, time and zone, and the precision."""
    parsed = parse_date(text)
    assert parsed is not None
    assert parsed.value == value
    assert type(parsed.value) is type(value)
    assert parsed.precision == precision
    assert parsed.text == text


def test_eastern_time_follows_daylight_saving() -> None:
    """'ET' is New York time: UTC-4 in summer, UTC-5 in winter."""
    summer = parse_date("July 4, 2024 9:00 am ET")
    winter = parse_date("Jan. 4, 2024 9:00 am ET")
    assert summer is not None
    assert winter is not None
    assert isinstance(summer.value, dt.datetime)
    assert isinstance(winter.value, dt.datetime)
    assert summer.value.tzinfo == zoneinfo.ZoneInfo("America/New_York")
    assert summer.value.utcoffset() == dt.timedelta(hours=-4)
    assert winter.value.utcoffset() == dt.timedelta(hours=-5)


@pytest.mark.parametrize(
    "text",
    [
        "05/11/2025",  # 5 November or May 11: ambiguous, so no date
        "05.11.25",  # likewise: Berlin writes it day first, Boston month first
        "3.10.12",  # a version number: dotted dates pad their numbers
        "2019.11.19.4",
        "Nov 31, 2025",
        "2025-02-30",
        "13:75 Nov 5, 2025",
        "March 2025",
        "in March",
        "Nov 5",
        "20251105",
        "7. - 13. März 2023",  # the end of a range of days
        "14.–20. Januar 2022",
        "1-2-3-2020",
        "11-19-19",  # hyphens only with a four-digit year
        "Mar 4 '2016",  # an apostrophe cuts a year to two digits, not four
        "03/04/'16",  # and only after a month's name
        "Nov 5, 2025 25:00",
        "Nov 5, 2025 13 pm",
        "Sep 23 stations 2022",  # ordinal letters apart only as a whole word
        "x" * 500,
    ],
)
def test_not_dates(text: str) -> None:
    """Ambiguous, impossible or partial dates give None, not a guess."""
    assert parse_date(text) is None


@pytest.mark.parametrize("style", STYLES)
def test_format_then_parse_gives_the_date_back(style: Style) -> None:
    """Every style format_date writes is read back by parse_date."""
    value = dt.datetime(2024, 2, 29, 23, 5, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    parsed = parse_date(format_date(value, style))
    assert parsed is not None
    assert parsed.value == value


@given(date_values())
def test_generated_dates_round_trip(value: DateValue) -> None:
    """Dates written in any style, with or without time and zone, parse to the same value."""
    assert parse_date(value.text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("05/11/2025", dt.date(2025, 11, 5)),
        ("05.11.25", dt.date(2025, 11, 5)),
        ("03/05/2022 20:36", dt.datetime(2022, 5, 3, 20, 36)),
        ("11/19/2019", dt.date(2019, 11, 19)),  # the day cannot be the month: still read
    ],
)
def test_day_first_reads_ambiguous_numeric_dates(text: str, value: dt.date) -> None:
    """In a language that writes the day first, an ambiguous numeric date is day first."""
    assert parse_date(text) is None or value == dt.date(2019, 11, 19)
    parsed = parse_date(text, day_first=True)
    assert parsed is not None
    assert parsed.value == value


def test_date_after_a_time_and_a_dash_is_a_date() -> None:
    """A time, a dash and a date is no range: the date is read ("14:30 - 3. März 2020")."""
    found = [match.group("date") for match in DATE_SEARCH.finditer("14:30 - 3. März 2020")]
    assert found == ["3. März 2020"]


def test_hyphenated_numeric_date_needs_the_language_when_ambiguous() -> None:
    """'03-05-2022' is 3 May where dates are written day first, and no date without that."""
    assert parse_date("03-05-2022") is None
    day_first = parse_date("03-05-2022", day_first=True)
    assert day_first is not None
    assert day_first.value == dt.date(2022, 5, 3)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a page's two dates (published, updated) copied out with nothing between them
        ("5. März 20215. März 2021", ["5. März 2021", "5. März 2021"]),
        ("28. Juni 201914. Januar 2020 | Ana Lima", ["28. Juni 2019", "14. Januar 2020"]),
        ("08.06.202308.06.2023", ["08.06.2023", "08.06.2023"]),
        ("Published Wed, Mar 3 20217:15 PM ESTUpdated", ["Wed, Mar 3 20217:15 PM"]),
        # a day is not the end of a number: "2017 Oktober 2017" is no "17 Oktober 2017"
        ("Archiv: September 2017 Oktober 2017 November 2017", []),
        ("Lot 12019.11.2019", []),
    ],
)
def test_dates_run_together_and_days_inside_numbers(text: str, found: list[str]) -> None:
    """A date glued to the year of the date before it is read; a day inside a number is not."""
    dates = [
        match.group("date")
        for match in DATE_SEARCH.finditer(text)
        if date_from_match(match, match.group("date")) is not None
    ]
    assert dates == found


def test_glued_time_after_a_year() -> None:
    """A time run into the year is the date's time ("Mar 3 20217:15 PM")."""
    [match] = DATE_SEARCH.finditer("Mar 3 20217:15 PM")
    assert match.group("year") == "2021"
    assert match.group("hour") == "7"
