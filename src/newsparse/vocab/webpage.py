"""Words that mark the parts of a web page around an article."""

from __future__ import annotations

from typing import Final

#: A line that opens the comments under an article (matched whole, case ignored; a count may
#: stand before or after it).
COMMENT_MARKERS: Final[tuple[str, ...]] = (
    "comments", "comment", "leave a reply", "leave a comment", "post a comment",
    "add a comment", "add comment", "write a comment", "join the discussion",
    "join the conversation", "show comments", "view comments", "read comments",
    "responses", "reader comments", "discussion", "kommentare", "kommentar",
    "kommentar schreiben", "kommentieren", "diskussion", "leserkommentare", "commentaires",
    "laisser un commentaire", "réagir", "comentarios", "deja un comentario", "comentários",
    "deixe um comentário", "commenti", "lascia un commento", "reacties", "what do you think?",
)  # fmt: skip
