"""Property-based tests: round trips through text and JSON, losslessness, robustness."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, explain, parse_article
from newsparse.render import render
from newsparse.testing.strategies import WebPage, web_articles, web_pages, wire_articles

# Text that stresses line handling: every kind of line break, indentation, BOMs, odd marks.
TRICKY_TEXT = st.lists(
    st.sampled_from(
        ["\n", "\r\n", "\r", "\u2028", "\x0c", " ", "\t", "\ufeff", "\u200b", "By ", "A", "a",
         "ISLAMABAD:", " - ", "(Reuters)", "Nov 5, 2025", "icon-facebook", "Advertisement",
         ".", "é", "\U0001f600", "\x00", "\ud800"]
    ),
    max_size=60,
).map("".join) | st.text()  # fmt: skip


def assert_tiles(text: str, article: Article) -> None:
    """The segments are consecutive, non-empty, and cover ``text`` exactly."""
    position = 0
    for segment in article.segments:
        assert segment.start == position
        assert segment.end > segment.start
        position = segment.end
    assert position == len(text)


@given(web_articles())
def test_web_layout_round_trip(article: Article) -> None:
    """An article rendered in the web layout parses back to the same article."""
    assert parse_article(render(article, "web")) == article


@given(wire_articles())
def test_wire_layout_round_trip(article: Article) -> None:
    """An article rendered in the wire layout parses back to the same article."""
    assert parse_article(render(article, "wire")) == article


@given(web_articles() | wire_articles())
def test_json_round_trip_of_generated_articles(article: Article) -> None:
    """Every generated article survives to_json/from_json exactly."""
    assert newsparse.from_json(newsparse.to_json(article)) == article


@given(web_articles())
def test_json_round_trip_keeps_segments(article: Article) -> None:
    """A parsed article, segments included, survives to_json/from_json exactly."""
    parsed = parse_article(render(article, "web"))
    loaded = newsparse.from_json(newsparse.to_json(parsed))
    assert loaded == parsed
    assert loaded.segments == parsed.segments


@given(TRICKY_TEXT)
def test_any_text_parses_and_segments_tile_it(text: str) -> None:
    """Any str parses without raising, and its segments cover it exactly."""
    article = parse_article(text)
    assert_tiles(text, article)
    assert newsparse.explain(text) == article.segments


@given(web_articles() | wire_articles())
def test_segments_tile_rendered_articles(article: Article) -> None:
    """The segments of a rendered article cover its text exactly, each labelled."""
    layout = "web" if article.standfirst or article.boilerplate else "wire"
    text = render(article, layout)
    parsed = parse_article(text)
    assert_tiles(text, parsed)
    assert all(s.label and s.detector and s.reason for s in parsed.segments)


@given(TRICKY_TEXT)
def test_offsets_point_into_the_callers_text(text: str) -> None:
    """Each body paragraph's words are found in the segments labelled paragraph.

    The body leaves out soft hyphens (U+00AD); the segments keep the text as it is.
    """
    article = parse_article(text)
    paragraph_text = " ".join(
        text[s.start : s.end] for s in article.segments if s.label == "paragraph"
    ).replace("\xad", "")
    for paragraph in article.body:
        for word in paragraph.split():
            assert word in paragraph_text


@pytest.mark.parametrize("value", [b"bytes", bytearray(b"x"), None, 42, ["a"]])
def test_non_str_input_is_a_type_error(value: object) -> None:
    """Anything but a str is refused with a TypeError that names the type."""
    with pytest.raises(TypeError, match=type(value).__name__):
        parse_article(value)  # type: ignore[arg-type]


def test_bytes_error_says_how_to_decode() -> None:
    """The TypeError for bytes tells the caller to decode first."""
    with pytest.raises(TypeError, match="decode"):
        parse_article(b"Headline\n\nBody.")  # type: ignore[arg-type]


def test_empty_text_gives_an_empty_article() -> None:
    """Empty text gives an article with every field empty, not invented."""
    assert parse_article("") == Article()
    assert parse_article("").segments == ()


@settings(max_examples=40, deadline=None)
@given(web_pages())
def test_article_found_in_a_generated_page(page: WebPage) -> None:
    """A page (menu, cookie notice, teasers, comments, footer) gives back its article."""
    parsed = parse_article(page.text)
    expected = page.article
    assert parsed.headline == expected.headline
    assert parsed.standfirst == expected.standfirst
    assert (parsed.published, parsed.modified) == (expected.published, expected.modified)
    assert parsed.authors == expected.authors
    assert parsed.dateline == expected.dateline
    assert parsed.body == expected.body


@settings(max_examples=20, deadline=None)
@given(web_pages())
def test_page_furniture_is_boilerplate(page: WebPage) -> None:
    """Every line of the page outside the article is labelled boilerplate, with a reason."""
    labels: dict[str, set[str]] = {}
    for segment in explain(page.text):
        for line in page.text[segment.start : segment.end].splitlines():
            labels.setdefault(line.strip().removeprefix("* "), set()).add(segment.label)
    article = page.article
    own = {article.headline, *article.body}
    own |= {value.text for value in (article.published, article.modified) if value is not None}
    for line in page.furniture:
        if line in own:
            continue  # a teaser (or its date) that happens to repeat the article's own words
        assert labels[line] == {"boilerplate"}, line
