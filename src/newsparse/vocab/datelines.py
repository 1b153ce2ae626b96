"""Words of datelines: capitalised lead-ins that look like a place but are not one."""

from __future__ import annotations

from typing import Final

#: All-capitals words that open a paragraph with a colon or dash but are not places, lower case.
NOT_PLACES: Final[frozenset[str]] = frozenset(
    {"update", "updated", "breaking", "breaking news", "exclusive", "watch", "listen", "video",
     "photos", "photo", "pictures", "live", "note", "editor's note", "editors note", "correction",
     "clarification", "analysis", "opinion", "comment", "review", "interview", "q", "a", "faq",
     "warning", "alert", "urgent", "flash", "advisory", "new", "read", "more", "also", "see",
     "related", "source", "sources", "graphic", "graphics", "factbox", "timeline", "explainer",
     "fact check", "wrapup", "wrap", "recasts", "adds", "corrected", "refile", "update 1",
     "update 2", "update 3", "ap", "afp", "dpa", "ok", "faqs", "tl;dr", "tldr", "ps", "p.s.",
     "nb", "n.b.", "fyi", "spoiler", "disclaimer", "disclosure", "summary", "background",
     "context", "why", "what", "how", "who", "when", "where"}
)  # fmt: skip
