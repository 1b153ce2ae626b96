"""The built-in detectors and revisions, and the default order they run in.

The order is declared once, here, as data. Names are public API: plugins place themselves
relative to them (``default_chain().insert_before("paragraph", my_detector)``), and renaming or
reordering a built-in is a breaking change.

=============  ==============================================================================
name           claims
=============  ==============================================================================
page_furniture lines of a web page outside the article (boilerplate)
share_icons    share/social icon lines (boilerplate)
boilerplate    "Advertisement", "Read more: ...", newsletter prompts, "©" lines (boilerplate)
signoff        "Reuter", "— AP", "(Reporting by ...; Editing by ...)" after the body (signoff)
date_line      a line that is a date, with "Published"/"Updated" labels (date)
byline         "By X", "By X and Y", "X | Reuters" (byline)
meta_line      a short header line holding a date, maybe the author (meta)
headline       the first title-like line (headline)
dateline       "ISLAMABAD:", "LONDON (Reuters) -" at the start of the body (dateline)
header_furniture  short lines between headline and body: section names, counters (boilerplate)
table          rows of figures in wire copy, kept as one block (table)
paragraph      everything else: prose (paragraph)
=============  ==============================================================================

Revisions, run after the chain: ``standfirst``.
"""

from __future__ import annotations

from typing import Final

from newsparse.chain import Chain, Detector, Revision
from newsparse.detectors import (
    boilerplate,
    byline,
    date_line,
    dateline,
    header_furniture,
    headline,
    meta_line,
    page_furniture,
    paragraph,
    share_icons,
    signoff,
    standfirst,
    table,
)
from newsparse.vocab.agencies import AgencyTable

#: The built-in detectors in their default order: first claim wins.
DEFAULT_DETECTORS: Final[tuple[Detector, ...]] = (
    page_furniture.DETECTOR,
    share_icons.DETECTOR,
    boilerplate.DETECTOR,
    signoff.DETECTOR,
    date_line.DETECTOR,
    byline.DETECTOR,
    meta_line.DETECTOR,
    headline.DETECTOR,
    dateline.DETECTOR,
    header_furniture.DETECTOR,
    table.DETECTOR,
    paragraph.DETECTOR,
)

#: The built-in revisions, in order.
DEFAULT_REVISIONS: Final[tuple[Revision, ...]] = (standfirst.REVISION,)

_DEFAULT_CHAIN: Final = Chain(DEFAULT_DETECTORS)
_DEFAULT_REVISIONS: Final = Chain(DEFAULT_REVISIONS)


def default_chain(*, agencies: AgencyTable | None = None) -> Chain[Detector]:
    r"""The default detector chain (immutable; edit it by name to get a new one).

    ``agencies`` replaces the built-in agency table for the detectors that look agencies up
    (``byline``, ``meta_line``, ``signoff``), so that a user's agencies are credited as
    agencies, never as authors.

    >>> from newsparse.vocab.agencies import Agency, AgencyTable
    >>> table = AgencyTable.default().extend([Agency("Harbour Wire", ("HWN",))])
    >>> chain = default_chain(agencies=table)
    >>> from newsparse import parse_article
    >>> parse_article("Dam opens\n\nBy Ana Lima | HWN\n\nIt opened.\n", chain=chain).byline
    Byline(text='By Ana Lima | HWN', agency='Harbour Wire')
    """
    if agencies is None:
        return _DEFAULT_CHAIN
    return (
        _DEFAULT_CHAIN.replace("byline", byline.DETECTOR.bind(agencies=agencies))
        .replace("meta_line", meta_line.DETECTOR.bind(agencies=agencies))
        .replace("signoff", signoff.DETECTOR.bind(agencies=agencies))
    )


def default_revisions() -> Chain[Revision]:
    """The default revisions (immutable)."""
    return _DEFAULT_REVISIONS


__all__ = [
    "DEFAULT_DETECTORS",
    "DEFAULT_REVISIONS",
    "boilerplate",
    "byline",
    "date_line",
    "dateline",
    "default_chain",
    "default_revisions",
    "header_furniture",
    "headline",
    "meta_line",
    "page_furniture",
    "paragraph",
    "share_icons",
    "signoff",
    "standfirst",
    "table",
]
