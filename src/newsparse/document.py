"""Text to lines: the first step of the parse, and the only one that looks at raw characters.

Normalisation never rewrites the caller's text. A :class:`Line` records where it starts and
ends in that text, and a stripped ``content`` view for matching, so every offset the parse
reports points into the string the caller gave.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs
import regex

# The same line boundaries as str.splitlines(): CRLF first so it counts as one.
_LINE_BREAK = regex.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
# Leading and trailing space, plus the byte-order mark and zero-width characters that
# copy-paste and exports leave behind.
_EDGE_SPACE = "\ufeff\u200b\u200c\u200d\u2060"


@attrs.frozen
class Line:
    """One line of the input."""

    index: int
    """Position of the line in the document, from 0."""
    start: int
    """Offset of the first character of the line."""
    end: int
    """Offset of the line break (or of the end of the text on the last line)."""
    next_start: int
    """Offset just after the line break: where the next line starts."""
    content: str
    """The line without leading and trailing white space."""
    content_start: int
    """Offset of the first character of ``content``."""

    @property
    def indent(self) -> int:
        """How many characters of white space come before the content."""
        return self.content_start - self.start

    @property
    def is_blank(self) -> bool:
        """Whether the line holds nothing but white space."""
        return not self.content

    @property
    def content_end(self) -> int:
        """Offset just after the last character of ``content``."""
        return self.content_start + len(self.content)


@attrs.frozen
class Document:
    """The input text and its lines."""

    text: str
    lines: tuple[Line, ...]
    last_content_line: int = attrs.field(init=False)
    """Index of the last line that is not blank (-1 if there is none)."""

    def __attrs_post_init__(self) -> None:
        last = next((line.index for line in reversed(self.lines) if not line.is_blank), -1)
        object.__setattr__(self, "last_content_line", last)

    @classmethod
    def from_text(cls, text: str) -> Document:
        r"""Split ``text`` into lines, keeping every offset.

        >>> doc = Document.from_text("Title\r\n\n  Body.")
        >>> [(line.content, line.start, line.indent) for line in doc.lines]
        [('Title', 0, 0), ('', 7, 0), ('Body.', 8, 2)]
        """
        lines: list[Line] = []
        start = 0
        for match in _LINE_BREAK.finditer(text):
            lines.append(_make_line(text, len(lines), start, match.start(), match.end()))
            start = match.end()
        if start < len(text) or not lines:
            lines.append(_make_line(text, len(lines), start, len(text), len(text)))
        return cls(text, tuple(lines))


def _make_line(text: str, index: int, start: int, end: int, next_start: int) -> Line:
    raw = text[start:end]
    content = raw.strip()
    if content and (content[0] in _EDGE_SPACE or content[-1] in _EDGE_SPACE):
        content = content.strip(_EDGE_SPACE).strip()  # a BOM or zero-width mark at an edge
    if not content:
        return Line(index, start, end, next_start, "", start)
    return Line(index, start, end, next_start, content, start + raw.index(content))


def non_blank(lines: Sequence[Line], start: int, step: int) -> Iterator[Line]:
    r"""The non-blank lines after line ``start`` (not itself), up (``step`` -1) or down (1).

    >>> lines = Document.from_text("A\n\nB\nC").lines
    >>> [line.content for line in non_blank(lines, 3, -1)]
    ['B', 'A']
    """
    index = start + step
    while 0 <= index < len(lines):
        if lines[index].content:
            yield lines[index]
        index += step


def title_line(lines: Sequence[Line]) -> Line | None:
    """The first non-blank line when it is written as html-text writes the page's ``<title>``.

    That is a line not indented with a blank line (or nothing) under it; other tools start
    with the page's own first line (its site name, a menu), which is no title of the story.
    """
    first = next(non_blank(lines, -1, 1), None)
    if first is None or first.indent:
        return None
    under = first.index + 1
    return first if under >= len(lines) or not lines[under].content else None
