"""The page's headline, and the header lines around it.

The headline is a title-shaped line not far above the body's core, preferably one that the
page's ``<title>`` (html-text's first line) shows. Candidates are scored by their shape (a
title's length and case, no sentence end) and their place (a byline or date line under them,
the core close below); the byline and date lines lie between the headline and the core.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import islice
from typing import Final, NamedTuple

import attrs
import regex

from newsparse.detectors.boilerplate import boilerplate_reason
from newsparse.detectors.byline import (
    is_job_title,
    is_lone_lead,
    is_reading_time,
    looks_like_a_name_alone,
    parse_byline,
    starts_with_lead,
)
from newsparse.detectors.date_line import DateKind, dates_in_line
from newsparse.detectors.headline import TRAIL_SEPARATORS
from newsparse.detectors.meta_line import parse_meta_line, title_before_meta
from newsparse.detectors.share_icons import is_share_line
from newsparse.document import Document, Line, non_blank, title_line
from newsparse.models import DateValue
from newsparse.region.boxes import BOX_HEADING_MAX_LENGTH
from newsparse.region.lines import (
    DATES_ABOVE_MAX_LENGTH,
    UNSPACED,
    LineFeatures,
    is_meta,
    is_notice,
    mostly_symbols,
    neighbour,
    normal_words,
)
from newsparse.region.markers import BOX_HEADING, END_MARKER
from newsparse.titles import (
    LIST_ITEM,
    TITLE_SEPARATORS,
    looks_like_title,
    main_title_part,
    named_in_copyright,
    unbulleted,
    unmarked,
)
from newsparse.vocab.agencies import AgencyTable
from newsparse.vocab.bylines import JOB_WORDS
from newsparse.vocab.webpage import (
    CRUMB_ROOTS,
)

_DIGIT: Final = regex.compile(r"\d")
#: The account of a social media post embedded in a story, after its text.
_EMBED_CREDIT: Final = regex.compile(r"\(@\w+\)")
_CREDIT: Final = regex.compile(
    r"©|(?<![^\s(])(?:photo(?:graph)?s?|fotos?|images?|bild|credits?|crédit|picture|pictures)\s*:"
    r"|\([^()]*(?:/|\b(?:photo|foto|image|bild|credit|getty|symbolbild|archivbild)\b)[^()]*\)\s*\Z",
    regex.IGNORECASE,
)

#: How far above the body core the headline is looked for (non-blank lines).
HEADER_WINDOW: Final = 30
#: ... and how far below its first prose line (a teaser or a kicker may come first).
HEADER_LOOKAHEAD: Final = 6
#: How many non-blank lines above the headline may hold its date.
DATES_ABOVE_REACH: Final = 3
#: How far above the article (non-blank lines) a byline is still taken as the article's.
BYLINE_REACH: Final = 10


def _page_title(doc: Document) -> set[str]:
    """The normalised parts of the page title (the first line, as html-text writes it).

    None where the text does not start as html-text writes the ``<title>``: a line not
    indented, with a blank line under it. Other tools start with the page's own first line
    (its site name, a menu), which is no title of the story.
    """
    found = title_line(doc.lines)
    if found is None:
        return set()
    first = found.content
    parts = {first, *TITLE_SEPARATORS.split(first)}
    return {
        normal_words(part)
        for part in parts
        if len(part) >= 8 and (part == first or not named_in_copyright(doc.lines, part))
    }


#: How much each sign adds to a candidate headline's score. The signs are general shapes of a
#: page's header, and the weights were fitted (a conditional logit over each page's candidates,
#: cross-validated by page) on development pages, then rounded.
_WEIGHTS: Final = {
    "title": 3.0,  # matches the page title (html-text's first line)
    "first": 2.6,  # the first line of the text: a hand copy starts with its headline
    "first_title": 1.7,  # ... and it is a whole title (a hand copy's headline)
    "blank_before": 1.5,  # a block of its own: a blank line before it ...
    "blank_after": 1.7,  # ... and after it
    "less_indented": 1.5,  # less indented than the body (a heading outside the text column)
    "headline_length": 1.4,  # 4 to 25 words
    "quoted": 1.1,  # its text recurs inside a nearby line (a breadcrumb, a share text)
    "after_furniture": 0.65,  # the line above is a menu item or a short label
    "colon": 0.6,  # "Topic: what happened"
    "meta_after": 0.55,  # a byline or a date line follows
    "date_above": 1.8,  # the line right above is a short date line (not one of a list's)
    "repeated": 0.4,  # the same line recurs on the page
    "lower_case": -1.6,  # starts in lower case: a tag list, a fragment
    "short": -1.6,  # fewer than three words
    "three_words": -0.6,
    "long": -0.9,  # more than 15 words: a standfirst more often than not
    "long_after": -0.6,  # a long line follows directly (a teaser's text, a standfirst's body)
    "short_after": -0.3,
    "sentence": -1.5,  # ends like a sentence: a candidate only right over a byline or date
}
#: Per non-blank line between a candidate and the first prose line, above and below it.
_ABOVE_COST: Final = 0.08
_BELOW_COST: Final = 0.4
#: A text with at most this many non-blank lines after the body core may be a hand copy of the
#: article part of a page, which starts with its headline; a whole page goes on for longer.
HAND_COPY_TAIL: Final = 20
#: A best candidate scoring less than this is no headline (precision first).
HEADLINE_MIN_SCORE: Final = 3.5
#: A page title (or its longest part) shown elsewhere on the page has at least this many words.
TITLE_MIN_WORDS: Final = 4
#: A line ending like a sentence is a candidate only if it has no more words than this.
SENTENCE_MAX_WORDS: Final = 20
#: A line following a candidate longer than this (characters) is a paragraph's worth.
_LONG_LINE: Final = 150


@attrs.frozen
class _Header:
    """What the headline search knows about the start of the body."""

    lines: Sequence[Line]
    features: Sequence[LineFeatures]
    counts: Counter[str]
    first_prose: int
    core_end: int
    first_line: int
    title: set[str]
    normals: dict[int, str]
    blank_lines: bool
    """Whether the text sets its blocks apart by blank lines here."""
    meta: dict[int, bool]
    """Whether a line is a byline or a date line, by index, as far as asked (shared)."""
    hand_copy: bool
    """Whether the text ends soon after the core, as a copy of the article part does."""


def find_headline(
    doc: Document,
    features: Sequence[LineFeatures],
    counts: Counter[str],
    first_prose: int,
    core_end: int,
) -> int | None:
    """The most headline-like line close above the body (or just under a teaser), or ``None``.

    Each title-shaped line near the start of the body gets a score from the signs of a
    headline in and around it (:data:`_WEIGHTS`); the best one is the headline when it scores
    :data:`HEADLINE_MIN_SCORE` or more.

    The start of the body is the first prose line of the core. But teasers or a notice in
    prose may open the core above the story's own header: when the best line there has no
    byline or date line next to it and does not match the page title, a headline inside the
    first part of the core that has them is taken instead (:func:`_header_in_core`).
    """
    page = _Page(
        doc,
        features,
        counts,
        core_end,
        first_line=next((line.index for line in doc.lines if line.content), -1),
        title=_page_title(doc),
    )
    best = _best_candidate(page, first_prose)
    if best is None or not best.vouched:
        best = _header_in_core(page, first_prose, best) or best
    if best is None:
        return None
    box = _box_heading_above(doc.lines, first_prose)
    if box is not None and box < best.line < first_prose:
        over = _best_candidate(page, box, above_only=True)
        if (
            over is not None
            and over.score >= HEADLINE_MIN_SCORE
            and (over.vouched or over.score > best.score)
        ):
            best = over  # the best line was a title in a box of other stories over the body
    header = best.header
    if best.score < HEADLINE_MIN_SCORE:
        return _title_line_elsewhere(header)
    if best.line == header.first_line or header.normals[best.line] in _shown_title(header):
        return best.line
    elsewhere = _title_line_elsewhere(header)
    return best.line if elsewhere is None else elsewhere


def _box_heading_above(lines: Sequence[Line], first_prose: int) -> int | None:
    """The nearest heading of a box of other stories in the header window over the body."""
    for line in islice(non_blank(lines, first_prose, -1), HEADER_WINDOW):
        content = line.content
        if len(content) <= BOX_HEADING_MAX_LENGTH and BOX_HEADING.match(unbulleted(content)):
            return line.index
    return None


@attrs.frozen
class _Page:
    """What the headline search knows about the whole page."""

    doc: Document
    features: Sequence[LineFeatures]
    counts: Counter[str]
    core_end: int
    first_line: int
    title: set[str]
    shaped: dict[int, bool] = attrs.field(factory=dict)
    """Whether a line has the shape of a headline (:func:`may_be_headline`), as far as asked."""
    meta: dict[int, bool] = attrs.field(factory=dict)
    """Whether a line is a byline or a date line, as far as asked."""
    normals: dict[int, str] = attrs.field(factory=dict)
    """The normalised text of lines, as far as asked."""

    @property
    def hand_copy(self) -> bool:
        """Whether few lines follow the core: a copy of the article part ends with its story."""
        tail = 0
        for line in self.doc.lines[self.core_end :]:
            tail += bool(line.content)
            if tail > HAND_COPY_TAIL:
                return False
        return True

    def normal(self, index: int) -> str:
        """The normalised text of a line (:func:`normal_words`), remembered."""
        found = self.normals.get(index)
        if found is None:
            found = self.normals[index] = normal_words(self.doc.lines[index].content)
        return found


class _Candidate(NamedTuple):
    """The best headline candidate around one start of the body."""

    score: float
    line: int
    vouched: bool
    """Whether a byline or date line follows it, a date line is just above it, or it matches
    the page title."""
    header: _Header


#: A headline inside the core is looked for above at most this many later runs of prose ...
MAX_ANCHORS: Final = 2
#: ... each with less than this share of the core's score above it.
ANCHOR_SHARE: Final = 0.4
#: A line this many non-blank lines under a headline, or fewer, may be its standfirst or the
#: caption of its picture.
UNDER_HEADLINE_LINES: Final = 2


def _header_in_core(page: _Page, first_prose: int, found: _Candidate | None) -> _Candidate | None:
    """A headline inside the first part of the core, with a byline or date line next to it.

    Above each of the next few runs of prose in the core (:data:`MAX_ANCHORS`, in its first
    :data:`ANCHOR_SHARE`), the best line below the first prose line is taken when it scores
    :data:`HEADLINE_MIN_SCORE` or more and is vouched for. Not when the headline ``found``
    above scores that much and either lies close above it, with no other title between (the
    line inside is then the caption under its standfirst), or has a byline or date line, or a
    heading of other stories ("Related", "Mehr zum Thema"), between the two (the line inside
    is then a related story's).
    """
    lines = page.doc.lines
    for anchor in _later_anchors(lines, page.features, first_prose, page.core_end):
        inside = _best_candidate(page, anchor, below=first_prose)
        if inside is None or inside.score < HEADLINE_MIN_SCORE or not inside.vouched:
            continue
        if (
            found is not None
            and found.score >= HEADLINE_MIN_SCORE
            and (
                _close_under(lines, found.line, inside.line)
                or _meta_between(page, found.line, inside.line)
            )
        ):
            return None  # a standfirst or a caption under the headline, or a related story
        return inside
    return None


def _later_anchors(
    lines: Sequence[Line], features: Sequence[LineFeatures], first_prose: int, core_end: int
) -> list[int]:
    """The first lines of the runs of prose after the first one, in the first part of the core."""
    total = sum(f.score for f in features[first_prose:core_end] if f.score > 0)
    found: list[int] = []
    seen = 0.0
    previous_prose = True
    for index in range(first_prose, core_end):
        feature = features[index]
        if not lines[index].content:
            continue
        if feature.prose and not previous_prose:
            if seen >= ANCHOR_SHARE * total:
                break
            found.append(index)
            if len(found) >= MAX_ANCHORS:
                break
        previous_prose = feature.prose
        seen += max(feature.score, 0.0)
    return found


def _close_under(lines: Sequence[Line], headline: int, index: int) -> bool:
    """Whether a line is close under a headline: few lines between, none of them a title."""
    between = [line.content for line in lines[headline + 1 : index] if line.content]
    return len(between) <= UNDER_HEADLINE_LINES and not any(map(looks_like_title, between))


def _meta_between(page: _Page, start: int, end: int) -> bool:
    """Whether a byline or date line, or a heading of other stories, lies between two lines."""
    lines = page.doc.lines
    return any(
        lines[index].content
        and (
            _is_meta_line(lines, index, page.meta)
            or END_MARKER.match(unbulleted(lines[index].content)) is not None
        )
        for index in range(start + 1, end)
    )


def _best_candidate(
    page: _Page, first_prose: int, *, below: int = -1, above_only: bool = False
) -> _Candidate | None:
    """The best scoring candidate around one start of the body (only lines after ``below``).

    With ``above_only``, only the lines above ``first_prose`` are candidates.
    """
    lines = page.doc.lines
    first_line = page.first_line
    candidates = [(first_prose, 0), *_around(lines, first_prose)]
    if above_only:
        candidates = [(index, distance) for index, distance in candidates if distance > 0]
        if not candidates:
            return None
    top = min(index for index, _ in candidates)
    bottom = max(index for index, _ in candidates)
    header = _Header(
        lines,
        page.features,
        page.counts,
        first_prose,
        page.core_end,
        first_line=first_line,
        title=page.title,
        normals={index: page.normal(index) for index, _ in candidates},
        blank_lines=any(not line.content for line in lines[top:bottom]),
        meta=page.meta,
        hand_copy=page.hand_copy,
    )
    shaped = page.shaped
    for index, _ in candidates:
        if index > below and index not in shaped:
            shaped[index] = may_be_headline(_title_part(lines[index].content))
    for index, _ in candidates:
        if shaped.get(index) and _ends_with_title(header, index):
            shaped[index] = False
    signs = [
        (
            index,
            distance,
            _shape_signs(_title_part(lines[index].content)) | _place_signs(header, index),
        )
        for index, distance in candidates
        if index > below and shaped[index]
    ]
    signs += [
        (
            index,
            distance,
            {"sentence"} | _shape_signs(lines[index].content) | _place_signs(header, index),
        )
        for index, distance in candidates
        if index > below and not shaped[index] and _sentence_over_meta(header, index)
    ]
    title_line = lines[first_line].content if first_line >= 0 else ""
    shown = {_main_title_part(title_line), normal_words(title_line)}
    if any("title" in found and header.normals[index] in shown for index, _, found in signs):
        # the page shows the title (or its main part): the title line does not vouch for itself
        for _, _, found in signs:
            found.discard("first_title")
    best: tuple[float, int, set[str]] | None = None
    for index, distance, found in signs:
        score = sum(_WEIGHTS[sign] for sign in found)
        score -= distance * _ABOVE_COST if distance >= 0 else -distance * _BELOW_COST
        if best is None or score > best[0]:
            best = (score, index, found)
    if best is None:
        return None
    score, index, found = best
    vouched = (
        "meta_after" in found
        or "title" in found
        or bool(find_dates_above(lines, index, day_first=False))
    )
    return _Candidate(score, index, vouched, header)


#: A breadcrumb trail's first crumb, the home page ("Startseite", "Home"), or its lead words
#: ("Sie sind hier:"), at the start of a line.
_CRUMB_ROOT: Final = regex.compile(
    r"(?i:" + "|".join(map(regex.escape, CRUMB_ROOTS)) + r")(?=[\s:>»/|]|\p{Lu})"
)


def _ends_with_title(header: _Header, index: int) -> bool:
    """Whether a line is a breadcrumb trail that ends with another candidate's text.

    Text tools print a trail without its separators ("Startseite Sterne Plejaden, M45"): a
    line that opens with the home page's crumb and ends with the text of another line near
    the body (the headline shown on its own) is the trail, not the headline.
    """
    content = unbulleted(header.lines[index].content)
    if _CRUMB_ROOT.match(content) is None or TRAIL_SEPARATORS.search(content) is not None:
        return False  # a trail with its separators is cut by the headline detector
    normal = header.normals[index]
    return any(
        other != index and text and normal.endswith(" " + text)
        for other, text in header.normals.items()
    )


def _title_part(content: str) -> str:
    """A line's text without a section's name and date line glued after its title."""
    return title_before_meta(content) or content


def _shown_title(header: _Header) -> set[str]:
    """The page title and its longest part, as a page would show them, normalised.

    Only where the first line is written as html-text writes the ``<title>`` (not indented,
    a blank line under it), and only of :data:`TITLE_MIN_WORDS` words or more.
    """
    found = title_line(header.lines)
    if found is None:
        return set()
    title = found.content
    parts = (normal_words(title), _main_title_part(title), *_title_without_ends(title))
    return {part for part in parts if len(part.split()) >= TITLE_MIN_WORDS}


def _title_without_ends(title: str) -> tuple[str, ...]:
    """The page title without its last part, and without its first, normalised.

    A headline with a separator of its own ("Snow on the roof - why only experts should clear
    it | Site") is no longest part of the title: the site's name is its last or first part.
    """
    separators = list(TITLE_SEPARATORS.finditer(title))
    if len(separators) < 2:
        return ()
    return (
        normal_words(title[: separators[-1].start()]),
        normal_words(title[separators[0].end() :]),
    )


def _title_line_elsewhere(header: _Header) -> int | None:
    """The line nearest the body that shows the page title, anywhere on the page, or ``None``.

    The headline a page shows is most often its title, or the title's longest part (the
    rest is the site's name); a page that opens its text with teasers can show it far from
    the line where the body's prose starts. The title line itself is not counted.
    """
    wanted = _shown_title(header)
    if not wanted:
        return None
    shortest = min(map(len, wanted))
    longest = max(map(len, wanted))
    first_prose = header.first_prose
    found: int | None = None
    for line in header.lines[header.first_line + 1 : header.core_end]:
        if (
            shortest <= len(line.content) <= 2 * longest
            and (found is None or abs(line.index - first_prose) < abs(found - first_prose))
            and normal_words(line.content) in wanted
        ):
            found = line.index
    return found


def _shape_signs(content: str) -> set[str]:
    """The signs of a headline in the line's own words."""
    words = len(content.split())
    found = set()
    if words < 3:
        found.add("short")
    elif words == 3:
        found.add("three_words")
    elif words <= 25:
        found.add("headline_length")
    if words > 15:
        found.add("long")
    if content[:1].islower():
        found.add("lower_case")
    if ":" in content:
        found.add("colon")
    return found


def _place_signs(header: _Header, index: int) -> set[str]:
    """The signs of a headline around the line: the title, blank lines, its neighbours."""
    lines = header.lines
    line = lines[index]
    normal = header.normals[index]
    found = set()
    first = index == header.first_line
    if first and header.hand_copy:
        found.add("first")
    if (not first or (header.hand_copy and len(line.content.split()) >= 4)) and (
        normal in header.title
        or (
            len(normal) > 15
            and (len(normal.split()) >= TITLE_MIN_WORDS or UNSPACED.search(normal) is not None)
            and any(normal in part for part in header.title)
        )
    ):
        found.add("first_title" if first else "title")
    if not header.blank_lines or (index > 0 and not lines[index - 1].content):
        found.add("blank_before")
    if not header.blank_lines or (index + 1 < len(lines) and not lines[index + 1].content):
        found.add("blank_after")
    if line.indent < lines[header.first_prose].indent:
        found.add("less_indented")
    if len(normal) > 15 and any(
        other != index and normal in text for other, text in header.normals.items()
    ):
        found.add("quoted")
    if header.counts[line.content] > 1:
        found.add("repeated")
    if _meta_follows(header, index):
        found.add("meta_after")
    if _date_right_above(header, index):
        found.add("date_above")
    before = neighbour(lines, index, -1)
    if before is not None and header.features[before].furniture:
        found.add("after_furniture")
    after = neighbour(lines, index, 1)
    following = lines[after].content if after is not None else ""
    if len(following) > _LONG_LINE:
        found.add("long_after")
    elif following and len(following.split()) <= 3:
        found.add("short_after")
    return found


def _date_right_above(header: _Header, index: int) -> bool:
    """Whether the line right above a line is a short date line (no byline, no reading time).

    The line over the date line is no date line too, no byline, no name alone and no title.

    Pages put the story's date (and its source) right over the headline ("12.03.2021",
    "12.03.2021 - Press office"); a subtitle has the headline there instead. Two date lines in a
    row are the end of a list of dated teasers.
    """
    lines = header.lines
    above = neighbour(lines, index, -1)
    if above is None or not _is_dated_source(lines[above].content):
        return False
    over = neighbour(lines, above, -1)
    if over is None:
        return True
    content = lines[over].content
    return not (
        _is_short_date(content)
        or _is_meta_line(lines, over, header.meta)
        or looks_like_a_name_alone(content)
        or (len(content.split()) >= TITLE_MIN_WORDS and may_be_headline(content))
    )  # a title or the author's name over the date: the line under it is a caption's


def _is_short_date(content: str) -> bool:
    """Whether a line is short (:data:`DATES_ABOVE_MAX_LENGTH`) and gives a date."""
    return _short_date_line(content) is not None


def _short_date_line(
    content: str,
) -> tuple[tuple[tuple[DateKind, DateValue], ...], list[str]] | None:
    """The dates and the rest of a short line (:data:`DATES_ABOVE_MAX_LENGTH`), if it has any."""
    if len(content) > DATES_ABOVE_MAX_LENGTH or _DIGIT.search(content) is None:
        return None
    return dates_in_line(unmarked(content))


def _is_dated_source(content: str) -> bool:
    """Whether a line is a short date line with no byline and no reading time in it.

    "12.03.2021" or "12.03.2021 - Press office" stand over a headline; "By Ana Lima | 12.03.2021"
    and "Oct 18, 2019 · 8 min read" stand under it.
    """
    found = _short_date_line(content)
    if found is None or starts_with_lead(content) or parse_byline(content):
        return False
    return not any(is_reading_time(part.strip(" ·|-–—")) for part in found[1])


def _sentence_over_meta(header: _Header, index: int) -> bool:
    """Whether a line ending like a sentence may still be a headline ("They just might be.").

    Only a short block of its own (at most :data:`SENTENCE_MAX_WORDS` words) right over a
    byline or date line, and not under prose; its score bears the ``sentence`` sign.
    """
    lines = header.lines
    content = lines[index].content
    if not content.endswith((".", "…")) or not 4 <= len(content.split()) <= SENTENCE_MAX_WORDS:
        return False
    if content.rstrip(".…").endswith((",", ";", ":")):
        return False  # a fragment cut short
    if header.blank_lines and (
        lines[index - 1].content or (index + 1 < len(lines) and lines[index + 1].content)
    ):
        return False
    after = neighbour(lines, index, 1)
    if after is None or not _is_meta_line(lines, after, header.meta):
        return False
    before = neighbour(lines, index, -1)
    if before is not None and header.features[before].prose:
        return False
    if (
        before is not None
        and len(lines[before].content.split()) >= TITLE_MIN_WORDS
        and may_be_headline(lines[before].content)
    ):
        return False  # a title over it: the sentence is its standfirst
    return not (
        LIST_ITEM.match(content)
        or is_meta(content)
        or _CREDIT.search(content)
        or boilerplate_reason(content) is not None
    )


def may_be_headline(content: str) -> bool:
    """Whether a line has the shape of a headline and is none of the other header lines."""
    return not (
        LIST_ITEM.match(content)
        or not looks_like_title(content)
        or is_meta(content)
        or boilerplate_reason(content) is not None
        or mostly_symbols(content)
        or is_share_line(content)
        or parse_meta_line(content) is not None
        or _CREDIT.search(content)
        or is_job_title(content)
        or is_reading_time(content)
        or is_notice(content)
        or AgencyTable.default().find(content) is not None  # a credit line: "Press Association"
    )


def _main_title_part(title: str) -> str:
    """The longest part of a "Headline | Site" title, normalised."""
    return normal_words(main_title_part(title))


def _meta_follows(header: _Header, index: int) -> bool:
    """Whether a byline or a date line comes within the next two non-blank lines."""
    lines = header.lines
    seen = 0
    position = index
    while position + 1 < len(lines) and seen < 2:
        position += 1
        content = lines[position].content
        if not content:
            continue
        if position >= header.first_prose and seen:
            return False
        seen += 1
        if _EMBED_CREDIT.search(content):
            return False  # "— Ana Lima (@analima) May 2, 2021": the end of an embedded post
        if _is_meta_line(lines, position, header.meta):
            return True
        if seen == 1 and position < header.first_prose and _name_alone(header, position):
            return True  # the author's name alone, right under the headline
    return False


#: A line under a name alone with a writer's job as its first or last word and at most this
#: many words is the name's job title ("Games Editor", "Redakteurin Wirtschaft").
_JOB_LINE_MAX_WORDS: Final = 4


def _name_alone(header: _Header, index: int) -> bool:
    """Whether a line is an author's name alone: a personal name that no title follows.

    A name over its job title, a date, share buttons or the story's text is the byline's; a
    section's name ("Wide Angle") over a title or a list has the shape of a name too.
    """
    lines = header.lines
    content = lines[index].content
    if "  " in content or not looks_like_a_name_alone(content):
        return False  # not the head of a table's columns ("Film    Year    Description")
    after = neighbour(lines, index, 1)
    if after is None:
        return False
    following = lines[after].content
    words = following.casefold().split()
    return (
        header.features[after].prose
        or is_job_title(following)
        or (len(words) <= _JOB_LINE_MAX_WORDS and (words[0] in JOB_WORDS or words[-1] in JOB_WORDS))
        or is_share_line(following)
        or _is_meta_line(lines, after, header.meta)
    )


def _is_meta_line(lines: Sequence[Line], index: int, known: dict[int, bool]) -> bool:
    """Whether a non-blank line is a byline or a date line (remembered in ``known``)."""
    found = known.get(index)
    if found is None:
        content = lines[index].content
        found = known[index] = is_meta(content) or parse_meta_line(content) is not None
    return found


def _around(lines: Sequence[Line], first_prose: int) -> list[tuple[int, int]]:
    """The candidate lines and their distance from the first prose line.

    Up to :data:`HEADER_WINDOW` non-blank lines above it (distance 1, 2, ...) and
    :data:`HEADER_LOOKAHEAD` below it (distance -1, -2, ...).
    """
    found: list[tuple[int, int]] = []
    index, seen = first_prose, 0
    while index > 0 and seen < HEADER_WINDOW:
        index -= 1
        if lines[index].content:
            seen += 1
            found.append((index, seen))
    index, seen = first_prose, 0
    while index + 1 < len(lines) and seen < HEADER_LOOKAHEAD:
        index += 1
        if lines[index].content:
            seen += 1
            found.append((index, -seen))
    return found


def byline_above(lines: Sequence[Line], top: int) -> int | None:
    """The nearest line above ``top`` that opens with a byline's lead word and reads as one.

    Only :data:`BYLINE_REACH` non-blank lines up, and only a line that says "By" (or "Von",
    "Par", ...): a bare name or a bare date up there may be a teaser's.
    """
    for line in islice(non_blank(lines, top, -1), BYLINE_REACH):
        if starts_with_lead(line.content) and _reads_as_byline(lines, line.index):
            return line.index
    return None


def _reads_as_byline(lines: Sequence[Line], index: int) -> bool:
    """Whether the byline or metadata detectors would take the line for a byline."""
    content = lines[index].content
    if is_lone_lead(content):  # "By" alone, the name on the next line of the block
        following = lines[index + 1].content if index + 1 < len(lines) else ""
        return bool(following) and parse_byline(f"{content} {following}") is not None
    if parse_byline(content) is not None:
        return True
    meta = parse_meta_line(content)
    return meta is not None and meta.byline is not None


def header_top(lines: Sequence[Line], features: Sequence[LineFeatures], core_start: int) -> int:
    """Without a headline, take in the few non-list lines just above the core."""
    top = core_start
    seen = 0
    index = core_start
    while index > 0 and seen < 6:
        index -= 1
        if not lines[index].content:
            continue
        if LIST_ITEM.match(lines[index].content) or features[index].score < -40:
            break
        seen += 1
        top = index
    return top


def find_dates_above(lines: Sequence[Line], headline: int, *, day_first: bool) -> tuple[int, ...]:
    """The date and metadata lines among the few short lines just above the headline.

    Many pages put the date over the title (``Published: 30 January 2017``, a share button and
    a kicker between). The look is short: :data:`DATES_ABOVE_REACH` non-blank lines, each of them
    short, so that the date at the top of the site's menu is not taken for the article's; a
    row of share buttons or a bare list mark between is not counted. Two or more dates there
    are the end of a list of dated teasers, and none is taken.
    """
    found: list[int] = []
    seen = 0
    index = headline
    while index > 0 and seen < DATES_ABOVE_REACH:
        index -= 1
        content = lines[index].content
        if not content:
            continue
        text = unbulleted(content)
        if not any(map(str.isalnum, text)) or is_share_line(text):
            continue  # a bare list mark ("*"), a share row
        seen += 1
        if len(content) > DATES_ABOVE_MAX_LENGTH:
            break
        if dates_in_line(unmarked(content), day_first=day_first) is not None:
            found.append(index)  # a date line, or a metadata line ("Energie 12.12.2022")
    # Two dates over the headline: the end of a list of dated teasers, not the article's date.
    return tuple(found) if len(found) == 1 else ()
