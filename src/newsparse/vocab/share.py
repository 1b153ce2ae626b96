"""Words and phrases of share buttons and social icons, as they survive in page text.

A line made of nothing but these (and separators) is a share line. Matching ignores case.
"""

from __future__ import annotations

from typing import Final

#: Social networks and messengers whose names appear on share buttons.
NETWORKS: Final[tuple[str, ...]] = (
    "facebook", "twitter", "x", "whatsapp", "linkedin", "pinterest", "reddit", "telegram",
    "email", "e-mail", "mail", "messenger", "fb messenger", "fb", "tumblr", "flipboard", "pocket",
    "threads", "bluesky", "mastodon", "vk", "line", "viber", "sms", "print", "instagram",
    "youtube", "tiktok", "google+", "gmail", "snapchat", "weibo", "wechat", "xing", "skype",
    "digg", "stumbleupon", "delicious", "evernote", "rss",
)  # fmt: skip

#: Fixed phrases of share widgets (a network name may follow: "Share on Facebook").
PHRASES: Final[tuple[str, ...]] = (
    "share", "shares", "share this", "share this article", "share this story", "share article",
    "share on", "share via", "share to", "share with", "share story", "share page", "tweet",
    "tweet this", "copy link", "copy the link", "link copied", "copy url", "comments",
    "comment", "save", "save article", "print this page", "print article", "send",
    "email this", "opens in new window", "opens in a new window", "click to share on",
    "click to email a link to a friend", "click to print", "follow us", "more", "like",
    "pin it", "post", "whatsapp this", "pin", "share by email", "send by email",
    "reddit this", "linkedin share", "share via email", "gift this article", "gift article",
    "listen", "listen to this article", "share this with", "share this on", "copy this link",
    "addthis", "addthis sharing", "addthis sharing buttons", "sharing is caring",
    "sharing is caring!",
    "all share services", "close share panel", "close", "sharing options", "more sharing options",
    "extra sharing options", "all sharing options", "close extra sharing options",
    "show more sharing options", "show sharing options", "text message", "send text message",
    # the same buttons in the other languages newsparse reads
    "teilen", "artikel teilen", "jetzt teilen", "drucken",
    "druck", "twittern", "tweeten", "pinnen", "kommentare", "merken",
    "partager", "partager l'article", "imprimer", "commentaires",
    "compartir", "imprimir", "comentarios", "comentar",
    "condividi", "stampa", "commenti", "commenta",
    "compartilhar", "comentários", "comentar",
    "delen",
)  # fmt: skip

#: The word "share" on buttons, in the languages newsparse reads.
SHARE_WORDS: Final[tuple[str, ...]] = (
    "share", "teilen", "partager", "compartir", "condividi", "compartilhar", "delen",
)  # fmt: skip

#: Share-button text that pages print on the headline's line, before the title.
TITLE_PREFIXES: Final[tuple[str, ...]] = (
    "share all sharing options for:", "all sharing options for:", "share this article:",
    "share this story:", "teilen:", "partager :", "partager:", "compartir:",
)  # fmt: skip

#: CSS-class-like icon tokens that some pages' text keeps: "icon-facebook", "fa-twitter".
ICON_PREFIXES: Final[tuple[str, ...]] = ("icon-", "fa-", "fab-", "social-", "share-", "ico-")
