r"""JSON and plain-data forms of the models, through one cattrs converter.

Dates are ISO 8601 strings: ``"2025-11-05"`` for a date, ``"2019-11-19T08:03:00-05:00"`` for a
time. Loading rejects unknown keys, so a misspelt field is an error, not a silent default.

>>> from newsparse import parse_article
>>> article = parse_article("Dam opens\n\nWed Nov 05 2025\n\nThe dam opened today.\n")
>>> to_dict(article)["published"]
{'text': 'Wed Nov 05 2025', 'value': '2025-11-05', 'precision': 'day'}
>>> from_json(to_json(article)) == article
True
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, TypeVar

import cattrs
from cattrs.preconf.json import make_converter as make_json_converter

from newsparse.models import Article

T = TypeVar("T")


def make_converter() -> cattrs.Converter:
    """A new converter for every newsparse model.

    It is strict: extra keys are an error, and so is a value of the wrong JSON type (a number
    where a string belongs, a string where a list belongs); nothing is coerced.
    """
    converter = make_json_converter(forbid_extra_keys=True)
    converter.register_unstructure_hook(dt.date, lambda value: value.isoformat())
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)

    def is_tuple(type_: Any) -> bool:
        return getattr(type_, "__origin__", None) is tuple

    def structure_tuple(value: Any, type_: Any) -> Any:
        if not isinstance(value, list):
            raise TypeError(f"expected a JSON list, not {type(value).__name__}")
        item = type_.__args__[0]
        return tuple(converter.structure(element, item) for element in value)

    converter.register_structure_hook_func(is_tuple, structure_tuple)
    return converter


def _structure_str(value: Any, _type: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, not {type(value).__name__}")
    return value


def _structure_int(value: Any, _type: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected an integer, not {type(value).__name__}")
    return value


def _structure_date(value: Any, _type: object) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"a date must be an ISO 8601 string, not {type(value).__name__}")
    if len(value) > 10:
        return dt.datetime.fromisoformat(value)
    return dt.date.fromisoformat(value)


_CONVERTER = make_converter()


def to_dict(article: Article) -> dict[str, Any]:
    """The article as plain data (dicts, lists, strings, numbers, ``None``)."""
    result: dict[str, Any] = _CONVERTER.unstructure(article)
    return result


def from_dict(data: dict[str, Any], cls: type[T] = Article) -> T:  # type: ignore[assignment]
    """Build a model (an :class:`Article` by default) from plain data.

    Raises:
        ValueError: if the data does not describe a ``cls``; the message lists each problem.
    """
    try:
        return _CONVERTER.structure(data, cls)
    except cattrs.BaseValidationError as error:
        problems = "; ".join(cattrs.transform_error(error))
        raise ValueError(f"not a valid {cls.__name__}: {problems}") from error


def to_json(article: Article, *, indent: int | None = None) -> str:
    """The article as a JSON document (non-ASCII characters kept as they are)."""
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T] = Article) -> T:  # type: ignore[assignment]
    """Build a model (an :class:`Article` by default) from a JSON document.

    Raises:
        ValueError: if the text is not JSON or does not describe a ``cls``.
    """
    return from_dict(json.loads(text), cls)
