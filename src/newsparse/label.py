"""Running a chain over a document: every character gets a labelled claim.

This is the public intermediate step of the parse: :func:`label_document` gives the claims that
:func:`newsparse.parse_article` folds into an article, so a user can see what each stretch of
text was taken for.
"""

from __future__ import annotations

from typing import Final

from newsparse import labels
from newsparse.chain import (
    Chain,
    Claim,
    Cursor,
    Detection,
    Detector,
    Revision,
    State,
    is_prose,
)
from newsparse.detectors.paragraph import WRAP_MAX
from newsparse.document import Document
from newsparse.language import guess_language, writes_day_first
from newsparse.region import Region, find_article

LAYOUT: Final = "layout"
"""The name given to the parse itself where it labels blank lines and unclaimed text."""

_META: Final = labels.HEADER_LINE_LABELS


class DetectorError(RuntimeError):
    """A detector returned a claim that does not fit where it was asked to look."""


def label_document(
    doc: Document, chain: Chain[Detector], revisions: Chain[Revision]
) -> tuple[Claim, ...]:
    """Label every character of ``doc``: blank runs, then each block through the chain."""
    labeller = _Labeller(doc, chain)
    labeller.language, labeller.region = read_document(doc)
    lines = doc.lines
    index = 0
    while index < len(lines):
        first = index
        if lines[index].is_blank:
            while index < len(lines) and lines[index].is_blank:
                index += 1
            labeller.blank(first, index)
        else:
            while index < len(lines) and not lines[index].is_blank:
                index += 1
            labeller.block(first, index)
    result: tuple[Claim, ...] = tuple(labeller.claims)
    for revision in revisions:
        result = tuple(revision.revise(result, doc))
    return result


def read_document(doc: Document) -> tuple[str | None, Region]:
    """The document's language and where the article lies in it, as the chain is told them.

    The region is :func:`newsparse.region.find_article`'s, with dates read in that language's
    order.
    """
    language = guess_language(doc.text)
    return language, find_article(doc, day_first=writes_day_first(language))


class _Labeller:
    """The state of one pass of a chain over a document."""

    def __init__(self, doc: Document, chain: Chain[Detector]) -> None:
        self.doc = doc
        self.chain = chain
        self.interrupters = tuple(item for item in chain if item.interrupts_paragraph)
        self.state = State()
        self.claims: list[Claim] = []
        self.region = Region(0, len(doc.lines), is_page=False)
        self.language: str | None = None

    def blank(self, first: int, end: int) -> None:
        """Label the blank lines ``first`` to ``end`` (exclusive) as one segment."""
        lines = self.doc.lines
        start, stop = lines[first].start, lines[end - 1].next_start
        if stop > start:
            self.claims.append(Claim(start, stop, labels.BLANK, LAYOUT, "blank line"))

    def block(self, first: int, block_end: int) -> None:
        """Run the chain over the block of lines ``first`` to ``block_end`` (exclusive)."""
        lines = self.doc.lines
        line_index, start = first, lines[first].start
        wrapped = all(
            line.indent + len(line.content) <= WRAP_MAX for line in lines[first:block_end]
        )
        while line_index < block_end:
            cursor = Cursor(
                self.doc, line_index, start, block_end, self.state, self.interrupters,
                self.region, wrapped, self.language,
            )  # fmt: skip
            name, detection = self._first_claim(cursor)
            end, line_index = self._close(cursor, name, detection, block_end)
            text = self.doc.text[start:end].strip()
            self.claims.append(
                Claim(start, end, detection.label, name, detection.reason, detection.value, text)
            )
            self.state = _advance(self.state, detection.label, text)
            start = end

    def _first_claim(self, cursor: Cursor) -> tuple[str, Detection]:
        for item in self.chain:
            detection = item.detect(cursor)
            if detection is not None:
                return item.name, detection
        end = cursor.current.content_end
        return LAYOUT, Detection(labels.UNCLAIMED, end, "no detector claimed it")

    def _close(
        self, cursor: Cursor, name: str, detection: Detection, block_end: int
    ) -> tuple[int, int]:
        """Where the claim ends (over trailing space and the line break), and the next line."""
        lines = self.doc.lines
        end = detection.end
        if not cursor.rest_start < end <= lines[block_end - 1].content_end:
            raise DetectorError(
                f"detector {name!r} claimed up to offset {end}, outside the text it was shown "
                f"(offsets {cursor.rest_start + 1} to {lines[block_end - 1].content_end})"
            )
        line_index = cursor.line
        while lines[line_index].content_end < end:
            line_index += 1
        line = lines[line_index]
        text = self.doc.text
        while end < line.content_end and text[end].isspace():
            end += 1
        if end >= line.content_end:
            return line.next_start, line_index + 1
        return end, line_index


def _advance(state: State, label: str, text: str) -> State:
    """The state after a claim labelled ``label`` of ``text``."""
    headline, dateline, paragraphs, meta, prose = (
        state.headline_seen, state.dateline_seen, state.paragraphs, state.meta_since_paragraph,
        state.prose,
    )  # fmt: skip
    if label in labels.BODY_LABELS:
        paragraphs, meta = paragraphs + 1, False
        if is_prose(text):
            prose += 1
    elif label == labels.HEADLINE:
        headline = True
    elif label == labels.DATELINE:
        dateline = True
    elif label in _META and paragraphs:
        meta = True
    else:
        return state
    return State(headline, dateline, paragraphs, meta, prose)
