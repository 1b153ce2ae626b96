"""Running a chain over a document: every character gets a labelled claim.

This is the public intermediate step of the parse: :func:`label_text` gives the claims that
:func:`newsparse.parse_article` folds into an article, so a user can see what each stretch of
text was taken for.
"""

from __future__ import annotations

from typing import Final

import attrs

from newsparse import labels
from newsparse.chain import Chain, Claim, Cursor, Detection, Detector, Revision, State
from newsparse.document import Document

LAYOUT: Final = "layout"
"""The name given to the parse itself where it labels blank lines and unclaimed text."""

_META: Final = frozenset({labels.DATE, labels.BYLINE, labels.BOILERPLATE})


class DetectorError(RuntimeError):
    """A detector returned a claim that does not fit where it was asked to look."""


def label_document(
    doc: Document, chain: Chain[Detector], revisions: Chain[Revision]
) -> tuple[Claim, ...]:
    """Label every character of ``doc``: blank runs, then each block through the chain."""
    interrupters = tuple(item for item in chain if item.interrupts_paragraph)
    lines = doc.lines
    claims: list[Claim] = []
    state = State()
    index = 0
    while index < len(lines):
        first = index
        if lines[index].is_blank:
            while index < len(lines) and lines[index].is_blank:
                index += 1
            start, end = lines[first].start, lines[index - 1].next_start
            if end > start:
                claims.append(Claim(start, end, labels.BLANK, LAYOUT, "blank line"))
            continue
        while index < len(lines) and not lines[index].is_blank:
            index += 1
        state = _label_block(doc, first, index, chain, interrupters, state, claims)
    result: tuple[Claim, ...] = tuple(claims)
    for revision in revisions:
        result = tuple(revision.revise(result, doc))
    return result


def _label_block(
    doc: Document,
    first: int,
    block_end: int,
    chain: Chain[Detector],
    interrupters: tuple[Detector, ...],
    state: State,
    claims: list[Claim],
) -> State:
    lines = doc.lines
    line_index, start = first, lines[first].start
    while line_index < block_end:
        cursor = Cursor(doc, line_index, start, block_end, state, interrupters)
        name, detection = _first_claim(chain, cursor)
        if detection is None:
            detection = Detection(
                labels.UNCLAIMED, lines[line_index].content_end, "no detector claimed it"
            )
        end, line_index = _close(doc, cursor, name, detection, block_end)
        text = doc.text[start:end].strip()
        claims.append(
            Claim(start, end, detection.label, name, detection.reason, detection.value, text)
        )
        state = _advance(state, detection.label)
        start = end
    return state


def _first_claim(chain: Chain[Detector], cursor: Cursor) -> tuple[str, Detection | None]:
    for item in chain:
        detection = item.detect(cursor)
        if detection is not None:
            return item.name, detection
    return LAYOUT, None


def _close(
    doc: Document, cursor: Cursor, name: str, detection: Detection, block_end: int
) -> tuple[int, int]:
    """Where the claim really ends (over trailing space and the line break), and the next line."""
    lines = doc.lines
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
    text = doc.text
    while end < line.content_end and text[end].isspace():
        end += 1
    if end >= line.content_end:
        return line.next_start, line_index + 1
    return end, line_index


def _advance(state: State, label: str) -> State:
    if label == labels.PARAGRAPH:
        return attrs.evolve(state, paragraphs=state.paragraphs + 1, meta_since_paragraph=False)
    if label == labels.HEADLINE:
        return attrs.evolve(state, headline_seen=True)
    if label == labels.DATELINE:
        return attrs.evolve(state, dateline_seen=True)
    if label in _META and state.paragraphs and not state.meta_since_paragraph:
        return attrs.evolve(state, meta_since_paragraph=True)
    return state
