"""``dateline``: the lead-in of the first body paragraph that says where it was filed.

Recognises, for example (and claims only the lead-in, leaving the sentence to the paragraph)::

    ISLAMABAD: India and Israel have signed ...
    KARACHI (APP): The provincial cabinet ...
    MADRID, 3 de marzo (EFE).- El Gobierno ...
    BERLIN, 3. März (dpa) - Die Regierung ...
    SYDNEY, Australia (AP) — The fire ...
    LONDON (Reuters) - Shares rose ...
    WASHINGTON — The Senate voted ...
    PARIS, March 3 (AFP) - France said ...
    BUFFALO, N.Y. — A storm ...
    MANILA, Nov. 24 (Xinhua) -- The Philippines ...
    Chicago, March 5 - Delegates ...
    amarillo, april 7 - slaughter steers ...   (lower case: only with a date)

A place in capitals may stand alone before its colon or dash; a place in ordinary case needs
an agency or a date beside it, and one in lower case a date. The dateline may end its line
(the sentence starts on the next). Lead-ins such as ``UPDATE:`` or ``WATCH:`` are not places
(:mod:`newsparse.vocab.datelines`), nor is a single word of four letters or fewer before a
colon (``NASA:``). Only the first paragraph of the body is looked at.
"""

from __future__ import annotations

from typing import Final

import regex

from newsparse import labels
from newsparse.chain import Cursor, Detection, Detector
from newsparse.dates import MONTHS
from newsparse.models import Dateline
from newsparse.vocab.datelines import NOT_PLACES

NAME: Final = "dateline"
_MONTH: Final = "|".join(regex.escape(month) for month in sorted(MONTHS, key=len, reverse=True))

_UPPER_WORD: Final = r"\p{Lu}[\p{Lu}\p{M}'’.-]*"
_TITLE_WORD: Final = r"\p{Lu}[\p{L}\p{M}'’.-]*"
# "N.Y.", "Calif.", "D.C.", "PA", "ENGLAND": the part after the comma in "BUFFALO, N.Y."
_REGION: Final = (
    r"(?:\p{Lu}\.(?:\s?\p{Lu}\.)+|\p{Lu}\p{Ll}{1,4}\.|\p{Lu}{2,5}\."
    r"|\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,2})"
)
# ... and, where an agency or a date follows, a region in ordinary case: "SYDNEY, Australia (AP)"
_WIDE_REGION: Final = rf"(?:{_REGION}|\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}\p{{Ll}}+){{0,2}})"
_DATE: Final = rf"""
    (?P<date> (?i: (?:{_MONTH})\.? \s \d{{1,2}} | \d{{1,2}} \.? \s (?:de \s)? (?:{_MONTH})\.? ) )
"""
_AGENCY: Final = r"\( (?P<agency> [\p{L}\p{N}][\p{L}\p{N}\p{M} .&'’-]{0,40} ) \)"
# Dashes, a colon, and the ".-" of Spanish and Portuguese agencies: "MADRID, 3 mar (EFE).-"
_SEPARATOR: Final = r"(?P<sep> \s? (?: -- | — | – | \s- ) | : | \.- )"
_PATTERN: Final = regex.compile(
    rf"""
    (?P<text>
        (?:
            (?P<place>
                {_UPPER_WORD} (?: \s {_UPPER_WORD} ){{0,4}} (?: , \s? {_REGION} )? (?![\p{{Ll}}])
            )
            (?: , \s? {_DATE} (?![\p{{L}}]) )?
            (?: \s? {_AGENCY} )?
          |
            (?P<place> {_TITLE_WORD} (?: \s {_TITLE_WORD} ){{0,3}} (?: , \s? {_WIDE_REGION} )? )
            (?:
                , \s? {_DATE} (?![\p{{L}}]) (?: \s? {_AGENCY} )?
              | \s? {_AGENCY}
            )
          |
            (?P<place> \p{{Ll}}+ (?: \s \p{{Ll}}+ ){{0,2}} )
            , \s? {_DATE} (?![\p{{L}}])
        )
        {_SEPARATOR}
    )
    (?: \s* \Z | \s+ (?(date) (?=["“‘'<(\[\p{{L}}\p{{N}}]) | (?=["“‘'<(\[\p{{Lu}}\p{{N}}]) ) )
    """,
    regex.VERBOSE,
)
_MIN_REST_AFTER_COLON: Final = 20
# "NASA:", "FBI:": a short single word before a colon is more often an acronym than a place.
_MIN_COLON_PLACE: Final = 5


def parse_dateline(text: str) -> tuple[Dateline, int] | None:
    """Read the dateline at the start of ``text``: the dateline and where the sentence starts.

    >>> dateline, start = parse_dateline("PARIS, March 3 (AFP) - France said on Tuesday ...")
    >>> dateline.place, dateline.agency, dateline.date_text, start
    ('PARIS', 'AFP', 'March 3', 23)
    >>> parse_dateline("Officials said: The plan is dead.") is None
    True
    """
    match = _PATTERN.match(text)
    if match is None:
        return None
    place = match.group("place")
    if place.rstrip(".").casefold() in NOT_PLACES:
        return None
    rest = text[match.end() :]
    if (
        match.group("sep") == ":"
        and not match.group("agency")
        and (
            len(rest) < _MIN_REST_AFTER_COLON
            or not place.isupper()
            or (" " not in place and len(place) < _MIN_COLON_PLACE)
        )
    ):
        return None
    dateline = Dateline(
        text=match.group("text").strip(),
        place=place,
        agency=match.group("agency"),
        date_text=match.group("date"),
    )
    return dateline, match.end()


def detect(cursor: Cursor) -> Detection | None:
    """Claim the dateline at the start of the first body paragraph."""
    state = cursor.state
    if state.dateline_seen or not state.at_body_start or not cursor.at_line_start:
        return None
    line = cursor.current
    found = parse_dateline(line.content)
    if found is None:
        return None
    dateline, length = found
    return Detection(labels.DATELINE, line.content_start + length, "dateline lead-in", dateline)


def render(dateline: Dateline) -> str:
    """Write a dateline and the space after it, ready for the first sentence.

    >>> render(Dateline(text="LONDON (Reuters) -", place="LONDON", agency="Reuters"))
    'LONDON (Reuters) - '
    """
    return f"{dateline.text} "


DETECTOR: Final = Detector(NAME, detect)
