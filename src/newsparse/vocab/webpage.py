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

#: Words that may stand before the count of a comments marker: "There are 13 comments",
#: "Es gibt 3 Kommentare". Lower case.
COMMENT_COUNT_LEADS: Final[tuple[str, ...]] = (
    "there are", "there is", "es gibt", "il y a", "hay", "ci sono", "há", "existem",
    "er zijn",
)  # fmt: skip

#: A line that opens one reader comment: "Jane Doe on May 3, 2018 at 4:47 pm said:".
COMMENT_AUTHOR: Final = r"\d.{0,60}\b(?:said|says|wrote|schrieb|a écrit|dijo|scrive|disse)\s*:\s*\Z"

#: A line that heads the comments with their count and the story's title, matched at its
#: start: "6 Kommentare zu “Ferry returns”", "12 thoughts on “Ferry returns”". The title
#: must stand in quotes, so that a sentence ("3 comments on the plan were ...") is no heading.
COMMENT_HEADING: Final = (
    r"\d+\s+(?:comments?|thoughts?|responses?|replies|reply|kommentare?|antworten|gedanken"
    r"|commentaires?|réponses?|réactions?|comentarios?|respuestas?|commenti|risposte"
    r"|comentários?|respostas?|reacties?)\s+(?:on|to|zu|auf|zum|sur|à|a|en|para|su|em|op)\s+"
    r"[\"“”„«‘’'‚‹]"
)

#: Phrases of site-wide notices (terms, privacy, cookies, copyright). A short line holding one
#: is part of the page, not of the article. Lower case.
SITE_NOTICES: Final[tuple[str, ...]] = (
    "terms of use", "terms of service", "terms and conditions", "privacy policy",
    "cookie policy", "use of cookies", "we use cookies", "all rights reserved",
    "may not be reproduced", "constitutes acceptance", "user agreement", "datenschutzerklärung",
    "nutzungsbedingungen", "alle rechte vorbehalten", "cookies verwenden", "mentions légales",
    "tous droits réservés", "política de privacidad", "todos los derechos reservados",
    "tutti i diritti riservati", "todos os direitos reservados", "this cookie is",
    "cookies are used", "verwendet cookies", "verwenden cookies", "verwenden diese cookies",
    "nutzt cookies", "utilise des cookies", "utilizamos cookies", "utiliza cookies",
    "privacy notice", "privacy statement", "datenschutzbestimmungen", "datenschutzhinweise",
    "politique de confidentialité", "informativa sulla privacy", "política de privacidade",
)  # fmt: skip

#: Words that speak of the site, common in notices but also in articles: they count only
#: beside a phrase of :data:`SITE_NOTICES`. Lower case.
SITE_WORDS: Final[tuple[str, ...]] = (
    "this site", "this website", "our site", "our website", "diese website", "dieser website",
    "unserer website", "unsere website", "ce site",
    "este sitio", "questo sito", "este site",
)  # fmt: skip

#: A link to the reader's account, which a page shows in its header and a copy of the article
#: leaves out (matched whole, case ignored; two may be joined by "/", "|" or "or"). Lower case.
ACCOUNT_LINKS: Final[tuple[str, ...]] = (
    "sign in", "sign up", "log in", "login", "log out", "logout", "register", "my account",
    "create account", "create an account", "anmelden", "abmelden", "registrieren", "einloggen",
    "mein konto", "se connecter", "connexion", "s'inscrire", "mon compte", "iniciar sesión",
    "registrarse", "mi cuenta", "accedi", "registrati", "entrar", "inloggen",
)  # fmt: skip

#: A heading of a list of other stories, as pages put them under a story or between its
#: paragraphs (matched whole, case ignored; a colon, a count or an ellipsis may follow).
#: Lower case.
OTHER_STORIES: Final[tuple[str, ...]] = (
    # English
    "related", "related articles", "related stories", "related posts", "related content",
    "related news", "related reading", "related links", "you may also like",
    "you might also like", "you may be interested in", "you might be interested in",
    "recommended", "recommended for you", "recommended stories", "recommended articles",
    "read next", "up next", "more stories", "more news", "more articles", "more posts",
    "more on this story", "more on this topic", "more like this", "most read", "most popular",
    "most viewed", "popular posts", "popular articles", "trending", "trending now",
    "latest news", "latest stories", "latest articles", "further reading",
    # German
    "ähnliche beiträge", "ähnliche artikel", "ähnliche themen", "verwandte artikel",
    "verwandte beiträge", "weitere artikel", "weitere beiträge", "weitere themen",
    "mehr zum thema", "mehr zu diesem thema", "das könnte sie auch interessieren",
    "das könnte dich auch interessieren", "das könnte sie interessieren",
    "das könnte dich interessieren", "das könnte euch auch interessieren",
    "diese artikel könnten sie auch interessieren", "diese artikel könnten dich auch interessieren",
    "diese artikel könnten euch auch interessieren", "auch interessant", "lesen sie auch",
    "lies auch",
    "die redaktion empfiehlt", "empfehlungen der redaktion", "meistgelesen",
    "meistgelesene artikel", "meistgelesene beiträge", "meistdiskutiert",
    "meistdiskutierte artikel", "beliebte beiträge", "neueste beiträge",
    # French
    "à lire aussi", "lire aussi", "à lire également", "pour approfondir", "sur le même sujet",
    "articles similaires", "articles liés", "dans la même rubrique", "les plus lus",
    # Spanish
    "te puede interesar", "también te puede interesar", "noticias relacionadas",
    "artículos relacionados", "lo más leído", "más noticias", "video recomendado",
    "recomendado", "recomendados",
    # Italian
    "articoli correlati", "potrebbe interessarti", "ti potrebbe interessare", "leggi anche",
    "i più letti",
    # Portuguese
    "veja também", "leia também", "notícias relacionadas", "mais lidas",
    # Dutch
    "gerelateerde artikelen", "lees ook", "meest gelezen",
)  # fmt: skip

#: Links to the story before and after, in the seven languages (navigation, not a box).
#: Lower case.
NEXT_AND_PREVIOUS: Final[tuple[str, ...]] = (
    "next article", "previous article", "next story", "previous story", "next post",
    "previous post", "nächster artikel", "vorheriger artikel", "nächster beitrag",
    "vorheriger beitrag", "vorschau auf den nächsten artikel", "article suivant",
    "article précédent", "artículo siguiente", "artículo anterior", "noticia siguiente",
    "noticia anterior", "articolo successivo", "articolo precedente", "próximo artigo",
    "artigo anterior",
)  # fmt: skip

#: A line that opens what follows a story on a page: a list of other stories, the share and
#: tag lines, the author's box (matched whole, case ignored; a colon, a count or an ellipsis
#: may follow). Lower case.
END_MARKERS: Final[tuple[str, ...]] = (
    *OTHER_STORIES,
    *NEXT_AND_PREVIOUS,
    # English
    "related topics", "share this", "share this article", "share this story",
    "share this post", "share", "like this", "tags", "topics", "categories", "filed under",
    "about the author", "about the authors", "newsletter", "email newsletter",
    "e-mail newsletter", "our newsletter",
    # German
    "themen im artikel", "schlagwörter", "schlagworte", "kategorien", "kategorie",
    "über den autor", "über die autorin", "über die autoren", "zur person",
    "diesen artikel teilen", "artikel teilen", "beitrag teilen", "teilen", "teilen mit",
    "teilen sie dies mit", "gefällt mir", "e-mail-newsletter", "unser newsletter",
    "newsletter abonnieren",
    # French
    "à propos de l'auteur", "à propos de l’auteur", "partager", "partager cet article",
    # Spanish
    "sobre el autor", "compartir",
    # Italian
    "condividi", "l'autore", "l’autore",
    # Portuguese
    "leia mais", "compartilhe", "sobre o autor",
    # Dutch
    "delen",
)  # fmt: skip

#: The label of the line under a story that lists its tags or sections, before a colon and
#: the list: "Tags: harbour, ferries", "Filed under: Local", "Schlagwörter: Hafen". Lower case.
TAG_LABELS: Final[tuple[str, ...]] = (
    "tags", "tagged", "tagged with", "topics", "categories", "filed under", "posted in",
    "schlagwörter", "schlagworte", "themen", "kategorien", "étiquettes", "mots-clés",
    "mots clés", "etiquetas", "temas", "argomenti", "tag", "categorie",
)  # fmt: skip

#: The word that opens the heading of an author's box that names the author ("About Ana
#: Lima", "Über Ana Lima"). Lower case.
ABOUT_WORDS: Final[tuple[str, ...]] = ("about", "über", "à propos de", "sobre", "su")

#: The heading of a box of other stories inside a story or under it, followed by the titles
#: of the stories (matched whole, case ignored; a colon, a count or an ellipsis may follow).
#: A bare "More" is a button as often; "More:" heads a box. Lower case.
BOX_HEADINGS: Final[tuple[str, ...]] = (
    *OTHER_STORIES,
    "see also", "don't miss", "don’t miss", "more on", "top stories", "trending news",
    "other people are reading", "more stories like this one", "what to read next", "popular",
    "latest", "more from", "nicht verpassen", "à ne pas manquer", "no te lo pierdas",
    "da non perdere", "não perca",
)  # fmt: skip

#: The heading of a story's table of contents, whose entries a page gate must not take for a
#: menu (matched whole, case ignored; a colon may follow). Lower case.
CONTENTS_HEADINGS: Final[tuple[str, ...]] = (
    "contents", "table of contents", "in this article", "on this page", "inhalt",
    "inhaltsverzeichnis", "sommaire", "table des matières", "índice", "indice", "contenido",
    "contenidos", "sumário", "indice dei contenuti",
)  # fmt: skip

#: The opening words of a line of the comment form or of an empty comments section (matched
#: at the start of a line, case ignored). Lower case.
COMMENT_PROMPTS: Final[tuple[str, ...]] = (
    "leave a reply", "leave a comment", "comments are closed", "commenting is closed",
    "you must be logged in to", "your email address will not be published",
    "no comments yet", "there are no comments", "be the first to comment", "no responses",
    "no response so far",
    "schreibe einen kommentar", "hinterlasse einen kommentar", "hinterlasse jetzt einen kommentar",
    "kommentar verfassen", "kommentar schreiben", "kommentieren sie", "die kommentarfunktion ist",
    "kommentare sind geschlossen", "du musst angemeldet sein", "sie müssen angemeldet sein",
    "sie müssen sich anmelden", "bitte loggen sie sich", "es gibt noch keine kommentare",
    "bisher keine kommentare", "noch keine kommentare", "deine e-mail-adresse wird nicht",
    "ihre e-mail-adresse wird nicht", "laisser un commentaire", "les commentaires sont fermés",
    "votre adresse e-mail ne sera pas publiée", "votre adresse de messagerie ne sera pas publiée",
    "deja un comentario", "deja una respuesta", "tu dirección de correo electrónico no será",
    "lascia un commento", "il tuo indirizzo email non sarà pubblicato",
    "deixe um comentário", "deixe uma resposta", "o seu endereço de e-mail não será publicado",
    "laat een reactie achter",
)  # fmt: skip

#: The words of a line that tells who the author is, as the box under a story does: "Jane Doe
#: is a senior writer for ...", "Anna Schmidt ist Redakteurin ...". A name of one to four
#: capitalised words opens the line, then a verb of being or working and, within a few words,
#: a job of the trade (matched at the start of a line, case of the job ignored).
AUTHOR_BIO: Final = (
    r"(?-i:\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})\s+"
    r"(?:is|was|has\s+been|ist|war|arbeitet\s+als|est|es|è|é|works\s+as)\s+"
    r"(?:\S+\s+){0,5}?"
    r"(?:co-?founder|founder|writer|editor|journalist|reporter|correspondent|columnist|author"
    r"|contributor|blogger|photographer|producer|freelancer?|redakteur(?:in)?|journalist(?:in)?"
    r"|autor(?:in)?|korrespondent(?:in)?|kolumnist(?:in)?|gründer(?:in)?|mitgründer(?:in)?"
    r"|chefredakteur(?:in)?|journaliste|rédact(?:eur|rice)|periodista|redactor(?:a)?"
    r"|giornalista|jornalista)\b"
)

#: The first crumb of a breadcrumb trail, the site's home page ("Startseite Kultur <title>"),
#: and the words that open a trail ("Sie sind hier:"), lower case.
CRUMB_ROOTS: Final = (
    "home", "homepage", "start", "startseite", "accueil", "inicio", "início", "portada",
    "página inicial", "pagina iniziale", "you are here", "sie sind hier", "vous êtes ici",
    "usted está aquí", "estás en", "você está aqui", "ti trovi in", "sei qui",
)  # fmt: skip
