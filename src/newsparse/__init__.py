r"""newsparse: the plain text of news articles in, typed and explainable records out.

>>> import newsparse
>>> article = newsparse.parse_article("Dam opens\n\nBy Ana Lima\n\nThe dam opened today.\n")
>>> article.headline, [author.name for author in article.authors], article.body
('Dam opens', ['Ana Lima'], ('The dam opened today.',))
"""

from __future__ import annotations

from newsparse._version import __version__
from newsparse.chain import (
    Chain,
    Claim,
    Cursor,
    Detection,
    Detector,
    Revision,
    State,
    detector,
)
from newsparse.dates import parse_date
from newsparse.detectors import default_chain, default_revisions
from newsparse.document import Document, Line
from newsparse.label import DetectorError
from newsparse.models import Article, Author, Byline, Dateline, DateValue, Segment
from newsparse.parse import explain, label_text, parse_article
from newsparse.serialize import from_dict, from_json, make_converter, to_dict, to_json
from newsparse.textio import decode

__all__ = [
    "Article",
    "Author",
    "Byline",
    "Chain",
    "Claim",
    "Cursor",
    "DateValue",
    "Dateline",
    "Detection",
    "Detector",
    "DetectorError",
    "Document",
    "Line",
    "Revision",
    "Segment",
    "State",
    "__version__",
    "decode",
    "default_chain",
    "default_revisions",
    "detector",
    "explain",
    "from_dict",
    "from_json",
    "label_text",
    "make_converter",
    "parse_article",
    "parse_date",
    "to_dict",
    "to_json",
]
