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

#: A line that opens one reader comment: "Jane Doe on May 3, 2018 at 4:47 pm said:".
COMMENT_AUTHOR: Final = r"\d.{0,60}\b(?:said|says|wrote|schrieb|a écrit|dijo|scrive|disse)\s*:\s*\Z"

#: Phrases of site-wide notices (terms, privacy, cookies, copyright). A short line holding one
#: is part of the page, not of the article. Lower case.
SITE_NOTICES: Final[tuple[str, ...]] = (
    "terms of use", "terms of service", "terms and conditions", "privacy policy",
    "cookie policy", "use of cookies", "we use cookies", "all rights reserved",
    "may not be reproduced", "constitutes acceptance", "user agreement", "datenschutzerklärung",
    "nutzungsbedingungen", "alle rechte vorbehalten", "cookies verwenden", "mentions légales",
    "tous droits réservés", "política de privacidad", "todos los derechos reservados",
    "tutti i diritti riservati", "todos os direitos reservados",
)  # fmt: skip

#: Words that speak of the site, common in notices but also in articles: they count only
#: beside a phrase of :data:`SITE_NOTICES`. Lower case.
SITE_WORDS: Final[tuple[str, ...]] = (
    "this site", "this website", "our site", "our website", "diese website", "ce site",
    "este sitio", "questo sito", "este site",
)  # fmt: skip
