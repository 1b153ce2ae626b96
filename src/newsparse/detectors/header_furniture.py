"""``header_furniture``: short lines between the headline and the body that are not the article.

Web pages put section names, counters, repeated author names, list items of share buttons
and the like between the title and the first paragraph::

    Black Friday for the Nostalgic               <- headline
    Film                                         <- header furniture
    3,409 reads                                  <- header furniture
    * Click to share on Facebook                 <- header furniture
    23 Nov 2017                                  <- date line
    Black Friday is upon us: for anyone who ...  <- body

Between the headline and the first paragraph of the body, a line of six words or fewer that
does not end like a sentence, or a list item of twelve words or fewer, is boilerplate. Rows
of figures (a wire table) are not: they belong to the body. Before a headline and once the
body has started, nothing is claimed.
"""

from __future__ import annotations

from typing import Final

import regex

from newsparse import labels
from newsparse.chain import Cursor, Detection, Detector
from newsparse.titles import BULLET, SENTENCE_END

NAME: Final = "header_furniture"
_BULLET: Final = regex.compile(rf"\A{BULLET}(?:\s+|\Z)")
_WORD: Final = regex.compile(r"[\p{L}\p{N}]+")
_NUMBER: Final = regex.compile(r"\d+(?:[.,]\d+)*")


def detect(cursor: Cursor) -> Detection | None:
    """Claim a short non-sentence line above the body."""
    state = cursor.state
    if state.paragraphs or not state.headline_seen or not cursor.at_line_start:
        return None
    line = cursor.current
    content = line.content
    if line.index >= cursor.doc.last_content_line or content[-1] in SENTENCE_END:
        return None
    words = len(_WORD.findall(content))
    if _BULLET.match(content):
        if words > 12:
            return None
    elif words > 6 or len(_NUMBER.findall(content)) >= 2:
        return None  # a row of figures (a wire table) belongs to the body
    return Detection(labels.BOILERPLATE, line.content_end, "short line above the body")


DETECTOR: Final = Detector(NAME, detect)
