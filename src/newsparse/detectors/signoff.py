"""``signoff``: the closing lines of wire copy, taken out of the body and kept as fields.

Recognises, after the body has started::

    Reuter                                     <- sign-off: an agency alone on its line
    — AP                                       <- sign-off with a dash
    (Reporting by Ana Lima; Editing by Tom Ode) <- credits
    Additional reporting by Ines Moreau         <- credits
    Writing by Jonas Varga                      <- credits

The agency must be in :mod:`newsparse.vocab.agencies`. The value is a :class:`Signoff`: its
kind (``"signoff"`` or ``"credits"``) and the line as written.
"""

from __future__ import annotations

from typing import Final, Literal

import attrs
import regex

from newsparse import labels
from newsparse.chain import Cursor, Detection, Detector
from newsparse.titles import SENTENCE_END
from newsparse.vocab.agencies import AgencyTable

NAME: Final = "signoff"
_MAX_LENGTH: Final = 300
_MAX_SIGNOFF: Final = 60  # longer than any agency's name with a dash before it
_MIN_PROSE_ABOVE: Final = 40
_DASHED: Final = regex.compile(r"\A(?:[-–—]{1,2}|\.{3})\s*(?P<agency>.+?)\s*\Z")
_CREDITS: Final = regex.compile(
    r"\A\(?\s*(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|translated|research)"
    r"(?:\s+and\s+(?:reporting|writing|editing))?\s+by)\s+\p{Lu}[^()]{1,250}\)?\.?\s*\Z"
)

Kind = Literal["signoff", "credits"]


@attrs.frozen
class Signoff:
    """A closing line of wire copy."""

    kind: Kind
    text: str


def parse_signoff(text: str, agencies: AgencyTable | None = None) -> Signoff | None:
    """The sign-off or credits a closing line gives, or ``None``.

    >>> parse_signoff("Reuter")
    Signoff(kind='signoff', text='Reuter')
    >>> parse_signoff("(Reporting by Ana Lima; Editing by Tom Ode)").kind
    'credits'
    >>> parse_signoff("Reuters said the talks would resume.") is None
    True
    """
    if len(text) > _MAX_LENGTH:
        return None
    if len(text) <= _MAX_SIGNOFF:
        table = agencies or AgencyTable.default()
        dashed = _DASHED.match(text)
        if table.find(dashed.group("agency") if dashed else text) is not None:
            return Signoff("signoff", text)
    if _CREDITS.match(text):
        return Signoff("credits", text)
    return None


def detect(cursor: Cursor, agencies: AgencyTable | None = None) -> Detection | None:
    """Claim a sign-off or credits line after the body has started.

    The body has started when a paragraph was claimed, or when the line comes straight under
    a line of prose in the same block (the first paragraph asking where it ends): a long line,
    or one ending like a sentence.
    """
    if not cursor.at_line_start:
        return None
    line = cursor.current
    if not cursor.state.paragraphs:
        above = cursor.doc.lines[line.index - 1] if line.index else None
        if above is None or not (
            len(above.content) >= _MIN_PROSE_ABOVE
            or (above.content[-1:] in SENTENCE_END and len(above.content.split()) >= 3)
        ):
            return None  # a line of prose, long or ending like a sentence, must come first
    found = parse_signoff(line.content, agencies)
    if found is None:
        return None
    reason = "agency sign-off" if found.kind == "signoff" else "wire credits"
    return Detection(labels.SIGNOFF, line.content_end, reason, found)


DETECTOR: Final = Detector(NAME, detect, interrupts_paragraph=True)
