"""How a line of a page scores: prose or furniture.

Every line gets :class:`LineFeatures`: prose (long, ending like a sentence, dense in function
words of its language, or in a script written without spaces) scores its length; furniture
(list bullets, short lines, lines repeated elsewhere in the page) scores below zero. The
runs of lines the rest of the analysis weighs are sums of these scores.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, NamedTuple

import regex

from newsparse.dates import DATE_SEARCH, MONTHS
from newsparse.detectors.byline import (
    is_personal_name,
    parse_byline,
)
from newsparse.document import Line
from newsparse.titles import (
    LIST_ITEM,
    SENTENCE_END,
    looks_like_title,
)
from newsparse.vocab.stopwords import STOPWORDS
from newsparse.vocab.webpage import (
    SITE_NOTICES,
    SITE_WORDS,
)

_WORD: Final = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")
UNSPACED: Final = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
SENTENCE_END_MARKS: Final = SENTENCE_END + ")"
_DIGIT: Final = regex.compile(r"\d")
#: A year in an archive's list of months ("August 2012").
_YEAR: Final = regex.compile(r"(?:19|20)\d\d")
_CLOSING_QUOTES: Final = frozenset('"”’»')
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
_BYLINE_LEAD: Final = regex.compile(r"\A(?:by|von|par|por)\s", regex.IGNORECASE)
#: A title after a colon: three words or more without a digit ("By the numbers: How the
#: harbour was rebuilt"), not a role or a date after a name ("By Ana Lima: 12.03.2021").
_TOPIC_TITLE: Final = regex.compile(r"\A\S+\s+([^:]+):\s+[^\d:]*?\S+\s+\S+\s+[^\d:]*\Z")
#: A line of prose, a story's, has at least this many words: a comments heading marks a page,
#: or ends a text that is no page, only after one (a hand copy's header may say "22 Comments").
PROSE_MIN_WORDS: Final = 12
#: A line longer than this needs two notice phrases to be taken for a site notice.
NOTICE_MAX_LENGTH: Final = 250
#: A line that starts like a byline ("By", "Von") with more words than this can be a headline
#: ("Von der Leyen will ...").
BYLINE_MAX_WORDS: Final = 8
#: A date line (over a headline, under a commenter's name) is no longer than this.
DATES_ABOVE_MAX_LENGTH: Final = 80


class LineFeatures(NamedTuple):
    """What the analysis knows of one line."""

    score: float
    """Above zero for prose (about its length), below zero for furniture, zero for blanks."""
    furniture: bool
    """A list item, a short line or a line repeated elsewhere in the page."""
    prose: bool
    """A line of the story's kind: long, ending like a sentence, dense in function words."""


def line_features(line: Line, *, repeated: bool) -> LineFeatures:
    """Score one line; ``repeated`` tells whether the page shows the same line elsewhere."""
    content = line.content
    if not content:
        return LineFeatures(0.0, furniture=False, prose=False)
    bullet = LIST_ITEM.match(content)
    text = content[bullet.end() :] if bullet else content
    words = _WORD.findall(text.casefold())
    alphanumeric = len("".join(words))
    unspaced = 0 if text.isascii() or not UNSPACED.search(text) else len(UNSPACED.findall(text))
    effective = len(words) + unspaced // 2
    ends = text[-1] in SENTENCE_END_MARKS and not (
        text[-1] in _CLOSING_QUOTES and len(text) > 1 and text[-2].isalnum()
    )  # a quote closed after a word ends a headline ('... the separation of powers’)
    cut = text[-1] == "…" and len(text) > 1 and text[-2].isalpha()
    if cut:  # a title cut short by the site, a teaser's ("Storm closes the harbour unt…")
        ends = not looks_like_title(text[:-1])
    symbols = alphanumeric * 2 < len(text) - text.count(" ")
    titled = not ends and (
        (effective <= 25 and (cut or looks_like_title(text)))
        or (effective > 25 and not unspaced and _title_cased(text))
    )
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
    elif (prose or (effective >= 5 and ends)) and is_notice(text):
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
    return LineFeatures(score, furniture, prose)


#: A line of this share of capitalised words or more (of those that start with a letter) is in
#: title case: teaser titles glued together, not prose.
TITLE_CASE_SHARE: Final = 0.8
#: ... and fewer than one comma per this many words (a list of names has more).
TITLE_CASE_WORDS_PER_COMMA: Final = 5


def _title_cased(text: str) -> bool:
    """Whether nearly every word of a line starts with a capital: titles run together.

    "Storm Closes The Harbour For A Week Ferry Returns To Millbrook At Dawn ..."; prose, even
    German prose, capitalises far fewer of its words.
    """
    words = [word for word in text.split() if word[0].isalpha()]
    if text.count(",") * TITLE_CASE_WORDS_PER_COMMA >= len(words):
        return False  # a list of names or of titles that a sentence gives ("Films: Ab, Cd, ...")
    upper = sum(1 for word in words if word[0].isupper())
    return bool(words) and upper >= TITLE_CASE_SHARE * len(words)


def is_notice(text: str) -> bool:
    """Whether a line is a site notice: a notice phrase in a short line, or beside site words."""
    folded = text.casefold()
    if not any(notice in folded for notice in SITE_NOTICES):
        return False
    return len(text) < NOTICE_MAX_LENGTH or any(words in folded for words in SITE_WORDS)


def densest_run(features: Sequence[LineFeatures]) -> tuple[int, int] | None:
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


def best_runs_after(
    lines: Sequence[Line], features: Sequence[LineFeatures], start: int, end: int
) -> list[float]:
    """For each line of ``[start, end)``, the score of the best run at or after it.

    A run is of lines in a row that all score above zero (blank lines do not break it), as
    :func:`longest_run` counts them; one pass from the end.
    """
    best = [0.0] * (end - start + 1)
    run = 0.0
    for index in range(end - 1, start - 1, -1):
        if lines[index].content:
            score = features[index].score
            run = run + score if score > 0 else 0.0
        best[index - start] = max(best[index - start + 1], run)
    return best


def longest_run(
    lines: Sequence[Line], features: Sequence[LineFeatures], start: int, end: int
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


def positive_score(features: Sequence[LineFeatures], start: int, end: int) -> float:
    """The total score of the lines ``[start, end)`` that score above zero."""
    return sum(f.score for f in features[start:end] if f.score > 0)


def normal_words(text: str) -> str:
    """The words of ``text``, casefolded and joined by single spaces (to compare titles)."""
    return " ".join(_TOKEN.findall(text.casefold()))


def neighbour(lines: Sequence[Line], index: int, step: int) -> int | None:
    """The index of the nearest non-blank line before (``step=-1``) or after (``1``) a line."""
    position = index + step
    while 0 <= position < len(lines):
        if lines[position].content:
            return position
        position += step
    return None


def mostly_symbols(text: str) -> bool:
    """Whether fewer than three in five of the characters (spaces aside) are letters."""
    letters = sum(1 for char in text if char.isalpha())
    return letters * 5 < (len(text) - text.count(" ")) * 3


def is_meta(text: str) -> bool:
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
