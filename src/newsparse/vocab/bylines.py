"""Words of bylines: the lead words, name particles and the words that mark a role."""

from __future__ import annotations

from typing import Final

#: Words that open a byline, lower case.
LEAD_WORDS: Final[tuple[str, ...]] = (
    "by", "posted by", "written by", "words by", "story by", "text by", "author", "authors", "von",
    "text von", "autor", "autorin", "par", "auteur", "por", "autora", "di", "autore", "door",
)  # fmt: skip

#: Lower-case words that may stand inside a personal name.
PARTICLES: Final[frozenset[str]] = frozenset(
    {"de", "da", "das", "do", "dos", "del", "della", "der", "den", "van", "von", "zu", "al",
     "el", "bin", "ibn", "bint", "le", "la", "di", "du", "st", "ter", "ten", "y", "e", "af"}
)  # fmt: skip

#: Words that make a byline part a role or affiliation rather than a name (lower case).
ROLE_WORDS: Final[frozenset[str]] = frozenset(
    {"writer", "correspondent", "reporter", "editor", "staff", "columnist", "contributor",
     "contributing", "special", "bureau", "chief", "senior", "photographer", "producer",
     "analyst", "critic", "journalist", "author", "freelance", "freelancer", "intern",
     "director", "president", "professor", "fellow", "researcher", "host", "anchor",
     "commentator", "business", "political", "economics", "sports", "science", "health",
     "technology", "tech", "foreign", "diplomatic", "defence", "defense", "legal", "security",
     "environment", "investigations", "investigative", "associate", "deputy", "managing",
     "executive", "national", "international", "news", "newsroom", "desk", "team", "to",
     "for", "at", "of", "with", "the", "press", "times", "post", "journal",
     "herald", "tribune", "daily", "gazette", "magazine", "network", "media", "agency",
     "wire", "service", "services", "online", "digital", "radio", "television", "tv",
     "reporting", "contributed"}
)  # fmt: skip
