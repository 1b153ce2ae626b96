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

import attrs
from hypothesis import strategies as st

from newsparse.dates import STYLES, format_date
from newsparse.detectors.byline import render as render_byline
from newsparse.models import Article, Author, Byline, Dateline, DateValue, Precision
from newsparse.render import render
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
PLACES = (
    "PORTHAVEN", "LONDON", "NEW DELHI", "ISLAMABAD", "NAIROBI", "BUFFALO, N.Y.", "OSLO",
    "WASHINGTON", "PARIS", "MANILA", "BERLIN", "KARACHI",
)  # fmt: skip
AGENCIES = ("Reuters", "AP", "AFP", "dpa", "Xinhua", "PTI", "APP")
#: The dashes that end a dateline, each after a space: "LONDON (Reuters) -", "WASHINGTON (AP) —".
DATELINE_DASHES = ("-", "--", "–", "—")
#: The dateline detector wants this much of the sentence after a colon with no agency before
#: it ("ISLAMABAD: ..."): a word in capitals, a colon and a few words are more often a label.
MIN_SENTENCE_AFTER_COLON = 20
#: The standfirst revision relabels a paragraph of at least this many characters only.
MIN_STANDFIRST = 20
BYLINE_AGENCIES = ("Reuters", "Associated Press", "Agence France-Presse", "Xinhua")
#: The byline renderer writes an agency's canonical name: "By Jane Doe | Press Trust of India".
WIRE_BYLINE_AGENCIES = (
    *BYLINE_AGENCIES, "Deutsche Presse-Agentur", "Press Trust of India", "Kyodo",
)  # fmt: skip
SIGNOFFS = ("Reuter", "REUTER", "Reuters", "— AP", "-- AFP", "– dpa", "- PTI", "— Xinhua")
#: Credits lines; with the longest names each fits the 96 columns the wire layout allows.
CREDIT_FORMS = (
    "(Reporting by {0}; Editing by {1})",
    "(Reporting by {0} in Oslo; Editing by {1})",
    "(Reporting by {0}; Writing by {1}; Editing by {2})",
    "Additional reporting by {0}",
    "Writing by {0}",
    "Editing by {0} and {1}",
)
SHARE_LINES = (
    "icon-facebook icon-twitter icon-whatsapp",
    "Share on Facebook | Tweet | WhatsApp | Copy link",
    "Facebook Twitter LinkedIn Email",
    "Click to share on X (Opens in new window)",
)
BOILERPLATE_LINES = ("Advertisement", "Read more: The harbour in pictures", "ADVERTISEMENT")


def _title_word(word: str) -> str:
    return word[:1].upper() + word[1:]


def headlines(min_words: int = 3) -> st.SearchStrategy[str]:
    """Title lines: "Busy Harbour Opens New Ferry"."""
    words = st.sampled_from(ADJECTIVES + NOUNS + VERBS)
    return st.lists(words, min_size=min_words, max_size=12).map(
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


def _month_spellings(month: int) -> tuple[str, ...]:
    """How a dateline writes the month: "November", "Nov", "Nov." (and "Sept", "Sept.")."""
    name = MONTH_NAMES[month - 1]
    short = name[:4] if name == "September" else name[:3]
    if short == name:
        return (name,)
    return (name, short, f"{short}.")


@st.composite
def datelines(
    draw: st.DrawFn, published: DateValue | None, first_paragraph: str | None = None
) -> Dateline:
    """A dateline in one of the wire forms, as the parse reads it before ``first_paragraph``.

    The forms are a place in capitals, then maybe a date (only when ``published`` is given: its
    month and day, so that the year is the published year), then maybe an agency in brackets,
    then a dash after a space (``-``, ``--``, ``–`` or ``—``) or a colon::

        LONDON, March 2 -        LONDON (Reuters) -       WASHINGTON (AP) —
        PARIS, March 3 (AFP) -   NEW DELHI, Nov 5 (PTI) - MANILA, Nov. 24 (Xinhua) --
        ISLAMABAD:               KARACHI (APP):

    The colon is used only without a date; without an agency too, only after a place of five
    letters or more or of two words, and before a first paragraph of at least
    :data:`MIN_SENTENCE_AFTER_COLON` characters (it is not drawn when ``first_paragraph`` is
    not given). The date is the resolved :class:`DateValue` the parse gives.
    """
    place = draw(st.sampled_from(PLACES))
    agency = draw(st.none() | st.sampled_from(AGENCIES))
    date_text = None
    date = None
    if published is not None and draw(st.booleans()):
        day = published.value
        month = draw(st.sampled_from(_month_spellings(day.month)))
        date_text = f"{month} {day.day}"
        date = DateValue(
            text=date_text, value=dt.date(day.year, day.month, day.day), precision="day"
        )
    bare_colon = (
        (" " in place or len(place) >= 5)
        and first_paragraph is not None
        and len(first_paragraph) >= MIN_SENTENCE_AFTER_COLON
    )
    separators = [f" {dash}" for dash in DATELINE_DASHES]
    if date is None and (agency is not None or bare_colon):
        separators.append(":")
    separator = draw(st.sampled_from(separators))
    text = (
        place
        + (f", {date_text}" if date_text else "")
        + (f" ({agency})" if agency else "")
        + separator
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
    # The standfirst revision takes a paragraph of 20 characters or more ("The harbour a a to."
    # under a headline stays the first paragraph of the body).
    standfirst_texts = sentences().filter(lambda text: len(text) >= MIN_STANDFIRST)
    standfirst = draw(st.none() | standfirst_texts) if has_header_lines else None
    body = tuple(draw(st.lists(paragraphs(), min_size=1, max_size=6)))
    return Article(
        headline=headline,
        standfirst=standfirst,
        published=published,
        modified=modified,
        authors=people,
        byline=_byline(people, agency),
        dateline=draw(st.none() | datelines(published, body[0])),
        body=body,
        boilerplate=boilerplate,
    )


@st.composite
def credit_lines(draw: st.DrawFn) -> str:
    """A credits line of wire copy: "(Reporting by Marta Quinn; Editing by Owen Selby)"."""
    form = draw(st.sampled_from(CREDIT_FORMS))
    people = draw(st.lists(authors(), min_size=3, max_size=3, unique_by=lambda a: a.name))
    return form.format(*(person.text for person in people))


@st.composite
def wire_articles(draw: st.DrawFn) -> Article:
    """Articles the ``wire`` layout can show: no standfirst, no boilerplate.

    The body may end in credits lines and an agency's sign-off ("Reuter", "— AP").
    """
    published = draw(st.none() | date_values(with_time=False))
    people = tuple(draw(st.lists(authors(), max_size=2, unique_by=lambda a: a.name)))
    agency = draw(st.none() | st.sampled_from(WIRE_BYLINE_AGENCIES)) if people else None
    body = tuple(draw(st.lists(paragraphs(), min_size=1, max_size=6)))
    credit_texts = tuple(draw(st.lists(credit_lines(), max_size=2)))
    signoffs = st.sampled_from(SIGNOFFS)
    return Article(
        headline=draw(headlines().map(str.upper) | headlines()),
        published=published,
        authors=people,
        byline=_byline(people, agency),
        dateline=draw(datelines(published, body[0])),
        body=body,
        signoff=draw(st.none() | signoffs),
        credits=credit_texts,
    )


def _byline(people: tuple[Author, ...], agency: str | None) -> Byline | None:
    if not people:
        return None
    canonical = AgencyTable.default().find(agency).name if agency else None  # type: ignore[union-attr]
    return Byline(text=render_byline(people, agency), agency=canonical)


#: Pages come in the two layouts of the common HTML-to-text tools: ``html-text`` (the
#: ``<title>`` first, one line per element, no blank lines) and ``inscriptis`` (lists as
#: indented ``*`` bullets, blocks between blank lines).
PAGE_LAYOUTS = ("html-text", "inscriptis")
PAGE_HEADLINE_WORDS = 5
SITE_NAMES = ("The Porthaven Courier", "Northshore Gazette", "Valley Evening Post", "Kestrel Times")
MENU_ITEMS = (
    "Home", "News", "Local", "World", "Sport", "Business", "Weather", "Opinion", "Culture",
    "Travel", "Podcasts", "Video", "Puzzles", "Obituaries",
)  # fmt: skip
ACCOUNT_LINES = ("Subscribe", "Sign in", "Newsletters", "Search")
COOKIE_NOTICES = (
    "We use cookies to give you the best experience on our website. Accept all cookies",
    "This site uses cookies. By continuing to browse you agree to our use of cookies.",
)
BOX_TITLES = ("Related stories", "Most read", "More from News", "You may also like")
COMMENT_LINES = ("3 Comments", "Leave a comment", "Comments are closed.")
FOOTER_LINES = (
    "About us", "Contact us", "Privacy policy", "Terms of use", "Cookie settings",
    "Advertise with us",
)  # fmt: skip


@st.composite
def comment_blocks(draw: st.DrawFn) -> str:
    """A reader's comment: a user name, the date and time it was posted, a sentence or two."""
    name = draw(st.sampled_from(FIRST_NAMES)) + draw(st.sampled_from(("_", "", "99", "-x")))
    posted = draw(
        st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2035, 1, 1))
    )
    text = draw(st.lists(sentences(), min_size=1, max_size=2).map(" ".join))
    return f"{name}\n{format_date(posted.replace(second=0, microsecond=0), 'long')}\n{text}"


@attrs.frozen
class WebPage:
    """A whole page around an article, as an HTML-to-text tool writes it."""

    article: Article
    """The article the page shows (its ``boilerplate`` holds the article's own share lines)."""
    text: str
    """The page's text."""
    layout: str
    """One of :data:`PAGE_LAYOUTS`."""
    furniture: tuple[str, ...]
    """The lines of the page outside the article: menus, boxes, comments, the footer."""


def page_articles() -> st.SearchStrategy[Article]:
    """Web articles as a page shows them: three to eight paragraphs, a longer headline.

    The headline has :data:`PAGE_HEADLINE_WORDS` words or more: a shorter title with no byline
    or date line by it is not told from a menu item, and is left out (precision first).
    """
    long_paragraphs = st.lists(sentences(), min_size=3, max_size=6).map(" ".join)
    return st.builds(
        lambda article, headline, body: attrs.evolve(article, headline=headline, body=tuple(body)),
        web_articles(),
        headlines(min_words=PAGE_HEADLINE_WORDS),
        st.lists(long_paragraphs, min_size=3, max_size=8),
    )


@st.composite
def web_pages(draw: st.DrawFn) -> WebPage:
    """A page in one of :data:`PAGE_LAYOUTS`: the site's menu, the article, boxes, a footer.

    Around the article stand the ``<title>`` ("Headline | Site", html-text only), a menu and
    account links, maybe a cookie notice, a box of other stories' titles after the body,
    maybe a comments heading, and the footer with the site's copyright line.
    """
    article = draw(page_articles())
    layout = draw(st.sampled_from(PAGE_LAYOUTS))
    site = draw(st.sampled_from(SITE_NAMES))
    menu = draw(st.lists(st.sampled_from(MENU_ITEMS), min_size=3, max_size=14, unique=True))
    account = draw(st.lists(st.sampled_from(ACCOUNT_LINES), min_size=1, max_size=3, unique=True))
    cookie = draw(st.none() | st.sampled_from(COOKIE_NOTICES))
    box_title = draw(st.sampled_from(BOX_TITLES))
    teasers = draw(st.lists(headlines(), min_size=2, max_size=6, unique=True))
    dated = draw(st.booleans())
    teaser_dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))
    comments = draw(st.none() | st.sampled_from(COMMENT_LINES))
    comment_texts = draw(st.lists(comment_blocks(), max_size=3)) if comments else []
    footer = draw(st.lists(st.sampled_from(FOOTER_LINES), min_size=2, max_size=6, unique=True))
    copyright_line = f"© {draw(st.integers(1995, 2035))} {site}. All rights reserved."
    story = render(article, "web").rstrip("\n")
    teasers = [teaser for teaser in teasers if teaser != article.headline] or ["Quiet Harbour"]
    if dated:  # each teaser with its date under it, in the article's style or another
        teasers = [
            f"{teaser}\n{format_date(draw(teaser_dates), draw(st.sampled_from(STYLES)))}"
            for teaser in teasers
        ]
    extras = [cookie] if cookie else []
    if layout == "html-text":
        before = [site, *menu, *account]
        after = [box_title, *teasers, *([comments] if comments else []), *comment_texts, *footer]
        blocks = [f"{article.headline} | {site}", "\n".join(before), *extras, story]
        blocks += ["\n".join(after), copyright_line]
    else:
        before = [site, *(f"  * {item}" for item in (*menu, *account))]
        after = [
            box_title,
            *(f"  * {teaser}" for teaser in teasers),
            *([comments] if comments else []),
            *comment_texts,
            *(f"  * {item}" for item in footer),
        ]
        blocks = ["\n".join(before), *extras, story, "\n".join(after), copyright_line]
    text = "\n\n".join(blocks) + "\n"
    furniture = tuple(
        line.strip().removeprefix("* ")
        for part in (*before, *after, *extras, copyright_line)
        for line in part.splitlines()
    )
    return WebPage(article=article, text=text, layout=layout, furniture=furniture)
