"""The lines that mark a page's parts: comments, boxes of other stories, forms, tags.

Each pattern is built once from the word lists in :mod:`newsparse.vocab.webpage`, so a new
language or wording is a vocabulary change, not a code change.
"""

from __future__ import annotations

from typing import Final

import regex

from newsparse.vocab.bylines import AUTHOR_BOX_TITLES
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
    END_MARKERS,
    NEXT_AND_PREVIOUS,
    TAG_LABELS,
)

COMMENTS: Final = regex.compile(
    r"\A(?:(?:(?:{leads})\s+)?\d+\s+)?(?:".format(
        leads="|".join(regex.escape(lead) for lead in COMMENT_COUNT_LEADS)
    )
    + "|".join(regex.escape(marker) for marker in COMMENT_MARKERS)
    + r")(?:\s*\(\d+\)|\s+\d+)?\s*:?\Z",
    regex.IGNORECASE,
)
COMMENT_AUTHOR_LINE: Final = regex.compile(COMMENT_AUTHOR, regex.IGNORECASE)
ACCOUNT_LINK: Final = regex.compile(
    r"\A(?:{links})(?:\s*(?:/|\||\bor\b)\s*(?:{links}))?\Z".format(
        links="|".join(regex.escape(link) for link in ACCOUNT_LINKS)
    ),
    regex.IGNORECASE,
)
COMMENT_HEADING_LINE: Final = regex.compile(COMMENT_HEADING, regex.IGNORECASE)
AUTHOR_BIO_LINE: Final = regex.compile(AUTHOR_BIO, regex.IGNORECASE)
#: A newsletter box under a story names the newsletter (a bare "Subscribe" may head a box
#: inside the story).
NEWSLETTER_WORDS: Final = ("newsletter", "inbox", "posteingang", "postfach")
END_MARKER: Final = regex.compile(
    r"\A(?:"
    + "|".join(regex.escape(marker) for marker in END_MARKERS)
    + r")(?:\s*\(\d+\)|\s+\d+)?\s*(?::|\.\.\.|…|!)?\Z",
    regex.IGNORECASE,
)
#: The line under a story that lists its tags or sections: "Tags: harbour, ferries".
TAG_LINE: Final = regex.compile(
    r"\A(?:" + "|".join(regex.escape(label) for label in TAG_LABELS) + r")\s*:\s*\S",
    regex.IGNORECASE,
)
BOX_HEADING: Final = regex.compile(
    r"\A(?:(?:"
    + "|".join(regex.escape(heading) for heading in BOX_HEADINGS)
    + r")(?:\s*\(\d+\)|\s+\d+)?\s*(?::|\.\.\.|…|!|>|»)?"
    r"|more\s*:|(?:more|most\ (?:read|popular|viewed))\s+(?:from|in|on)\s+[^.!?:]{1,40}:?)\Z",
    regex.IGNORECASE,
)
NEXT_OR_PREVIOUS: Final = regex.compile(
    r"\A(?:" + "|".join(regex.escape(link) for link in NEXT_AND_PREVIOUS) + r")\s*:?\Z",
    regex.IGNORECASE,
)
AUTHOR_BOX_TITLE: Final = regex.compile(
    r"\A(?:{titles})(?:\s*/\s*\p{{L}}+(?:\s\p{{L}}+)?)?\s*:?\Z".format(
        titles="|".join(regex.escape(title) for title in AUTHOR_BOX_TITLES)
    ),
    regex.IGNORECASE,
)
ABOUT_NAME: Final = regex.compile(
    r"\A(?:{words})\s+(?P<name>[^:]{{3,50}}?)\s*:?\Z".format(
        words="|".join(regex.escape(word) for word in ABOUT_WORDS)
    ),
    regex.IGNORECASE,
)
#: The label of a field of a comment form, marked as required or explained in brackets:
#: "Name *", "E-Mail (required)", "URI (your blog or website)".
FORM_FIELD: Final = regex.compile(
    r"\A(?:name|e-?mail(?:[-\ ]adresse)?|website|webseite|web|url|uri|nom|nombre|nome"
    r"|correo(?:\ electrónico)?|sito(?:\ web)?|site(?:\ web)?)\s*(?:\*|\([^()]{1,40}\)\s*\*?)\Z",
    regex.IGNORECASE,
)
#: The heading of a story's table of contents.
CONTENTS: Final = regex.compile(
    r"\A(?:{})\s*:?\Z".format("|".join(regex.escape(heading) for heading in CONTENTS_HEADINGS)),
    regex.IGNORECASE,
)
CONTENTS_MAX_LENGTH: Final = 40
COMMENT_PROMPT: Final = regex.compile(
    r"\A(?:" + "|".join(regex.escape(prompt) for prompt in COMMENT_PROMPTS) + r")\b",
    regex.IGNORECASE,
)
#: ... on a line no longer than this.
END_MARKER_MAX_LENGTH: Final = 160
