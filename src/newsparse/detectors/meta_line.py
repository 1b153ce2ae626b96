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
from newsparse.detectors.byline import (
    Parsed,
    is_affiliation,
    is_personal_name,
    looks_like_a_name_alone,
    one_name_byline,
    parse_byline,
    tidy_name,
)
from newsparse.detectors.date_line import DateKind, dates_in_line, without_asides
from newsparse.document import Line
from newsparse.language import writes_day_first
from newsparse.models import Author, DateValue
from newsparse.titles import looks_like_title
from newsparse.vocab.agencies import AgencyTable
from newsparse.vocab.bylines import NOT_NAME_WORDS
from newsparse.vocab.stopwords import STOPWORDS

NAME: Final = "meta_line"
_DIGIT: Final = regex.compile(r"\d")
_OPENING_SEPARATOR: Final = regex.compile(r"\s*(?:[|·•/,]|[-–—]\s)")
_SEPARATOR: Final = regex.compile(r"\s*(?:[|·•/]|\s[-–—]\s|,)\s*")


@attrs.frozen
class MetaLine:
    """What a metadata line says."""

    dates: tuple[tuple[DateKind, DateValue], ...]
    byline: Parsed | None = None


def parse_meta_line(
    text: str,
    agencies: AgencyTable | None = None,
    *,
    day_first: bool = False,
    name_before_date: bool = True,
) -> MetaLine | None:
    """The dates (and byline) of a metadata line, or ``None`` if it is not one.

    ``day_first`` as for :func:`newsparse.dates.parse_date`. Without ``name_before_date`` a
    bare name before the date ("Ana Lima - Nov 19, 2019") is not taken for the author.

    >>> meta = parse_meta_line("Monday, November 12, 2012, by Matthew Kang")
    >>> [(kind, value.value.isoformat()) for kind, value in meta.dates]
    [('published', '2012-11-12')]
    >>> [author.name for author in meta.byline.authors]
    ['Matthew Kang']
    >>> parse_meta_line("The council met on November 12, 2012, and voted to close it.") is None
    True
    """
    found = dates_in_line(text, day_first=day_first)
    if found is None:
        return None
    dates, rest = found
    return MetaLine(dates, _byline_in(rest, agencies, name_before_date=name_before_date))


def _byline_in(
    parts: list[str], agencies: AgencyTable | None, *, name_before_date: bool = True
) -> Parsed | None:
    """The byline among the parts of the line around its dates.

    That is a part that reads as a byline ("by ...", "Author: ..."), or else a bare personal
    name standing alone before the first date ("Chris Davies - Nov 19, 2019"; a writer's job
    or site may follow it, "Chris Davies, Daily Courier - Nov 19, 2019"), or, when
    nothing stands before the first date, right after it and a separator, with at most
    counters after the name ("19.11.2019 - Chris Davies - 4 comments"). That name must look
    more like one (:func:`~newsparse.detectors.byline.looks_like_a_name_alone`): a section
    name often follows the date.
    """
    for part in parts:
        for raw in _SEPARATOR.split(part):
            piece = raw.strip()
            if not piece:
                continue
            parsed = parse_byline(piece, agencies)
            if parsed is None and "(" in piece:  # "Par Ana Lima (avec Tom Ode)"
                parsed = parse_byline(without_asides(piece), agencies)
            if parsed is not None:
                return parsed
    for part in parts:
        for raw in _SEPARATOR.split(part):
            if (parsed := one_name_byline(raw.strip(), agencies)) is not None:
                return parsed  # "by Tamsin September 15, 2014"
    leading = _pieces(parts[0]) if parts else []
    if name_before_date and len(leading) == 1 and _bare_name(leading[0]):
        name = leading[0]
        return Parsed((Author(name=tidy_name(name), text=name),), None)
    if (
        name_before_date
        and len(leading) == _NAME_AND_SITE
        and is_personal_name(leading[0])
        and is_affiliation(leading[1])
    ):  # "Ana Lima, The Valley News - Nov 19, 2019"
        name = leading[0]
        return Parsed((Author(name=tidy_name(name), text=name, role=leading[1]),), None)
    after = parts[1] if not leading and len(parts) > 1 else ""
    following = _pieces(after) if _OPENING_SEPARATOR.match(after) else []
    if (
        following
        and looks_like_a_name_alone(following[0])
        and (agencies is None or agencies.find(following[0]) is None)
        and all(_DIGIT.search(piece) for piece in following[1:])
    ):
        name = following[0]
        return Parsed((Author(name=tidy_name(name), text=name),), None)
    return _name_run_on(parts, agencies)


def _name_run_on(parts: list[str], agencies: AgencyTable | None) -> Parsed | None:
    """The name that follows the line's dates with no separator, as blog themes print it.

    Nothing but the dates (and maybe a reading time) stands before it, and where the name ends
    must be plain: before a count of comments ("30. Oktober 2023 Ana Lima 2 Kommentare") or
    before a section's name ("30. Oktober 2023 Ana Lima Kultur"); capitalised tags at most
    follow. A sentence or a teaser's title after a date ("3 March 2020 Harbour Board approves
    ...") does not end so, and a name that ends the line is not taken: it may be a title too.

    >>> _name_run_on(["", " Ana Lima 2 Kommentare Hafen, Inseln"], None).authors[0].name
    'Ana Lima'
    >>> _name_run_on(["", " Harbour Board approves the new ferry"], None) is None
    True
    """
    tail = parts[-1] if len(parts) > 1 else ""
    if not tail[:1].isspace() or any(
        part.strip() and not _READING_TIME.fullmatch(part.strip()) for part in parts[:-1]
    ):
        return None
    words = tail.split()
    if not 3 <= len(words) <= _MAX_RUN_ON_WORDS:
        return None
    for size in range(2, min(len(words) - 1, _MAX_RUN_ON_NAME) + 1):
        rest = words[size:]
        if not (_COUNT.match(rest[0]) or rest[0].casefold() in NOT_NAME_WORDS):
            continue
        name = " ".join(words[:size])
        if not looks_like_a_name_alone(name) or (agencies and agencies.find(name) is not None):
            return None
        if _COUNT.match(rest[0]):
            if len(rest) < 2 or rest[1].casefold() not in _COMMENT_WORDS:
                return None
            rest = rest[2:]
        if all(_TAG.fullmatch(word) for word in rest):
            return Parsed((Author(name=tidy_name(name), text=name),), None)
        return None
    return None


#: At most this many words after the dates of a line whose name runs on from them ...
_MAX_RUN_ON_WORDS: Final = 12
#: ... and at most this many in the name.
_MAX_RUN_ON_NAME: Final = 4
_COUNT: Final = regex.compile(r"\d{1,5}\Z")
# A tag or a section's name after the name (or a comma between two).
_TAG: Final = regex.compile(r"\p{Lu}[\p{L}\p{M}&'’-]*,?|,|&")
# A reading time before the dates: "5 Min.", "3 min read".
_READING_TIME: Final = regex.compile(r"\d{1,3}\s*min\.?(?:\s+\p{L}+)?", regex.IGNORECASE)
#: The word of a comment count, lower case: "2 Kommentare", "1 comment".
_COMMENT_WORDS: Final = frozenset(
    {"comment", "comments", "kommentar", "kommentare", "commentaire", "commentaires",
     "comentario", "comentarios", "commento", "commenti", "comentário", "comentários",
     "reacties", "reactie", "réactions", "réaction", "responses", "replies"}
)  # fmt: skip


#: A name and, after a comma, the writer's job or site, before the date.
_NAME_AND_SITE: Final = 2


def _pieces(part: str) -> list[str]:
    return [raw.strip() for raw in _SEPARATOR.split(part) if raw.strip()]


def detect(cursor: Cursor, agencies: AgencyTable | None = None) -> Detection | None:
    """Claim the current line if it is a header line holding a date."""
    state = cursor.state
    if not cursor.at_line_start or state.dateline_seen or not state.in_header:
        return None
    line = cursor.current
    region = cursor.region
    if (
        region is not None
        and line.index == region.headline
        and (
            _shows_title(cursor, line)
            or (region.is_page and title_before_meta(line.content) is not None)
        )
    ):
        # a headline with a date in it ("Opening Bell 11.18.19"), the page's title, or with a
        # section's name and a date line glued after it
        return None
    if (
        (region is None or not region.is_page)
        and not state.headline_seen
        and not state.paragraphs
        and title_before_meta(line.content) is not None
    ):
        return None  # the first line of a copy: its title, a section and a date line glued on
    meta = parse_meta_line(
        line.content,
        agencies,
        day_first=writes_day_first(cursor.language),
        # over a page's headline, a section name stands before the date as often as a name
        name_before_date=region is None or line.index not in region.dates_above,
    )
    if meta is None:
        return None
    return Detection(labels.META, line.content_end, "metadata line with a date", meta)


def _shows_title(cursor: Cursor, line: Line) -> bool:
    """Whether a line shows the page title, or a part of it, as html-text writes it first.

    That is the first line of the text, not indented and with a blank line under it.
    """
    lines = cursor.doc.lines
    first = next((found for found in lines if found.content), None)
    if (
        first is None
        or first.indent
        or (first.index + 1 < len(lines) and lines[first.index + 1].content)
    ):
        return False
    return (
        len(line.content) >= _MIN_TITLE_PART and line.content.casefold() in first.content.casefold()
    )


def title_before_meta(content: str) -> str | None:
    """The title in a line that a section's name and a date line are glued after, or ``None``.

    A text dump of a page may join the headline's element with the inline elements after it
    on one line: ``<title> <Section> , Updated <date>``. A comma with a space before it, which
    written text never has, marks where two elements meet; the part after it is a date line
    (a date, after a label or alone, opens it). The one word before it, written with a capital,
    is the section's label when a word in lower case stands before it ("... along the border
    World"), and the title's last word when a function word does ("... flights to Lisbon");
    otherwise which it is is not known, and neither is the title. The title must have the
    shape of one and :data:`_MIN_TITLE_WORDS` words or more.

    >>> title_before_meta("New ferry crosses the bay Local , Updated Mar 3, 2021 at 9:10am")
    'New ferry crosses the bay'
    >>> title_before_meta("New ferry to Millbrook , Posted on 3 March 2021")
    'New ferry to Millbrook'
    >>> title_before_meta("Ferry, bus and tram fares rise , and more") is None
    True
    """
    joint = content.find(_ELEMENT_JOINT)
    if joint < 0:
        return None  # the cheap gate
    tail = content[joint + len(_ELEMENT_JOINT) :]
    found = dates_in_line(tail)
    if found is None or found[1][0].strip() or parse_meta_line(tail) is None:
        return None  # no date line, or other words before its date
    words = content[:joint].split()
    if len(words) < 2 or not words[-1][:1].isupper() or not words[-1].isalpha():
        return None
    before = words[-2]
    if before.casefold() in STOPWORDS:
        title = " ".join(words)  # "... flights to Lisbon": the name ends the title
    elif before[:1].islower():
        title = " ".join(words[:-1])  # "... along the border World": a label after the title
    else:
        return None  # "Storm Hits Lisbon": a title in title case or a label, not known which
    if len(title.split()) < _MIN_TITLE_WORDS or not looks_like_title(title):
        return None
    return title


#: Where a text dump joins two inline elements, the second opening with a comma.
_ELEMENT_JOINT: Final = " , "
#: ... and the title before it has at least this many words.
_MIN_TITLE_WORDS: Final = 3


#: A part of the page title shorter than this (characters) may be a date or a site's name.
_MIN_TITLE_PART: Final = 8


def _bare_name(text: str) -> bool:
    """Whether a part before the date is a personal name, no section's or site's ("Finance")."""
    return is_personal_name(text) and not any(
        word in NOT_NAME_WORDS for word in text.casefold().split()
    )


DETECTOR: Final = Detector(NAME, detect, interrupts_paragraph=True)
