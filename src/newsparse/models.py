"""The records newsparse returns: frozen attrs classes, serialised by :mod:`newsparse.serialize`.

Where a value is interpreted, the model keeps it twice: as written in the text (``text``) and
as understood (``value``, ``name``, ``place``). Missing values are ``None`` or empty tuples,
never invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

import attrs

#: How much of a date the text gave: "Nov 5, 2025" is a day, "Nov 5, 2025 10:30" a minute.
#: "year" and "month" are for sources that give no more (none of the built-in detectors yet).
Precision = Literal["year", "month", "day", "hour", "minute", "second"]


@attrs.frozen(kw_only=True)
class DateValue:
    """A date or time as written in the article and as understood.

    >>> import datetime as dt
    >>> DateValue(text="Wed Nov 05 2025", value=dt.date(2025, 11, 5), precision="day").value
    datetime.date(2025, 11, 5)
    """

    text: str
    """The date exactly as written, e.g. ``"Nov. 19, 2019 8:03 am ET"``."""
    value: dt.date
    """The date understood: a :class:`datetime.date` for dates, a :class:`datetime.datetime` when
    a time was written (timezone-aware when a zone was written too)."""
    precision: Precision
    """The smallest unit the text gave; finer parts of ``value`` are zero, not known."""


@attrs.frozen(kw_only=True)
class Author:
    """A person named in a byline.

    >>> Author(name="Tom Krisher", text="TOM KRISHER", role="AP Auto Writer").name
    'Tom Krisher'
    """

    name: str
    """The name tidied: spacing collapsed, an all-capitals name put in title case."""
    text: str
    """The name exactly as the byline wrote it."""
    role: str | None = None
    """What the byline says the person is ("AP Auto Writer", "Special to the Pioneer Press")."""


@attrs.frozen(kw_only=True)
class Byline:
    """The byline as written, and the agency it names, if any."""

    text: str
    """The whole byline line, e.g. ``"By Jane Doe and Ali Khan | Reuters"``."""
    agency: str | None = None
    """The news agency the byline credits (canonical name from the agency table), or ``None``."""


@attrs.frozen(kw_only=True)
class Dateline:
    """The lead-in of the first paragraph that says where (and when, and from whom) it was filed.

    >>> Dateline(text="LONDON (Reuters) -", place="LONDON", agency="Reuters").place
    'LONDON'
    """

    text: str
    """The dateline exactly as written, without the space after it: ``"PARIS, March 3 (AFP) -"``."""
    place: str
    """The place as written, e.g. ``"BUFFALO, N.Y."``."""
    agency: str | None = None
    """The agency as written in the dateline ("Reuters", "AP", "AFP"), or ``None``."""
    date_text: str | None = None
    """The date in the dateline as written ("March 3"), or ``None``."""
    date: DateValue | None = None
    """That date understood, when the year is known from the article's own date; else ``None``."""

    @property
    def tidy_place(self) -> str:
        """The place tidied: the city in capitals, spacing collapsed, stray marks dropped.

        >>> Dateline(text="amarillo, april 7 -", place="amarillo").tidy_place
        'AMARILLO'
        >>> Dateline(text="BUFFALO, N.Y. —", place="BUFFALO,  N.Y.").tidy_place
        'BUFFALO, N.Y.'
        """
        place = " ".join(self.place.split()).strip("*#•·-–— ")
        city, comma, region = place.partition(",")
        return city.upper() + (f",{region}" if comma else "")


@attrs.frozen(kw_only=True)
class Segment:
    """A labelled stretch of the input: the unit of :func:`newsparse.explain`.

    Segments tile the input: each character of the text given to ``parse_article`` lies in
    exactly one segment, and ``text[segment.start:segment.end]`` is the segment's text.
    """

    start: int
    """Offset of the first character, into the text the caller gave."""
    end: int
    """Offset one past the last character (line ends belong to the line they end)."""
    label: str
    """What the stretch was taken for: one of :mod:`newsparse.labels` or a plugin's label."""
    detector: str
    """The name of the detector (or revision) that decided the label."""
    reason: str
    """Why, in a few words."""


# Sequence fields are kept as tuples, so a model stays immutable and hashable whatever
# iterable the caller passes.
def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _authors(items: Iterable[Author]) -> tuple[Author, ...]:
    return tuple(items)


def _segments(items: Iterable[Segment]) -> tuple[Segment, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Article:
    """A news article parsed from text.

    Two articles are equal when their content is equal; ``segments`` (where in a particular
    text each part was found) is left out of ``==``.
    """

    headline: str | None = None
    """The article's title line, or ``None`` when none was found with confidence."""
    standfirst: str | None = None
    """The summary paragraph between headline and body (a.k.a. dek, subheading), or ``None``."""
    published: DateValue | None = None
    """When the article was first published, as the text says."""
    modified: DateValue | None = None
    """When the article was last updated, as the text says."""
    authors: tuple[Author, ...] = attrs.field(default=(), converter=_authors)
    """The people the byline names, in order; agencies are not authors."""
    byline: Byline | None = None
    """The byline line as written, with the agency it credits."""
    dateline: Dateline | None = None
    """The lead-in of the first paragraph, such as ``ISLAMABAD:`` or ``LONDON (Reuters) -``."""
    body: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """The body paragraphs in order, whitespace tidied, the dateline taken off the first."""
    signoff: str | None = None
    """The agency sign-off that closes wire copy, as written ("Reuter", "— AP")."""
    credits: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """Credit lines of wire copy, as written ("(Reporting by ...; Editing by ...)")."""
    boilerplate: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """The lines taken out as boilerplate (share lines, "Advertisement", ...), in order."""
    segments: tuple[Segment, ...] = attrs.field(default=(), eq=False, converter=_segments)
    """Every character of the input in exactly one labelled segment (not part of ``==``)."""

    @property
    def body_text(self) -> str:
        """The body as one string, paragraphs separated by a blank line."""
        return "\n\n".join(self.body)
