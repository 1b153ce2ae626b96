"""Which language a text is written in, as far as newsparse needs to know.

newsparse reads the same grammar in every language; the one thing that depends on the
language is the order of a numeric date. ``06.11.23`` and ``03/05/2022`` are the 6th of
November and the 3rd of May on a German or Portuguese page, and ambiguous on an English one
(6 November in London, 11 June in Boston). The guess counts the function words of each
language (:mod:`newsparse.vocab.stopwords`) in the start of the text; it is cheap, needs no
language data, and gives up (``None``) when the evidence is thin or split.

>>> guess_language("Der Rat hat am Dienstag beschlossen, dass die Brücke über den Fluss "
...     "im Frühjahr für den Verkehr geschlossen wird und die Arbeiten bis zum Herbst dauern.")
'de'
>>> guess_language("Menu Home Contact") is None
True
"""

from __future__ import annotations

from collections import Counter
from typing import Final

from newsparse.vocab.stopwords import LANGUAGES_OF

#: How much of the text is read (characters from the start).
SAMPLE: Final = 20_000
#: The fewest function words the winning language needs ...
MIN_WORDS: Final = 12
#: ... and how many times more than the runner-up it must have.
MARGIN: Final = 1.5
#: Languages that write numeric dates day first (``day.month.year``, ``day/month/year``).
DAY_FIRST: Final = frozenset({"de", "fr", "es", "it", "pt", "nl"})


def guess_language(text: str) -> str | None:
    """The language whose function words are most frequent in ``text``, or ``None``.

    Only the first :data:`SAMPLE` characters are read, split at white space (a word with
    punctuation on it is not counted: there are enough without). A word shared by several languages
    ("de", "a", "in") counts for each of them; the winner needs :data:`MIN_WORDS` words and
    :data:`MARGIN` times the count of the next language.
    """
    counts: Counter[str] = Counter()
    for word, times in Counter(text[:SAMPLE].casefold().split()).items():
        for language in LANGUAGES_OF.get(word, ()):
            counts[language] += times
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_WORDS:
        return None
    if len(ranked) > 1 and ranked[0][1] < MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]


def writes_day_first(language: str | None) -> bool:
    """Whether numeric dates in ``language`` put the day first (``None``: not known, no).

    >>> writes_day_first("de"), writes_day_first("en"), writes_day_first(None)
    (True, False, False)
    """
    return language in DAY_FIRST
