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
share-button text printed before the title on its line is left out of the value. On a
page, so is a kicker glued before the title, when the page names the bare title elsewhere
(:func:`unglued`).
"""

from __future__ import annotations

from itertools import islice
from typing import Final

import regex

from newsparse import labels
from newsparse.chain import PROSE_WORDS, Cursor, Detection, Detector
from newsparse.detectors.byline import parse_byline
from newsparse.detectors.date_line import dates_in_line
from newsparse.detectors.meta_line import parse_meta_line, title_before_meta
from newsparse.detectors.share_icons import is_share_line
from newsparse.document import Document, Line, non_blank, title_line
from newsparse.titles import LIST_ITEM, SENTENCE_END, looks_like_title, named_in_copyright
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
        return _page_headline(cursor.doc, line)
    if state.paragraphs or state.dateline_seen:
        return None
    if line.index >= cursor.doc.last_content_line:
        return None  # nothing follows: a lone line is not known to be a headline
    shown = _shown_headline(cursor.doc)
    if shown is not None and line.index <= shown:
        return _under_page_title(cursor.doc, line, shown)
    return _first_title(cursor, line)


def _first_title(cursor: Cursor, line: Line) -> Detection | None:
    """The claim of the first title-like line of a text that is no page, if it is one."""
    title = title_of(line.content)
    if LIST_ITEM.match(title) or AgencyTable.default().find(title):
        return None  # an item of a list (a menu, other stories), or an agency's credit line
    if named_in_copyright(cursor.doc.lines, title):
        return Detection(labels.BOILERPLATE, line.content_end, "the site's name (its copyright)")
    bare = title_before_meta(title)
    if bare is not None:
        reason = "first line, a date line glued after it"
        return Detection(labels.HEADLINE, line.content_end, reason, bare)
    left = _left_column(title)
    if left is not None:
        reason = "first line, the next column glued after it"
        return Detection(labels.HEADLINE, line.content_end, reason, left)
    titled = looks_like_title(title)
    if not titled and not _title_over_header(cursor.doc, line, title):
        return None
    if (
        line.index + 1 < cursor.block_end
        and _runs_on(line, cursor.doc.lines[line.index + 1])
        and not cursor.interrupted_at(line.index + 1)
    ):
        return None  # the line runs on into more text: a paragraph, not a title
    if not titled:
        return Detection(labels.HEADLINE, line.content_end, "first line, over the byline", title)
    if len(title.split()) <= _MAX_LABEL_WORDS and _title_under_label(cursor.doc, line):
        return Detection(labels.BOILERPLATE, line.content_end, "section label over the headline")
    following = cursor.doc.lines[line.index + 1] if line.index + 1 < cursor.block_end else None
    if following is not None and is_share_line(following.content):
        title = _SHARE_WORD.sub("", title, count=1)  # "Share <title>" over the share row
    return Detection(labels.HEADLINE, line.content_end, "first title-like line", title)


def _left_column(title: str) -> str | None:
    """The title in a first line that a text dump laid out in two columns, or ``None``.

    A dump that keeps a page's layout puts the next column's first line on the headline's,
    after a wide gap of spaces: "Ferry returns to Millbrook<many spaces>Follow us". The left
    part is the title when it is the line's only gap, and the left part has the shape of a
    title and at least :data:`_MIN_COLUMN_TITLE_WORDS` words.
    """
    gap = title.find(_COLUMN_GAP)
    if gap < 0:
        return None  # the cheap gate
    left, right = title[:gap].rstrip(), title[gap:].strip()
    if (
        _COLUMN_GAP in right
        or len(left.split()) < _MIN_COLUMN_TITLE_WORDS
        or not looks_like_title(left)
    ):
        return None  # a row of a table, or too short to tell
    return left


#: The gap between two columns of a layout that a text dump kept: this many spaces or more.
_COLUMN_GAP: Final = " " * 8
#: The title in the left column has at least this many words.
_MIN_COLUMN_TITLE_WORDS: Final = 3


def _title_under_label(doc: Document, line: Line) -> bool:
    """Whether a short first title (a section's name, the site's) stands over the headline.

    Pages copied without their menus often start with the section's name ("World", "Local",
    "Nachruf") or the site's over the headline, as a block of its own. The first line of
    :data:`_MIN_UNDER_WORDS` words or more within :data:`_LABEL_REACH` non-blank lines below
    it is the headline when it has the shape of a title, is a line of its own (a blank line or
    a date line under it), does not end with an exclamation, and a date line, a byline or
    prose (the standfirst, the first paragraph, or a sentence longer than the title) follows
    it (:func:`_lead_follows`). Only date lines, bylines, share lines and other short labels
    may come between; a sentence or a list (a menu, whose items are paragraphs here) between
    means the short line is the headline.
    """
    lines = doc.lines
    if line.index + 1 < len(lines) and lines[line.index + 1].content:
        return False  # no block of its own: the short title runs on into its block
    seen = 0
    for later in lines[line.index + 1 :]:
        content = later.content
        if not content:
            continue
        seen += 1
        if seen > _LABEL_REACH:
            return False
        if LIST_ITEM.match(content):
            return False  # a menu: its items would be paragraphs before the headline
        if is_share_line(content) or _is_header_line(content):
            continue
        title = title_of(content)
        words = len(title.split())
        if not looks_like_title(title):
            return False
        if words <= _MAX_LABEL_WORDS:
            continue
        if (
            words < _MIN_UNDER_WORDS
            or title.endswith(_EXCLAMATION)
            or AgencyTable.default().find(title)
        ):
            return False  # "Nesta página você terá ...!": the first line of the text
        following = later.index + 1
        if (
            following < len(lines)
            and lines[following].content
            and not _is_header_line(lines[following].content)
        ):
            return False  # a line of wrapped text, not a title
        return _lead_follows(doc, later, words)
    return False


def _lead_follows(doc: Document, line: Line, words: int) -> bool:
    """Whether the next non-blank line after ``line`` is a date line, a byline or prose.

    Prose is a line of :data:`PROSE_WORDS` words or more, and more than the ``words`` of the
    title over it: a standfirst or the first paragraph, not a longer title under a slogan.
    """
    later = next((later for later in doc.lines[line.index + 1 :] if later.content), None)
    if later is None:
        return False
    content = later.content
    length = len(content.split())
    prose = length >= PROSE_WORDS or content.endswith((".", "!", "?"))
    return (prose and length > words) or _is_header_line(content)


def _is_header_line(content: str) -> bool:
    """Whether a line is a date line, a byline or a metadata line."""
    return (
        dates_in_line(content) is not None
        or parse_byline(content) is not None
        or parse_meta_line(content) is not None
    )


_EXCLAMATION: Final = ("!", '!"', "!”", "!»")
#: A first title of at most this many words may be a section's name over the headline ...
_MAX_LABEL_WORDS: Final = 2
#: ... which is the first line of at least this many words ...
_MIN_UNDER_WORDS: Final = 4
#: ... within this many non-blank lines under it ...
_LABEL_REACH: Final = 6


def _page_headline(doc: Document, line: Line) -> Detection:
    """The claim of the line the page analysis chose for the headline."""
    title = title_of(line.content)
    bare = unglued(doc, line, title)
    if bare is not None:
        reason = "title line, a kicker glued to it"
        return Detection(labels.HEADLINE, line.content_end, reason, bare)
    bare = _meta_cut(doc, line, title) or title_before_meta(title)
    if bare is not None:
        reason = "title line, a date line glued after it"
        return Detection(labels.HEADLINE, line.content_end, reason, bare)
    return Detection(labels.HEADLINE, line.content_end, "title line above the article", title)


def _meta_cut(doc: Document, line: Line, title: str) -> str | None:
    """The title in a headline line that a date line is glued after, or ``None`` if none is.

    A text dump can run the headline's element and the line of place and date under it into
    one line ("Headline Lisbon, Posted on Nov 6, 2012"). The bare title is known when the
    page title names it (see :func:`unglued`): the line starts with such a name of
    :data:`_MIN_BARE_WORDS` words or more, and what follows, after a space, reads as a
    metadata line (:func:`~newsparse.detectors.meta_line.parse_meta_line`).
    """
    for name in _page_names(doc, line):
        if (
            len(name) < len(title)
            and title[len(name)].isspace()
            and title.startswith(name)
            and len(name.split()) >= _MIN_BARE_WORDS
            and parse_meta_line(title[len(name) :].strip()) is not None
        ):
            return name
    return None


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


def unglued(doc: Document, line: Line, title: str) -> str | None:
    """The title in a headline line that a kicker is glued to, or ``None`` if none is.

    Pages print a kicker ("Neues Auto", "Wow!") in the headline's element; a text dump glues
    the two on one line. The bare title is known when the page names it elsewhere: as a part
    of the page title (the first line, as html-text writes it) or as the last crumb of a
    breadcrumb trail a few lines above (``Home / News / <title>``, ``3. <title>``). A line
    that ends with such a name of :data:`_MIN_BARE_WORDS` words or more, after a word or a
    quote, has it for its title.
    """
    if len(title.split()) <= _MIN_BARE_WORDS:
        return None
    crumbs = _last_crumbs(doc, line)
    for name in _title_parts(doc, line) + crumbs:
        if len(name) < len(title) and title.endswith(name):
            kicker = title[: -len(name)]
            glued = kicker[-1].isspace() or kicker[-1] in _OPENING or name[0] in _OPENING
            kicker = kicker.rstrip()
            if (
                glued
                and len(name.split()) >= _MIN_BARE_WORDS
                and len(kicker.split()) >= _MIN_KICKER_WORDS
                and (
                    kicker[-1].isalnum()
                    or kicker[-1] in _KICKER_END
                    or (kicker[-1] == ":" and name in crumbs)
                )
            ):
                # not after a dash or a colon ("Topic - Headline" is one title), unless the
                # trail over it names the story without its topic
                return name
    return None


def _page_names(doc: Document, line: Line) -> list[str]:
    """What a page calls its story besides the headline: title parts and last crumbs above it."""
    return _title_parts(doc, line) + _last_crumbs(doc, line)


def _title_parts(doc: Document, line: Line) -> list[str]:
    """The parts of the page title (html-text's first line), if it stands above ``line``."""
    title = title_line(doc.lines)
    if title is None or title.index >= line.index:
        return []
    return [name.strip() for name in TITLE_PARTS.split(title.content)]


def _last_crumbs(doc: Document, line: Line) -> list[str]:
    """The last crumbs of breadcrumb trails a few lines above ``line``."""
    names: list[str] = []
    for earlier in islice(non_blank(doc.lines, line.index, -1), _CRUMB_REACH):
        content = earlier.content
        numbered = _NUMBERED.match(content)
        if numbered is not None:
            names.append(content[numbered.end() :])
            continue
        crumbs = TRAIL_SEPARATORS.split(content)
        if len(crumbs) >= 2:
            names.append(crumbs[-1])
    return [name.strip() for name in names]


#: A bare title has at least this many words.
_MIN_BARE_WORDS: Final = 3
#: A kicker glued to a title has at least this many words ...
_MIN_KICKER_WORDS: Final = 2
#: ... and ends with a letter or digit, or one of these (not a dash or a colon).
_KICKER_END: Final = frozenset("!?\"'“”‘’«»")
#: How many non-blank lines above a headline a breadcrumb trail is looked for.
_CRUMB_REACH: Final = 6
#: What may stand right before a bare title glued to a kicker, besides a space.
_OPENING: Final = frozenset("\"'“‘„«»")
#: The separators between the parts of a page title ("Headline | Site", "Headline - Site").
TITLE_PARTS: Final = regex.compile(r"\s+(?:[|–—»·•-]|::)\s+")
#: A breadcrumb trail's separators ("Home > World > Europe") ...
TRAIL_SEPARATORS: Final = regex.compile(r"\s+[/>»›→|]\s+")
#: ... and the number before a crumb in a numbered trail.
_NUMBERED: Final = regex.compile(r"\A\d{1,2}\.\s+")


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
#: ... or this many under a title that sets the site's name apart with a spaced bar or dash
#: ("Headline | Site", "Headline – Site"), as a site's ``<title>`` does ("Topic: Title" is a
#: headline more often).
_SHOWN_FAR_REACH: Final = 12
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
    of its own a few lines below (:data:`_SHOWN_REACH`, or :data:`_SHOWN_FAR_REACH` after a
    title with a spaced bar or dash). The title holds that line and, beside it after a
    separator, the site's name.
    """
    first = next((line for line in doc.lines if line.content), None)
    if first is None:
        return None
    title = first.content
    reach = _SHOWN_FAR_REACH if TITLE_PARTS.search(title) else _SHOWN_REACH
    for later in islice(non_blank(doc.lines, first.index, 1), reach):
        text = later.content
        if len(text) >= len(title) or len(text.split()) < _SHOWN_MIN_WORDS:
            continue
        if title.startswith(text):
            joint = _TITLE_JOINT.match(title[len(text) :].lstrip()) is not None
        elif title.endswith(text):
            rest = title[: -len(text)].rstrip()
            joint = bool(rest) and _TITLE_JOINT.match(rest[-1]) is not None
        else:
            continue
        if joint and not named_in_copyright(doc.lines, text):
            return later.index  # (a part the copyright notice holds is the site's name)
    return None


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
