"""``date_line``: a line that gives the article's date, perhaps with a label.

Recognises, for example::

    Wed Nov 05 2025
    Published: November 19, 2019 at 8:59 pm | Updated: November 20, 2019 at 9:10 am
    Nov. 19, 2019 8:03 am ET
    Last updated 2025-11-05T10:30:00Z

The value is a tuple of ``(kind, DateValue)`` pairs, ``kind`` being ``"published"`` or
``"modified"`` (an unlabelled date counts as published). The whole line must be dates, labels
and separators: a sentence that mentions a date is a paragraph.
"""

from __future__ import annotations

from typing import Final, Literal

import regex

from newsparse import labels
from newsparse.chain import Claim, Cursor, Detection, Detector
from newsparse.dates import DATE_PATTERN, DATE_SEARCH, date_from_match
from newsparse.language import writes_day_first
from newsparse.models import DateValue
from newsparse.titles import BULLET, SENTENCE_END, unmarked
from newsparse.vocab.bylines import LEAD_WORDS
from newsparse.vocab.date_labels import MODIFIED, PUBLISHED
from newsparse.vocab.stopwords import STOPWORDS

NAME: Final = "date_line"
_MAX_LENGTH: Final = 200

DateKind = Literal["published", "modified"]

_MODIFIED_LABELS: Final = "|".join(MODIFIED)
_PUBLISHED_LABELS: Final = "|".join(PUBLISHED)
_PART: Final = rf"""
    (?:
        (?P<label> {_MODIFIED_LABELS} | {_PUBLISHED_LABELS} ) (?![\p{{L}}])
        \s* :? \s*
    )?
    {DATE_PATTERN}
"""
_PART_RE: Final = regex.compile(_PART, regex.VERBOSE | regex.IGNORECASE)
#: Between two dates of a date line: a mark, or a dash with space on both sides.
_SEPARATOR: Final = regex.compile(r"(?:\s*[|,;•·/]|\s+[-–—](?=\s))?\s*")
_MODIFIED_RE: Final = regex.compile(_MODIFIED_LABELS, regex.IGNORECASE | regex.VERBOSE)
_DIGIT: Final = regex.compile(r"\d")
#: A time written before the date it goes with ("Published: 21:15 GMT, 14 October 2021").
#: After an update label it is left alone: "Updated 1:39 am, Wednesday, November 20, 2019"
#: is, on the pages that write it so, the only date and the day of publication.
_CLOCK_FIRST: Final = r"""
    (?: \d{1,2} (?: [:.]\d\d (?: :\d\d )? (?: \s?[ap]\.?\s?m\b\.? )? | \s?[ap]\.?\s?m\b\.? )
        (?: \s? \p{L}{1,5}\b )? \s* ,? \s* )?
"""
_LABEL_BEFORE: Final = regex.compile(
    rf"""(?<![\p{{L}}])
    (?: (?P<label> {"|".join(MODIFIED)} ) (?![\p{{L}}]) \s*:?\s*
      | (?P<label> {"|".join(PUBLISHED)} ) (?![\p{{L}}]) \s*:?\s* {_CLOCK_FIRST} )
    \Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
_WORD: Final = regex.compile(r"[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*")
_ASIDE: Final = regex.compile(r"\([^()]*\)")
#: A word and a colon that is not a date label, just before a date.
_OTHER_LABEL: Final = regex.compile(r"(?<![\p{L}])\p{L}{2,}\s*:\s*\Z")
#: A numbered version just before a date: the date of that version of a text, not of a story.
_VERSION_BEFORE: Final = regex.compile(
    r"(?<![\p{L}])(?:version|versión|versione|versão|versie)\s+\d+(?:\.\d+)*\s*[,:]?\s*\Z",
    regex.IGNORECASE,
)
#: Fields of a metadata line stand between these, spaced ("Local News | by Ana Lima") ...
_META_SEPARATOR: Final = regex.compile(r"\s[|/•·]\s")
#: ... three or more of them, each of no more than this many words, are no sentence.
_META_PIECES: Final = 3
_META_PIECE_WORDS: Final = 4
_TEMPERATURE: Final = regex.compile(r"\d\s?°\s?[CF]\b")
_CLOCK_END: Final = regex.compile(r"(?:[ap]\.m\.|\b[A-Z]\.)\s*\Z", regex.IGNORECASE)


def parse_date_line(
    text: str, *, day_first: bool = False
) -> tuple[tuple[DateKind, DateValue], ...] | None:
    """The dates a date line gives, or ``None`` if ``text`` is not wholly a date line.

    ``day_first`` as for :func:`newsparse.dates.parse_date`.

    >>> [(kind, value.value.isoformat()) for kind, value in parse_date_line(
    ...     "Published: Nov 19, 2019 | Updated: Nov 20, 2019")]
    [('published', '2019-11-19'), ('modified', '2019-11-20')]
    >>> parse_date_line("The vote was on Nov 19, 2019.") is None
    True
    """
    if len(text) > _MAX_LENGTH or _DIGIT.search(text) is None:
        return None
    found: list[tuple[DateKind, DateValue]] = []
    position = 0
    while position < len(text):
        if found:
            separator = _SEPARATOR.match(text, position)
            position = separator.end() if separator else position
        match = _PART_RE.match(text, position)
        if match is None:
            return None
        value = date_from_match(match, match.group("date").strip(), day_first=day_first)
        if value is None:
            return None
        label = match.group("label")
        kind = date_kind(label)
        found.append((kind, value))
        position = match.end()
        trailing = text[position:].strip(" .")
        if not trailing:
            break
    return tuple(found) or None


def dates_in_line(
    text: str, *, day_first: bool = False
) -> tuple[tuple[tuple[DateKind, DateValue], ...], list[str]] | None:
    """The dates of a short line that holds other things too, and the text around them.

    ``None`` if the line has no date, if the words around its dates read as a sentence (a
    paragraph that mentions a date), or if it gives a temperature (a weather box's date is
    today's). A date after a label that is not a date label
    ("Registriert: 04.05.2010", "Deadline: ...") is not counted. The text around the dates
    comes without the labels ("Published:") and has one part more than there are dates.
    A date after a numbered version ("Version 3, 29 June 2007") is that version's, not counted.

    >>> dates, rest = dates_in_line("Ana Lima | Published: Nov 19, 2019 | 3 min read")
    >>> [(kind, value.value.isoformat()) for kind, value in dates], rest
    ([('published', '2019-11-19')], ['Ana Lima | ', ' | 3 min read'])
    >>> dates_in_line("The council met on November 12, 2012, and voted to close it.") is None
    True
    """
    found = _labelled_dates_in_line(text, day_first=day_first)
    if found is None:
        return None
    dates, rest = found
    return tuple((kind, value) for kind, value, _ in dates), rest


def published_by_label(text: str, *, day_first: bool = False) -> DateValue | None:
    """The date of a short line that a publication label of four letters or more gives.

    That is "Published: ...", "Datum: ...", "Erschienen am ...", "Publié le ...", not a
    bare "on" or "am", which stand before any date. The label must open the line or a part
    of it after a separator ("Ana Lima | Published: ..."), or be written with a capital, as the
    start of a part run into the one before ("Ana Lima, The Daily Post Published 3 March
    2020"), not end a phrase ("Album released March 3, 2020"). ``None`` if there is none, or
    the line reads as a sentence (see :func:`dates_in_line`).

    >>> published_by_label("Erschienen am: 01.11.2023").value
    datetime.date(2023, 11, 1)
    >>> published_by_label("Updated: Nov 19, 2019") is None
    True
    >>> published_by_label("on Nov 19, 2019") is None
    True
    >>> published_by_label("Album released Nov 19, 2019") is None
    True
    >>> published_by_label("Ana Lima, The Post Published Nov 19, 2019").value
    datetime.date(2019, 11, 19)
    """
    found = _labelled_dates_in_line(text, day_first=day_first)
    if found is None:
        return None
    dates, rest = found
    for (kind, value, label), before in zip(dates, rest, strict=False):
        opening = before.rstrip()
        if (
            kind == "published"
            and label is not None
            and len(label) >= STRONG_LABEL_LENGTH
            and (not opening or opening[-1] in _PART_END or label[0].isupper())
        ):
            return value
    return None


_PART_END: Final = "|•·/,;-–—:"


#: A publication label this long or longer says whose date it is ("Posted", not "On").
STRONG_LABEL_LENGTH: Final = 4


def _labelled_dates_in_line(
    text: str, *, day_first: bool
) -> tuple[list[tuple[DateKind, DateValue, str | None]], list[str]] | None:
    """:func:`dates_in_line`, with the label before each date."""
    if len(text) > _MAX_LENGTH or _DIGIT.search(text) is None:
        return None
    if "°" in text and _TEMPERATURE.search(text):
        return None  # a weather box: today's date and the forecast ("Thursday, Nov 5 ... 6°C")
    dates: list[tuple[DateKind, DateValue, str | None]] = []
    rest: list[str] = []
    position = 0
    for match in DATE_SEARCH.finditer(text):
        value = date_from_match(match, match.group("date").strip(), day_first=day_first)
        if value is None:
            continue
        before = text[position : match.start()]
        label = _LABEL_BEFORE.search(before)
        if label is None and (_OTHER_LABEL.search(before) or _VERSION_BEFORE.search(before)):
            continue  # "Registriert: 04.05.2010", "Version 3, 29 June 2007": another date
        label_text = label.group("label") if label else None
        dates.append((date_kind(label_text), value, label_text))
        rest.append(before[: label.start()] if label else before)
        position = match.end()
    rest.append(text[position:])
    if not dates or _reads_as_prose(" ".join(rest), ends=text.rstrip().endswith(".")):
        return None
    return dates, rest


def without_asides(text: str) -> str:
    """``text`` without its asides in brackets.

    >>> without_asides("Par Ana Lima (avec Tom Ode)")
    'Par Ana Lima'
    """
    return " ".join(_ASIDE.sub(" ", text).split())


def _reads_as_prose(rest: str, *, ends: bool) -> bool:
    """Whether the words around the dates make a sentence.

    They do when there are four or more and the line ends with a full stop, or six or more
    dense in function words. Inside the line only function words in lower case count: a
    capitalised "The" or "ET" starts a name or is a time zone ("By Ana Lima - The Daily Post",
    "12:41 PM ET"); the first word counts in any case, unless it leads a byline ("By").
    Asides in brackets are left out ("Par Ana Lima (avec Tom Ode)").
    """
    words = _WORD.findall(without_asides(rest))
    if len(words) < 4:
        return False
    pieces = [piece for piece in _META_SEPARATOR.split(rest) if piece.strip()]
    if len(pieces) >= _META_PIECES and all(
        len(_WORD.findall(piece)) <= _META_PIECE_WORDS for piece in pieces
    ):
        return False  # "12 Oct 2018 / 0 Comments / in Local News / by Ana": short fields
    first = words[0].casefold()
    function_words = sum(word[0].islower() and word in STOPWORDS for word in words[1:]) + (
        first in STOPWORDS and first not in LEAD_WORDS
    )
    density = function_words / len(words)
    return (ends and _CLOCK_END.search(rest) is None) or (len(words) >= 6 and density >= 0.25)


def date_kind(label: str | None) -> DateKind:
    """Whether a date with this label before it is the update time or the publication time."""
    return "modified" if label and _MODIFIED_RE.fullmatch(label.strip(" :")) else "published"


def detect(cursor: Cursor) -> Detection | None:
    """Claim the current line if it is a date line."""
    line = cursor.current
    if not cursor.at_line_start:
        return None
    dates = parse_date_line(unmarked(line.content), day_first=writes_day_first(cursor.language))
    if dates is None:
        return None
    return Detection(labels.DATE, line.content_end, "date line", dates)


def render(dates: tuple[tuple[DateKind, DateValue], ...]) -> str:
    """Write a date line: an unlabelled published date, labelled others.

    >>> import datetime as dt
    >>> published = DateValue(text="Nov 19, 2019", value=dt.date(2019, 11, 19), precision="day")
    >>> render((("published", published),))
    'Nov 19, 2019'
    """
    parts = []
    for index, (kind, value) in enumerate(dates):
        if kind == "modified":
            parts.append(f"Updated: {value.text}")
        elif index:
            parts.append(f"Published: {value.text}")
        else:
            parts.append(value.text)
    return " | ".join(parts)


DETECTOR: Final = Detector(NAME, detect, interrupts_paragraph=True)


_OPENING_LABEL: Final = regex.compile(
    rf"\A(?:{BULLET}\s*)?(?P<label>{'|'.join((*MODIFIED, *PUBLISHED))})(?![\p{{L}}])",
    regex.VERBOSE | regex.IGNORECASE,
)


def opens_with_date_label(line: str) -> bool:
    """Whether the line starts with a date label of four letters or more ("Posted", not "On")."""
    match = _OPENING_LABEL.match(line)
    return match is not None and len(match.group("label")) >= STRONG_LABEL_LENGTH


def _has_date(line: str) -> bool:
    """Whether a line holds a date (a digit first: the cheap test)."""
    return _DIGIT.search(line) is not None and DATE_SEARCH.search(line) is not None


def in_a_dated_list(text: str, claim: Claim) -> bool:
    """Whether the claim's line is one of a list of dated lines, as teasers of other stories are.

    It is when :data:`DATED_LIST_MIN` or more of the :data:`DATED_LIST_REACH_ABOVE` non-blank
    lines over it and the :data:`DATED_LIST_REACH` under it are short lines holding a date, not
    ending like a sentence and not labelled ("Published: ...", "Updated: ..." are the article's
    own, perhaps repeated). A labelled date line is never one of a list. The last of a list of
    teasers (section, title, date) may stand right over the story, with only the list above
    it, so more lines are looked at over it than under it, where the article's own date line
    may have a box of teasers.
    """
    if opens_with_date_label(claim.text):
        return False
    dated = 0
    for lines, reach in (
        (
            reversed(text[max(0, claim.start - _DATED_LIST_CHARS) : claim.start].splitlines()[1:]),
            DATED_LIST_REACH_ABOVE,
        ),
        (text[claim.end : claim.end + _DATED_LIST_CHARS].splitlines()[1:-1], DATED_LIST_REACH),
    ):
        seen = 0
        for line in lines:
            stripped = line.strip()
            if not stripped:
                continue
            seen += 1
            if seen > reach:
                break
            if (
                len(stripped) <= _DATED_LIST_LINE
                and stripped[-1] not in SENTENCE_END
                and _has_date(stripped)
                and not opens_with_date_label(stripped)
            ):
                dated += 1
    return dated >= DATED_LIST_MIN


#: How many non-blank lines under a date line are looked at, and over it ...
DATED_LIST_REACH: Final = 4
DATED_LIST_REACH_ABOVE: Final = 6
#: ... and how many of them holding a date make it one of a list.
DATED_LIST_MIN: Final = 2
_DATED_LIST_LINE: Final = 150
_DATED_LIST_CHARS: Final = DATED_LIST_REACH_ABOVE * 2 * _DATED_LIST_LINE
