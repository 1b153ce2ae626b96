"""``page_furniture``: the lines of a web page outside the article.

When the document is a whole page (menus, teasers, footers, comments around the story, as
HTML-to-text tools and crawls give it), :func:`newsparse.region.find_article` finds where the
article lies; this detector claims every line before and after it as boilerplate, with the
reason::

    * Home                                   <- before the article
    * World
    Ferry Returns to Millbrook               <- headline (the article starts here)
    The ferry sailed again at dawn ...
    Most Popular                             <- after the article
    * Storm closes the coast road

In any document, page or not, it also claims the boxes of other stories inside the article,
which hand copies keep too: a heading such as "Related" or "Most read" and the titles under
it (see :func:`newsparse.region.find_boxes`)::

    The ferry sailed again at dawn ...
    Related                                  <- a box of other stories
    * Harbour wall to be repaired
    The crossing takes forty minutes ...     <- the story goes on

It claims the picture galleries and charts set into the text as well (see
:func:`newsparse.inserts.find_inserts`). On a document that is not a page it claims nothing
else but the readers' comments that clearly follow the story (a comments heading over a name
line, a date line and the text) and what comes after them.
"""

from __future__ import annotations

from typing import Final

from newsparse import labels
from newsparse.chain import Cursor, Detection, Detector

NAME: Final = "page_furniture"
_BOX: Final = "list of other stories"
#: The reason given for a line of a box of the page inside the article ("Tags:").
IN_A_BOX: Final = "box of the page in the article"
#: The reasons given for the lines before and after the article.
BEFORE_THE_ARTICLE: Final = "page before the article"
AFTER_THE_ARTICLE: Final = "page after the article"
#: The reason given for readers' comments under the story of a text that is no page.
_COMMENTS: Final = "readers' comments after the article"


def detect(cursor: Cursor) -> Detection | None:
    """Claim the lines of this block that lie outside the article, or in a box of other stories."""
    region = cursor.region
    if region is None or not cursor.at_line_start:
        return None
    lines = cursor.doc.lines
    for start, end in region.boxes:
        if start <= cursor.line < end:
            last = min(cursor.block_end, end) - 1
            return Detection(labels.BOILERPLATE, lines[last].content_end, _BOX)
    for insert in region.inserts:
        if insert.start <= cursor.line < insert.end:
            last = min(cursor.block_end, insert.end) - 1
            return Detection(labels.BOILERPLATE, lines[last].content_end, insert.reason)
    if not region.is_page:
        if cursor.line >= region.end:  # readers' comments under the story, and what follows
            last = cursor.block_end - 1
            return Detection(labels.BOILERPLATE, lines[last].content_end, _COMMENTS)
        return None
    if cursor.line < region.start:
        if cursor.line in region.dates_above or _in_byline_block(cursor, region.byline):
            return None  # the article's date over its headline, or its byline above the top
        kept = (*region.dates_above, -1 if region.byline is None else region.byline)
        stop = min((index for index in kept if index > cursor.line), default=region.start)
        last = min(cursor.block_end, stop, region.start) - 1
        return Detection(labels.BOILERPLATE, lines[last].content_end, BEFORE_THE_ARTICLE)
    if cursor.line >= region.end:
        last = cursor.block_end - 1
        return Detection(labels.BOILERPLATE, lines[last].content_end, AFTER_THE_ARTICLE)
    if cursor.line in region.box_lines:
        return Detection(labels.BOILERPLATE, lines[cursor.line].content_end, IN_A_BOX)
    return None


def _in_byline_block(cursor: Cursor, byline: int | None) -> bool:
    """Whether the current line is the byline above the article or in its block under it.

    Pages print each writer on a line of their own: "By" / "Ana Lima" / "and" / "Tom Ode".
    """
    if byline is None or not byline <= cursor.line < byline + _BYLINE_BLOCK_LINES:
        return False
    lines = cursor.doc.lines
    return all(lines[index].content for index in range(byline, cursor.line + 1))


#: The block of the byline above the article holds at most this many lines.
_BYLINE_BLOCK_LINES: Final = 6

DETECTOR: Final = Detector(NAME, detect, interrupts_paragraph=True)
