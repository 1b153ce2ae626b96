"""Guessing the language of a text (for the order of numeric dates)."""

from __future__ import annotations

import pytest

from newsparse import parse_article
from newsparse.language import guess_language, writes_day_first

SENTENCES = {
    "en": "The council said on Tuesday that the bridge over the river would be closed for "
    "repairs in the spring, and that the work was expected to last until the autumn.",
    "de": "Der Rat hat am Dienstag beschlossen, dass die Brücke über den Fluss im Frühjahr "
    "für den Verkehr geschlossen wird und die Arbeiten bis zum Herbst dauern sollen.",
    "fr": "Le conseil a annoncé mardi que le pont sur la rivière sera fermé pour des travaux "
    "au printemps, et que le chantier doit durer jusqu'à la fin de l'automne dans la ville.",
    "es": "El consejo anunció el martes que el puente sobre el río se cerrará por obras en la "
    "primavera, y que los trabajos durarán hasta el otoño según los técnicos del ayuntamiento.",
    "it": "Il consiglio ha annunciato martedì che il ponte sul fiume sarà chiuso per lavori "
    "in primavera, e che il cantiere dovrebbe durare fino all'autunno secondo il comune.",
    "pt": "O conselho anunciou na terça-feira que a ponte sobre o rio será fechada para obras "
    "na primavera, e que os trabalhos devem durar até o outono, segundo os técnicos da câmara.",
    "nl": "De raad heeft dinsdag besloten dat de brug over de rivier in het voorjaar wordt "
    "gesloten voor het verkeer en dat de werken tot de herfst zullen duren volgens de stad.",
}


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_guess_language(language: str) -> None:
    """Two sentences of ordinary prose are enough to tell the languages newsparse reads apart."""
    assert guess_language(SENTENCES[language] + " " + SENTENCES[language]) == language


@pytest.mark.parametrize("text", ["", "Home News Sport Contact", "12 345 678", "的 的 的"])
def test_no_guess_on_thin_evidence(text: str) -> None:
    """Menus, figures and text without the listed function words give no language."""
    assert guess_language(text) is None


def test_no_guess_when_two_languages_are_even() -> None:
    """A text half English and half German is neither."""
    assert guess_language(SENTENCES["en"] + " " + SENTENCES["de"]) is None


def test_day_first_languages() -> None:
    """Every language newsparse reads but English writes numeric dates day first."""
    assert [lang for lang in sorted(SENTENCES) if writes_day_first(lang)] == [
        "de", "es", "fr", "it", "nl", "pt",
    ]  # fmt: skip
    assert not writes_day_first(None)


def test_ambiguous_numeric_date_follows_the_language_of_the_article() -> None:
    """The date 03/05/2022 is 3 May in a Portuguese article, and no date in an English one."""
    for language, value in (("pt", "2022-05-03"), ("en", None)):
        text = (
            "Ponte fechada para obras\n\n03/05/2022 20:36\n\n"
            + SENTENCES[language]
            + "\n\n"
            + SENTENCES[language]
            + "\n"
        )
        article = parse_article(text)
        published = article.published.value.date().isoformat() if article.published else None
        assert published == value
