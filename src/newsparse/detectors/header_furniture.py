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
body has started, nothing is claimed, except a menu at the very start of the text (a text
too small for the page analysis): a list item of at most :data:`MENU_ITEM_WORDS` words in a
run of :data:`MENU_MIN_ITEMS` such items or more, before any headline or paragraph::

      * Home                                     <- header furniture (a menu)
      * News                                     <- header furniture
      * Sport                                    <- header furniture
    Ferry Crews Vote to Strike                   <- headline
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


#: A menu item has at most this many words ...
MENU_ITEM_WORDS: Final = 3
#: ... and a menu at least this many items in a row.
MENU_MIN_ITEMS: Final = 3


def detect(cursor: Cursor) -> Detection | None:
    """Claim a short non-sentence line above the body."""
    state = cursor.state
    if state.paragraphs or not cursor.at_line_start:
        return None
    line = cursor.current
    if not state.headline_seen:
        if _in_a_menu(cursor):
            return Detection(labels.BOILERPLATE, line.content_end, "menu before the article")
        return None
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


def _is_menu_item(content: str) -> bool:
    return bool(_BULLET.match(content)) and len(_WORD.findall(content)) <= MENU_ITEM_WORDS


def _in_a_menu(cursor: Cursor) -> bool:
    """Whether the current line is an item of a run of short list items (a menu)."""
    lines = cursor.doc.lines
    index = cursor.current.index
    if not _is_menu_item(lines[index].content):
        return False
    run = 1
    for step in (-1, 1):
        position = index + step
        while 0 <= position < len(lines) and run < MENU_MIN_ITEMS:
            if not _is_menu_item(lines[position].content):
                break
            run += 1
            position += step
    return run >= MENU_MIN_ITEMS


DETECTOR: Final = Detector(NAME, detect)
