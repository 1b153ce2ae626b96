"""Lines that are furniture of the page, not part of the article, by their words.

Each entry is a regular-expression fragment (``regex`` syntax, verbose, case-insensitive) that
must match the whole line, and a short reason shown by ``newsparse explain``. Patterns that
may be followed by a title ("Read more: ...") need a separator before it, so that a sentence
that happens to begin with the same words stays in the body.
"""

from __future__ import annotations

from typing import Final

#: A separator before the title of a linked story: "Read more: ...", "Also read | ...".
_THEN_TITLE = r"(?: \s* [:|»›>–—-] \s* .{1,200} )?"

PATTERNS: Final[tuple[tuple[str, str], ...]] = (
    (
        (
            r"advertisement | advertising | ad | sponsored(?:\ content)? | paid\ content"
            r" | (?:story|article)\ continues\ below(?:\ (?:this\ )?ad(?:vertisement)?)?"
            r" | continue\ reading\ below | scroll\ to\ continue(?:\ with\ content)?"
        ),
        "advertisement marker",
    ),
    (r"(?:read|see|watch)\ (?:more|also|next|now)" + _THEN_TITLE, "link to other content"),
    (r"also\ (?:read|see|watch)" + _THEN_TITLE, "link to other content"),
    (
        r"related(?:\ (?:articles?|stories|news|coverage|content|links|topics|reading|video))?"
        + _THEN_TITLE,
        "link to other content",
    ),
    (
        (
            r"recommended(?:\ (?:for\ you|stories|articles|reading))?"
            r" | most\ (?:read|popular|viewed) | trending(?:\ now)? | you\ may\ also\ like"
            r" | more\ stories | more\ from\ [^.!?]{1,60}"
        ),
        "list of other content",
    ),
    (
        (
            r"(?:sign\ up|subscribe|register)\b [^.!?,]{0,60} \b(?:newsletters?|inbox)\b"
            r" [^.!?,]{0,80} [.!]?"
        ),
        "newsletter prompt",
    ),
    (
        (
            r"(?:get|receive)\ (?:our|the)\ [^.!?]{0,80} (?:newsletter|in\ your\ inbox)"
            r" [^.!?,]{0,40} [.!]?"
        ),
        "newsletter prompt",
    ),
    (
        (
            r"(?:leave|post|add|write)\ a\ (?:comment|reply) | comments\ are\ closed\.?"
            r" | schreibe\ einen\ kommentar | kommentar\ (?:schreiben|verfassen)"
            r" | die\ kommentarfunktion\ ist\ geschlossen\.? | laisser\ un\ commentaire"
            r" | deja\ (?:un\ comentario|una\ respuesta) | lascia\ un\ commento"
            r" | deixe\ (?:um\ comentário|uma\ resposta)"
        ),
        "comment prompt",
    ),
    (
        (
            r"(?:[^\n]{0,250}[.|/–—-]\ )?\(?(?:(?:title\ |titel)?(?:foto|photo|bild|image)s?"
            r" | photograph | credit | fotocredit | bildquelle | crédit\ photo)"
            r" \ ?:\ ?[^.!?:\s][^.!?:]{0,80} (?:\.\ ?[^.!?:\s][^.!?:]{0,40})? \.?\)?"
        ),
        "photo credit",
    ),
    (r"(?:©|\(c\)\ |copyright\ (?:©|\(c\)|\d{4})) .{0,300}", "copyright notice"),
    (r".{0,200}\ all\ rights\ reserved\.?", "copyright notice"),
    (r"(?:click|tap)\ here\ (?:to|for)\b [^.!?]{0,100} [.!]?", "call to action"),
    (r"(?:follow|like)\ us\ on\ .{1,120}", "call to action"),
    (
        (
            r"skip\ to\ (?:main\ )?(?:content|navigation|article) | back\ to\ top | scroll\ to\ top"
            r" | loading(?:\ ?\.\.\.|…)? | please\ enable\ javascript.{0,160}"
        ),
        "page navigation",
    ),
)
