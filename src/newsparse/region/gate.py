"""Whether a document is a whole page at all.

Clean articles and wire copy must parse as they are, so a document is taken for a page only
when it has enough list-like lines (a menu, a footer) and shows a sign of a site around the
story (a notice, a link to the reader's account, a comments section).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from newsparse.detectors.share_icons import is_share_line
from newsparse.document import Line
from newsparse.region.ends import ends_the_story
from newsparse.region.lines import PROSE_MIN_WORDS, SENTENCE_END_MARKS, is_notice
from newsparse.region.markers import ACCOUNT_LINK, CONTENTS, CONTENTS_MAX_LENGTH
from newsparse.titles import (
    LIST_ITEM,
    unbulleted,
)

_COUNT: Final = regex.compile(r"\s*\(\d+\)\Z")
_CODE_MARKS: Final = regex.compile(r"[=;{}()\[\]<>│|_\\]")
#: A document with fewer list-like lines than this is not treated as a page.
PAGE_MIN_FURNITURE_LINES: Final = 12
#: ... nor one where they are a smaller share of the non-blank lines than this.
PAGE_MIN_FURNITURE_SHARE: Final = 0.3
#: ... or than this, on a page that shows a sign of the site around the story (a site notice, a
#: link to the reader's account, a comments section), as pages with long stories or long
#: comment threads do.
PAGE_SIGNED_FURNITURE_SHARE: Final = 0.15
#: A page has a menu: at least this many link-sized lines in a row ("Home", "World", "Sport";
#: lists in a story hold phrases or sentences, code and tables hold symbols).
PAGE_MIN_MENU_RUN: Final = 4
#: A link-sized line has at most this many words ...
MENU_ITEM_MAX_WORDS: Final = 3
#: ... and characters.
MENU_ITEM_MAX_LENGTH: Final = 32
#: Why a document is no page when :func:`page_share` finds no sign of one.
NO_SITE: Final = (
    "not a page: too few short lines, or no sign of a site (menu, notice, account link)"
)


def page_share(lines: Sequence[Line]) -> float | None:
    """A cheap first look: the share of furniture lines that makes the document a page.

    ``None`` when it is no page: too few list items and short lines, or no sign of a site.
    A menu (:data:`PAGE_MIN_MENU_RUN` link-sized lines in a row) is a sign on a page mostly
    made of short lines (:data:`PAGE_MIN_FURNITURE_SHARE`); a line of the site around the
    story (:func:`_is_page_sign`) is a sign on one with fewer
    (:data:`PAGE_SIGNED_FURNITURE_SHARE`). A hand copy of the article part of a page has
    lists, code, tables and share lines too; what it leaves out is the site around the story.
    """
    short = 0
    non_blank = 0
    for line in lines:
        content = line.content
        if not content:
            continue
        non_blank += 1
        if LIST_ITEM.match(content) or (
            content.count(" ") < 6 and content[-1] not in SENTENCE_END_MARKS
        ):
            short += 1
    if short < PAGE_MIN_FURNITURE_LINES or short < PAGE_SIGNED_FURNITURE_SHARE * non_blank:
        return None
    mostly_short = short >= PAGE_MIN_FURNITURE_SHARE * non_blank
    run = indent = 0
    story = contents = False
    previous = ""  # the first word of the menu item before
    for line in lines:  # the first sign of a site will do
        content = line.content
        if not content:
            continue
        if contents and (LIST_ITEM.match(content) or _is_menu_item(content)):
            continue  # the entries of a table of contents, which a copy of the story keeps
        contents = len(content) <= CONTENTS_MAX_LENGTH and CONTENTS.match(content) is not None
        if _is_menu_item(content):
            first = unbulleted(content).split(maxsplit=1)[0].casefold()
            # items opening with the same word are a list of the story ("Added ..."); lines
            # indented unlike the one before are code ("FROM", "  with_alert", "WHERE")
            run = 1 if first == previous or line.indent != indent else run + 1
            previous, indent = first, line.indent
        else:
            run, previous = 0, ""
        if run >= PAGE_MIN_MENU_RUN and mostly_short:
            return PAGE_MIN_FURNITURE_SHARE
        if _is_page_sign(content, after_story=story):
            return PAGE_SIGNED_FURNITURE_SHARE
        story = story or content.count(" ") >= PROSE_MIN_WORDS
    return None


def has_page_sign(lines: Sequence[Line]) -> bool:
    """Whether a line of the page is of the site around the story (:func:`_is_page_sign`)."""
    story = False
    for line in lines:
        content = line.content
        if not content:
            continue
        if _is_page_sign(content, after_story=story):
            return True
        story = story or content.count(" ") >= PROSE_MIN_WORDS
    return False


def _is_page_sign(content: str, *, after_story: bool) -> bool:
    """Whether a line is of the site around a story, which a copy of the story leaves out.

    A site notice, a link to the reader's account, or, ``after_story``, a comments heading or
    a line of the comment form (a hand copy's header may say "22 Comments").
    """
    return (
        is_notice(content)
        or ACCOUNT_LINK.match(unbulleted(content)) is not None
        or (after_story and ends_the_story(content, little_after=False))
    )


def _is_menu_item(content: str) -> bool:
    """Whether a line has the size and shape of a link in a menu: a few words, no symbols.

    Not a share button ("Facebook", "Tweet"), which a copy of the story keeps, nor a line
    that opens with a number: a count ("3.409", "2 responses"), a date, an entry of a
    numbered list or of a table of contents ("1. Finland", "* 2 Applications").
    """
    bullet = LIST_ITEM.match(content)
    if bullet is not None and bullet.group()[0].isdigit():
        return False
    text = _COUNT.sub("", content[bullet.end() :] if bullet else content)
    return (
        0 < len(text) <= MENU_ITEM_MAX_LENGTH
        and len(text.split()) <= MENU_ITEM_MAX_WORDS
        and text[0].isalpha()
        and text[-1].isalnum()
        and _CODE_MARKS.search(text) is None
        and not is_share_line(text)
    )
