"""Finding the article in a whole web page, from the text alone.

Text dumped from a page (by an HTML-to-text tool, a browser's ``innerText``, a crawl) holds
menus, teasers, footers and comments around the story. Text keeps no DOM, but it keeps enough:

1. Each line gets a score: prose (long, ending like a sentence, dense in function words of
   its language, or in a script written without spaces) scores its length; furniture (list
   bullets, short lines, lines repeated elsewhere in the page) scores below zero.
2. The *core* of the body is the run of lines with the largest total score (the maximum-sum
   subarray, as in boilerpipe's and jusText's densest-block ideas), cut short where a
   comments section opens.
3. The *header* is searched for above the core: the headline is a title-shaped line not far
   above it, preferably one that matches the page's ``<title>`` (which html-text writes as
   the first line), and the byline and date lines lie between the two.

Documents that do not look like pages (few short, list-like lines) are left whole, so clean
articles and wire copy parse as before. Everything is one pass over the lines plus constant
work per line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import islice
from typing import Final, NamedTuple

import attrs
import regex

from newsparse.dates import DATE_SEARCH, MONTHS
from newsparse.detectors.boilerplate import boilerplate_reason
from newsparse.detectors.byline import (
    is_job_title,
    is_lone_lead,
    is_personal_name,
    is_reading_time,
    looks_like_a_name_alone,
    parse_byline,
    starts_with_lead,
)
from newsparse.detectors.date_line import dates_in_line, parse_date_line
from newsparse.detectors.meta_line import parse_meta_line, title_before_meta
from newsparse.detectors.share_icons import is_share_line
from newsparse.document import Document, Line, non_blank, title_line
from newsparse.inserts import Insert, find_inserts
from newsparse.titles import (
    LIST_ITEM,
    SENTENCE_END,
    TITLE_SEPARATORS,
    looks_like_title,
    main_title_part,
    named_in_copyright,
    unbulleted,
    unmarked,
)
from newsparse.vocab.agencies import AgencyTable
from newsparse.vocab.bylines import AUTHOR_BOX_TITLES, JOB_WORDS
from newsparse.vocab.stopwords import STOPWORDS
from newsparse.vocab.webpage import (
    ABOUT_WORDS,
    ACCOUNT_LINKS,
    AUTHOR_BIO,
    BOX_HEADINGS,
    COMMENT_AUTHOR,
    COMMENT_COUNT_LEADS,
    COMMENT_HEADING,
    COMMENT_MARKERS,
    COMMENT_PROMPTS,
    CONTENTS_HEADINGS,
    CRUMB_ROOTS,
    END_MARKERS,
    NEXT_AND_PREVIOUS,
    SITE_NOTICES,
    SITE_WORDS,
    TAG_LABELS,
)

_WORD: Final = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")
_UNSPACED: Final = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
_SENTENCE_END: Final = SENTENCE_END + ")"
_DIGIT: Final = regex.compile(r"\d")
#: A year in an archive's list of months ("August 2012").
_YEAR: Final = regex.compile(r"(?:19|20)\d\d")
_CLOSING_QUOTES: Final = frozenset('"”’»')
_COUNT: Final = regex.compile(r"\s*\(\d+\)\Z")
_CODE_MARKS: Final = regex.compile(r"[=;{}()\[\]<>│|_\\]")
_COMMENTS: Final = regex.compile(
    r"\A(?:(?:(?:{leads})\s+)?\d+\s+)?(?:".format(
        leads="|".join(regex.escape(lead) for lead in COMMENT_COUNT_LEADS)
    )
    + "|".join(regex.escape(marker) for marker in COMMENT_MARKERS)
    + r")(?:\s*\(\d+\)|\s+\d+)?\s*:?\Z",
    regex.IGNORECASE,
)
_COMMENT_AUTHOR: Final = regex.compile(COMMENT_AUTHOR, regex.IGNORECASE)
_ACCOUNT_LINK: Final = regex.compile(
    r"\A(?:{links})(?:\s*(?:/|\||\bor\b)\s*(?:{links}))?\Z".format(
        links="|".join(regex.escape(link) for link in ACCOUNT_LINKS)
    ),
    regex.IGNORECASE,
)
_COMMENT_HEADING: Final = regex.compile(COMMENT_HEADING, regex.IGNORECASE)
_AUTHOR_BIO: Final = regex.compile(AUTHOR_BIO, regex.IGNORECASE)
#: A newsletter box under a story names the newsletter (a bare "Subscribe" may head a box
#: inside the story).
_NEWSLETTER_WORDS: Final = ("newsletter", "inbox", "posteingang", "postfach")
#: A line telling who the author is ends the story only if it is no longer than this.
BIO_MAX_LENGTH: Final = 600
_END_MARKER: Final = regex.compile(
    r"\A(?:"
    + "|".join(regex.escape(marker) for marker in END_MARKERS)
    + r")(?:\s*\(\d+\)|\s+\d+)?\s*(?::|\.\.\.|…|!)?\Z",
    regex.IGNORECASE,
)
#: The line under a story that lists its tags or sections: "Tags: harbour, ferries".
_TAG_LINE: Final = regex.compile(
    r"\A(?:" + "|".join(regex.escape(label) for label in TAG_LABELS) + r")\s*:\s*\S",
    regex.IGNORECASE,
)
_BOX_HEADING: Final = regex.compile(
    r"\A(?:(?:"
    + "|".join(regex.escape(heading) for heading in BOX_HEADINGS)
    + r")(?:\s*\(\d+\)|\s+\d+)?\s*(?::|\.\.\.|…|!|>|»)?"
    r"|more\s*:|(?:more|most\ (?:read|popular|viewed))\s+(?:from|in|on)\s+[^.!?:]{1,40}:?)\Z",
    regex.IGNORECASE,
)
_NEXT_OR_PREVIOUS: Final = regex.compile(
    r"\A(?:" + "|".join(regex.escape(link) for link in NEXT_AND_PREVIOUS) + r")\s*:?\Z",
    regex.IGNORECASE,
)
_AUTHOR_BOX_TITLE: Final = regex.compile(
    r"\A(?:{titles})(?:\s*/\s*\p{{L}}+(?:\s\p{{L}}+)?)?\s*:?\Z".format(
        titles="|".join(regex.escape(title) for title in AUTHOR_BOX_TITLES)
    ),
    regex.IGNORECASE,
)
_ABOUT_NAME: Final = regex.compile(
    r"\A(?:{words})\s+(?P<name>[^:]{{3,50}}?)\s*:?\Z".format(
        words="|".join(regex.escape(word) for word in ABOUT_WORDS)
    ),
    regex.IGNORECASE,
)
#: The label of a field of a comment form, marked as required or explained in brackets:
#: "Name *", "E-Mail (required)", "URI (your blog or website)".
_FORM_FIELD: Final = regex.compile(
    r"\A(?:name|e-?mail(?:[-\ ]adresse)?|website|webseite|web|url|uri|nom|nombre|nome"
    r"|correo(?:\ electrónico)?|sito(?:\ web)?|site(?:\ web)?)\s*(?:\*|\([^()]{1,40}\)\s*\*?)\Z",
    regex.IGNORECASE,
)
#: A line of the comment form ends the story however little precedes it when the label of a
#: field of the form follows within this many non-blank lines.
FORM_REACH: Final = 8
#: The heading of a story's table of contents.
_CONTENTS: Final = regex.compile(
    r"\A(?:{})\s*:?\Z".format("|".join(regex.escape(heading) for heading in CONTENTS_HEADINGS)),
    regex.IGNORECASE,
)
_CONTENTS_MAX_LENGTH: Final = 40
_COMMENT_PROMPT: Final = regex.compile(
    r"\A(?:" + "|".join(regex.escape(prompt) for prompt in COMMENT_PROMPTS) + r")\b",
    regex.IGNORECASE,
)
_TOKEN: Final = regex.compile(r"[\p{L}\p{N}]+")
_META_MARKS: Final = regex.compile(
    r"\s[|·•]\s|\A(?:posted|published|updated|filed)\b"
    # a label of a picture or its source, not a headline's subject ("Video shows ...")
    r"|\A(?:photos?|foto|image|bild|video|credit|source|quelle|fuente|crédit)"
    r"(?=\s*(?:[:|/©(\-–—·•]|\d|\Z)|\s+(?:by|von|par|por|credit)\b)"
    r"|\A(?:tags?|topics?)(?:\s*:|\Z)",  # not "Tag der Arbeit ..." (German "Tag": day)
    regex.IGNORECASE,
)
#: A time relative to now, as pages date a story: "3 hours ago", "vor 2 Tagen", "il y a 5 min".
_RELATIVE_TIME: Final = regex.compile(
    r"\A(?:(?:vor|il\ y\ a|hace|há)\s+)?\d{1,3}\s*(?:min(?:ute)?s?|minuten?|minutos?|minuti"
    r"|h|hrs?|hours?|stunden?|heures?|horas?|or[ae]|days?|tagen?|jours?|d[ií]as|giorni|giorno"
    r"|weeks?|wochen?|semaines?|semanas?|settimane?)\.?(?:\s+(?:ago|fa))?\Z",
    regex.IGNORECASE,
)
#: The account of a social media post embedded in a story, after its text.
_EMBED_CREDIT: Final = regex.compile(r"\(@\w+\)")
_BYLINE_LEAD: Final = regex.compile(r"\A(?:by|von|par|por)\s", regex.IGNORECASE)
#: A title after a colon: three words or more without a digit ("By the numbers: How the
#: harbour was rebuilt"), not a role or a date after a name ("By Ana Lima: 12.03.2021").
_TOPIC_TITLE: Final = regex.compile(r"\A\S+\s+([^:]+):\s+[^\d:]*?\S+\s+\S+\s+[^\d:]*\Z")
_CREDIT: Final = regex.compile(
    r"©|(?<![^\s(])(?:photo(?:graph)?s?|fotos?|images?|bild|credits?|crédit|picture|pictures)\s*:"
    r"|\([^()]*(?:/|\b(?:photo|foto|image|bild|credit|getty|symbolbild|archivbild)\b)[^()]*\)\s*\Z",
    regex.IGNORECASE,
)

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
#: A comments heading marks a page only after a line of this many words (a story's): a hand
#: copy's header may say "22 Comments".
PROSE_MIN_WORDS: Final = 12
#: This many furniture or title lines in a row may end the body core ...
GAP_LINES: Final = 6
#: ... if what follows them scores less than this share of what precedes them.
TAIL_SHARE: Final = 0.75
#: ... or if no run of prose in it (lines in a row that score above zero) scores more than this
#: share of what precedes it ...
TEASER_RUN_SHARE: Final = 0.25
#: ... nor more than this (a long paragraph): teasers, each a title and a summary.
TEASER_RUN_MAX_SCORE: Final = 400.0
#: A last part of the core after this many non-blank lines in a row that score zero or less
#: is not the story ...
ISLAND_GAP_LINES: Final = 3
#: ... if it scores less than this share of what precedes it ...
ISLAND_SHARE: Final = 0.1
#: ... and less than this (about a short paragraph's worth).
ISLAND_MAX_SCORE: Final = 500.0
#: What ends the story (comments, other stories) counts after this share of the core's score.
END_AFTER_SHARE: Final = 0.5
#: A line of the comment form ends it after this share ...
PROMPT_AFTER_SHARE: Final = 0.2
#: ... or after this much score (a few paragraphs), whatever follows (a long cookie notice).
PROMPT_AFTER_SCORE: Final = 500.0
#: A line that opens the comments ends it after this much score too (a few paragraphs): the
#: comments under a short story can outweigh it.
COMMENTS_AFTER_SCORE: Final = 500.0
#: ... unless a run of prose under it scores more than this many times what precedes it: that
#: is a story, not comments (a count of comments among the story's details, over the story).
COMMENT_RUN_SHARE: Final = 2.0
#: A heading of other stories ends it only if what follows scores less than this share of
#: what precedes it.
END_TAIL_SHARE: Final = 0.5
#: ... on a line no longer than this.
END_MARKER_MAX_LENGTH: Final = 160
#: A line longer than this needs two notice phrases to be taken for a site notice.
NOTICE_MAX_LENGTH: Final = 250
#: A line that starts like a byline ("By", "Von") with more words than this can be a headline
#: ("Von der Leyen will ...").
BYLINE_MAX_WORDS: Final = 8
#: How far above the body core the headline is looked for (non-blank lines).
HEADER_WINDOW: Final = 30
#: ... and how far below its first prose line (a teaser or a kicker may come first).
HEADER_LOOKAHEAD: Final = 6
#: How many non-blank lines above the headline may hold its date ...
DATES_ABOVE_REACH: Final = 3
#: ... each no longer than this.
DATES_ABOVE_MAX_LENGTH: Final = 80
#: How far above the article (non-blank lines) a byline is still taken as the article's.
BYLINE_REACH: Final = 10
#: Why a document is no page when :func:`_page_share` finds no sign of one.
NO_SITE: Final = (
    "not a page: too few short lines, or no sign of a site (menu, notice, account link)"
)
#: Under the heading of the author's box, the line about the author comes within this many
#: non-blank lines (their name, a first name under a picture).
AUTHOR_BOX_REACH: Final = 3
#: A heading of a box of other stories is no longer than this ...
BOX_HEADING_MAX_LENGTH: Final = 60
#: ... and each title in the box has at most this many words.
BOX_ITEM_MAX_WORDS: Final = 25


@attrs.frozen
class Region:
    """Where the article lies in a document, as line indices ``[start, end)``."""

    start: int
    end: int
    is_page: bool
    """Whether the document looked like a whole page (else the region is all of it)."""
    headline: int | None = None
    """Index of the line chosen as the headline, when the page analysis chose one."""
    dates_above: tuple[int, ...] = ()
    """Date lines just above the headline (``Published: 30 January 2017``), part of the header."""
    byline: int | None = None
    """Index of a byline line just above ``start``, left to the detectors: pages put the
    byline above a picture or a standfirst that the analysis may take for the top."""
    boxes: tuple[tuple[int, int], ...] = ()
    """Boxes of other stories inside the article, as line indices ``[start, end)``: a heading
    ("Related", "Most read") and the titles under it (see :func:`find_boxes`). Found in any
    document, page or not: a hand copy keeps them too."""
    inserts: tuple[Insert, ...] = attrs.field(default=(), repr=False)
    """Picture galleries and charts set into the text (see
    :func:`newsparse.inserts.find_inserts`). Found in any document, page or not."""
    box_lines: tuple[int, ...] = attrs.field(default=(), repr=False)
    """On a page, lines inside the article that belong to a box of the page: a heading of
    what pages put under a story ("Tags:", "Share this article", "About the author", see
    :func:`is_box_heading`) and, after the first paragraph, the teaser titles, tags and share
    lines under it."""
    reason: str = attrs.field(default="", repr=False)
    """Why the document was or was not taken for a page, in words (``newsparse explain``
    prints it)."""


class _Features(NamedTuple):
    score: float
    furniture: bool
    prose: bool


def _features(line: Line, *, repeated: bool) -> _Features:
    content = line.content
    if not content:
        return _Features(0.0, furniture=False, prose=False)
    bullet = LIST_ITEM.match(content)
    text = content[bullet.end() :] if bullet else content
    words = _WORD.findall(text.casefold())
    alphanumeric = len("".join(words))
    unspaced = 0 if text.isascii() or not _UNSPACED.search(text) else len(_UNSPACED.findall(text))
    effective = len(words) + unspaced // 2
    ends = text[-1] in _SENTENCE_END and not (
        text[-1] in _CLOSING_QUOTES and len(text) > 1 and text[-2].isalnum()
    )  # a quote closed after a word ends a headline ('... the separation of powers’)
    symbols = alphanumeric * 2 < len(text) - text.count(" ")
    titled = not ends and effective <= 25 and looks_like_title(text)
    prose = False
    if effective >= 10 and not titled:
        density = sum(map(STOPWORDS.__contains__, words)) / max(len(words), 1)
        prose = density >= 0.15 or unspaced > len(text) // 3 or ends
    short = effective <= 6 and not ends
    furniture = not symbols and (
        bool(bullet and effective < 15)
        or (short and len(_DIGIT.findall(text)) * 5 < len(text))
        or (len(words) == 2 and words[0] in MONTHS and _YEAR.fullmatch(words[1]) is not None)
    )
    if symbols:
        score = -2.0  # code, tables, figures: part of an article as often as not
    elif titled and not prose:
        score = -5.0  # headlines and subheadings: neither body nor furniture
    elif (prose or (effective >= 5 and ends)) and _is_notice(text):
        score = -40.0  # terms, privacy, copyright: the site's, not the article's
    elif prose:
        score = min(len(text), 800) * (1.0 if ends else 0.6) * (0.5 if bullet else 1.0)
    elif effective >= 5 and ends:
        score = len(text) * 0.3
    elif bullet:
        score = -25.0 - 0.3 * len(text)
    else:
        score = -8.0
    if repeated and not prose:
        score -= 30.0
    return _Features(score, furniture, prose)


def _is_notice(text: str) -> bool:
    """Whether a line is a site notice: a notice phrase in a short line, or beside site words."""
    folded = text.casefold()
    if not any(notice in folded for notice in SITE_NOTICES):
        return False
    return len(text) < NOTICE_MAX_LENGTH or any(words in folded for words in SITE_WORDS)


def _page_share(lines: Sequence[Line]) -> float | None:
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
            content.count(" ") < 6 and content[-1] not in _SENTENCE_END
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
        contents = len(content) <= _CONTENTS_MAX_LENGTH and _CONTENTS.match(content) is not None
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


def _has_page_sign(lines: Sequence[Line]) -> bool:
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
        _is_notice(content)
        or _ACCOUNT_LINK.match(unbulleted(content)) is not None
        or (after_story and _ends_the_story(content, little_after=False))
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


def find_article(doc: Document, *, day_first: bool = False) -> Region:
    r"""Where the article lies in ``doc``: the whole document unless it looks like a page.

    ``day_first`` reads numeric dates day first (see :func:`newsparse.dates.parse_date`).

    >>> page = Document.from_text("\n".join(["* Home", "* World", "* Sport"] * 6
    ...     + ["", "Ferry Returns to Millbrook", "",
    ...        "The ferry sailed again at dawn, and the whole town came out to watch it go." * 2,
    ...        "", "* Home", "* About"]))
    >>> region = find_article(page)
    >>> page.lines[region.start].content, region.end - region.start
    ('Ferry Returns to Millbrook', 3)
    """
    lines = doc.lines
    inserts = find_inserts(lines)
    share = _page_share(lines)
    if share is None:
        return _whole(lines, NO_SITE, inserts)
    counts = Counter(line.content for line in lines if line.content)
    features = [_features(line, repeated=counts[line.content] > 1) for line in lines]
    non_blank = sum(1 for line in lines if line.content)
    furniture = sum(1 for f in features if f.furniture)
    shares = f"{furniture} of {non_blank} lines are page furniture"
    if furniture < PAGE_MIN_FURNITURE_LINES or furniture < PAGE_SIGNED_FURNITURE_SHARE * non_blank:
        return _whole(lines, f"not a page: only {shares}", inserts)
    if furniture < share * non_blank and not _has_page_sign(lines):
        return _whole(
            lines, f"not a page: a menu but no other sign of a site, and only {shares}", inserts
        )
    core = _densest_run(features)
    if core is None:
        return _whole(lines, "not a page: no run of prose to be the story", inserts)
    reason = f"a page: a menu or a line of the site around the story, and {shares}"
    start, end = _cut_tail(lines, features, *core)
    start, end = _cut_last_island(lines, features, start, end)
    start, end = _cut_end(lines, features, start, end)
    first_prose = next((i for i in range(start, end) if features[i].prose), start)
    headline = _find_headline(doc, features, counts, first_prose, end)
    top = headline if headline is not None else _header_top(lines, features, first_prose)
    if headline is None:
        top = min(top, start)
        return Region(
            top,
            end,
            is_page=True,
            byline=_byline_above(lines, top),
            boxes=find_boxes(lines, top, end),
            inserts=inserts,
            box_lines=_box_lines(lines, features, top, end, first_prose),
            reason=reason + "; no line is the headline with confidence",
        )
    return Region(
        headline,
        max(end, headline + 1),
        is_page=True,
        headline=headline,
        dates_above=_dates_above(lines, headline, day_first=day_first),
        byline=_byline_above(lines, headline),
        boxes=find_boxes(lines, headline, max(end, headline + 1)),
        inserts=inserts,
        box_lines=_box_lines(lines, features, headline + 1, end, first_prose),
        reason=reason,
    )


def _box_lines(
    lines: Sequence[Line], features: Sequence[_Features], start: int, end: int, first_prose: int
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
            and (len(content) > BOX_HEADING_MAX_LENGTH or not _is_meta(content))
        ):
            found.append(index)  # the author's name (or a first name, a picture's), then the bio
            about = (
                AUTHOR_BOX_REACH
                if is_personal_name(unbulleted(content))
                else about - 1
                if features[index].score <= 0
                else 0
            )
        elif inside and features[index].score <= 0 and not _is_meta(content):
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
    if _AUTHOR_BOX_TITLE.match(text) is not None:
        return True
    about = _ABOUT_NAME.match(text)
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
        len(content) <= BOX_HEADING_MAX_LENGTH
        and _END_MARKER.match(unbulleted(content)) is not None
    )


def _whole(lines: Sequence[Line], reason: str, inserts: tuple[Insert, ...]) -> Region:
    """The region of a document that is not a page: all of it, with its boxes and inserts.

    Except the readers' comments under the story (:func:`_comments_under_story`): a text too
    small to be taken for a page keeps them too, and they are no part of the article.
    """
    boxes = find_boxes(lines, 0, len(lines))
    end = _comments_under_story(lines)
    if end is None:
        return Region(0, len(lines), is_page=False, boxes=boxes, inserts=inserts, reason=reason)
    reason += f"; readers' comments from line {end + 1} on"
    return Region(0, end, is_page=False, boxes=boxes, inserts=inserts, reason=reason)


def _comments_under_story(lines: Sequence[Line]) -> int | None:
    r"""Where readers' comments that clearly follow the story open, in a text that is no page.

    A line that opens the comments (:func:`_opens_comments`: "3 Comments", "Leave a reply",
    "12 thoughts on ...") after a line of prose, with a comment under it
    (:func:`_comment_follows`): a short name line, a date line, the comment's text, or a
    line that names the commenter and the date ("Jane on May 3 at 4:47 pm said:") over the
    text. A line of the comment form or of an empty comments section ("Comments are
    closed.") does too when no prose (a line of :data:`PROSE_MIN_WORDS` words) follows it.
    A story's "Comments" subheading with prose under it goes on.

    >>> lines = Document.from_text("\n".join([
    ...     "The ferry sailed again at dawn, and the whole town came out to watch it go.",
    ...     "2 Comments", "Rosa_K", "May 3, 2021 at 9:12 pm", "Lovely to see it back."])).lines
    >>> _comments_under_story(lines)
    1
    """
    story = False
    prompt = None  # a line of the comment form or of an empty section, with no prose after yet
    for index, line in enumerate(lines):
        content = line.content
        if not content:
            continue
        prose = content.count(" ") >= PROSE_MIN_WORDS
        if prose:
            prompt = None
        if (
            story
            and len(content) <= END_MARKER_MAX_LENGTH
            and _may_open_comments(content)
            and _opens_comments(content)
        ):
            if _comment_follows(lines, index):
                return index if prompt is None else prompt
            if prompt is None and _is_comment_prompt(content):
                prompt = index
        story = story or prose
    return prompt


def _may_open_comments(content: str) -> bool:
    """A cheap first look for :func:`_opens_comments`.

    A count first ("3 Comments"), a colon last (a comment's author line, "... said:"), or
    one of the first words of its phrases ("Comments", "Leave a reply", "There are ...").
    """
    text = content.lstrip(_BULLET_MARKS)
    if not text or text[0].isdigit() or text[-1] == ":":
        return bool(text)
    space = text.find(" ")
    return (text if space < 0 else text[:space]).casefold() in _COMMENT_FIRST_WORDS


_BULLET_MARKS: Final = " *•·+-–—"


#: The first words of the lines that open the comments (markers, prompts, counts' leads).
_COMMENT_FIRST_WORDS: Final = frozenset(
    phrase.split(maxsplit=1)[0]
    for phrase in (*COMMENT_MARKERS, *COMMENT_PROMPTS, *COMMENT_COUNT_LEADS)
)
#: A name that ends with an initial ("Hanno R."), not a sentence.
_INITIAL_END: Final = regex.compile(r"(?:\A|\s)\p{Lu}\.\Z")
#: A commenter's name line is no longer than this ...
COMMENTER_MAX_LENGTH: Final = 40
#: ... nor than this many words.
COMMENTER_MAX_WORDS: Final = 4


def _comment_follows(lines: Sequence[Line], after: int) -> bool:
    """Whether a reader's comment starts at the first non-blank line after line ``after``.

    A short name line (no sentence, no date) over a short date line, or a line naming the
    commenter and the date ("Jane on May 3, 2018 at 4:47 pm said:"), then the comment's text.
    """
    shown = [line.content for line in islice(non_blank(lines, after, 1), 3)]
    if len(shown) >= 2 and _COMMENT_AUTHOR.search(shown[0]) is not None:
        return True
    if len(shown) < 3:
        return False
    name, date = unbulleted(shown[0]), shown[1]  # "4. März": no numbered list item
    return (
        len(name) <= COMMENTER_MAX_LENGTH
        and len(name.split()) <= COMMENTER_MAX_WORDS
        and (name[-1] not in _SENTENCE_END or _INITIAL_END.search(name) is not None)
        and dates_in_line(name) is None
        and len(date) <= DATES_ABOVE_MAX_LENGTH
        and dates_in_line(date) is not None
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
            and _BOX_HEADING.match(unbulleted(content)) is not None
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


def _densest_run(features: Sequence[_Features]) -> tuple[int, int] | None:
    """The run of lines ``[start, end)`` with the largest total score (Kadane's algorithm)."""
    best, total, run_start = 0.0, 0.0, 0
    found: tuple[int, int] | None = None
    for index, feature in enumerate(features):
        if total <= 0:
            total, run_start = feature.score, index
        else:
            total += feature.score
        if total > best:
            best, found = total, (run_start, index + 1)
    return found


def _cut_tail(
    lines: Sequence[Line], features: Sequence[_Features], start: int, end: int
) -> tuple[int, int]:
    """Drop the tail of the core after a long run of furniture lines, when the tail is small.

    A list of teasers can join the story to the summaries or comments after it; what comes
    after :data:`GAP_LINES` lines in a row that score below zero (furniture, teaser titles),
    scoring less than :data:`TAIL_SHARE` of what comes before, is not the story; nor is it
    when no run of prose in it scores more than :data:`TEASER_RUN_SHARE` of what comes before
    or :data:`TEASER_RUN_MAX_SCORE` (teasers, one short summary at a time). A run under
    a line ending with a colon is a list the story introduces, and no gap. Only on a page
    that goes on after the run (:data:`GAP_LINES` furniture lines or more below it, in the
    core or under it): a hand copy ends with its story, or with a list and a last paragraph.
    """
    furniture_after = [0] * (len(features) + 1)  # furniture lines from each line to the end
    for index in range(len(features) - 1, start - 1, -1):
        furniture_after[index] = furniture_after[index + 1] + features[index].furniture
    best_after = _best_runs_after(lines, features, start, end)
    total = sum(f.score for f in features[start:end] if f.score > 0)
    before, run, run_start, previous, introduced = 0.0, 0, start, "", False
    for index in range(start, end):
        feature = features[index]
        content = lines[index].content
        if feature.furniture or feature.score < 0:
            if run == 0:
                run_start = index
                introduced = previous.endswith(":")  # a list the story introduces
            run += 1
        elif feature.score > 0:
            if (
                run >= GAP_LINES
                and not introduced
                and (
                    total - before < TAIL_SHARE * before
                    or best_after[index - start]
                    < min(TEASER_RUN_SHARE * before, TEASER_RUN_MAX_SCORE)
                )
                and furniture_after[index] >= GAP_LINES
            ):
                return start, run_start
            run = 0
        before += max(feature.score, 0.0)
        if content:
            previous = content
    return start, end


def _best_runs_after(
    lines: Sequence[Line], features: Sequence[_Features], start: int, end: int
) -> list[float]:
    """For each line of ``[start, end)``, the score of the best run at or after it.

    A run is of lines in a row that all score above zero (blank lines do not break it), as
    :func:`_longest_run` counts them; one pass from the end.
    """
    best = [0.0] * (end - start + 1)
    run = 0.0
    for index in range(end - 1, start - 1, -1):
        if lines[index].content:
            score = features[index].score
            run = run + score if score > 0 else 0.0
        best[index - start] = max(best[index - start + 1], run)
    return best


def _cut_last_island(
    lines: Sequence[Line], features: Sequence[_Features], start: int, end: int
) -> tuple[int, int]:
    """Drop the last lines of the core when they are a small island after a gap.

    A promotion, a note about the site or the author's box can follow the story after a few
    lines of furniture (share buttons, tags, a teaser title) and join it, being prose. What
    follows the last run of :data:`ISLAND_GAP_LINES` non-blank lines in a row that score
    zero or less is not the story when it scores less than :data:`ISLAND_SHARE` of what
    precedes it, and less than :data:`ISLAND_MAX_SCORE` (a longer last part may be the end of
    the story under a picture and its caption). A run under a line ending with a colon is a
    list the story introduces, and no gap. Only on a page that goes on after the core: a
    hand copy ends with its story.
    """
    if all(not line.content for line in lines[end:]):
        return start, end  # the text ends with the story: a hand copy
    total = sum(f.score for f in features[start:end] if f.score > 0)
    island = 0.0
    run = 0
    for position in range(end - 1, start - 1, -1):
        content = lines[position].content
        if not content:
            continue
        score = features[position].score
        if score <= 0:
            run += 1
        elif run >= ISLAND_GAP_LINES:
            if (
                0 < island < ISLAND_MAX_SCORE
                and island < ISLAND_SHARE * (total - island)
                and not content.endswith(":")
            ):
                return start, position + 1
            break
        else:
            run = 0
            island += score
    return start, end


def _cut_end(
    lines: Sequence[Line], features: Sequence[_Features], start: int, end: int
) -> tuple[int, int]:
    """End the core where the comments or what else follows a story opens (:func:`_cut_comments`).

    Comments can outweigh a short story: once they are cut off, what is left is looked at
    again, as a core of its own. A heading of other stories or the author's box above the
    comments then ends it too, and so does a small island after a gap
    (:func:`_cut_last_island`), when the cut took away most of the core's score.
    """
    total = _positive_score(features, start, end)
    while True:
        cut_start, cut_end = _cut_comments(lines, features, start, end)
        if cut_end == end:
            return start, end
        left = _positive_score(features, cut_start, cut_end)
        if left < END_AFTER_SHARE * total:
            cut_start, cut_end = _cut_last_island(lines, features, cut_start, cut_end)
        start, end, total = cut_start, cut_end, left


def _among_share_buttons(lines: Sequence[Line], index: int) -> bool:
    """Whether the line before or after a line is a share button: a row of buttons, links."""
    return any(
        other is not None and is_share_line(lines[other].content)
        for other in (_neighbour(lines, index, -1), _neighbour(lines, index, 1))
    )


def _longest_run(
    lines: Sequence[Line], features: Sequence[_Features], start: int, end: int
) -> float:
    """The score of the best run of lines in ``[start, end)`` that all score above zero.

    Blank lines do not break a run. Comments come one by one, each under its author's name
    and date; a run much longer than the story above is more of the story (or of another one).
    """
    best = run = 0.0
    for index in range(start, end):
        if not lines[index].content:
            continue
        score = features[index].score
        run = run + score if score > 0 else 0.0
        best = max(best, run)
    return best


def _positive_score(features: Sequence[_Features], start: int, end: int) -> float:
    """The total score of the lines ``[start, end)`` that score above zero."""
    return sum(f.score for f in features[start:end] if f.score > 0)


def _cut_comments(
    lines: Sequence[Line], features: Sequence[_Features], start: int, end: int
) -> tuple[int, int]:
    """End the core where what follows a story opens, once most of the core is behind.

    That is a comments section (a marker line, a comment's author line, a line of the comment
    form) or a heading of what pages put under a story: other stories, share and tag lines,
    the author's box (:data:`~newsparse.vocab.webpage.END_MARKERS`). A line that opens the
    comments ends it after :data:`COMMENTS_AFTER_SCORE` too (they can outweigh a short story),
    unless it stands among share buttons or a run of prose under it scores more than
    :data:`COMMENT_RUN_SHARE` times what lies above it. A line of the comment form that the
    label of a field follows ("Leave a comment" / "Name *") ends it after any prose, however
    little: a comment form is no part of a story.
    """
    total = _positive_score(features, start, end)
    half = END_AFTER_SHARE * total
    seen = 0.0
    for index in range(start, end):
        content = lines[index].content
        if not content:
            continue
        tagged = opens = False
        if seen >= min(half, COMMENTS_AFTER_SCORE):
            opens = _opens_comments(content)
            tagged = (
                not opens
                and _is_tag_line(content)
                and not _prose_follows(lines, features, index + 1, end)
            )
            opens = opens or tagged
        if (
            (
                opens
                and (
                    seen >= half
                    or (
                        not _among_share_buttons(lines, index)
                        and _longest_run(lines, features, index, end) < COMMENT_RUN_SHARE * seen
                    )
                )
            )
            or (seen >= half and total - seen < END_TAIL_SHARE * seen and _follows_a_story(content))
            or (
                seen >= min(PROMPT_AFTER_SHARE * total, PROMPT_AFTER_SCORE)
                and _is_comment_prompt(content)
            )
        ):
            cut = index
            while not tagged and cut > start and features[cut - 1].score <= 0:
                cut -= 1  # the teasers and share lines above the comments (not above the tags)
            return start, cut
        if seen > 0 and _is_comment_prompt(content) and _form_follows(lines, index + 1, end):
            return start, index  # a comment form: what stands above it may be a short story's
        seen += max(features[index].score, 0.0)
    return start, end


def _is_tag_line(content: str) -> bool:
    """Whether a line lists the story's tags or sections, after their label: "Tags: harbour"."""
    return (
        len(content) <= END_MARKER_MAX_LENGTH and _TAG_LINE.match(unbulleted(content)) is not None
    )


def _prose_follows(
    lines: Sequence[Line], features: Sequence[_Features], start: int, end: int
) -> bool:
    """Whether the next non-blank line of ``[start, end)`` is prose (a paragraph).

    A tag line with a paragraph right under it stands in a header ("Filed under: Local" over
    the story), not under the story.
    """
    following = _neighbour(lines, start - 1, 1)
    return following is not None and following < end and features[following].prose


def _is_form_field(content: str) -> bool:
    """Whether a line is the label of a field of a comment form: "Name *", "E-Mail (required)"."""
    return len(content) <= END_MARKER_MAX_LENGTH and _FORM_FIELD.match(content) is not None


def _form_follows(lines: Sequence[Line], start: int, end: int) -> bool:
    """Whether the label of a field of a comment form is among the next few non-blank lines."""
    seen = 0
    for index in range(start, end):
        content = lines[index].content
        if not content:
            continue
        if _is_form_field(content):
            return True
        seen += 1
        if seen >= FORM_REACH:
            return False
    return False


def _is_comment_prompt(content: str) -> bool:
    """Whether a line is one of the comment form or of an empty comments section."""
    return len(content) <= END_MARKER_MAX_LENGTH and _COMMENT_PROMPT.match(content) is not None


def _opens_comments(content: str) -> bool:
    """Whether a line opens the comments: their heading or count, the form, a comment's author."""
    if not content or len(content) > END_MARKER_MAX_LENGTH:
        return False
    text = unbulleted(content)
    return bool(
        _COMMENTS.match(text)
        or _COMMENT_HEADING.match(text)
        or _COMMENT_PROMPT.match(text)
        or _COMMENT_AUTHOR.search(text)
    )


def _ends_the_story(content: str, *, little_after: bool) -> bool:
    """Whether a line opens the comments or another part of the page under a story.

    A heading of other stories or of the share and tag lines ends it only when ``little_after``
    (little prose follows in the core): such a box may stand inside a story, too.
    """
    return _opens_comments(content) or (little_after and _follows_a_story(content))


def _follows_a_story(content: str) -> bool:
    """Whether a line opens a part of the page under a story other than the comments.

    A heading of other stories, of the share and tag lines or of the author's box, a line
    about the author, a newsletter box or a plea for support.
    """
    if not content:
        return False
    text = unbulleted(content)
    if len(content) > END_MARKER_MAX_LENGTH:
        return len(text) <= BIO_MAX_LENGTH and _AUTHOR_BIO.match(text) is not None
    return (
        _END_MARKER.match(text) is not None
        or (len(text) <= BIO_MAX_LENGTH and _AUTHOR_BIO.match(text) is not None)
        or _is_sign_up_box(text)
    )


def opens_what_follows(content: str) -> bool:
    """Whether a line opens the comments or another part of the page under a story.

    >>> opens_what_follows("Most Popular"), opens_what_follows("The ferry sailed at dawn.")
    (True, False)
    """
    return _ends_the_story(content, little_after=True)


def opens_other_stories(content: str) -> bool:
    """Whether a line opens the comments, a box of other stories or a link to the next one.

    Unlike :func:`opens_what_follows`, the story's own lines under it do not count: its tags,
    share buttons, the box about its author ("Tags" may stand over the date of the story).

    >>> opens_other_stories("Related stories"), opens_other_stories("Next article")
    (True, True)
    >>> opens_other_stories("Tags"), opens_other_stories("Share this article")
    (False, False)
    """
    if not content or len(content) > END_MARKER_MAX_LENGTH:
        return False
    text = unbulleted(content)
    return (
        _COMMENTS.match(text) is not None
        or _COMMENT_HEADING.match(text) is not None
        or _COMMENT_PROMPT.match(text) is not None
        or _COMMENT_AUTHOR.search(text) is not None
        or _BOX_HEADING.match(text) is not None
        or _NEXT_OR_PREVIOUS.match(text) is not None
    )


def _is_sign_up_box(text: str) -> bool:
    """Whether a line asks the reader to sign up for a newsletter or to support the site.

    A bare "Subscribe" may head a box inside a story; a newsletter prompt names the newsletter.
    """
    reason = boilerplate_reason(text)
    if reason == "newsletter prompt":
        folded = text.casefold()
        return any(word in folded for word in _NEWSLETTER_WORDS)
    return reason == "plea for support"


def _page_title(doc: Document) -> set[str]:
    """The normalised parts of the page title (the first line, as html-text writes it).

    None where the text does not start as html-text writes the ``<title>``: a line not
    indented, with a blank line under it. Other tools start with the page's own first line
    (its site name, a menu), which is no title of the story.
    """
    found = title_line(doc.lines)
    if found is None:
        return set()
    first = found.content
    parts = {first, *TITLE_SEPARATORS.split(first)}
    return {
        _normal(part)
        for part in parts
        if len(part) >= 8 and (part == first or not named_in_copyright(doc.lines, part))
    }


def _normal(text: str) -> str:
    return " ".join(_TOKEN.findall(text.casefold()))


#: How much each sign adds to a candidate headline's score. The signs are general shapes of a
#: page's header, and the weights were fitted (a conditional logit over each page's candidates,
#: cross-validated by page) on development pages, then rounded.
_WEIGHTS: Final = {
    "title": 3.0,  # matches the page title (html-text's first line)
    "first": 2.6,  # the first line of the text: a hand copy starts with its headline
    "first_title": 1.7,  # ... and it is a whole title (a hand copy's headline)
    "blank_before": 1.5,  # a block of its own: a blank line before it ...
    "blank_after": 1.7,  # ... and after it
    "less_indented": 1.5,  # less indented than the body (a heading outside the text column)
    "headline_length": 1.4,  # 4 to 25 words
    "quoted": 1.1,  # its text recurs inside a nearby line (a breadcrumb, a share text)
    "after_furniture": 0.65,  # the line above is a menu item or a short label
    "colon": 0.6,  # "Topic: what happened"
    "meta_after": 0.55,  # a byline or a date line follows
    "repeated": 0.4,  # the same line recurs on the page
    "lower_case": -1.6,  # starts in lower case: a tag list, a fragment
    "short": -1.6,  # fewer than three words
    "three_words": -0.6,
    "long": -0.9,  # more than 15 words: a standfirst more often than not
    "long_after": -0.6,  # a long line follows directly (a teaser's text, a standfirst's body)
    "short_after": -0.3,
    "sentence": -1.5,  # ends like a sentence: a candidate only right over a byline or date
}
#: Per non-blank line between a candidate and the first prose line, above and below it.
_ABOVE_COST: Final = 0.08
_BELOW_COST: Final = 0.4
#: A text with at most this many non-blank lines after the body core may be a hand copy of the
#: article part of a page, which starts with its headline; a whole page goes on for longer.
HAND_COPY_TAIL: Final = 20
#: A best candidate scoring less than this is no headline (precision first).
HEADLINE_MIN_SCORE: Final = 3.5
#: A page title (or its longest part) shown elsewhere on the page has at least this many words.
TITLE_MIN_WORDS: Final = 4
#: A line ending like a sentence is a candidate only if it has no more words than this.
SENTENCE_MAX_WORDS: Final = 20
#: A line following a candidate longer than this (characters) is a paragraph's worth.
_LONG_LINE: Final = 150


@attrs.frozen
class _Header:
    """What the headline search knows about the start of the body."""

    lines: Sequence[Line]
    features: Sequence[_Features]
    counts: Counter[str]
    first_prose: int
    core_end: int
    first_line: int
    title: set[str]
    normals: dict[int, str]
    blank_lines: bool
    """Whether the text sets its blocks apart by blank lines here."""
    meta: dict[int, bool]
    """Whether a line is a byline or a date line, by index, as far as asked (shared)."""
    hand_copy: bool
    """Whether the text ends soon after the core, as a copy of the article part does."""


def _find_headline(
    doc: Document,
    features: Sequence[_Features],
    counts: Counter[str],
    first_prose: int,
    core_end: int,
) -> int | None:
    """The most headline-like line close above the body (or just under a teaser), or ``None``.

    Each title-shaped line near the start of the body gets a score from the signs of a
    headline in and around it (:data:`_WEIGHTS`); the best one is the headline when it scores
    :data:`HEADLINE_MIN_SCORE` or more.

    The start of the body is the first prose line of the core. But teasers or a notice in
    prose may open the core above the story's own header: when the best line there has no
    byline or date line next to it and does not match the page title, a headline inside the
    first part of the core that has them is taken instead (:func:`_header_in_core`).
    """
    page = _Page(
        doc,
        features,
        counts,
        core_end,
        first_line=next((line.index for line in doc.lines if line.content), -1),
        title=_page_title(doc),
    )
    best = _best_candidate(page, first_prose)
    if best is None or not best.vouched:
        best = _header_in_core(page, first_prose, best) or best
    if best is None:
        return None
    box = _box_heading_above(doc.lines, first_prose)
    if box is not None and box < best.line < first_prose:
        over = _best_candidate(page, box, above_only=True)
        if (
            over is not None
            and over.score >= HEADLINE_MIN_SCORE
            and (over.vouched or over.score > best.score)
        ):
            best = over  # the best line was a title in a box of other stories over the body
    header = best.header
    if best.score < HEADLINE_MIN_SCORE:
        return _title_line_elsewhere(header)
    if best.line == header.first_line or header.normals[best.line] in _shown_title(header):
        return best.line
    elsewhere = _title_line_elsewhere(header)
    return best.line if elsewhere is None else elsewhere


def _box_heading_above(lines: Sequence[Line], first_prose: int) -> int | None:
    """The nearest heading of a box of other stories in the header window over the body."""
    for line in islice(non_blank(lines, first_prose, -1), HEADER_WINDOW):
        content = line.content
        if len(content) <= BOX_HEADING_MAX_LENGTH and _BOX_HEADING.match(unbulleted(content)):
            return line.index
    return None


@attrs.frozen
class _Page:
    """What the headline search knows about the whole page."""

    doc: Document
    features: Sequence[_Features]
    counts: Counter[str]
    core_end: int
    first_line: int
    title: set[str]
    shaped: dict[int, bool] = attrs.field(factory=dict)
    """Whether a line has the shape of a headline (:func:`_may_be_headline`), as far as asked."""
    meta: dict[int, bool] = attrs.field(factory=dict)
    """Whether a line is a byline or a date line, as far as asked."""
    normals: dict[int, str] = attrs.field(factory=dict)
    """The normalised text of lines, as far as asked."""

    @property
    def hand_copy(self) -> bool:
        """Whether few lines follow the core: a copy of the article part ends with its story."""
        tail = 0
        for line in self.doc.lines[self.core_end :]:
            tail += bool(line.content)
            if tail > HAND_COPY_TAIL:
                return False
        return True

    def normal(self, index: int) -> str:
        """The normalised text of a line (:func:`_normal`), remembered."""
        found = self.normals.get(index)
        if found is None:
            found = self.normals[index] = _normal(self.doc.lines[index].content)
        return found


class _Candidate(NamedTuple):
    """The best headline candidate around one start of the body."""

    score: float
    line: int
    vouched: bool
    """Whether a byline or date line follows it, a date line is just above it, or it matches
    the page title."""
    header: _Header


#: A headline inside the core is looked for above at most this many later runs of prose ...
MAX_ANCHORS: Final = 2
#: ... each with less than this share of the core's score above it.
ANCHOR_SHARE: Final = 0.4
#: A line this many non-blank lines under a headline, or fewer, may be its standfirst or the
#: caption of its picture.
UNDER_HEADLINE_LINES: Final = 2


def _header_in_core(page: _Page, first_prose: int, found: _Candidate | None) -> _Candidate | None:
    """A headline inside the first part of the core, with a byline or date line next to it.

    Above each of the next few runs of prose in the core (:data:`MAX_ANCHORS`, in its first
    :data:`ANCHOR_SHARE`), the best line below the first prose line is taken when it scores
    :data:`HEADLINE_MIN_SCORE` or more and is vouched for. Not when the headline ``found``
    above scores that much and either lies close above it, with no other title between (the
    line inside is then the caption under its standfirst), or has a byline or date line, or a
    heading of other stories ("Related", "Mehr zum Thema"), between the two (the line inside
    is then a related story's).
    """
    lines = page.doc.lines
    for anchor in _later_anchors(lines, page.features, first_prose, page.core_end):
        inside = _best_candidate(page, anchor, below=first_prose)
        if inside is None or inside.score < HEADLINE_MIN_SCORE or not inside.vouched:
            continue
        if (
            found is not None
            and found.score >= HEADLINE_MIN_SCORE
            and (
                _close_under(lines, found.line, inside.line)
                or _meta_between(page, found.line, inside.line)
            )
        ):
            return None  # a standfirst or a caption under the headline, or a related story
        return inside
    return None


def _later_anchors(
    lines: Sequence[Line], features: Sequence[_Features], first_prose: int, core_end: int
) -> list[int]:
    """The first lines of the runs of prose after the first one, in the first part of the core."""
    total = sum(f.score for f in features[first_prose:core_end] if f.score > 0)
    found: list[int] = []
    seen = 0.0
    previous_prose = True
    for index in range(first_prose, core_end):
        feature = features[index]
        if not lines[index].content:
            continue
        if feature.prose and not previous_prose:
            if seen >= ANCHOR_SHARE * total:
                break
            found.append(index)
            if len(found) >= MAX_ANCHORS:
                break
        previous_prose = feature.prose
        seen += max(feature.score, 0.0)
    return found


def _close_under(lines: Sequence[Line], headline: int, index: int) -> bool:
    """Whether a line is close under a headline: few lines between, none of them a title."""
    between = [line.content for line in lines[headline + 1 : index] if line.content]
    return len(between) <= UNDER_HEADLINE_LINES and not any(map(looks_like_title, between))


def _meta_between(page: _Page, start: int, end: int) -> bool:
    """Whether a byline or date line, or a heading of other stories, lies between two lines."""
    lines = page.doc.lines
    return any(
        lines[index].content
        and (
            _is_meta_line(lines, index, page.meta)
            or _END_MARKER.match(unbulleted(lines[index].content)) is not None
        )
        for index in range(start + 1, end)
    )


def _best_candidate(
    page: _Page, first_prose: int, *, below: int = -1, above_only: bool = False
) -> _Candidate | None:
    """The best scoring candidate around one start of the body (only lines after ``below``).

    With ``above_only``, only the lines above ``first_prose`` are candidates.
    """
    lines = page.doc.lines
    first_line = page.first_line
    candidates = [(first_prose, 0), *_around(lines, first_prose)]
    if above_only:
        candidates = [(index, distance) for index, distance in candidates if distance > 0]
        if not candidates:
            return None
    top = min(index for index, _ in candidates)
    bottom = max(index for index, _ in candidates)
    header = _Header(
        lines,
        page.features,
        page.counts,
        first_prose,
        page.core_end,
        first_line=first_line,
        title=page.title,
        normals={index: page.normal(index) for index, _ in candidates},
        blank_lines=any(not line.content for line in lines[top:bottom]),
        meta=page.meta,
        hand_copy=page.hand_copy,
    )
    shaped = page.shaped
    for index, _ in candidates:
        if index > below and index not in shaped:
            shaped[index] = _may_be_headline(_title_part(lines[index].content))
    for index, _ in candidates:
        if shaped.get(index) and _ends_with_title(header, index):
            shaped[index] = False
    signs = [
        (
            index,
            distance,
            _shape_signs(_title_part(lines[index].content)) | _place_signs(header, index),
        )
        for index, distance in candidates
        if index > below and shaped[index]
    ]
    signs += [
        (
            index,
            distance,
            {"sentence"} | _shape_signs(lines[index].content) | _place_signs(header, index),
        )
        for index, distance in candidates
        if index > below and not shaped[index] and _sentence_over_meta(header, index)
    ]
    title_line = lines[first_line].content if first_line >= 0 else ""
    shown = {_main_title_part(title_line), _normal(title_line)}
    if any("title" in found and header.normals[index] in shown for index, _, found in signs):
        # the page shows the title (or its main part): the title line does not vouch for itself
        for _, _, found in signs:
            found.discard("first_title")
    best: tuple[float, int, set[str]] | None = None
    for index, distance, found in signs:
        score = sum(_WEIGHTS[sign] for sign in found)
        score -= distance * _ABOVE_COST if distance >= 0 else -distance * _BELOW_COST
        if best is None or score > best[0]:
            best = (score, index, found)
    if best is None:
        return None
    score, index, found = best
    vouched = (
        "meta_after" in found
        or "title" in found
        or bool(_dates_above(lines, index, day_first=False))
    )
    return _Candidate(score, index, vouched, header)


#: A breadcrumb trail's first crumb, the home page ("Startseite", "Home"), or its lead words
#: ("Sie sind hier:"), at the start of a line.
_CRUMB_ROOT: Final = regex.compile(
    r"(?i:" + "|".join(map(regex.escape, CRUMB_ROOTS)) + r")(?=[\s:>»/|]|\p{Lu})"
)

#: The separators of a breadcrumb trail.
_CRUMB_MARK: Final = regex.compile(r"\s[/>»›→|]\s")


def _ends_with_title(header: _Header, index: int) -> bool:
    """Whether a line is a breadcrumb trail that ends with another candidate's text.

    Text tools print a trail without its separators ("Startseite Sterne Plejaden, M45"): a
    line that opens with the home page's crumb and ends with the text of another line near
    the body (the headline shown on its own) is the trail, not the headline.
    """
    content = unbulleted(header.lines[index].content)
    if _CRUMB_ROOT.match(content) is None or _CRUMB_MARK.search(content) is not None:
        return False  # a trail with its separators is cut by the headline detector
    normal = header.normals[index]
    return any(
        other != index and text and normal.endswith(" " + text)
        for other, text in header.normals.items()
    )


def _title_part(content: str) -> str:
    """A line's text without a section's name and date line glued after its title."""
    return title_before_meta(content) or content


def _shown_title(header: _Header) -> set[str]:
    """The page title and its longest part, as a page would show them, normalised.

    Only where the first line is written as html-text writes the ``<title>`` (not indented,
    a blank line under it), and only of :data:`TITLE_MIN_WORDS` words or more.
    """
    found = title_line(header.lines)
    if found is None:
        return set()
    title = found.content
    parts = (_normal(title), _main_title_part(title))
    return {part for part in parts if len(part.split()) >= TITLE_MIN_WORDS}


def _title_line_elsewhere(header: _Header) -> int | None:
    """The line nearest the body that shows the page title, anywhere on the page, or ``None``.

    The headline a page shows is most often its title, or the title's longest part (the
    rest is the site's name); a page that opens its text with teasers can show it far from
    the line where the body's prose starts. The title line itself is not counted.
    """
    wanted = _shown_title(header)
    if not wanted:
        return None
    shortest = min(map(len, wanted))
    longest = max(map(len, wanted))
    first_prose = header.first_prose
    found: int | None = None
    for line in header.lines[header.first_line + 1 : header.core_end]:
        if (
            shortest <= len(line.content) <= 2 * longest
            and (found is None or abs(line.index - first_prose) < abs(found - first_prose))
            and _normal(line.content) in wanted
        ):
            found = line.index
    return found


def _shape_signs(content: str) -> set[str]:
    """The signs of a headline in the line's own words."""
    words = len(content.split())
    found = set()
    if words < 3:
        found.add("short")
    elif words == 3:
        found.add("three_words")
    elif words <= 25:
        found.add("headline_length")
    if words > 15:
        found.add("long")
    if content[:1].islower():
        found.add("lower_case")
    if ":" in content:
        found.add("colon")
    return found


def _place_signs(header: _Header, index: int) -> set[str]:
    """The signs of a headline around the line: the title, blank lines, its neighbours."""
    lines = header.lines
    line = lines[index]
    normal = header.normals[index]
    found = set()
    first = index == header.first_line
    if first and header.hand_copy:
        found.add("first")
    if (not first or (header.hand_copy and len(line.content.split()) >= 4)) and (
        normal in header.title
        or (
            len(normal) > 15
            and (len(normal.split()) >= TITLE_MIN_WORDS or _UNSPACED.search(normal) is not None)
            and any(normal in part for part in header.title)
        )
    ):
        found.add("first_title" if first else "title")
    if not header.blank_lines or (index > 0 and not lines[index - 1].content):
        found.add("blank_before")
    if not header.blank_lines or (index + 1 < len(lines) and not lines[index + 1].content):
        found.add("blank_after")
    if line.indent < lines[header.first_prose].indent:
        found.add("less_indented")
    if len(normal) > 15 and any(
        other != index and normal in text for other, text in header.normals.items()
    ):
        found.add("quoted")
    if header.counts[line.content] > 1:
        found.add("repeated")
    if _meta_follows(header, index):
        found.add("meta_after")
    before = _neighbour(lines, index, -1)
    if before is not None and header.features[before].furniture:
        found.add("after_furniture")
    after = _neighbour(lines, index, 1)
    following = lines[after].content if after is not None else ""
    if len(following) > _LONG_LINE:
        found.add("long_after")
    elif following and len(following.split()) <= 3:
        found.add("short_after")
    return found


def _sentence_over_meta(header: _Header, index: int) -> bool:
    """Whether a line ending like a sentence may still be a headline ("They just might be.").

    Only a short block of its own (at most :data:`SENTENCE_MAX_WORDS` words) right over a
    byline or date line, and not under prose; its score bears the ``sentence`` sign.
    """
    lines = header.lines
    content = lines[index].content
    if not content.endswith((".", "…")) or not 4 <= len(content.split()) <= SENTENCE_MAX_WORDS:
        return False
    if content.rstrip(".…").endswith((",", ";", ":")):
        return False  # a fragment cut short
    if header.blank_lines and (
        lines[index - 1].content or (index + 1 < len(lines) and lines[index + 1].content)
    ):
        return False
    after = _neighbour(lines, index, 1)
    if after is None or not _is_meta_line(lines, after, header.meta):
        return False
    before = _neighbour(lines, index, -1)
    if before is not None and header.features[before].prose:
        return False
    if (
        before is not None
        and len(lines[before].content.split()) >= TITLE_MIN_WORDS
        and _may_be_headline(lines[before].content)
    ):
        return False  # a title over it: the sentence is its standfirst
    return not (
        LIST_ITEM.match(content)
        or _is_meta(content)
        or _CREDIT.search(content)
        or boilerplate_reason(content) is not None
    )


def _may_be_headline(content: str) -> bool:
    """Whether a line has the shape of a headline and is none of the other header lines."""
    return not (
        LIST_ITEM.match(content)
        or not looks_like_title(content)
        or _is_meta(content)
        or boilerplate_reason(content) is not None
        or _mostly_symbols(content)
        or is_share_line(content)
        or parse_meta_line(content) is not None
        or _CREDIT.search(content)
        or is_job_title(content)
        or is_reading_time(content)
        or _is_notice(content)
        or AgencyTable.default().find(content) is not None  # a credit line: "Press Association"
    )


def _neighbour(lines: Sequence[Line], index: int, step: int) -> int | None:
    """The index of the nearest non-blank line before (``step=-1``) or after (``1``) a line."""
    position = index + step
    while 0 <= position < len(lines):
        if lines[position].content:
            return position
        position += step
    return None


def _main_title_part(title: str) -> str:
    """The longest part of a "Headline | Site" title, normalised."""
    return _normal(main_title_part(title))


def _meta_follows(header: _Header, index: int) -> bool:
    """Whether a byline or a date line comes within the next two non-blank lines."""
    lines = header.lines
    seen = 0
    position = index
    while position + 1 < len(lines) and seen < 2:
        position += 1
        content = lines[position].content
        if not content:
            continue
        if position >= header.first_prose and seen:
            return False
        seen += 1
        if _EMBED_CREDIT.search(content):
            return False  # "— Ana Lima (@analima) May 2, 2021": the end of an embedded post
        if _is_meta_line(lines, position, header.meta):
            return True
        if seen == 1 and position < header.first_prose and _name_alone(header, position):
            return True  # the author's name alone, right under the headline
    return False


#: A line under a name alone with a writer's job as its first or last word and at most this
#: many words is the name's job title ("Games Editor", "Redakteurin Wirtschaft").
_JOB_LINE_MAX_WORDS: Final = 4


def _name_alone(header: _Header, index: int) -> bool:
    """Whether a line is an author's name alone: a personal name that no title follows.

    A name over its job title, a date, share buttons or the story's text is the byline's; a
    section's name ("Wide Angle") over a title or a list has the shape of a name too.
    """
    lines = header.lines
    content = lines[index].content
    if "  " in content or not looks_like_a_name_alone(content):
        return False  # not the head of a table's columns ("Film    Year    Description")
    after = _neighbour(lines, index, 1)
    if after is None:
        return False
    following = lines[after].content
    words = following.casefold().split()
    return (
        header.features[after].prose
        or is_job_title(following)
        or (len(words) <= _JOB_LINE_MAX_WORDS and (words[0] in JOB_WORDS or words[-1] in JOB_WORDS))
        or is_share_line(following)
        or _is_meta_line(lines, after, header.meta)
    )


def _is_meta_line(lines: Sequence[Line], index: int, known: dict[int, bool]) -> bool:
    """Whether a non-blank line is a byline or a date line (remembered in ``known``)."""
    found = known.get(index)
    if found is None:
        content = lines[index].content
        found = known[index] = _is_meta(content) or parse_meta_line(content) is not None
    return found


def _around(lines: Sequence[Line], first_prose: int) -> list[tuple[int, int]]:
    """The candidate lines and their distance from the first prose line.

    Up to :data:`HEADER_WINDOW` non-blank lines above it (distance 1, 2, ...) and
    :data:`HEADER_LOOKAHEAD` below it (distance -1, -2, ...).
    """
    found: list[tuple[int, int]] = []
    index, seen = first_prose, 0
    while index > 0 and seen < HEADER_WINDOW:
        index -= 1
        if lines[index].content:
            seen += 1
            found.append((index, seen))
    index, seen = first_prose, 0
    while index + 1 < len(lines) and seen < HEADER_LOOKAHEAD:
        index += 1
        if lines[index].content:
            seen += 1
            found.append((index, -seen))
    return found


def _mostly_symbols(text: str) -> bool:
    """Whether fewer than three in five of the characters (spaces aside) are letters."""
    letters = sum(1 for char in text if char.isalpha())
    return letters * 5 < (len(text) - text.count(" ")) * 3


def _is_meta(text: str) -> bool:
    """Whether a title-shaped line is a byline, a date line or a list of tags instead.

    A headline may mention a date ("Report of 22.04.2020 ..."); a line that is mostly a date
    is not a headline.
    """
    if _META_MARKS.search(text) or parse_byline(text) is not None:
        return True
    if _BYLINE_LEAD.match(text) and len(text.split()) <= BYLINE_MAX_WORDS:
        return not _topic_title(text)
    if _DIGIT.search(text) is None:
        return False  # every date has a digit; skip the long search
    if _RELATIVE_TIME.match(text):
        return True
    date = DATE_SEARCH.search(text)
    return date is not None and (date.end() - date.start()) * 5 >= len(text) * 2


def _topic_title(text: str) -> bool:
    """Whether a line opening with a byline's lead word is a "Topic: title" headline instead.

    Its topic, before the colon, is no personal name, and a title of three words or more
    without a digit follows ("Von Netzwerken lernen: Ein Modell für Lokalblogs").
    """
    found = _TOPIC_TITLE.match(text)
    return found is not None and not is_personal_name(found.group(1))


def _byline_above(lines: Sequence[Line], top: int) -> int | None:
    """The nearest line above ``top`` that opens with a byline's lead word and reads as one.

    Only :data:`BYLINE_REACH` non-blank lines up, and only a line that says "By" (or "Von",
    "Par", ...): a bare name or a bare date up there may be a teaser's.
    """
    for line in islice(non_blank(lines, top, -1), BYLINE_REACH):
        if starts_with_lead(line.content) and _reads_as_byline(lines, line.index):
            return line.index
    return None


def _reads_as_byline(lines: Sequence[Line], index: int) -> bool:
    """Whether the byline or metadata detectors would take the line for a byline."""
    content = lines[index].content
    if is_lone_lead(content):  # "By" alone, the name on the next line of the block
        following = lines[index + 1].content if index + 1 < len(lines) else ""
        return bool(following) and parse_byline(f"{content} {following}") is not None
    if parse_byline(content) is not None:
        return True
    meta = parse_meta_line(content)
    return meta is not None and meta.byline is not None


def _header_top(lines: Sequence[Line], features: Sequence[_Features], core_start: int) -> int:
    """Without a headline, take in the few non-list lines just above the core."""
    top = core_start
    seen = 0
    index = core_start
    while index > 0 and seen < 6:
        index -= 1
        if not lines[index].content:
            continue
        if LIST_ITEM.match(lines[index].content) or features[index].score < -40:
            break
        seen += 1
        top = index
    return top


def _dates_above(lines: Sequence[Line], headline: int, *, day_first: bool) -> tuple[int, ...]:
    """The date and metadata lines among the few short lines just above the headline.

    Many pages put the date over the title (``Published: 30 January 2017``, a share button and
    a kicker between). The look is short: :data:`DATES_ABOVE_REACH` non-blank lines, each of them
    short, so that the date at the top of the site's menu is not taken for the article's; a
    row of share buttons or a bare list mark between is not counted. Two or more dates there
    are the end of a list of dated teasers, and none is taken.
    """
    found: list[int] = []
    seen = 0
    index = headline
    while index > 0 and seen < DATES_ABOVE_REACH:
        index -= 1
        content = lines[index].content
        if not content:
            continue
        text = unbulleted(content)
        if not any(map(str.isalnum, text)) or is_share_line(text):
            continue  # a bare list mark ("*"), a share row
        seen += 1
        if len(content) > DATES_ABOVE_MAX_LENGTH:
            break
        if dates_in_line(unmarked(content), day_first=day_first) is not None:
            found.append(index)  # a date line, or a metadata line ("Energie 12.12.2022")
    # Two dates over the headline: the end of a list of dated teasers, not the article's date.
    return tuple(found) if len(found) == 1 else ()
