"""Words of bylines: the lead words, name particles and the words that mark a role."""

from __future__ import annotations

from typing import Final

#: Words that open a byline, lower case.
LEAD_WORDS: Final[tuple[str, ...]] = (
    "by", "posted by", "written by", "words by", "story by", "text by", "author", "authors", "von",
    "text von", "autor", "autorin", "par", "auteur", "por", "autora", "di", "autore", "door",
    # the German forms for writers of either sex
    "autor*in", "autor:in", "autor_in", "autor/in",
    # "posted by" and "written by" in the other languages
    "veröffentlicht von", "geschrieben von", "ein beitrag von", "beitrag von", "publié par",
    "écrit par", "publicado por", "escrito por", "pubblicato da", "scritto da",
    "gepubliceerd door", "geschreven door",
)  # fmt: skip

#: Lead words that open a byline only with a colon after them: "Text: Ana Lima", "Texto: ...".
#: Without the colon they open sentences ("Text messages show ...").
COLON_LEAD_WORDS: Final[tuple[str, ...]] = (
    "text", "texte", "texto", "textos", "testo", "testi",
)  # fmt: skip

#: Lower-case words of a credit to someone other than the writer, after the writer's name on
#: a byline line ("By Ana Lima. Photos by Tom Ode", "Text: Ana Lima | Fotos: Tom Ode"): the
#: words of :data:`PICTURE_ROLES` and these, of the editing.
OTHER_CREDITS: Final[tuple[str, ...]] = (
    "edited", "editing", "produced", "production", "redigiert", "bearbeitet", "bearbeitung",
    "édité", "édition", "editado", "edición", "edição", "a cura",
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
     "director", "president", "presidente", "presidenta", "président", "présidente",
     "präsident", "präsidentin", "professor", "fellow", "researcher", "host", "anchor",
     "commentator", "business", "political", "economics", "sports", "science", "health",
     "technology", "tech", "foreign", "diplomatic", "defence", "defense", "legal", "security",
     "environment", "investigations", "investigative", "associate", "deputy", "managing",
     "executive", "national", "international", "news", "newsroom", "desk", "team", "to",
     "for", "at", "of", "with", "the", "press", "times", "post", "journal",
     "herald", "tribune", "daily", "gazette", "magazine", "network", "media", "agency",
     "wire", "service", "services", "online", "digital", "radio", "television", "tv",
     "reporting", "contributed", "agência", "agencia", "agence", "agentur", "redaktion",
     "redacción", "redação", "rédaction", "redazione", "redactie",
     # the words of a newspaper's name in the other languages
     "zeitung", "nachrichten", "jornal", "diário", "diario", "gazeta", "gazzetta", "giornale",
     "quotidiano", "quotidien", "revista", "rivista", "periódico", "periodico", "notícias",
     "noticias", "notizie"}
)  # fmt: skip

#: The last words of a newspaper's or broadcaster's name, lower case ("Fox News", "The Daily
#: Times"): a byline's name that runs into one of them ("By Ana Lima Valley News") ends a word
#: earlier, the site's name starting there.
MASTHEAD_WORDS: Final[frozenset[str]] = frozenset(
    {"news", "times", "post", "journal", "herald", "tribune", "gazette", "magazine", "network",
     "media", "press", "online", "daily", "radio", "television", "tv", "wire"}
)  # fmt: skip

#: Roles of the people a byline names who took the pictures or made the graphics, not the
#: text, lower case: "Ana Lima (reporting) and Tom Ode (photography)". They are no authors.
PICTURE_ROLES: Final[frozenset[str]] = frozenset(
    {"photo", "photos", "photography", "photographs", "photographer", "pictures", "images",
     "video", "videos", "illustration", "illustrations", "graphics", "graphic", "design",
     "foto", "fotos", "fotografie", "fotograf", "fotografin", "bild", "bilder", "grafik",
     "grafiken", "illustrationen", "photographie", "photographies", "vidéo", "fotografía",
     "fotografías", "ilustración", "ilustraciones", "gráficos", "fotografia", "illustrazioni",
     "grafica", "ilustração", "ilustrações"}
)  # fmt: skip

#: The nouns of a writer's job in the six languages, lower case: a line of role words (see
#: :data:`ROLE_WORDS`) holding one of them is a job title ("Senior Politics Reporter",
#: "Chefredakteurin", "rédactrice en chef"), not a headline.
JOB_WORDS: Final[frozenset[str]] = frozenset(
    {"writer", "correspondent", "reporter", "editor", "columnist", "contributor",
     "photographer", "producer", "analyst", "critic", "journalist", "author", "freelancer",
     "blogger", "commentator", "anchor", "host", "intern",
     "redakteur", "redakteurin", "chefredakteur", "chefredakteurin", "korrespondent",
     "korrespondentin", "journalistin", "reporterin", "autorin", "kolumnist", "kolumnistin",
     "fotograf", "fotografin", "volontär", "volontärin", "ressortleiter", "ressortleiterin",
     "mitarbeiter", "mitarbeiterin",
     "journaliste", "rédacteur", "rédactrice", "correspondant", "correspondante",
     "chroniqueur", "chroniqueuse", "éditorialiste", "envoyé", "envoyée",
     "periodista", "redactor", "redactora", "corresponsal", "columnista", "editora",
     "giornalista", "redattore", "redattrice", "caporedattore", "caporedattrice",
     "corrispondente", "inviato", "inviata", "editorialista",
     "jornalista", "repórter", "redator", "redatora", "correspondente", "colunista",
     "experte", "expertin", "gastautor", "gastautorin"}
)  # fmt: skip

#: Other words of a job title in the other languages, lower case: "en chef", "leitende",
#: "stellvertretender", "jefe".
JOB_TITLE_WORDS: Final[frozenset[str]] = frozenset(
    {"leitender", "leitende", "stellvertretender", "stellvertretende", "freier", "freie",
     "en", "chef", "adjoint", "adjointe", "spécial", "spéciale", "jefe", "jefa", "especial",
     "capo", "speciale", "chefe", "in", "de", "del", "der"}
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
     # the heading of a box about the writer, glued to the name
     "biography", "bio", "biografie", "biographie", "biografía", "biografia", "profile",
     "profil", "perfil", "profilo",
     # names of sections that stand over the date as a name does
     "politics", "business", "world", "economy", "entertainment", "lifestyle", "travel",
     "science", "technology", "education", "politik", "wirtschaft", "kultur", "gesellschaft",
     "panorama", "lokales", "ausland", "inland", "union", "politique", "économie", "société",
     "monde", "culture", "política", "economía", "sociedad", "cultura", "deportes", "mundo",
     "politica", "economia", "società", "cronaca", "esteri", "esportes", "sociedade",
     "finance", "finances", "finanzen", "finanzas", "finanza", "finanças",
     # the languages of a language switch
     "english", "deutsch", "français", "francais", "español", "espanol", "italiano",
     "português", "portugues", "nederlands"}
)  # fmt: skip

#: Links to an author's other articles that sites print after the name, lower case: "Ana Lima
#: View More Articles". Such a link says the name is a writer's.
AUTHOR_LINKS: Final[tuple[str, ...]] = (
    "view more articles", "more articles", "all articles", "view all articles",
    "see all articles", "view all posts", "all posts", "more from this author",
    "alle artikel", "weitere artikel", "mehr artikel", "tous ses articles",
    "tous les articles", "voir ses articles", "más artículos", "todos los artículos",
    "ver artículos", "altri articoli", "tutti gli articoli", "mais artigos",
    "todos os artigos", "ver artigos",
)  # fmt: skip

#: A follow button under an author's name, lower case.
FOLLOW_WORDS: Final[tuple[str, ...]] = ("follow", "folgen", "suivre", "seguir", "segui")

#: Words that say a line gives the reading time ("5 min read", "Lesezeit: 3 Min."), lower case.
READING_TIME_WORDS: Final[tuple[str, ...]] = (
    "read", "reading time", "read time", "lesezeit", "lesedauer", "de lecture",
    "temps de lecture", "de lectura", "lectura", "tiempo de lectura", "di lettura",
    "lettura", "tempo di lettura", "de leitura", "leitura", "tempo de leitura",
)  # fmt: skip

#: Days named relative to today that sites print before a time ("Yesterday 2:45PM"), lower case.
RELATIVE_DAYS: Final[frozenset[str]] = frozenset(
    {"today", "yesterday", "heute", "gestern", "aujourd'hui", "aujourd’hui", "hier", "hoy",
     "ayer", "oggi", "ieri", "hoje", "ontem"}
)  # fmt: skip

#: The heading of the box about the author that pages put under the story, or inside it
#: above the story (matched whole, case ignored; a colon may follow, and a second form after
#: a slash, "Über den Autor/ die Autorin"). The name and a line about the author follow.
#: Lower case.
AUTHOR_BOX_TITLES: Final[tuple[str, ...]] = (
    "about the author", "about the authors", "about the writer",
    "über den autor", "über die autorin", "über die autoren", "autoreninfo", "autorinfo",
    "zum autor", "zur autorin",
    "à propos de l'auteur", "à propos de l’auteur", "à propos de l'autrice",
    "sobre el autor", "sobre la autora", "sobre los autores",
    "l'autore", "l’autore", "sull'autore", "sull’autore",
    "sobre o autor", "sobre a autora",
)  # fmt: skip

#: Headings of the box about the author that pages put under the story, lower case: a lead
#: word with the name on the next line ("Written by" / "Ana Lima" / a line about her), or one
#: of :data:`AUTHOR_BOX_TITLES`.
AUTHOR_BOX_HEADINGS: Final[tuple[str, ...]] = (
    "written by", "geschrieben von", "ein beitrag von", "verfasst von", "écrit par",
    "escrito por", "scritto da", "author", "autor", "autorin", "autor*in", "autor:in",
    "auteur", "autrice", "autora", "autore", *AUTHOR_BOX_TITLES,
)  # fmt: skip

#: Accounts that blogs sign posts with that name no writer, lower case: "by Admin". A lone
#: word after "by" on a metadata line that is one of them is no author.
ACCOUNT_WORDS: Final[frozenset[str]] = frozenset(
    {"admin", "administrator", "administrador", "administrateur", "amministratore",
     "webmaster", "moderator", "modérateur", "moderador", "moderatore", "user", "benutzer",
     "utilisateur", "usuario", "utente", "usuário", "guest", "gast", "invité", "invitado",
     "ospite", "convidado", "anonymous", "anonym", "anonyme", "anónimo", "anonimo", "anônimo",
     "unknown", "unbekannt", "inconnu", "desconocido", "sconosciuto", "desconhecido", "root",
     "support", "office", "büro", "bureau", "oficina", "ufficio", "escritório", "info"}
)  # fmt: skip
