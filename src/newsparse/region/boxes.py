"""Boxes of other stories and of the page inside the article.

A box is a heading ("Related", "Most read", "About the author") and the short titles under
it. Hand copies keep them too, so boxes are found in any document, page or not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse.detectors.byline import (
    is_personal_name,
)
from newsparse.detectors.date_line import parse_date_line
from newsparse.document import Line
from newsparse.region.ends import BIO_MAX_LENGTH
from newsparse.region.lines import LineFeatures, is_meta
from newsparse.region.markers import ABOUT_NAME, AUTHOR_BOX_TITLE, BOX_HEADING, END_MARKER
from newsparse.titles import (
    LIST_ITEM,
    looks_like_title,
    unbulleted,
)

#: Under the heading of the author's box, the line about the author comes within this many
#: non-blank lines (their name, a first name under a picture).
AUTHOR_BOX_REACH: Final = 3
#: A heading of a box of other stories is no longer than this ...
BOX_HEADING_MAX_LENGTH: Final = 60
#: ... and each title in the box has at most this many words.
BOX_ITEM_MAX_WORDS: Final = 25


def find_box_lines(
    lines: Sequence[Line], features: Sequence[LineFeatures], start: int, end: int, first_prose: int
) -> tuple[int, ...]:
    """The lines of boxes of the page inside the article ``[start, end)``.

    A box heading (:func:`is_box_heading`) after the first prose line is one, and so are the
    lines under it that score zero or less (teaser titles, tags, share lines), up to the next
    line that scores more or holds a date or a byline. Under the heading of the author's box
    (:func:`is_author_box_heading`) the author's name and the line about them are the box's
    too, and so are the short lines between (a first name under their picture, a link), up
    to :data:`AUTHOR_BOX_REACH` of them. Above the first prose line such lines are the
    header's (a row of share buttons), left to the detectors.
    """
    found: list[int] = []
    inside = False
    about = 0  # under the heading of the author's box: lines left before the one about them
    for index in range(max(start, first_prose + 1), end):
        content = lines[index].content
        if not content:
            continue
        if is_author_box_heading(content):
            found.append(index)
            inside, about = True, AUTHOR_BOX_REACH
        elif is_box_heading(content):
            found.append(index)
            inside, about = True, 0
        elif (
            about
            and len(content) <= BIO_MAX_LENGTH
            and (len(content) > BOX_HEADING_MAX_LENGTH or not is_meta(content))
        ):
            found.append(index)  # the author's name (or a first name, a picture's), then the bio
            about = (
                AUTHOR_BOX_REACH
                if is_personal_name(unbulleted(content))
                else about - 1
                if features[index].score <= 0
                else 0
            )
        elif inside and features[index].score <= 0 and not is_meta(content):
            found.append(index)
        else:
            inside, about = False, 0
    return tuple(found)


def is_author_box_heading(content: str) -> bool:
    """Whether a line is only the heading of the box about the author.

    A title ("About the author", "Autoreninfo", "Über den Autor/ die Autorin") or "About"
    and a person's name. The name and a line about the author follow it.

    >>> is_author_box_heading("Über den Autor/ die Autorin"), is_author_box_heading("Autoreninfo")
    (True, True)
    >>> is_author_box_heading("About Ana Lima"), is_author_box_heading("About the harbour")
    (True, False)
    """
    if len(content) > BOX_HEADING_MAX_LENGTH:
        return False
    text = unbulleted(content)
    if AUTHOR_BOX_TITLE.match(text) is not None:
        return True
    about = ABOUT_NAME.match(text)
    return about is not None and is_personal_name(about["name"])


def is_box_heading(content: str) -> bool:
    """Whether a line is only the heading of a box of what pages put under a story.

    Other stories, the share and tag lines, the author's box
    (:data:`~newsparse.vocab.webpage.END_MARKERS`): "Related articles", "Mehr zum Thema",
    "Tags:". Inside a story too, such a line heads a box of the page, not a part of the story.

    >>> is_box_heading("Mehr zum Thema"), is_box_heading("More on the ferry")
    (True, False)
    """
    return (
        len(content) <= BOX_HEADING_MAX_LENGTH and END_MARKER.match(unbulleted(content)) is not None
    )


def find_boxes(lines: Sequence[Line], start: int, end: int) -> tuple[tuple[int, int], ...]:
    r"""The boxes of other stories in the lines ``[start, end)``, as ``[start, end)`` pairs.

    A box is a heading of other stories ("Related", "Most read", "More from ...", see
    :data:`~newsparse.vocab.webpage.BOX_HEADINGS`) and the lines under it that read as the
    stories' titles: list items of at most :data:`BOX_ITEM_MAX_WORDS` words, or lines with
    the shape of a title, all of one kind. It ends at the first other line: a paragraph, or
    a title over a list (the story's own heading and list). Not on the first line of
    ``[start, end)``, which is the headline's place: a heading above the article is the
    page's, and the page analysis sees to it.

    >>> from newsparse.document import Document
    >>> lines = Document.from_text("\n".join([
    ...     "The ferry sailed again at dawn, and the whole town came out to watch it go.",
    ...     "Related", "* Harbour wall to be repaired", "* New timetable for the summer",
    ...     "The crossing takes forty minutes and the fare has not changed since last year.",
    ... ])).lines
    >>> find_boxes(lines, 0, len(lines))
    ((1, 4),)
    """
    found: list[tuple[int, int]] = []
    begun = False
    index = start
    while index < end:
        content = lines[index].content
        index += 1
        if not content:
            continue
        if (
            begun
            and len(content) <= BOX_HEADING_MAX_LENGTH
            and BOX_HEADING.match(unbulleted(content)) is not None
        ):
            heading, last, listed = index - 1, index - 1, None
            while index < end:
                item = lines[index].content
                if item:
                    bullet = LIST_ITEM.match(item) is not None
                    # a teaser's date under its title may stand outside its list item
                    dated = not bullet and parse_date_line(item) is not None
                    if (listed not in (None, bullet) and not dated) or not _is_box_item(item):
                        break  # a heading over a list of the story's own, or a paragraph
                    last, listed = index, listed if dated else bullet
                index += 1
            if last > heading:
                found.append((heading, last + 1))
            index = last + 1
            continue
        begun = True
    return tuple(found)


def _is_box_item(content: str) -> bool:
    """Whether a line reads as a story's title in a box (a short list item, a title) or its date."""
    bullet = LIST_ITEM.match(content)
    text = content[bullet.end() :] if bullet else content
    if len(text.split()) > BOX_ITEM_MAX_WORDS:
        return False
    return (
        bullet is not None
        or looks_like_title(text)
        or text.endswith(("...", "…"))
        or parse_date_line(text) is not None  # "2024-03-02" under a teaser's title
    )
