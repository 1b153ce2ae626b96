"""The seed article the project started from parses to exactly what its gold says."""

from __future__ import annotations

import json

import pytest

from newsparse import parse_article
from tests.conftest import SHARED

SEED = SHARED / "seed"


@pytest.mark.skipif(not SEED.is_dir(), reason="../shared/seed is not beside the checkout")
def test_seed_article_matches_its_gold() -> None:
    """Headline, standfirst, date, dateline, body and boilerplate equal the seed's gold."""
    text = (SEED / "seed-article.txt").read_text(encoding="utf-8")
    gold = json.loads((SEED / "seed-article.json").read_text(encoding="utf-8"))
    article = parse_article(text)
    assert article.headline == gold["headline"]
    assert article.standfirst == gold["standfirst"]
    assert article.published is not None
    assert article.published.value.isoformat() == gold["published"]
    assert article.published.text == gold["published_text"]
    assert article.modified is None
    assert [a.name for a in article.authors] == gold["authors"]
    assert article.dateline is not None
    assert article.dateline.text == gold["dateline"]["text"]
    assert article.dateline.place == gold["dateline"]["place"]
    assert article.dateline.agency == gold["dateline"]["agency"]
    assert article.dateline.date_text == gold["dateline"]["date_text"]
    assert list(article.body) == gold["body_paragraphs"]
    assert article.body_text == gold["body"]
    assert list(article.boilerplate) == gold["boilerplate_lines"]
