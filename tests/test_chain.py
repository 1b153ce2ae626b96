"""The detector chain: editing by name, first claim wins, prefix claims, custom detectors."""

from __future__ import annotations

import pytest

from newsparse import (
    Chain,
    Cursor,
    Detection,
    Detector,
    DetectorError,
    default_chain,
    detector,
    label_text,
    parse_article,
)
from newsparse.detectors import DEFAULT_DETECTORS, paragraph

BUILT_IN_ORDER = (
    "page_furniture", "share_icons", "boilerplate", "signoff", "date_line", "byline", "meta_line", "headline",
    "dateline", "header_furniture", "table", "paragraph",
)  # fmt: skip


@detector("pull_quote", interrupts_paragraph=True)
def pull_quote(cursor: Cursor) -> Detection | None:
    """Claim lines that start with '>>' as pull quotes."""
    line = cursor.current
    if cursor.at_line_start and line.content.startswith(">>"):
        return Detection("pull_quote", line.content_end, "pull quote marker", line.content[2:])
    return None


TEXT = "Ferry returns\n\nThe ferry sailed again at dawn after repairs.\n>> It felt like home\n"


def test_default_order_is_public_and_stable() -> None:
    """The built-in detectors run in the documented order."""
    assert default_chain().names() == BUILT_IN_ORDER
    assert tuple(d.name for d in DEFAULT_DETECTORS) == BUILT_IN_ORDER


def test_edits_return_new_chains() -> None:
    """insert_before/after, replace, disable and enable_only leave the original untouched."""
    chain = default_chain()
    before = chain.insert_before("paragraph", pull_quote)
    after = chain.insert_after("byline", pull_quote)
    assert before.names()[-2:] == ("pull_quote", "paragraph")
    assert after.names()[after.names().index("byline") + 1] == "pull_quote"
    assert chain.names() == BUILT_IN_ORDER
    assert chain.disable("headline", "dateline").names() == tuple(
        n for n in BUILT_IN_ORDER if n not in ("headline", "dateline")
    )
    assert chain.enable_only(["paragraph", "byline"]).names() == ("byline", "paragraph")
    assert chain.replace("paragraph", paragraph.DETECTOR) == chain
    assert chain.get("byline").name == "byline"


def test_unknown_names_and_duplicates_are_errors() -> None:
    """Naming a missing item is a KeyError; two items with one name is a ValueError."""
    with pytest.raises(KeyError, match="no item named 'nope'"):
        default_chain().disable("nope")
    with pytest.raises(KeyError):
        default_chain().insert_before("nope", pull_quote)
    with pytest.raises(ValueError, match="repeated: byline"):
        default_chain().insert_after("paragraph", default_chain().get("byline"))


def test_custom_detector_claims_and_interrupts_paragraphs() -> None:
    """A user's detector placed before paragraph claims its lines and ends the paragraph."""
    chain = default_chain().insert_before("paragraph", pull_quote)
    article = parse_article(TEXT, chain=chain)
    assert article.body == ("The ferry sailed again at dawn after repairs.",)
    labels = [(s.label, s.detector) for s in article.segments]
    assert ("pull_quote", "pull_quote") in labels


def test_without_the_custom_detector_the_line_joins_the_body() -> None:
    """The default chain knows nothing of pull quotes: the line runs on the paragraph."""
    assert parse_article(TEXT).body == (
        "The ferry sailed again at dawn after repairs. >> It felt like home",
    )


def test_chain_without_fallback_labels_leftovers_unclaimed() -> None:
    """Text no detector claims is labelled 'unclaimed' by the parse, never dropped."""
    article = parse_article(TEXT, chain=default_chain().disable("paragraph"))
    assert article.body == ()
    unclaimed = [s for s in article.segments if s.label == "unclaimed"]
    assert unclaimed
    assert TEXT[unclaimed[0].start : unclaimed[0].end].startswith("The ferry")


def test_first_claim_wins() -> None:
    """Of two detectors that would claim a line, the earlier one in the chain labels it."""
    shout = Detector(
        "shout",
        lambda c: Detection("shout", c.current.content_end, "caps") if c.at_line_start else None,
    )
    article = parse_article(TEXT, chain=Chain([shout, paragraph.DETECTOR]))
    assert {s.label for s in article.segments} == {"shout", "blank"}


def test_a_claim_outside_the_block_is_a_detector_error() -> None:
    """A detector that claims past its block gets a clear DetectorError naming it."""
    greedy = Detector("greedy", lambda c: Detection("x", len(c.doc.text) + 5, "too far"))
    with pytest.raises(DetectorError, match="greedy"):
        parse_article(TEXT, chain=Chain([greedy]))


def test_detectors_with_different_functions_differ() -> None:
    """Two detectors of one name but different functions are not equal, nor are their chains."""
    other = Detector("paragraph", lambda _cursor: None)
    assert other != paragraph.DETECTOR
    assert default_chain().replace("paragraph", other) != default_chain()


def test_label_text_gives_detector_values() -> None:
    """label_text exposes each claim's value, so a plugin's detections are reachable."""
    chain = default_chain().insert_before("paragraph", pull_quote)
    values = [c.value for c in label_text(TEXT, chain=chain) if c.label == "pull_quote"]
    assert values == [" It felt like home"]
