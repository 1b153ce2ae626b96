"""The labels a segment of the input can carry.

Labels are plain strings so that plugins can add their own; the built-in ones are public API
and listed here. The assembler gives these labels their meaning:

* ``headline``, ``standfirst``, ``date``, ``byline``, ``dateline`` fill the fields of the same
  name on :class:`~newsparse.models.Article`; ``meta`` gives dates and authors;
* ``paragraph`` becomes a body paragraph;
* ``boilerplate`` is taken out of the body and listed in ``Article.boilerplate``;
* ``blank`` is the empty space between blocks;
* ``unclaimed`` is text a custom chain without a fallback left alone.

A segment with any other label (from a plugin) is kept in ``Article.segments`` and left out of
the body.
"""

from __future__ import annotations

from typing import Final

HEADLINE: Final = "headline"
STANDFIRST: Final = "standfirst"
DATE: Final = "date"
BYLINE: Final = "byline"
DATELINE: Final = "dateline"
PARAGRAPH: Final = "paragraph"
TABLE: Final = "table"
"""Rows of figures kept together (wire results tables); part of the body."""
BODY_LABELS: Final = frozenset({PARAGRAPH, TABLE})
BOILERPLATE: Final = "boilerplate"
SIGNOFF: Final = "signoff"
"""A closing line of wire copy: an agency sign-off ("Reuter", "— AP") or credits."""
META: Final = "meta"
"""A short line of article metadata holding a date (and perhaps the author)."""
BLANK: Final = "blank"
UNCLAIMED: Final = "unclaimed"
"""Text no detector of a user's chain claimed (the default chain's ``paragraph`` claims all)."""

#: Labels of header lines after which a paragraph is still part of the header.
HEADER_LINE_LABELS: Final = frozenset({DATE, BYLINE, META})
