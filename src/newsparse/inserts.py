"""Things a page sets into a story that are not its text: picture galleries and charts.

Rendered to text, a picture gallery inside a story is a run of numbered slides, each a counter
("1/12", "2/12", ...) with a title and a caption; an interactive chart is a run of short lines
that are mostly bare figures (its axis labels and values, "’17", "$263", "40%"). Neither is
part of the story, which goes on under them::

    The harbour reopened on Monday.
    * 1/3 The old pier              <- a gallery: three slides
    Built in 1890 ...
    * 2/3 The new pier
    ...
    The first ferry left at six.    <- the story goes on

:func:`find_inserts` finds them in one pass over the lines, in any document (a hand copy of
the article keeps them too); the ``page_furniture`` detector claims them as boilerplate.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Final, NamedTuple

import regex

from newsparse.document import Line
from newsparse.titles import LIST_ITEM

#: The reasons given for the lines of each kind of insert.
GALLERY: Final = "picture gallery in the story"
CHART: Final = "figures of a chart in the story"

#: A slide's counter at the start of a line: "1/12", "* 3 / 12 The old pier".
_COUNTER: Final = regex.compile(r"\A(\d{1,3})\s?/\s?(\d{1,3})(?=\s|\Z)")
#: A gallery has at least this many slides, numbered from 1 up in a row ...
GALLERY_MIN_SLIDES: Final = 3
#: ... of at least this many in all (its counters' second number).
GALLERY_MIN_SIZE: Final = 3
#: A bare figure: an axis label or a value of a chart ("0", "’17", "$263", "13.0%", "-2.5").
_FIGURE: Final = regex.compile(r"\A[$€£¥'’‘+\-–−]?\d[\d.,:' ]*%?\Z")
#: A list's number alone on its line ("1.") is no figure: its item follows.
_NUMBERING: Final = regex.compile(r"\A\d{1,3}\.\Z")
#: A figure of a chart has at most this many characters.
FIGURE_MAX_LENGTH: Final = 12
#: A chart is a run of lines of at most this many characters (labels, a source line) ...
CHART_LINE_MAX_LENGTH: Final = 60
#: ... holding at least this many bare figures ...
CHART_MIN_FIGURES: Final = 6
#: ... that are at least this share of its lines.
CHART_FIGURE_SHARE: Final = 0.5


class Insert(NamedTuple):
    """An insert as line indices ``[start, end)``, and the reason its lines are not the story."""

    start: int
    end: int
    reason: str


def find_inserts(lines: Sequence[Line]) -> tuple[Insert, ...]:
    r"""The picture galleries and charts set into the text, in order.

    >>> from newsparse.document import Document
    >>> lines = Document.from_text("\n".join([
    ...     "The harbour reopened on Monday after a year of repairs to its walls.",
    ...     "1/3 The old pier", "It was built by the town in 1890.",
    ...     "2/3 The new pier", "It opened in the spring.",
    ...     "3/3 The ferry", "It sails twice a day.",
    ...     "The first ferry left at six and was full.",
    ... ])).lines
    >>> find_inserts(lines)
    (Insert(start=1, end=7, reason='picture gallery in the story'),)
    """
    found = [*_galleries(lines), *_charts(lines)]
    found.sort()
    return tuple(found)


def _counter(content: str) -> tuple[int, int] | None:
    """A slide's number and the gallery's size, when the line starts with a counter."""
    if "/" not in content[:12]:
        return None
    item = LIST_ITEM.match(content)
    match = _COUNTER.match(content[item.end() :] if item else content)
    if match is None:
        return None
    return int(match[1]), int(match[2])


def _galleries(lines: Sequence[Line]) -> list[Insert]:
    """Runs of slides numbered 1/N, 2/N, ...: from the first counter to the last slide's end.

    The last slide holds as many lines under its counter as the longest slide before it,
    ending early at a line set less deep than the counter (the story's, in a layout that
    keeps indentation).
    """
    found: list[Insert] = []
    slides: list[int] = []  # the counters' lines of the gallery being read
    size = 0
    for index, line in enumerate(lines):
        counter = _counter(line.content) if line.content else None
        if counter is None:
            continue
        number, total = counter
        if slides and total == size and number == len(slides) + 1:
            slides.append(index)
            continue
        if len(slides) >= GALLERY_MIN_SLIDES:
            found.append(_gallery(lines, slides))
        slides, size = ([index], total) if number == 1 and total >= GALLERY_MIN_SIZE else ([], 0)
    if len(slides) >= GALLERY_MIN_SLIDES:
        found.append(_gallery(lines, slides))
    return found


def _gallery(lines: Sequence[Line], slides: Sequence[int]) -> Insert:
    """The gallery whose counters stand on the lines ``slides``."""
    longest = max(
        sum(1 for line in lines[first + 1 : second] if line.content)
        for first, second in pairwise(slides)
    )
    last = slides[-1]
    indent = lines[last].indent
    end, taken = last + 1, 0
    for index in range(last + 1, len(lines)):
        line = lines[index]
        if not line.content:
            continue
        if taken >= longest or line.indent < indent:
            break
        taken, end = taken + 1, index + 1
    return Insert(slides[0], end, GALLERY)


def _is_figure(content: str) -> bool:
    """Whether a line is a bare figure of a chart (not a list's number alone)."""
    text = content
    if not text[:1].isdigit():
        item = LIST_ITEM.match(text)
        if item is not None:
            text = text[item.end() :]
    return (
        len(text) <= FIGURE_MAX_LENGTH
        and _FIGURE.match(text) is not None
        and _NUMBERING.match(text) is None
    )


def _charts(lines: Sequence[Line]) -> list[Insert]:
    """Runs of short lines (blank lines do not break them) that are mostly bare figures.

    A chart reaches from its first figure to its last, over the labels between them: the
    short lines around it (a subheading of the story, a title) may be the story's.
    """
    found: list[Insert] = []
    first = last = -1  # the run's first and last figure
    seen = at_first = at_last = figures = 0  # short lines so far, at the first and last figure

    def close() -> None:
        if figures >= CHART_MIN_FIGURES and figures >= CHART_FIGURE_SHARE * (at_last - at_first):
            found.append(Insert(first, last + 1, CHART))

    for index, line in enumerate(lines):
        content = line.content
        if not content:
            continue
        if len(content) > CHART_LINE_MAX_LENGTH:
            close()
            first = last = -1
            seen = at_first = at_last = figures = 0
            continue
        seen += 1
        if _is_figure(content):
            if first < 0:
                first, at_first = index, seen - 1
            last, at_last, figures = index, seen, figures + 1
    close()
    return found
