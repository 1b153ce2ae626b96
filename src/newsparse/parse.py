"""The entry points: text in, :class:`~newsparse.models.Article` or labelled segments out."""

from __future__ import annotations

import datetime as dt

from newsparse.assemble import assemble, segments_of
from newsparse.chain import Chain, Claim, Detector, Revision
from newsparse.detectors import default_chain, default_revisions
from newsparse.document import Document
from newsparse.label import label_document
from newsparse.models import Article, Segment


def _check_text(text: object, function: str) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{function}() takes the text as str, not {type(text).__name__}; decode it first, "
            "for example data.decode('utf-8'), or use newsparse.decode(data)"
        )
    raise TypeError(f"{function}() takes the text as str, not {type(text).__name__}")


def parse_article(
    text: str,
    *,
    chain: Chain[Detector] | None = None,
    revisions: Chain[Revision] | None = None,
    reference_date: dt.date | None = None,
) -> Article:
    r"""Parse the plain text of one news article.

    Args:
        text: the article as text: a page dump, a hand copy, wire copy.
        chain: the detectors to run, in order (default: :func:`~newsparse.default_chain`).
        revisions: the passes over the labelled text (default:
            :func:`~newsparse.default_revisions`).
        reference_date: the date the text was filed or received, if the caller knows it: it
            fixes the year of a dateline's date ("PARIS, March 3 -") when the article itself
            gives no date.

    Returns:
        The article. Fields not found with confidence are ``None`` or empty; ``segments``
        accounts for every character of ``text``.

    Raises:
        TypeError: if ``text`` is not a ``str``.

    >>> article = parse_article(
    ...     "Storm closes schools\n\nBy Jane Doe\n\n"
    ...     "OSLO (Reuters) - Schools shut on Monday as snow fell.\n"
    ... )
    >>> article.headline, article.authors[0].name, article.dateline.place
    ('Storm closes schools', 'Jane Doe', 'OSLO')
    >>> article.body
    ('Schools shut on Monday as snow fell.',)
    """
    text = _check_text(text, "parse_article")
    claims = label_text(text, chain=chain, revisions=revisions)
    return assemble(claims, reference_date=reference_date, text=text)


def label_text(
    text: str,
    *,
    chain: Chain[Detector] | None = None,
    revisions: Chain[Revision] | None = None,
) -> tuple[Claim, ...]:
    r"""The claims the parse folds into an article: labels, offsets, and each detector's value.

        This is the intermediate step between the chain and the article; a plugin's detector
        reaches the values it produced here.

        >>> claims = label_text("Dam opens\n\nBy Ana Lima\n\nIt opened.\n")
    >>> [(claim.label, claim.value) for claim in claims][:1]
    [('headline', 'Dam opens')]
    """
    text = _check_text(text, "label_text")
    return label_document(
        Document.from_text(text),
        default_chain() if chain is None else chain,
        default_revisions() if revisions is None else revisions,
    )


def explain(
    text: str,
    *,
    chain: Chain[Detector] | None = None,
    revisions: Chain[Revision] | None = None,
) -> tuple[Segment, ...]:
    r"""Label every stretch of ``text`` and say which detector decided it, and why.

    The segments tile the text: each character is in exactly one of them.

    >>> for segment in explain("Storm closes schools\n\nSchools shut as snow fell.\n"):
    ...     print(segment.label, segment.detector, repr(segment.reason))
    headline headline 'first title-like line'
    blank layout 'blank line'
    paragraph paragraph 'prose'
    """
    text = _check_text(text, "explain")
    return segments_of(label_text(text, chain=chain, revisions=revisions))
