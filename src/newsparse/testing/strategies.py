"""Hypothesis strategies that generate articles a layout can show, for round-trip properties.

A plugin author can reuse them::

    from hypothesis import given
    from newsparse.testing.strategies import web_articles

    @given(web_articles())
    def test_my_chain_keeps_web_articles(article): ...

The words are our own small vocabulary, chosen so that generated prose never looks like a
byline, a date line, a share line or boilerplate by accident.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from newsparse.dates import STYLES, format_date
from newsparse.detectors.byline import render as render_byline
from newsparse.models import Article, Author, Byline, Dateline, DateValue, Precision
from newsparse.vocab.agencies import AgencyTable
from newsparse.vocab.months import MONTH_NAMES

NOUNS = (
    "harbour", "council", "bridge", "ferry", "market", "school", "river", "budget", "station",
    "orchard", "library", "museum", "festival", "airport", "factory", "garden", "hospital",
    "tunnel", "village", "stadium", "quarry", "lighthouse", "railway", "reservoir", "canal",
)  # fmt: skip
VERBS = (
    "opens", "closes", "expands", "delays", "approves", "rejects", "rebuilds", "reviews",
    "celebrates", "welcomes", "restores", "plans", "funds", "inspects", "repairs",
)  # fmt: skip
ADJECTIVES = (
    "old", "new", "small", "busy", "quiet", "northern", "coastal", "historic", "local",
    "famous", "modern", "rural", "crowded", "ancient", "wooden",
)  # fmt: skip
FIRST_NAMES = (
    "Marta", "Owen", "Priya", "Tomasz", "Aisha", "Lena", "Kofi", "Ines", "Rhian", "Jonas",
    "Mei", "Carlos", "Noor", "Sven", "Amara", "Dmitri",
)  # fmt: skip
LAST_NAMES = (
    "Quinn", "Selby", "Okafor", "Lindqvist", "Haddad", "Moreau", "Castell", "Pascoe", "Varga",
    "Brennan", "Takeda", "Almeida", "Nakamura", "Osei", "Kowalski", "Ferreira",
)  # fmt: skip
PLACES = ("PORTHAVEN", "LONDON", "NEW DELHI", "ISLAMABAD", "NAIROBI", "BUFFALO, N.Y.", "OSLO")
AGENCIES = ("Reuters", "AP", "AFP", "dpa", "Xinhua", "PTI", "APP")
BYLINE_AGENCIES = ("Reuters", "Associated Press", "Agence France-Presse", "Xinhua")
SHARE_LINES = (
    "icon-facebook icon-twitter icon-whatsapp",
    "Share on Facebook | Tweet | WhatsApp | Copy link",
    "Facebook Twitter LinkedIn Email",
    "Click to share on X (Opens in new window)",
)
BOILERPLATE_LINES = ("Advertisement", "Read more: The harbour in pictures", "ADVERTISEMENT")


def _title_word(word: str) -> str:
    return word[:1].upper() + word[1:]


def headlines() -> st.SearchStrategy[str]:
    """Title lines: "Busy Harbour Opens New Ferry"."""
    words = st.sampled_from(ADJECTIVES + NOUNS + VERBS)
    return st.lists(words, min_size=3, max_size=12).map(
        lambda ws: " ".join(_title_word(w) for w in ws)
    )


def sentences() -> st.SearchStrategy[str]:
    """One sentence of prose, capitalised and ending in a full stop."""
    word = st.sampled_from(NOUNS + VERBS + ADJECTIVES + ("the", "a", "of", "and", "with", "to"))
    return st.lists(word, min_size=4, max_size=20).map(
        lambda ws: _title_word(" ".join(("the", *ws))) + "."
    )


def paragraphs() -> st.SearchStrategy[str]:
    """A paragraph of one to five sentences."""
    return st.lists(sentences(), min_size=1, max_size=5).map(" ".join)


def authors() -> st.SearchStrategy[Author]:
    """A person with a first and a last name, written as in a byline."""
    return st.builds(
        lambda first, last: Author(name=f"{first} {last}", text=f"{first} {last}"),
        st.sampled_from(FIRST_NAMES),
        st.sampled_from(LAST_NAMES),
    )


def date_values(*, with_time: bool = True) -> st.SearchStrategy[DateValue]:
    """A date (or time, with or without a zone) as a site would write it, and its value."""
    day = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))
    styles = st.sampled_from(STYLES)

    def build(
        date: dt.date, style: str, clock: dt.time | None, zone: dt.tzinfo | None
    ) -> DateValue:
        value: dt.date = date
        precision: Precision = "day"
        if clock is not None:
            value = dt.datetime.combine(date, clock).replace(tzinfo=zone)
            precision = "second" if clock.second else "minute"
        return DateValue(text=format_date(value, style), value=value, precision=precision)  # type: ignore[arg-type]

    clocks: st.SearchStrategy[dt.time | None] = st.none()
    if with_time:
        clocks = st.none() | st.builds(
            dt.time, st.integers(0, 23), st.integers(0, 59), st.integers(0, 59)
        )
    zones = st.none() | st.sampled_from(
        [
            dt.timezone.utc,
            dt.timezone(dt.timedelta(hours=-5)),
            dt.timezone(dt.timedelta(hours=5, minutes=30)),
        ]
    )
    return st.builds(build, day, styles, clocks, zones)


@st.composite
def datelines(draw: st.DrawFn, published: DateValue | None) -> Dateline:
    """A dateline in one of the common forms; its date, if any, is the published day."""
    place = draw(st.sampled_from(PLACES))
    agency = draw(st.none() | st.sampled_from(AGENCIES))
    form = draw(st.sampled_from(("colon", "dash", "date")))
    date_text = None
    date = None
    if form == "date" and published is not None:
        day = published.value
        date_text = f"{MONTH_NAMES[day.month - 1]} {day.day}"
        date = DateValue(
            text=date_text, value=dt.date(day.year, day.month, day.day), precision="day"
        )
        text = f"{place}, {date_text}" + (f" ({agency})" if agency else "") + " -"
    elif form == "colon" and agency is None and (" " in place or len(place) >= 5):
        text = f"{place}:"
    else:
        text = (
            f"{place}"
            + (f" ({agency})" if agency else "")
            + draw(st.sampled_from((" -", " —", " --")))
        )
    return Dateline(text=text, place=place, agency=agency, date_text=date_text, date=date)


@st.composite
def web_articles(draw: st.DrawFn) -> Article:
    """Articles the ``web`` layout can show (see :func:`newsparse.render.render`)."""
    published = draw(st.none() | date_values())
    modified = draw(st.none() | date_values()) if published is not None else None
    people = tuple(draw(st.lists(authors(), max_size=3, unique_by=lambda a: a.name)))
    agency = draw(st.none() | st.sampled_from(BYLINE_AGENCIES)) if people else None
    boilerplate = tuple(
        draw(st.lists(st.sampled_from(SHARE_LINES + BOILERPLATE_LINES), max_size=3))
    )
    headline = draw(headlines())
    has_header_lines = published is not None or bool(people)
    standfirst = draw(st.none() | sentences()) if has_header_lines else None
    return Article(
        headline=headline,
        standfirst=standfirst,
        published=published,
        modified=modified,
        authors=people,
        byline=_byline(people, agency),
        dateline=draw(st.none() | datelines(published)),
        body=tuple(draw(st.lists(paragraphs(), min_size=1, max_size=6))),
        boilerplate=boilerplate,
    )


@st.composite
def wire_articles(draw: st.DrawFn) -> Article:
    """Articles the ``wire`` layout can show: no standfirst, no boilerplate."""
    published = draw(st.none() | date_values(with_time=False))
    people = tuple(draw(st.lists(authors(), max_size=2, unique_by=lambda a: a.name)))
    agency = draw(st.none() | st.sampled_from(BYLINE_AGENCIES)) if people else None
    return Article(
        headline=draw(headlines().map(str.upper) | headlines()),
        published=published,
        authors=people,
        byline=_byline(people, agency),
        dateline=draw(datelines(published)),
        body=tuple(draw(st.lists(paragraphs(), min_size=1, max_size=6))),
    )


def _byline(people: tuple[Author, ...], agency: str | None) -> Byline | None:
    if not people:
        return None
    canonical = AgencyTable.default().find(agency).name if agency else None  # type: ignore[union-attr]
    return Byline(text=render_byline(people, agency), agency=canonical)
