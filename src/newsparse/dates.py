"""Dates as news pages write them.

They are recognised with one pattern, understood into :class:`~newsparse.models.DateValue`,
and written back out for rendering.

Forms: ``Wed Nov 05 2025``, ``November 5, 2025``, ``Dec 21 st, 2018``, ``Nov. 19, 2019 8:03 am ET``,
``5 November 2025 10:30 GMT``, ``2025-11-05T10:30:00Z``, ``11/19/2019`` and ``11/18/19``
(only where the day cannot be the month), ``19.11.2019, 14:03 Uhr``, ``19.11.19``,
``2019.11.19``, ``12-Nov-2019``, ``23-09-2022`` (as the slashed ones),
``3. März 2020``, ``17 / Dezember / 2021``,
``3 mars 2020 à 14h05``, ``3 de marzo de 2020``, ``1º de março de 2020``, with month and
weekday names of English, German, French, Spanish, Italian, Portuguese and Dutch (from CLDR).

>>> parse_date("Nov. 19, 2019 8:03 am ET").value
datetime.datetime(2019, 11, 19, 8, 3, tzinfo=zoneinfo.ZoneInfo(key='America/New_York'))
>>> parse_date("Wed Nov 05 2025")
DateValue(text='Wed Nov 05 2025', value=datetime.date(2025, 11, 5), precision='day')
>>> parse_date("05/11/2025") is None  # 5 November or May 11? Precision first: no date.
True
>>> parse_date("7. - 13. März 2023") is None  # a range of days: no one date
True
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable
from typing import Final, Literal

import regex

from newsparse.models import DateValue, Precision
from newsparse.vocab import months_cldr
from newsparse.vocab.months import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    WEEKDAY_ABBREVIATIONS,
)
from newsparse.vocab.months import MONTHS as ENGLISH_MONTHS
from newsparse.vocab.months import WEEKDAYS as ENGLISH_WEEKDAYS
from newsparse.vocab.timezones import TIMEZONES


def _alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(str(word)) for word in sorted(words, key=len, reverse=True))


#: Every month spelling newsparse reads (English, and the CLDR names of the other languages).
MONTHS: Final[dict[str, int]] = {**months_cldr.MONTHS, **ENGLISH_MONTHS}
WEEKDAYS: Final[frozenset[str]] = months_cldr.WEEKDAYS | frozenset(ENGLISH_WEEKDAYS)

_MONTH = rf"(?<![\p{{L}}])(?:{_alternation(MONTHS)})(?![\p{{L}}])\.?"
_WEEKDAY = rf"(?<![\p{{L}}])(?:{_alternation(WEEKDAYS)})(?![\p{{L}}])\.?,?"
_ZONE_NAMES = _alternation([name for name in TIMEZONES if name != "Z"])

_TIME = r"""
    (?: (?P<hour>2[0-3]|[01]?\d) (?:[:.]|\s?h\s?) (?P<minute>[0-5]\d)
        (?: [:.] (?P<second>[0-5]\d) (?:\.\d{1,9})? )?
        (?: \s? (?P<ampm>[ap]\.?\s?m\b\.?) | \s? (?:uhr|hrs|h)\b )?
      | (?P<hour>1[0-2]|0?[1-9]) \s? (?P<ampm>[ap]\.?\s?m\b\.?)
    ) (?!\.?\d)
"""
_ZONE = rf"""
    (?P<zone>
        (?:UTC|GMT) \s? (?P<zsign>[+-]) \s? (?P<zh>\d{{1,2}}) (?: :? (?P<zm>\d{{2}}) )?
      | (?P<zsign>[+-]) (?P<zh>\d{{2}}) :? (?P<zm>\d{{2}})
      | (?P<zutc>Z) (?![\p{{L}}])
      | (?P<zabbr>{_ZONE_NAMES}) (?![\p{{L}}])
      | \( (?P<zabbr>{_ZONE_NAMES}) \)
    )
    (?: \s? \( [\p{{L}} ]{{3,40}} \) )?
"""
#: Words between a date and its time: "at 10:30", "um 10:30 Uhr", "à 10h30", "às 10:30".
_AT = r"(?: \b(?:at|um|à|a\s+las|a\s+la|às|alle|ore|om|kl\.?)\b | @ )"
#: A day; an English ordinal's letters may stand apart from it, as copied out of a page that set
#: them raised ("Dec 21 st, 2018").
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9]) (?!\d) (?:\s?(?:st|nd|rd|th)(?![\p{L}])|er|re|º|°|ª)?"
#: Between a day, a month's name and the year: space, or a slash or hyphen ("29-Dec-2022").
_NAME_SEP = r"(?: \s*[-/]\s* )"
#: A year, whole; the next date or time may follow it unspaced, as text copied out of a page
#: runs two elements together ("5. März 20215. März 2021", "Mar 3 20217:15 PM").
_YEAR = r"(?<!\d) (?P<year>1[89]\d\d|2[01]\d\d) (?: (?!\d) | (?=\d{1,2}(?:\.\s?\p{L}|[.:/]\d)) )"
#: After a month's name, a year may be cut to two digits behind an apostrophe ("Nov 6th '12").
_NAMED_YEAR = rf"(?: {_YEAR} | ['’] (?P<yshort>\d\d) (?!\d) )"

#: The date grammar as a verbose ``regex`` fragment with named groups (``year``, ``month``,
#: ``day``, ``hour``, ``minute``, ``second``, ``ampm``, ``zone``...). Compile with
#: ``regex.VERBOSE | regex.IGNORECASE``.
DATE_PATTERN: Final = rf"""
(?P<date>
  (?: {_WEEKDAY} \s* )?
  (?:
      (?P<iso> (?<![/\p{{N}}]) {_YEAR} (?P<isep>[-./]) (?P<nmonth>0[1-9]|1[0-2]) (?P=isep)
          {_DAY} (?![\d.]) )
      (?P<isotime> T (?P<hour>[01]\d|2[0-3]) : (?P<minute>[0-5]\d)
          (?: : (?P<second>[0-5]\d) (?:\.\d{{1,9}})? )?
          (?P<zone> (?P<zutc>Z) | (?P<zsign>[+-]) (?P<zh>\d{{2}}) :? (?P<zm>\d{{2}}) )?
      )?
    | (?: (?P<month>{_MONTH}) \s* {_DAY} (?: \s?, )? \s* {_NAMED_YEAR} )
    | (?: {_DAY}
          (?: \.? \s* (?:(?:of|de) \s+)? (?P<month>{_MONTH}) ,? \s* (?:(?:de|del) \s+)?
            | {_NAME_SEP} (?P<month>{_MONTH}) {_NAME_SEP} )
          {_NAMED_YEAR} )
    | (?: (?P<n1>\d{{1,2}}) (?P<nsep>[-/.]) (?P<n2>\d{{1,2}}) (?P=nsep)
          (?: {_YEAR} | (?P<year2>\d\d) (?![\d/.]|\.\d) ) )
  )
  (?(isotime) |
    (?: \s* (?:,|-|–|—|\||/)? \s* {_AT}? \s* {_TIME} (?: \s* {_ZONE} )? )?
  )
)
"""

_DATE: Final = regex.compile(rf"\A\s*{DATE_PATTERN}\s*\Z", regex.VERBOSE | regex.IGNORECASE)
#: :data:`DATE_PATTERN` compiled once, for finding dates inside a line.
DATE_SEARCH: Final = regex.compile(DATE_PATTERN, regex.VERBOSE | regex.IGNORECASE)


def parse_date(text: str, *, day_first: bool = False) -> DateValue | None:
    """Understand ``text`` as one date, or return ``None`` if it is not exactly one date.

    A numeric date that could be either day or month first ("05/11/2025") is read day first
    with ``day_first`` (the text is in a language that writes dates so, see
    :mod:`newsparse.language`), and not at all without it.

    >>> parse_date("Tuesday, 3 March 2020 at 14:05 GMT").value.isoformat()
    '2020-03-03T14:05:00+00:00'
    >>> parse_date("2019-11-19").precision
    'day'
    >>> parse_date("in March") is None
    True
    >>> parse_date("03/05/2022", day_first=True).value
    datetime.date(2022, 5, 3)
    """
    if len(text) > 120:
        return None
    match = _DATE.match(text)
    if match is None:
        return None
    return date_from_match(match, text.strip(), day_first=day_first)


def date_from_match(
    match: regex.Match[str], text: str, *, day_first: bool = False
) -> DateValue | None:
    """Build a :class:`DateValue` from a match of :data:`DATE_PATTERN`; ``None`` if invalid.

    ``text`` is what the value keeps as written; ``day_first`` as for :func:`parse_date`.
    """
    if _unlike_a_date(match):
        return None
    year = _year(match)
    if match.group("year2") is not None and not _two_digit_year_readable(
        match, day_first=day_first
    ):
        return None
    if match.group("n1") is not None:
        day_month = _numeric_day_month(
            int(match.group("n1")),
            int(match.group("n2")),
            dotted=match.group("nsep") == ".",
            day_first=day_first,
        )
        if day_month is None:
            return None
        day, month = day_month
    else:
        day = int(match.group("day"))
        month_text = match.group("month")
        if month_text is not None:
            month = MONTHS[month_text.rstrip(".").casefold()]
        else:
            month = int(match.group("nmonth"))
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if match.group("hour") is None:
        return DateValue(text=text, value=date, precision="day")
    hour = int(match.group("hour"))
    ampm = match.group("ampm")
    if ampm:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if ampm[0] in "pP" else 0)
    minute = int(match.group("minute") or 0)
    second = int(match.group("second") or 0)
    precision: Precision = (
        "second" if match.group("second") else "minute" if match.group("minute") else "hour"
    )
    stamp = dt.datetime(year, month, day, hour, minute, second)
    zone = _zone(match)
    if zone is not None:
        stamp = stamp.replace(tzinfo=zone)
    return DateValue(text=text, value=stamp, precision=precision)


def _unlike_a_date(match: regex.Match[str]) -> bool:
    """Whether what the grammar matched is no date, as the text around it shows.

    That is a date that starts inside a number ("2017 Oktober 2017" holds no "17 Oktober
    2017"; glued to a year it is one: "5. März 20215. März 2021"), the end of a range
    of days ("7. - 13. März 2023"; after a time, "14:30 - 3. März 2020" is a date), or
    hyphenated numbers that are not a date with a four-digit year ("1-2-3-2020", "11-19-19").
    These are checked here rather than in the pattern, where they would cost every position
    of every line searched.
    """
    start = match.start()
    if (
        start
        and match.string[start - 1].isdigit()
        and not _YEAR_BEFORE.search(match.string, max(0, start - 5), start)
    ):
        return True  # inside a number, not glued to a year
    if match.group("nsep") == "-":
        start = match.start("n1")
        return match.group("year2") is not None or (
            start > 0 and match.string[start - 1] in _HYPHEN_BEFORE
        )
    day = match.start("day")
    if day < 0 or match.group("month") is None or match.start("month") < day:
        return False
    return _RANGE_BEFORE.search(match.string, max(0, day - 8), day) is not None


_HYPHEN_BEFORE: Final = frozenset("0123456789-")
_YEAR_BEFORE: Final = regex.compile(r"(?<!\d)(?:1[89]|2[01])\d\d\Z")
_RANGE_BEFORE: Final = regex.compile(r"(?<!:\d)\d\.?\s?[-–—]\s?\Z")


def _two_digit_year_readable(match: regex.Match[str], *, day_first: bool) -> bool:
    """Whether a numeric date with a two-digit year can be read without guessing."""
    first, second = int(match.group("n1")), int(match.group("n2"))
    dotted = match.group("nsep") == "."
    if dotted and len(match.group("n1") + match.group("n2")) < 4:
        return False  # "3.10.12" is a version number; dotted dates pad: "03.10.12"
    # "11/03/17": 11 March in Berlin, 3 November in Boston; "20/12/25" may be year first
    return day_first or first <= 12 < second or (dotted and second <= 12 < first)


def _year(match: regex.Match[str]) -> int:
    """The year; a two-digit one ("11/18/19", "Nov 6 '12") is 2000-2069 or 1970-1999."""
    short_text = match.group("year2") or match.group("yshort")
    if short_text is not None:
        short = int(short_text)
        return 2000 + short if short < TWO_DIGIT_PIVOT else 1900 + short
    return int(match.group("year"))


#: Two-digit years below this are read as 20xx, the others as 19xx.
TWO_DIGIT_PIVOT: Final = 70


def _numeric_day_month(
    first: int, second: int, *, dotted: bool, day_first: bool
) -> tuple[int, int] | None:
    """Day and month of a numeric date, or ``None`` where it cannot be told.

    Dotted is day.month, as slashed is in a day-first language; otherwise slashed only where
    unambiguous. A date whose second number cannot be a month is month first ("01.21.2020").
    """
    if first == second or ((dotted or day_first) and not second > 12 >= first):
        return first, second
    if first > 12 >= second:
        return first, second
    if second > 12 >= first:
        return second, first
    return None


def _zone(match: regex.Match[str]) -> dt.tzinfo | None:
    if match.group("zone") is None:
        return None
    if match.group("zutc"):
        return dt.timezone.utc
    abbreviation = match.group("zabbr")
    if abbreviation:
        meaning = TIMEZONES[abbreviation.upper()]
        if isinstance(meaning, str):
            return zoneinfo.ZoneInfo(meaning)
        return dt.timezone(dt.timedelta(minutes=meaning)) if meaning else dt.timezone.utc
    sign = -1 if match.group("zsign") == "-" else 1
    minutes = int(match.group("zh")) * 60 + int(match.group("zm") or 0)
    if minutes >= 24 * 60:
        return None
    return dt.timezone(sign * dt.timedelta(minutes=minutes)) if minutes else dt.timezone.utc


Style = Literal["js", "long", "abbreviated", "day_first", "iso"]

#: Date styles :func:`format_date` writes, all read back by :func:`parse_date`.
STYLES: Final[tuple[Style, ...]] = ("js", "long", "abbreviated", "day_first", "iso")


def format_date(value: dt.date, style: Style = "long") -> str:
    """Write a date the way news pages do (for rendering articles in a layout).

    >>> import datetime as dt
    >>> [format_date(dt.date(2025, 11, 5), style) for style in STYLES]
    ['Wed Nov 05 2025', 'November 5, 2025', 'Nov 5, 2025', '5 November 2025', '2025-11-05']
    >>> format_date(dt.datetime(2025, 11, 5, 14, 5, tzinfo=dt.timezone.utc), "long")
    'November 5, 2025 14:05 UTC'
    """
    day = value.day
    if style == "js":
        text = (
            f"{WEEKDAY_ABBREVIATIONS[value.weekday()]} "
            f"{MONTH_ABBREVIATIONS[value.month - 1]} {day:02d} {value.year}"
        )
    elif style == "long":
        text = f"{MONTH_NAMES[value.month - 1]} {day}, {value.year}"
    elif style == "abbreviated":
        text = f"{MONTH_ABBREVIATIONS[value.month - 1]} {day}, {value.year}"
    elif style == "day_first":
        text = f"{day} {MONTH_NAMES[value.month - 1]} {value.year}"
    else:
        text = value.isoformat()[:10]
    if isinstance(value, dt.datetime):
        text += f" {value:%H:%M}"
        if value.second:
            text += f":{value:%S}"
        offset = value.utcoffset()
        if offset is not None:
            text += " UTC" if not offset else f" {_offset_text(offset)}"
    return text


def _offset_text(offset: dt.timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


__all__ = ["DATE_PATTERN", "DATE_SEARCH", "STYLES", "date_from_match", "format_date", "parse_date"]
