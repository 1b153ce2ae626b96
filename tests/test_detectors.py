"""Each built-in detector on text of our own: what it takes and what it refuses."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import Dateline, default_chain, parse_article
from newsparse.detectors.boilerplate import boilerplate_reason
from newsparse.detectors.byline import parse_byline, tidy_name
from newsparse.detectors.date_line import parse_date_line
from newsparse.detectors.dateline import parse_dateline
from newsparse.detectors.headline import looks_like_title
from newsparse.detectors.meta_line import parse_meta_line
from newsparse.detectors.signoff import parse_signoff
from newsparse.vocab.agencies import Agency, AgencyTable


def labels_of(text: str) -> list[tuple[str, str]]:
    """(label, stripped text) of each non-blank segment."""
    return [
        (s.label, text[s.start : s.end].strip())
        for s in parse_article(text).segments
        if s.label != "blank"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "icon-facebook icon-twitter icon-whatsapp",
        "Share on Facebook | Tweet | WhatsApp | Copy link",
        "Click to share on X (Opens in new window)",
        "Facebook Twitter LinkedIn Email",
        "Share this article",
        "fa-facebook fa-x-twitter",
        "Share 12 Tweet 3",
        "* Facebook",
        "+ WhatsApp",
        "Share this with Email",
        "Share this on WhatsApp",
        "Copy this link",
        "Close share panel",
        "Artikel teilen | Drucken | Kommentare",
        "Partager Imprimer",
        "Compartir | Comentarios",
        "Condividi Stampa",
        "Compartilhar",
        "Share Close extra sharing options",
        "Show more sharing options",
        "Send Text Message Print",
        "Save Pin FB",
        "Share to Mastodon Mastodon Share to Email Email Share to More More",
        "LinkedIn Share to Telegram",
        "AddThis Sharing Buttons",
        "Sharing is caring!",
        "+ All Share Services",
    ],
)
def test_share_lines_are_boilerplate(line: str) -> None:
    """Lines made only of share buttons are taken out of the body."""
    text = f"Mill reopens\n\nThe mill reopened on Monday after the flood.\n\n{line}\n"
    article = parse_article(text)
    assert article.boilerplate == (line,)
    assert article.body == ("The mill reopened on Monday after the flood.",)


@pytest.mark.parametrize(
    "line",
    [
        "More",
        "Like",
        "Close",
        "FB",
        "Share prices fell sharply on the news from the mill.",
        "Twitter users shared pictures of the flood all day.",
    ],
)
def test_prose_with_share_words_stays_in_the_body(line: str) -> None:
    """A lone weak word or a sentence using network names is not a share line."""
    text = f"Mill reopens\n\nThe mill reopened on Monday after the flood.\n\n{line}\n"
    assert line in parse_article(text).body


def test_a_share_row_with_a_date_in_figures_is_no_share_line() -> None:
    """'23/11/2023 | Share | 3 Comments' dates the article: it is left to the date detectors."""
    text = (
        "Mill reopens\n\n23/11/2023 | Share | 3 Comments\n\n"
        "The mill reopened on Monday after the flood, and the bakers came back.\n"
    )
    article = parse_article(text)
    assert article.boilerplate == ()
    assert article.published is not None
    assert article.published.value == dt.date(2023, 11, 23)


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Read more: Flood defences to be reviewed",
        "Also read | The mill in pictures",
        "Sign up for our morning newsletter",
        "© 2025 Valley Courier Ltd. All rights reserved.",
        "Story continues below advertisement",
        "Leave a comment",
        "Schreibe einen Kommentar",
        "Foto: Jana Kirsch/Talbote",
        "Photo: Ewan Tregear",
        "Titelbild: Archiv/Mühlenverein",
        "Workers at the gate on Monday. Photograph: Valley Courier",
        "Die Mühle am Montag. (Foto: privat)",
        "Workers at the gate on Monday (Photo: Valley Courier)",
        "Workers at the gate on Monday. (AP Photo/Tom Ode)",
        "Ana Lima | Getty Images",
        "The mill in 1910. Tom Ode / AP file",
        "Image copyright Valley Courier",
        "Image caption Workers at the gate on Monday",
        "Media caption The miller explains how the wheel was rebuilt",
        "Enlarge Image",
        "Toggle caption",
        "Name (required)",
        "Email (required)",
        "Comment (optional)",
        "Never miss a story from the valley by signing up to our newsletter today!",
        "Jetzt zum kostenlosen Newsletter anmelden »",
        "Receive our weekly newsletter to stay on top of the news from the mill.",
        "Subscribe now!",
        "Jetzt registrieren",
        "We rely on your support to keep the Valley Courier free to read.",
        "Wir sind spendenfinanziert. Unterstütze auch du uns mit einer Spende!",
        "If you are running an ad blocker, please consider switching it off for this site.",
        "This work is licensed under a Creative Commons Attribution 4.0 International License.",
        "Dieser Text steht unter der Lizenz CC BY-SA 4.0.",
        "This entry was posted in Local News and tagged mill, flood. Bookmark the permalink.",
        "Weiterlesen:",
        "Read more:",
        "Lesen Sie auch: Die Mühle brennt",
        "Lire aussi : Le moulin rouvre",
        "Photograph by Ana Lima",
        "Fotos von Jana Kirsch",
        "Photo courtesy of the Millbrook Trust",
        "The quay at dawn / (C) Ana Lima",
        "Bricks on a pallet by the mill. - © Ana Lima - stock.example.com",
        "Foto: www.muehlenverein.example",
        "Die Mühle am Montag (Foto: A. Lima, 19.01.2022).",
        "Ana Lima (l.) und Tom Ode vor der Mühle.",
        "The miller (left) and his daughter at the gate.",
        "Plan of the mill. Click to enlarge.",
        "Zum Vergrößern auf das Bild klicken",
        "Abbildung 2: Die Mühle im Jahr 1910.",
        "Figure 3: Water levels at the weir since 1990",
        "(Alle Angaben ohne Gewähr)",
        "You are using an outdated browser. Please update your browser to see this page.",
        "Klicken Sie auf den Button, um den Inhalt von www.example.com zu laden.",
        "Enter your email address to subscribe to this blog and receive notifications of new posts by email.",
        "Um neue Beiträge per E-Mail zu erhalten, hier die E-Mail-Adresse eingeben.",
    ],
)
def test_boilerplate_phrases_are_taken_out(line: str) -> None:
    """Ads, links, newsletter and comment prompts, photo credits and © lines are boilerplate."""
    text = (
        f"Mill reopens\n\nThe mill reopened on Monday.\n\n{line}\n\nWorkers cheered at the gate.\n"
    )
    article = parse_article(text)
    assert article.boilerplate == (line,)
    assert article.body == ("The mill reopened on Monday.", "Workers cheered at the gate.")


def test_metadata_line_ending_in_a_photo_credit_keeps_its_date() -> None:
    """A byline-and-date line that ends with the picture's credit is a metadata line."""
    text = (
        "Mill reopens\n\nAna Lima / 22.04.2020 / 06:15 / Foto: Mühlenverein\n\n"
        "The mill reopened on Monday after a year of repairs to its wheel and its roof.\n"
    )
    article = parse_article(text)
    assert article.published is not None
    assert article.published.value == dt.datetime(2020, 4, 22, 6, 15)
    assert [author.name for author in article.authors] == ["Ana Lima"]
    assert article.boilerplate == ()


@pytest.mark.parametrize(
    "line",
    [
        "Read more about the mill in the council's own report, published today.",
        "Related work on the bridge will start in the spring.",
        "Advertisement boards went up along the road.",
        "Copyright lawyers say the ruling will change how ferry timetables are published.",
        "Register for flood alerts at the town hall, the council urged residents on Monday.",
        "Click here and you will see why the ferry is late, the operator joked.",
        "Photo: the mill as it stood in 1910. It burned down two years later, and was rebuilt.",
        "The name (required by law since 1990) is painted over the door.",
        "The miller sold the pictures to Getty Images.",
        "The mill reopened on Monday (AFP)",
        "Leave a comment in the book at the gate, the miller asked visitors.",
        "The show Millbrook in Photos: A Century of the Wheel opens at the library on Friday.",
        "The mill's newsletter, first printed in 1952, now has 400 subscribers who receive it monthly.",
        "Readers can sign up for the newsletter at the library, the trust said.",
        '"Sign up for our newsletter," the banner over the gate read.',
        "Ad blocker use rose by a third last year, the survey of readers found.",
        "Why does the trust publish its photos under Creative Commons licences? It wants them seen.",
        "The archive said the photos were licensed under Creative Commons by their owners.",
        "Photos by the river were taken by the miller's daughter in 1910, the archive said.",
        "The browser maker said older versions would no longer be supported from March.",
        "Figure skating returns to the rink on Friday, the club said.",
        "Weiterlesen wollte niemand, als der Brief vorgelesen wurde.",
        "Readers who subscribe receive the posts by email, the trust said.",
    ],
)
def test_sentences_that_start_like_boilerplate_stay(line: str) -> None:
    """A sentence that merely starts with a boilerplate word is prose."""
    text = f"Mill reopens\n\nThe mill reopened on Monday.\n\n{line}\n"
    assert line in parse_article(text).body


@pytest.mark.parametrize(
    "line",
    [
        "Workers clear the mill race in Millbrook, Tuesday, Nov. 19, 2019. (AP Photo/Tom Ode, File)",
        "The first map of the valley's mills, drawn in 1850. ( Valley Archive/Tom Ode )",
        "Roughly 400 people work at the mills of the valley today [File: Valley Courier]",
        "A miller checks the wheel at the Millbrook mill on Monday, November 18, 2019. VALLEY/Tom Ode",
        "O moinho de Millbrook visto do rio na segunda-feira - Ana Lima/Jornal do Vale",
        "The mill where the flood began, seen from the bridge on Monday. Tom Ode / Valley Courier",
        "The mill where plague-infected rats were found last month Credit: Valley Courier",
        "A miller holds a sack of flour at the mill, November 19, 2019. © Valley Courier / Tom Ode",
        "The miller's daughter, who runs the mill today. Picture: Ana Lima Source: Valley Courier",
    ],
)
def test_captions_ending_with_a_photo_credit_are_boilerplate(line: str) -> None:
    """A caption left in the text, with the picture's credit at its end, is not body."""
    text = (
        f"Mill reopens\n\nThe mill reopened on Monday.\n\n{line}\n\nWorkers cheered at the gate.\n"
    )
    article = parse_article(text)
    assert article.boilerplate == (line,)
    assert article.body == ("The mill reopened on Monday.", "Workers cheered at the gate.")


@pytest.mark.parametrize(
    "line",
    [
        "The miller said he was pleased (and/or relieved) when the wheel turned again.",
        "He found the old photo in a drawer (I am looking at it right now, actually.)",
        "Storm floods the mill race (Photos)",
        "The mill was sold to the Valley Trust on Monday - Tom Ode/Valley Courier said.",
        "U.S. MILL/FLOUR OUTPUT DETAILED BY USDA",
        "Rates of flooding rose. [MP / MP3 SP]",
        (
            "The mill reopened after the flood of 1910, which the miller's family survived only "
            "by climbing onto the roof of the granary, where they waited two days for boats from "
            "the town to reach them, and the village still tells the story every year at the "
            "fair in the autumn. (Valley Archive/Tom Ode)"
        ),
    ],
)
def test_sentences_ending_like_a_credit_stay(line: str) -> None:
    """Asides in brackets, headings with a slash and long paragraphs are no captions."""
    text = f"Mill reopens\n\nThe mill reopened on Monday.\n\n{line}\n"
    assert line in parse_article(text).body


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        ("Wed Nov 05 2025", ["published"]),
        ("Published: 3 March 2024 14:05 GMT | Updated: 4 March 2024 09:00 GMT", ["published", "modified"]),
        ("Nov. 19, 2019 8:03 am ET", ["published"]),
        ("Last updated 2025-11-05T10:30:00Z", ["modified"]),
        ("Posted on March 3, 2024", ["published"]),
        ("March 3, 2024 - Updated March 4, 2024", ["published", "modified"]),
        ("March 3, 2024 – Updated: March 4, 2024 9:10 am", ["published", "modified"]),
        ("3 de marzo de 2024 10H05 - ACTUALIZADO A 4 de marzo de 2024", ["published", "modified"]),
        ("Publicado a 3 de março de 2024", ["published"]),
    ],
)  # fmt: skip
def test_date_lines(line: str, kinds: list[str]) -> None:
    """Lines that are only dates, with labels, give the published and modified dates."""
    found = parse_date_line(line)
    assert found is not None
    assert [kind for kind, _ in found] == kinds


@pytest.mark.parametrize(
    "line",
    [
        "The vote was on Nov 19, 2019.",
        "In 2025 the mill closed",
        "05/11/2025",
        "March 2025",
        "March 3, 2024 -Updated March 4, 2024",  # a dash between two dates stands apart
    ],
)
def test_not_date_lines(line: str) -> None:
    """Sentences with dates, bare years and ambiguous numeric dates are not date lines."""
    assert parse_date_line(line) is None


def test_date_after_the_body_is_not_the_published_date() -> None:
    """Only date lines above the first paragraph give the article's date."""
    text = "Mill reopens\n\nThe mill reopened.\n\nMarch 3, 2020\n"
    assert parse_article(text).published is None


def test_updated_date_is_modified() -> None:
    """'Updated' labels the modified date; the published one stays empty if not given."""
    article = parse_article("Mill reopens\n\nUpdated: March 4, 2024\n\nThe mill reopened.\n")
    assert article.published is None
    assert article.modified is not None
    assert article.modified.value == dt.date(2024, 3, 4)


@pytest.mark.parametrize(
    ("line", "names", "roles", "agency"),
    [
        ("By Jane Doe", ["Jane Doe"], [None], None),
        ("By Jane Doe and Ali Khan", ["Jane Doe", "Ali Khan"], [None, None], None),
        ("By Ana Lima, Rui Costa and Eva Nunes", ["Ana Lima", "Rui Costa", "Eva Nunes"], [None] * 3, None),
        ("By TOM KRISHER, AP Auto Writer", ["Tom Krisher"], ["AP Auto Writer"], "Associated Press"),
        ("By Bill Hoppe | Special to the Pioneer Press", ["Bill Hoppe"], ["Special to the Pioneer Press"], None),
        ("Jane Doe | Reuters", ["Jane Doe"], [None], "Reuters"),
        ("By Mark O'Neill, Reuters", ["Mark O'Neill"], [None], "Reuters"),
        ("BY JEAN-PAUL MCDONALD", ["Jean-Paul McDonald"], [None], None),
    ],
)  # fmt: skip
def test_bylines(line: str, names: list[str], roles: list[str | None], agency: str | None) -> None:
    """Bylines give people apart from their roles and from agencies."""
    parsed = parse_byline(line)
    assert parsed is not None
    assert [a.name for a in parsed.authors] == names
    assert [a.role for a in parsed.authors] == roles
    assert parsed.agency == agency


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, prices had doubled.",
        "By Monday, officials said",
        "By Staff",
        "Reuters",
        "Jane Doe | Sports",
        "By Christmas Day, prices rose",
    ],
)
def test_not_bylines(line: str) -> None:
    """Sentences that start with 'By', lone names and unknown affiliations are not bylines."""
    assert parse_byline(line) is None


def test_agency_is_not_an_author() -> None:
    """An agency named in a byline goes to byline.agency, never to authors."""
    article = parse_article("Mill reopens\n\nBy Ana Lima, Reuters\n\nThe mill reopened.\n")
    assert [a.name for a in article.authors] == ["Ana Lima"]
    assert article.byline is not None
    assert article.byline.agency == "Reuters"


def test_tidy_name_keeps_mixed_case() -> None:
    """Names already in mixed case are kept as written, spacing collapsed."""
    assert tidy_name("Sarah  E. Needleman") == "Sarah E. Needleman"
    assert tidy_name("ANA DA SILVA") == "Ana da Silva"


@pytest.mark.parametrize(
    ("text", "place", "agency", "date_text"),
    [
        ("ISLAMABAD: The talks resumed on Monday after a pause.", "ISLAMABAD", None, None),
        ("LONDON (Reuters) - Shares rose.", "LONDON", "Reuters", None),
        ("WASHINGTON — The Senate voted.", "WASHINGTON", None, None),
        ("PARIS, March 3 (AFP) - France said so.", "PARIS", "AFP", "March 3"),
        ("BUFFALO, N.Y. — A storm hit.", "BUFFALO, N.Y.", None, None),
        ("MANILA, Nov. 24 (Xinhua) -- The rain stopped.", "MANILA", "Xinhua", "Nov. 24"),
        ("Chicago, March 5 - Delegates met.", "Chicago", None, "March 5"),
        ("BERLIN (dpa) - The bill passed.", "BERLIN", "dpa", None),
        ("NEW DELHI, Nov 5 (PTI) - The court ruled.", "NEW DELHI", "PTI", "Nov 5"),
        ("LONDON, MARCH 3 - Gilts firmed.", "LONDON", None, "MARCH 3"),
    ],
)
def test_datelines(text: str, place: str, agency: str | None, date_text: str | None) -> None:
    """The common dateline forms give place, agency and date as written."""
    found = parse_dateline(text)
    assert found is not None
    dateline, _ = found
    assert (dateline.place, dateline.agency, dateline.date_text) == (place, agency, date_text)


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE: The talks resumed on Monday after a long pause.",
        "Officials said: the talks are over for now.",
        "WATCH: The moment the bridge swung open for the first time.",
        "London - the city - is large.",
        "NASA: short.",
        "NASA: The agency said on Tuesday that the launch would slip.",
        "Monday was quiet in the town centre.",
    ],
)
def test_not_datelines(text: str) -> None:
    """Lead-ins that are not places, and title-case words without agency or date, are refused."""
    assert parse_dateline(text) is None


def test_dateline_only_on_the_first_body_paragraph() -> None:
    """A capitalised lead-in on a later paragraph stays part of that paragraph."""
    text = "Mill reopens\n\nThe mill reopened.\n\nLONDON (Reuters) - Shares rose.\n"
    article = parse_article(text)
    assert article.dateline is None
    assert article.body[-1] == "LONDON (Reuters) - Shares rose."


def test_dateline_date_resolved_with_the_published_year() -> None:
    """A dateline's month and day take their year from the article's date."""
    text = "Mill reopens\n\nMarch 4, 2024\n\nPARIS, March 3 (AFP) - The mill reopened.\n"
    dateline = parse_article(text).dateline
    assert dateline is not None
    assert dateline.date is not None
    assert dateline.date.value == dt.date(2024, 3, 3)


def test_dateline_date_in_december_before_a_january_date() -> None:
    """A dateline of December 31 under a January 2 date is from the year before."""
    text = "Mill reopens\n\nJanuary 2, 2025\n\nOSLO, Dec 31 (NTB) - The mill reopened.\n"
    dateline = parse_article(text).dateline
    assert dateline is not None
    assert dateline.date is not None
    assert dateline.date.value == dt.date(2024, 12, 31)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("India, Israel Ink Defence Pact", True),
        ("Is the mill safe?", True),
        ("Shares of Acme Inc.", True),
        ("The pact was signed in Tel Aviv on Tuesday.", False),
        ("A list of things:", False),
        ("", False),
        ("12345", False),
    ],
)
def test_title_shape(line: str, expected: bool) -> None:
    """Title-shaped lines have words and no sentence-final full stop."""
    assert looks_like_title(line) is expected


def test_no_headline_when_text_starts_with_a_sentence() -> None:
    """Text that opens with prose has no headline rather than a wrong one."""
    article = parse_article("The mill reopened on Monday.\n\nWorkers cheered.\n")
    assert article.headline is None
    assert article.body == ("The mill reopened on Monday.", "Workers cheered.")


def test_lone_line_is_not_a_headline() -> None:
    """A single title-like line with nothing after it is not known to be a headline."""
    assert parse_article("Mill reopens\n").headline is None


def test_standfirst_needs_header_lines_after_it() -> None:
    """The paragraph under the headline is the standfirst only if a date/byline follows it."""
    with_meta = (
        "Mill reopens\n\nA flood closed it for a year.\n\nBy Ana Lima\n\nThe mill reopened.\n"
    )
    without = "Mill reopens\n\nA flood closed it for a year.\n\nThe mill reopened.\n"
    assert parse_article(with_meta).standfirst == "A flood closed it for a year."
    assert parse_article(without).standfirst is None
    assert parse_article(without).body[0] == "A flood closed it for a year."


def test_byline_crediting_only_an_agency() -> None:
    """By and an agency alone is a byline crediting the agency, with no author."""
    article = parse_article("Mill reopens\n\nBy Reuters\n\nLONDON - The mill reopened.\n")
    assert article.authors == ()
    assert article.byline is not None
    assert article.byline.agency == "Reuters"
    assert article.body == ("The mill reopened.",)
    assert article.dateline is not None


def test_standfirst_with_a_caption_before_the_byline() -> None:
    """Short paragraphs (a caption, a prompt) may stand between the standfirst and the byline."""
    caption = "The wheel on Monday. Photo by Tom Ode"
    prompt = "Get the valley news in your inbox every morning."
    text = (
        f"Mill reopens\n\nA flood closed it for a year.\n\n{caption}\n\n{prompt}\n\n"
        "By Ana Lima\n\nThe mill reopened on Monday after a year of repairs to the wheel.\n"
    )
    article = parse_article(text)
    assert article.standfirst == "A flood closed it for a year."
    assert [author.name for author in article.authors] == ["Ana Lima"]
    four = f"{caption}\n\n" * 4
    text = f"Mill reopens\n\nA flood closed it for a year.\n\n{four}By Ana Lima\n\nIt reopened.\n"
    assert parse_article(text).standfirst is None  # too much between: not a header


def test_wire_paragraphs_join_wrapped_lines_and_keep_tables() -> None:
    """Indented first lines start paragraphs; wrapped lines join; table rows stay one block."""
    text = (
        "ACME QUARTERLY NET\n\n"
        "    OSLO, March 5 - Acme said its quarterly profit rose sharply on\n"
        "strong demand for ferries and a weaker crown, beating forecasts.\n"
        "    Shr 1.20 vs 0.90\n"
        "    Net 12.5 mln vs 9.1 mln\n"
    )
    article = parse_article(text)
    assert article.body == (
        (
            "Acme said its quarterly profit rose sharply on strong demand for ferries and a "
            "weaker crown, beating forecasts."
        ),
        "Shr 1.20 vs 0.90\nNet 12.5 mln vs 9.1 mln",
    )
    assert [s.label for s in article.segments if s.label in ("paragraph", "table")] == [
        "paragraph",
        "table",
    ]
    assert article.dateline is not None
    assert article.dateline.place == "OSLO"


def test_paragraph_text_drops_soft_hyphens() -> None:
    """Soft hyphens (hints where a word may break) are not part of a paragraph's text."""
    text = "Ferry Returns\n\nThe Mill\u00adbrook ferry sailed again on Thurs\u00adday morning.\n"
    article = parse_article(text)
    assert article.body == ("The Millbrook ferry sailed again on Thursday morning.",)
    paragraph = next(s for s in article.segments if s.label == "paragraph")
    assert "\u00ad" in text[paragraph.start : paragraph.end]


@pytest.mark.parametrize(
    ("line", "names", "roles"),
    [
        ("By Ada Penrose, Luke Hartwell, and Mei Ostrander", ["Ada Penrose", "Luke Hartwell", "Mei Ostrander"], [None, None, None]),
        ("By Ada Penrose, Political Editor, and Luke Hartwell, Health Correspondent", ["Ada Penrose", "Luke Hartwell"], ["Political Editor", "Health Correspondent"]),
        ("By Ada Penrose and Luke Hartwell in Millbrook", ["Ada Penrose", "Luke Hartwell"], [None, "in Millbrook"]),
    ],
)  # fmt: skip
def test_bylines_with_serial_commas_and_places(
    line: str, names: list[str], roles: list[str | None]
) -> None:
    """A serial comma, roles after each name and a filing place keep every person."""
    parsed = parse_byline(line)
    assert parsed is not None
    assert [a.name for a in parsed.authors] == names
    assert [a.role for a in parsed.authors] == roles


@pytest.mark.parametrize(
    "line",
    [
        "By Ada Penrose, Nova Scotia Correspondent",
        "By Ada Penrose, Petra Correspondent",
        "By Ada Penrose, Lusa Valley Reporter",
    ],
)
def test_words_that_share_an_agency_name_credit_no_agency(line: str) -> None:
    """Agency names that are also places or names count only where an agency stands whole."""
    parsed = parse_byline(line)
    assert parsed is not None
    assert parsed.agency is None


def test_title_case_region_with_agency() -> None:
    """'SYDNEY, Australia (AP) —' is a dateline: the agency vouches for the region."""
    found = parse_dateline("SYDNEY, Australia (AP) — The fire spread overnight.")
    assert found is not None
    assert found[0].place == "SYDNEY, Australia"


def test_first_paragraph_followed_by_header_lines_keeps_the_header() -> None:
    """Date lines and bylines after a short first paragraph still give the article's metadata."""
    article = parse_article(
        "Ferry Back on the Wend\n\nBack at last.\n\nMarch 12, 2025\nBy Ada Penrose\n\n"
        "MILLBROOK - The ferry crossed at seven.\n"
    )
    assert article.published is not None
    assert [a.name for a in article.authors] == ["Ada Penrose"]
    assert article.dateline is not None
    assert article.body == ("Back at last.", "The ferry crossed at seven.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ROCKPORT, Oct 20 -", "ROCKPORT"),
        ("NEW YORK, March 9 - <ACME Corp> said it would buy the mill.", "NEW YORK"),
        ("millbrook, april 7 - cattle prices were steady in light trade.", "millbrook"),
        ("WICHITA, KAN., Oct 20 - Shares rose.", "WICHITA, KAN."),
        ("DAYTON, Ohio, March 5 -", "DAYTON, Ohio"),
    ],
)
def test_wire_dateline_forms(text: str, place: str) -> None:
    """Wire datelines that end their line, precede a ticker, or are all lower case with a date."""
    found = parse_dateline(text)
    assert found is not None
    assert found[0].place == place


@pytest.mark.parametrize("text", ["london - the city is large", "the end - of the road"])
def test_lower_case_lead_in_without_date_is_no_dateline(text: str) -> None:
    """A lower-case lead-in is a dateline only with a date beside it."""
    assert parse_dateline(text) is None


def test_colon_after_an_agency_is_a_dateline() -> None:
    """'KARACHI (APP):' is a dateline: the agency vouches for the place."""
    found = parse_dateline("KARACHI (APP): The provincial cabinet met on Monday.")
    assert found is not None
    assert (found[0].place, found[0].agency) == ("KARACHI", "APP")


def test_reference_date_resolves_a_dateline_date() -> None:
    """A caller's reference date fixes the year of 'March 3' when the article has no date."""
    article = parse_article(
        "Gold rises\n\n    LONDON, March 3 - Gold rose.\n", reference_date=dt.date(1987, 3, 4)
    )
    assert article.dateline is not None
    assert article.dateline.date is not None
    assert article.dateline.date.value == dt.date(1987, 3, 3)
    assert parse_article("Gold rises\n\n    LONDON, March 3 - Gold rose.\n").dateline.date is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Reuter", "signoff"),
        ("REUTER", "signoff"),
        ("— AP", "signoff"),
        ("(Reporting by Ana Lima; Editing by Tom Ode)", "credits"),
        ("Additional reporting by Ines Moreau", "credits"),
    ],
)
def test_signoffs_leave_the_body(line: str, kind: str) -> None:
    """Agency sign-offs and credit lines after the body become fields, not body text."""
    article = parse_article(f"Gold rises\n\nLONDON (Reuters) - Gold rose on Monday.\n{line}\n")
    assert article.body == ("Gold rose on Monday.",)
    if kind == "signoff":
        assert article.signoff == line
    else:
        assert article.credits == (line,)


def test_agency_line_before_the_body_is_not_a_signoff() -> None:
    """An agency name alone before any paragraph is not a sign-off."""
    assert parse_article("Gold rises\n\nReuters\n\nGold rose on Monday.\n").signoff is None


def test_signoff_under_a_short_first_paragraph() -> None:
    """A one-sentence story signed off on the next line: the sentence end marks the prose."""
    article = parse_article("Quay reopens\n\n    PORTHAVEN - The quay was calm.\n Reuter\n")
    assert article.body == ("The quay was calm.",)
    assert article.signoff == "Reuter"


def test_agency_line_under_a_headline_is_not_a_signoff() -> None:
    """Under a title (no sentence end) an agency name is a credit line, not a sign-off."""
    article = parse_article("Gold rises in London\nReuters\nGold rose on Monday.\n")
    assert article.signoff is None


def test_users_agency_table_reaches_the_parse() -> None:
    """An extended agency table passed to default_chain credits the new agency, not an author."""
    table = AgencyTable.default().extend([Agency("Harbour Wire", ("HWN",))])
    text = "Dam opens\n\nBy Ana Lima | HWN\n\nMILLBROOK - It opened.\n\nHWN\n"
    with_table = parse_article(text, chain=default_chain(agencies=table))
    assert with_table.byline is not None
    assert with_table.byline.agency == "Harbour Wire"
    assert with_table.signoff == "HWN"
    assert parse_article(text).byline is None


@pytest.mark.parametrize(
    ("place", "tidy"),
    [("amarillo", "AMARILLO"), ("Chicago", "CHICAGO"), ("BUFFALO, N.Y.", "BUFFALO, N.Y."),
     ("****SAO PAULO", "SAO PAULO"), ("NEW  DELHI", "NEW DELHI"), ("SYDNEY, Australia", "SYDNEY, Australia")],
)  # fmt: skip
def test_tidy_place(place: str, tidy: str) -> None:
    """The tidy place puts the city in capitals and drops stray marks and spaces."""
    assert Dateline(text=place, place=place).tidy_place == tidy


def test_signoff_right_under_a_one_paragraph_body() -> None:
    """A sign-off line straight under the first paragraph ends it and becomes the sign-off."""
    article = parse_article("Gold\n\nOSLO (NTB) - The harbour board approved the plan.\nNTB\n")
    assert article.body == ("The harbour board approved the plan.",)
    assert article.signoff == "NTB"


def test_credits_need_capitalised_names() -> None:
    """'reporting by' followed by lower-case words is prose, not credits."""
    assert parse_signoff("reporting by mei takeda") is None
    assert parse_signoff("(Reporting by Mei Takeda)") is not None


@pytest.mark.parametrize(
    ("text", "place", "agency", "date_text"),
    [
        ("MADRID, 3 de marzo (EFE).- El Gobierno aprobó el plan.", "MADRID", "EFE", "3 de marzo"),
        ("BERLIN, 3. März (dpa) - Die Regierung hat es beschlossen.", "BERLIN", "dpa", "3. März"),
        ("LISBOA, 3 mar (Lusa) - O Governo aprovou o plano.", "LISBOA", "Lusa", "3 mar"),
        ("BOGOTÁ (EFE) - El presidente habló el lunes.", "BOGOTÁ", "EFE", None),
    ],
)
def test_datelines_of_other_languages(
    text: str, place: str, agency: str, date_text: str | None
) -> None:
    """Agency datelines in Spanish, German and Portuguese styles, with their month names."""
    found = parse_dateline(text)
    assert found is not None
    assert (found[0].place, found[0].agency, found[0].date_text) == (place, agency, date_text)


def test_prose_lines_at_one_indent_are_not_a_table() -> None:
    """One-line wire paragraphs at the same indent stay paragraphs, not a table."""
    text = (
        "ACME NET\n\n    OSLO, March 5 - Acme said profit rose.\n"
        "    The company expects growth to continue this year.\n"
        "    Its shares rose in Oslo trading on the news.\n"
    )
    assert len(parse_article(text).body) == 3


def test_bare_name_before_the_date_in_a_metadata_line() -> None:
    """A personal name alone before the date of a header line is the author; a section is not."""
    article = parse_article(
        "Mill Reopens\n\nAna Lima - Nov 19, 2019\n\nThe mill reopened on Monday.\n"
    )
    assert [a.name for a in article.authors] == ["Ana Lima"]
    article = parse_article(
        "Mill Reopens\n\nLocal News - Nov 19, 2019\n\nThe mill reopened on Monday.\n"
    )
    assert article.authors == ()
    assert article.published is not None


def test_a_name_ending_in_a_weekday_or_label_is_not_cut() -> None:
    """A weekday, month or "on" inside the last name word is no part of the date."""
    article = parse_article(
        "Mill Reopens\n\nBy TOMAS SALMON JULY 29, 2016\n\nThe mill reopened on Monday.\n"
    )
    assert [a.name for a in article.authors] == ["Tomas Salmon"]
    assert article.published is not None
    assert article.published.value == dt.date(2016, 7, 29)
    article = parse_article("Mill Reopens\n\nBy Ana Desmar 3, 2016\n\nThe mill reopened.\n")
    assert article.published is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("19.11.2019 um 14:03 Uhr - Ana Lima - 12 Kommentare", ["Ana Lima"]),
        ("3. März 2020 , Anna Schmidt", ["Anna Schmidt"]),
        ("Nov 19, 2019 | Ana Lima", ["Ana Lima"]),
        ("19.11.2019 Aktuelles Interviews", []),  # no separator: a section name, likely
        ("Nov 19, 2019 | Pop Culture Weekly | Reviews", []),  # more than counters after it
        ("Nov 19, 2019 | Leave a Comment", []),  # a function word
        ("Nov 19, 2019 | LOCAL DESK", []),  # capitals throughout
        ("Nov 19, 2019 | Associated Press", []),  # an agency
    ],
)
def test_name_right_after_the_date_of_a_metadata_line(line: str, names: list[str]) -> None:
    """With nothing before the date, a name after it and a separator is the author."""
    meta = parse_meta_line(line)
    assert meta is not None
    found = [a.name for a in meta.byline.authors] if meta.byline else []
    assert found == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks Resume in the U.S.", True),  # initials end a title
        ("Ferry Plan Backed by J.", True),
        ("The harbour board met on Friday a.", False),  # one lower-case letter: a sentence
    ],
)
def test_titles_ending_in_initials(text: str, expected: bool) -> None:
    """Dotted initials may end a title; a lone lower-case letter and a stop end a sentence."""
    assert looks_like_title(text) is expected


def test_metadata_line_with_a_two_digit_year_after_an_apostrophe() -> None:
    """A blog's "Mar 4th '16 by Ana Lima @ 9:05am" dates the post."""
    article = parse_article(
        "Mill Reopens\n\nMar 4th '16 by Ana Lima @ 9:05am Comment Share\n\n"
        "The mill reopened on Monday after a long winter.\n"
    )
    assert article.published is not None
    assert article.published.value == dt.date(2016, 3, 4)


@pytest.mark.parametrize(
    "line",
    ["Version 3, 12 May 2011", "Version 2.1: 12 May 2011", "Versión 4, 12 de mayo de 2011"],
)
def test_date_of_a_numbered_version_is_not_the_articles(line: str) -> None:
    """A licence's or a document's "Version 3, <date>" dates that version, not a story."""
    text = "Terms of Use\n\n{}\n\nThe terms below apply to every user of the site.\n"
    assert parse_article(text.format(line)).published is None
    assert parse_article(text.format("Ana Lima, 12 May 2011")).published is not None


def test_stand_alone_stands_in_for_the_published_date() -> None:
    """German "Stand: <date>" as the only date of a story is its publication date too."""
    body = "Die Fähre nach Lindholm fährt ab Montag wieder zweimal am Tag, teilte die Reederei mit."
    page = "Fähre fährt wieder\n\n{}\n\n" + body + "\n"
    article = parse_article(page.format("Stand: 12.05.2021 11:05 Uhr"))
    assert article.published is not None
    assert article.published.value == dt.datetime(2021, 5, 12, 11, 5)
    assert article.modified == article.published
    # the publication date wins over it
    article = parse_article(page.format("Veröffentlicht am 10.05.2021 | Stand: 12.05.2021"))
    assert article.published is not None
    assert article.published.value == dt.date(2021, 5, 10)
    # an update in other words gives no publication date: a story may be updated weeks later
    article = parse_article(page.format("Aktualisiert am 12.05.2021 11:05 Uhr"))
    assert article.modified is not None
    assert article.published is None


_BRIDGE_STORY = (
    (
        "Der Stadtrat von Kleinfeld hat am Dienstag beschlossen, die alte Brücke über den "
        "Mühlbach im Frühjahr abzureißen und durch einen Neubau zu ersetzen."
    ),
    (
        "Die Arbeiten sollen im März beginnen und nach Angaben der Verwaltung etwa acht Monate "
        "dauern, solange bleibt der Weg für Autos gesperrt."
    ),
    (
        "Fußgänger dürfen eine Behelfsbrücke am Sportplatz nutzen, die der Bauhof schon im "
        "Februar aufstellen will."
    ),
)


def _bridge_page(column: str) -> str:
    first, second, third = _BRIDGE_STORY
    return f"Neue Brücke für Kleinfeld\n\n{first}\n\n{second}\n\n{column}\n\n{third}\n"


@pytest.mark.parametrize(
    "column",
    [
        "Teilen\nTwittern\nPinnen\nXING\nMail\nDruck",
        "Mail\nFacebook",
        "Print\nMore\nWhatsApp\nComments",
    ],
)
def test_weak_share_words_in_a_column_of_share_buttons_are_boilerplate(column: str) -> None:
    """A lone weak word counts as a share line when a share line stands next to it."""
    article = parse_article(_bridge_page(column))
    assert article.body[-2:] == _BRIDGE_STORY[1:]
    assert not set(article.body) & set(column.splitlines())


def test_weak_share_words_without_a_plain_share_line_stay() -> None:
    """A run of weak words alone ("Mail", "Druck") is not taken for share buttons."""
    article = parse_article(_bridge_page("Mail\nDruck"))
    assert "Mail" in article.body
    assert "Druck" in article.body


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Be the first to comment", "comment prompt"),
        ("Be The First To Comment!", "comment prompt"),
        ("Soyez le premier à commenter", "comment prompt"),
        ("Sé el primero en comentar", "comment prompt"),
        ("Sii il primo a commentare", "comment prompt"),
        ("Seja o primeiro a comentar", "comment prompt"),
        ("Your video will play in 00:07", "video player controls"),
        ("Your video will begin in 5 seconds", "video player controls"),
        ("inRead invented by Teads", "advertisement marker"),
    ],
)
def test_comment_openers_and_video_advert_lines_are_boilerplate(line: str, reason: str) -> None:
    """A call to comment first, a video advert's countdown and its label are no story text."""
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Be the first to comment on the plans, the council said, before the vote in May.",
        "Your video will play in the town hall on Friday, the organisers told the artist.",
    ],
)
def test_story_sentences_like_those_lines_stay(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Terms of Use Privacy Notice",
        "Privacy Statement | Terms of Sale",
        "Cookie settings · Privacy · Contact us",
        "Impressum · Datenschutz · AGB",
        "Mentions légales - Contact",
        "Help | Privacy settings | Newsletters",
        "This form is protected by reCAPTCHA and the Privacy Policy and Terms of Service apply.",
    ],
)
def test_a_row_of_the_sites_legal_links_is_boilerplate(line: str) -> None:
    assert boilerplate_reason(line) == "site links"


@pytest.mark.parametrize(
    "line",
    [
        "Terms of Service",
        "Contact us | Help",
        "Privacy and terms of trade were the issues at the summit.",
        "The new terms of use take effect in May, the council said.",
    ],
)
def test_one_legal_link_or_a_sentence_about_terms_is_no_row_of_links(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize(
    "line", ["Back to Gallery", "Zurück zur Galerie", "Retour à la galerie", "Torna alla galleria"]
)
def test_the_link_back_to_a_gallery_is_page_navigation(line: str) -> None:
    assert boilerplate_reason(line) == "page navigation"


def test_a_sentence_about_going_back_to_a_gallery_stays() -> None:
    assert boilerplate_reason("Back to the gallery she went, to hang the last picture.") is None
