"""Plugins: found through entry points, switched on by name only."""

from __future__ import annotations

from importlib.metadata import EntryPoint

import pytest

from newsparse import Cursor, Detection, Detector, default_chain, parse_article, plugins

TEXT = "Ferry returns\n\nThe ferry sailed at dawn.\n\nPAYWALL: subscribe to read on\n"


def paywall(cursor: Cursor) -> Detection | None:
    """Claim lines that start with 'PAYWALL:'."""
    line = cursor.current
    if cursor.at_line_start and line.content.startswith("PAYWALL:"):
        return Detection("boilerplate", line.content_end, "paywall notice")
    return None


PAYWALL = Detector("paywall", paywall, interrupts_paragraph=True)


@pytest.fixture
def fake_plugin(monkeypatch: pytest.MonkeyPatch) -> None:
    """Register a 'paywall' detector as if an installed package offered it."""
    real = plugins._points

    def points(group: str) -> list[EntryPoint]:
        found = list(real(group))
        if group == plugins.DETECTOR_GROUP:
            found.append(EntryPoint("paywall", f"{__name__}:PAYWALL", group))
        return found

    monkeypatch.setattr(plugins, "_points", points)


def test_built_ins_are_registered_as_entry_points() -> None:
    """Every built-in detector is offered through the public entry-point group."""
    assert set(default_chain().names()) <= set(plugins.available_detectors())
    assert plugins.load_detector("byline") is default_chain().get("byline")
    assert "standfirst" in plugins.available_revisions()


@pytest.mark.usefixtures("fake_plugin")
def test_installed_plugin_changes_nothing_until_named() -> None:
    """Installing a plugin leaves parse_article(text) as it was."""
    assert "paywall" in plugins.available_detectors()
    assert parse_article(TEXT).body[-1] == "PAYWALL: subscribe to read on"


@pytest.mark.usefixtures("fake_plugin")
def test_plugin_placed_by_name() -> None:
    """with_plugins loads a plugin by name and puts it next to a named built-in."""
    chain = plugins.with_plugins(default_chain(), before={"paragraph": ["paywall"]})
    assert chain.names()[-2:] == ("paywall", "paragraph")
    article = parse_article(TEXT, chain=chain)
    assert article.boilerplate == ("PAYWALL: subscribe to read on",)


def test_unknown_plugin_is_a_clear_error() -> None:
    """Asking for a plugin nobody installed names it and lists what is installed."""
    with pytest.raises(
        plugins.PluginError, match=r"no newsparse\.detectors entry point named 'nope'"
    ):
        plugins.load_detector("nope")
