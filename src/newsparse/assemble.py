"""Folding labelled claims into an :class:`~newsparse.models.Article`.

This is the one place where labels become fields.

* ``headline``: the first headline claim; ``standfirst`` likewise.
* ``published`` / ``modified``: from the date lines of the *header*, the part of the text
  before the first body paragraph: those under the headline and before any prose first, then
  those over the headline, then those after a paragraph of prose. A date further down (in a
  list of other stories, say) is not the article's date.
* ``authors`` / ``byline``: from the bylines of the header; failing that, from a byline right
  after the last paragraph; failing that, from a box about the author ("Written by" and the
  name on the next line) in or under the body.
* ``dateline``: the dateline claim, its date resolved with the year of the published date.
* ``body``: the paragraphs in order; ``boilerplate``: the boilerplate lines in order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Final

import attrs
import regex

from newsparse import labels
from newsparse.chain import HEADER_PARAGRAPHS, Claim, is_prose
from newsparse.dates import DATE_SEARCH, parse_date
from newsparse.detectors.byline import Parsed, author_bio, author_box
from newsparse.detectors.date_line import (
    DateKind,
    dates_in_line,
    in_a_dated_list,
    published_by_label,
)
from newsparse.detectors.headline import TITLE_PARTS
from newsparse.detectors.meta_line import MetaLine
from newsparse.detectors.page_furniture import AFTER_THE_ARTICLE, BEFORE_THE_ARTICLE
from newsparse.document import Document, title_line
from newsparse.language import guess_language, writes_day_first
from newsparse.models import Article, Author, Byline, Dateline, DateValue, Segment
from newsparse.region import opens_other_stories
from newsparse.titles import unmarked
from newsparse.vocab.bylines import LEAD_WORDS
from newsparse.vocab.date_labels import PUBLISHED


def assemble(
    claims: Sequence[Claim], *, reference_date: dt.date | None = None, text: str | None = None
) -> Article:
    """Build the article from the claims of a labelled document.

    ``reference_date`` fixes the year of a dateline's date ("March 3") when the article gives
    no date of its own. ``text`` is the document the claims label; with it, a date line that
    stands in a list of dated lines (teasers of other stories) does not date the article.
    """
    header = claims[: body_start(claims)]
    headline = next((i for i, claim in enumerate(header) if claim.label == labels.HEADLINE), 0)
    # A date under the headline is the article's before one over it (which may be the page's),
    # but one over it before one that comes after a paragraph of prose.
    prose = next(
        (
            i
            for i, claim in enumerate(header[headline:], headline)
            if claim.label == labels.PARAGRAPH and is_prose(claim.text)
        ),
        len(header),
    )
    date_claims = [
        claim
        for claim in [*header[headline:prose], *header[:headline], *header[prose:]]
        if claim.label in _DATED and (text is None or not in_a_dated_list(text, claim))
    ]
    published, modified = _dates(date_claims)
    if published is None and text is not None:
        published = labelled_published(text, claims)
    if published is None and text is not None:
        published = footer_published(text, claims)
    if published is None and modified is not None and _as_of(modified, date_claims):
        published = modified
    if published is None and text is not None:
        published = title_published(text, claims)
    bylines = [claim for claim in header if claim.label == labels.BYLINE]
    bylines += [
        attrs.evolve(claim, value=claim.value.byline)
        for claim in header
        if claim.label == labels.META and claim.value.byline is not None
    ]
    if not bylines:
        bylines = _trailing_bylines(claims)
    if not bylines:
        bylines = _dated_byline(claims)
    if not bylines and text is not None:
        bylines = _author_box(claims, text)
    if not bylines and text is not None:
        bylines = _author_bio(claims, text)
    # not a lead word alone; "By Reuters" credits the agency with no author
    bylines = [claim for claim in bylines if claim.value.authors or claim.value.agency]
    authors, byline = _authors(bylines)
    return Article(
        headline=_first_text(claims, labels.HEADLINE),
        standfirst=_first_text(claims, labels.STANDFIRST),
        published=published,
        modified=modified,
        authors=authors,
        byline=byline,
        dateline=_dateline(claims, published.value if published else reference_date),
        body=tuple(_text(claim) for claim in claims if claim.label in labels.BODY_LABELS),
        signoff=next(
            (
                c.value.text
                for c in claims
                if c.label == labels.SIGNOFF and c.value.kind == "signoff"
            ),
            None,
        ),
        credits=tuple(
            c.value.text for c in claims if c.label == labels.SIGNOFF and c.value.kind == "credits"
        ),
        boilerplate=tuple(claim.text for claim in claims if claim.label == labels.BOILERPLATE),
        segments=segments_of(claims),
    )


_DATED = frozenset({labels.DATE, labels.META})


def segments_of(claims: Sequence[Claim]) -> tuple[Segment, ...]:
    """The public form of the claims: offsets, label, detector and reason of each."""
    return tuple(
        Segment(
            start=claim.start,
            end=claim.end,
            label=claim.label,
            detector=claim.detector,
            reason=claim.reason,
        )
        for claim in claims
    )


def body_start(claims: Sequence[Claim]) -> int:
    """Index of the claim where the header ends and the body starts.

    That is the first paragraph after the last header line (date line, byline, metadata line)
    of the header, if the body goes on after it. The header stays open for the first
    :data:`~newsparse.chain.HEADER_PARAGRAPHS` paragraphs, since pages put a standfirst and a
    photo caption above the byline and the date, as :attr:`newsparse.State.in_header` holds.
    """
    paragraphs = 0
    last_header_line = -1
    for index, claim in enumerate(claims):
        if claim.label == labels.PARAGRAPH:
            if is_prose(claim.text):
                paragraphs += 1
            if paragraphs > HEADER_PARAGRAPHS:
                break
        elif claim.label in labels.HEADER_LINE_LABELS:
            last_header_line = index
    first = next((i for i, claim in enumerate(claims) if claim.label == labels.PARAGRAPH), None)
    after = next(
        (
            index
            for index, claim in enumerate(claims)
            if claim.label == labels.PARAGRAPH and index > last_header_line
        ),
        None,
    )
    if after is None:  # no body after the header lines: they close the article, not open it
        return len(claims) if first is None else first
    return after


def _text(claim: Claim) -> str:
    return claim.value if isinstance(claim.value, str) else " ".join(claim.text.split())


def _first_text(claims: Sequence[Claim], label: str) -> str | None:
    return next((_text(claim) for claim in claims if claim.label == label), None)


def _dates(date_claims: Iterable[Claim]) -> tuple[DateValue | None, DateValue | None]:
    published: DateValue | None = None
    modified: DateValue | None = None
    for claim in date_claims:
        pairs: tuple[tuple[DateKind, DateValue], ...] = (
            claim.value.dates if isinstance(claim.value, MetaLine) else claim.value
        )
        if published is None:
            # of a line's publication dates, the first day: an update comes after it
            # ("2018-08-29 14:15 2018-06-22 10:20", the page's modified and published times)
            published = min(
                (value for kind, value in pairs if kind == "published"), key=_day, default=None
            )
        if modified is None:
            modified = next((value for kind, value in pairs if kind == "modified"), None)
    return published, modified


def title_published(text: str, claims: Sequence[Claim] = ()) -> DateValue | None:
    r"""The date that the page's title gives as a part of its own, next to the headline.

    html-text writes the page's ``<title>`` as its first line, and sites put the story's date
    in it: "Dam opens on the Ruth - 03/03/2020 - Local News". The date must be a whole part of
    the title (between " - ", " | "...), and another part the article's headline: a date
    inside the headline ("Results of the race, 3.3.2020") is the day of what it tells.

    >>> from newsparse.parse import label_text
    >>> page = ("Dam opens on the Ruth - 3 March 2020 - The Post\n\nDam opens on the Ruth\n\n"
    ...         "The dam on the Ruth opened to boats on Monday, a year late, after a crack.\n")
    >>> title_published(page, label_text(page)).value
    datetime.date(2020, 3, 3)
    """
    headline = next((claim for claim in claims if claim.label == labels.HEADLINE), None)
    title = _title_of(text)
    if headline is None or title is None or not TITLE_PARTS.search(title):
        return None
    parts = [" ".join(part.split()) for part in TITLE_PARTS.split(title)]
    if " ".join(_text(headline).split()).casefold() not in (p.casefold() for p in parts):
        return None
    day_first = writes_day_first(guess_language(text)) if "/" in title else False
    dates = [parse_date(part, day_first=day_first) for part in parts if _DIGIT.search(part)]
    found = [date for date in dates if date is not None]
    return found[0] if len({_day(date) for date in found}) == 1 else None


def _title_of(text: str) -> str | None:
    """The first line, if html-text wrote the page's title there (see :func:`title_line`)."""
    head = text[: _end_of_lines_after(text, 0, 2)]  # the first line and the one under it
    line = title_line(Document.from_text(head).lines)
    return None if line is None else line.content


def _as_of(modified: DateValue, date_claims: Iterable[Claim]) -> bool:
    """Whether the header's update date is labelled "Stand" (German: "as of").

    German news pages print "Stand: 19.11.2019 11:05 Uhr" as the one date of a story: the
    time of its current text, which stands in for the publication date when no other gives
    it. An update date in other words ("Updated ...") is not taken for the publication date:
    a story may be updated weeks after it came out.
    """
    return any(
        claim.text.startswith(modified.text, label.end())
        for claim in date_claims
        for label in _AS_OF.finditer(claim.text)
    )


#: The German label "Stand" (as of) before a date.
_AS_OF: Final = regex.compile(r"(?<![\p{L}])stand\s*:?\s*", regex.IGNORECASE)


def labelled_published(text: str, claims: Sequence[Claim] = ()) -> DateValue | None:
    r"""The date that lines labelled as the publication date give, in and around the article.

    For a text whose header gives no publication date: pages print "Published: ...",
    "Erschienen am ...", "Publié le ..." under the story, or over the headline further up than
    a date line is looked for. Only a label of four letters or more counts
    (:func:`~newsparse.detectors.date_line.published_by_label`). The lines looked at are
    those of the article (from its headline on), :data:`LABELLED_ABOVE` non-blank lines over
    it, and on a page :data:`LABELLED_AFTER` non-blank lines after it, up to a line that opens
    the comments or a list of other stories (not its tags or share buttons). All such lines
    must give the same day: lines labelled with different days are teasers or comments, and
    none of them is taken.

    >>> labelled_published("Dam opens\n\nIt opened.\n\nPublished: 3 March 2020\n").value
    datetime.date(2020, 3, 3)
    """
    top = next((claim.start for claim in claims if claim.label == labels.HEADLINE), None)
    if top is None:
        top = next((claim.start for claim in claims if claim.reason != BEFORE_THE_ARTICLE), 0)
    end = next((claim.start for claim in claims if claim.reason == AFTER_THE_ARTICLE), len(text))
    lines = text[_start_of_lines_before(text, top, LABELLED_ABOVE) : end].splitlines()
    after = text[end : _end_of_lines_after(text, end, LABELLED_AFTER)].splitlines()
    found: list[DateValue] = []
    day_first: bool | None = None
    checked = 0  # the lines after the article up to here open nothing that follows it
    for index, line in enumerate((*lines, *after)):
        if len(line) > _LABELLED_LINE or _DIGIT.search(line) is None:
            continue
        if _STRONG_LABEL.search(line) is None:
            continue
        past = index - len(lines)
        if past > checked:  # under the article: only before the comments, other stories
            if any(opens_other_stories(other.strip()) for other in after[checked:past]):
                break
            checked = past
        content = unmarked(line.strip())
        value = published_by_label(content, day_first=False)
        if value is None and "/" in content:  # "03/05/2022": the order depends on the language
            if day_first is None:
                day_first = writes_day_first(guess_language(text))
            if day_first:
                value = published_by_label(content, day_first=True)
        if value is not None:
            found.append(value)
            if len({_day(value) for value in found}) > 1:
                return None
    return found[0] if found else None


def footer_published(text: str, claims: Sequence[Claim] = ()) -> DateValue | None:
    """The date of the post's footer: author and date in one line right under the article.

    Blogs and some news pages sign the story under it, not over it ("von Ana Lima am
    03.03.2020", "by Ana Lima | 3 March 2020 | in Local News"). On a page, where the lines
    after the article are known, the first :data:`FOOTER_REACH` non-blank lines after it are
    looked at, up to a line that opens the comments or a list of other stories. Exactly one
    of the :data:`FOOTER_LOOK` non-blank lines after the article may hold a date (two are a
    list of teasers or comments), in a line that does not read as a sentence, names the
    author with a byline's lead word ("by", "von", "par"...) and does not label the date
    as an update. A bare date under the story is not taken (it may be a teaser's), nor one
    among other words ("Film opens on 3 March 2020").
    """
    end = next((claim.start for claim in claims if claim.reason == AFTER_THE_ARTICLE), None)
    if end is None:
        return None
    found: DateValue | None = None
    seen = 0
    for line in text[end : _end_of_lines_after(text, end, FOOTER_LOOK)].splitlines():
        content = unmarked(line.strip())
        if not content:
            continue
        seen += 1
        if found is None and opens_other_stories(content):
            return None
        if _DIGIT.search(content) is None:
            continue
        dates = dates_in_line(content, day_first=False) if len(content) <= _FOOTER_LINE else None
        if dates is None:
            if DATE_SEARCH.search(content) is not None:
                return None  # a date in a longer line or a sentence: not a footer
            continue
        if found is not None or seen > FOOTER_REACH:
            return None
        kinds, rest = dates
        found = next((value for kind, value in kinds if kind == "published"), None)
        if found is None or _FOOTER_BYLINE.search(" ".join(rest)) is None:
            return None  # an update, a teaser's date ("Film opens on 3 March 2020"), a bare date
    return found


#: How many non-blank lines after the article may hold its footer's date ...
FOOTER_REACH: Final = 3
#: ... and how many are looked at for a second date, which makes none of them the article's.
FOOTER_LOOK: Final = 8
_FOOTER_LINE: Final = 150
#: A byline's lead word in the footer's line ("Von Ana Lima am 3.3.2020", "by Ana | 3 March").
_FOOTER_BYLINE: Final = regex.compile(
    rf"(?<![\p{{L}}])(?:{'|'.join(regex.escape(word) for word in LEAD_WORDS)})(?![\p{{L}}])",
    regex.IGNORECASE,
)


def _start_of_lines_before(text: str, offset: int, count: int) -> int:
    """Where the ``count`` non-blank lines before ``offset`` start (at most that many)."""
    position = offset
    while count and position > 0:
        line_start = text.rfind("\n", 0, position - 1) + 1
        if text[line_start:position].strip():
            count -= 1
        position = line_start
    return position


def _end_of_lines_after(text: str, offset: int, count: int) -> int:
    """Where the ``count`` non-blank lines from ``offset`` on end (at most that many)."""
    position = offset
    while count and position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end + 1
        if text[position:line_end].strip():
            count -= 1
        position = line_end
    return position


#: How many non-blank lines over the headline are looked at for a labelled publication date ...
LABELLED_ABOVE: Final = 6
#: ... and how many after the end of the article, on a page.
LABELLED_AFTER: Final = 15


def _day(value: DateValue) -> dt.date:
    return value.value.date() if isinstance(value.value, dt.datetime) else value.value


#: A line longer than this is not looked at for a labelled publication date.
_LABELLED_LINE: Final = 200
#: A publication label of four letters or more (a cheap first look at a line): its first word
#: has four letters, or three and another word follows ("mis en ligne").
_STRONG_LABEL: Final = regex.compile(
    rf"(?<![\p{{L}}])(?=\p{{L}}{{4}}|\p{{L}}{{3}}\ \p{{L}})(?:{'|'.join(PUBLISHED)})(?![\p{{L}}])",
    regex.VERBOSE | regex.IGNORECASE,
)


_DIGIT: Final = regex.compile(r"\d")


def _trailing_bylines(claims: Sequence[Claim]) -> list[Claim]:
    """Bylines that come straight after the last paragraph (blank and boilerplate between)."""
    found: list[Claim] = []
    for claim in reversed(claims):
        if claim.label == labels.PARAGRAPH:
            break
        if claim.label == labels.BYLINE:
            found.append(claim)
        elif claim.label not in (labels.BLANK, labels.BOILERPLATE, labels.DATE):
            return []
    return found[::-1]


def _dated_byline(claims: Sequence[Claim]) -> list[Claim]:
    """The first byline in the body that a date line stamps, right above or under it.

    Pages put a gallery of captioned photos, or a long standfirst, over the byline and the
    date, so these come after the header closed ("By Ana Lima" / "Published: May 3, 2024").
    There the date line may have been taken for a paragraph: it stamps the byline too when a
    publication label opens it ("Published: ...", see
    :func:`~newsparse.detectors.date_line.published_by_label`).
    """
    for index, claim in enumerate(claims):
        if claim.label != labels.BYLINE or not claim.value.authors:
            continue
        if any(
            neighbour is not None and _stamps_byline(neighbour)
            for neighbour in (_next_claim(claims, index, -1), _next_claim(claims, index, 1))
        ):
            return [claim]
    return []


def _stamps_byline(claim: Claim) -> bool:
    if claim.label in _DATED:
        return _holds_date(claim)
    return (
        claim.label == labels.PARAGRAPH
        and _DIGIT.search(claim.text) is not None
        and published_by_label(claim.text.strip()) is not None
    )


def _next_claim(claims: Sequence[Claim], index: int, step: int) -> Claim | None:
    """The next claim before (``step`` -1) or after (+1) claim ``index`` that is not blank."""
    index += step
    while 0 <= index < len(claims):
        if claims[index].label != labels.BLANK:
            return claims[index]
        index += step
    return None


def _holds_date(claim: Claim) -> bool:
    return not isinstance(claim.value, MetaLine) or bool(claim.value.dates)


def _author_box(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The byline of a box about the author in or after the body ("Written by" / "Ana Lima")."""
    body = [claim for claim in claims if claim.label in labels.BODY_LABELS]
    if not body:
        return []
    found = author_box(text, body[0].start, body[-1].end)
    if found is None:
        return []
    parsed, start, stop = found
    box = text[start:stop]
    return [
        Claim(start, stop, labels.BYLINE, "byline", "author box", parsed, " ".join(box.split()))
    ]


def _author_bio(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The writer a line about them names in or under the story's last paragraph."""
    body = [claim for claim in claims if claim.label in labels.BODY_LABELS]
    if not body:
        return []
    found = author_bio(text, body[-1].start, body[-1].end)
    if found is None:
        return []
    parsed, start, stop = found
    reason = "line about the author"
    return [Claim(start, stop, labels.BYLINE, "byline", reason, parsed, text[start:stop])]


def _authors(bylines: Sequence[Claim]) -> tuple[tuple[Author, ...], Byline | None]:
    if not bylines:
        return (), None
    authors: list[Author] = []
    agency = None
    for claim in bylines:
        parsed: Parsed = claim.value
        agency = agency or parsed.agency
        authors.extend(a for a in parsed.authors if a.name not in {b.name for b in authors})
    return tuple(authors), Byline(text=bylines[0].text, agency=agency)


def _dateline(claims: Sequence[Claim], reference: dt.date | None) -> Dateline | None:
    claim = next((claim for claim in claims if claim.label == labels.DATELINE), None)
    if claim is None:
        return None
    dateline: Dateline = claim.value
    if dateline.date_text is None or reference is None:
        return dateline
    return _with_date(dateline, dateline.date_text, reference)


def _with_date(dateline: Dateline, date_text: str, reference: dt.date) -> Dateline:
    """Resolve "March 3" with the year of the reference date.

    The year before is taken if the reference year puts the dateline more than a month after
    the reference (a story filed on December 31 and published on January 2).
    """
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    for year in (reference.year, reference.year - 1):
        value = parse_date(f"{date_text} {year}")
        if value is None:
            return dateline
        if value.value <= reference + dt.timedelta(days=31):
            resolved = DateValue(text=date_text, value=value.value, precision="day")
            return attrs.evolve(dateline, date=resolved)
    return dateline
