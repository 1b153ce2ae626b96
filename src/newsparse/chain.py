"""Detectors, revisions and the ordered, named chains that hold them.

A :class:`Detector` looks at the text from a :class:`Cursor` (the start of a block, or the rest
of a block another detector claimed the start of) and either claims a stretch of it, returning
a :class:`Detection`, or returns ``None``. A :class:`Chain` runs its detectors in order; the
first claim wins. A claim may cover only part of a block, as the dateline does with
``ISLAMABAD:``; what it leaves goes through the chain again.

A :class:`Revision` runs after the chain over the whole labelled sequence, for decisions that
need neighbours ("the paragraph between the headline and the date line is the standfirst").

Chains are immutable: every edit returns a new chain, so a chain can be shared freely.

>>> from newsparse.detectors import default_chain
>>> chain = default_chain()
>>> chain.names()[:3]
('page_furniture', 'share_icons', 'boilerplate')
>>> chain.disable("page_furniture").names()[:1]
('share_icons',)
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Final, Generic, Protocol, TypeVar

import attrs

from newsparse.document import Document, Line

if TYPE_CHECKING:
    from newsparse.region import Region


#: How many prose paragraphs (standfirst, caption) may stand above the header lines.
HEADER_PARAGRAPHS: Final = 2
#: A paragraph of fewer words (a credit, a counter, a kicker) does not close the header.
PROSE_WORDS: Final = 12


def is_prose(text: str) -> bool:
    """Whether a paragraph's text is long enough to count as prose (:data:`PROSE_WORDS`)."""
    return text.count(" ") + 1 >= PROSE_WORDS


@attrs.frozen
class State:
    """What the parse has found so far, for detectors whose claim depends on position."""

    headline_seen: bool = False
    """A headline has been claimed."""
    dateline_seen: bool = False
    """A dateline has been claimed."""
    paragraphs: int = 0
    """How many paragraphs have been claimed."""
    meta_since_paragraph: bool = False
    """A date line or byline was claimed after the last paragraph."""
    prose: int = 0
    """How many of the paragraphs were prose of :data:`PROSE_WORDS` words or more."""

    @property
    def in_header(self) -> bool:
        """Whether header lines (date, byline) may still come.

        Pages often put a standfirst and a photo caption above the byline and the date, so the
        header stays open for the first :data:`HEADER_PARAGRAPHS` paragraphs.
        """
        return self.prose <= HEADER_PARAGRAPHS

    @property
    def at_body_start(self) -> bool:
        """Whether the next paragraph would be the first of the body.

        That is so before any paragraph, and also after the header's paragraphs when a date
        line or byline followed them (they were the standfirst, a caption).
        """
        return self.paragraphs == 0 or (self.meta_since_paragraph and self.in_header)


@attrs.frozen
class Cursor:
    """Where a detector is asked to look: a position inside a block of non-blank lines."""

    doc: Document
    """The whole document (detectors may look at neighbouring lines)."""
    line: int
    """Index of the line the claim would start on."""
    start: int
    """Offset the claim would start at: the line's start, or mid-line after a prefix claim."""
    block_end: int
    """Index one past the last line of the block (blank lines end blocks)."""
    state: State
    """What the parse found before this point."""
    interrupters: tuple[Detector, ...] = ()
    """The detectors of the chain that may end a paragraph (see :meth:`interrupted_at`)."""
    region: Region | None = None
    """Where the page analysis put the article (``None``: the whole document)."""
    wrapped: bool = True
    """Whether the block may be hard-wrapped text: no line of it is longer than a wrapped line
    can be (see :data:`newsparse.detectors.paragraph.WRAP_MAX`)."""
    language: str | None = None
    """The language of the document, as :func:`newsparse.language.guess_language` has it."""

    @property
    def current(self) -> Line:
        """The line the claim would start on."""
        return self.doc.lines[self.line]

    @property
    def at_line_start(self) -> bool:
        """Whether nothing of the current line was claimed yet."""
        return self.start <= self.current.content_start

    @property
    def rest(self) -> str:
        """What is left of the current line, stripped."""
        line = self.current
        return self.doc.text[max(self.start, line.content_start) : line.content_end].strip()

    @property
    def rest_start(self) -> int:
        """Offset of the first character of :attr:`rest`."""
        line = self.current
        begin = max(self.start, line.content_start)
        text = self.doc.text
        while begin < line.content_end and text[begin].isspace():
            begin += 1
        return begin

    def lines_in_block(self) -> Sequence[Line]:
        """The lines from the current one to the end of the block."""
        return self.doc.lines[self.line : self.block_end]

    def at(self, line: int) -> Cursor:
        """A cursor at the start of another line of the same block."""
        return Cursor(
            self.doc, line, self.doc.lines[line].start, self.block_end, self.state,
            self.interrupters, self.region, self.wrapped, self.language,
        )  # fmt: skip

    def interrupted_at(self, line: int) -> bool:
        """Whether a detector that ends paragraphs would claim the start of ``line``."""
        cursor = self.at(line)
        return any(item.detect(cursor) is not None for item in self.interrupters)


@attrs.frozen
class Detection:
    """A detector's claim: a label for the text from the cursor up to ``end``."""

    label: str
    """What the text is (see :mod:`newsparse.labels`)."""
    end: int
    """Offset where the claim ends; at most the end of the block. The parse extends it over
    trailing white space and the line break."""
    reason: str
    """Why, in a few words, for ``newsparse explain``."""
    value: Any = None
    """What the detector understood (a date, a byline, ...), for the assembler."""


class DetectFunction(Protocol):
    """The signature of a detector's function."""

    def __call__(self, cursor: Cursor, /) -> Detection | None:
        """Claim text from the cursor on, or return ``None``."""


@attrs.frozen
class Detector:
    """A named, stateless detector.

    ``interrupts_paragraph`` says whether a line this detector claims ends a paragraph that
    runs into it without a blank line (a date line under the standfirst, a share line after the
    last paragraph).
    """

    name: str
    """Stable snake_case name; built-in names are public API."""
    detect: DetectFunction
    """The function that claims text or returns ``None`` (two detectors are equal only if
    their functions are the same object)."""
    interrupts_paragraph: bool = False
    """Whether a claim of this detector at a line start ends the paragraph before it."""

    def bind(self, **options: Any) -> Detector:
        """The same detector with keyword options given to its function.

        >>> from newsparse.detectors import byline
        >>> from newsparse.vocab.agencies import AgencyTable
        >>> byline.DETECTOR.bind(agencies=AgencyTable.default()).name
        'byline'
        """
        return Detector(
            self.name, functools.partial(self.detect, **options), self.interrupts_paragraph
        )


@attrs.frozen
class Claim:
    """A labelled stretch of the input, as the chain or a revision decided it."""

    start: int
    end: int
    label: str
    detector: str
    reason: str
    value: Any = attrs.field(default=None, eq=False)
    text: str = ""
    """The claimed text, stripped of surrounding white space."""


class ReviseFunction(Protocol):
    """The signature of a revision's function."""

    def __call__(self, claims: Sequence[Claim], doc: Document, /) -> Sequence[Claim]:
        """Return the claims, some relabelled; the offsets must stay as they were."""


@attrs.frozen
class Revision:
    """A named pass over all claims, for decisions that depend on neighbours."""

    name: str
    revise: ReviseFunction


class Named(Protocol):
    """Anything with a name: what a :class:`Chain` holds."""

    @property
    def name(self) -> str:
        """The stable name the chain knows the item by."""


T = TypeVar("T", bound=Named)


class Chain(Generic[T]):
    """An ordered list of uniquely named items, edited by name and never in place.

    >>> from newsparse.detectors import default_chain, paragraph
    >>> chain = default_chain().enable_only(["paragraph"])
    >>> chain.names()
    ('paragraph',)
    >>> default_chain().replace("paragraph", paragraph.DETECTOR) == default_chain()
    True
    """

    __slots__ = ("_items",)

    def __init__(self, items: Iterable[T]) -> None:
        """Make a chain of ``items``, in order; their names must be unique."""
        self._items: tuple[T, ...] = tuple(items)
        names = [item.name for item in self._items]
        dupes = sorted({name for name in names if names.count(name) > 1})
        if dupes:
            raise ValueError(f"chain names must be unique; repeated: {', '.join(dupes)}")

    @property
    def items(self) -> tuple[T, ...]:
        """The items in order."""
        return self._items

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Chain) and self._items == other.items

    def __hash__(self) -> int:
        return hash(self._items)

    def __repr__(self) -> str:
        return f"Chain({', '.join(self.names())})"

    def names(self) -> tuple[str, ...]:
        """The names in order."""
        return tuple(item.name for item in self._items)

    def get(self, name: str) -> T:
        """The item called ``name``; :class:`KeyError` if there is none."""
        return self._items[self._index(name)]

    def insert_before(self, name: str, item: T) -> Chain[T]:
        """A chain with ``item`` placed just before the one called ``name``."""
        index = self._index(name)
        return Chain((*self._items[:index], item, *self._items[index:]))

    def insert_after(self, name: str, item: T) -> Chain[T]:
        """A chain with ``item`` placed just after the one called ``name``."""
        index = self._index(name) + 1
        return Chain((*self._items[:index], item, *self._items[index:]))

    def replace(self, name: str, item: T) -> Chain[T]:
        """A chain with the item called ``name`` swapped for ``item``, in the same place."""
        index = self._index(name)
        return Chain((*self._items[:index], item, *self._items[index + 1 :]))

    def disable(self, *names: str) -> Chain[T]:
        """A chain without the items called ``names``."""
        for name in names:
            self._index(name)
        return Chain(item for item in self._items if item.name not in names)

    def enable_only(self, names: Iterable[str]) -> Chain[T]:
        """A chain of just the items called ``names``, kept in this chain's order."""
        wanted = tuple(names)
        for name in wanted:
            self._index(name)
        return Chain(item for item in self._items if item.name in wanted)

    def _index(self, name: str) -> int:
        for index, item in enumerate(self._items):
            if item.name == name:
                return index
        raise KeyError(f"no item named {name!r} in the chain; it has: {', '.join(self.names())}")


def detector(
    name: str, *, interrupts_paragraph: bool = False
) -> Callable[[DetectFunction], Detector]:
    """Make a :class:`Detector` of a function, as a decorator.

    >>> @detector("shout")
    ... def shout(cursor: Cursor) -> Detection | None:
    ...     line = cursor.current
    ...     if cursor.at_line_start and line.content.isupper():
    ...         return Detection("shout", line.content_end, "all capitals")
    ...     return None
    >>> shout.name
    'shout'
    """

    def wrap(function: DetectFunction) -> Detector:
        return Detector(name, function, interrupts_paragraph)

    return wrap
