"""``boilerplate``: lines that are page furniture by their words.

Recognises, for example::

    Advertisement
    Read more: Ten things to know about the budget
    Sign up for our morning newsletter
    © 2025 Example News Ltd. All rights reserved.

The phrases live in :mod:`newsparse.vocab.boilerplate`, each with the reason shown by
``newsparse explain``. The whole line must match, so a sentence that starts with the same
words stays in the body.
"""

from __future__ import annotations

from typing import Final

import regex

from newsparse import labels
from newsparse.chain import Cursor, Detection, Detector
from newsparse.detectors.date_line import dates_in_line
from newsparse.vocab.boilerplate import PATTERNS

NAME: Final = "boilerplate"
_MAX_LENGTH: Final = 400
_REASONS: Final = tuple(reason for _, reason, _ in PATTERNS)
#: The phrases with no words to test first, as one pattern.
_LINE: Final = regex.compile(
    r"\A(?:"
    + "|".join(
        f"(?P<r{index}>{pattern})"
        for index, (pattern, _, needles) in enumerate(PATTERNS)
        if not needles
    )
    + r")\s*\Z",
    regex.VERBOSE | regex.IGNORECASE,
)
#: The others, each with its words: (index, words, pattern).
_GUARDED: Final = tuple(
    (index, needles, regex.compile(rf"\A(?:{pattern})\s*\Z", regex.VERBOSE | regex.IGNORECASE))
    for index, (pattern, _, needles) in enumerate(PATTERNS)
    if needles
)


def boilerplate_reason(text: str) -> str | None:
    """Why a line is boilerplate by its words, or ``None`` if it is not.

    >>> boilerplate_reason("Sign up for our morning newsletter")
    'newsletter prompt'
    """
    if len(text) > _MAX_LENGTH:
        return None
    match = _LINE.match(text)
    found = int(match.lastgroup[1:]) if match is not None and match.lastgroup else None
    folded = text.casefold()
    for index, needles, pattern in _GUARDED:
        if found is not None and index > found:
            break
        for needle in needles:
            if needle in folded:
                if pattern.match(text):
                    return _REASONS[index]
                break
    return None if found is None else _REASONS[found]


def detect(cursor: Cursor) -> Detection | None:
    """Claim the current line if it is a boilerplate phrase."""
    line = cursor.current
    if not cursor.at_line_start:
        return None
    reason = boilerplate_reason(line.content)
    if reason is None:
        return None
    if reason == _PHOTO_CREDIT and dates_in_line(line.content) is not None:
        return None  # "Ana Lima / 22.04.2020 / Foto: ...": a metadata line ending in a credit
    return Detection(labels.BOILERPLATE, line.content_end, reason)


_PHOTO_CREDIT: Final = "photo credit"


DETECTOR: Final = Detector(NAME, detect, interrupts_paragraph=True)
