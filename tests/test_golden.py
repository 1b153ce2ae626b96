"""Golden-file tests: whole articles parsed and compared with hand-checked expectations.

Each ``tests/golden/<name>.txt`` is a short, invented news article; ``<name>.json`` next to it
is the :class:`~newsparse.models.Article` it should parse into, as
:func:`newsparse.to_dict` writes it but without ``segments`` (where each part was found is
checked by other tests), dumped with ``json.dumps(..., indent=2, ensure_ascii=False)`` and a
final newline.

Regenerating drafts::

    NEWSPARSE_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py

writes every ``<name>.json`` from the parser's *current* output and skips the comparison.
Such a file is only a draft: it says what the parser does, not what is right. Read each draft
against its article by hand (headline, standfirst, dates, authors, byline, dateline, body
paragraphs, boilerplate lines) and correct it before committing; where the parser is wrong,
the JSON must keep the correct value and the test must fail until the parser is fixed.
"""

from __future__ import annotations

import difflib
import itertools
import json
import os
from pathlib import Path
from typing import Any

import pytest

from newsparse import parse_article, to_dict

GOLDEN_DIR = Path(__file__).parent / "golden"
CASES = sorted(GOLDEN_DIR.glob("*.txt"))
UPDATE_VARIABLE = "NEWSPARSE_UPDATE_GOLDEN"


def _read_text(path: Path) -> str:
    """The article exactly as stored: UTF-8, line endings kept."""
    with path.open(encoding="utf-8", newline="") as file:
        return file.read()


def _without_segments(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if key != "segments"}


def _dump(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _field_diff(expected: dict[str, Any], actual: dict[str, Any]) -> str:
    """A unified diff of each top-level field that differs, one block per field."""
    blocks: list[str] = []
    for key in [*expected, *(key for key in actual if key not in expected)]:
        want = expected.get(key, "<missing>")
        got = actual.get(key, "<missing>")
        if want == got:
            continue
        lines = difflib.unified_diff(
            _dump(want).splitlines(),
            _dump(got).splitlines(),
            fromfile=f"expected {key}",
            tofile=f"parsed {key}",
            lineterm="",
        )
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


@pytest.mark.parametrize("path", CASES, ids=[path.stem for path in CASES])
def test_golden_article(path: Path) -> None:
    """Parsing each golden article gives exactly the hand-checked fields of its JSON file."""
    actual = _without_segments(to_dict(parse_article(_read_text(path))))
    expected_path = path.with_suffix(".json")
    if os.environ.get(UPDATE_VARIABLE) == "1":
        expected_path.write_text(_dump(actual), encoding="utf-8", newline="\n")
        pytest.skip(f"wrote a draft {expected_path.name}: review it by hand before committing")
    if not expected_path.exists():
        pytest.fail(f"{expected_path.name} is missing; draft it with {UPDATE_VARIABLE}=1")
    expected: dict[str, Any] = json.loads(expected_path.read_text(encoding="utf-8"))
    if actual != expected:
        pytest.fail(
            f"{path.name} parsed differently from {expected_path.name}:\n\n"
            + _field_diff(expected, actual),
            pytrace=False,
        )


@pytest.mark.parametrize("path", CASES, ids=[path.stem for path in CASES])
def test_golden_segments_tile_text(path: Path) -> None:
    """The segments of each golden article are non-empty, consecutive and cover the whole text."""
    text = _read_text(path)
    segments = parse_article(text).segments
    assert segments, "no segments"
    assert segments[0].start == 0
    for before, after in itertools.pairwise(segments):
        assert before.end == after.start, f"gap or overlap between {before} and {after}"
    for segment in segments:
        assert segment.start < segment.end, f"empty segment {segment}"
    assert segments[-1].end == len(text)
