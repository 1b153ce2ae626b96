"""Words of bylines: the lead words, name particles and the words that mark a role."""

from __future__ import annotations

from typing import Final

#: Words that open a byline, lower case.
LEAD_WORDS: Final[tuple[str, ...]] = (
    "by", "posted by", "written by", "words by", "story by", "text by", "author", "authors", "von",
    "text von", "autor", "autorin", "par", "auteur", "por", "autora", "di", "autore", "door",
    # "posted by" and "written by" in the other languages
    "veröffentlicht von", "geschrieben von", "ein beitrag von", "beitrag von", "publié par",
    "écrit par", "publicado por", "escrito por", "pubblicato da", "scritto da",
    "gepubliceerd door", "geschreven door",
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
     "reporting", "contributed", "agência", "agencia", "agence", "agentur", "redaktion",
     "redacción", "redação", "rédaction", "redazione", "redactie"}
)  # fmt: skip

#: Words of page furniture that a line of capitalised words may hold but a personal name does
#: not ("Enlarge Image", "Leave a Comment", "Car Reviews"), lower case. A bare name on a line
#: (with no "By" before it) is not taken when it has one of them.
NOT_NAME_WORDS: Final[frozenset[str]] = frozenset(
    {"image", "images", "photo", "photos", "picture", "pictures", "video", "videos",
     "gallery", "enlarge", "buy", "share", "sharing", "button", "buttons", "sponsored",
     "advertisement", "ad", "ads", "review", "reviews", "article", "articles", "story",
     "stories", "storys", "post", "posts", "comment", "comments", "reply", "text", "size",
     "font", "log", "login", "logout", "sign", "register", "subscribe", "subscription",
     "newsletter", "print", "email", "mail", "follow", "followers", "more", "read", "next",
     "previous", "prev", "newer", "older", "sport", "sports", "live", "update", "updates",
     "home", "menu", "search", "contact", "about", "privacy", "terms", "cookies", "license",
     "licence", "policy", "top", "latest", "popular", "related", "trending", "recommended",
     "topics", "tags", "category", "categories", "archive", "archives", "page", "pages",
     "edition", "weather", "traffic", "events", "shop", "store", "deals", "jobs", "careers",
     "podcast", "podcasts", "opinion", "editorial", "obituaries", "classifieds", "download",
     "app", "apps", "watch", "listen", "click", "view", "views", "like", "likes", "tweet",
     "facebook", "twitter", "instagram", "linkedin", "whatsapp", "pinterest", "youtube",
     "reddit", "rss", "feed", "meldungen", "artikel", "teilen", "kommentar", "kommentare",
     "bild", "bilder", "foto", "fotos", "anzeige", "werbung", "mehr", "weiterlesen",
     "drucken", "suche", "startseite", "partager", "commentaires", "compartir", "comentarios",
     "condividi", "commenti", "compartilhar", "comentários", "delen", "reacties",
     # the languages of a language switch
     "english", "deutsch", "français", "francais", "español", "espanol", "italiano",
     "português", "portugues", "nederlands"}
)  # fmt: skip
