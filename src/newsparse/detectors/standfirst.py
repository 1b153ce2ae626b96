"""``standfirst``: the summary paragraph between the headline and the article's date or byline.

A revision, not a detector: whether a paragraph is the standfirst depends on what follows it,
so it is decided after the chain has labelled everything. In::

    India and Israel sign defence pact            <- headline
                                                  <- blank
    The pact deepens military cooperation.        <- standfirst: a paragraph ...
                                                  <- blank
    Wed Nov 05 2025                               <- ... followed by a date line, a byline
    icon-facebook icon-twitter icon-whatsapp      <-     or a share line
                                                  <- blank
    ISLAMABAD: India and Israel have signed ...   <- body

the first paragraph after the headline is relabelled ``standfirst``: the run of header lines
after it must hold a date line or a byline, and the body must go on after them. Without such
lines, a paragraph under the headline is the first of the body (BBC and wire layouts), and a
share line or "Advertisement" alone after it is not evidence enough.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from newsparse import labels
from newsparse.chain import Claim, Revision
from newsparse.document import Document

NAME: Final = "standfirst"
_META: Final = labels.HEADER_LINE_LABELS | {labels.BOILERPLATE}
_EVIDENCE: Final = labels.HEADER_LINE_LABELS
_MIN_LENGTH: Final = 20
_MAX_LENGTH: Final = 600
#: Short paragraphs (a photo caption, a prompt) that may stand between the standfirst and the
#: header lines, and how long each may be.
_MAX_BETWEEN: Final = 3
_MAX_BETWEEN_LENGTH: Final = 250


def revise(claims: Sequence[Claim], _doc: Document) -> Sequence[Claim]:
    """Relabel the paragraph between headline and header lines as the standfirst."""
    content = [index for index, claim in enumerate(claims) if claim.label != labels.BLANK]
    position = next(
        (pos for pos, index in enumerate(content) if claims[index].label == labels.HEADLINE), None
    )
    if position is None:
        return claims
    if position + 1 >= len(content):
        return claims
    candidate = claims[content[position + 1]]
    if candidate.label != labels.PARAGRAPH or not _MIN_LENGTH <= len(candidate.text) <= _MAX_LENGTH:
        return claims
    meta: list[str] = []
    between = 0
    for index in content[position + 2 :]:
        label = claims[index].label
        if label not in _META:
            if (
                label == labels.PARAGRAPH
                and not any(seen in _EVIDENCE for seen in meta)
                and between < _MAX_BETWEEN
                and len(claims[index].text) <= _MAX_BETWEEN_LENGTH
            ):
                between += 1  # a caption or a prompt between the standfirst and the header lines
                continue
            if label not in (labels.PARAGRAPH, labels.DATELINE):
                return claims
            break
        meta.append(label)
    else:
        return claims  # nothing after the header lines: no body for a standfirst to lead
    evidence = next((label for label in meta if label in _EVIDENCE), None)
    if evidence is None:
        return claims
    revised = list(claims)
    revised[content[position + 1]] = attrs.evolve(
        candidate,
        label=labels.STANDFIRST,
        detector=NAME,
        reason=f"paragraph between the headline and a {evidence} line",
    )
    return revised


REVISION: Final = Revision(NAME, revise)
