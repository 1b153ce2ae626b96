"""Picture galleries, charts and video players set into a story: not the story's text.

Every article, town and person here is invented.
"""

from __future__ import annotations

import pytest

from newsparse import parse_article
from newsparse.detectors.boilerplate import boilerplate_reason
from newsparse.document import Document
from newsparse.inserts import CHART, GALLERY, find_inserts

_OPENING = (
    "The harbour of Millbrook reopened on Monday after a year of repairs to its old walls, "
    "and the first boats were waiting at dawn."
)
_CLOSING = (
    "The mayor said the town would hold a small party on the quay once the summer timetable "
    "is settled by the ferry company."
)


def _hand_copy(inserted: list[str], indent: str = "      ") -> str:
    """A hand copy of an article with ``inserted`` lines (each its own block) in its middle."""
    blocks = [
        "Harbour Reopens in Millbrook",
        f"{indent}{_OPENING}",
        *inserted,
        f"{indent}{_CLOSING}",
    ]
    return "\n\n".join(blocks) + "\n"


_SLIDES = [
    "          * 1/4 The old pier at low tide",
    "            Built by the town in 1890, the pier has lost two of its lamps.",
    "            Ana Lima",
    "          * 2/4 A crane on the quay",
    "            The crane lifted the new stones into place in March.",
    "          * 3/4 The lighthouse",
    "            Its lamp was cleaned by volunteers over the winter weekends.",
    "            Tom Berg",
    "          * 4/4 Boats in the harbour",
    "            Fishing boats came back to their moorings on Sunday evening.",
    "            Ana Lima",
]


def test_a_gallery_in_a_hand_copy_is_left_out_and_the_story_goes_on() -> None:
    body = parse_article(_hand_copy(_SLIDES)).body_text
    assert _OPENING in body
    assert _CLOSING in body
    for word in ("pier", "crane", "lighthouse", "moorings", "Tom Berg"):
        assert word not in body


def test_the_last_slide_of_a_flat_gallery_holds_as_many_lines_as_the_longest() -> None:
    slides = [line.strip().removeprefix("* ") for line in _SLIDES]
    text = "\n".join(["Harbour Reopens in Millbrook", _OPENING, *slides, _CLOSING]) + "\n"
    lines = Document.from_text(text).lines
    (gallery,) = find_inserts(lines)
    assert gallery.reason == GALLERY
    assert lines[gallery.start].content.startswith("1/4")
    assert lines[gallery.end - 1].content == "Ana Lima"  # the last slide's credit, not the story
    body = parse_article(text).body_text
    assert _CLOSING in body
    assert "moorings" not in body


@pytest.mark.parametrize(
    "counters",
    [
        ["2/4 The crane", "3/4 The lighthouse", "4/4 The boats"],  # not from the first slide
        ["1/4 The pier", "2/4 The crane"],  # too few slides
        ["1/4 The pier", "3/4 The lighthouse", "4/4 The boats"],  # not in a row
        ["1/2 cup of flour", "1/4 cup of sugar", "3/4 cup of milk"],  # a recipe's amounts
    ],
)
def test_numbered_lines_that_are_no_gallery_stay(counters: list[str]) -> None:
    text = _hand_copy([f"      {line}" for line in counters])
    assert find_inserts(Document.from_text(text).lines) == ()
    body = parse_article(text).body_text
    for line in counters:
        assert line in body


_CHART = [
    "Harbour fees in thousands",
    "$120",
    "90",
    "60",
    "30",
    "0",
    "Fees",
    "’19",
    "’20",
    "’21",
    "’22",
    "’23",
    "Source: Millbrook harbour office",
]


def test_the_figures_of_a_chart_are_left_out_and_the_story_goes_on() -> None:
    text = _hand_copy([f"      {line}" for line in _CHART])
    lines = Document.from_text(text).lines
    (chart,) = find_inserts(lines)
    assert chart.reason == CHART
    assert (lines[chart.start].content, lines[chart.end - 1].content) == ("$120", "’23")
    body = parse_article(text).body_text
    assert _OPENING in body
    assert _CLOSING in body
    assert "’21" not in body
    assert "$120" not in body
    assert "Harbour fees in thousands" in body  # a title above the figures may be the story's


@pytest.mark.parametrize(
    "inserted",
    [
        # a numbered list with its numbers alone on their lines
        ["1.", "Check the ropes", "2.", "Clean the deck", "3.", "Paint the hull", "4.",
         "Fill the tank", "5.", "Lock the cabin", "6.", "Call the office", "7.", "Go home"],
        # a few figures among labels
        ["Ferries a day", "12", "Boats in the harbour", "40", "Staff", "9", "Cranes", "2"],
        # figures between lines of prose
        ["1890", _OPENING, "1920", _OPENING, "1950", _OPENING, "1980", _OPENING, "2000",
         _OPENING, "2020"],
    ],
)  # fmt: skip
def test_short_lines_with_some_figures_are_no_chart(inserted: list[str]) -> None:
    text = _hand_copy([f"      {line}" for line in inserted])
    assert find_inserts(Document.from_text(text).lines) == ()


@pytest.mark.parametrize(
    "line",
    [
        "Current Time 0:00",
        "Remaining Time -0:00",
        "Loaded: 0%",
        "Progress : 12.5%",
        "Stream Type LIVE",
        "Playback Rate",
        "This is a modal window.",
        "Beginning of dialog window. Press Escape to leave it.",
        "Foreground --- White Black Red --- Opaque",
        "Text Edge Style None Uniform",
        "Font Family Default Casual",
        "Defaults Done",
        "* audio track off , selected",
        "Captions settings , opens captions settings dialog",
    ],
)
def test_the_controls_of_a_video_player_are_boilerplate(line: str) -> None:
    assert boilerplate_reason(line) == "video player controls"


@pytest.mark.parametrize(
    "line",
    [
        "The current time is the worst for the fishing fleet.",
        "Loaded with 50% of the vote, the mayor went home.",
        "Progress was slow on the quay.",
        "Default, selected by the court, was the only option left.",
    ],
)
def test_sentences_with_a_video_players_words_stay(line: str) -> None:
    assert boilerplate_reason(line) is None
