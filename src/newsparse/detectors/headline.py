"""``headline``: the article's title line.

Takes the first line of the text that reads as a title: a single line (its block is one line,
or the line after it is a date line, byline or the like), with words, without the full stop of
a sentence, before any body paragraph, and with more text after it. Nothing else comes first
but furniture, dates and bylines::

    India and Israel sign defence pact        <- headline
                                              <- blank
    The pact deepens military cooperation.    <- (standfirst or body)

A text that starts with a page title (``Headline | Site``, as html-text writes the
``<title>``) and shows the headline alone a few lines below has that line for its headline;
the title line and the lines between are boilerplate.

A section's name of one or two words set over a longer title as a block of its own
("World", "U.S. news") is boilerplate, and the title under it is the headline.

A document that starts with a sentence has no headline: precision first. Except that a
first line that ends like a sentence but is short, with a byline or a date line under it, is
a headline ("They just might be."). An agency's name alone is never the headline, and
share-button text printed before the title on its line is left out of the value.
"""

from __future__ import annotations

from typing import Final

import regex

from newsparse import labels
from newsparse.chain import Cursor, Detection, Detector
from newsparse.detectors.byline import parse_byline
from newsparse.detectors.date_line import dates_in_line
from newsparse.detectors.share_icons import is_share_line
from newsparse.document import Document, Line
from newsparse.titles import LIST_ITEM, SENTENCE_END, looks_like_title
from newsparse.vocab.agencies import AgencyTable
from newsparse.vocab.share import SHARE_WORDS, TITLE_PREFIXES

NAME: Final = "headline"


def _runs_on(line: Line, following: Line) -> bool:
    """Whether ``following`` continues ``line`` as wrapped text does.

    It does when it is less indented (wire copy's hanging indent) or starts in lower case.
    """
    text = following.content
    return following.indent < line.indent or (text[:1].islower())


def detect(cursor: Cursor) -> Detection | None:
    """Claim the current line if it is the headline."""
    state = cursor.state
    if state.headline_seen or not cursor.at_line_start:
        return None
    line = cursor.current
    region = cursor.region
    if region is not None and region.is_page:
        if line.index != region.headline:
            return None  # on a page, only the line the page analysis chose
        title = title_of(line.content)
        return Detection(labels.HEADLINE, line.content_end, "title line above the article", title)
    if state.paragraphs or state.dateline_seen:
        return None
    if line.index >= cursor.doc.last_content_line:
        return None  # nothing follows: a lone line is not known to be a headline
    shown = _shown_headline(cursor.doc)
    if shown is not None and line.index <= shown:
        return _under_page_title(cursor.doc, line, shown)
    title = title_of(line.content)
    if LIST_ITEM.match(title) or AgencyTable.default().find(title):
        return None  # an item of a list (a menu, other stories), or an agency's credit line
    titled = looks_like_title(title)
    if not titled and not _title_over_header(cursor.doc, line, title):
        return None
    if titled and _section_over_title(cursor.doc, line, title):
        return Detection(labels.BOILERPLATE, line.content_end, "section name over the headline")
    if (
        line.index + 1 < cursor.block_end
        and _runs_on(line, cursor.doc.lines[line.index + 1])
        and not cursor.interrupted_at(line.index + 1)
    ):
        return None  # the line runs on into more text: a paragraph, not a title
    if not titled:
        return Detection(labels.HEADLINE, line.content_end, "first line, over the byline", title)
    following = cursor.doc.lines[line.index + 1] if line.index + 1 < cursor.block_end else None
    if following is not None and is_share_line(following.content):
        title = _SHARE_WORD.sub("", title, count=1)  # "Share <title>" over the share row
    return Detection(labels.HEADLINE, line.content_end, "first title-like line", title)


def title_of(content: str) -> str:
    """The title in a headline line, without share-button text or a breadcrumb trail before it.

    >>> title_of("Share All sharing options for: Ferry returns to Millbrook")
    'Ferry returns to Millbrook'
    >>> title_of("Home → Local news → Ferry returns to Millbrook")
    'Ferry returns to Millbrook'
    """
    match = _SHARE_PREFIX.match(content)
    title = content[match.end() :] if match and match.end() < len(content) else content
    crumbs = _CRUMB.split(title)
    if len(crumbs) >= _MIN_CRUMBS and len(crumbs[-1].split()) >= _MIN_CRUMB_TITLE_WORDS:
        return crumbs[-1]  # "Home → News → <title>": the trail of sections before the title
    return title


_SHARE_PREFIX: Final = regex.compile(
    r"\A(?:" + "|".join(regex.escape(prefix) for prefix in TITLE_PREFIXES) + r")\s*",
    regex.IGNORECASE,
)
#: The arrows between the sections of a breadcrumb trail.
_CRUMB: Final = regex.compile(r"\s+[→›»]\s+")
_MIN_CRUMBS: Final = 3
_MIN_CRUMB_TITLE_WORDS: Final = 3
_SHARE_WORD: Final = regex.compile(
    r"\A(?i:" + "|".join(map(regex.escape, SHARE_WORDS)) + r")\s+(?=\p{Lu})"
)
#: A first line ending like a sentence is a headline over a byline or date line only if it
#: has no more words than this.
_MAX_SENTENCE_TITLE_WORDS: Final = 20


#: How many non-blank lines under a page title its headline may stand ...
_SHOWN_REACH: Final = 4
#: ... with at least this many words.
_SHOWN_MIN_WORDS: Final = 3
#: What stands between a headline and the site's name in a page title ("|", "-", ":", "»").
_TITLE_JOINT: Final = regex.compile(r"[^\p{L}\p{N}\s\"'“”‘’«»„()\[\]]")


def _under_page_title(doc: Document, line: Line, shown: int) -> Detection:
    """The claim of a line from a page title down to the headline it shows (line ``shown``)."""
    if line.index == shown:
        title = title_of(line.content)
        return Detection(labels.HEADLINE, line.content_end, "headline under the page title", title)
    if any(earlier.content for earlier in doc.lines[: line.index]):
        reason = "between the page title and its headline"  # a kicker, a menu, a teaser
    else:
        reason = "page title over its headline"
    return Detection(labels.BOILERPLATE, line.content_end, reason)


def _shown_headline(doc: Document) -> int | None:
    """The line under a page title ``Headline | Site`` that shows its headline, or ``None``.

    html-text writes the ``<title>`` first; the page then shows the headline alone on a line
    of its own a few lines below (:data:`_SHOWN_REACH`). The title holds that line and, beside
    it after a separator, the site's name.
    """
    first = next((line for line in doc.lines if line.content), None)
    if first is None:
        return None
    title = first.content
    seen = 0
    for later in doc.lines[first.index + 1 :]:
        text = later.content
        if not text:
            continue
        seen += 1
        if seen > _SHOWN_REACH:
            return None
        if len(text) >= len(title) or len(text.split()) < _SHOWN_MIN_WORDS:
            continue
        if title.startswith(text):
            rest = title[len(text) :].lstrip()
            if _TITLE_JOINT.match(rest):
                return later.index
        elif title.endswith(text):
            rest = title[: -len(text)].rstrip()
            if rest and _TITLE_JOINT.match(rest[-1]):
                return later.index
    return None


#: A section's name over the headline ("World", "U.S. news") has at most this many words ...
_SECTION_MAX_WORDS: Final = 2
#: ... and the title under it at least this many.
_TITLE_UNDER_SECTION_MIN_WORDS: Final = 5


def _section_over_title(doc: Document, line: Line, title: str) -> bool:
    """Whether the first line is a section's name set over the headline as a block of its own.

    A name of one or two words without figures, then a blank line and (maybe after a date
    line) a title of at least :data:`_TITLE_UNDER_SECTION_MIN_WORDS` words alone in its block,
    with more text after it.
    """
    if len(title.split()) > _SECTION_MAX_WORDS or any(char.isdigit() for char in title):
        return False
    lines = doc.lines
    index = line.index + 1
    if index >= len(lines) or lines[index].content:
        return False  # the name is no block of its own
    following = next((later for later in lines[index:] if later.content), None)
    if following is not None and dates_in_line(following.content) is not None:
        # "World / 25 September 2020 / <title>": a date line between
        following = next((later for later in lines[following.index + 1 :] if later.content), None)
    if following is None or following.index >= doc.last_content_line:
        return False
    if following.index + 1 < len(lines) and lines[following.index + 1].content:
        return False  # the title under it runs on in its block
    text = following.content
    return (
        (text[0].isalnum() or text[0] in "\"'“‘„¿¡")  # not a link to the post before ("« ...")
        and len(text.split()) >= _TITLE_UNDER_SECTION_MIN_WORDS
        and looks_like_title(text)
        and not LIST_ITEM.match(text)
    )


def _title_over_header(doc: Document, line: Line, title: str) -> bool:
    """Whether the first line of the text, ending like a sentence, is a title over a header.

    Some headlines end with a full stop or an ellipsis ("They just might be."). The first
    line of the text is taken for one when it is short and the next non-blank line is a date
    line, a byline or a metadata line.
    """
    if any(not earlier.is_blank for earlier in doc.lines[: line.index]):
        return False
    if title[-1:] not in SENTENCE_END or len(title.split()) > _MAX_SENTENCE_TITLE_WORDS:
        return False
    following = next((later for later in doc.lines[line.index + 1 :] if not later.is_blank), None)
    if following is None:
        return False
    content = following.content
    # a date line is a line of dates alone, so dates_in_line takes it too
    return parse_byline(content) is not None or dates_in_line(content) is not None


DETECTOR: Final = Detector(NAME, detect)
