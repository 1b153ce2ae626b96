"""``meta_line``: a short header line that holds the article's date among other things.

Recognises, above the body, lines such as::

    Monday, November 12, 2012, by Matthew Kang
    Date: November 1, 2012 | Category: Eye Candy | Author: Erika Riggs
    Chris Davies - Nov 19, 2019, 10:31 pm CST
    Veröffentlicht am 31. Oktober 2023 | Von Anna Schmidt

The value is a :class:`MetaLine`: the dates found (each published or modified, by the label
before it) and the byline in the line, if a part of it reads as one ("by ...", "Author: ...",
"Von ..."). A line that reads as a sentence is prose, not metadata, and only lines before the
body are looked at: a date in a list of other stories further down is not the article's.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from newsparse import labels
from newsparse.chain import Cursor, Detection, Detector
from newsparse.dates import DATE_PATTERN, date_from_match
from newsparse.detectors.byline import Parsed, is_personal_name, parse_byline, tidy_name
from newsparse.detectors.date_line import DateKind, date_kind
from newsparse.models import Author, DateValue
from newsparse.vocab.agencies import AgencyTable
from newsparse.vocab.date_labels import MODIFIED, PUBLISHED
from newsparse.vocab.stopwords import STOPWORDS

NAME: Final = "meta_line"
_MAX_LENGTH: Final = 200
_DATE: Final = regex.compile(DATE_PATTERN, regex.VERBOSE | regex.IGNORECASE)
_LABEL_BEFORE: Final = regex.compile(
    r"(?<![\p{L}])(?P<label>" + "|".join((*MODIFIED, *PUBLISHED)) + r")(?![\p{L}])\s*:?\s*\Z",
    regex.VERBOSE | regex.IGNORECASE,
)
_SEPARATOR: Final = regex.compile(r"\s*(?:[|·•/]|\s[-–—]\s|,)\s*")
_WORD: Final = regex.compile(r"\p{L}+")
_DIGIT: Final = regex.compile(r"\d")
_CLOCK_END: Final = regex.compile(r"(?:[ap]\.m\.|\b[A-Z]\.)\s*\Z", regex.IGNORECASE)


@attrs.frozen
class MetaLine:
    """What a metadata line says."""

    dates: tuple[tuple[DateKind, DateValue], ...]
    byline: Parsed | None = None


def parse_meta_line(text: str, agencies: AgencyTable | None = None) -> MetaLine | None:
    """The dates (and byline) of a metadata line, or ``None`` if it is not one.

    >>> meta = parse_meta_line("Monday, November 12, 2012, by Matthew Kang")
    >>> [(kind, value.value.isoformat()) for kind, value in meta.dates]
    [('published', '2012-11-12')]
    >>> [author.name for author in meta.byline.authors]
    ['Matthew Kang']
    >>> parse_meta_line("The council met on November 12, 2012, and voted to close it.") is None
    True
    """
    if len(text) > _MAX_LENGTH or _DIGIT.search(text) is None:
        return None
    dates: list[tuple[DateKind, DateValue]] = []
    rest: list[str] = []
    position = 0
    for match in _DATE.finditer(text):
        value = date_from_match(match, match.group("date").strip())
        if value is None:
            continue
        before = text[position : match.start()]
        label = _LABEL_BEFORE.search(before)
        dates.append((date_kind(label.group("label") if label else None), value))
        rest.append(before[: label.start()] if label else before)
        position = match.end()
    rest.append(text[position:])
    if not dates or _reads_as_prose(" ".join(rest), ends=text.rstrip().endswith(".")):
        return None
    return MetaLine(tuple(dates), _byline_in(rest, agencies))


def _reads_as_prose(rest: str, *, ends: bool) -> bool:
    """Whether the words around the dates make a sentence.

    They do when there are four or more and the line ends with a full stop, or six or more
    dense in function words.
    """
    words = _WORD.findall(rest)
    if len(words) < 4:
        return False
    density = sum(word.casefold() in STOPWORDS for word in words) / len(words)
    return (ends and _CLOCK_END.search(rest) is None) or (len(words) >= 6 and density >= 0.25)


def _byline_in(parts: list[str], agencies: AgencyTable | None) -> Parsed | None:
    """The byline among the parts of the line around its dates.

    That is a part that reads as a byline ("by ...", "Author: ..."), or else a bare personal
    name standing alone before the first date ("Chris Davies - Nov 19, 2019").
    """
    for part in parts:
        for raw in _SEPARATOR.split(part):
            piece = raw.strip()
            if not piece:
                continue
            parsed = parse_byline(piece, agencies)
            if parsed is not None:
                return parsed
    leading = [raw.strip() for raw in _SEPARATOR.split(parts[0]) if raw.strip()] if parts else []
    if len(leading) == 1 and is_personal_name(leading[0]):
        name = leading[0]
        return Parsed((Author(name=tidy_name(name), text=name),), None)
    return None


def detect(cursor: Cursor, agencies: AgencyTable | None = None) -> Detection | None:
    """Claim the current line if it is a header line holding a date."""
    state = cursor.state
    if not cursor.at_line_start or state.dateline_seen or not state.in_header:
        return None
    line = cursor.current
    meta = parse_meta_line(line.content, agencies)
    if meta is None:
        return None
    return Detection(labels.META, line.content_end, "metadata line with a date", meta)


DETECTOR: Final = Detector(NAME, detect, interrupts_paragraph=True)
