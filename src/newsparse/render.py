"""Writing an article out as text in a layout: the inverse of the parse.

``parse_article(render(article, layout)) == article`` holds for every article a layout can
show, which the property tests check over generated articles. Each part is written by the
renderer that sits beside its detector.

``web``
    headline, standfirst, a date line (published, and "Updated: ..." if modified), the
    byline, the first boilerplate line (a share line, say), then the paragraphs separated by
    blank lines, the dateline before the first, then the other boilerplate lines.
``wire``
    headline, an indented byline and date line, then paragraphs whose first line is indented
    four spaces, hard-wrapped at 68 columns, the dateline before the first; after the body,
    the credits lines (indented like a paragraph, not wrapped) and the sign-off (indented one
    space: `` Reuter``).

>>> from newsparse.models import Article
>>> print(render(Article(headline="Dam opens", body=("The dam opened today.",)), "web"))
Dam opens
<BLANKLINE>
The dam opened today.
<BLANKLINE>
>>> wire = Article(body=("The dam opened today.", "It holds water."), signoff="Reuter")
>>> print(render(wire, "wire"))
    The dam opened today.
    It holds water.
 Reuter
<BLANKLINE>
"""

from __future__ import annotations

import textwrap
from typing import Final, Literal

from newsparse.detectors import byline as byline_detector
from newsparse.detectors import date_line, dateline
from newsparse.detectors.date_line import DateKind
from newsparse.detectors.paragraph import WRAP_MAX
from newsparse.models import Article, DateValue

Layout = Literal["web", "wire"]
LAYOUTS: Final[tuple[Layout, ...]] = ("web", "wire")
WIRE_WIDTH: Final = 68
WIRE_INDENT: Final = "    "
#: Wire copy sets the agency's sign-off ("Reuter", "— AP") one space in from the margin.
SIGNOFF_INDENT: Final = " "


class LayoutError(ValueError):
    """The article has a part the layout cannot show unambiguously."""


def render(article: Article, layout: Layout = "web") -> str:
    """Write ``article`` as text in ``layout`` (``"web"`` or ``"wire"``).

    Raises:
        LayoutError: if the layout cannot show the article so that it parses back the same
            (a standfirst with no date, byline or boilerplate line after it, say).
    """
    if layout == "web":
        return _web(article)
    if layout == "wire":
        return _wire(article)
    raise LayoutError(f"unknown layout {layout!r}; the layouts are {', '.join(LAYOUTS)}")


def _date_line(article: Article) -> str | None:
    dates: list[tuple[DateKind, DateValue]] = []
    if article.published is not None:
        dates.append(("published", article.published))
    if article.modified is not None:
        dates.append(("modified", article.modified))
    return date_line.render(tuple(dates)) if dates else None


def _byline(article: Article) -> str | None:
    if not article.authors:
        return None
    agency = article.byline.agency if article.byline else None
    return byline_detector.render(article.authors, agency)


def _first_paragraph(article: Article) -> tuple[str, ...]:
    if not article.body:
        if article.dateline is not None:
            raise LayoutError("a dateline needs a first paragraph to stand in front of")
        return ()
    lead = dateline.render(article.dateline) if article.dateline else ""
    return (lead + article.body[0], *article.body[1:])


def _web(article: Article) -> str:
    blocks: list[str] = []
    if article.headline is not None:
        blocks.append(article.headline)
    meta = [
        line
        for line in (_date_line(article), _byline(article), *article.boilerplate[:1])
        if line is not None
    ]
    if article.standfirst is not None:
        if (
            article.headline is None
            or not article.body
            or not (article.published or article.authors)
        ):
            raise LayoutError(
                "the web layout shows a standfirst only under a headline, above a date line or"
                " byline, and with a body after them"
            )
        blocks.append(article.standfirst)
    if meta:
        blocks.append("\n".join(meta))
    blocks.extend(_first_paragraph(article))
    blocks.extend(article.boilerplate[1:])
    return "\n\n".join(blocks) + "\n"


def _wire(article: Article) -> str:
    if article.standfirst is not None or article.boilerplate:
        raise LayoutError("the wire layout has no standfirst and no boilerplate")
    if (article.credits or article.signoff is not None) and not article.body:
        raise LayoutError("the wire layout shows credits and a sign-off only after a body")
    if any(len(WIRE_INDENT + line) > WRAP_MAX for line in article.credits):
        # A line that long tells the parse the block is not hard-wrapped, so the wrapped
        # lines of the paragraphs above it would not be joined again.
        raise LayoutError(
            f"the wire layout shows a credits line of at most {WRAP_MAX - len(WIRE_INDENT)}"
            " characters (credits are not wrapped)"
        )
    lines: list[str] = []
    if article.headline is not None:
        lines += [article.headline, ""]
    for meta in (_byline(article), _date_line(article)):
        if meta is not None:
            lines.append(WIRE_INDENT + meta)
    for paragraph in _first_paragraph(article):
        lines += textwrap.wrap(
            paragraph,
            width=WIRE_WIDTH,
            initial_indent=WIRE_INDENT,
            break_long_words=False,
            break_on_hyphens=False,
        )
    lines += [WIRE_INDENT + line for line in article.credits]
    if article.signoff is not None:
        lines.append(SIGNOFF_INDENT + article.signoff)
    return "\n".join(lines) + "\n"
