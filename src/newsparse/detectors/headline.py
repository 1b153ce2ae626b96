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

import regex

from newsparse import labels
from newsparse.chain import Cursor, Detection, Detector
from newsparse.vocab.abbreviations import ABBREVIATIONS

NAME: Final = "headline"
_MAX_LENGTH: Final = 250
_MAX_WORDS: Final = 35
# A line that ends with a full stop (after a word that is not an abbreviation such as "Inc."
# or "U.S."), a comma, a colon or an ellipsis is a sentence or a fragment, not a title; a
# headline may end in "?", "!" or a quote.
_LETTER: Final = regex.compile(r"\p{L}")


def looks_like_title(text: str) -> bool:
    """Whether one line of text has the shape of a headline.

    >>> looks_like_title("India, Israel Ink Defence Pact")
    True
    >>> looks_like_title("The pact was signed in Tel Aviv on Tuesday.")
    False
    """
    if not 2 <= len(text) <= _MAX_LENGTH or _LETTER.search(text) is None:
        return False
    return len(text.split()) <= _MAX_WORDS and not _ends_like_a_sentence(text)


def _ends_like_a_sentence(text: str) -> bool:
    stripped = text.rstrip("\"'”’»)] ")
    if stripped.endswith(("...", "…", ",", ";", ":")):
        return True
    if not stripped.endswith("."):
        return False
    word = stripped.rsplit(maxsplit=1)[-1].lstrip("(\"'“‘«[")
    return not (word.casefold() in ABBREVIATIONS or regex.fullmatch(r"(?:\p{L}\.)+", word))


def detect(cursor: Cursor) -> Detection | None:
    """Claim the current line if it is the headline."""
    state = cursor.state
    if state.headline_seen or state.paragraphs or state.dateline_seen:
        return None
    if not cursor.at_line_start:
        return None
    line = cursor.current
    if not looks_like_title(line.content):
        return None
    if line.index + 1 < cursor.block_end and not cursor.interrupted_at(line.index + 1):
        return None  # the line runs on into more text: a paragraph, not a title
    if line.index >= cursor.doc.last_content_line:
        return None  # nothing follows: a lone line is not known to be a headline
    return Detection(labels.HEADLINE, line.content_end, "first title-like line", line.content)


DETECTOR: Final = Detector(NAME, detect)
