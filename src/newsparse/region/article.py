"""Finding the article in a document: :func:`find_article` and its :class:`Region`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import attrs

from newsparse.document import Document, Line
from newsparse.inserts import Insert, find_inserts
from newsparse.region.boxes import find_box_lines, find_boxes
from newsparse.region.ends import comments_under_story, cut_last_island, cut_story_end, cut_tail
from newsparse.region.gate import (
    NO_SITE,
    PAGE_MIN_FURNITURE_LINES,
    PAGE_SIGNED_FURNITURE_SHARE,
    has_page_sign,
    page_share,
)
from newsparse.region.header import byline_above, find_dates_above, find_headline, header_top
from newsparse.region.lines import densest_run, line_features


@attrs.frozen
class Region:
    """Where the article lies in a document, as line indices ``[start, end)``."""

    start: int
    end: int
    is_page: bool
    """Whether the document looked like a whole page (else the region is all of it)."""
    headline: int | None = None
    """Index of the line chosen as the headline, when the page analysis chose one."""
    dates_above: tuple[int, ...] = ()
    """Date lines just above the headline (``Published: 30 January 2017``), part of the header."""
    byline: int | None = None
    """Index of a byline line just above ``start``, left to the detectors: pages put the
    byline above a picture or a standfirst that the analysis may take for the top."""
    boxes: tuple[tuple[int, int], ...] = ()
    """Boxes of other stories inside the article, as line indices ``[start, end)``: a heading
    ("Related", "Most read") and the titles under it (see :func:`find_boxes`). Found in any
    document, page or not: a hand copy keeps them too."""
    inserts: tuple[Insert, ...] = attrs.field(default=(), repr=False)
    """Picture galleries and charts set into the text (see
    :func:`newsparse.inserts.find_inserts`). Found in any document, page or not."""
    box_lines: tuple[int, ...] = attrs.field(default=(), repr=False)
    """On a page, lines inside the article that belong to a box of the page: a heading of
    what pages put under a story ("Tags:", "Share this article", "About the author", see
    :func:`is_box_heading`) and, after the first paragraph, the teaser titles, tags and share
    lines under it."""
    reason: str = attrs.field(default="", repr=False)
    """Why the document was or was not taken for a page, in words (``newsparse explain``
    prints it)."""


def find_article(doc: Document, *, day_first: bool = False) -> Region:
    r"""Where the article lies in ``doc``: the whole document unless it looks like a page.

    ``day_first`` reads numeric dates day first (see :func:`newsparse.dates.parse_date`).

    >>> page = Document.from_text("\n".join(["* Home", "* World", "* Sport"] * 6
    ...     + ["", "Ferry Returns to Millbrook", "",
    ...        "The ferry sailed again at dawn, and the whole town came out to watch it go." * 2,
    ...        "", "* Home", "* About"]))
    >>> region = find_article(page)
    >>> page.lines[region.start].content, region.end - region.start
    ('Ferry Returns to Millbrook', 3)
    """
    lines = doc.lines
    inserts = find_inserts(lines)
    share = page_share(lines)
    if share is None:
        return _whole(lines, NO_SITE, inserts)
    counts = Counter(line.content for line in lines if line.content)
    features = [line_features(line, repeated=counts[line.content] > 1) for line in lines]
    non_blank = sum(1 for line in lines if line.content)
    furniture = sum(1 for f in features if f.furniture)
    shares = f"{furniture} of {non_blank} lines are page furniture"
    if furniture < PAGE_MIN_FURNITURE_LINES or furniture < PAGE_SIGNED_FURNITURE_SHARE * non_blank:
        return _whole(lines, f"not a page: only {shares}", inserts)
    if furniture < share * non_blank and not has_page_sign(lines):
        return _whole(
            lines, f"not a page: a menu but no other sign of a site, and only {shares}", inserts
        )
    core = densest_run(features)
    if core is None:
        return _whole(lines, "not a page: no run of prose to be the story", inserts)
    reason = f"a page: a menu or a line of the site around the story, and {shares}"
    start, end = cut_tail(lines, features, *core)
    start, end = cut_last_island(lines, features, start, end)
    start, end = cut_story_end(lines, features, start, end)
    first_prose = next((i for i in range(start, end) if features[i].prose), start)
    headline = find_headline(doc, features, counts, first_prose, end)
    top = headline if headline is not None else header_top(lines, features, first_prose)
    if headline is None:
        top = min(top, start)
        return Region(
            top,
            end,
            is_page=True,
            byline=byline_above(lines, top),
            boxes=find_boxes(lines, top, end),
            inserts=inserts,
            box_lines=find_box_lines(lines, features, top, end, first_prose),
            reason=reason + "; no line is the headline with confidence",
        )
    return Region(
        headline,
        max(end, headline + 1),
        is_page=True,
        headline=headline,
        dates_above=find_dates_above(lines, headline, day_first=day_first),
        byline=byline_above(lines, headline),
        boxes=find_boxes(lines, headline, max(end, headline + 1)),
        inserts=inserts,
        box_lines=find_box_lines(lines, features, headline + 1, end, first_prose),
        reason=reason,
    )


def _whole(lines: Sequence[Line], reason: str, inserts: tuple[Insert, ...]) -> Region:
    """The region of a document that is not a page: all of it, with its boxes and inserts.

    Except the readers' comments under the story (:func:`comments_under_story`): a text too
    small to be taken for a page keeps them too, and they are no part of the article.
    """
    boxes = find_boxes(lines, 0, len(lines))
    end = comments_under_story(lines)
    if end is None:
        return Region(0, len(lines), is_page=False, boxes=boxes, inserts=inserts, reason=reason)
    reason += f"; readers' comments from line {end + 1} on"
    return Region(0, end, is_page=False, boxes=boxes, inserts=inserts, reason=reason)
