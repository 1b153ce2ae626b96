"""JSON and plain-data forms of articles."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import newsparse
from newsparse import Article, Author, DateValue, from_dict, from_json, to_dict, to_json

ARTICLE = Article(
    headline="Ferry returns",
    published=DateValue(
        text="Nov 5, 2025 10:30 am ET",
        value=dt.datetime(2025, 11, 5, 15, 30, tzinfo=dt.timezone.utc),
        precision="minute",
    ),
    authors=(Author(name="Ana Lima", text="ANA LIMA", role="Harbour reporter"),),
    body=("The ferry sailed at dawn.",),
)


def test_dates_are_iso_strings() -> None:
    """Dates and times appear as ISO 8601 strings in the plain-data form."""
    data = to_dict(ARTICLE)
    assert data["published"]["value"] == "2025-11-05T15:30:00+00:00"
    assert json.loads(to_json(ARTICLE))["published"]["precision"] == "minute"


def test_round_trip_exact() -> None:
    """An article survives to_json/from_json and to_dict/from_dict unchanged."""
    assert from_json(to_json(ARTICLE)) == ARTICLE
    assert from_dict(to_dict(ARTICLE)) == ARTICLE
    assert isinstance(from_json(to_json(ARTICLE)).published.value, dt.datetime)  # type: ignore[union-attr]


def test_unknown_keys_are_an_error() -> None:
    """A misspelt field is refused with a message naming it."""
    data = to_dict(ARTICLE)
    data["headlin"] = "typo"
    with pytest.raises(ValueError, match="headlin"):
        from_dict(data)


def test_wrong_types_are_an_error() -> None:
    """A value of the wrong type is refused with a ValueError, not a crash deep inside."""
    data = to_dict(ARTICLE)
    data["published"]["precision"] = "fortnight"
    with pytest.raises(ValueError, match="not a valid Article"):
        from_dict(data)


def test_converter_factory_gives_independent_converters() -> None:
    """make_converter returns a new converter each time, configured for the models."""
    first, second = newsparse.make_converter(), newsparse.make_converter()
    assert first is not second
    assert first.structure(first.unstructure(ARTICLE), Article) == ARTICLE


def test_json_keeps_non_ascii() -> None:
    """Non-ASCII text is written as is, not escaped."""
    article = Article(headline="Café reopens in São Paulo")
    assert "São Paulo" in to_json(article)


@pytest.mark.parametrize(
    ("key", "value"),
    [("headline", 3), ("body", "abc"), ("boilerplate", {"a": 1}), ("headline", ["x"])],
)
def test_wrong_json_types_are_not_coerced(key: str, value: object) -> None:
    """A number for a string or a string for a list is an error, never converted."""
    data = to_dict(ARTICLE)
    data[key] = value
    with pytest.raises(ValueError, match=key):
        from_dict(data)


def test_models_keep_sequences_as_tuples() -> None:
    """An Article built from lists stores tuples, so it stays hashable."""
    article = Article(body=["a", "b"], boilerplate=["Advertisement"])  # type: ignore[arg-type]
    assert article.body == ("a", "b")
    assert hash(article) == hash(Article(body=("a", "b"), boilerplate=("Advertisement",)))
