"""``headline``: the article's title line.

Takes the first line of the text that reads as a title: a single line (its block is one line,
or the line after it is a date line, byline or the like), with words, without the full stop of
a sentence, before any body paragraph, and with more text after it. Nothing else comes first
but furniture, dates and bylines::

    India and Israel sign defence pact        <- headline
                                              <- blank
    The pact deepens military cooperation.    <- (standfirst or body)

A document that starts with a sentence has no headline: precision first.
"""

from __future__ import annotations

from typing import Final

from newsparse import labels
from newsparse.chain import Cursor, Detection, Detector
from newsparse.document import Line
from newsparse.titles import looks_like_title

NAME: Final = "headline"


def _runs_on(line: Line, following: Line) -> bool:
    """Whether ``following`` continues ``line`` as wrapped text does.

    It does when it is less indented (wire copy's hanging indent) or starts in lower case.
    """
    text = following.content
    return following.indent < line.indent or (text[:1].islower())


def detect(cursor: Cursor) -> Detection | None:
    """Claim the current line if it is the headline."""
    state = cursor.state
    if state.headline_seen or not cursor.at_line_start:
        return None
    line = cursor.current
    region = cursor.region
    if region is not None and region.is_page:
        if line.index != region.headline:
            return None  # on a page, only the line the page analysis chose
        return Detection(
            labels.HEADLINE, line.content_end, "title line above the article", line.content
        )
    if state.paragraphs or state.dateline_seen:
        return None
    if not looks_like_title(line.content):
        return None
    if line.index + 1 < cursor.block_end and _runs_on(line, cursor.doc.lines[line.index + 1]):
        return None  # the line runs on into more text: a paragraph, not a title
    if line.index >= cursor.doc.last_content_line:
        return None  # nothing follows: a lone line is not known to be a headline
    return Detection(labels.HEADLINE, line.content_end, "first title-like line", line.content)


DETECTOR: Final = Detector(NAME, detect)
