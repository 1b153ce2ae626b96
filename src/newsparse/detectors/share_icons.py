"""``share_icons``: lines made only of share buttons and social icons.

Recognises, for example::

    icon-facebook icon-twitter icon-whatsapp
    Share on Facebook | Tweet | WhatsApp | Copy link
    Click to share on X (Opens in new window)
    Facebook Twitter LinkedIn Email

A line is taken when every word of it belongs to the share vocabulary of
:mod:`newsparse.vocab.share` (separators and counts allowed), and it is not a lone weak word
such as "More" or "Like". A lone weak word is taken too when it stands in a run of share
lines (a column of buttons, one per line, with at least one plain share line in it)::

    Teilen
    Twittern
    Pinnen
    Mail
"""

from __future__ import annotations

from typing import Final

import regex

from newsparse import labels
from newsparse.chain import Cursor, Detection, Detector
from newsparse.vocab.share import ICON_PREFIXES, NETWORKS, PHRASES

NAME: Final = "share_icons"
_MAX_LENGTH: Final = 300
_WEAK: Final = frozenset(
    {"more", "like", "post", "save", "send", "pin", "comment", "comments", "listen", "line", "x",
     "mail", "sms", "print", "pocket", "threads", "messenger", "follow us", "close", "fb",
     "twittern", "tweeten", "pinnen", "druck"}
)  # fmt: skip
#: How far up and down a run of share lines is followed to find a plain share line.
_RUN_REACH: Final = 8

_WORDS = sorted({*NETWORKS, *PHRASES}, key=len, reverse=True)
_TOKEN: Final = regex.compile(
    r"""
    [\s|•·,/:>»()\[\]–—*+-]*
    (?:
        (?P<icon> (?:{prefixes}) [a-z0-9]+(?:-[a-z0-9]+)* )
      | (?P<word> {words} ) (?![\p{{L}}\p{{N}}]) (?!\s+(?:to|on|via)(?![\p{{L}}\p{{N}}]))
      | (?P<count> \d+(?:[.,]\d+)?[km]? ) (?![\p{{L}}\p{{N}}])
    )
    [\s|•·,/:>»()\[\]–—-]*
    """.format(
        prefixes="|".join(regex.escape(prefix) for prefix in ICON_PREFIXES),
        words="|".join(regex.escape(word).replace(r"\ ", r"\s+") for word in _WORDS),
    ),
    regex.VERBOSE | regex.IGNORECASE,
)


#: A date written in figures ("06/11/2023"), which share counts never are.
_NUMERIC_DATE: Final = regex.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")


def _share_words(text: str) -> list[str] | None:
    """The share words of a line (counts left out), or ``None`` if it is not all share words."""
    if len(text) > _MAX_LENGTH or _NUMERIC_DATE.search(text) is not None:
        return None
    words: list[str] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            return None
        if match.group("count") is None:
            words.append((match.group("icon") or match.group("word")).casefold())
        position = match.end()
    return words or None


def _is_weak(words: list[str]) -> bool:
    return len(words) == 1 and " ".join(words[0].split()) in _WEAK


def is_share_line(text: str) -> bool:
    """Whether a line (without its edge spaces) is made only of share buttons and icons.

    A line with a date in figures is not ("06/11/2023 0 Comments" dates the article).

    >>> is_share_line("Facebook Twitter LinkedIn Email"), is_share_line("More")
    (True, False)
    >>> is_share_line("Share | 12 Comments"), is_share_line("06/11/2023 | Share | 12 Comments")
    (True, False)
    """
    words = _share_words(text)
    return words is not None and not _is_weak(words)


def is_weak_share_word(text: str) -> bool:
    """Whether a line is a lone weak share word ("Mail", "Print", "Twittern").

    >>> is_weak_share_word("Print"), is_weak_share_word("Facebook"), is_weak_share_word("Go")
    (True, False, False)
    """
    words = _share_words(text)
    return words is not None and _is_weak(words)


def _in_share_run(cursor: Cursor) -> bool:
    """Whether the current line (a lone weak word) stands in a run of share lines of its block.

    The run is followed up and down through share lines and weak words (at most
    :data:`_RUN_REACH` lines each way); it counts when it holds a plain share line.
    """
    lines = cursor.doc.lines
    for step, stop in ((-1, -1), (1, cursor.block_end)):
        index = cursor.line + step
        for _ in range(_RUN_REACH):
            if index == stop or lines[index].is_blank:
                break
            words = _share_words(lines[index].content)
            if words is None:
                break
            if not _is_weak(words):
                return True
            index += step
    return False


def detect(cursor: Cursor) -> Detection | None:
    """Claim the current line if it is a share line."""
    if not cursor.at_line_start:
        return None
    words = _share_words(cursor.current.content)
    if words is None or (_is_weak(words) and not _in_share_run(cursor)):
        return None
    return Detection(labels.BOILERPLATE, cursor.current.content_end, "share/social icon line")


DETECTOR: Final = Detector(NAME, detect, interrupts_paragraph=True)
