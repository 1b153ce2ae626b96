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

from functools import lru_cache
from typing import Final

import regex

from newsparse import labels
from newsparse.chain import Cursor, Detection, Detector
from newsparse.detectors.byline import parse_byline, starts_with_lead
from newsparse.detectors.date_line import dates_in_line
from newsparse.vocab.boilerplate import CREDIT_IN_BRACKETS, CREDIT_LABEL, CREDIT_NAME_PAIR, PATTERNS

NAME: Final = "boilerplate"
_MAX_LENGTH: Final = 400
#: How many lines' answers :func:`boilerplate_reason` keeps.
_CACHE_SIZE: Final = 1024
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


_IN_BRACKETS: Final = regex.compile(
    rf"(?:{CREDIT_IN_BRACKETS})(?<![.!?])\s*", regex.VERBOSE | regex.IGNORECASE
)
_NAME_PAIR: Final = regex.compile(rf"{CREDIT_NAME_PAIR}\s*\Z", regex.VERBOSE | regex.IGNORECASE)
_LABEL: Final = regex.compile(rf"{CREDIT_LABEL}\s*\Z", regex.VERBOSE | regex.IGNORECASE)
_CAPTION_CREDIT: Final = "caption with a photo credit"
#: A caption has at most this many words (a longer text with a credit is the story's).
CAPTION_MAX_WORDS: Final = 50
#: Before a credit not set apart by brackets or "©", a caption has at least this many
#: characters ("U.S. SUPPLY/DEMAND ..." and "TREVOSE, Pa, March 18 - Craftmatic/Contour ..."
#: are a headline and a dateline).
CAPTION_MIN_LENGTH: Final = 40
#: A credit in brackets, or after "©", has at most this many characters ...
_BRACKETED_MAX: Final = 80
#: ... and one after a "/" or a label's ":" at most this many after it.
_TAIL_MAX: Final = 110
#: A line with a date and a credit but no more words than this is a metadata line
#: ("Ana Lima / 22.04.2020 / Foto: Jan Berg"), not a caption.
_META_MAX_WORDS: Final = 12


@lru_cache(maxsize=_CACHE_SIZE)
def boilerplate_reason(text: str) -> str | None:
    """Why a line is boilerplate by its words, or ``None`` if it is not.

    The parse asks this of a line more than once (as a detector, as a paragraph's
    interrupter, in the page analysis); the last answers are kept.

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
    if found is not None:
        return _REASONS[found]
    if (text[-1:] in ")] " or "/" in text or ":" in text or "©" in text) and _ends_with_a_credit(
        text.rstrip()
    ):
        return _CAPTION_CREDIT
    return None


def _ends_with_a_credit(text: str) -> bool:
    """Whether a line is a photo caption that ends with the picture's credit.

    Each form of credit is looked for from the end of the line, by the character that marks
    it (a closing bracket, "©", "/", ":"), so that most lines cost a few string searches.
    """
    if text[-1:] in ")]":
        opening = text.rfind("(" if text[-1] == ")" else "[")
        inner = text[opening + 1 : -1]
        found = (
            opening >= 0
            and len(inner) <= _BRACKETED_MAX
            and ")" not in inner
            and "]" not in inner
            and _IN_BRACKETS.fullmatch(inner) is not None
        )
    else:
        sign = text.rfind("©")
        found = (
            0 < sign < len(text) - 1
            and len(text) - sign <= _BRACKETED_MAX
            and not text[:sign].isspace()
        ) or _credit_after_caption(text)
    return found and len(text.split()) <= CAPTION_MAX_WORDS


def _credit_after_caption(text: str) -> bool:
    """Whether a line ends with a "Name/Agency" pair or a labelled credit after a caption."""
    mark = max(text.rfind("/"), text.rfind(":"))
    if mark < CAPTION_MIN_LENGTH or len(text) - mark > _TAIL_MAX:
        return False
    start = max(mark - _TAIL_MAX, 0)
    tail = text[start:]
    match = _NAME_PAIR.search(tail) or _LABEL.search(tail)
    return match is not None and start + match.start() >= CAPTION_MIN_LENGTH


def detect(cursor: Cursor) -> Detection | None:
    """Claim the current line if it is a boilerplate phrase."""
    line = cursor.current
    if not cursor.at_line_start:
        return None
    reason = boilerplate_reason(line.content)
    if reason is None:
        return None
    if (
        reason in (_PHOTO_CREDIT, _CAPTION_CREDIT)
        and len(line.content.split()) <= _META_MAX_WORDS
        and dates_in_line(line.content) is not None
    ):
        return None  # "Ana Lima / 22.04.2020 / Foto: ...": a metadata line ending in a credit
    if reason == _PHOTO_CREDIT and _byline_first(line.content):
        return None  # "Text: Ana Lima | Fotos: Tom Ode": the writer's byline, then the credit
    return Detection(labels.BOILERPLATE, line.content_end, reason)


def _byline_first(text: str) -> bool:
    """Whether a line opens with a byline that names a writer before the photo credit."""
    if not starts_with_lead(text):
        return False
    parsed = parse_byline(text)
    return parsed is not None and bool(parsed.authors)


_PHOTO_CREDIT: Final = "photo credit"


DETECTOR: Final = Detector(NAME, detect, interrupts_paragraph=True)
