"""Whole web pages rendered to text: the article found among menus, teasers and comments.

Every page, town, person and site here is invented. The pages copy the layouts of the tools
that turn HTML into text: inscriptis (lists as ``* `` bullets, blocks between blank lines),
html-text (the ``<title>`` first, one line per element) and hand copies (headline first).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path

import pytest

from newsparse import Article, Cursor, Document, State, explain, parse_article, parse_date
from newsparse.chain import Claim
from newsparse.cli import explain_summary, main
from newsparse.detectors import header_furniture
from newsparse.detectors.byline import is_job_title, is_personal_name, parse_byline
from newsparse.detectors.date_line import in_a_dated_list, published_by_label
from newsparse.detectors.meta_line import parse_meta_line, title_before_meta
from newsparse.detectors.share_icons import is_share_line
from newsparse.language import guess_language
from newsparse.region import find_article
from newsparse.region.header import may_be_headline
from newsparse.region.lines import is_notice, line_features

UTC = dt.timezone.utc


@dataclass(frozen=True)
class Page:
    """A page in parts: what lies outside the article, and what the article holds."""

    before: str
    """Lines above the headline: the page title, menus, teasers (all outside the article)."""
    header: str
    """The headline, standfirst, byline and date lines."""
    paragraphs: tuple[str, ...]
    """The body paragraphs."""
    teasers: str
    """A list of other stories straight after the body (outside the article)."""
    after: str
    """Comments and the footer (outside the article)."""
    separator: str
    """What stands between the parts: a blank line (inscriptis) or a line break (html-text)."""
    headline: str
    published: dt.date | None
    modified: dt.date | None
    authors: tuple[str, ...]

    @property
    def text(self) -> str:
        """The page as the tool wrote it."""
        parts = [self.before, self.header, *self.paragraphs, self.teasers, self.after]
        return self.separator.join(parts) + "\n"


def lines_of(block: str) -> list[str]:
    """The stripped non-blank lines of a block."""
    return [line.strip() for line in block.splitlines() if line.strip()]


def segments_by_line(text: str) -> dict[str, tuple[str, str, str]]:
    """(label, detector, reason) of the segment that holds each non-blank stripped line."""
    found: dict[str, tuple[str, str, str]] = {}
    for segment in explain(text):
        for line in text[segment.start : segment.end].splitlines():
            if line.strip():
                found.setdefault(line.strip(), (segment.label, segment.detector, segment.reason))
    return found


INSCRIPTIS_EN = Page(
    before="""\
  * Home
  * News
      * Local
      * Region
      * Weather
  * Sport
  * Business
  * Opinion
  * Culture
  * Subscribe
  * Sign in""",
    header="""\
Harbour Lights Festival Returns to Pellowick After Three Years

The fishing town's winter parade will run along the quay for the first time since the storm
damaged the slipway.

By
Morwenna Tresize

Published: 14 November 2023 09:30 GMT | Updated: 14 November 2023 17:05 GMT""",
    paragraphs=(
        "The Harbour Lights festival will return to Pellowick next month, the town council confirmed on Tuesday, ending a three-year pause that began when a winter storm tore away part of the old slipway.",
        "Organisers said the lantern parade would follow its traditional route along the quay, past the lifeboat station and up to the chapel on the hill, where a choir from the primary school will sing at dusk.",
        "The repairs to the slipway cost the council more than it had planned, and for a while it seemed that the festival would be dropped for good, according to the harbour master, Jory Penhale.",
        '"People kept asking me whether the lights would come back, and for a long time I had no answer to give them," he said, standing on the repaired stones as the tide came in.',
        "Local traders expect the parade to bring several thousand visitors into the town, which has struggled since the last of the fish processing plants closed its doors two winters ago.",
        "Tickets for the lantern-making workshops go on sale at the library on Saturday, and the council has asked residents who live along the route to keep their windows lit on the night.",
    ),
    teasers="""\
Most Popular

  * Pellowick bakery wins regional pasty prize
  * Coast road closed after landslip near Trevarren
  * Lifeboat crew rescues two walkers from the cliffs
  * School roof repairs to finish before Christmas
  * New bus timetable for the Pellowick valley""",
    after="""\
3 Comments

Kerensa_B
What wonderful news, I remember going to the lights as a child and we always had such a lovely evening.

OldSalt44
About time too. The council should have fixed that slipway years ago instead of wasting money on the car park.

  * About us
  * Contact
  * Advertise
  * Privacy policy
  * Terms of use

© 2023 Pellowick Gazette""",
    separator="\n\n",
    headline="Harbour Lights Festival Returns to Pellowick After Three Years",
    published=dt.datetime(2023, 11, 14, 9, 30, tzinfo=UTC),
    modified=dt.datetime(2023, 11, 14, 17, 5, tzinfo=UTC),
    authors=("Morwenna Tresize",),
)

HTML_TEXT_EN = Page(
    before="""\
Council Votes to Save the Tarrowmoor Reading Rooms | The Dunmere Echo
Skip to content
Home
News
Local
Politics
Sport
Business
Lifestyle
What's On
Jobs
Subscribe
Log in
Search
News
Local""",
    header="""\
Council Votes to Save the Tarrowmoor Reading Rooms
Monday, November 12, 2012, by Elspeth Garrow
Share
Tweet
Email""",
    paragraphs=(
        "The Tarrowmoor reading rooms, a Victorian library that has stood on the corner of Mill Lane for more than a century, will stay open after councillors voted on Monday night to fund repairs to its roof.",
        "The building had been closed since the summer, when a surveyor found that water had seeped into the timbers above the main reading hall and warned that part of the ceiling could come down.",
        "Campaigners had gathered more than four thousand signatures in a petition asking the council to keep the rooms open, and several of them sat in the public gallery as the vote was taken.",
        '"This is a place where people come to read the paper, to get warm and to talk to someone, and it would have been a real loss to the town," said Hollis Brannock, who led the campaign.',
        "The council will spend the money over two years, and the rooms are expected to reopen in the spring once the roof has been made safe and the damaged shelves have been replaced.",
    ),
    teasers="""\
Related Stories
Tarrowmoor market to move indoors for the winter
Dunmere bridge repairs delayed again
Read more""",
    after="""\
Leave a Reply
Posted by Gwen_T on November 13, 2012 at 8:15 am
Wonderful news for the town, my grandfather used to spend every Saturday morning in that reading hall with his newspaper.
Posted by R. Pascoe on November 13, 2012 at 9:40 am
I hope they keep the old oak tables when they do the repairs, they are part of what makes the place so special to visit.
About
Contact
Advertise
Privacy
Copyright 2012 The Dunmere Echo""",
    separator="\n",
    headline="Council Votes to Save the Tarrowmoor Reading Rooms",
    published=dt.date(2012, 11, 12),
    modified=None,
    authors=("Elspeth Garrow",),
)

INSCRIPTIS_PIPE_BYLINE = Page(
    before="""\
  * Home
  * News
  * Sport
  * Business
  * Opinion
  * Culture
  * Weather
  * Subscribe
  * Sign in
Trending
  * Lifeboat Crew Rescues Two Walkers From the Cliffs
  * Coast Road Closed After Landslip Near Trevarren
  * School Roof Repairs to Finish Before Christmas
News | Local""",
    header="""\
Ferry Service to Pellowick Island Saved by Late Council Deal
The council found the money for another year of crossings two days before the contract ran out.
By Morwenna Tresize | Pellowick Gazette
Tuesday 14 November 2023 09:30 GMT""",
    paragraphs=(
        "The ferry to Pellowick Island will keep running for at least another year after the council agreed a late deal with the operator, two days before the old contract was due to end.",
        "Islanders had warned that without the crossing the primary school would lose its teacher, who lives on the mainland, and that the island's only shop would have to close within weeks.",
        "The operator said the boat would keep its winter timetable of four crossings a day, with extra sailings on Saturdays for the market in the harbour car park.",
        '"We were packing up the ticket office when the phone rang," said the skipper, Loveday Carne, who has worked the crossing for nineteen years.',
    ),
    teasers="""\
Related
  * Pellowick Bakery Wins Regional Pasty Prize
  * New Bus Timetable for the Pellowick Valley""",
    after="""\
  * About us
  * Contact
  * Privacy policy""",
    separator="\n",
    headline="Ferry Service to Pellowick Island Saved by Late Council Deal",
    published=dt.datetime(2023, 11, 14, 9, 30, tzinfo=UTC),
    modified=None,
    authors=("Morwenna Tresize",),
)

HTML_TEXT_DE = Page(
    before="""\
Neue Fähre für den Hafen von Kleinwarden | Warder Tageblatt
Zum Inhalt springen
Startseite
Region
Politik
Wirtschaft
Sport
Kultur
Wetter
Abo
Anmelden
Meistgelesen
Brand in der Scheune am Ortsrand von Oberholm gelöscht
2. März 2020
Schulbus fährt ab Montag wieder nach Fahrplan
1. März 2020""",
    header="""\
Neue Fähre für den Hafen von Kleinwarden
Veröffentlicht am 3. März 2020 | Von Anna Schmidt""",
    paragraphs=(
        "Die Gemeinde Kleinwarden hat am Dienstag eine neue Fähre in Dienst gestellt, die künftig zwischen dem alten Hafen und der Insel Sandholm verkehren soll.",
        "Das Schiff bietet Platz für achtzig Fahrgäste und zwölf Autos und ersetzt die alte Fähre, die seit mehr als vierzig Jahren im Einsatz war und im vergangenen Winter mehrmals ausgefallen ist.",
        "„Wir haben lange auf diesen Tag gewartet, und die Menschen auf der Insel sind sehr erleichtert“, sagte Bürgermeisterin Greta Hollander bei der Taufe des Schiffes am Anleger.",
        "Die Fähre soll im Sommer stündlich fahren, im Winter alle zwei Stunden, und die Fahrkarten werden nach Angaben der Gemeinde nicht teurer als bisher.",
    ),
    teasers="""\
Mehr aus der Region
Radweg nach Oberholm wird im Mai fertig""",
    after="""\
Kommentare
Hein_K schrieb am 5. März 2020, 18:40 Uhr
Endlich! Die alte Fähre war in den letzten Jahren wirklich nicht mehr zuverlässig, und wir mussten oft lange am Anleger warten.
Impressum
Datenschutz
Kontakt""",
    separator="\n",
    headline="Neue Fähre für den Hafen von Kleinwarden",
    published=dt.date(2020, 3, 3),
    modified=None,
    authors=("Anna Schmidt",),
)

INSCRIPTIS_FR = Page(
    before="""\
  * Accueil
  * Actualités
  * Région
  * Économie
  * Sports
  * Culture
  * Météo
  * Abonnez-vous
  * Connexion
  * Newsletter
  * Contact
  * Recherche""",
    header="""\
Le marché couvert de Saint-Aubrac rouvre ses portes

Après deux ans de travaux, les commerçants retrouvent leurs étals sous la grande halle.

Par Claire Dubreuil

Publié le 3 mars 2020 à 14h05 | Mis à jour le 4 mars 2020 à 09h30""",
    paragraphs=(
        "Le marché couvert de Saint-Aubrac a rouvert ses portes samedi matin, après deux années de travaux qui ont permis de restaurer la charpente et de refaire entièrement le sol de la halle.",
        "Une trentaine de commerçants se sont installés dès l'aube sous la grande verrière, et les premiers clients sont arrivés avant même que les cloches de l'église ne sonnent sept heures.",
        "« Nous attendions ce jour depuis si longtemps que certains d'entre nous n'y croyaient plus », a confié le fromager Étienne Vaurs, installé au même emplacement depuis plus de trente ans.",
        "La mairie prévoit d'ouvrir le marché trois matinées par semaine, et un marché du soir sera organisé le vendredi pendant tout l'été, avec des producteurs venus de toute la vallée.",
    ),
    teasers="""\
Les plus lus

  * Un nouveau pont pour la commune de Vernhes
  * La fête de la châtaigne attire la foule""",
    after="""\
Commentaires

  * Mentions légales
  * Politique de confidentialité
  * Plan du site""",
    separator="\n\n",
    headline="Le marché couvert de Saint-Aubrac rouvre ses portes",
    published=dt.datetime(2020, 3, 3, 14, 5),
    modified=dt.datetime(2020, 3, 4, 9, 30),
    authors=("Claire Dubreuil",),
)

HTML_TEXT_ES = Page(
    before="""\
La biblioteca de Valdeluna cumple cien años | Diario del Valle
Ir al contenido
Portada
Local
Provincia
Deportes
Economía
Cultura
Opinión
Suscríbete
Iniciar sesión
Buscar""",
    header="""\
La biblioteca de Valdeluna cumple cien años
Por Lucía Ferrández
Publicado el 3 de marzo de 2020 a las 10:30 | Actualizado el 4 de marzo de 2020""",
    paragraphs=(
        "La biblioteca municipal de Valdeluna celebró este martes su centenario con una jornada de puertas abiertas en la que cientos de vecinos recorrieron sus salas y su archivo histórico.",
        "El edificio, levantado en 1920 gracias a una colecta entre los vecinos del pueblo, guarda más de veinte mil libros y una colección de periódicos locales que se remonta al siglo pasado.",
        "«Aquí aprendieron a leer generaciones enteras, y queremos que siga siendo la casa de todos», dijo la bibliotecaria, Remedios Alcaraz, que lleva treinta años al frente de la sala.",
        "El ayuntamiento ha anunciado que ampliará el horario de apertura durante los fines de semana y que creará un rincón infantil en la antigua sala de lectura del primer piso.",
    ),
    teasers="""\
Lo más leído
Cortes de agua en el barrio alto durante el fin de semana
El equipo juvenil gana el torneo de la comarca""",
    after="""\
Comentarios
Aviso legal
Política de privacidad
Contacto""",
    separator="\n",
    headline="La biblioteca de Valdeluna cumple cien años",
    published=dt.datetime(2020, 3, 3, 10, 30),
    modified=dt.date(2020, 3, 4),
    authors=("Lucía Ferrández",),
)

INSCRIPTIS_IT = Page(
    before="""\
  * Home
  * Cronaca
  * Politica
  * Economia
  * Sport
  * Cultura
  * Spettacoli
  * Meteo
  * Abbonati
  * Accedi
  * Newsletter
  * Cerca""",
    header="""\
Riapre il vecchio frantoio di Montecalvo

di Marco Bellandi

Pubblicato il 3 marzo 2020 alle 14:05 | Aggiornato il 4 marzo 2020 alle 9:30""",
    paragraphs=(
        "Il vecchio frantoio di Montecalvo ha riaperto le sue porte dopo quindici anni di abbandono, grazie a una cooperativa di giovani agricoltori che lo ha rimesso in funzione durante l'inverno.",
        "Le macine di pietra, restaurate da un artigiano della valle, hanno lavorato per la prima volta sabato mattina, davanti a decine di curiosi arrivati anche dai paesi vicini.",
        "«Mio nonno portava qui le olive ogni autunno, e per me era importante che questo posto tornasse a vivere», ha detto il presidente della cooperativa, Tommaso Ruggeri.",
        "Il frantoio sarà aperto anche alle scuole, che potranno visitarlo su prenotazione durante la stagione della raccolta, e ospiterà una piccola mostra sulla storia dell'olio nella zona.",
    ),
    teasers="""\
I più letti

  * Chiude per lavori la strada provinciale del passo
  * Il mercato del sabato si sposta in piazza""",
    after="""\
Commenti

  * Chi siamo
  * Contatti
  * Privacy""",
    separator="\n\n",
    headline="Riapre il vecchio frantoio di Montecalvo",
    published=dt.datetime(2020, 3, 3, 14, 5),
    modified=dt.datetime(2020, 3, 4, 9, 30),
    authors=("Marco Bellandi",),
)

HTML_TEXT_PT = Page(
    before="""\
Biblioteca de Vila Serena reabre após obras | Jornal da Serra
Ir para o conteúdo
Início
Notícias
Região
Economia
Desporto
Cultura
Opinião
Assinar
Entrar
Pesquisar""",
    header="""\
Biblioteca de Vila Serena reabre após obras
Publicado em 3 de março de 2020 às 14:05 | Por João Ribeiro""",
    paragraphs=(
        "A biblioteca municipal de Vila Serena reabriu nesta terça-feira depois de um ano de obras que renovaram o telhado, as janelas e a sala de leitura do primeiro andar.",
        "Dezenas de moradores aproveitaram a manhã para conhecer os novos espaços, entre eles uma sala dedicada às crianças e um pequeno arquivo com jornais antigos da região.",
        "«Esta casa sempre foi de todos, e agora está mais bonita do que nunca», disse a bibliotecária, Helena Tavares, que trabalha no edifício há mais de vinte anos.",
        "A câmara municipal anunciou que a biblioteca passará a abrir também aos sábados à tarde, e que haverá sessões de leitura para crianças todas as semanas.",
    ),
    teasers="""\
Mais lidas
Feira do queijo regressa em abril
Nova ponte sobre o rio abre ao trânsito""",
    after="""\
Comentários
Ficha técnica
Privacidade
Contactos""",
    separator="\n",
    headline="Biblioteca de Vila Serena reabre após obras",
    published=dt.datetime(2020, 3, 3, 14, 5),
    modified=None,
    authors=("João Ribeiro",),
)

PAGES = [
    pytest.param(INSCRIPTIS_EN, id="inscriptis-en"),
    pytest.param(HTML_TEXT_EN, id="html-text-en"),
    pytest.param(INSCRIPTIS_PIPE_BYLINE, id="inscriptis-pipe-byline"),
    pytest.param(HTML_TEXT_DE, id="html-text-de"),
    pytest.param(INSCRIPTIS_FR, id="inscriptis-fr"),
    pytest.param(HTML_TEXT_ES, id="html-text-es"),
    pytest.param(INSCRIPTIS_IT, id="inscriptis-it"),
    pytest.param(HTML_TEXT_PT, id="html-text-pt"),
]

#: The pages with a teaser list and comments after the article.
PAGES_WITH_TEASERS_IN_THE_CORE = [
    pytest.param(INSCRIPTIS_EN, id="inscriptis-en"),
    pytest.param(HTML_TEXT_EN, id="html-text-en"),
    pytest.param(INSCRIPTIS_PIPE_BYLINE, id="inscriptis-pipe-byline"),
    pytest.param(HTML_TEXT_DE, id="html-text-de"),
    pytest.param(INSCRIPTIS_FR, id="inscriptis-fr"),
    pytest.param(HTML_TEXT_ES, id="html-text-es"),
    pytest.param(INSCRIPTIS_IT, id="inscriptis-it"),
    pytest.param(HTML_TEXT_PT, id="html-text-pt"),
]


@pytest.mark.parametrize("page", PAGES)
def test_page_is_found_as_a_page(page: Page) -> None:
    """The page analysis sees a page, starts the article at its headline and ends it by the comments."""
    doc = Document.from_text(page.text)
    region = find_article(doc)
    assert region.is_page
    assert region.headline == region.start
    assert doc.lines[region.start].content == page.headline
    last = page.paragraphs[-1]
    assert any(line.content == last for line in doc.lines[region.start : region.end])


@pytest.mark.parametrize("page", PAGES)
def test_explain_summary_says_where_the_article_is(page: Page) -> None:
    """`newsparse explain` opens with the page decision, its reason and the headline's line."""
    rows = explain_summary(page.text)
    assert rows[0] == f"# language: {guess_language(page.text)}"
    assert rows[1].startswith("# a page: ")
    assert "lines are page furniture" in rows[1]
    number = page.text.splitlines().index(page.headline) + 1
    assert rows[2].startswith("# the article: lines ")
    assert rows[2].endswith(f", headline on line {number}")


def test_explain_summary_of_a_clean_article_says_why_it_is_no_page() -> None:
    """A clean article is no page, and the summary says why; no article lines are given."""
    text = "Dam opens\n\nBy Ana Lima\n\n" + "The dam opened on Monday after years of work. " * 5
    rows = explain_summary(text)
    assert rows[1].startswith("# not a page: ")
    assert len(rows) == 2


@pytest.mark.parametrize("page", PAGES)
def test_page_headline(page: Page) -> None:
    """The headline is the article's title line, not the <title> with its site suffix nor a teaser."""
    article = parse_article(page.text)
    assert article.headline == page.headline
    title = page.before.splitlines()[0]
    if " | " in title:
        assert article.headline != title
        assert segments_by_line(page.text)[title][:2] == ("boilerplate", "page_furniture")


@pytest.mark.parametrize("page", PAGES)
def test_page_dates(page: Page) -> None:
    """The published and modified dates come from the article's header, with their times."""
    article = parse_article(page.text)
    assert article.published is not None
    assert article.published.value == page.published
    assert type(article.published.value) is type(page.published)
    if page.modified is None:
        assert article.modified is None
    else:
        assert article.modified is not None
        assert article.modified.value == page.modified


@pytest.mark.parametrize("page", PAGES)
def test_page_authors(page: Page) -> None:
    """The authors come from the byline or the metadata line of the header."""
    article = parse_article(page.text)
    assert tuple(author.name for author in article.authors) == page.authors


@pytest.mark.parametrize("page", PAGES)
def test_page_paragraphs_are_the_start_of_the_body(page: Page) -> None:
    """Every paragraph of the article is in the body, in order, from its first paragraph."""
    article = parse_article(page.text)
    assert article.body[: len(page.paragraphs)] == page.paragraphs


@pytest.mark.parametrize("page", PAGES_WITH_TEASERS_IN_THE_CORE)
def test_page_body_is_only_the_paragraphs(page: Page) -> None:
    """Navigation, teasers, comments and the footer stay out of the body."""
    assert parse_article(page.text).body == page.paragraphs


@pytest.mark.parametrize("page", PAGES)
def test_lines_outside_the_article_are_page_furniture(page: Page) -> None:
    """Each line above the headline and from the comments on is boilerplate, with a reason."""
    found = segments_by_line(page.text)
    for line in lines_of(page.before):
        assert found[line] == ("boilerplate", "page_furniture", "page before the article")
    for line in lines_of(page.after):
        assert found[line] == ("boilerplate", "page_furniture", "page after the article")


@pytest.mark.parametrize("page", PAGES)
def test_comments_are_not_body(page: Page) -> None:
    """Nothing after the comments marker reaches the body or the header fields."""
    article = parse_article(page.text)
    for line in lines_of(page.after):
        assert not any(line.removeprefix("* ") in paragraph for paragraph in article.body)
        assert line not in (article.headline, article.standfirst)


@pytest.mark.parametrize("page", PAGES_WITH_TEASERS_IN_THE_CORE)
def test_teasers_after_the_body_are_not_body(page: Page) -> None:
    """The "Most popular" list under the article is not part of its body."""
    article = parse_article(page.text)
    for line in lines_of(page.teasers):
        assert not any(line.removeprefix("* ") in paragraph for paragraph in article.body)


def test_standfirst_of_an_inscriptis_page() -> None:
    """The paragraph between the headline and the "By" line is the standfirst."""
    article = parse_article(INSCRIPTIS_EN.text)
    assert article.standfirst == (
        "The fishing town's winter parade will run along the quay for the first time since the"
        " storm damaged the slipway."
    )


def test_share_lines_under_the_headline_are_boilerplate() -> None:
    """The share buttons html-text writes one to a line are not the body."""
    found = segments_by_line(HTML_TEXT_EN.text)
    for line in ("Share", "Tweet", "Email"):
        assert found[line][0] == "boilerplate"


def test_meta_line_gives_date_and_author() -> None:
    """A line like 'Monday, November 12, 2012, by Name' gives the date and the author."""
    found = segments_by_line(HTML_TEXT_EN.text)
    assert found["Monday, November 12, 2012, by Elspeth Garrow"][:2] == ("meta", "meta_line")
    article = parse_article(HTML_TEXT_EN.text)
    assert article.byline is not None
    assert article.byline.text == "Monday, November 12, 2012, by Elspeth Garrow"


def test_two_line_byline_on_a_page() -> None:
    """A lone 'By' on a line and the name on the next make one byline."""
    article = parse_article(INSCRIPTIS_EN.text)
    assert article.byline is not None
    assert article.byline.text == "By\nMorwenna Tresize"
    assert [author.name for author in article.authors] == ["Morwenna Tresize"]


def _byline_over_the_headline(line: str, *, gap: int = 0) -> str:
    """HTML_TEXT_EN with ``line`` printed above the headline, ``gap`` menu lines between."""
    page = HTML_TEXT_EN
    menu = "".join(f"Section {number}\n" for number in range(gap))
    header = f"{line}\n{menu}{page.header.replace('Monday, November 12, 2012, by Elspeth Garrow', 'Monday, November 12, 2012')}"
    return (
        page.separator.join([page.before, header, *page.paragraphs, page.teasers, page.after])
        + "\n"
    )


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Ada Penrose", ["Ada Penrose"]),
        ("By Ada Penrose | Nov 12, 2012", ["Ada Penrose"]),
        ("Von Anna Schmidt, 12.11.2012", ["Anna Schmidt"]),
        # each writer on a line of their own, "and" between
        ("By\nAda Penrose\nand\nJory Tremayne\n", ["Ada Penrose", "Jory Tremayne"]),
    ],
)
def test_byline_just_above_the_headline_of_a_page(line: str, names: list[str]) -> None:
    """A byline printed above the title (or above what the analysis took for the top) counts."""
    text = _byline_over_the_headline(line)
    region = find_article(Document.from_text(text))
    assert region.headline is not None
    assert text.splitlines()[region.headline] == HTML_TEXT_EN.headline
    article = parse_article(text)
    assert article.headline == HTML_TEXT_EN.headline
    assert [author.name for author in article.authors] == names
    assert article.body == HTML_TEXT_EN.paragraphs


@pytest.mark.parametrize(
    ("line", "gap"),
    [
        ("By Ada Penrose", 12),  # a teaser's byline far up the page
        ("Ada Penrose - Nov 12, 2012", 0),  # no lead word: may be a teaser's name and date
        ("By the River Cafe", 0),  # not a name
        ("By Reuters", 0),  # an agency is no author
    ],
)
def test_lines_above_the_headline_that_give_no_author(line: str, gap: int) -> None:
    """Only a near line that says "By" and reads as a byline is taken from above the top."""
    article = parse_article(_byline_over_the_headline(line, gap=gap))
    assert article.headline == HTML_TEXT_EN.headline
    assert article.authors == ()
    assert article.body == HTML_TEXT_EN.paragraphs


def test_teaser_dates_above_the_article_are_not_its_date() -> None:
    """Without a date of its own, the article takes none from the dated teasers above it."""
    text = HTML_TEXT_DE.text
    assert "Veröffentlicht am 3. März 2020 | Von Anna Schmidt" in text
    undated = text.replace("Veröffentlicht am 3. März 2020 | Von Anna Schmidt", "Von Anna Schmidt")
    article = parse_article(undated)
    assert article.headline == HTML_TEXT_DE.headline
    assert article.published is None
    assert article.modified is None
    assert [author.name for author in article.authors] == ["Anna Schmidt"]


def _date_over_the_headline(date_lines: str, *, keep_header_date: bool) -> str:
    """INSCRIPTIS_EN with ``date_lines`` between the menu and the headline."""
    page = INSCRIPTIS_EN
    header = page.header if keep_header_date else "\n\n".join(page.header.split("\n\n")[:-1])
    parts = [page.before, date_lines, header, *page.paragraphs, page.teasers, page.after]
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize(
    "date_lines",
    [
        "Published: 12 November 2023",
        "  * Published: 12 November 2023\n  * Share",
        "12 November 2023\n\nTweet\n\nLocal News",
    ],
)
def test_date_just_over_the_headline_is_the_articles(date_lines: str) -> None:
    """A date line among the few short lines over the headline dates an article with none under it."""
    article = parse_article(_date_over_the_headline(date_lines, keep_header_date=False))
    assert article.headline == INSCRIPTIS_EN.headline
    assert article.published is not None
    assert article.published.value == dt.date(2023, 11, 12)
    assert article.body == INSCRIPTIS_EN.paragraphs
    rows = segments_by_line(_date_over_the_headline(date_lines, keep_header_date=False))
    dated = [row for line, row in rows.items() if "12 November 2023" in line]
    assert [row[:2] for row in dated] == [("date", "date_line")]


@pytest.mark.parametrize(
    "line",
    ["Harbour Life 12 November 2023", "/ Sunday 12 November 2023", "Local News | 12.11.2023"],
)
def test_metadata_line_over_the_headline_dates_the_article(line: str) -> None:
    """A section name and the date over the headline: the date, and no author from the section."""
    article = parse_article(_date_over_the_headline(line, keep_header_date=False))
    assert article.headline == INSCRIPTIS_EN.headline
    assert article.published is not None
    assert article.published.value == dt.date(2023, 11, 12)
    assert [author.name for author in article.authors] == ["Morwenna Tresize"]


def test_date_under_the_headline_wins_over_one_above_it() -> None:
    """Over a headline may stand a teaser's date: the one under the headline comes first."""
    article = parse_article(_date_over_the_headline("12 November 2023", keep_header_date=True))
    assert article.published is not None
    assert article.published.value == INSCRIPTIS_EN.published


def test_date_over_the_headline_wins_over_one_after_the_prose() -> None:
    """A date line over the headline dates the article before one that comes after its prose.

    A short article leaves the header open over its few short lines at the end (a press
    contact), and the date line of the next story may stand there.
    """
    text = (
        "12 November 2023\n\nHarbour Ferry Back in Service\n\n"
        "The harbour ferry crossed to the island again on Sunday morning after three weeks in"
        " dry dock, carrying forty passengers and the mail.\n\n"
        "Its captain said the new engine ran smoothly and that the timetable would be back to"
        " normal by the end of the week.\n\n"
        "Press contact:\nHarbour Office\nPhone: 01234 567890\n\n"
        "10 November 2023\n\nLifeboat crew rescues two sailors\n"
    )
    article = parse_article(text)
    assert article.headline == "Harbour Ferry Back in Service"
    assert article.published is not None
    assert article.published.value == dt.date(2023, 11, 12)


def test_date_far_over_the_headline_is_not_the_articles() -> None:
    """A date at the top of the menu (today's date, as many sites show it) is not the article's."""
    page = INSCRIPTIS_EN
    header = "\n\n".join(page.header.split("\n\n")[:-1])
    before = "Tuesday 14 November 2023\n\n" + page.before
    text = "\n\n".join([before, header, *page.paragraphs, page.teasers, page.after]) + "\n"
    article = parse_article(text)
    assert article.headline == page.headline
    assert article.published is None


@pytest.mark.parametrize("line", ["14. November 2023", "14. November 2023 // Ana Lima"])
@pytest.mark.parametrize("over", [True, False])
def test_date_lines_that_start_with_a_dotted_day(line: str, *, over: bool) -> None:
    """A date line starting "14. November" is a date, not a list item "14." and a month."""
    page = INSCRIPTIS_EN
    header = "\n\n".join(page.header.split("\n\n")[:-1])  # without its date line
    header = f"{line}\n\n{header}" if over else f"{header}\n\n{line}"
    text = "\n\n".join([page.before, header, *page.paragraphs, page.after]) + "\n"
    article = parse_article(text)
    assert article.headline == page.headline
    assert article.published is not None
    assert article.published.value == dt.date(2023, 11, 14)


def test_date_line_written_as_a_list_item() -> None:
    """Metadata written as a list ("* Published: ...", as inscriptis does) is a date line."""
    page = INSCRIPTIS_EN
    header = page.header.replace("Published: ", "  * Published: ")
    assert header != page.header
    text = "\n\n".join([page.before, header, *page.paragraphs, page.teasers, page.after]) + "\n"
    article = parse_article(text)
    assert article.published is not None
    assert article.published.value == page.published
    assert article.modified is not None
    assert article.modified.value == page.modified


def test_dated_teaser_list_under_the_headline_does_not_date_the_article() -> None:
    """Dates in a list of other stories between the headline and the body are theirs."""
    page = INSCRIPTIS_EN
    header = "\n\n".join(page.header.split("\n\n")[:-1])  # without its date line
    related = "\n".join(
        [
            "Related stories",
            "Pellowick bakery wins regional pasty prize",
            "13 November 2023",
            "Coast road closed after landslip near Trevarren",
            "12 November 2023",
            "Lifeboat crew rescues two walkers from the cliffs",
            "10 November 2023",
        ]
    )
    text = "\n\n".join([page.before, header, related, *page.paragraphs, page.after]) + "\n"
    article = parse_article(text)
    assert article.headline == page.headline
    assert article.published is None


def test_repeated_labelled_date_lines_are_the_articles() -> None:
    """Labelled date lines written twice (mobile and desktop header) still date the article."""
    page = INSCRIPTIS_EN
    dates = "Posted: 14 November 2023 09:30 GMT\nUpdated: 14 November 2023 17:05 GMT"
    header = "\n\n".join([*page.header.split("\n\n")[:-1], dates, dates])
    text = "\n\n".join([page.before, header, *page.paragraphs, page.after]) + "\n"
    article = parse_article(text)
    assert article.published is not None
    assert article.published.value == page.published
    assert article.modified is not None
    assert article.modified.value == page.modified


def test_teaser_dates_after_the_article_are_not_its_date() -> None:
    """Dates under the teasers of a "Most Popular" list are not the article's date, comments or not."""
    page = INSCRIPTIS_EN
    teasers = page.teasers.replace(
        "  * Pellowick bakery wins regional pasty prize\n",
        "  * Pellowick bakery wins regional pasty prize\n    15 November 2023\n",
    ).replace(
        "  * Coast road closed after landslip near Trevarren\n",
        "  * Coast road closed after landslip near Trevarren\n    Published: 13 November 2023\n",
    )
    assert teasers != page.teasers
    header = "\n\n".join(page.header.split("\n\n")[:-1])  # without its date line
    for after in ("", page.after):
        text = "\n\n".join([page.before, header, *page.paragraphs, teasers, after]) + "\n"
        article = parse_article(text)
        assert article.headline == page.headline
        assert article.published is None
        assert article.modified is None


def test_comment_dates_are_not_the_article_date() -> None:
    """The dates of reader comments are not the article's date, nor are commenters authors."""
    page = HTML_TEXT_EN
    header = page.header.replace(
        "Monday, November 12, 2012, by Elspeth Garrow", "By Elspeth Garrow"
    )
    assert header != page.header
    text = "\n".join([page.before, header, *page.paragraphs, page.after]) + "\n"
    article = parse_article(text)
    assert article.published is None
    assert article.modified is None
    assert [author.name for author in article.authors] == ["Elspeth Garrow"]
    assert article.body == page.paragraphs


def test_comments_marker_with_a_count_ends_the_article() -> None:
    """A '3 Comments' line opens the comments: the reader comments after it are boilerplate."""
    found = segments_by_line(INSCRIPTIS_EN.text)
    assert found["3 Comments"][1:] == ("page_furniture", "page after the article")
    comment = "About time too. The council should have fixed that slipway years ago instead of wasting money on the car park."
    assert found[comment][1] == "page_furniture"


@pytest.mark.parametrize(
    "marker",
    [
        "Comments",
        "Comments (12)",
        "12 Comments",
        "Leave a comment",
        "Join the conversation",
        "Kommentare",
        "Commentaires",
        "Comentarios",
        "Commenti",
        "Comentários",
        "Reacties",
        "6 Kommentare zu „Fähre nach Pellowick gerettet“",
        "12 thoughts on “Ferry Service to Pellowick Island Saved”",
        "2 Responses to 'Ferry Service Saved'",
        "There are 4 comments",
        "Es gibt 2 Kommentare",
    ],
)
def test_comments_markers_end_the_article(marker: str) -> None:
    """Under a comments marker, in any of the seven languages, reader comments are not body."""
    page = INSCRIPTIS_PIPE_BYLINE
    comment = (
        "I took that ferry every day for twenty years and I would have moved to the mainland "
        "if it had stopped, so thank you to everyone who fought for it."
    )
    text = page.text + f"{marker}\nTrudie_P\n{comment}\n"
    article = parse_article(text)
    assert article.body[: len(page.paragraphs)] == page.paragraphs
    assert not any(comment in paragraph for paragraph in article.body)
    found = segments_by_line(text)
    assert found[marker] == ("boilerplate", "page_furniture", "page after the article")
    assert found[comment] == ("boilerplate", "page_furniture", "page after the article")


#: Readers and what they wrote under a short story: more prose than the story, one comment at
#: a time, each under its author's name and the time it was sent.
THREAD = tuple(
    (f"{name}", f"14 November 2023 at {9 + n}:{10 + 3 * n} am", comment)
    for n, (name, comment) in enumerate(
        [
            (
                "Kerensa_B",
                "What wonderful news, I remember going to the lights as a child and we always had such a lovely evening on the quay.",
            ),
            (
                "OldSalt44",
                "About time too. The council should have fixed that slipway years ago instead of spending the money on the new car park.",
            ),
            (
                "Tamsin R",
                "My grandmother made lanterns for the parade every year and I still have one of hers in the attic, a little blue fishing boat.",
            ),
            (
                "quaywalker",
                "Will the road by the chapel be closed on the night? Last time the buses could not get through and we had to walk home in the rain.",
            ),
            (
                "Pedrek",
                "Good to see the school choir taking part again, my two have been practising their carols in the kitchen since October.",
            ),
            (
                "Island Mum",
                "We will come over on the afternoon ferry if the weather holds, the children have been asking about the lights all week.",
            ),
            (
                "J. Polglase",
                "Does anyone know whether the lantern workshops are suitable for small children, or is it mainly for the older ones?",
            ),
            (
                "Kerensa_B",
                "The library said the workshops are open to all ages but little ones need a grown-up with them, and you should book early.",
            ),
            (
                "Wenna",
                "Lovely to read something cheerful about the town for once, after all the news about the fish plants closing.",
            ),
            (
                "harbourcat",
                "I hope they remember the stalls along the front this time, the hot chestnuts were the best part of the evening for us.",
            ),
            (
                "Old Trevarren",
                "Forty years I have watched that parade and I never thought I would say it, but I have missed it more than I expected.",
            ),
            (
                "Bryony",
                "Please keep the dogs at home on the night, the fireworks at the end frighten them and ours ran off the last time.",
            ),
        ]
    )
)


def test_comments_that_outweigh_a_short_story_are_not_body() -> None:
    """A comments heading after a few paragraphs ends the story, even when the comments are longer."""
    page = INSCRIPTIS_EN
    thread = [line for comment in THREAD for line in (*comment, "Reply")]
    text = page.separator.join([page.before, page.header, *page.paragraphs, "12 Comments", *thread])
    article = parse_article(text + "\n")
    assert article.body == page.paragraphs
    found = segments_by_line(text)
    assert found["12 Comments"][1:] == ("page_furniture", "page after the article")
    assert found[THREAD[-1][2]][1:] == ("page_furniture", "page after the article")


def test_author_box_above_long_comments_is_not_body() -> None:
    """Once the comments are cut, the author's box between them and the story ends it too."""
    page = INSCRIPTIS_EN
    bio = "Morwenna Tresize is a senior reporter for the Pellowick Gazette, covering the islands and the coast."
    thread = [line for comment in THREAD for line in (*comment, "Reply")]
    text = page.separator.join(
        [page.before, page.header, *page.paragraphs, "About the author", bio, "Comments", *thread]
    )
    assert parse_article(text + "\n").body == page.paragraphs
    assert segments_by_line(text)[bio][1:] == ("page_furniture", "page after the article")


def test_comments_button_among_the_share_buttons_does_not_end_the_story() -> None:
    """A "Comments" link in the row of share buttons under the headline opens no comments.

    Even when a long note in prose stands above the header, in the core.
    """
    note = (
        "Prices on this page are shown with a delay of at least twenty minutes and are given "
        "for information only; they are not an offer to buy or sell, and the figures for the "
        "harbour authority's bonds come from the exchange at the close of the previous day of "
        "trading. Check the official lists before you make any decision about your savings, "
        "and ask an adviser who knows your own situation, since past returns on the harbour "
        "bonds are no guide to what they may pay in the years to come, as the board has said."
    )
    story = INSCRIPTIS_PIPE_BYLINE.paragraphs
    menu = ["Pellowick Money | Markets", "Home", "Markets", "Savings", "Property", "Pensions"]
    header = [
        "Harbour Bonds Fall After the Ferry Contract Scare",
        "Facebook",
        "Twitter",
        "Comments",
        "Print",
    ]
    footer = ["About us", "Contact", "Advertise", "Privacy policy", "Terms of use"]
    text = "\n".join([*menu, note, *header, *story, *footer]) + "\n"
    assert parse_article(text).body[-len(story) :] == story


def test_comment_count_among_the_details_above_a_long_story_does_not_end_it() -> None:
    """A "Comments:" label with its count above a long run of prose is a detail of the story.

    A summary in prose stands above it; the story under it is far longer than the summary,
    in one run, as no comment thread is.
    """
    summary = (
        "In this story a lighthouse keeper on a small northern island finds a rowing boat on the shingle one winter morning, with nobody in it and a lantern still burning in the bow.",
        "She spends the long weeks of the storms trying to learn where the boat came from, and who rowed it, while the supply ship cannot reach the island and the radio stays silent.",
        "The tale is told in twelve short chapters, and this first one follows her from the morning of the find to the evening when she first hears a knock at the door of the lamp room.",
        "Readers who enjoyed the earlier tales of the same island will meet some old friends again, among them the ferryman and his dog, and the schoolteacher who keeps the weather book.",
        "A note at the end explains where the stories of the drifting boats came from, and thanks the old keepers of the northern lights who told them to the author over many long summers.",
    )
    chapter = tuple(
        f"On the {day} day of the storm the keeper climbed the stairs to the lamp room before dawn, "
        f"trimmed the wick and wiped the salt from the glass, and then she sat by the window with the "
        f"weather book open on her knees, waiting for the grey light to show her the shingle where the "
        f"boat still lay, turned over now, its lantern long gone out and its oars {place}."
        for day, place in zip(
            [
                "first",
                "second",
                "third",
                "fourth",
                "fifth",
                "sixth",
                "seventh",
                "eighth",
                "ninth",
                "tenth",
            ],
            [
                "under the wall",
                "by the shed",
                "in the rocks",
                "on the slip",
                "in the grass",
                "by the gate",
                "on the path",
                "in the pool",
                "by the steps",
                "on the sand",
            ],
            strict=True,
        )
    )
    menu = [
        "The Island Tales | Lamp Room Stories",
        "Home",
        "Stories",
        "Authors",
        "Collections",
        "Search",
        "Sign in",
        "Latest",
        "Popular",
        "Random",
    ]
    details = ["Chapters:", "1/12", "Comments:", "41", "Kudos:", "230", "Chapter 1: The Boat"]
    footer = ["About", "Contact", "Privacy policy", "Terms of use"]
    text = "\n".join([*menu, *summary, *details, *chapter, *footer]) + "\n"
    body = parse_article(text).body
    assert all(paragraph in body for paragraph in chapter)


#: A teaser of another story that reads as prose, as the lists under an article often hold.
TEASER_PROSE = (
    "The harbour master says the new pontoon will let the lifeboat launch at any state of the "
    "tide, and the work should be finished before the winter storms arrive next month."
)


@pytest.mark.parametrize(
    "heading",
    [
        "You might also like",
        "Related articles:",
        "Share this:",
        "About the author",
        "Das könnte Sie auch interessieren",
        "Das könnte Sie auch interessieren!",
        "Ähnliche Beiträge",
        "Die Redaktion empfiehlt",
        "Themen im Artikel",
        "À lire aussi",
        "Noticias relacionadas",
        "Leggi anche",
        "Veja também",
        "Diese Artikel könnten euch auch interessieren:",
        "Next article",
        "Vorschau auf den nächsten Artikel",
        "Article suivant",
        "Artículo anterior",
    ],
)
def test_heading_of_other_stories_ends_the_article(heading: str) -> None:
    """A heading of other stories, or of the share, tag or author box, ends the story.

    The teasers under it, prose though they read, are not body.
    """
    page = INSCRIPTIS_PIPE_BYLINE
    text = page.separator.join(
        [page.before, page.header, *page.paragraphs, heading, TEASER_PROSE, page.after]
    )
    article = parse_article(text + "\n")
    assert article.body == page.paragraphs
    found = segments_by_line(text)
    assert found[heading] == ("boilerplate", "page_furniture", "page after the article")
    assert found[TEASER_PROSE] == ("boilerplate", "page_furniture", "page after the article")


def test_heading_of_other_stories_inside_the_story_does_not_end_it() -> None:
    """A "Related" box in the middle of a story, with most of the story still to come, is no end."""
    page = INSCRIPTIS_PIPE_BYLINE
    more = (
        "Crossings were cut to two a day last winter when the operator lost a second crew, and islanders say the shorter timetable made it hard to reach the hospital in time for morning appointments on the mainland.",
        "The council said it would now look for a longer contract, so that the island does not face the same uncertainty next autumn, and it will ask the operator to train two new deckhands from the island itself.",
        "A public meeting on the future of the service is planned for the village hall in January, and the ferry company has promised to publish its passenger figures before it.",
        "Until then the winter timetable stands, and the first boat will leave the harbour at seven each morning, weather permitting, as it has done for the past nineteen years.",
    )
    box = ("Related", "Pellowick Bakery Wins Regional Pasty Prize")
    paragraphs = (*page.paragraphs, more[0], *box, *more[1:])
    text = page.separator.join([page.before, page.header, *paragraphs, page.after])
    body = parse_article(text + "\n").body
    assert body[: len(page.paragraphs) + 1] == (*page.paragraphs, more[0])
    assert body[-3:] == more[1:]


MIDDLE_OF_THE_STORY = (
    "Crossings were cut to two a day last winter when the operator lost a second crew, and islanders say the shorter timetable made it hard to reach the hospital in time for morning appointments on the mainland.",
    "The council said it would now look for a longer contract, so that the island does not face the same uncertainty next autumn, and it will ask the operator to train two new deckhands from the island itself.",
    "A public meeting on the future of the service is planned for the village hall in January, and the ferry company has promised to publish its passenger figures before it.",
    "Until then the winter timetable stands, and the first boat will leave the harbour at seven each morning, weather permitting, as it has done for the past nineteen years.",
)


@pytest.mark.parametrize(
    "box",
    [
        ("Mehr zum Thema", "Neue Fähre für Kleinwarden", "Hafen bekommt zweiten Anleger"),
        (
            "Related stories",
            "Pellowick Bakery Wins Regional Pasty Prize",
            "New Bus Timetable for the Pellowick Valley",
            "Harbour Wall Repairs Begin",
        ),
        ("Tags:", "Ferries", "Pellowick Island", "Council"),
    ],
    ids=["de", "en", "tags"],
)
def test_box_of_other_stories_inside_the_story_is_not_body(box: tuple[str, ...]) -> None:
    """A box heading between two paragraphs, and the teaser titles under it, are the page's."""
    page = INSCRIPTIS_PIPE_BYLINE
    paragraphs = (*page.paragraphs, MIDDLE_OF_THE_STORY[0], *box, *MIDDLE_OF_THE_STORY[1:])
    text = page.separator.join([page.before, page.header, *paragraphs, page.after])
    assert parse_article(text + "\n").body == (*page.paragraphs, *MIDDLE_OF_THE_STORY)
    found = segments_by_line(text)
    for line in box:
        assert found[line][:2] == ("boilerplate", "page_furniture")
        assert found[line][2] in {"box of the page in the article", "list of other stories"}


def test_box_under_the_story_leaves_a_date_line_to_the_detectors() -> None:
    """A line with a date under a box heading ends the box: it may be the article's date."""
    page = INSCRIPTIS_PIPE_BYLINE
    box = ("Share this article", "Facebook", "Updated 15 November 2023 10:00 GMT")
    paragraphs = (*page.paragraphs, MIDDLE_OF_THE_STORY[0], *box, *MIDDLE_OF_THE_STORY[1:])
    text = page.separator.join([page.before, page.header, *paragraphs, page.after])
    found = segments_by_line(text)
    assert found[box[1]][0] == "boilerplate"
    assert found[box[2]][2] != "box of the page in the article"


@pytest.mark.parametrize(
    "heading",
    [
        "Sign Up for the Gazette Newsletter",
        "Email Newsletter",
        "Newsletter abonnieren",
        "Get our morning newsletter in your inbox",
        "We rely on your support to keep reporting",
    ],
)
def test_newsletter_box_under_the_story_ends_it(heading: str) -> None:
    """A newsletter or support box under the story ends it: the blurb under it is not body."""
    page = INSCRIPTIS_PIPE_BYLINE
    blurb = "Daily news about the harbour, the boats and the people who work them, every morning."
    text = page.separator.join(
        [page.before, page.header, *page.paragraphs, heading, blurb, page.after]
    )
    article = parse_article(text + "\n")
    assert article.body == page.paragraphs
    assert segments_by_line(text)[blurb][1] == "page_furniture"


def test_subscribe_box_before_the_last_paragraph_does_not_end_it() -> None:
    """A bare "Subscribe" box before the last paragraph heads no newsletter: the story goes on."""
    page = INSCRIPTIS_PIPE_BYLINE
    last = "The operator said the timetable would be reviewed in March, once the new deckhands have finished their training."
    paragraphs = (*page.paragraphs, "Subscribe", last)
    text = page.separator.join([page.before, page.header, *paragraphs, page.after])
    assert parse_article(text + "\n").body == (*page.paragraphs, last)


AUTHOR_BIO_LINE = "Tamsin Roskilly covers the islands and their ferries, and before that she spent ten years at a radio station in the valley."


@pytest.mark.parametrize(
    "box",
    [
        ("Über den Autor/ die Autorin", "Tamsin Roskilly", AUTHOR_BIO_LINE),
        ("Autoreninfo", AUTHOR_BIO_LINE),
        ("About Tamsin Roskilly", AUTHOR_BIO_LINE),
        ("About the author:", "Tamsin Roskilly", AUTHOR_BIO_LINE),
    ],
    ids=["de-slash", "de-info", "about-name", "en"],
)
def test_author_box_inside_the_story_is_not_body(box: tuple[str, ...]) -> None:
    """The author's box (heading, name, the line about them) between paragraphs is the page's."""
    page = INSCRIPTIS_PIPE_BYLINE
    paragraphs = (*page.paragraphs, MIDDLE_OF_THE_STORY[0], *box, *MIDDLE_OF_THE_STORY[1:])
    text = page.separator.join([page.before, page.header, *paragraphs, page.after])
    assert parse_article(text + "\n").body == (*page.paragraphs, *MIDDLE_OF_THE_STORY)
    found = segments_by_line(text)
    for line in box:
        assert found[line] == ("boilerplate", "page_furniture", "box of the page in the article")


@pytest.mark.parametrize("heading", ["About the harbour", "Über Kleinwarden", "The author"])
def test_heading_that_names_no_author_keeps_the_paragraph_under_it(heading: str) -> None:
    """'About' and a place, or a bare 'The author', heads no author's box: the story goes on."""
    page = INSCRIPTIS_PIPE_BYLINE
    paragraphs = (*page.paragraphs, heading, *MIDDLE_OF_THE_STORY)
    text = page.separator.join([page.before, page.header, *paragraphs, page.after])
    assert parse_article(text + "\n").body[-len(MIDDLE_OF_THE_STORY) :] == MIDDLE_OF_THE_STORY


@pytest.mark.parametrize(
    ("prompt", "field"),
    [
        ("Leave a comment", "Name *"),
        ("Hinterlasse jetzt einen Kommentar", "E-Mail (erforderlich)"),
        ("No Response so far »", "Name (required)"),
    ],
)
def test_comment_form_under_a_short_story_ends_it(prompt: str, field: str) -> None:
    """A comment prompt with the form's fields under it ends even a short story.

    The prose under the form (a promotion of the site) is not the story's.
    """
    page = INSCRIPTIS_PIPE_BYLINE
    story = page.paragraphs[:1]
    promotion = [
        "Pellowick Gazette is the weekly paper of the harbour towns, with news, tide tables and the ferry timetable for every island in the bay. "
        * 3,
        "Order the Gazette's book of harbour walks now: forty routes along the quays and cliffs, with maps and photographs of every one. "
        * 3,
        "Our guide to the islands tells you where to stay, where to eat and which beaches are safe for swimming at every state of the tide. "
        * 3,
    ]
    promotion = [line.strip() for line in promotion]
    parts = [page.before, page.header, *story, prompt, "Your comment", field, *promotion]
    text = page.separator.join([*parts, page.after])
    article = parse_article(text + "\n")
    assert article.body == story
    assert segments_by_line(text)[promotion[0]][0] == "boilerplate"


def test_comment_prompt_without_a_form_under_a_short_story_does_not_end_it() -> None:
    """A comment prompt alone after little prose ends nothing: it may stand above the story."""
    page = INSCRIPTIS_PIPE_BYLINE
    rest = (*page.paragraphs[1:], *MIDDLE_OF_THE_STORY)
    parts = [page.before, page.header, page.paragraphs[0], "Leave a comment", *rest]
    text = page.separator.join([*parts, page.after])
    assert parse_article(text + "\n").body[-len(rest) :] == rest


def test_last_paragraph_that_mentions_a_newsletter_stays() -> None:
    """A sentence of the story about a newsletter is prose, not a sign-up box."""
    page = INSCRIPTIS_PIPE_BYLINE
    last = "The island's school will send a newsletter to every family this week explaining the new timetable."
    text = page.separator.join([page.before, page.header, *page.paragraphs, last, page.after])
    assert parse_article(text + "\n").body == (*page.paragraphs, last)


def test_teaser_titles_ending_in_a_quote_are_not_prose() -> None:
    """A title that ends with a quoted phrase ('... ‘we will not give up’') is a title, not a sentence."""
    page = INSCRIPTIS_PIPE_BYLINE
    teasers = (
        "Skipper of the Pellowick ferry on her nineteen years at the wheel: ‘the sea decides’",
        "Islanders to council after the late deal for the crossing: ‘we will not give up’",
        "Harbour master tells the new operator of the ferry: “Mind the sandbar at low tide”",
    )
    text = page.separator.join([page.before, page.header, *page.paragraphs, *teasers, page.after])
    assert parse_article(text + "\n").body == page.paragraphs


def test_sentence_ending_in_a_quote_after_a_full_stop_is_prose() -> None:
    """A paragraph that ends with a full stop inside the quote stays a sentence."""
    page = INSCRIPTIS_PIPE_BYLINE
    last = "The skipper said the crossing would go on as long as the islanders needed it, adding: “We never missed a day.”"
    text = page.separator.join([page.before, page.header, *page.paragraphs, last, page.after])
    assert parse_article(text + "\n").body == (*page.paragraphs, last)


@pytest.mark.parametrize(
    "prompt",
    [
        "Leave a Reply",
        "Comments are closed.",
        "You must be logged in to post a comment.",
        "Schreibe einen Kommentar Antworten abbrechen",
        "Die Kommentarfunktion ist geschlossen.",
        "Du musst angemeldet sein, um einen Kommentar abzugeben.",
        "Laisser un commentaire",
        "Deja una respuesta",
        "Lascia un commento",
        "Deixe um comentário",
    ],
)
def test_comment_form_ends_the_article(prompt: str) -> None:
    """A line of the comment form ends the story, even with much prose after it."""
    page = INSCRIPTIS_PIPE_BYLINE
    comment = (
        "I took that ferry every day for twenty years and I would have moved to the mainland "
        "if it had stopped, so thank you to everyone who fought for it."
    )
    text = page.separator.join(
        [
            page.before,
            page.header,
            *page.paragraphs,
            prompt,
            comment,
            comment + " Truly.",
            page.after,
        ]
    )
    article = parse_article(text + "\n")
    assert article.body == page.paragraphs
    assert segments_by_line(text)[prompt][1:] == ("page_furniture", "page after the article")


def test_comment_form_ends_the_article_before_a_long_notice() -> None:
    """A comment form line ends the story after a few paragraphs, however much prose follows."""
    page = INSCRIPTIS_PIPE_BYLINE
    notice = (
        "Cookies help us run this service: some are needed for the pages to work at all, "
        "others count visits so that we can see which pages are read and improve them. "
    ) * 4
    text = page.separator.join(
        [page.before, page.header, *page.paragraphs, "Leave a Reply", *[notice] * 6, page.after]
    )
    assert parse_article(text + "\n").body == page.paragraphs


def test_sentence_with_a_comment_count_does_not_end_the_article() -> None:
    """A last paragraph that opens with a count of comments, with no title in quotes, is prose."""
    page = INSCRIPTIS_PIPE_BYLINE
    last = (
        "12 comments on the plan were sent to the council before the vote, most of them in favour."
    )
    text = page.separator.join([page.before, page.header, *page.paragraphs, last, page.after])
    assert parse_article(text + "\n").body == (*page.paragraphs, last)


@pytest.mark.parametrize(
    "bio",
    [
        "Morwenna Tresize is a senior reporter for the Pellowick Gazette, covering the islands and the coast.",
        "Anna Schmidt ist Redakteurin im Ressort Region und schreibt über Häfen und Fähren.",
        "Jago Penrose is the co-founder of a small ferry company and writes about boats on weekends.",
    ],
)
def test_author_bio_under_the_story_ends_it(bio: str) -> None:
    """A line telling who the author is, under the story, ends it: what follows is not body."""
    page = INSCRIPTIS_PIPE_BYLINE
    text = page.separator.join(
        [page.before, page.header, *page.paragraphs, bio, TEASER_PROSE, page.after]
    )
    article = parse_article(text + "\n")
    assert article.body == page.paragraphs
    assert segments_by_line(text)[bio][1:] == ("page_furniture", "page after the article")


def test_sentence_about_a_writer_inside_the_story_does_not_end_it() -> None:
    """A sentence saying someone is a writer, with most of the story after it, is prose."""
    page = INSCRIPTIS_PIPE_BYLINE
    line = "Loveday Carne is a former reporter who took the skipper's job when the paper closed."
    more = (
        "Crossings were cut to two a day last winter when the operator lost a second crew, and islanders say the shorter timetable made it hard to reach the hospital in time for morning appointments on the mainland.",
        "The council said it would now look for a longer contract, so that the island does not face the same uncertainty next autumn, and it will ask the operator to train two new deckhands from the island itself.",
        "A public meeting on the future of the service is planned for the village hall in January, and the ferry company has promised to publish its passenger figures before it.",
    )
    paragraphs = (*page.paragraphs, line, *more)
    text = page.separator.join([page.before, page.header, *paragraphs, page.after])
    assert parse_article(text + "\n").body == paragraphs


def test_cookie_banner_after_the_story_is_not_body() -> None:
    """The long paragraphs of a cookie banner at the end of the page do not join the story."""
    page = INSCRIPTIS_PIPE_BYLINE
    banner = (
        "Diese Website verwendet Cookies, damit wir Ihnen die Seiten zeigen und sehen können, welche Artikel gelesen werden; Sie können dem jederzeit widersprechen.",
        "sessionid 1 day This cookie is set by the site to remember the articles you have opened and the settings you have chosen during your visit.",
    )
    text = page.separator.join(
        [page.before, page.header, *page.paragraphs, page.after, *banner, "Accept", "Reject"]
    )
    assert parse_article(text + "\n").body == page.paragraphs


def test_sentence_opening_like_a_heading_does_not_end_the_article() -> None:
    """A last paragraph that starts with the words of a heading ("Related ...") is prose."""
    page = INSCRIPTIS_PIPE_BYLINE
    last = "Related work on the harbour wall will start in the spring, the council said."
    text = page.separator.join([page.before, page.header, *page.paragraphs, last, page.after])
    assert parse_article(text + "\n").body == (*page.paragraphs, last)


#: Titles of other stories, as a list under an article gives them (no bullets, no heading).
TEASER_TITLES = (
    "Lifeboat crew called out twice in one night off Trevarren Point",
    "Harbour car park charges to rise from the start of April next year",
    "New bus timetable for the Pellowick valley comes in on Monday morning",
    "Bakery on Fore Street wins the regional pasty prize for a third year",
    "Coast path near the lighthouse reopens after the winter landslip",
    "School choir to sing at the cathedral carol service in December",
)


def test_run_of_teaser_titles_ends_the_article() -> None:
    """Six teaser titles in a row under the story end it: the teaser prose after them is not body."""
    page = INSCRIPTIS_PIPE_BYLINE
    footer = page.after + "\n  * Advertise\n  * Jobs\n  * Archive\n  * Newsletters"
    text = page.separator.join(
        [page.before, page.header, *page.paragraphs, *TEASER_TITLES, TEASER_PROSE, footer]
    )
    assert parse_article(text + "\n").body == page.paragraphs


#: Teasers of other stories under the tags of a story: a title, a byline, a date and a
#: summary each, more prose in all than a short story, one summary at a time.
TEASERS_WITH_SUMMARIES = [
    line
    for title, name, summary in [
        (
            "Tarrowmoor market to move indoors",
            "Gwen Tallack",
            "Traders say the old hall will keep the stalls dry through the worst of the winter weather.",
        ),
        (
            "Dunmere bridge repairs delayed again",
            "Ruan Polmear",
            "The contractor blames the high river for the second delay to the work since the spring.",
        ),
        (
            "New head for the grammar school",
            "Ysella Marrack",
            "The governors picked a former pupil who has taught in the town for almost twenty years.",
        ),
        (
            "Bus route to the coast restored",
            "Ruan Polmear",
            "The service will run every two hours from the square, with an extra bus on market days.",
        ),
        (
            "Mill Lane cafe wins a national prize",
            "Gwen Tallack",
            "Its owners say the award belongs to the regulars who kept the place going in the lean years.",
        ),
        (
            "Floodlights for the cricket ground",
            "Jory Kitto",
            "The club has raised most of the money itself and hopes to play its first evening match in May.",
        ),
        (
            "Choir to sing at the cathedral",
            "Ysella Marrack",
            "Forty singers from the town will travel to the city for the carol service next month.",
        ),
        (
            "Allotment waiting list grows longer",
            "Jory Kitto",
            "More than two hundred people are now waiting for a plot, the allotment society has said.",
        ),
    ]
    for line in (title, f"By {name}", "November 10, 2012", summary)
]


def test_teasers_with_summaries_after_the_tags_are_not_body() -> None:
    """Teasers after a run of tags are not body, though they outweigh the story.

    They come one short summary at a time; a story that goes on after a list goes on in
    paragraphs.
    """
    page = HTML_TEXT_EN
    tags = ["Tarrowmoor", "Libraries", "Council", "Heritage", "Dunmere", "Local news"]
    footer = ["About", "Contact", "Advertise", "Privacy", "Copyright 2012 The Dunmere Echo"]
    text = "\n".join(
        [page.before, page.header, *page.paragraphs, *tags, *TEASERS_WITH_SUMMARIES, *footer]
    )
    article = parse_article(text + "\n")
    assert article.body == page.paragraphs
    assert segments_by_line(text)[TEASERS_WITH_SUMMARIES[3]][1] == "page_furniture"


def test_story_that_goes_on_in_paragraphs_after_a_list_keeps_them() -> None:
    """A list of short lines inside a story is no end when paragraphs in a row follow it."""
    page = HTML_TEXT_EN
    places = ["Mill Lane", "Chapel Street", "The Square", "Quay Road", "Church Hill", "Market Row"]
    more = (
        "The council said the repairs to the reading rooms would be paid for from the money it had set aside for the old market hall, which will now wait another year for its new roof.",
        "Volunteers have offered to move the books to the school hall while the work is done, so that readers can borrow them through the winter, and the county library will lend its van.",
        "The architect in charge of the work said the new roof would keep the look of the old one, with the same grey slate from the quarry above the town and the same iron gutters.",
        "A reading group that has met in the hall every Thursday for thirty years will move to the back room of the Ship Inn, whose landlord has offered it the room without charge.",
        "The campaigners now want the council to open the rooms on Sunday afternoons, when the town has nowhere warm and quiet to sit, and they plan a second petition in the new year.",
    )
    footer = ["About", "Contact", "Advertise", "Privacy", "Jobs", "Copyright 2012 The Dunmere Echo"]
    text = "\n".join([page.before, page.header, *page.paragraphs, *places, *more, *footer])
    assert parse_article(text + "\n").body[-len(more) :] == more


def test_list_introduced_by_the_story_does_not_end_it() -> None:
    """A list under a line ending with a colon is the story's, and the story goes on after it."""
    page = INSCRIPTIS_PIPE_BYLINE
    intro = "The council listed the sailings it will keep over the winter months:"
    items = (
        "Monday to Friday at seven, ten, one and four",
        "Saturday at eight and noon, with a market boat at nine",
        "Sunday at ten and three, weather and tides permitting",
        "Bank holidays as on Sunday, with one late boat at six",
        "Christmas Day and Boxing Day with no sailings at all",
        "New Year's Day at noon only, returning at half past two",
    )
    last = "The operator said the timetable would be reviewed in March, once the new deckhands have finished their training."
    paragraphs = (*page.paragraphs, intro, *items, last)
    footer = page.after + "\n  * Advertise\n  * Jobs\n  * Archive\n  * Newsletters"
    text = page.separator.join([page.before, page.header, *paragraphs, footer])
    body = parse_article(text + "\n").body
    assert body[: len(page.paragraphs) + 1] == (*page.paragraphs, intro)
    assert body[-1] == last


#: Other stories at the foot of a page, each under a label of its section, the last one at
#: the very end of the text.
TEASER_BOXES = (
    "Harbour",
    "Fishing fleet lands the biggest catch of mackerel in a decade at Pellowick quay",
    "Weather",
    "Storm warning for the whole coast as the first autumn gale comes in from the west.",
    "Schools",
    "Choir to sing at the cathedral carol service",
    "Culture",
    "Sport",
    "Opinion",
    "Letters",
    "Business",
    "Shops on Fore Street will open late on Thursdays until Christmas, the traders said.",
)


def test_run_of_teaser_titles_ends_a_page_without_a_footer() -> None:
    """After six teaser titles, boxes of other stories end the page: they are not body either."""
    page = INSCRIPTIS_PIPE_BYLINE
    text = page.separator.join(
        [page.before, page.header, *page.paragraphs, *TEASER_TITLES, *TEASER_BOXES]
    )
    assert parse_article(text + "\n").body == page.paragraphs


def test_last_paragraph_after_a_list_at_the_end_of_a_page_stays() -> None:
    """A list in the story with no heading, then its last paragraph: the text ends with the story."""
    page = INSCRIPTIS_PIPE_BYLINE
    last = "The operator said the timetable would be reviewed in March, once the new deckhands have finished their training."
    paragraphs = (*page.paragraphs, *TEASER_TITLES, last)
    text = page.separator.join([page.before, page.header, *paragraphs])
    assert parse_article(text + "\n").body[-1] == last


LONG_PARAGRAPHS = tuple(
    f"{paragraph} In the {place}, people said the same."
    for place in ("harbour", "village", "school", "market")
    for paragraph in INSCRIPTIS_PIPE_BYLINE.paragraphs
)
TAG_LINES = ("Ferries", "Pellowick Island", "Transport", "Council")


def test_promotion_after_the_tags_is_not_body() -> None:
    """A short line of prose after the tags, and before the footer, is the site's."""
    page = INSCRIPTIS_PIPE_BYLINE
    promotion = "Find all our guides to the island ferries on this page."
    text = page.separator.join(
        [page.before, page.header, *LONG_PARAGRAPHS, *TAG_LINES, promotion, page.after]
    )
    article = parse_article(text + "\n")
    assert article.body == LONG_PARAGRAPHS
    assert segments_by_line(text)[promotion][0] == "boilerplate"


def test_long_last_paragraph_after_a_picture_stays() -> None:
    """The end of a story under a picture, its caption and its credit is body."""
    page = INSCRIPTIS_PIPE_BYLINE
    last = " ".join(
        f"The operator said the {thing} would be reviewed in March, once the new deckhands have finished their training."
        for thing in ("timetable", "fares", "winter sailings", "market sailings", "crew rota")
    )
    picture = ("Picture", "The ferry at the quay in Pellowick", "Loveday Carne")
    paragraphs = tuple(
        f"{paragraph} It was {day}."
        for day in ("Monday", "Tuesday", "Friday")
        for paragraph in LONG_PARAGRAPHS
    )
    text = page.separator.join(
        [page.before, page.header, *paragraphs, *picture, last, *TAG_LINES, page.after]
    )
    body = parse_article(text + "\n").body
    assert body[: len(paragraphs)] == paragraphs
    assert body[-1] == last


def test_comment_link_under_the_byline_does_not_end_the_article() -> None:
    """A "Leave a comment" link above the first paragraph is no comment form."""
    page = INSCRIPTIS_PIPE_BYLINE
    text = page.separator.join(
        [page.before, page.header, "Leave a comment", *page.paragraphs, page.after]
    )
    assert parse_article(text + "\n").body == page.paragraphs


def test_site_name_on_the_first_line_is_not_the_headline() -> None:
    """A site name written above the menus is not the article's headline."""
    page = INSCRIPTIS_PIPE_BYLINE
    text = "Pellowick Gazette\n" + page.text
    article = parse_article(text)
    assert article.headline == page.headline


@pytest.mark.parametrize(
    ("page", "last"),
    [
        pytest.param(
            INSCRIPTIS_PIPE_BYLINE,
            "Historians say boats have landed at this site since at least the fourteenth century, long before the harbour wall was built.",
            id="en",
        ),
        pytest.param(
            INSCRIPTIS_FR,
            "Les archéologues estiment que ce site accueillait déjà un marché au Moyen Âge, bien avant la construction de la halle actuelle.",
            id="fr",
        ),
    ],
)
def test_last_paragraph_about_a_site_stays_in_the_body(page: Page, last: str) -> None:
    """A last paragraph that speaks of "this site" (a place) is prose of the article."""
    text = page.separator.join(
        [page.before, page.header, *page.paragraphs, last, page.teasers, page.after]
    )
    assert parse_article(text + "\n").body == (*page.paragraphs, last)


def test_line_introducing_a_quotation_does_not_end_the_article() -> None:
    """A paragraph ending "wrote:" before a quotation is part of the body, as is what follows."""
    page = INSCRIPTIS_PIPE_BYLINE
    paragraphs = (
        *page.paragraphs[:3],
        "In a letter to islanders on Monday, the council leader, Demelza Rowe, wrote:",
        '"I know how worried many of you have been, and I am glad that we could keep the crossing running for another year at least."',
        page.paragraphs[3],
    )
    text = page.separator.join([page.before, page.header, *paragraphs, page.teasers, page.after])
    assert parse_article(text + "\n").body == paragraphs


# Hand copies: the reader selected the article on the page and pasted it.

HAND_COPY = """\
Beekeepers Count Record Harvest on the Ashcombe Downs
Share on Facebook
Share on Twitter
Email
By Tamsin Lovejoy | Ashcombe Valley News
Sat 21 Sep 2024 10:15 BST
Beekeepers on the Ashcombe Downs say this summer brought the largest honey harvest they have recorded since the cooperative was founded, thanks to a long spell of warm weather and a wet spring.
The cooperative's forty members took more than six tonnes of honey from their hives, nearly twice the amount gathered last year, when a cold June kept the bees close to home.
"We had flowers on the heather right through August, and the bees simply never stopped working," said the cooperative's chair, Piran Oldreive, who keeps hives above the village of Coombe Ferrers.
The honey will be sold at the autumn fair in Ashcombe next month, and some of the proceeds will go to a scheme that plants wildflowers along the verges of the valley roads.
"""

HAND_COPY_TAIL = """\
Topics
Farming
Ashcombe
Wildlife
Food and drink
More from Ashcombe Valley News
Village hall gets a new roof
Ferry timetable changes
Cycle path opens
Tags
honey
bees
"""


def test_hand_copy_is_not_a_page() -> None:
    """A hand copy of the article alone is parsed as an article, not cut as a page."""
    assert not find_article(Document.from_text(HAND_COPY)).is_page


@pytest.mark.parametrize(
    "text", [HAND_COPY, HAND_COPY + HAND_COPY_TAIL], ids=["alone", "with-tail"]
)
def test_hand_copy(text: str) -> None:
    """Headline first, then share lines, byline and date, then the body; a copied tail is left out."""
    article = parse_article(text)
    assert article.headline == "Beekeepers Count Record Harvest on the Ashcombe Downs"
    assert [author.name for author in article.authors] == ["Tamsin Lovejoy"]
    assert article.published is not None
    assert article.published.value == dt.datetime(
        2024, 9, 21, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert article.body == tuple(HAND_COPY.splitlines()[6:])
    assert {"Share on Facebook", "Share on Twitter", "Email"} <= set(article.boilerplate)
    assert set(lines_of(HAND_COPY_TAIL)) & set(article.body) == set()


def test_hand_copy_tail_is_page_furniture() -> None:
    """With enough furniture copied after it, the text is a page whose headline is its first line."""
    text = HAND_COPY + HAND_COPY_TAIL
    doc = Document.from_text(text)
    region = find_article(doc)
    assert region.is_page
    assert region.headline == 0
    found = segments_by_line(text)
    for line in lines_of(HAND_COPY_TAIL):
        assert found[line] == ("boilerplate", "page_furniture", "page after the article")


HAND_COPY_SHARE_COUNTS = """\
Beekeepers Count Record Harvest on the Ashcombe Downs
3.409
readers
Share
Facebook
Twitter
Pinterest
WhatsApp
Email
Print
Copy link
Comments
Save
Farming
21 Sep 2024
"""

HAND_COPY_RANKING = """\
The countries where families move up fastest, according to the report:
1. Finland
2. Norway
3. Australia
4. Canada
5. Germany
6. France
7. Portugal
8. Italy
9. Spain
10. Ireland
11. Austria
12. Belgium
"""


@pytest.mark.parametrize(
    ("head", "tail"),
    [(HAND_COPY_SHARE_COUNTS, ""), ("", HAND_COPY_RANKING)],
    ids=["share-buttons-and-counts", "numbered-list"],
)
def test_hand_copy_with_share_buttons_or_a_numbered_list_is_not_a_page(
    head: str, tail: str
) -> None:
    """Share buttons, counts and a numbered list are no menu: a hand copy keeps them."""
    body = "\n".join(HAND_COPY.splitlines()[6:])
    text = head + body + "\n" + tail
    assert not find_article(Document.from_text(text)).is_page
    article = parse_article(text)
    assert HAND_COPY.splitlines()[6] in article.body


def test_share_buttons_are_not_a_menu_but_a_real_menu_still_is() -> None:
    """A run of site sections makes a page; the same run of share buttons does not."""
    body = HAND_COPY.splitlines()[6:]
    furniture = ["Facebook", "Twitter", "Pinterest", "Email"] * 3 + ["Farming"]
    share_copy = "\n".join([*furniture, *body])
    assert not find_article(Document.from_text(share_copy)).is_page
    menu = ["Home", "World", "Sport", "Business"] * 3 + ["Farming"]
    page = "\n".join([*menu, HAND_COPY.splitlines()[0], *body])
    assert find_article(Document.from_text(page)).is_page


HAND_COPY_CHANGES = """\
The update brings these changes:
* Added cliffs
* Added caves
* Added ravines
* Added rivers
* Added lakes
* Added villages
* Added temples
* Added wells
* Added bridges
* Added boats
* Added flags
* Added lamps
"""

HAND_COPY_CONTENTS = """\
Contents
* Harbour
* Ferry
* Causeway
* Mills
* Weather
* Tides
* Fishing
* Boats
* Bridges
* Roads
* Walls
* Lamps
"""

HAND_COPY_QUERY = """\
The query the council ran on its harbour records looked like this:
  SELECT
    boat
  FROM
    moorings
  WHERE
    paid
  ORDER BY
    boat DESC
  LIMIT
    20
  GROUP BY
    owner
  HAVING
    late
  WINDOW
    week
"""


@pytest.mark.parametrize(
    "part",
    [HAND_COPY_CHANGES, HAND_COPY_CONTENTS, HAND_COPY_QUERY],
    ids=["items-with-one-opening-word", "table-of-contents", "code-with-indents"],
)
def test_lists_code_and_contents_of_a_hand_copy_are_no_menu(part: str) -> None:
    """Parallel list items, a table of contents and indented code lines are the story's."""
    body = "\n".join(HAND_COPY.splitlines()[6:])
    text = HAND_COPY.splitlines()[0] + "\n" + part + body + "\n"
    assert not find_article(Document.from_text(text)).is_page
    assert parse_article(text).headline == HAND_COPY.splitlines()[0]


BOX_STORY = [
    "Harbour Wall Repairs Begin in Millbrook",
    "Work on the harbour wall at Millbrook began on Monday, two years after the storm that broke it.",
    "The council said the repairs would take most of the summer and cost more than planned.",
]
BOX_END = [
    "Fishermen said they were glad to see the work start before the autumn gales arrive.",
    "The harbour will stay open to boats throughout the repairs, the council said.",
]


@pytest.mark.parametrize(
    "box",
    [
        ["Related", "* Ferry returns to Millbrook", "* New timetable for the summer crossing"],
        [
            "Most read in local news",
            "CAUSEWAY",
            "Tarrow causeway to close for a week",
            "FERRY",
            "Ferry returns to Millbrook after winter repairs",
        ],
        ["More:", "* Storm closes the coast road", "* Council votes on the harbour budget"],
        ["Lesen Sie auch", "* Fähre fährt wieder nach Millbrook"],
        [
            "Most Popular",
            "1. Ferry returns to Millbrook after winter repairs",
            "2. The fair is back in town. Here is what is new this year.",
        ],
    ],
    ids=["related", "most-read-with-kickers", "more-colon", "german", "numbered"],
)
def test_box_of_other_stories_in_a_hand_copy_is_not_body(box: list[str]) -> None:
    """A heading of other stories and the titles under it, inside a story, are boilerplate."""
    text = "\n\n".join([*BOX_STORY, "\n".join(box), *BOX_END]) + "\n"
    article = parse_article(text)
    assert article.headline == BOX_STORY[0]
    assert article.body == (*BOX_STORY[1:], *BOX_END)
    found = segments_by_line(text)
    for line in box:
        assert found[line] == ("boilerplate", "page_furniture", "list of other stories")


@pytest.mark.parametrize(
    "box",
    [
        ["More", "Fishermen say the work is overdue"],
        ["Read more", "Fishermen say the work is overdue"],
        ["Related", "Fishermen said they were glad to see the work start at last this week."],
    ],
    ids=["bare-more", "bare-read-more", "prose-after-heading"],
)
def test_button_or_prose_after_a_heading_is_no_box(box: list[str]) -> None:
    """A bare "More" heads no box, and a paragraph ends a box before it begins."""
    text = "\n\n".join([*BOX_STORY, "\n".join(box), *BOX_END]) + "\n"
    assert box[1] in parse_article(text).body


def test_box_between_the_headline_and_the_body_of_a_hand_copy() -> None:
    """A box copied between the headline and the first paragraph is left out too."""
    box = [
        "More stories like this one",
        "HARBOUR",
        "Ferry returns to Millbrook after a winter of repairs to its engines",
        "TIDES",
        "Spring tides will flood the causeway road twice this month, council warns",
    ]
    text = "\n\n".join([BOX_STORY[0], "\n".join(box), *BOX_STORY[1:], *BOX_END]) + "\n"
    article = parse_article(text)
    assert article.headline == BOX_STORY[0]
    assert article.body == (*BOX_STORY[1:], *BOX_END)


def test_heading_of_other_stories_above_the_story_is_no_box() -> None:
    """Before the story has begun, a heading and titles are left to the page analysis."""
    lines = ["Trending", "* Ferry returns to Millbrook", *BOX_STORY[1:]]
    assert find_article(Document.from_text("\n".join(lines))).boxes == ()


def test_box_ends_where_the_storys_own_heading_and_list_begin() -> None:
    """A box of listed titles ends at a title over a list: the story's own section."""
    lines = [
        *BOX_STORY[1:],
        "More:",
        "* Storm closes the coast road",
        "Boats in the harbour",
        "* Three trawlers",
        "* Two ferries",
    ]
    doc = Document.from_text("\n".join(lines))
    assert find_article(doc).boxes == ((2, 4),)


# A long story makes the furniture a small share of the page: a sign of the site tells.

LONG_STORY_MENU = """\
Home
Local
Region
Weather
Sport
Business
Culture
Opinion
Travel
Science
Podcasts
Obituaries
Puzzles"""
LONG_STORY = "\n".join(
    [
        "Ferry Timetable Changes Across the Estuary",
        "By Ada Penrose",
        *(
            f"Paragraph {number} of the story tells how the ferry crews, the harbour staff "
            "and the people of the estuary towns are getting used to the new timetable."
            for number in range(1, 71)
        ),
    ]
)


@pytest.mark.parametrize(
    ("sign", "is_page"),
    [("Sign in", True), ("Privacy Policy | Terms of Use", True), ("", False)],
    ids=["account-link", "site-notice", "menu-only"],
)
def test_page_with_a_long_story_needs_a_sign_of_the_site(sign: str, is_page: bool) -> None:
    """Menus are a small share of a page with a long story; a line of the site makes it a page."""
    text = f"{sign}\n{LONG_STORY_MENU}\n{LONG_STORY}\n{LONG_STORY_MENU}\n"
    region = find_article(Document.from_text(text))
    assert region.is_page is is_page
    if is_page:
        article = parse_article(text)
        assert article.headline == "Ferry Timetable Changes Across the Estuary"
        assert len(article.body) == 70
        assert not set(lines_of(LONG_STORY_MENU)) & set(article.body)


# find_article on texts that are not pages.

CLEAN_ARTICLE = """\
Tarrow Causeway to Close for Repairs

By Ada Penrose

March 3, 2024

The causeway to Tarrow will shut for a week from Monday while engineers repair the stones that the winter tides loosened.

Buses will run from the harbour car park instead, and the ferry will add two crossings a day.

The council said the work had been planned for a year and could not wait for the summer.
"""

WIRE_COPY = """\
Tarrow causeway to close for a week

    By Ada Penrose
    March 3, 2024
    TARROW, March 3 - The causeway to Tarrow will shut for a week
from Monday while engineers repair the stones that the winter tides
loosened, the council said.
    Buses will run from the harbour car park instead.
"""


@pytest.mark.parametrize(
    "text", [CLEAN_ARTICLE, WIRE_COPY, HAND_COPY], ids=["clean", "wire", "hand-copy"]
)
def test_find_article_leaves_an_article_whole(text: str) -> None:
    """A text that is only an article is not a page: the region is all of it."""
    doc = Document.from_text(text)
    region = find_article(doc)
    assert not region.is_page
    assert (region.start, region.end) == (0, len(doc.lines))
    assert region.headline is None


def test_clean_article_has_no_page_furniture() -> None:
    """No line of a clean article is claimed by page_furniture."""
    article = parse_article(CLEAN_ARTICLE)
    assert all(segment.detector != "page_furniture" for segment in article.segments)
    assert article.headline == "Tarrow Causeway to Close for Repairs"
    assert len(article.body) == 3


# meta_line in several languages.


@pytest.mark.parametrize(
    ("line", "dates", "authors"),
    [
        ("Veröffentlicht am 3. März 2020 | Von Anna Schmidt", [("published", dt.date(2020, 3, 3))], ["Anna Schmidt"]),
        ("Aktualisiert am 4. März 2020, 09:30 Uhr", [("modified", dt.datetime(2020, 3, 4, 9, 30))], []),
        ("19.11.2019, 14:03 Uhr | Von Anna Schmidt", [("published", dt.datetime(2019, 11, 19, 14, 3))], ["Anna Schmidt"]),
        ("Stand: 19.11.2019, 14:03 Uhr", [("modified", dt.datetime(2019, 11, 19, 14, 3))], []),
        ("Publié le 3 mars 2020 à 14h05", [("published", dt.datetime(2020, 3, 3, 14, 5))], []),
        ("Publié le 3 mars 2020 à 14h05 | Par Claire Dubreuil", [("published", dt.datetime(2020, 3, 3, 14, 5))], ["Claire Dubreuil"]),
        ("Mis à jour le 4 mars 2020 à 09h30", [("modified", dt.datetime(2020, 3, 4, 9, 30))], []),
        ("Publicado el 3 de marzo de 2020 | Por Lucía Ferrández", [("published", dt.date(2020, 3, 3))], ["Lucía Ferrández"]),
        ("Actualizado el 4 de marzo de 2020", [("modified", dt.date(2020, 3, 4))], []),
        ("Pubblicato il 3 marzo 2020 alle 14:05 | di Marco Bellandi", [("published", dt.datetime(2020, 3, 3, 14, 5))], ["Marco Bellandi"]),
        ("Aggiornato il 4 marzo 2020", [("modified", dt.date(2020, 3, 4))], []),
        ("Publicado em 3 de março de 2020 às 14:05 | Por João Ribeiro", [("published", dt.datetime(2020, 3, 3, 14, 5))], ["João Ribeiro"]),
        ("Atualizado em 4 de março de 2020", [("modified", dt.date(2020, 3, 4))], []),
        ("Gepubliceerd op 3 maart 2020 | Door Pieter de Vries", [("published", dt.date(2020, 3, 3))], ["Pieter de Vries"]),
        ("Monday, November 12, 2012, by Elspeth Garrow", [("published", dt.date(2012, 11, 12))], ["Elspeth Garrow"]),
    ],
)  # fmt: skip
def test_meta_lines_in_several_languages(
    line: str, dates: list[tuple[str, dt.date]], authors: list[str]
) -> None:
    """A metadata line gives each date with its kind (by the label before it) and the byline."""
    meta = parse_meta_line(line)
    assert meta is not None
    assert [(kind, value.value) for kind, value in meta.dates] == dates
    found = [author.name for author in meta.byline.authors] if meta.byline else []
    assert found == authors


@pytest.mark.parametrize(
    "line",
    [
        "The council met on November 12, 2012, and voted to close the reading rooms.",
        "Die Gemeinde hat am 3. März 2020 eine neue Fähre in Dienst gestellt.",
        "Die Fähre fährt seit dem 3. März 2020 stündlich zwischen Hafen und Insel",
        "Le conseil municipal a voté le 3 mars 2020 la rénovation de la halle.",
        "El ayuntamiento aprobó el 3 de marzo de 2020 la ampliación del horario.",
        "Il consiglio comunale ha approvato il 3 marzo 2020 il nuovo piano.",
        "A câmara aprovou em 3 de março de 2020 o novo horário da biblioteca.",
        "Veröffentlicht im Frühjahr",
    ],
)
def test_sentences_with_dates_are_not_meta_lines(line: str) -> None:
    """A sentence that mentions a date (or a line with no date) is not a metadata line."""
    assert parse_meta_line(line) is None


@pytest.mark.parametrize(
    ("line", "value", "names"),
    [
        ("By Ada Penrose - The Wend Courier - Tuesday, November 14, 2023", "2023-11-14",
         ["Ada Penrose"]),
        ("by Ada Penrose @adapenrose November 14, 2023: 9:30 AM ET", "2023-11-14", ["Ada Penrose"]),
        ("Par Claire Morvan et Jean Salou — 14 novembre 2023 à 09:30", "2023-11-14",
         ["Claire Morvan", "Jean Salou"]),
        ("Le Courrier | 14.11.2023 à 09h30 | Par Claire Morvan (avec Jean Salou)", "2023-11-14",
         ["Claire Morvan"]),
        ("by penrose_a | Nov 14, 2023 | Harbour News |", "2023-11-14", []),
    ],
)  # fmt: skip
def test_byline_and_date_in_one_header_line(line: str, value: str, names: list[str]) -> None:
    """A byline with the date in the same line gives both (the line is a metadata line)."""
    page = INSCRIPTIS_EN
    header = "\n\n".join([page.headline, line])
    text = "\n\n".join([page.before, header, *page.paragraphs, page.after]) + "\n"
    article = parse_article(text)
    assert article.headline == page.headline
    assert article.published is not None
    assert article.published.value.isoformat()[:10] == value
    assert [author.name for author in article.authors] == names


def test_newspaper_name_is_not_a_personal_name() -> None:
    """A title starting with an article ("Le Monde", "The Globe") is not a bare author name."""
    assert not is_personal_name("Le Courrier")
    assert not is_personal_name("The Harbour Globe")
    assert is_personal_name("Claire Le Morvan")


@pytest.mark.parametrize(
    "line", ["Por Agência Litoral", "Von Redaktion Nordwest", "Par la Rédaction du Courrier"]
)
def test_newsroom_credits_are_not_authors(line: str) -> None:
    """An agency or a newsroom credited in the byline's words is not a person."""
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "dates"),
    [
        ("Registriert: 04.05.2010, 07:41", []),
        ("Mitglied seit: 3. März 2015 | Beiträge: 1200", []),
        ("Deadline: November 30, 2023", []),
        ("Ana Lima | Posted: November 14, 2023", ["2023-11-14"]),
        ("Beitrag von mara_k » 21.01.2009, 05:42", ["2009-01-21"]),
    ],
)
def test_dates_after_other_labels_are_not_the_articles(line: str, dates: list[str]) -> None:
    """A date after a label that is not a date label ("Registered:", "Deadline:") is not read."""
    meta = parse_meta_line(line)
    found = [] if meta is None else [value.value.isoformat()[:10] for _, value in meta.dates]
    assert found == dates


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("3. März 2020 | Von Anna Schmidt", None),  # a bare date: a teaser's, a quote's
        ("Am 3. März 2020 | Von Anna Schmidt", None),  # "am" stands before any date
        ("Veröffentlicht am 3. März 2020 | Von Anna Schmidt", dt.date(2020, 3, 3)),
        ("Anna Schmidt | Publié le 3 mars 2020", dt.date(2020, 3, 3)),
        ("Published: March 3, 2020", dt.date(2020, 3, 3)),
    ],
)
def test_meta_line_after_the_body(line: str, published: dt.date | None) -> None:
    """A metadata line after the body dates the article only if it labels the date as such."""
    paragraphs = [
        f"Paragraph {word} of the report on the causeway, which the council published today."
        for word in ("one", "two", "three", "four")
    ]
    text = "Tarrow Causeway to Close\n\n" + "\n\n".join(paragraphs) + f"\n\n{line}\n"
    article = parse_article(text)
    assert (article.published and article.published.value) == published


# Dates in the seven languages.


@pytest.mark.parametrize(
    "text", ["31 juin 2021", "30 de febrero de 2020", "3. März", "im März 2020"]
)
def test_impossible_or_partial_dates_in_other_languages(text: str) -> None:
    """An impossible day, or a date without its day or year, is no date."""
    assert parse_date(text) is None


@pytest.mark.parametrize("text", ["1er mars 2020", "1º de março de 2020", "1° marzo 2020"])
def test_first_of_the_month_in_romance_languages(text: str) -> None:
    """The first of the month written with its ordinal mark is the first."""
    parsed = parse_date(text)
    assert parsed is not None
    assert parsed.value == dt.date(2020, 3, 1)


# Bylines.


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Anna Schmidt", ["Anna Schmidt"]),
        ("Par Claire Dubreuil", ["Claire Dubreuil"]),
        ("Por Lucía Ferrández", ["Lucía Ferrández"]),
        ("Autor: Jonas Weber", ["Jonas Weber"]),
        ("Autor*in: Jonas Weber", ["Jonas Weber"]),
        ("Autor:in Jonas Weber", ["Jonas Weber"]),
        ("Author: Elspeth Garrow", ["Elspeth Garrow"]),
        ("di Marco Bellandi", ["Marco Bellandi"]),
        ("Door Pieter de Vries", ["Pieter de Vries"]),
        ("Von Anna Schmidt, Jonas Weber", ["Anna Schmidt", "Jonas Weber"]),
        ("Por Lucía Ferrández, Pedro Gil", ["Lucía Ferrández", "Pedro Gil"]),
        ("Publicado por Lucía Ferrández", ["Lucía Ferrández"]),
        ("Publié par Claire Dubreuil", ["Claire Dubreuil"]),
        ("Geschrieben von Anna Schmidt", ["Anna Schmidt"]),
        ("Ein Beitrag von: Jonas Weber", ["Jonas Weber"]),
        ("Scritto da Marco Bellandi", ["Marco Bellandi"]),
        ("Geschreven door Pieter de Vries", ["Pieter de Vries"]),
        ("By Elspeth Garrow • 11/08/23 5:19pm", ["Elspeth Garrow"]),
        ("By Elspeth Garrow | 4 min read", ["Elspeth Garrow"]),
    ],
)
def test_bylines_with_lead_words_of_other_languages(line: str, names: list[str]) -> None:
    """Von, Par, Por, Autor:, Author:, di and Door open a byline as "By" does."""
    parsed = parse_byline(line)
    assert parsed is not None
    assert [author.name for author in parsed.authors] == names


@pytest.mark.parametrize(
    "line",
    [
        "Von der Leyen besucht Kleinwarden",
        "Par ailleurs, la mairie a voté le budget",
        "Por la mañana llovió mucho en Valdeluna",
        "Von Montag an fährt die Fähre stündlich",
    ],
)
def test_sentences_with_lead_words_are_not_bylines(line: str) -> None:
    """A sentence that starts with Von, Par or Por is not a byline."""
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        pytest.param("Von Anna Schmidt und Jonas Weber", ["Anna Schmidt", "Jonas Weber"], id="und"),
        pytest.param("Par Claire Dubreuil et Luc Marty", ["Claire Dubreuil", "Luc Marty"], id="et"),
        pytest.param("Por Lucía Ferrández y Pedro Gil", ["Lucía Ferrández", "Pedro Gil"], id="y"),
        pytest.param("Por João Ribeiro e Ana Costa", ["João Ribeiro", "Ana Costa"], id="e-pt"),
        pytest.param("di Marco Bellandi e Sara Conti", ["Marco Bellandi", "Sara Conti"], id="e-it"),
        pytest.param(
            "Door Pieter de Vries en Sanne Bakker", ["Pieter de Vries", "Sanne Bakker"], id="en"
        ),
    ],
)
def test_two_authors_joined_in_the_bylines_language(line: str, names: list[str]) -> None:
    """Two people joined by the byline language's "and" are two authors."""
    parsed = parse_byline(line)
    assert parsed is not None
    assert [author.name for author in parsed.authors] == names


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("By", "Ada Penrose"),
        ("Von", "Anna Schmidt"),
        ("Par", "Claire Dubreuil"),
        ("Por:", "Lucía Ferrández"),
    ],
)
def test_lone_lead_word_and_name_on_the_next_line(lead: str, name: str) -> None:
    """A lead word alone on a line and the name on the next line make one byline."""
    text = f"Tarrow Causeway to Close\n\n{lead}\n{name}\n\nThe causeway will shut for a week from Monday.\n"
    article = parse_article(text)
    assert [author.name for author in article.authors] == [name]
    assert article.byline is not None
    assert article.byline.text == f"{lead}\n{name}"
    assert article.body == ("The causeway will shut for a week from Monday.",)


def test_lone_by_before_a_sentence_is_not_a_byline() -> None:
    """A lone 'By' followed by a sentence instead of a name gives no author."""
    text = (
        "Tarrow Causeway to Close\n\nBy\nthe end of the week, the stones will be back in place.\n\n"
        "The causeway will shut for a week from Monday.\n"
    )
    article = parse_article(text)
    assert article.authors == ()
    assert "the end of the week, the stones will be back in place." in article.body


# header_furniture.


def labelled(text: str) -> list[tuple[str, str, str]]:
    """(label, detector, stripped text) of each non-blank segment."""
    return [
        (segment.label, segment.detector, text[segment.start : segment.end].strip())
        for segment in explain(text)
        if segment.label != "blank"
    ]


def test_short_lines_between_headline_and_body_are_header_furniture() -> None:
    """Section names, a share bullet and the like under the headline are boilerplate."""
    text = (
        "Harvest Supper Fills the Pellowick Chapel Hall\n"
        "Food\n"
        "* Listen to this story\n"
        "Community news\n"
        "14 Nov 2023\n"
        "More than two hundred people sat down to the harvest supper in the chapel hall on Saturday.\n"
    )
    assert labelled(text) == [
        ("headline", "headline", "Harvest Supper Fills the Pellowick Chapel Hall"),
        ("boilerplate", "header_furniture", "Food"),
        ("boilerplate", "header_furniture", "* Listen to this story"),
        ("boilerplate", "header_furniture", "Community news"),
        ("date", "date_line", "14 Nov 2023"),
        (
            "paragraph",
            "paragraph",
            "More than two hundred people sat down to the harvest supper in the chapel hall on Saturday.",
        ),
    ]


def test_counter_under_the_headline_is_header_furniture() -> None:
    """A reader counter between the headline and the body is not the body."""
    text = (
        "Harvest Supper Fills the Pellowick Chapel Hall\n"
        "Food\n"
        "1,204 reads\n"
        "14 Nov 2023\n"
        "More than two hundred people sat down to the harvest supper in the chapel hall on Saturday.\n"
    )
    article = parse_article(text)
    assert "1,204 reads" in article.boilerplate
    assert article.body == (
        "More than two hundred people sat down to the harvest supper in the chapel hall on Saturday.",
    )


def test_short_lines_after_the_body_has_started_stay_in_the_body() -> None:
    """A crosshead or short line once the body has started is not header furniture."""
    text = (
        "Harvest Supper Fills the Pellowick Chapel Hall\n\n"
        "More than two hundred people sat down to the harvest supper in the chapel hall on Saturday.\n\n"
        "A long table\n\n"
        "The tables ran the whole length of the hall and out through the doors into the yard.\n"
    )
    article = parse_article(text)
    assert "A long table" in article.body
    assert all(segment.detector != "header_furniture" for segment in article.segments)


def test_row_of_figures_under_the_headline_is_not_header_furniture() -> None:
    """A row of figures (a wire table) is not claimed as furniture."""
    text = (
        "Pellowick Catch Figures for October\n"
        "1,204 3,310 5,120\n"
        "The boats landed more fish in October than in any month since the spring.\n"
    )
    assert ("boilerplate", "header_furniture", "1,204 3,310 5,120") not in labelled(text)


@pytest.mark.parametrize(
    ("state", "claimed"),
    [
        pytest.param(State(), False, id="before-the-headline"),
        pytest.param(State(headline_seen=True), True, id="after-the-headline"),
        pytest.param(
            State(headline_seen=True, paragraphs=1), False, id="after-the-first-paragraph"
        ),
    ],
)
def test_header_furniture_only_between_headline_and_body(state: State, claimed: bool) -> None:
    """A short line is claimed after the headline and before the body, never elsewhere."""
    doc = Document.from_text("Food\nThe supper began at seven.\n")
    cursor = Cursor(doc, 0, doc.lines[0].start, 2, state)
    assert (header_furniture.detect(cursor) is not None) is claimed


def test_header_furniture_never_claims_the_last_line() -> None:
    """The last line of the text is not furniture: nothing follows it to be the body."""
    doc = Document.from_text("Food\n")
    cursor = Cursor(doc, 0, 0, 1, State(headline_seen=True))
    assert header_furniture.detect(cursor) is None


def test_article_from_an_explained_page_is_an_article() -> None:
    """Parsing a page gives an Article whose segments tile the page text."""
    text = INSCRIPTIS_FR.text
    article = parse_article(text)
    assert isinstance(article, Article)
    assert article.segments[0].start == 0
    assert article.segments[-1].end == len(text)
    for before, after in pairwise(article.segments):
        assert before.end == after.start


def test_explain_command_shows_the_page_analysis(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`newsparse explain` gives each line of a page with page_furniture and its reason."""
    path = tmp_path / "page.txt"
    path.write_text(HTML_TEXT_ES.text, encoding="utf-8")
    assert main(["explain", str(path)]) == 0
    rows = capsys.readouterr().out.splitlines()
    by_text = {row.partition(" | ")[2]: row for row in rows[1:]}
    title = "La biblioteca de Valdeluna cumple cien años | Diario del Valle"
    assert by_text[title].split()[1:4] == ["boilerplate", "page_furniture", "page"]
    assert "page before the article" in by_text[title]
    assert "page after the article" in by_text["Aviso legal"]
    headline_row = by_text["La biblioteca de Valdeluna cumple cien años"]
    assert "title line above the article" in headline_row


# Bare names and split bylines in the header.

_BODY = (
    "The mill on Tarrow Lane reopened on Monday after a year of repairs to its wheel and roof.\n\n"
    "Volunteers from the village rebuilt the sluice gate by hand over the winter months.\n"
)


@pytest.mark.parametrize(
    ("header", "names"),
    [
        ("Ana Lima\n\nNov 19, 2019 8:03 am", ["Ana Lima"]),  # the name, then the date
        ("Nov 19, 2019 8:03 am\n\nAna Lima", ["Ana Lima"]),  # the date, then the name
        ("Ana Lima\n\n—\n\nNov 19, 2019", ["Ana Lima"]),  # a dash alone between them
        ("* Ana Lima\n* 19 Nov 2019, 19:09\n* Updated: 19 Nov 2019, 20:11", ["Ana Lima"]),
        ("Ana Lima @analima_writes", ["Ana Lima"]),  # a social handle vouches for a name
        ("Ana Lima, @analima / 2 days", ["Ana Lima"]),
        ("By\n\nAna Lima", ["Ana Lima"]),  # the lead word alone, a blank line, the name
        ("* Von\n\n* Anna Schmidt\n* 19.10.19, 12:00 Uhr", ["Anna Schmidt"]),
    ],
)
def test_name_lines_in_the_header(header: str, names: list[str]) -> None:
    """A bare name beside the date line, with a handle, or after a lone "By" is the author."""
    article = parse_article(f"Tarrow Mill Reopens\n\n{header}\n\n{_BODY}")
    assert article.headline == "Tarrow Mill Reopens"
    assert [author.name for author in article.authors] == names
    assert article.byline is not None
    assert article.body[0].startswith("The mill on Tarrow Lane")


def test_short_paragraphs_over_a_bare_name_do_not_close_the_header() -> None:
    """Short lines above a bare name (captions, a share button) are no paragraphs of prose.

    A bare name with the date under it, below a run of such lines, is still the author's.
    """
    buttons = (
        "The new lamp arrives by boat on Tuesday.\n\n"
        "Keepers carry the glass up the old tower.\n\n"
        "The beam can be seen from the harbour.\n\nMail"
    )
    text = (
        "Gull Rock Lighthouse Gets a New Lamp\n\n"
        f"{buttons}\nYsolde Marrec, hafenbote\nam Dienstag, 07.03.2023 - 10:30\n\n"
        "The keepers of Gull Rock lit the new lamp on Friday evening, and boats in the bay "
        "sounded their horns as the beam swept across the water.\n"
    )
    assert [author.name for author in parse_article(text).authors] == ["Ysolde Marrec"]


def test_bare_name_under_a_table_of_short_lines_is_no_author() -> None:
    """Under a long run of short paragraphs (a table of results) a name-like line is no byline."""
    rows = "\n\n".join(
        f"{heat}. The crew of the Harbour Rowing Club, heat {heat}, timed." for heat in range(1, 11)
    )
    text = (
        "Gull Rock Regatta Results\n\n"
        f"{rows}\n\nFinal Heats\n19.05.2007\n\n"
        "The keepers of Gull Rock lit the new lamp on Friday evening, and boats in the bay "
        "sounded their horns as the beam swept across the water.\n"
    )
    assert parse_article(text).authors == ()


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ysolde Marrec. Updated November 3rd, 2023", "Ysolde Marrec"),
        ("By YSOLDE MARREC.", "Ysolde Marrec"),
        ("By Tomas Brenner Jr.", "Tomas Brenner Jr."),
        ("By Tomas B.", "Tomas B."),
    ],
)
def test_full_stop_after_the_name_is_no_part_of_it(line: str, name: str) -> None:
    """A full stop that ends the byline goes; one after an initial or "Jr." stays."""
    text = (
        f"Gull Rock Lighthouse Gets a New Lamp\n\n{line}\n\n"
        "The keepers of Gull Rock lit the new lamp on Friday evening, and boats in the bay "
        "sounded their horns as the beam swept across the water.\n"
    )
    assert [author.name for author in parse_article(text).authors] == [name]


@pytest.mark.parametrize(
    "header",
    [
        "Por\n\nJornal O Farol\n-\n1 de novembro de 2020",  # the paper's name, no person
        "Von Harbour Zeitung\n\n19.11.2019",
        "Harbour Finance November 19, 2019",  # a section's name before the date
        "Presidente de Valdoria, Ana Lima / AFP",  # a photo's caption and its agency
    ],
)
def test_site_and_section_names_are_no_authors(header: str) -> None:
    """A newspaper's name after the lead word, or a section's before the date, is no author."""
    assert parse_article(f"Tarrow Mill Reopens\n\n{header}\n\n{_BODY}").authors == ()


def test_a_name_before_the_date_is_still_the_author() -> None:
    """The section words do not stop a person's name before the date."""
    article = parse_article(f"Tarrow Mill Reopens\n\nAna Lima November 19, 2019\n\n{_BODY}")
    assert [author.name for author in article.authors] == ["Ana Lima"]


@pytest.mark.parametrize(
    "header",
    [
        "Von Gastautorin Ana Lima",
        "By Harbour-News-Reporter Ana Lima",
        "Hafenbote-Expertin Ana Lima\n\nFreitag, 06.07.2018, 10:29",  # a bare name, dated
    ],
)
def test_job_before_the_name_is_the_role(header: str) -> None:
    """A job word before the writer's name is the role, kept apart from the name."""
    article = parse_article(f"Tarrow Mill Reopens\n\n{header}\n\n{_BODY}")
    assert [author.name for author in article.authors] == ["Ana Lima"]
    assert article.authors[0].role is not None


def test_twittern_and_pinnen_are_share_buttons() -> None:
    """German share buttons ("Twittern", "Pinnen") are share lines beside another button.

    Alone on a line they are weak words (the verb may be a line of text), as "Mail" is.
    """
    assert is_share_line("Teilen Twittern Pinnen")
    assert is_share_line("Teilen Tweeten")
    assert not is_share_line("Tweeten")


def test_bare_name_after_two_paragraphs_of_prose_is_no_author() -> None:
    """Under two paragraphs of prose the header is closed: a teaser's name and date stay out."""
    text = (
        "Gull Rock Lighthouse Gets a New Lamp\n\n"
        "The keepers of Gull Rock lit the new lamp on Friday evening, and boats in the bay "
        "sounded their horns as the beam swept across the water.\n\n"
        "The old lamp, which had burned since the war, goes to the museum in the harbour "
        "town next spring, where a room is being cleared for it.\n\n"
        "A third paragraph tells how the keepers carried the glass up the tower by hand "
        "in a storm, one pane at a time, over two long days.\n\n"
        "Ysolde Marrec\nNov 19, 2019\n\n"
        "The council also voted on the new ferry timetable, which starts in the spring.\n"
    )
    assert parse_article(text).authors == ()


@pytest.mark.parametrize(
    "header",
    [
        "Ana Lima",  # a name with no date beside it: a caption's, a kicker's
        "Ana Lima\n\n—\n\nThe mill has stood empty for years.",
        "Enlarge Image\n\nNov 19, 2019 8:03 am",  # page furniture in Title Case
        "Leave a Comment\n\nNov 19, 2019 8:03 am",  # a function word
        "LOCAL NEWS DESK\n\nNov 19, 2019 8:03 am",  # capitals throughout
        "Biography Ana Lima\n@analima",  # the heading of a box about the writer glued on
        "Associated Press\n\nNov 19, 2019 8:03 am",  # an agency
        "By\n\nthe end of the week, the stones were back in place.",  # no name after "By"
    ],
)
def test_lines_in_the_header_that_are_no_author(header: str) -> None:
    """Capitalised words beside a date are not a name unless they look like one."""
    article = parse_article(f"Tarrow Mill Reopens\n\n{header}\n\n{_BODY}")
    assert article.authors == ()
    assert article.byline is None


def test_a_name_beside_a_date_in_the_body_is_no_author() -> None:
    """Under the third paragraph, a name and a date (a quoted letter, say) are not a byline."""
    paragraphs = "\n\n".join(
        f"Paragraph {word} of the story tells how the mill was rebuilt by the village volunteers."
        for word in ("one", "two", "three")
    )
    text = f"Tarrow Mill Reopens\n\n{paragraphs}\n\nAna Lima\n\nNov 19, 2019\n\n{_BODY}"
    assert parse_article(text).authors == ()


def test_the_headline_is_not_taken_for_a_name() -> None:
    """A two-word headline over the date line stays the headline."""
    article = parse_article(f"Faire Lieferketten\n\nNov 19, 2019 8:03 am\n\n{_BODY}")
    assert article.headline == "Faire Lieferketten"
    assert article.authors == ()


def _inscriptis_page(header: str) -> str:
    """The English inscriptis page with another header between its menus and its body."""
    page = INSCRIPTIS_EN
    parts = [page.before, header, *page.paragraphs, page.teasers, page.after]
    return page.separator.join(parts) + "\n"


HEADLINE = "Harbour Lights Festival Returns to Pellowick After Three Years"


@pytest.mark.parametrize(
    "line",
    [
        "The lantern parade on the quay in 2019 (Photo: Jory Penhale/Pellowick Gazette)",
        "The lantern parade on the quay in 2019 © Pellowick Gazette",
        "Lanterns on the quay. Photograph: Jory Penhale",
        "Twitter Facebook LinkedIn Email Reddit Digg Print",
        "Published on 14 November 2023 by Morwenna Tresize",
    ],
    ids=["credit-in-brackets", "copyright", "photograph", "share-line", "meta-line"],
)
def test_caption_share_and_meta_lines_under_the_headline_are_not_it(line: str) -> None:
    """A photo caption with its credit, share buttons or a date line are not the headline."""
    text = _inscriptis_page(f"{HEADLINE}\n\nBy Morwenna Tresize\n\n{line}")
    assert parse_article(text).headline == HEADLINE


def test_standfirst_without_a_full_stop_is_not_the_headline() -> None:
    """A long standfirst without a full stop under the headline does not win over it."""
    standfirst = (
        "The fishing town's winter parade will run along the quay for the first time since "
        "the storm damaged the slipway three winters ago"
    )
    text = _inscriptis_page(f"{HEADLINE}\n\n{standfirst}\n\n14 November 2023")
    assert parse_article(text).headline == HEADLINE


def test_question_headline_that_reads_as_prose() -> None:
    """A long headline that ends with a question mark is found, though it scores as prose."""
    headline = "Will the Harbour Lights festival bring the visitors back to the town of Pellowick?"
    text = _inscriptis_page(f"{headline}\n\nBy Morwenna Tresize\n\n14 November 2023")
    assert parse_article(text).headline == headline


def test_headline_that_starts_like_a_byline() -> None:
    """A long headline starting with "Von" or "By" is not a byline ("Von der Leyen will ...")."""
    headline = "Von der Leyen will visit the Pellowick harbour before the winter festival begins"
    text = _inscriptis_page(f"{headline}\n\nBy Morwenna Tresize\n\n14 November 2023")
    assert parse_article(text).headline == headline


def test_title_line_with_the_site_name_is_not_the_headline_when_the_page_shows_it() -> None:
    """html-text's first line "Headline - Site" loses to the headline shown on the page."""
    page = HTML_TEXT_EN
    title = "Council Votes to Save the Tarrowmoor Reading Rooms - The Dunmere Echo"
    text = page.text.replace(page.before.splitlines()[0], title, 1)
    assert parse_article(text).headline == page.headline


_GALLERY = [
    f"{place} {time}"
    for place in ("The quay", "The slipway", "The old mill", "The chapel", "The ferry deck")
    for time in ("at dawn", "at noon", "in the rain", "at dusk", "in the fog", "at high tide")
]
_FERRY = "Ferry Returns to Millbrook After Winter Repairs"


def _gallery_page(first: list[str], headline: str = _FERRY, *, footer: str = "Terms") -> str:
    """An html-text page whose headline stands over a long photo gallery, far above the body."""
    lines = [
        *first, "Skip to content", "Home", "News", "Local", "Sport", "Business", "What's On",
        headline, "By Ada Penrose", "Photo gallery", *_GALLERY,
        ("The ferry to Millbrook sailed again on Monday morning after a winter in the yard, and "
         "half the town came down to the quay to watch it cross the river."),
        ("Engineers replaced the engine mounts and the worn planks of the car deck over the "
         "winter, a job that took two months longer than the operator had planned."),
        ("The skipper said the crossing would keep its winter timetable of six sailings a day "
         "until Easter, with more in the summer when the visitors come back."),
        "Related Stories", "Tarrow market to move indoors", "Wend bridge repairs delayed",
        "About", "Contact", "Privacy", footer,
    ]  # fmt: skip
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("title", [f"{_FERRY} | The Wend Herald", _FERRY, f"Local » {_FERRY}"])
def test_page_title_shown_far_above_the_body_is_the_headline(title: str) -> None:
    """The line showing the page title (or its longest part) is the headline, however far."""
    assert parse_article(_gallery_page([title, ""])).headline == _FERRY


@pytest.mark.parametrize(
    "first",
    [
        pytest.param([f"{_FERRY} | The Wend Herald"], id="no blank line under it"),
        pytest.param([f"    {_FERRY}", ""], id="indented"),
        pytest.param(["Wend Herald | Home", ""], id="short title"),
    ],
)
def test_first_line_not_written_as_a_title_is_not_looked_for(first: list[str]) -> None:
    """A first line that is not html-text's ``<title>`` (or a short one) is not searched for."""
    assert parse_article(_gallery_page(first)).headline != _FERRY


def test_site_tagline_on_the_first_line_and_in_the_footer_is_not_the_headline() -> None:
    """A tagline written first and again in the footer is not a title the page shows."""
    tagline = "News you can trust since the ferry began"
    text = _gallery_page([tagline, ""], footer=tagline)
    assert parse_article(text).headline != tagline


def test_page_with_only_menus_above_the_body_has_no_headline() -> None:
    """Menus and a section name above the body give no headline: none is better than wrong."""
    text = _inscriptis_page("News\n\nLocal")
    assert parse_article(text).headline is None


@pytest.mark.parametrize(
    ("first", "after"),
    [
        ("The ferry is back. Nobody expected it.", "By Ada Penrose"),
        ("Lanterns, boats, a choir…", "14 November 2023"),
        ("Will the ferry run all winter?", "Ada Penrose | 14 November 2023 | 3 min read"),
    ],
)
def test_first_line_ending_like_a_sentence_over_a_header_line(first: str, after: str) -> None:
    """A short first line with a byline or a date under it is the headline, full stop or not."""
    article = parse_article(f"{first}\n\n{after}\n\n{_BODY}")
    assert article.headline == first


@pytest.mark.parametrize(
    "text",
    [
        "The ferry is back. Nobody expected it.\n\nThe mill reopened too.\n\n" + _BODY,
        "\n".join(["The ferry is back on the Wend after a long winter in the yard at Millbrook,",
                   "and the town came out to watch it cross the river for the first time."])
        + "\n\nBy Ada Penrose\n\n" + _BODY,
    ],
)  # fmt: skip
def test_first_sentence_without_a_header_line_is_no_headline(text: str) -> None:
    """A first sentence with prose under it, or a long one, is a paragraph."""
    assert parse_article(text).headline is None


def test_agency_name_alone_is_not_the_headline() -> None:
    """An agency's name on its own line is a credit line, even as the first title-like line."""
    text = f"Press Trust of India\n\n{_BODY}"
    assert parse_article(text).headline is None


def test_share_text_before_the_title_is_left_out_of_the_headline() -> None:
    """Share-button text printed on the headline's line is not part of the headline."""
    article = parse_article(f"Share All sharing options for: Tarrow Mill Reopens\n\n{_BODY}")
    assert article.headline == "Tarrow Mill Reopens"
    page = INSCRIPTIS_EN
    text = page.text.replace(page.headline, f"Share this article: {page.headline}", 1)
    assert parse_article(text).headline == page.headline


# The page gate: lists, code and share lines are in hand copies too; a page has its site.

HAND_COPY_PLAN = (
    """\
A Week of Packed Lunches for the Harvest Crew
By Morwenna Tregear
Sat 21 Sep 2024
The harvest crew at Ashcombe Farm works from first light until the barn doors close, so the kitchen packs their lunches the night before and sends them out in the cool boxes.
Here is the plan the cook, Jory Penhallow, follows for each of the three shifts, written down so that anyone in the kitchen can take over when he is away:
"""
    + "".join(
        f"""\
Plan for the {shift} Shift
Early Snack
Before the first load
Two boiled eggs, a slice of rye bread with butter and a handful of cherry tomatoes from the greenhouse.
Main Meal
At the midday break
A {dish} with a thick slice of bread, a green salad and a flask of strong tea for the afternoon.
Late Snack
On the way home
"""
        for shift, dish in (
            ("Morning", "pasty filled with beef and swede"),
            ("Day", "bowl of lentil soup with smoked ham"),
            ("Evening", "cheese and onion pie with pickles"),
        )
    )
    + """\
Penhallow says the crew has never eaten better, and nobody has asked to go back to the sandwiches from the village shop.
"""
)

HAND_COPY_CODE = """\
Counting Late Buses with Plain SQL
By Ada Penrose
The timetable office at Tarrow wanted to know which buses ran late most often, and the answer turned out to need nothing more than the database the drivers already fill in.
Every stop a driver makes is written to a table with the time it was due and the time the bus arrived there, so the delay of each stop is one subtraction away.
SELECT
route,
stop,
arrived - due AS delay
FROM
stops
WHERE
arrived > due;
That gives every late stop, but the office wanted a number per route, so the next step groups the stops and counts them.
SELECT
route,
count(*) AS late
FROM
stops
GROUP BY
route;
The busiest route, the one along the harbour, was late at one stop in five, mostly in the morning when the ferry traffic blocks the quay road for a few minutes.
"""


@pytest.mark.parametrize("text", [HAND_COPY_PLAN, HAND_COPY_CODE], ids=["list-plan", "code"])
def test_hand_copy_with_lists_or_code_is_not_a_page(text: str) -> None:
    """Short list lines and code lines, even repeated ones, do not make a copied story a page."""
    doc = Document.from_text(text)
    assert not find_article(doc).is_page
    body = " ".join(parse_article(text).body)
    assert lines_of(text)[-1] in body
    assert lines_of(text)[3] in body


def test_hand_copy_with_a_comment_count_in_its_header_is_not_a_page() -> None:
    """A "12 Comments" link among the share lines above the story is not a comments section."""
    lines = lines_of(HAND_COPY_PLAN)
    text = "\n".join([lines[0], "12 Comments", *lines[1:]]) + "\n"
    assert not find_article(Document.from_text(text)).is_page


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Sign in / Sign up", ""),
        ("", "© 2024 Ashcombe Valley News. All rights reserved."),
        ("", "Comments\nLeave a Reply\nYour email address will not be published."),
    ],
    ids=["account-link", "notice", "comments"],
)
def test_page_without_a_menu_is_a_page(before: str, after: str) -> None:
    """A page whose links are not in a menu is still known by its site.

    The account link, a site notice, the comments under the story.
    """
    text = "\n".join([before, HAND_COPY_PLAN, after]) + "\n"
    assert find_article(Document.from_text(text)).is_page


def test_share_word_glued_to_the_title_over_a_share_row() -> None:
    """A share word glued to the title over a row of share buttons is left out of it."""
    text = f"Share Tarrow Mill Reopens\ntweet share Reddit Pocket Email\n\n{_BODY}"
    assert parse_article(text).headline == "Tarrow Mill Reopens"
    text = f"Share prices rise at the mill\n\n{_BODY}"  # no share row: a headline about shares
    assert parse_article(text).headline == "Share prices rise at the mill"


def test_breadcrumb_trail_before_the_title_is_left_out() -> None:
    """A trail of sections before the title on its line is not part of the headline."""
    text = f"Home → Valley news → Tarrow Mill Reopens After the Flood\n\n{_BODY}"
    assert parse_article(text).headline == "Tarrow Mill Reopens After the Flood"
    text = f"Mill → Reopens\n\n{_BODY}"  # one arrow is no trail
    assert parse_article(text).headline == "Mill → Reopens"


def test_list_item_is_not_the_headline_of_an_article() -> None:
    """A menu item first in the text ("* Home") is not the headline."""
    text = f"* Home\n* News\n\nBy Ana Lima\n\n{_BODY}"
    assert parse_article(text).headline is None


def _page_with_header_lines(*lines: str, page: Page = INSCRIPTIS_EN) -> str:
    """The page with the headline and then ``lines`` (one per line) as its header."""
    header = "\n".join([page.headline, "", *lines])
    return page.separator.join([page.before, header, *page.paragraphs, page.after]) + "\n"


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (["Ana Lima", "Monday 5:30PM"], ["Ana Lima"]),  # a time of day under the name
        (["Ana Lima", "Yesterday 2:45PM"], ["Ana Lima"]),
        (["Ana Lima", "", "5 min read"], ["Ana Lima"]),  # a reading time
        (["Ana Lima", "Follow", "Nov 14, 2023 · 8 min read"], ["Ana Lima"]),  # a button between
        (["Ana Lima", "alima@gazette.example"], ["Ana Lima"]),  # the writer's address
        (["Ana Lima alima@gazette.example @analima"], ["Ana Lima"]),
        (["Ana Lima View More Articles"], ["Ana Lima"]),  # a link to the writer's articles
        (["Ana Lima Senior Contributor"], ["Ana Lima"]),  # a job title of role words
        (["Ana Lima Associated Press", "Nov 14, 2023"], ["Ana Lima"]),  # an agency after
        (["Ana Lima and Tom Ode", "Nov 14, 2023"], ["Ana Lima", "Tom Ode"]),
        (["Ana Lima", "Monday"], []),  # a weekday alone stamps nothing
        (["Ana Lima Sponsored Content", "Monday 5:30PM"], []),  # not a job title
        (["Opening Bell", "", "Opening Bell: 11.14.23"], []),  # a title, dated: no name
    ],
)
def test_bare_name_under_the_headline(lines: list[str], names: list[str]) -> None:
    """A bare name right under the headline is the author's when the line next to it says so.

    A time of day or a reading time next to it does, as a date does; so do the writer's
    addresses, a link to the writer's other articles, and a job title or agency after the
    name.
    """
    article = parse_article(_page_with_header_lines(*lines))
    assert article.headline == INSCRIPTIS_EN.headline
    assert [author.name for author in article.authors] == names


@pytest.mark.parametrize("stamp", ["Monday 5:30PM", "5 min read", "Ana Lima"])
def test_times_stamp_only_a_name_under_the_headline(stamp: str) -> None:
    """A teaser's name and time under a standfirst, not under the headline, is not the author."""
    lines = ["The lantern parade will follow its old route along the quay this year.", ""]
    article = parse_article(_page_with_header_lines(*lines, "Tom Ode", stamp))
    assert article.headline == INSCRIPTIS_EN.headline
    assert article.authors == ()


def test_bare_name_beside_a_day_first_date() -> None:
    """The page's language reads the date beside the name: "Publié le 03/10/22 à 11h05"."""
    lines = ["Claire Morvan et Jean Salou", "Publié le 03/10/22 à 11h05"]
    article = parse_article(_page_with_header_lines(*lines, page=INSCRIPTIS_FR))
    assert article.headline == INSCRIPTIS_FR.headline
    assert [author.name for author in article.authors] == ["Claire Morvan", "Jean Salou"]


def test_bare_name_under_a_date_with_its_day_first() -> None:
    """A date line that opens with the day's number ("25. Juli 2019") is no list item."""
    article = parse_article(_page_with_header_lines("14. November 2023", "Ana Lima", "Kultur"))
    assert [author.name for author in article.authors] == ["Ana Lima"]


@pytest.mark.parametrize(
    ("line", "names", "roles", "agency"),
    [
        ("By Ana Lima | alima@gazette.example", ["Ana Lima"], [None], None),
        ("By Ana Lima | alima@gazette.example | Harbour News Group", ["Ana Lima"],
         ["Harbour News Group"], None),
        ("By Ana Lima Ana Lima", ["Ana Lima"], [None], None),  # two elements run together
        # the photographer took the pictures: no author
        ("by Ana Lima (reporting) and Tom Ode (photography)", ["Ana Lima"], ["reporting"], None),
        ("Von Ana Lima (Text) und Tom Ode (Fotos)", ["Ana Lima"], ["Text"], None),
        ("By Tom Ode Associated Press", ["Tom Ode"], [None], "Associated Press"),
        (("By Ana Lima, a deputy editor and author of the Harbour Notes newsletter. She has "
          "covered the town council and the port for over a decade at the Gazette and at other "
          "papers along the coast."), ["Ana Lima"], [None], None),
    ],
)  # fmt: skip
def test_bylines_with_addresses_repeats_and_roles(
    line: str, names: list[str], roles: list[str | None], agency: str | None
) -> None:
    """An address's separator, a name printed twice, a role in brackets or an agency after it."""
    parsed = parse_byline(line)
    assert parsed is not None
    assert [author.name for author in parsed.authors] == names
    assert [author.role for author in parsed.authors] == roles
    assert parsed.agency == agency


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("By Ana Lima Harbour News", "Ana Lima", "Harbour News"),
        ("By Ana Lima Kestle Sports News", "Ana Lima", "Kestle Sports News"),
        ("By Ana Maria Lima Harbour News", "Ana Maria Lima", "Harbour News"),
        ("By Ana Lima The Harbour Times", "Ana Lima", "The Harbour Times"),
        ("By Ana Lima News Editor", "Ana Lima", "News Editor"),
        ("By Ana Lima KHBBusiness", "Ana Lima", "KHBBusiness"),
        ("By Ana LimaKHBBusiness", "Ana Lima", "KHBBusiness"),
        ("By Ana Lima pellowick.com", "Ana Lima", "pellowick.com"),
    ],
)
def test_byline_name_runs_into_the_site_name(line: str, name: str, role: str) -> None:
    """A site's name after the writer's, with no separator, is not part of the name."""
    parsed = parse_byline(line)
    assert parsed is not None
    assert [(author.name, author.role) for author in parsed.authors] == [(name, role)]


def test_agency_and_place_is_no_personal_name() -> None:
    """An agency's short name and the place it filed from ("AFP Lisbon") name no person."""
    assert not is_personal_name("AFP Lisbon")
    assert not is_personal_name("Ana LimaKHBNews")
    text = (
        "Port Strike Ends After Nine Days\n\nPTI Chennai\nLast Updated: March 4, 2021, 9:27 PM IST"
        "\n\nDock workers returned to the cranes on Thursday after the union accepted the offer.\n"
    )
    article = parse_article(text)
    assert article.authors == ()
    assert article.modified is not None


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_second_byline_after_and_alone_on_its_line(gap: str) -> None:
    """By A, a job, "and" alone on a line, B, a job: both are the article's writers."""
    text = (
        "Valley Council Delays the Bridge Vote\n\nBy Ana Lima\n\nSenior Reporter, Harbour Times"
        f"\n\nand{gap}Tom Ode\n\nReporter, Harbour Times\n\nMar 14, 2022, 10:05 AM EST\n\n"
        "The vote on the new bridge was put off for a month after the engineers asked for time.\n"
    )
    article = parse_article(text)
    assert [author.name for author in article.authors] == ["Ana Lima", "Tom Ode"]
    assert article.body == (
        "The vote on the new bridge was put off for a month after the engineers asked for time.",
    )


def test_and_alone_with_no_byline_above_is_no_byline() -> None:
    """Without a byline over it, "and" alone and a name are no writers of the article."""
    text = (
        "Valley Council Delays the Bridge Vote\n\nNov 9, 2023\n\nand\nTom Ode\n\n"
        "The vote on the new bridge was put off for a month after the engineers asked for time.\n"
    )
    assert parse_article(text).authors == ()


_CAPTIONS = (
    (
        "Lena Moor stands on the quay at Pellowick on Tuesday, a week after the ferry that was "
        "to take her home to the islands was cancelled for the third time this winter."
    ),
    (
        "The old ferry waits at the slipway in Pellowick while engineers look at the hull, "
        "which was damaged when a storm pushed it against the harbour wall in January."
    ),
    (
        "Passengers queue at the ticket office in Pellowick on Monday morning, hoping for news "
        "of a replacement boat that the island council said it would hire for the spring."
    ),
    (
        "A volunteer hands out tea to the passengers waiting on the quay in Pellowick, where "
        "the cafe has stayed open late every evening since the sailings were first cancelled."
    ),
)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Ana Lima. Photos by Tomas Brenner", ["Ana Lima"]),
        ("By Ana Lima | Photography by Tomas Brenner", ["Ana Lima"]),
        ("Story by Ana Lima, photos by Tomas Brenner", ["Ana Lima"]),
        ("By Ana Lima; Edited by Tomas Brenner", ["Ana Lima"]),
        ("Text von Ana Lima Illustration von Tomas Brenner", ["Ana Lima"]),
        ("von Ana Lima Foto: Tomas Brenner", ["Ana Lima"]),
        ("Texto: Ana Lima | Fotos: Tomas Brenner", ["Ana Lima"]),
        ("Text: Ana Lima", ["Ana Lima"]),
        ("Testo: Ana Lima e Tomas Brenner", ["Ana Lima", "Tomas Brenner"]),
        ("Texte : Ana Lima", ["Ana Lima"]),
        ("Text\nAna Lima", []),  # "Text" opens a byline only with a colon
        ("Photos by Tomas Brenner", []),  # the photographer alone is no author
        ("By Ana Lima, photographer", ["Ana Lima"]),  # her job, no credit to someone else
    ],
)
def test_byline_with_a_credit_to_someone_else(line: str, names: list[str]) -> None:
    """A credit after the writer's name (photos, illustration, editing) names no author.

    "Text:", "Texto:", "Testo:", "Texte :" open a byline as "By" does, with a colon only.
    """
    article = parse_article(f"Tarrow Mill Reopens\n\n{line}\n\n{_BODY}")
    assert [author.name for author in article.authors] == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        (("By Ana Lima | alima@gazette.example | Harbour News Group\n"
          "PUBLISHED: June 3, 2021 at 7:42 a.m."), ["Ana Lima"]),
        ("April 24, 2020\nBy Ana Lima", ["Ana Lima"]),
        ("By Ana Lima", []),  # no date beside it: a credit in the body, maybe a quote's
        # the date line in a block of its own, under the captions, read as a paragraph
        (("By Ana Lima and Tomas Brenner\n\n"
          "Published: 21:00 GMT, 14 March 2021 | Updated: 09:30 GMT, 15 March 2021"),
         ["Ana Lima", "Tomas Brenner"]),
        ("By Ana Lima\n\nShe was there on 14 March 2021, when the last boat left.", []),
    ],
)  # fmt: skip
def test_dated_byline_under_a_gallery_of_captions(byline: str, names: list[str]) -> None:
    """A byline a date line stamps counts when captions over it closed the header."""
    text = "\n\n".join(
        [
            "Islanders Stranded as the Ferry Stays in Port",
            *_CAPTIONS,
            byline,
            "More than a month after the last sailing, dozens of islanders are still waiting.",
            "The island council said on Wednesday that a replacement boat had been found.",
        ]
    )
    article = parse_article(text + "\n")
    assert [author.name for author in article.authors] == names


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ana Lima, The Harbour Times - Nov 19, 2019", "Ana Lima"),
        ("Ana Lima, Senior Reporter | 19.11.2019", "Ana Lima"),
        ("Ana Lima, Reuters - Nov 19, 2019", "Ana Lima"),
        ("Port Ellis, Business - Nov 19, 2019", None),  # a place and a section
        ("Port Ellis, Harbour Road - Nov 19, 2019", None),
    ],
)
def test_meta_line_with_a_name_and_the_writers_site(line: str, name: str | None) -> None:
    """A name and, after a comma, a job or a site's name before the date name the writer."""
    meta = parse_meta_line(line, day_first=True)
    assert meta is not None
    got = meta.byline.authors[0].name if meta.byline is not None else None
    assert got == name


def test_lead_words_do_not_open_a_personal_name() -> None:
    """A byline's lead words ("Geschrieben von Miller") do not open a person's name."""
    assert not is_personal_name("Geschrieben von Miller")
    meta = parse_meta_line("Geschrieben von Miller am 14.03.2016 09:15")
    assert meta is not None
    assert meta.byline is not None  # a dated line signed with one name gives that name alone
    assert [author.name for author in meta.byline.authors] == ["Miller"]


def _page_with_box(box: str, *, header_byline: str | None = None) -> str:
    page = INSCRIPTIS_EN
    header = page.headline if header_byline is None else f"{page.headline}\n\n{header_byline}"
    parts = [page.before, header, *page.paragraphs, box, page.teasers, page.after]
    return page.separator.join(parts) + "\n"


@pytest.mark.parametrize(
    ("box", "names"),
    [
        ("Written by\n\nAna Lima\n\nAna covers the harbour and the council.", ["Ana Lima"]),
        ("Ein Beitrag von:\n\n  * Ana Lima\n\nSie schreibt über den Hafen.", ["Ana Lima"]),
        (
            "About the author\nAna Lima and Tom Ode\nThey cover the harbour.",
            ["Ana Lima", "Tom Ode"],
        ),
        ("Written on Nov 14 by\nAna Lima\nFollow Following", ["Ana Lima"]),
        ("Autor*in\nAna Lima (Redakteurin. M.A. Hafen- und Verkehrsgeschichte)", ["Ana Lima"]),
        ("Author\n\nAna Lima\n\nAna covers the harbour.", ["Ana Lima"]),
        ("Share this story\nGeschrieben von Ana Lima\nÜbersetzt von Tom Ode", ["Ana Lima"]),
        ("Auteur : Ana Lima", ["Ana Lima"]),
        ("Written by the harbour office's press team", []),
        ("Author\n\nAna Lima (photos)\n\nAna took the pictures.", []),
        ("Written by\n\nour readers, who sent in their photos", []),  # no name
        ("Ana Lima\n\nAna covers the harbour.", []),  # no heading
    ],
)
def test_author_box_under_the_story(box: str, names: list[str]) -> None:
    """Without a byline in the header, the box about the author under the story names them."""
    article = parse_article(_page_with_box(box))
    assert article.headline == INSCRIPTIS_EN.headline
    assert [author.name for author in article.authors] == names


@pytest.mark.parametrize(
    ("box", "names"),
    [
        ("Ana Lima is a senior reporter for the Gazette, covering the harbour.\nSenior Reporter",
         ["Ana Lima"]),
        ("Ana Lima (@alima) is an opinion contributor at the Gazette.", ["Ana Lima"]),
        ("Ana Lima ist Redakteurin im Ressort Hafen.", ["Ana Lima"]),
        ("Ana Lima is a nurse at the harbour clinic, where she has worked for ten years.", []),
        ("The harbour master is a keen reader of the Gazette's columns.", []),
    ],
)  # fmt: skip
def test_line_about_the_writer_under_the_story(box: str, names: list[str]) -> None:
    """Without a byline, a line under the story on who wrote it names the writer."""
    article = parse_article(_page_with_box(box))
    assert [author.name for author in article.authors] == names


def test_header_byline_before_the_author_box() -> None:
    """The header's byline is the article's; a box further down does not add to it."""
    box = "Written by\n\nTom Ode\n\nTom covers the harbour."
    article = parse_article(_page_with_box(box, header_byline="By Ana Lima"))
    assert [author.name for author in article.authors] == ["Ana Lima"]


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, a new bridge will open across the river at Pellowick.",
        "Ana Lima, a deputy editor, said the paper would print on Sundays again.",
    ],
)
def test_sentences_with_an_apposition_are_not_bylines(line: str) -> None:
    """Only a lead word and names before ", a ..." make a byline that describes the writer."""
    assert parse_byline(line) is None


# Labelled publication dates away from the header.


def _page_with_footer(footer: str, *, header_dates: str = "") -> str:
    """INSCRIPTIS_EN with ``header_dates`` for its date line and ``footer`` after the body."""
    page = INSCRIPTIS_EN
    header = "\n\n".join(
        [*page.header.split("\n\n")[:-1], *([header_dates] if header_dates else [])]
    )
    parts = [page.before, header, *page.paragraphs, footer, page.teasers, page.after]
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize(
    "footer",
    [
        "First published: 13 November 2023 18:00 GMT",
        "  * Tags: harbour, festival\n  * Published: 13 November 2023",
        "Erschienen am 13. November 2023 im Ressort Lokales",
        "Posted on 13 November 2023 by Morwenna Tresize",
    ],
)
def test_labelled_date_under_the_story_dates_it(footer: str) -> None:
    """With no publication date in the header, a labelled one under the story is the article's."""
    article = parse_article(_page_with_footer(footer, header_dates="Updated: 14 November 2023"))
    assert article.headline == INSCRIPTIS_EN.headline
    assert article.published is not None
    assert article.published.value.isoformat()[:10] == "2023-11-13"
    assert article.modified is not None
    assert article.modified.value == dt.date(2023, 11, 14)
    assert article.body == INSCRIPTIS_EN.paragraphs


@pytest.mark.parametrize(
    "footer",
    [
        "Published: 13 November 2023\n\nPublished: 10 November 2023",  # two days: a list
        "13 November 2023",  # unlabelled
        "On 13 November 2023",  # "on" alone stands before any date
        "Most Popular\n\nPublished: 13 November 2023",  # under the heading of other stories
        "Album released 13 November 2023",  # a label must open the line or a part of it
    ],
)
def test_dates_under_the_story_that_do_not_date_it(footer: str) -> None:
    """Dates under the story that are not labelled as its own, or disagree, give no date."""
    article = parse_article(_page_with_footer(footer))
    assert article.headline == INSCRIPTIS_EN.headline
    assert article.published is None


@pytest.mark.parametrize(
    "footer",
    [
        "von Morwenna Tresize am 13.11.2023 um 18:00 Uhr gespeichert unter Lokales",
        "by Morwenna Tresize | 13 November 2023 | in Local News",
        "Share\n\nPar Morwenna Tresize, le 13 novembre 2023",
    ],
)
def test_signed_and_dated_footer_under_the_story_dates_it(footer: str) -> None:
    """With no date in the header, the author's name and a date right under the story date it."""
    article = parse_article(_page_with_footer(footer))
    assert article.headline == INSCRIPTIS_EN.headline
    assert article.published is not None
    assert article.published.value.isoformat()[:10] == "2023-11-13"


@pytest.mark.parametrize(
    "footer",
    [
        "Film opens on 13 November 2023",  # a teaser's date
        "by Morwenna Tresize | Updated: 13 November 2023",  # an update
        # two signed lines: a list of other posts
        "by Morwenna Tresize | 13 November 2023\n\nby Tom Ode | 12 November 2023",
        "Share\n\nLike\n\nTags\n\nby Morwenna Tresize | 13 November 2023",  # too far
    ],
)
def test_footers_under_the_story_that_do_not_date_it(footer: str) -> None:
    """A teaser's date, an update, a list of signed posts or a far line give no date."""
    article = parse_article(_page_with_footer(footer))
    assert article.headline == INSCRIPTIS_EN.headline
    assert article.published is None


def test_header_date_wins_over_a_labelled_one_under_the_story() -> None:
    """The labelled dates under the story are only looked at when the header gives none."""
    header_dates = INSCRIPTIS_EN.header.split("\n\n")[-1]
    article = parse_article(
        _page_with_footer("Published: 10 November 2023", header_dates=header_dates)
    )
    assert article.published is not None
    assert article.published.value == INSCRIPTIS_EN.published


_TEASERS_IN_PROSE = """\
Latest from the coast

Coast Road Closed After Landslip Near Trevarren

The road between Trevarren and the cove will stay shut until engineers have checked the \
cliff above it, the council said on Monday evening.

Lifeboat Crew Rescues Two Walkers From the Cliffs

Two walkers were lifted from a ledge below the coast path on Sunday afternoon after they \
lost their way in thick fog near the old mine."""


def test_headline_under_teasers_in_prose_at_the_top_of_the_core() -> None:
    """Teasers with summaries in prose may open the body core; the header under them wins."""
    header = f"{HEADLINE}\n\nBy Morwenna Tresize\n\n14 November 2023"
    text = _inscriptis_page(f"{_TEASERS_IN_PROSE}\n\n{header}")
    region = find_article(Document.from_text(text))
    assert region.headline is not None
    assert text.splitlines()[region.headline] == HEADLINE
    article = parse_article(text)
    assert article.headline == HEADLINE
    assert article.body == INSCRIPTIS_EN.paragraphs  # the teasers above are not the story's


def test_related_story_inside_the_body_is_not_the_headline() -> None:
    """A related story's title and byline halfway down the story do not replace its headline."""
    page = INSCRIPTIS_EN
    related = "Lifeboat Crew Rescues Two Walkers From the Cliffs\n\nBy Kerensa Pascoe"
    paragraphs = [*page.paragraphs[:3], related, *page.paragraphs[3:]]
    parts = [page.before, HEADLINE, *paragraphs, page.teasers, page.after]
    text = page.separator.join(parts) + "\n"
    assert parse_article(text).headline == HEADLINE


def test_caption_over_the_byline_close_under_the_headline_is_not_it() -> None:
    """A caption between the standfirst and the byline is not taken for a headline inside."""
    standfirst = (
        "The fishing town's winter parade will run along the quay for the first time since "
        "the storm damaged the slipway three winters ago."
    )
    header = (
        f"{HEADLINE}\n\n{standfirst}\n\nLanterns on the quay at dusk REUTERS/Jory Penhale"
        "\n\nBy Morwenna Tresize\n\n14 November 2023"
    )
    assert parse_article(_inscriptis_page(header)).headline == HEADLINE


def test_embedded_post_is_not_a_header_inside_the_core() -> None:
    """The text of an embedded post over its account and date is no headline with a date line."""
    page = INSCRIPTIS_EN
    opening = (
        "The lights went up along the quay on Tuesday night.",
        "Hundreds of people came down to the harbour to see them.",
        "Many of them shared pictures of the lanterns straight away.",
    )
    post = (
        "The lights are back on the quay tonight\n\n— Jory Penhale (@jorypenhale) November 14, 2023"
    )
    parts = [page.before, HEADLINE, *opening, post, *page.paragraphs, page.teasers, page.after]
    text = page.separator.join(parts) + "\n"
    assert parse_article(text).headline == HEADLINE


def _page_with_first_line(first: str, headline: str | None, footer_links: int) -> str:
    """The English inscriptis page under another first line, with more links in its footer."""
    page = INSCRIPTIS_EN
    links = "\n".join(f"  * Footer link {number}" for number in range(footer_links))
    header = [headline] if headline else []
    parts = [first, page.before, *header, *page.paragraphs, page.teasers, page.after, links]
    return page.separator.join(part for part in parts if part) + "\n"


def test_first_line_of_a_whole_page_is_not_taken_for_its_headline() -> None:
    """A whole page starts with its site (a tagline, a skip link), not with its headline."""
    tagline = "Pellowick Gazette: News and Views From the Harbour Towns"
    text = _page_with_first_line(tagline, HEADLINE, footer_links=30)
    assert parse_article(text).headline == HEADLINE


def test_first_line_of_a_hand_copy_is_its_headline() -> None:
    """A copy of the article part of a page, which ends with its story, starts with its headline."""
    text = _page_with_first_line(HEADLINE, None, footer_links=0)
    assert find_article(Document.from_text(text)).is_page
    assert parse_article(text).headline == HEADLINE


def test_date_over_the_headline_past_a_share_row_and_a_bare_list_mark() -> None:
    """A share row and a bare list mark between the date and the headline are not counted."""
    header = f"* 14 November 2023\n\n*\n\n* Share Tweet Email\n\n* Print\n\n{HEADLINE}"
    article = parse_article(_inscriptis_page(header))
    assert article.headline == HEADLINE
    assert article.published is not None
    assert article.published.value == dt.date(2023, 11, 14)


def test_headline_starting_with_the_german_word_for_day() -> None:
    """'Tag der ...' (German: day of) starts a headline; 'Tags:' starts a list of tags."""
    headline = "Tag der offenen Tür im Hafen von Pellowick"
    text = _inscriptis_page(f"{headline}\n\nVon Morwenna Tresize\n\n14.11.2023")
    assert parse_article(text).headline == headline
    tags = _inscriptis_page(f"{HEADLINE}\n\nTags: Festival, Harbour\n\n14 November 2023")
    assert parse_article(tags).headline == HEADLINE


def test_story_under_a_heading_of_other_stories_is_not_the_headline() -> None:
    """A titled, dated story in a box of other stories under the header is not the headline."""
    page = INSCRIPTIS_EN
    standfirst = "The parade returns to the quay next month after three years."
    box = (
        "Mehr zum Thema\n\nLifeboat Crew Rescues Two Walkers From the Cliffs\n\n"
        "Tuesday 14 November 2023"
    )
    parts = [page.before, HEADLINE, standfirst, box, *page.paragraphs, page.teasers, page.after]
    text = page.separator.join(parts) + "\n"
    assert parse_article(text).headline == HEADLINE


@pytest.mark.parametrize(
    ("title", "between"),
    [
        (f"{_FERRY} | The Wend Herald", ""),
        (f"The Wend Herald - {_FERRY}", "Local news"),
        (f"Wend Herald: {_FERRY}", "Home / Local news"),
    ],
)
def test_page_title_over_its_headline_in_a_text_that_is_no_page(title: str, between: str) -> None:
    """A first line ``Headline | Site`` over the headline alone: the headline is that line."""
    header = [title, between, _FERRY, "By Ada Penrose"]
    article = parse_article("\n\n".join(part for part in header if part) + f"\n\n{_BODY}")
    assert article.headline == _FERRY
    assert [author.name for author in article.authors] == ["Ada Penrose"]
    assert all(between not in paragraph for paragraph in article.body if between)
    assert not any(_FERRY in paragraph for paragraph in article.body)


def test_first_line_that_only_starts_like_a_later_line_stays_the_headline() -> None:
    """A later line that is the start of the first line, without a separator, is no headline."""
    headline = f"{_FERRY} and Sails Again"
    article = parse_article(f"{headline}\n\n{_FERRY}\n\nBy Ada Penrose\n\n{_BODY}")
    assert article.headline == headline


@pytest.mark.parametrize(
    ("line", "dates"),
    [
        (
            "Published: 21:15 GMT, 14 October 2021 | Updated: 07:05 GMT, 16 October 2021",
            [("published", "2021-10-14"), ("published", "2021-10-16")],
        ),
        (
            "Ana Lima, The Harbour Post Published 6:25 p.m. ET April 8, 2021",
            [("published", "2021-04-08")],
        ),
        ("Publiziert 02.02.2022 um 09:23", [("published", "2022-02-02")]),
        ("Letzte Aktualisierung: 17.02.2023", [("modified", "2023-02-17")]),
        ("Last update: Nov 19, 2019", [("modified", "2019-11-19")]),
        ("Mis en ligne le 3 mars 2020", [("published", "2020-03-03")]),
        ("Aggiornata il 3 marzo 2020", [("modified", "2020-03-03")]),
        ("Wochenbericht 7. - 13. März 2023", []),  # a range of days dates no article
        # a weather box gives today's date, not the article's
        ("Monday, Feb 8th 2021 6PM 3°C 9PM 2°C 5-Day Forecast", []),
        ("Mittwoch, 3. März 2021 | Hamburg 8 °C", []),
    ],
)
def test_date_labels_and_kinds(line: str, dates: list[tuple[str, str]]) -> None:
    """Publication and update labels in each language, with a time before the date too."""
    meta = parse_meta_line(line, day_first=True)
    found = (
        [] if meta is None else [(kind, value.value.isoformat()[:10]) for kind, value in meta.dates]
    )
    assert found == dates


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Published: 21:15 GMT, 14 October 2021", "2021-10-14"),
        ("Mis en ligne le 3 mars 2020", "2020-03-03"),
        ("Anna Schmidt | Erschienen am 3. März 2020", "2020-03-03"),
        ("Updated: 3 March 2020", None),
        ("Le 3 mars 2020", None),  # too short a label: any date may follow "le"
        ("The album was released 3 March 2020", None),  # the label must open the line or a part
        # ... or be written with a capital: a part run into the one before it
        ("Ana Lima, The Harbour Post Published 6:25 p.m. ET April 8, 2021", "2021-04-08"),
        ("(Harbour News) Erstellt am 09.08.2013, 06:00", "2013-08-09"),
    ],
)
def test_published_by_label(line: str, published: str | None) -> None:
    """The date a strong publication label gives, for finding it away from the header."""
    value = published_by_label(line)
    assert (value and value.value.isoformat()[:10]) == published


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("October 12, 2018 / 0 Comments / in Harbour News / by admin", True),
        ("Nov 19, 2019 | 3 min read | in the Local section | by Ana", True),
        ("The vote / held on Nov 19, 2019 / was put off by the council for weeks.", False),
        ("It was on Nov 19, 2019 that the council in the town met with the mayor of it", False),
    ],
)
def test_metadata_line_of_short_fields_is_no_sentence(line: str, *, dated: bool) -> None:
    """Short fields between spaced separators are metadata, whatever their function words."""
    assert (parse_meta_line(line) is not None) == dated


@pytest.mark.parametrize(
    "headline",
    [
        "The harbour lights are back. Pellowick never wanted them gone.",
        "Warum die Laternen am Hafen wieder leuchten.",
        "Pourquoi les lanternes du port brillent à nouveau…",
    ],
)
def test_headline_ending_like_a_sentence_over_the_byline(headline: str) -> None:
    """A short line ending with a full stop, alone right over the byline, is the headline."""
    text = _inscriptis_page(f"{headline}\n\nBy Morwenna Tresize\n\n14 November 2023")
    assert parse_article(text).headline == headline


def test_standfirst_ending_like_a_sentence_over_the_byline_is_not_the_headline() -> None:
    """A standfirst between the headline and the byline stays the standfirst."""
    standfirst = "The lanterns are back on the quay after three dark winters."
    header = f"{HEADLINE}\n\n{standfirst}\n\nBy Morwenna Tresize\n\n14 November 2023"
    assert parse_article(_inscriptis_page(header)).headline == HEADLINE


@pytest.mark.parametrize(
    "header",
    [
        # no byline or date line under it: a caption, a teaser's sentence
        "The harbour lights are back. Pellowick never wanted them gone.\n\nShare\n\nTweet",
        # under prose: the end of a paragraph
        (
            "The council met on Monday and agreed to pay for the lanterns and the stage on the "
            "quay, after a long debate.\n"
            "The harbour lights are back.\n\nBy Morwenna Tresize\n\n14 November 2023"
        ),
    ],
    ids=["no-byline", "under-prose"],
)
def test_lines_ending_like_a_sentence_that_are_not_headlines(header: str) -> None:
    """A line ending with a full stop is a headline only right over a byline, not under prose."""
    assert parse_article(_inscriptis_page(header)).headline is None


@pytest.mark.parametrize(
    "headline",
    [
        "Von Netzwerken lernen: Ein Modell für Lokalblogs",
        "By the numbers: how the lights returned",
    ],
)
def test_topic_and_title_opening_with_a_byline_lead_word(headline: str) -> None:
    """'Von X: title' with no personal name before the colon is a headline, not a byline."""
    text = _inscriptis_page(f"{headline}\n\nBy Morwenna Tresize\n\n14 November 2023")
    assert parse_article(text).headline == headline


@pytest.mark.parametrize(
    "line", ["By Morwenna Tresize: Harbour Reporter", "Von Anna Schmidt: 14.11.2023"]
)
def test_byline_with_a_colon_is_not_a_headline(line: str) -> None:
    """A name before the colon, or a date after it: a byline."""
    assert parse_article(_inscriptis_page(f"{line}\n\n14 November 2023")).headline is None


DECK = "The fishing town's winter parade returns to the quay after a storm closed the slipway"


def _page_with_header(*blocks: str, page: Page = INSCRIPTIS_EN) -> str:
    """The page with the headline and then ``blocks`` (each a paragraph) as its header."""
    parts = [page.before, page.headline, *blocks, *page.paragraphs, page.after]
    return page.separator.join(parts) + "\n"


@pytest.mark.parametrize("page", [INSCRIPTIS_EN, HTML_TEXT_EN], ids=["inscriptis", "html-text"])
@pytest.mark.parametrize(
    "above",
    [
        pytest.param([], id="nothing"),
        pytest.param(
            ["Harbour Lights Festival Returns to Pellowick After Three Years"], id="repeat"
        ),
        pytest.param(["Harbour Lights Festival Returns After Three Years"], id="near-repeat"),
        pytest.param(["Culture", "New, 3 comments"], id="section-and-counter"),
    ],
)
def test_standfirst_under_a_repeat_of_the_headline_or_boilerplate(
    above: list[str], page: Page
) -> None:
    """A repeat of the headline, a section name or a counter may stand above the standfirst."""
    headline = INSCRIPTIS_EN.headline
    page = Page(**{**page.__dict__, "headline": headline})  # the html-text page's is another
    deck = f"{DECK}."
    text = _page_with_header(*above, deck, "By Morwenna Tresize", "14 November 2023", page=page)
    article = parse_article(text)
    assert article.headline == headline
    assert article.standfirst == deck


@pytest.mark.parametrize(
    ("after", "standfirst"),
    [
        pytest.param(["Share on Facebook", "Share on Twitter"], DECK, id="share-lines"),
        pytest.param(
            ["The slipway in the storm of 2020 (Photo: Jory Penhale/Pellowick Gazette)"],
            DECK,
            id="caption",
        ),
        pytest.param(["Photo: Jory Penhale"], DECK, id="bare-credit"),
        pytest.param([], None, id="nothing"),
        pytest.param(["Advertisement"], None, id="advertisement"),
    ],
)
def test_standfirst_before_share_lines_or_a_caption(
    after: list[str], standfirst: str | None
) -> None:
    """Share lines or a picture's caption between a paragraph and the body make it the deck."""
    article = parse_article(_page_with_header(DECK, *after))
    assert article.standfirst == standfirst
    if standfirst is None:
        assert article.body[0] == DECK


@pytest.mark.parametrize(
    ("after", "standfirst"),
    [
        pytest.param(["Share on Facebook", "Share on Twitter"], DECK, id="share-lines"),
        pytest.param(
            ["The slipway in the storm of 2020 (Photo: Jory Penhale/Pellowick Gazette)"],
            DECK,
            id="caption",
        ),
        # the paragraph may be the caption that credit belongs to
        pytest.param(["(Photo: Jory Penhale)"], None, id="bare-credit"),
        # a date line both above and below: the paragraph is the body's
        pytest.param(["Updated: 15 November 2023"], None, id="date-line"),
    ],
)
def test_standfirst_under_header_lines(after: list[str], standfirst: str | None) -> None:
    """Under the byline and date, only share lines or a real caption tell the deck apart."""
    text = _page_with_header("By Morwenna Tresize", "14 November 2023", DECK, *after)
    article = parse_article(text)
    assert article.standfirst == standfirst
    assert [author.name for author in article.authors] == ["Morwenna Tresize"]


def test_short_caption_before_a_bare_credit_is_not_the_standfirst() -> None:
    """A few words over a credit are the picture's caption, not a standfirst."""
    text = _page_with_header("The lanterns at dusk.", "(Photo: Jory Penhale)")
    assert parse_article(text).standfirst is None


@pytest.mark.parametrize(
    "line",
    [
        "By Morwenna Tresize/Harbour Desk The Pellowick Gazette",
        "Morwenna Tresize and Jory Penhale, Associated Press",
        "Updated Nov 14, 5:05 PM; Posted Nov 14, 9:30 AM",
        "* The fishing town's winter parade returns to the quay after the storm closed the old slipway",
        "« Previous story | Next story: Coast road closed after landslip »",
        "Festival Returns to Pellowick: Harbour Lights After Three Years",
    ],
    ids=["byline", "names-and-agency", "date-labels", "list-item", "links", "near-repeat"],
)
def test_lines_that_are_never_the_standfirst(line: str) -> None:
    """A byline, a date line, a list item, links or the headline again are no standfirst."""
    text = _page_with_header(line, "By Morwenna Tresize", "14 November 2023")
    assert parse_article(text).standfirst is None


def test_title_case_line_before_share_lines_is_not_the_standfirst() -> None:
    """A line in title case over share buttons is another story's title, not a deck."""
    text = _page_with_header(
        "Why the Pellowick Lifeboat Crew Loves Winter Swims", "Share on Facebook"
    )
    assert parse_article(text).standfirst is None


def test_teaser_over_its_own_date_is_not_the_standfirst() -> None:
    """A paragraph over a date line in a list of dated teasers is another story's."""
    teasers = [
        "Coast road closed after landslip near Trevarren village",
        "12 November 2023",
        "Lifeboat crew rescues two walkers from the cliffs",
        "10 November 2023",
        "School roof repairs to finish before Christmas",
        "8 November 2023",
    ]
    text = "\n\n".join(
        [INSCRIPTIS_EN.headline, "Related videos", *teasers, *INSCRIPTIS_EN.paragraphs]
    )
    assert parse_article(text).standfirst is None
    one = "\n\n".join([INSCRIPTIS_EN.headline, *teasers[:2], *INSCRIPTIS_EN.paragraphs])
    assert parse_article(one).standfirst == teasers[0]  # over the article's own date


def test_standfirst_over_share_buttons_whose_icons_the_text_lost() -> None:
    """Bare list marks (share buttons without their icons) stand in the run of share lines."""
    marks = "  *\n\n  *\n\n  *"
    text = _page_with_header(DECK, marks, "  * Share", marks)
    assert parse_article(text).standfirst == DECK


def test_job_title_is_no_headline() -> None:
    """A writer's job title under the name ("Politics Reporter, Site") is no headline."""
    assert is_job_title("Politics Reporter, Harbour Post")
    assert is_job_title("Chefredakteurin")
    assert not is_job_title("Reporter attacked in the harbour")
    assert not is_job_title("The Daily News")
    assert not may_be_headline("Senior Politics Reporter, Harbour Post")
    assert may_be_headline("Reporter attacked in the harbour")


MENU_ITEMS = ("Home", "News", "Local", "Sport", "Weather", "Business", "Culture", "Travel")
MENU_ITEMS += ("Opinion", "Podcasts", "Puzzles", "Subscribe", "Sign in")


def test_site_name_in_the_copyright_notice_is_no_headline() -> None:
    """A title part the footer's copyright notice holds is the site's name, not the headline."""
    text = (
        "Lantern Parade Returns to the Quay | The Wrenfield Clarion\n\n"
        "The Wrenfield Clarion\nHome\n\n"
        "Lantern Parade Returns to the Quay\n\n"
        "The lantern parade will follow the quay again this winter, the organisers said on"
        " Friday, after two years in which the route was closed for repairs to the sea wall.\n\n"
        "About us\n\n© 2024 The Wrenfield Clarion. All rights reserved.\n"
    )
    assert parse_article(text).headline == "Lantern Parade Returns to the Quay"


def test_first_line_naming_the_site_is_no_headline() -> None:
    """A first line that the copyright notice names is the site's name."""
    text = (
        "The Wrenfield Clarion\n\n"
        "The lantern parade will follow the quay again this winter, the organisers said on"
        " Friday, after two years in which the route was closed for repairs to the sea wall.\n\n"
        "© 2024 The Wrenfield Clarion\n"
    )
    assert parse_article(text).headline is None


def small_page(header: str) -> str:
    """A page of the Wrenfield Clarion: its menu, ``header``, a story, its footer."""
    menu = "\n".join(f"  * {item}" for item in MENU_ITEMS)
    story = (
        "The ferry to the outer islands will run twice a day from March, the harbour board"
        " decided, after a winter in which storms kept the old boat in port for weeks."
    )
    return (
        f"The Wrenfield Clarion\n{menu}\n\n{header}\n\n{story}\n\n{story}\n\n{story}\n\n"
        "Most read\n  * Harbour Wall Repairs Finish Early\n  * New Bus Route to the Quay\n\n"
        "  * About us\n  * Contact us\n  * Privacy policy\n\n© 2024 The Wrenfield Clarion\n"
    )


def test_cookie_notice_is_no_headline_of_a_page() -> None:
    """A cookie notice above the story is a notice of the site, never the headline."""
    text = small_page(
        "We use cookies to give you the best experience of our pages. Accept all cookies\n\n"
        "Island Ferry Will Sail Twice a Day From March"
    )
    assert parse_article(text).headline == "Island Ferry Will Sail Twice a Day From March"


def test_short_sentence_under_a_title_is_its_standfirst() -> None:
    """A short sentence between a title and the byline is the standfirst, not the headline."""
    text = small_page(
        "Island Ferry Will Sail Twice a Day From March\n\n"
        "The islands get a second boat.\n\nBy Tamsin Roskelly"
    )
    article = parse_article(text)
    assert article.headline == "Island Ferry Will Sail Twice a Day From March"
    assert article.standfirst == "The islands get a second boat."


def _html_text_with_headline_line(line: str) -> str:
    """The English html-text page showing ``line`` as its headline, blank lines around it."""
    page = HTML_TEXT_EN
    title = page.before.splitlines()[0]
    text = page.text.replace(title, f"{title}\n", 1)
    return text.replace(f"\n{page.headline}\n", f"\n\n{line}\n\n", 1)


@pytest.mark.parametrize(
    "kicker", ["Victory for the campaigners", "Saved at last!", 'Mill Lane "Open for good"']
)
def test_kicker_glued_to_the_title_is_left_out_of_the_headline(kicker: str) -> None:
    """A kicker glued to the headline is left out when the page title names the bare title."""
    line = f"{kicker} {HTML_TEXT_EN.headline}"
    assert parse_article(_html_text_with_headline_line(line)).headline == HTML_TEXT_EN.headline


@pytest.mark.parametrize(
    "line",
    [
        f"Reading rooms - {HTML_TEXT_EN.headline}",  # a dash: one title in two parts
        f"Tarrowmoor: {HTML_TEXT_EN.headline}",
        f"Vote {HTML_TEXT_EN.headline}",  # one word is no kicker
    ],
)
def test_topic_before_the_title_stays_in_the_headline(line: str) -> None:
    """A topic set off by a dash or a colon, or a single word, stays part of the headline."""
    assert parse_article(_html_text_with_headline_line(line)).headline == line


@pytest.mark.parametrize(
    "trail", ["home / valley news / {title}", "  1. Home\n  2. Valley news\n  3. {title}"]
)
def test_kicker_glued_to_the_title_under_a_breadcrumb_trail(trail: str) -> None:
    """The last crumb of a trail above the headline names the bare title."""
    header = "\n\n".join(
        [trail.format(title=HEADLINE), f"Back on the quay {HEADLINE}", "By Morwenna Tresize"]
    )
    assert parse_article(_inscriptis_page(header)).headline == HEADLINE


def test_site_name_written_first_by_inscriptis_is_no_page_title() -> None:
    """Only html-text's first line is the page title: inscriptis starts with the site's name."""
    site = "Pellowick Harbour Gazette"
    header = f"{site}\n\n{HEADLINE}\n\nThe lantern parade returns.\n\nBy Morwenna Tresize"
    text = f"    {site}\n\n" + _inscriptis_page(header)
    assert parse_article(text).headline == HEADLINE


_MILL = "Tarrow Mill Reopens After a Year of Repairs"


@pytest.mark.parametrize(
    "above",
    [
        "Local",
        "Obituaries\n\n    / Monday 5 February 2024",
        "tarrowvalley.example\n\nWend Valley",
    ],
)
def test_section_name_over_the_headline_of_a_text_that_is_no_page(above: str) -> None:
    """A section's or site's name first in the text is not the headline under it."""
    text = f"{above}\n\n{_MILL}\n\nBy Ada Penrose\n\n{_BODY}"
    article = parse_article(text)
    assert article.headline == _MILL
    first = above.split("\n", 1)[0]
    assert segments_by_line(text)[first][0] == "boilerplate"


@pytest.mark.parametrize(
    "text",
    [
        f"Mill Reopens\n\nBy Ada Penrose\n\n{_BODY}",  # a sentence under it
        f"Wend Herald\n\n  * About\n  * Subscribe\n\n{_MILL}\n\nBy Ada Penrose\n\n{_BODY}",
        f"Wend Herald\n\nNews from the valley\n\n{_MILL}\n\nBy Ada Penrose\n\n{_BODY}",
        f"Tide tables\n\n14 November 2023\n\nHere you find the times for every day of the week!\n\n{_BODY}",
        (
            "MILLS/REPAIRS\n\n    By ADA PENROSE, Wend Wire\n"
            "    TARROW, Nov 14 - The mill on Tarrow Lane reopened\n"
            "on Monday after a year of repairs to its wheel and roof, the\n"
            "owners said.\n"
        ),  # wrapped wire copy, no title under the slug
    ],
)  # fmt: skip
def test_short_first_title_stays_the_headline(text: str) -> None:
    """A short first title with a sentence, an exclamation or wrapped text under it stays."""
    assert parse_article(text).headline == text.split("\n", 1)[0]


@pytest.mark.parametrize(
    ("heading", "published"),
    [
        ("Tags", dt.date(2020, 3, 3)),  # the story's own tags: its date may follow them
        ("Share this article", dt.date(2020, 3, 3)),
        ("Related stories", None),  # a list of other stories: a date after it is a teaser's
        ("Next article", None),
    ],
)
def test_labelled_date_after_the_story_furniture(heading: str, published: dt.date | None) -> None:
    """A labelled date after a story's tags and share lines dates it; after other stories, not."""
    page = INSCRIPTIS_EN
    header = "\n\n".join(page.header.split("\n\n")[:-1])  # without its date line
    after = f"{heading}\n\nharbour, ferries, Pellowick\n\nAuthor Ana Lima\n\nDate 3 March 2020"
    text = "\n\n".join([page.before, header, *page.paragraphs, after, page.after]) + "\n"
    article = parse_article(text)
    assert article.headline == page.headline
    assert (article.published and article.published.value) == published


def _teasers_over_the_body(headline_line: str) -> str:
    """Three teasers (section, title, date) straight over the body, a headline above them."""
    teasers = "\n\n".join(
        f"LOCAL NEWS\n\n{title}\n\n{day} June 2016"
        for title, day in (
            ("Pellowick pier reopens after winter storms", 3),
            ("New bus route links Tarrow and Dunmere", 9),
            ("Lifeboat station gets a new boat", 14),
        )
    )
    body = "\n\n".join(INSCRIPTIS_EN.paragraphs)
    return f"{headline_line}\n\n{teasers}\n\n{body}\n"


def test_last_teaser_over_the_body_is_in_a_dated_list() -> None:
    """The date of the last of a list of teasers is one of a list though only the list is over it."""
    text = _teasers_over_the_body("Harbour desk picks")
    start = text.index("14 June 2016")
    end = start + len("14 June 2016")
    claim = Claim(start, end, "date", "date_line", "date line", None, text[start:end])
    assert in_a_dated_list(text, claim)
    own = "Council approves harbour plan\n\n3 March 2020\n\n" + text.split("\n\n", 1)[1]
    start = own.index("3 March 2020")
    end = start + len("3 March 2020")
    claim = Claim(start, end, "date", "date_line", "date line", None, own[start:end])
    assert not in_a_dated_list(own, claim)  # a teaser box under the story's own date line


def test_line_of_two_dates_gives_the_earlier_as_published() -> None:
    """Of two unlabelled dates on one line (the page's update and publication times), the earlier."""
    page = INSCRIPTIS_EN
    header = "\n\n".join(page.header.split("\n\n")[:-1])  # without its date line
    header += "\n\n2023-11-16 08:40:12 2023-11-14 09:30:00"
    text = "\n\n".join([page.before, header, *page.paragraphs, page.teasers, page.after]) + "\n"
    article = parse_article(text)
    assert article.headline == page.headline
    assert article.published is not None
    assert article.published.value == dt.datetime(2023, 11, 14, 9, 30)


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        ("Video shows lanterns lighting up the quay at Pellowick", True),
        ("Photos reveal the damage to the old slipway", True),
        ("Video: Morwenna Tresize", False),
        ("Photo by Jory Penhale", False),
        ("Foto 3 von 12", False),
        ("Source: Pellowick Gazette", False),
    ],
)
def test_a_picture_word_opens_a_headline_or_a_label(line: str, *, shaped: bool) -> None:
    """A picture word as a label ("Video: ...", "Photo by") is no headline; as a subject it is."""
    assert may_be_headline(line) is shaped


def test_headline_that_opens_with_the_word_video() -> None:
    """A headline that starts "Video shows ..." over its byline is the headline."""
    headline = "Video shows lanterns lighting up the quay at Pellowick"
    text = _inscriptis_page(f"{headline}\n\nBy Morwenna Tresize\n\n14 November 2023")
    assert parse_article(text).headline == headline


@pytest.mark.parametrize(
    "header",
    [
        (
            "Advertisement\n\nContinue reading the main article\n\nSupported by\n\n"
            "Continue reading the main article\n\n{headline}\n\n"
            "The lantern parade returns to the quay after three quiet winters\n\n"
            "By Morwenna Tresize"
        ),
        (
            "{headline}\n\nShare\n\nSave\n\nFollow the writers of this story\n\n"
            "* Morwenna Tresize\n\nFollow the topics in this story\n\n* Festivals"
        ),
    ],
    ids=["continue-reading", "follow-buttons"],
)
def test_buttons_around_the_header_are_not_the_headline(header: str) -> None:
    """The link past an ad ("Continue reading the main article") and follow buttons are no headline."""
    text = _inscriptis_page(header.format(headline=HEADLINE))
    assert parse_article(text).headline == HEADLINE


def _page_with_name_under_the_headline(under: str) -> str:
    """A page whose headline stands far above the body, a name and ``under`` just below it."""
    page = INSCRIPTIS_EN
    buttons = ["Reblog", "Share", "Tweet", "Email", "More", "Print", "Save", "Listen"] * 2
    header = "\n".join(
        [
            "    1,234.56",
            "    -12.30 (-0.99%)",
            "",
            f"    {HEADLINE}",
            "",
            "      Morwenna Tresize",
            f"        {under}",
            *[f"        {button}" for button in buttons[:10]],
        ]
    )
    paragraphs = [f"    {paragraph}" for paragraph in page.paragraphs]
    return page.separator.join([page.before, header, *paragraphs, page.teasers, page.after]) + "\n"


@pytest.mark.parametrize(
    ("under", "found"),
    [
        ("Culture Editor", True),  # a writer's job
        ("Redakteurin Kultur", True),
        ("2 hours ago", True),  # a time relative to now
        ("vor 3 Stunden", True),
        ("Tide Tables", False),  # a title: the name may be a section's
    ],
)
def test_name_alone_under_the_headline_vouches_for_it(under: str, *, found: bool) -> None:
    """A personal name right under a title, over a job title or a time, marks the headline."""
    article = parse_article(_page_with_name_under_the_headline(under))
    assert article.headline == (HEADLINE if found else None)


_SECTION_TITLE = "Ferry crews vote to strike over the winter timetable"


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        (f"World\n\n{_SECTION_TITLE}", _SECTION_TITLE),  # a section's name over the title
        (f"Local news\n\n{_SECTION_TITLE}", _SECTION_TITLE),
        (f"Local\n\n/ Friday 12 May 2023\n\n{_SECTION_TITLE}", _SECTION_TITLE),  # a date between
        ("Ferry Strike\n\nCrews Vote Again", "Ferry Strike"),  # a short title under it
        (f"Harbour Blog\n\n« {_SECTION_TITLE}", "Harbour Blog"),  # a link to the post before
        (f"Ferry Strike\n{_SECTION_TITLE}", "Ferry Strike"),  # one block: no section name
    ],
)
def test_section_name_over_the_headline_of_an_article(top: str, headline: str) -> None:
    """A section's name of one or two words set over a long title is not the headline."""
    text = f"{top}\n\nThe crews will walk out on Friday, the union said.\n\n{_BODY}"
    assert parse_article(text).headline == headline


_DATED_TEASERS = (
    ("HARBOUR NEWS", "Lifeboat Crew Rescues Two Walkers From the Cliffs", "March 3, 2021"),
    ("FEATURES", "Tidal Mill Opens Its Doors: A Day With the Miller", "June 18, 2019"),
    ("HARBOUR NEWS", "Coast Road Closed After Landslip Near Trevarren", "May 27, 2020"),
)


@pytest.mark.parametrize("heading", ["More stories", "YOU MAY ALSO LIKE", "Related"])
def test_box_of_dated_teasers_between_the_headline_and_the_body(heading: str) -> None:
    """A box of dated teasers between the header and the body does not give the headline."""
    box = "\n\n".join(f"{kicker}\n\n{title}\n\n{date}" for kicker, title, date in _DATED_TEASERS)
    header = f"{HEADLINE}\n\nBy Morwenna Tresize\n\n{heading}\n\n{box}"
    assert parse_article(_inscriptis_page(header)).headline == HEADLINE


@pytest.mark.parametrize("line", ["Associated Press", "The Associated Press"])
def test_agency_credit_line_is_no_headline_on_a_page(line: str) -> None:
    """An agency's name alone (the credit under a headline) is no headline of a page."""
    assert not may_be_headline(line)


def test_menu_at_the_start_of_a_small_text_is_boilerplate() -> None:
    """A run of short list items before anything else is a menu; the title under it leads."""
    story = (
        "The ferry to the outer islands will run twice a day from March, the harbour board"
        " decided, after a winter in which storms kept the old boat in port for weeks."
    )
    text = (
        "The Wrenfield Clarion\n  * Home\n  * News\n  * Local news\n\n"
        f"Island Ferry Will Sail Twice a Day From March\n\n{story}\n\n{story}\n\n"
        "© 2024 The Wrenfield Clarion\n"
    )
    article = parse_article(text)
    assert article.headline == "Island Ferry Will Sail Twice a Day From March"
    assert article.body == (story, story)
    reasons = segments_by_line(text)
    assert reasons["* Home"] == ("boilerplate", "header_furniture", "menu before the article")
    assert reasons["The Wrenfield Clarion"][0] == "boilerplate"


def test_two_short_items_at_the_start_are_no_menu() -> None:
    """Two short list items are too few for a menu: the text keeps them."""
    text = (
        "  * Ferries\n  * Harbour\n\n"
        "The ferry to the outer islands will run twice a day from March, the harbour board"
        " decided, after a winter in which storms kept the old boat in port for weeks.\n"
    )
    assert "Ferries" in parse_article(text).body[0]


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        (
            "Island Ferry Will Sail Twice a Day | The Wrenfield Clarion",
            "Island Ferry Will Sail Twice a Day",
        ),
        ("The Wrenfield Clarion: Island Ferry Will Sail Twice a Day", None),  # too far for a colon
    ],
)
def test_shown_headline_far_under_a_site_title(title: str, headline: str | None) -> None:
    """Under "Headline | Site" the shown headline may stand past a menu of plain lines."""
    menu = "\n".join(("Home", "News", "Local", "Sport", "Weather", "Travel"))
    text = (
        f"{title}\n\n{menu}\n\nIsland Ferry Will Sail Twice a Day\n\n"
        "The ferry to the outer islands will run twice a day from March, the harbour board"
        " decided, after a winter in which storms kept the old boat in port for weeks.\n"
    )
    found = parse_article(text).headline
    if headline is None:
        assert found != "Island Ferry Will Sail Twice a Day"
    else:
        assert found == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Harbour Diary: November 12, 2012",
        "Tarrowmoor Council Notes, 12.11.2012",
        "Ledger 2012/11/12",
    ],
)
def test_headline_with_a_date_that_shows_the_page_title_is_the_headline(headline: str) -> None:
    """A headline holding a date is no metadata line when it shows the page title's main part."""
    page = HTML_TEXT_EN
    title = page.before.splitlines()[0]
    text = page.text.replace(title, f"{headline} | The Dunmere Echo\n", 1)
    text = text.replace(f"\n{page.headline}\n", f"\n\n{headline}\n\n", 1)
    article = parse_article(text)
    assert article.headline == headline
    assert article.published is not None
    assert article.published.value == page.published


def test_date_line_that_is_no_part_of_the_page_title_stays_metadata() -> None:
    """A date line under the headline is still read as metadata: it does not show the title."""
    page = HTML_TEXT_EN
    text = page.text.replace(f"\n{page.headline}\n", f"\n\n{page.headline}\n\n12.11.2012\n\n", 1)
    article = parse_article(text)
    assert article.headline == page.headline
    assert article.published is not None
    assert article.published.value == page.published


@pytest.mark.parametrize(
    "meta", ["Updated: 12 November 2012", "Last updated: 12 November 2012, 10:15 GMT"]
)
def test_date_line_glued_after_the_title_is_left_out_of_the_headline(meta: str) -> None:
    """A place and date run into the headline's line are cut off where the page title ends."""
    line = f"{HTML_TEXT_EN.headline} {meta}"
    assert parse_article(_html_text_with_headline_line(line)).headline == HTML_TEXT_EN.headline


def test_words_glued_after_the_title_that_are_no_date_line_stay() -> None:
    """Only a metadata line is cut off after the title: other words stay in the headline."""
    line = f"{HTML_TEXT_EN.headline} After a Long Campaign in 2012"
    assert parse_article(_html_text_with_headline_line(line)).headline == line


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("14. Mai 2021 Wiebke Sandhorst Kultur", "Wiebke Sandhorst"),
        (
            "14. Mai 2021 14. Mai 2021 Wiebke Sandhorst 3 Kommentare Hafen , Inseln",
            "Wiebke Sandhorst",
        ),
        ("4 Min. 14. Mai 2021 Wiebke Sandhorst 1 Kommentar Lesezeichen", "Wiebke Sandhorst"),
        ("May 14, 2021 Tobin Aldercott 12 Comments", "Tobin Aldercott"),
        ("14 mai 2021 Claire Morvan 2 commentaires", "Claire Morvan"),
        # a teaser's title after the date is no name
        ("May 14, 2021 Harbour Board approves the new ferry timetable", None),
        ("May 14, 2021 Harbour Board", None),  # a name that ends the line may be a short title
        ("May 14, 2021 Harbour Board 12 times over the winter", None),
        ("Politics May 14, 2021 Harbour Board 12 Comments", None),  # a section stands before it
    ],
)
def test_meta_line_with_a_name_run_on_from_the_date(line: str, name: str | None) -> None:
    """Blog themes print the writer's name right after the date, then comments or the section."""
    meta = parse_meta_line(line, day_first=True)
    found = [author.name for author in meta.byline.authors] if meta and meta.byline else []
    assert found == ([name] if name else [])


@pytest.mark.parametrize(
    ("meta_line", "authors"),
    [
        ("3. März 2020 Anna Schmidt Kultur", ["Anna Schmidt"]),
        ("3. März 2020 Anna Schmidt 2 Kommentare Fähre , Sandholm", ["Anna Schmidt"]),
        ("3. März 2020 Fähre Sandholm startet im Mai", []),
    ],
)
def test_page_with_the_name_run_on_from_the_date(meta_line: str, authors: list[str]) -> None:
    """On a blog page the name after the date under the headline is the author."""
    page = replace(HTML_TEXT_DE, header=f"Neue Fähre für den Hafen von Kleinwarden\n{meta_line}")
    article = parse_article(page.text)
    assert article.headline == "Neue Fähre für den Hafen von Kleinwarden"
    assert [author.name for author in article.authors] == authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("by Tamsin September 15, 2014", ["Tamsin"]),
        ("Posted on May 3, 2020 by Jorrit", ["Jorrit"]),
        ("Veröffentlicht am 3. März 2020 von Wiebke", ["Wiebke"]),
        ("14 mai 2021 | par Solène", ["Solène"]),
        ("Posted on May 3, 2020 by Admin", []),  # the blog's account, no writer
        ("By admin - 2020-05-03", []),
        ("Posted on May 3, 2020 by HarbourNews", []),  # a brand's spelling
        ("Veröffentlicht von Hafenblog am 3. März 2020", []),  # a blog's name
        ("Posted on May 3, 2020 by Staff", []),
        ("By Tuesday, March 3, 2020", []),
    ],
)
def test_meta_line_signed_with_one_name(line: str, names: list[str]) -> None:
    """A dated metadata line signed "by" a first name or pen name alone gives that author."""
    meta = parse_meta_line(line, day_first=True)
    assert meta is not None
    found = [author.name for author in meta.byline.authors] if meta.byline else []
    assert found == names


def test_one_name_alone_is_no_byline_without_a_date() -> None:
    """Without a date on the line, "By" and one word is no byline: "By Tuesday", "By Lunch"."""
    article = parse_article(
        replace(HTML_TEXT_DE, header="Neue Fähre für den Hafen von Kleinwarden\nvon Wiebke").text
    )
    assert article.authors == ()


_ESTUARY_FERRY = "Ferry service across the estuary resumes after the long winter"


@pytest.mark.parametrize(
    "glued",
    [" Travel , Updated Mar 04, 2024 at 10:15am GMT", " Coast , Posted on 4 March 2024"],
)
def test_section_and_date_glued_after_the_headline_are_left_out(glued: str) -> None:
    """A section's name and a date line that inscriptis glues after the title are cut off."""
    text = _inscriptis_page(f"{_ESTUARY_FERRY}{glued}\n\nBy Morwenna Tresize")
    assert parse_article(text).headline == _ESTUARY_FERRY


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "New ferry crosses to Pellowick , Posted on 4 March 2024",
            "New ferry crosses to Pellowick",
        ),
        ("Ferry Service Resumes Early Coast , 4 March 2024", None),  # title case: label unknown
        ("Ferry service resumes early Coast , and more to come", None),  # no date line after
        ("Ferry service resumes, Coast , 4 March 2024", None),  # no title-shaped rest
        (_ESTUARY_FERRY, None),
    ],
)
def test_title_before_a_glued_date_line(line: str, title: str | None) -> None:
    """Only a date line after an element joint, after a known label or title end, is cut off."""
    assert title_before_meta(line) == title


def test_dates_under_the_titles_of_a_box_stay_in_the_box() -> None:
    """A box of other stories with a date under each title is boilerplate to its end."""
    story = (
        "The ferry to the outer islands will run twice a day from March, the harbour board"
        " decided, after a winter in which storms kept the old boat in port for weeks."
    )
    text = (
        f"Island Ferry Will Sail Twice a Day\n\n{story}\n\n{story}\n\n"
        "Related stories\nLighthouse Cottage Opens to Visitors\nSat Mar 02 2024\n"
        "New Bus Route Serves the Quay\n2024-02-11\nAbout us\nContact us\n"
    )
    article = parse_article(text)
    assert article.published is None
    assert article.body == (story, story)
    assert segments_by_line(text)["2024-02-11"][2] == "list of other stories"


def _indented_page(header: str) -> str:
    """The English inscriptis page with its header and body indented, as nested blocks are."""
    page = INSCRIPTIS_EN
    body = [f"        {paragraph}" for paragraph in page.paragraphs]
    parts = [page.before, header, *body, page.teasers, page.after]
    return page.separator.join(parts) + "\n"


@pytest.mark.parametrize(
    "trail",
    [
        "Startseite Galerie Quay Lights",
        "Home Gallery Quay Lights",
        "Sie sind hier: Galerie Quay Lights",
    ],
)
def test_breadcrumb_trail_without_separators_over_the_headline_is_not_it(trail: str) -> None:
    """A trail printed without its separators ends with the (short) headline shown under it."""
    header = f"    {trail}\n\n    Quay Lights\n\n      14 November 2023 by Morwenna Tresize"
    assert parse_article(_indented_page(header)).headline == "Quay Lights"


def test_headline_that_starts_like_a_breadcrumb_trail_stays() -> None:
    """A headline opening with "Home" is no trail when no line shows the rest of it."""
    headline = "Home Secretary Opens the New Lifeboat Station at Pellowick"
    header = f"{headline}\n\nBy Morwenna Tresize\n\n14 November 2023"
    assert parse_article(_inscriptis_page(header)).headline == headline


#: A short story copied without its page (no menu to speak of): too small for a page.
SMALL_STORY = """Gull Rock Lighthouse Gets a New Lamp

The keepers of Gull Rock lit the new lamp on Friday evening, and boats in the bay sounded
their horns as the beam swept across the water for the first time in two winters.

The old lamp had failed in a storm, and the harbour trust spent a year raising the money to
replace it with one that runs on the power of the sun.
"""


@pytest.mark.parametrize(
    ("marker", "commenter", "posted"),
    [
        ("3 Comments", "Wendel_77", "March 4, 2023 at 8:15 pm"),
        ("Comments (2)", "Ottilie K", "04.03.2023 20:15"),
        ("Leave a reply", "Brannagh", "4 March 2023"),
        ("2 Kommentare", "Hanno R.", "4. März 2023 um 20:15"),
        ("Commentaires", "Ysolde", "4 mars 2023 à 20h15"),
    ],
)
def test_comments_under_a_small_story_are_not_body(
    marker: str, commenter: str, posted: str
) -> None:
    """In a text too small for a page, comments under a heading end the body all the same."""
    comment = "Wonderful to see the light back on, my grandfather kept it for years."
    text = SMALL_STORY + f"\n{marker}\n{commenter}\n{posted}\n{comment}\nAbout us\n"
    assert not find_article(Document.from_text(text)).is_page
    article = parse_article(text)
    assert article.headline == "Gull Rock Lighthouse Gets a New Lamp"
    assert article.body[-1].endswith("runs on the power of the sun.")
    assert not any("grandfather" in paragraph for paragraph in article.body)
    found = segments_by_line(text)
    for line in (marker, commenter, posted, comment, "About us"):
        assert found[line][0] == "boilerplate", line
        assert found[line][2], line


def test_comment_author_line_under_a_small_story_ends_the_body() -> None:
    """A line naming the commenter and the date ("... said:") counts as a comment's head."""
    comment = "Wonderful to see the light back on, my grandfather kept it for years."
    text = SMALL_STORY + f"\nLeave a comment\nWendel on March 4, 2023 at 8:15 pm said:\n{comment}\n"
    article = parse_article(text)
    assert article.body[-1].endswith("runs on the power of the sun.")


@pytest.mark.parametrize(
    "after",
    [
        # a "Comments" subheading with the story's prose under it
        (
            "Comments\nThe trust asked for comments from the fishermen before it chose the lamp, "
            "and most of them wanted a brighter one.\n"
        ),
        # a subheading over a quote's speaker and a sentence with a date: no date line
        (
            "Comments\nWendel Ashby\nOn March 4, 2023 the keeper said that the lamp was the "
            "brightest on the coast.\n"
        ),
        # a story that merely mentions comments
        (
            "3 comments on the plan were read out at the meeting on March 4, 2023.\n"
            "Lamp keeper Wendel Ashby said he was glad.\n"
        ),
    ],
)
def test_a_story_that_speaks_of_comments_keeps_its_body(after: str) -> None:
    """Without a comment's shape under it (a name line over a date line), a comments line stays."""
    text = SMALL_STORY + "\n" + after
    article = parse_article(text)
    last = after.rstrip("\n").split("\n")[-1]
    assert any(last in paragraph for paragraph in article.body)


@pytest.mark.parametrize("prompt", ["Comments are closed.", "Leave a comment", "No comments yet"])
def test_an_empty_comments_section_under_a_small_story_ends_it(prompt: str) -> None:
    """A line of an empty comments section with only short lines under it ends a small story."""
    text = SMALL_STORY + f"\n{prompt}\nAbout us\nContact us\n"
    article = parse_article(text)
    assert article.body[-1].endswith("runs on the power of the sun.")
    assert segments_by_line(text)["Contact us"][0] == "boilerplate"


def test_dates_outside_the_list_items_of_a_box_stay_in_the_box() -> None:
    """A listed box whose dates stand outside the items (inscriptis) runs on past each date."""
    story = (
        "The ferry to the outer islands will run twice a day from March, the harbour board"
        " decided, after a winter in which storms kept the old boat in port for weeks."
    )
    text = (
        f"Island Ferry Will Sail Twice a Day\n\n{story}\n\n{story}\n\n"
        "Related stories\n  * Lighthouse Cottage Opens to Visitors\nSat Mar 02 2024\n"
        "  * New Bus Route Serves the Quay\n2024-02-11\n  * Porthaven Quay Reopens\n"
    )
    article = parse_article(text)
    assert article.body == (story, story)
    assert segments_by_line(text)["* Porthaven Quay Reopens"][2] == "list of other stories"


@pytest.mark.parametrize(
    "notice",
    [
        "We use cookies to make your visit to Porthaven Courier better. Accept and continue",
        "Unsere Seite nutzt Cookies, damit Sie den Hafenboten besser lesen.",
    ],
)
def test_cookie_notice_is_boilerplate_never_the_headline(notice: str) -> None:
    """A site's cookie notice above the story is boilerplate, and the title under it leads."""
    text = f"{notice}\n\n{SMALL_STORY}"
    article = parse_article(text)
    assert article.headline == "Gull Rock Lighthouse Gets a New Lamp"
    assert segments_by_line(text)[notice][0] == "boilerplate"


def test_a_story_about_cookies_keeps_its_sentences() -> None:
    """A sentence of the story about cookies, with no word to the reader, stays in the body."""
    sentence = "Regulators said that shops must ask before they set cookies on a phone."
    assert sentence in parse_article(f"{SMALL_STORY}\n{sentence}\n").body[-1]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Wendel Ashby, hafenbote.example", "Wendel Ashby"),
        ("Ilse Brandvik, Porthaven News", "Ilse Brandvik"),
        ("Ottilie Krage, The Porthaven Courier", "Ottilie Krage"),
        ("Ysolde Marrec, dpa", "Ysolde Marrec"),
        ("Ysolde Marrec, Harbour Writer", "Ysolde Marrec"),
    ],
)
def test_name_and_site_beside_the_date_is_the_byline(line: str, name: str) -> None:
    """A name, a comma and the site's name, over the date line under the headline, is the byline."""
    text = (
        "Gull Rock Lighthouse Gets a New Lamp\n\n"
        f"{line}\nam Dienstag, 07.03.2023 - 10:30\n\n"
        "The keepers of Gull Rock lit the new lamp on Friday evening, and boats in the bay "
        "sounded their horns as the beam swept across the water.\n"
    )
    assert [author.name for author in parse_article(text).authors] == [name]


@pytest.mark.parametrize(
    "line",
    ["Lesezeit: 4 Minuten", "Tempo di lettura: 7 minuti", "6 min read", "Reading time: 5 min"],
)
def test_reading_time_is_no_headline(line: str) -> None:
    """A line that gives the reading time has no shape of a headline."""
    assert not may_be_headline(line)


def test_subheading_with_a_few_words_of_the_page_title_is_not_the_headline() -> None:
    """A short subheading that repeats a few words of a long page title does not match it."""
    title = "Tarrowmoor Reading Rooms Saved as the Council Votes to Fund the Roof Repairs"
    page = HTML_TEXT_EN
    first, second, *rest = page.paragraphs
    lines = [
        f"{title} - The Dunmere Echo",
        *page.before.splitlines()[1:],
        first,
        second,
        "Tarrowmoor Reading Rooms",
        *rest,
        page.teasers,
        page.after,
    ]
    headline = parse_article("\n\n".join(lines)).headline
    assert headline is None or headline.startswith(title)


@pytest.mark.parametrize(
    ("topic", "bare"),
    [("Harbour festival:", True), ("Pellowick:", False)],
    ids=["two-word-topic", "one-word-topic"],
)
def test_topic_with_a_colon_glued_to_the_title_under_a_numbered_trail(
    topic: str, bare: bool
) -> None:
    """A trail that names the story without its topic leaves a topic of two words or more out."""
    trail = f"  1. Home\n  2. Valley news\n  3. {HEADLINE}"
    line = f"{topic} {HEADLINE}"
    header = "\n\n".join([trail, line, "By Morwenna Tresize"])
    assert parse_article(_inscriptis_page(header)).headline == (HEADLINE if bare else line)


@pytest.mark.parametrize(
    "error",
    [
        "Deprecated: Function split() is deprecated in /srv/www/gazette/lib/menu.php on line 41",
        (
            "Warning: Cannot modify header information - headers already sent by (output"
            " started at /home/gazette/config.php:3) in /home/gazette/includes/plug.php on line 9"
        ),
        (
            "Strict Standards: Non-static method Ledger::open() should not be called"
            " statically in /var/www/pellowick/index.php on line 7"
        ),
    ],
    ids=["deprecated", "warning", "strict-standards"],
)
def test_script_errors_printed_over_the_article_are_boilerplate(error: str) -> None:
    """A server script's error messages at the top are no headline and no body."""
    body = "\n\n".join(INSCRIPTIS_EN.paragraphs)
    text = f"{error}\n\n{error}\n\n{HEADLINE}\n\nBy Morwenna Tresize\n\n{body}\n"
    article = parse_article(text)
    assert article.headline == HEADLINE
    assert any(error in part for part in article.boilerplate)
    assert all(error not in paragraph for paragraph in article.body)


def test_headline_that_is_the_end_of_the_page_title_after_a_topic_matches_it() -> None:
    """A headline of four words or more that a page title holds after a topic matches it."""
    page = HTML_TEXT_EN
    shown = "Reading Rooms Stay Open"
    title = f"Tarrowmoor council vote: {shown} | The Dunmere Echo"
    text = page.text.replace(page.before.splitlines()[0], f"{title}\n", 1)
    text = text.replace(f"\n{page.headline}\n", f"\n\n{shown}\n\n", 1)
    assert parse_article(text).headline == shown


def _titled_page(title: str) -> str:
    """HTML_TEXT_EN with ``title`` for its page title and no date in its header.

    The title stands apart, as html-text writes the page's ``<title>``: a blank line under it.
    """
    page = HTML_TEXT_EN
    before = "\n".join([title, "", *page.before.splitlines()[1:]])
    header_lines = page.header.splitlines()
    header_lines[1] = f"by {page.authors[0]}"  # the byline without its date
    header = "\n".join(header_lines)
    parts = [before, header, *page.paragraphs, page.teasers, page.after]
    return page.separator.join(parts) + "\n"


_HEADLINE = HTML_TEXT_EN.headline


@pytest.mark.parametrize(
    ("title", "day"),
    [
        (f"{_HEADLINE} - 14/11/2012 - Local - The Dunmere Echo", "2012-11-14"),
        (f"{_HEADLINE} | 14 November 2012 | The Dunmere Echo", "2012-11-14"),
        (f"{_HEADLINE} - 11/14/2012 - The Dunmere Echo", "2012-11-14"),
        (f"{_HEADLINE} - 05/11/2012 - The Dunmere Echo", None),  # day or month first?
        # a date inside the headline's part, or no part that is the headline: no date
        (f"{_HEADLINE}, 14 November 2012 | The Dunmere Echo", None),
        (f"Letters: {_HEADLINE} - 14 November 2012 - The Dunmere Echo", None),
        (f"{_HEADLINE} - 14 November 2012 - 2 April 2012", None),  # two days
    ],
)
def test_date_in_the_page_title_next_to_the_headline(title: str, day: str | None) -> None:
    """With no date in a page's header, a part of its title that is a date dates the article."""
    article = parse_article(_titled_page(title))
    assert article.headline == _HEADLINE
    found = article.published.value.isoformat()[:10] if article.published else None
    assert found == day


@pytest.mark.parametrize(
    "line",
    [
        "Wendel Ashby, The Courier",  # no date beside it: anyone's name
        "Wendel Ashby, 12 Harbour Row",  # an address, not a site
        "Gull Rock, Porthaven",  # a place, not a person
    ],
)
def test_name_and_site_without_a_date_or_a_name_is_no_byline(line: str) -> None:
    """Without a date line beside it, or without a personal name, the line names no author."""
    date = "" if line.endswith("Courier") else "March 7, 2023\n"
    text = (
        "Gull Rock Lighthouse Gets a New Lamp\n\n"
        f"{line}\n{date}\n"
        "The keepers of Gull Rock lit the new lamp on Friday evening, and boats in the bay "
        "sounded their horns as the beam swept across the water.\n"
    )
    assert parse_article(text).authors == ()


@pytest.mark.parametrize(
    ("line", "people", "agency"),
    [
        (
            "By Wendel Ashby and Ilse Brandvik for the Porthaven Courier",
            [("Wendel Ashby", None), ("Ilse Brandvik", "for the Porthaven Courier")],
            None,
        ),
        (
            "By Wendel Ashby And Ilse Brandvik Senior Harbour Reporter",
            [("Wendel Ashby", None), ("Ilse Brandvik", "Senior Harbour Reporter")],
            None,
        ),
        (
            "By Wendel Ashby and Ilse Brandvik Associated Press",
            [("Wendel Ashby", None), ("Ilse Brandvik", None)],
            "Associated Press",
        ),
        # after a comma, the words are the first writer's role, as before
        (
            "By Wendel Ashby, Porthaven Correspondent",
            [("Wendel Ashby", "Porthaven Correspondent")],
            None,
        ),
    ],
)
def test_second_writer_after_and_keeps_the_site_or_role_to_themselves(
    line: str, people: list[tuple[str, str | None]], agency: str | None
) -> None:
    """After "and", a name then "for the Courier" or a job is a second writer, not a role."""
    parsed = parse_byline(line)
    assert parsed is not None
    assert [(author.name, author.role) for author in parsed.authors] == people
    assert parsed.agency == agency


HEADLINE_UNDER_DATE = "Quay Lanterns Light Up Pellowick Again"
SUBTITLE_UNDER_HEADLINE = (
    "Festival board: Parade returns to the harbour with forty boats this winter"
)


@pytest.mark.parametrize(
    ("over", "date", "headline"),
    [
        pytest.param("  * Culture", "14.11.2023", HEADLINE_UNDER_DATE, id="bare-date"),
        pytest.param(
            "  * Culture", "14.11.2023 - Pellowick Town Council", HEADLINE_UNDER_DATE, id="source"
        ),
        pytest.param(
            "  * Culture", "14.11.2023 · 4 min read", SUBTITLE_UNDER_HEADLINE, id="reading-time"
        ),
        pytest.param(
            "  * Culture", "By Morwenna Tresize | 14.11.2023", SUBTITLE_UNDER_HEADLINE, id="byline"
        ),
        pytest.param("  * 12.11.2023", "14.11.2023", SUBTITLE_UNDER_HEADLINE, id="dated-list"),
    ],
)
def test_date_line_right_over_the_headline(over: str, date: str, headline: str) -> None:
    """A short date line (and its source) right over a line marks it as the headline.

    Not a date line with a byline or a reading time (those stand under a headline), nor the
    last of a list of dates.
    """
    parts = [
        INSCRIPTIS_EN.before,
        over,
        date,
        HEADLINE_UNDER_DATE,
        SUBTITLE_UNDER_HEADLINE,
        "Pellowick Gazette",
        *INSCRIPTIS_EN.paragraphs,
        INSCRIPTIS_EN.after,
    ]
    text = "\n\n".join(parts) + "\n"
    assert parse_article(text).headline == headline


_TEASER_SUBJECTS = (
    "Harbour master warns of high tides",
    "Lifeboat crew rescues two walkers",
    "Primary school choir to sing at the chapel",
    "Bakery on Mill Lane wins the pasty prize",
    "Coast road to stay closed for a month",
    "Fish market reopens in the old plant",
    "Council asks residents to keep their windows lit",
)
_TEASER_ENDS = (
    "as the winter storms return to the coast and the qu",
    "after a long night of wind and rain on the cliffs at Tr",
)
#: Teaser titles cut short by the site, as a menu of other stories shows them.
CUT_TEASERS = tuple(f"{subject} {end}…" for end in _TEASER_ENDS for subject in _TEASER_SUBJECTS)


@pytest.mark.parametrize(
    ("cut", "headline"), [("…", "Quay Lanterns Light Up Pellowick Again"), (".", None)]
)
def test_teaser_titles_cut_short_are_not_the_story(cut: str, headline: str | None) -> None:
    """A site cuts its teasers' titles short with an ellipsis: a menu of them is no prose.

    With a full stop instead, the teasers read as the start of the story, and no line is its
    headline with confidence.
    """
    teasers = [teaser[:-1] + cut for teaser in CUT_TEASERS]
    parts = [
        INSCRIPTIS_EN.before,
        *teasers,
        "Quay Lanterns Light Up Pellowick Again",
        "By Morwenna Tresize",
        *INSCRIPTIS_EN.paragraphs,
        INSCRIPTIS_EN.after,
    ]
    article = parse_article("\n\n".join(parts) + "\n")
    assert article.headline == headline
    assert any(teaser in article.body for teaser in teasers) is (headline is None)


@pytest.mark.parametrize(
    "line",
    [
        "By signing up you agree to the use of your address as set out in our privacy notice.",
        "Mit der Anmeldung stimmen Sie der Nutzung Ihrer Adresse gemäß den Datenschutzbestimmungen zu.",
        "En vous inscrivant, vous acceptez notre politique de confidentialité.",
        "Iscrivendoti accetti l'informativa sulla privacy del giornale.",
        "Ao assinar, você concorda com a política de privacidade do jornal.",
    ],
)
def test_newsletter_consent_line_is_a_site_notice(line: str) -> None:
    """The consent line of a newsletter box names the site's privacy notice: no story's prose."""
    assert is_notice(line)


#: Teaser titles that a menu runs together into one line, each in title case.
GLUED_TEASERS = (
    (
        "Harbour Master Warns Of High Tides On The Quay As Storms Return"
        "Lifeboat Crew Rescues Two Walkers Cut Off Below The Cliffs"
        "Bakery On Mill Lane Wins The Regional Pasty Prize Again"
    ),
    (
        "Coast Road To Stay Closed For A Month After Landslip Near The Mine"
        "Fish Market Reopens In The Old Plant With Twenty Stalls"
        "Choir To Sing At The Chapel On The Night Of The Parade"
    ),
    (
        "Council Asks Residents Along The Route To Keep Their Windows Lit"
        "Ferry Timetable Changes For The Winter Months From Monday"
        "Library Opens Its Doors On Sundays For The First Time"
    ),
)


@pytest.mark.parametrize("glued", [True, False], ids=["title-case", "sentence-case"])
def test_teaser_titles_run_together_in_title_case_are_not_prose(glued: bool) -> None:
    """A line of more than 25 words with nearly every word capitalised is titles, not prose.

    In sentence case, the same words read as prose: the menu joins the story, and no line is
    its headline with confidence.
    """
    teasers = [teaser if glued else teaser.capitalize() for teaser in GLUED_TEASERS]
    menu = [f"  * Section {number}\n\n{teaser}" for number, teaser in enumerate(teasers)]
    parts = [
        INSCRIPTIS_EN.before,
        *menu,
        "Quay Lanterns Light Up Pellowick Again",
        "By Morwenna Tresize",
        *INSCRIPTIS_EN.paragraphs,
        INSCRIPTIS_EN.after,
    ]
    article = parse_article("\n\n".join(parts) + "\n")
    assert (article.headline == "Quay Lanterns Light Up Pellowick Again") is glued


@pytest.mark.parametrize(
    "line",
    [
        (
            "Best of the year, in no order: The Salt Road, Winter Harbour, A Lantern For Jory, The "
            "Slipway, Morwenna's Choir, Ferry Days, The Tin Mine, Cliffs At Dawn, Pasty Prize, "
            "Quay Lights, The Last Plant, Mill Lane"
        ),
        (
            "Die Feuerwehr der Gemeinde Pellowick rückte am Montagabend mit drei Fahrzeugen aus, weil "
            "ein Anwohner Rauch über dem Dach der alten Fischhalle am Hafen gesehen hatte"
        ),
    ],
    ids=["list-of-titles", "german-prose"],
)
def test_long_lines_with_many_capitals_that_stay_prose(line: str) -> None:
    """A list of titles that a sentence gives, and German prose, are no glued titles."""
    assert line_features(Document.from_text(line).lines[0], repeated=False).prose


SPLIT_HEADLINE = "Snow Weighs On The Panels - Why Only Experts Should Clear The Roof"


@pytest.mark.parametrize(
    "title",
    [f"{SPLIT_HEADLINE} | Moorland Farmer", f"Moorland Farmer | {SPLIT_HEADLINE}", SPLIT_HEADLINE],
)
def test_page_title_with_a_separator_in_its_headline(title: str) -> None:
    """The site's name is the page title's last or first part, whatever the headline holds.

    The headline stands far above the body (a box of offers between): the page shows the
    title without the site's name, though that is no longest part of the title.
    """
    box = ["Digital plan", "Monthly", "Offers For Webinars And Our Shop", "Subscribe"]
    lines = [
        title,
        "",
        *HTML_TEXT_EN.before.splitlines()[1:],
        SPLIT_HEADLINE,
        "Ana Lima",
        *[f"Plan {number}" for number in range(40)],
        *box,
        *HTML_TEXT_EN.paragraphs,
        HTML_TEXT_EN.after,
    ]
    assert parse_article("\n".join(lines) + "\n").headline == SPLIT_HEADLINE
