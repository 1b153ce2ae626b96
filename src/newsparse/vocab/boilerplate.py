"""Lines that are furniture of the page, not part of the article, by their words.

Each entry is a regular-expression fragment (``regex`` syntax, verbose, case-insensitive) that
must match the whole line, and a short reason shown by ``newsparse explain``. Patterns that
may be followed by a title ("Read more: ...") need a separator before it, so that a sentence
that happens to begin with the same words stays in the body.
"""

from __future__ import annotations

from typing import Final

#: A separator before the title of a linked story: "Read more: ...", "Also read | ...".
_THEN_TITLE = r"(?: \s* [:|»›>–—-] \s* .{0,200} )?"

#: A stretch of a line without quotation marks: a prompt of the site never quotes anyone, a
#: sentence of a story that reports one often does.
_UNQUOTED = r"[^\"“”„«»]"

#: Words that address the reader or speak for the site, as prompts do and reports seldom do.
_ADDRESS = (
    r"(?:our|your|you|free|unser\w*|ihre[nm]?|dein\w*|jetzt|kostenlos\w*|gratis"
    r"|notre|nos|votre|vos|nuestr\w+|tu|su|nostr\w+|tuo|seu|sua|nosso|nossa)"
)

#: A verb that asks the reader to sign up, in the languages of the word lists.
_SIGN_UP = (
    r"(?:sign(?:ing)?\ up|subscrib(?:e|ing)\b|register|join|enter\ your|receive|abonnier\w*"
    r"|anmelden|registrier\w*|bestell\w*|erhalten|inscri\w*|abonne[zr]|suscr[ií]b\w*|iscriv\w*"
    r"|assin\w*)"
)

#: The phrases: a pattern, the reason, and words one of which the line must hold (lower
#: case; empty: no such test). The words let the slow patterns, which look for a phrase
#: anywhere in a line, be skipped on the lines that cannot match them.
#: The links to a site's legal pages, in a row of its footer links.
_LEGAL_LINK = (
    r"(?:terms(?:\ of\ (?:service|use|sale))? | terms\ (?:and|&)\ conditions"
    r" | privacy(?:\ (?:policy|notice|statement|settings|choices))? | cookie\ (?:policy|settings)"
    r" | cookies | imprint | impressum | datenschutz(?:erklärung|hinweise)?"
    r" | nutzungsbedingungen | agb | mentions\ légales | politique\ de\ confidentialité"
    r" | aviso\ legal | política\ de\ (?:privacidad|privacidade|cookies) | note\ legali"
    r" | termos\ de\ uso | termini\ (?:e\ condizioni|di\ (?:uso|servizio))"
    r" | condiciones\ de\ uso)"
)
#: The links to the site's other pages, in that row.
_OTHER_LINK = (
    r"(?:contact(?:\ us)? | kontakt | about(?:\ us)? | sitemap | site\ map | faq | help"
    r" | advertise | accessibility | careers | (?:more\ )?newsletters? | rss | contacto"
    r" | contatti | contato)"
)
#: A link of a site's footer row: a legal one or another page of the site ...
_SITE_LINK = rf"(?:{_LEGAL_LINK} | {_OTHER_LINK})"
#: ... and what stands between two links.
_LINK_GAP = r"[\s|·•,/–—-]+"

PATTERNS: Final[tuple[tuple[str, str, tuple[str, ...]], ...]] = (
    (
        # a server-side script's error printed into the page ("Warning: ... in
        # /var/www/site/index.php on line 12"), the same in every language
        (
            r"(?:deprecated|warning|notice|strict\ standards|(?:catchable\ )?fatal\ error"
            r"|parse\ error)\s*:\s.*\ in\ \S+\.php\ on\ line\ \d+"
        ),
        "script error message",
        (" on line ",),
    ),
    (
        (
            r"advertisement | advertising | ad | sponsored(?:\ content)? | paid\ content"
            r" | (?:story|article)\ continues\ below(?:\ (?:this\ )?ad(?:vertisement)?)?"
            r" | continue\ reading\ below | scroll\ to\ continue(?:\ with\ content)?"
            r" | continue\ reading\ the\ (?:main\ )?(?:story|article)"
            # the label an in-story video advert carries
            r" | inread\ invented\ by\ teads"
        ),
        "advertisement marker",
        (),
    ),
    (r"(?:read|see|watch)\ (?:more|also|next|now)" + _THEN_TITLE, "link to other content", ()),
    (r"also\ (?:read|see|watch)" + _THEN_TITLE, "link to other content", ()),
    (
        # "read more" in the other languages: "Weiterlesen:", "Lesen Sie auch: ...", "Lire aussi"
        (
            r"(?:weiterlesen|mehr\ lesen|lesen\ sie\ (?:auch|mehr|weiter)|continue\ reading"
            r"|lire\ (?:aussi|la\ suite|plus)|à\ lire|leer\ (?:más|también)|lee\ también"
            r"|seguir\ leyendo|leggi\ (?:anche|tutto|di\ più)|continua\ a\ leggere"
            r"|leia\ (?:mais|também)|continue\ lendo)"
        )
        + _THEN_TITLE,
        "link to other content",
        (),
    ),
    (
        r"related(?:\ (?:articles?|stories|news|coverage|content|links|topics|reading|video))?"
        + _THEN_TITLE,
        "link to other content",
        (),
    ),
    (
        (
            r"recommended(?:\ (?:for\ you|stories|articles|reading))?"
            r" | most\ (?:read|popular|viewed) | trending(?:\ now)? | you\ may\ also\ like"
            r" | more\ stories | more\ from\ [^.!?]{1,60}"
        ),
        "list of other content",
        (),
    ),
    (
        (
            r"(?:sign\ up|subscribe|register)\b [^.!?,]{0,60} \b(?:newsletters?|inbox)\b"
            r" [^.!?,]{0,80} [.!]?"
        ),
        "newsletter prompt",
        (),
    ),
    (
        (
            r"(?:get|receive)\ (?:our|the)\ [^.!?]{0,80} (?:newsletter|in\ your\ inbox)"
            r" [^.!?,]{0,40} [.!]?"
        ),
        "newsletter prompt",
        (),
    ),
    (
        # "Never miss the latest news by signing up to our newsletter today!": a short line
        # with the newsletter, a verb of signing up and a word addressing the reader
        (
            rf"(?=[^\n]{{0,200}}\Z)(?=.*\b{_SIGN_UP})(?=.*\b{_ADDRESS}\b){_UNQUOTED}*"
            rf"\b(?:newsletters?|inbox(?:es)?|posteingang|postfach)\b{_UNQUOTED}*[»›]?"
        ),
        "newsletter prompt",
        ("newsletter", "inbox", "posteingang", "postfach"),
    ),
    (
        (
            r"(?:jetzt\ )?(?:subscribe|abonnieren|registrieren|sign\ up|s'abonner|suscr[ií]bete"
            r"|iscriviti|assine)"
            r"(?:\ (?:now|today|jetzt|here|hier|for\ free|kostenlos|to\ [\w\ -]{1,40}))?\ ?[.!»›]?"
        ),
        "newsletter prompt",
        (),
    ),
    (
        # pleas for support and against ad blockers, in a short line that quotes no one
        (
            rf"(?=[^\n]{{0,300}}\Z){_UNQUOTED}*"
            r"(?:rely\ on\ (?:your|the)\ support|support\ (?:our|independent|quality)\ journalism"
            r"|become\ a\ (?:member|supporter|subscriber|patron)"
            r"|make\ a\ (?:donation|contribution)|donate\ now|spendenfinanziert|jetzt\ spenden"
            r"|unterstützen\ sie\ (?:uns|unsere\ arbeit)"
            r"|(?:your|ihren?|deinen?|(?:running|using)\ an)\ (?:ad[-\ ]?blocker|werbe-?blocker)"
            r"|(?:ad[-\ ]?blocker|werbe-?blocker)\ (?:deaktivieren|ausschalten|abschalten))"
            rf"{_UNQUOTED}*"
        ),
        "plea for support",
        (
            "support",
            "member",
            "subscriber",
            "patron",
            "donat",
            "contribution",
            "spende",
            "unterstützen",
            "blocker",
        ),
    ),
    (
        # "This work is licensed under a Creative Commons ...": a short line with a licence, a
        # word for the site's content and no question (a story about licences asks some)
        (
            r"(?=[^\n]{0,250}\Z)(?=.*(?:licen[cs]|lizen[sz]|licencia|licenza))"
            r"(?=.*\b(?:this|these|all|our|my|content|contents|dieses?|diese[rnm]?|alle|unsere?"
            r"|meine?|inhalte|contenidos|questo|ce|cet|cette)\b)"
            r"[^\"“”„«»?]*(?:creative\ commons|\bcc[-\ ]?by\b|\bcc0\b)[^\"“”„«»?]*"
        ),
        "licence notice",
        ("creative commons", "cc"),
    ),
    (
        # the line a blog writes under each post: "This entry was posted in News and tagged ...",
        # "This entry was posted on Monday, ... and is filed under ..."
        (
            r"(?:this|dieser|dieses)\ (?:entry|post|eintrag|beitrag|artikel)\ (?:was|wurde)"
            r"\ (?:(?:posted|filed|veröffentlicht)\ (?:in|unter|under)\b.{0,250}"
            r" | (?:posted|written|filed|published)\ (?:on|by)\b.{0,400})"
        ),
        "post footer",
        (),
    ),
    (r".{0,300}\bbookmark\ the\ permalink\b.{0,200}", "post footer", ("permalink",)),
    (
        (
            r"(?:leave|post|add|write)\ a\ (?:comment|reply) | comments\ are\ closed\.?"
            r" | schreibe\ einen\ kommentar | kommentar\ (?:schreiben|verfassen)"
            r" | die\ kommentarfunktion\ ist\ geschlossen\.? | laisser\ un\ commentaire"
            r" | deja\ (?:un\ comentario|una\ respuesta) | lascia\ un\ commento"
            r" | deixe\ (?:um\ comentário|uma\ resposta)"
            r" | be\ the\ first\ to\ (?:comment|reply)[.!]? | soyez\ le\ premier\ à\ commenter[.!]?"
            r" | sé\ el\ primero\ en\ comentar[.!]? | sii\ il\ primo\ a\ commentare[.!]?"
            r" | seja\ o\ primeiro\ a\ comentar[.!]?"
        ),
        "comment prompt",
        (),
    ),
    (
        (
            r"(?:[^\n]{0,250}(?:[.|/–—-]\ |\ (?=\()))?"
            r"\(?(?:(?:title\ |titel)?(?:foto|photo|bild|image)s?"
            r" | photograph | credit | fotocredit | bildquelle | crédit\ photo)"
            r" \ ?:\ ?[^.!?:\s](?:[^.!?:]|\.(?=\S)){0,80}"
            r" (?:\.\ ?[^.!?:\s](?:[^.!?:]|\.(?=\S)){0,40})? (?:\)\.|\.?\)?)"
        ),
        "photo credit",
        ("foto", "photo", "bild", "image", "credit", "crédit"),
    ),
    (
        # "Photograph by Ana Lima", "Fotos von Jana Kirsch", "Photo courtesy of the trust"
        (
            r"(?:photo(?:graph)?s?|pictures?|images?|fotos?)"
            r"\ (?:(?:by|von)\ (?-i:\p{Lu})|courtesy\ of\ )[^.!?]{1,60}\.?"
        ),
        "photo credit",
        (),
    ),
    (
        # a caption ending with its credit: "The quay at dawn. / (C) Ana Lima",
        # "Bricks on a pallet - © Ana Lima - stock.example.com"
        (
            r"(?=[^\n]{0,300}\Z)[^\n]{1,250}?\ (?:[/|–—-]\ )?(?:©|\(c\))"
            r"\ ?[^.!?\s](?:[^.!?]|\.(?=\S)){0,80}"
        ),
        "photo credit",
        ("©", "(c)"),
    ),
    (
        # a caption naming who stands where: "Ana Lima (l.) and Tom Ode at the quay",
        # "Maria Klein (v. l.) ...", "The skipper (left) ..."
        (
            r"(?=[^\n]{0,300}\Z)[^?\n]*\((?:l\.|r\.|li\.|re\.|v\.\ ?l\.(?:\ ?n\.\ ?r\.)?|von\ links"
            r"|left|right|from\ left|l-r|à\ gauche|à\ droite|de\ g\.\ à\ d\.|izq\.|izquierda"
            r"|dcha\.|derecha|da\ sinistra|a\ sinistra|a\ destra|esq\.|dir\.)\)[^?\n]*"
        ),
        "image caption",
        ("(",),
    ),
    (
        # "Zum Vergrößern auf das Bild klicken", "Click to enlarge", within a caption
        (
            r"[^\n]{0,300}\b(?:zum\ vergrößern|click\ to\ enlarge|click\ for\ (?:a\ )?larger"
            r"|(?:cliquez\ )?pour\ agrandir|(?:haga\ )?clic\ para\ ampliar"
            r"|clicca\ per\ ingrandire|clique\ para\ ampliar)\b[^\n]{0,300}"
        ),
        "image caption",
        ("clic", "vergr", "agrandir", "ampliar"),
    ),
    (
        # a numbered figure's caption: "Abbildung 4: ...", "Figure 2. ...", "Abb. 3: ..."
        (
            r"(?:abbildung|abb\.|figure|fig\.|grafik|graphique|gráfico|figura|grafico)"
            r"\ \d{1,3}[:.]\ [^\n]{0,400}"
        ),
        "image caption",
        (),
    ),
    (
        # the controls of a web video player, as a page's text keeps them: "Current Time 0:00",
        # "Loaded: 0%", "This is a modal window.", the captions settings ("Text Edge Style
        # None Raised ...", "captions off, selected")
        (
            r"(?:[*•]\ )?"
            r"(?: this\ is\ a\ modal\ window\. (?:\ this\ modal\ can\ be\ closed\b.{0,120})?"
            r" | close\ (?:this\ )?modal\ (?:window|dialog)"
            r" | (?:beginning|end)\ of\ dialog\ window\..{0,120}"
            r" | (?:current|duration|remaining)\ time \s* -?\s* \d{1,2}:\d{2}(?::\d{2})?"
            r" | (?:loaded|progress) \s*:\s* \d{1,3}(?:\.\d+)? \s*%"
            r" | stream\ type\ live | playback\ rate"
            r" | your\ video\ will\ (?:play|begin|start)\ in"
            r"\ \d{1,2}(?::\d{2})?(?:\ s(?:ec(?:onds)?)?)?"
            r" | (?:foreground|background|window) \s*---.{0,200} | font\s*size\s*50\s*%.{0,200}"
            r" | text\s*edge\s*style(?:\s*none\b.{0,120})? | font\s*family(?:\s*default\b.{0,200})?"
            r" | defaults\s*done | captions\ settings \s*,\s* opens\ captions\ settings\ dialog"
            r" | (?:captions|subtitles|descriptions|chapters|default|audio\ track)(?:\ off)?"
            r" \s*,\s* selected )"
        ),
        "video player controls",
        (
            "modal",
            "dialog",
            "current time",
            "duration time",
            "remaining time",
            "loaded",
            "progress",
            "stream type",
            "playback",
            "---",
            "text edge",
            "font",
            "defaults",
            "selected",
            "your video",
        ),
    ),
    (
        # a longer line names the rights; else it is a photo's credit with the story's first
        # paragraph glued after it ("© Provided by Harbour Wire Ferries ... The ferry ...")
        (
            r"(?:©|\(c\)\ |copyright\ (?:©|\(c\)|\d{4}))"
            r" (?: .{0,150} | (?=.{0,300}\Z) (?=.*(?:right|reserv|copyright|vorbehalten|urheber"
            r"|droits|derechos|diritti|direitos|trademark|licen[cs]|genehmigung|division"
            r"|part\ of)) .{151,300})"
        ),
        "copyright notice",
        (),
    ),
    (r"\(?(?:alle\ )?angaben\ ohne\ gewähr\.?\)?", "disclaimer", ()),
    (r".{0,200}\ all\ rights\ reserved\.?", "copyright notice", ("all rights reserved",)),
    (r"(?:click|tap)\ here\ (?:to|for)\b [^.!?]{0,100} [.!]?", "call to action", ()),
    (r"(?:follow|like)\ us\ on\ .{1,120}", "call to action", ()),
    (
        # the follow buttons of a story: "Follow the topics in this story"
        (
            r"follow\ (?:the\ )?(?:topics?|authors?|writers?)"
            r"\ (?:(?:with)?in|of|on|from)\ this\ (?:article|story)"
        ),
        "call to action",
        (),
    ),
    (
        # the link to the previous post, over or under a blog post: "« Ferry season opens";
        # not a quotation, which closes ("« Nous partons », dit-il.") or ends a sentence
        r"(?:[*•]\ )? «\ [^»\n]{1,100} (?<![.,;:])",
        "link to the previous post",
        ("«",),
    ),
    (
        # a blog's archive and category pickers, as text keeps them ("Select Month November
        # 2012 October 2012 ..."), and the line naming the software the site runs on
        (
            r"select\ (?:a\ )?(?:month|category)(?:\.\.\.|…)?(?:\ .{0,400})?"
            r" | (?:proudly\ )?powered\ by\ [^,;:!?\s]{2,40}(?:\ [^,;:!?\s]{1,40}){0,3}"
        ),
        "page navigation",
        ("select", "powered by"),
    ),
    (
        (
            r"skip\ to\ (?:main\ )?(?:content|navigation|article) | back\ to\ top | scroll\ to\ top"
            r" | loading(?:\ ?\.\.\.|…)? | please\ enable\ javascript.{0,160}"
            r" | back\ to\ (?:the\ )?gallery | zurück\ zur\ (?:galerie|bildergalerie)"
            r" | retour\ à\ la\ galerie | volver\ a\ la\ galería | torna\ alla\ galleria"
            r" | voltar\ (?:para\ a|à)\ galeria"
        ),
        "page navigation",
        (),
    ),
    (
        # the text a figure leaves: "Image copyright Getty Images", "Image caption ...",
        # "Enlarge Image", "Toggle caption"
        (
            r"(?:image|media|picture|photo)\ (?:copyright|caption|source)\b.{0,300}"
            r" | enlarge(?:\ this)?\ (?:image|photo|picture) | (?:toggle|hide|show)\ caption"
            r" | expand\ (?:image|photo)"
        ),
        "image caption",
        (),
    ),
    (
        # a caption or credit line ending with a picture agency: "Ana Lima | Getty Images",
        # "The mill in 1910. Tom Ode / AP file"
        (
            r"(?:.{0,300}[|/:(·•–—-]\ ?)?\(?(?:getty\ images|shutterstock|istock(?:photo)?"
            r"|alamy(?:\ stock\ photo)?|imago(?:\ images)?|picture[-\ ]alliance"
            r"|(?:ap|afp|reuters|epa|dpa)"
            r"(?:\ photo(?:\ file)?|\ file|(?:\ photo)?/[\p{L}\ .'’-]{2,40}))\)?\.?"
        ),
        "photo credit",
        (
            "getty",
            "shutterstock",
            "istock",
            "alamy",
            "imago",
            "picture",
            "ap ",
            "afp",
            "reuters",
            "epa",
            "dpa",
        ),
    ),
    (
        # "You are using an outdated browser", "Ihr Browser ist veraltet": to the reader
        (
            rf"(?=[^\n]{{0,400}}\Z)(?=.*\b(?:browser|navigateur|navegador)\b)"
            r"(?=.*\b(?:you|your|ihr|ihren|sie|votre|vous|su|usted|tu|tuo|seu|você)\b)"
            r"(?=.*(?:outdated|out\ of\ date|no\ longer\ supported|not\ supported"
            r"|limited\ support|update\ your|upgrade\ your|veraltet|nicht\ (?:mehr\ )?unterstützt"
            r"|obsolète|n'est\ plus\ (?:à\ jour|supporté)|desactualizado|obsoleto"
            r"|non\ (?:è\ )?(?:più\ )?supportato|desatualizado))"
            rf"{_UNQUOTED}*"
        ),
        "browser notice",
        ("browser", "navigateur", "navegador"),
    ),
    (
        # "We use cookies to give you the best experience", "Diese Website verwendet Cookies":
        # the site speaks of its cookies to the reader ("we", "you", "this site")
        (
            r"(?=[^\n]{0,400}\Z)(?=.*\bcookies?\b)"
            r"(?=.*\b(?:we|our|us|you|your|this\ (?:site|website)|wir|unsere[rn]?|ihr|sie"
            r"|diese\ (?:seite|website)|nous|notre|vous|ce\ site|nosotros|nuestro|usted|este"
            r"\ sitio|noi|nostro|questo\ sito|nós|nosso|você|este\ site)\b)"
            r"(?=.*\b(?:use[sd]?|using|accept|agree|consent|verwende[nt]|nutz(?:en|t)"
            r"|akzeptier(?:en|e)|zustimm(?:en|ung)|einwillig(?:en|ung)|utilis(?:e|ons|ez)"
            r"|accepte[rz]?|utiliza(?:mos)?|acept(?:ar|a|o)|utilizz(?:a|iamo)|accett(?:a|are|o)"
            r"|usa(?:mos)?|aceit(?:ar|a|o))\b)"
            rf"{_UNQUOTED}*"
        ),
        "cookie notice",
        ("cookie",),
    ),
    (
        # a row of the site's legal links: "Terms of Use Privacy Notice", "Privacy policy |
        # More Newsletters", "Impressum · Datenschutz · AGB" (two links or more, one legal);
        # and the notice of a form's spam check ("This site is protected by reCAPTCHA ..."); no
        # words to test first: the row starts with a link's name or fails at once
        (
            rf"(?: (?:{_OTHER_LINK} {_LINK_GAP})+ {_LEGAL_LINK} (?:{_LINK_GAP} {_SITE_LINK})*"
            rf" | {_LEGAL_LINK} (?:{_LINK_GAP} {_SITE_LINK})+ )"
            r" | this\ (?:site|page|form)\ is\ protected\ by\ recaptcha\b.{0,200}"
        ),
        "site links",
        (),
    ),
    (
        # the box that stands for an embedded post until the reader agrees: "Klicken Sie auf
        # den Button, um den Inhalt von www.example.com zu laden", "Click to load the content"
        (
            r"(?=[^\n]{0,300}\Z)(?=.*\b(?:klicken|click|tap|button|schaltfläche)\b)"
            r"(?=.*\b(?:inhalte?|content)\b)(?=.*\b(?:laden|load|entsperren|unblock)\b)"
            rf"{_UNQUOTED}*"
        ),
        "embed prompt",
        ("inhalt", "content"),
    ),
    (
        # "Enter your email address to subscribe to this blog and receive notifications of new
        # posts by email", "Um neue Beiträge per E-Mail zu erhalten, hier die E-Mail-Adresse ..."
        (
            r"(?=[^\n]{0,250}\Z)(?=.*\be-?mail[-\ ]?(?:address|adresse))"
            r"(?=.*\b(?:posts?|beiträge|artikel|articles?|notifications?|benachrichtigung\w*"
            r"|entradas|articoli|publicações)\b)"
            rf"(?=.*\b{_SIGN_UP}){_UNQUOTED}*"
        ),
        "newsletter prompt",
        ("mail",),
    ),
    (
        # the fields of a comment form: "Name (required)", "Email (required)", "Submit"
        (
            r"(?:name|e-?mail|comment|website|kommentar|nom|nombre|nome)\ ?\*?"
            r"\ \((?:required|optional|erforderlich|obligatoire|obligatorio|obbligatorio)\)\*?"
        ),
        "comment prompt",
        (),
    ),
)

#: The credit that ends a photo caption left in the text, as ``regex`` fragments (verbose,
#: case-insensitive). A sentence of a story seldom ends so: a bracket it closes holds a
#: sentence or an aside.
#:
#: What a credit in brackets holds ("... on Tuesday. (AP Photo/Alan Diaz, File)",
#: "(NASA/JPL-Caltech)", "[File: Reuters]", "(Getty Images)"): a photo agency, a "via" or
#: "courtesy" source, a labelled credit, or a "Name/Agency" pair. A bare "(Photos)" or
#: "(+Fotos y Video)" ends a headline as often.
CREDIT_IN_BRACKETS: Final = (
    r"[^()\[\]]* \b(?:getty|via|courtesy|credits?|file)\b [^()\[\]]*"
    r"| [^()\[\]]* \b(?:photos?|fotos?|images?|pictures?)\b [^()\[\]]* [:/] [^()\[\]]*"
    r"| [^()\[\]]* [:/] [^()\[\]]* \b(?:photos?|fotos?|images?|pictures?)\b [^()\[\]]*"
    r"| (?=[^()\[\]]*(?-i:\p{Ll})) [^()\[\]]* [\p{L}.-] \s*/\s* (?-i:\p{Lu}) [^()\[\]]*"
)

#: A "Name/Agency" pair after the caption's last sentence or a dash, to the end of the line:
#: "... on Monday. REUTERS/Brendan McDermid", "... da Libertadores - Heinrich Aikawa/Instituto
#: Lula". Not all in capitals ("U.S. SUPPLY/DEMAND ..." is a headline).
CREDIT_NAME_PAIR: Final = (
    r"(?:[.!?…]\s+|\s[-–—|]\s+)"
    r"(?=[^/]*(?-i:\p{Ll})|[^/]*/[^/]*(?-i:\p{Ll}))"
    r"(?-i:\p{Lu})[\p{L}.’'&-]* (?:\s+[\p{L}.’'&-]+){0,3}"
    r"\s*/\s* (?-i:\p{Lu})[\p{L}.’'&-]* (?:\s+[\p{L}.’'&-]+){0,3} (?<![.!?])"
)

#: A labelled credit after the caption, to the end of the line: "... at age 4. Picture: Jane
#: Doe Source: Herald", "... sought treatment Credit: EPA".
CREDIT_LABEL: Final = (
    r"(?:[.!?…]\s+|\s[|/–—-]\s+|\s(?=(?-i:\p{Lu})))"
    r"(?:credit|photos?|fotos?|image|bild|picture|crédit) \s*:\s* [^.!?:]{1,60}"
    r"(?:\s+source\s*:\s*[^!?:]{1,40})?"
)
