"""Typed use of the public API, checked by mypy --strict (never run)."""

from __future__ import annotations

import datetime as dt

import newsparse
from newsparse import Article, Chain, Cursor, Detection, Detector, Segment


def use() -> None:
    """Each public call, with the types a user relies on."""
    article: Article = newsparse.parse_article("Headline\n\nBody.")
    headline: str | None = article.headline
    if article.published is not None:
        day: dt.date = article.published.value
        written: str = article.published.text
        print(day, written)
    names: list[str] = [author.name for author in article.authors]
    body: tuple[str, ...] = article.body
    segments: tuple[Segment, ...] = newsparse.explain("Headline\n\nBody.")
    chain: Chain[Detector] = newsparse.default_chain().disable("headline")
    again: Article = newsparse.from_json(newsparse.to_json(article))

    def mine(cursor: Cursor) -> Detection | None:
        line = cursor.current
        return Detection("mine", line.content_end, "always") if line.content else None

    custom: Chain[Detector] = chain.insert_before("paragraph", Detector("mine", mine))
    print(headline, names, body, segments, again, newsparse.parse_article("x", chain=custom))
