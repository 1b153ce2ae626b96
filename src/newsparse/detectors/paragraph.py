"""``paragraph``: the last, total detector: whatever no other detector claimed is prose.

It claims one paragraph from the cursor: the rest of the current line, and the lines after it
in the same block while they continue it. Deciding that looks at two lines only, so the work
stays linear in the text:

* a line indented deeper than the one before starts a paragraph (the wire convention);
* a line less indented than the one before continues it (the hanging indent of wire copy);
* at equal indent, unindented lines are joined when the first is *full*, as hard-wrapped text
  is (between :data:`WRAP_MIN` and :data:`WRAP_MAX` characters); web text, one long line to a
  paragraph, is not joined; equally indented lines (rows of a wire table, one-line wire
  paragraphs) are each their own paragraph;
* a line that a detector marked ``interrupts_paragraph`` would claim (a date line, a share
  line) is never joined;
* in a block with a line longer than :data:`WRAP_MAX` (web text: one line to a paragraph),
  no lines are joined at all (the labeller measures each block once).

The value is the paragraph's text with its lines joined by single spaces, without soft
hyphens (U+00AD, the invisible hints where a word may be broken).
"""

from __future__ import annotations

from typing import Final

from newsparse import labels
from newsparse.chain import Cursor, Detection, Detector
from newsparse.document import Line

NAME: Final = "paragraph"
#: Hard-wrapped lines (wire copy, e-mail, fixed-width exports) fill at least this many columns.
WRAP_MIN: Final = 45
#: ... and at most this many: longer lines are whole paragraphs, not wrapped ones.
WRAP_MAX: Final = 100


def continues(previous: Line, line: Line) -> bool:
    """Whether ``line`` carries on the paragraph that ``previous`` is part of (layout only)."""
    if line.indent > previous.indent:
        return False
    if line.indent < previous.indent:
        return True
    return line.indent == 0 and WRAP_MIN <= len(previous.content) <= WRAP_MAX


#: A hint where a word may be broken at the end of a line, invisible unless it is: not text.
_SOFT_HYPHEN: Final = "\u00ad"


def detect(cursor: Cursor) -> Detection | None:
    """Claim one paragraph from the cursor on."""
    lines = cursor.doc.lines
    last = cursor.line
    while (
        cursor.wrapped
        and last + 1 < cursor.block_end
        and continues(lines[last], lines[last + 1])
        and not cursor.interrupted_at(last + 1)
    ):
        last += 1
    parts = [cursor.rest, *(line.content for line in lines[cursor.line + 1 : last + 1])]
    text = " ".join(" ".join(parts).replace(_SOFT_HYPHEN, "").split())
    reason = "prose" if last == cursor.line else f"prose over {last - cursor.line + 1} lines"
    return Detection(labels.PARAGRAPH, lines[last].content_end, reason, text)


DETECTOR: Final = Detector(NAME, detect)
