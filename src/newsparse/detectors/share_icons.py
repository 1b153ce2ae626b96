"""``share_icons``: lines made only of share buttons and social icons.

Recognises, for example::

    icon-facebook icon-twitter icon-whatsapp
    Share on Facebook | Tweet | WhatsApp | Copy link
    Click to share on X (Opens in new window)
    Facebook Twitter LinkedIn Email

A line is taken when every word of it belongs to the share vocabulary of
:mod:`newsparse.vocab.share` (separators and counts allowed), and it is not a lone weak word
such as "More" or "Like".
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
     "mail", "sms", "print", "pocket", "threads", "messenger", "follow us", "close", "fb"}
)  # fmt: skip

_WORDS = sorted({*NETWORKS, *PHRASES}, key=len, reverse=True)
_TOKEN: Final = regex.compile(
    r"""
    [\s|•·,/:>»()\[\]–—*+-]*
    (?:
        (?P<icon> (?:{prefixes}) [a-z0-9]+(?:-[a-z0-9]+)* )
      | (?P<word> {words} ) (?![\p{{L}}\p{{N}}])
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


def is_share_line(text: str) -> bool:
    """Whether a line (without its edge spaces) is made only of share buttons and icons.

    A line with a date in figures is not ("06/11/2023 0 Comments" dates the article).

    >>> is_share_line("Facebook Twitter LinkedIn Email"), is_share_line("More")
    (True, False)
    >>> is_share_line("Share | 12 Comments"), is_share_line("06/11/2023 | Share | 12 Comments")
    (True, False)
    """
    if len(text) > _MAX_LENGTH or _NUMERIC_DATE.search(text) is not None:
        return False
    words: list[str] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            return False
        if match.group("count") is None:
            words.append((match.group("icon") or match.group("word")).casefold())
        position = match.end()
    return bool(words) and not (len(words) == 1 and " ".join(words[0].split()) in _WEAK)


def detect(cursor: Cursor) -> Detection | None:
    """Claim the current line if it is a share line."""
    if not cursor.at_line_start or not is_share_line(cursor.current.content):
        return None
    return Detection(labels.BOILERPLATE, cursor.current.content_end, "share/social icon line")


DETECTOR: Final = Detector(NAME, detect, interrupts_paragraph=True)
