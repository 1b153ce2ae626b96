"""The shape of a title: what tells a headline line from a sentence or a fragment."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice
from typing import Final

import regex

from newsparse.document import Line, non_blank
from newsparse.vocab.abbreviations import ABBREVIATIONS

#: A list-item mark that is not a number, as a ``regex`` fragment (a date may start with a
#: number and a dot: "21. Januar 2022").
MARK: Final = r"[*•·▪►»›+–—-]"
#: A list-item marker at the start of a line ("* ", "• ", "1. "), as a ``regex`` fragment.
BULLET: Final = rf"(?:{MARK}|\d{{1,2}}[.)])"
#: A list-item marker and the space after it, at the start of a line.
LIST_ITEM: Final = regex.compile(rf"\A{BULLET}\s+")
_LIST_MARK: Final = regex.compile(rf"\A{MARK}\s+")
#: Characters a sentence ends with (scripts with and without spaces, closing quotes).
SENTENCE_END: Final = '.!?。！？…"”’»'

#: What stands between a headline and the site's name in a page title ("Headline | Site").
TITLE_SEPARATORS: Final = regex.compile(r"\s+(?:[|–—:»·•-]|::)\s+")
_MAX_LENGTH: Final = 250
_MAX_WORDS: Final = 35
# A line that ends with a full stop (after a word that is not an abbreviation such as "Inc."
# or "U.S."), a comma, a colon or an ellipsis is a sentence or a fragment, not a title; a
# headline may end in "?", "!" or a quote.
_LETTER: Final = regex.compile(r"\p{L}")
_PRIVATE_USE: Final = regex.compile(r"\p{Co}")


def unbulleted(text: str) -> str:
    """``text`` without a list-item marker at its start.

    >>> unbulleted("* Published: 3 March 2020"), unbulleted("2. Teil")
    ('Published: 3 March 2020', 'Teil')
    """
    item = LIST_ITEM.match(text)
    return text[item.end() :] if item else text


def unmarked(text: str) -> str:
    """``text`` without a list-item mark at its start; a leading number stays.

    >>> unmarked("* 21. Januar 2022"), unmarked("21. Januar 2022")
    ('21. Januar 2022', '21. Januar 2022')
    """
    mark = _LIST_MARK.match(text)
    return text[mark.end() :] if mark else text


def main_title_part(title: str) -> str:
    """The longest part of a page title split at its separators (:data:`TITLE_SEPARATORS`).

    "Headline | Site" gives "Headline"; the shorter parts are the site's name and sections.
    """
    return max(TITLE_SEPARATORS.split(title), key=len).strip()


#: A copyright notice: "© 2025 The Daily Post", "Copyright 2025 ...", "... All rights reserved."
_COPYRIGHT: Final = regex.compile(r"©|\(c\)\s|\bcopyright\b|\ball rights reserved\b", regex.I)
#: A site's copyright notice stands among this many last non-blank lines of a page.
FOOTER_LINES: Final = 30


def named_in_copyright(lines: Sequence[Line], name: str) -> bool:
    """Whether a copyright notice among the last non-blank ``lines`` holds ``name``.

    A part of the page title that the footer's notice holds ("© 2025 The Daily Post") is the
    site's name, not the headline.
    """
    folded = name.casefold()
    return any(
        folded in line.content.casefold() and _COPYRIGHT.search(line.content)
        for line in islice(non_blank(lines, len(lines), -1), FOOTER_LINES)
    )


def looks_like_title(text: str) -> bool:
    r"""Whether one line of text has the shape of a headline.

    >>> looks_like_title("India, Israel Ink Defence Pact")
    True
    >>> looks_like_title("The pact was signed in Tel Aviv on Tuesday.")
    False
    >>> looks_like_title("\ue060 Next video starts in: 7")  # icon-font glyphs
    False
    """
    if not 2 <= len(text) <= _MAX_LENGTH or _LETTER.search(text) is None:
        return False
    if not text.isascii() and _PRIVATE_USE.search(text):
        return False  # icon-font glyphs: the text of a button or a player, not a title
    return len(text.split()) <= _MAX_WORDS and not _ends_like_a_sentence(text)


#: Initials and dotted abbreviations that may end a title: "J.", "U.S.", "e.g." (not "a.").
_INITIALS: Final = regex.compile(r"\p{Lu}\.|(?:\p{L}\.){2,}")


def _ends_like_a_sentence(text: str) -> bool:
    stripped = text.rstrip("\"'”’»)] ")
    if stripped.endswith(("...", "…", ",", ";", ":")):
        return True
    if not stripped.endswith("."):
        return False
    word = stripped.rsplit(maxsplit=1)[-1].lstrip("(\"'“‘«[")
    return not (word.casefold() in ABBREVIATIONS or _INITIALS.fullmatch(word))
