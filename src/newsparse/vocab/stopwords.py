"""Function words of the languages newsparse reads, for telling prose from page furniture.

Prose is dense in function words ("the", "of", "und", "que"); menus, link lists and tag
clouds are not. Only the share of such words in a line is used, so short lists of the most
frequent words are enough. Scripts written without spaces (Chinese, Japanese) and languages
not listed here are judged by length and punctuation instead.
"""

from __future__ import annotations

from typing import Final

_WORDS: Final[dict[str, str]] = {
    "en": "the a an and or but of to in on at for with by from as is are was were be been being "
    "has have had it its this that these those he she they we you i his her their our your not "
    "no will would can could should may might said says also than then there which who whom "
    "what when where how all more most about after before over into out up so if do does did "
    "him them us me my one two just only very",
    "de": "der die das den dem des und oder aber von zu im in am an auf für mit bei aus als ist "
    "sind war waren sein hat haben hatte es sich nicht ein eine einen einem einer auch noch "
    "nach vor über unter wie wird werden wurde dass so nur zum zur er sie wir ihr ich man "
    "kann können muss soll wenn dann schon mehr sehr bis durch gegen ohne um",
    "fr": "le la les l un une des du de d et ou mais à au aux en dans sur pour par avec sans "
    "est sont était été a ont avait il elle ils elles on nous vous je ne pas plus que qui "
    "quoi dont où se ce cette ces son sa ses leur leurs y comme aussi très tout tous",
    "es": "el la los las lo un una unos unas y o pero de del al a en con por para sin sobre es "
    "son fue era ha han había que se no su sus le les como más muy también ya este esta "
    "estos estas ese esa él ella ellos nos yo hay entre desde hasta cuando donde",
    "it": "il lo la i gli le un uno una e o ma di del dello della dei degli delle a al allo "
    "alla ai agli alle da dal in nel nella con su per tra fra è sono era stato ha hanno che "
    "si non come più anche ci ne questo questa quello quella suo sua loro",
    "pt": "o a os as um uma uns umas e ou mas de do da dos das em no na nos nas por pelo pela "
    "para com sem sobre é são foi era tem têm que se não seu sua seus suas como mais muito "
    "também já este esta isso ele ela eles elas entre até quando onde",
    "nl": "de het een en of maar van te in op aan voor met door uit als is zijn was waren "
    "wordt worden werd heeft hebben had dat die dit deze er hij zij wij ze niet geen ook "
    "nog naar over bij om tot",
}

#: Every function word of every language above, lower case.
STOPWORDS: Final[frozenset[str]] = frozenset(
    word for words in _WORDS.values() for word in words.split()
)

#: For each function word, the languages above that use it.
LANGUAGES_OF: Final[dict[str, tuple[str, ...]]] = {
    word: tuple(language for language, words in _WORDS.items() if word in words.split())
    for word in STOPWORDS
}
