"""``table``: rows of figures in wire copy, kept together as one block.

Wire copy sets results out as indented rows::

    ACME CORP 3RD QTR NET
        OSLO, March 5 -
        Shr 28 cts vs 14 cts
        Net 132,804 vs 53,510
        Revs 2,001,107 vs 1,467,742
        Nine mths
        Shr 59 cts vs 41 cts

Two or more lines in a row, at the same indent (more than none), each short, and most of them
holding a figure, are one table: label ``table``, the rows joined by line breaks, in the body
in their place. Prose at that indent (each paragraph's first line) is not a table.
"""

from __future__ import annotations

from typing import Final

import regex

from newsparse import labels
from newsparse.chain import Cursor, Detection, Detector

NAME: Final = "table"
_MAX_ROW: Final = 70
_MAX_WORDS: Final = 9
_FIGURE: Final = regex.compile(r"\d")


def _row(text: str) -> bool:
    return len(text) <= _MAX_ROW and len(text.split()) <= _MAX_WORDS


def detect(cursor: Cursor) -> Detection | None:
    """Claim a run of table rows from the cursor on."""
    lines = cursor.doc.lines
    first = cursor.current
    indent = first.indent
    if indent == 0 or not _row(cursor.rest):
        return None
    last = cursor.line
    rows = [cursor.rest]
    while last + 1 < cursor.block_end:
        following = lines[last + 1]
        if following.indent != indent or not _row(following.content):
            break
        if cursor.interrupted_at(last + 1):
            break
        rows.append(following.content)
        last += 1
    figures = sum(1 for row in rows if _FIGURE.search(row))
    if len(rows) < 2 or figures * 2 <= len(rows):
        return None
    text = "\n".join(" ".join(row.split()) for row in rows)
    return Detection(labels.TABLE, lines[last].content_end, f"table of {len(rows)} rows", text)


DETECTOR: Final = Detector(NAME, detect)
