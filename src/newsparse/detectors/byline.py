"""``byline``: a line that names the article's authors.

Recognises, for example::

    By Jane Doe
    By Jane Doe and Ali Khan
    By TOM KRISHER, AP Auto Writer      (agency: Associated Press, from the role)
    By Bill Hoppe | Special to the Pioneer Press
    Jane Doe | Reuters

The value is a :class:`Parsed` byline: the people, each with the role written after them, and
the agency the line credits. Agencies (from :mod:`newsparse.vocab.agencies`) are never
authors. A part that is neither a name nor a role makes the line not a byline: precision
first.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import attrs
import regex

from newsparse import labels
from newsparse.chain import Cursor, Detection, Detector
from newsparse.dates import MONTHS, WEEKDAYS
from newsparse.detectors.date_line import dates_in_line, parse_date_line
from newsparse.document import Document
from newsparse.language import writes_day_first
from newsparse.models import Author
from newsparse.titles import unbulleted, unmarked
from newsparse.vocab.agencies import AgencyTable
from newsparse.vocab.bylines import (
    ACCOUNT_WORDS,
    AUTHOR_BOX_HEADINGS,
    AUTHOR_LINKS,
    COLON_LEAD_WORDS,
    FOLLOW_WORDS,
    JOB_TITLE_WORDS,
    JOB_WORDS,
    LEAD_WORDS,
    MASTHEAD_WORDS,
    NOT_NAME_WORDS,
    OTHER_CREDITS,
    PARTICLES,
    PICTURE_ROLES,
    READING_TIME_WORDS,
    RELATIVE_DAYS,
    ROLE_WORDS,
)
from newsparse.vocab.stopwords import STOPWORDS

NAME: Final = "byline"
_MAX_LENGTH: Final = 160
#: A byline that says who the writer is ("By Ana Lima, a deputy editor ...") may run longer.
_MAX_DESCRIBED_LENGTH: Final = 400
_MAX_PEOPLE: Final = 6


def _lead_word(word: str) -> str:
    """A lead word as a pattern: "Autor*in" as written, any space between the words."""
    return r"\s+".join(regex.escape(part) for part in word.split())


# "Autor:in" before "Autor": the longer of two lead words that start alike first.
_LONGEST_FIRST: Final = sorted(LEAD_WORDS, key=len, reverse=True)
_COLON_LEADS: Final = "|".join(regex.escape(word) for word in COLON_LEAD_WORDS)
_LEAD: Final = regex.compile(
    r"\A(?:(?:" + "|".join(_lead_word(w) for w in _LONGEST_FIRST) + r")(?:\s*:\s*|\s+)"
    rf"|(?:{_COLON_LEADS})\s*:\s*)",
    regex.IGNORECASE,
)
# A credit to someone else after the writer's name: ". Photos by", "| Fotos:", "; Edited by".
_OTHER_CREDIT: Final = regex.compile(
    r"[\s.;|,/•·–—-]+(?:(?:and|und|et|y|e|with|mit|avec|con|com)\s+)?(?:"
    + "|".join(
        regex.escape(word).replace(r"\ ", r"\s+")
        for word in sorted({*PICTURE_ROLES, *OTHER_CREDITS}, key=len, reverse=True)
    )
    + r")\s*(?:(?:by|von|par|por|di|da|de)\s*:?|:)(?=\s)",
    regex.IGNORECASE,
)
# A name word: capitalised (or all capitals), maybe hyphenated or with an apostrophe, or an
# initial such as "E." or "J.R.".
_NAME_WORD: Final = regex.compile(
    r"\A(?:\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:['’-]\p{Lu}?[\p{Ll}\p{Lu}\p{M}]+)*\.?"
    r"|(?:\p{Lu}\.){1,3}|Mc\p{Lu}\p{Ll}+|O['’]\p{Lu}\p{Ll}+)\Z"
)
_AFFILIATION_SPLIT: Final = regex.compile(r"\s+(?:\||/|—|–|-|•|·)\s+|\s*\|\s*")
# "and" between names, in the languages newsparse reads.
_AND: Final = "and|&|und|et|y|e|en"
_PEOPLE_SPLIT: Final = regex.compile(
    rf"\s*,\s*(?:(?:{_AND})\s+)?|\s+(?:{_AND})\s+", regex.IGNORECASE
)
# The same, keeping what stands between the pieces.
_PEOPLE_SPLIT_KEEP: Final = regex.compile(f"({_PEOPLE_SPLIT.pattern})", regex.IGNORECASE)
# "Ana Lima in Lisbon": a name, then where the person filed from.
_NAME_IN_PLACE: Final = regex.compile(
    r"(?P<name>.+?)\s+(?P<place>in\s+\p{Lu}[\p{L}\p{M}.'’ -]{1,40})"
)
_ROLE_TOKEN: Final = regex.compile(r"[\p{L}\p{M}]+")
# A byline that goes on to say who the writer is: "By Ana Lima, a deputy editor and ...".
_DESCRIBED: Final = regex.compile(
    r"(?P<names>[^,.;:|()]{4,80}?)\s*,\s+(?:a|an|who|un|une|uno|una|um|uma|ein|eine)\s"
)
# Social handles and e-mail addresses that sites print beside the name.
_HANDLE: Final = regex.compile(r"\s*(?:@\w[\w.]*|\S+@\S+\.\w+)")
# What a removed handle leaves: a separator at the end, or two in a row ("Ana Lima | | Site").
_LOOSE_SEPARATORS: Final = regex.compile(r"\s*[|/•·]\s*(?=[|/•·]|\Z)")
# A role in brackets after a name: "Ana Lima (reporting)", "Ana Lima (Fotos)".
_ROLE_IN_BRACKETS: Final = regex.compile(r"(?P<name>[^()]+?)\s*\((?P<role>[^()]{1,60})\)")


@attrs.frozen
class Parsed:
    """What a byline line says."""

    authors: tuple[Author, ...]
    agency: str | None


def parse_byline(text: str, agencies: AgencyTable | None = None) -> Parsed | None:
    """Read a byline, or return ``None`` if ``text`` is not one.

    >>> parse_byline("By TOM KRISHER, AP Auto Writer").authors
    (Author(name='Tom Krisher', text='TOM KRISHER', role='AP Auto Writer'),)
    >>> parse_byline("Jane Doe | Reuters")
    Parsed(authors=(Author(name='Jane Doe', text='Jane Doe', role=None),), agency='Reuters')
    >>> parse_byline("By Reuters")
    Parsed(authors=(), agency='Reuters')
    >>> parse_byline("By the end of the year, prices had doubled.") is None
    True
    """
    lead = _LEAD.match(text)
    if lead is not None and (credit := _OTHER_CREDIT.search(text, lead.end())) is not None:
        text = text[: credit.start()]  # "By Ana Lima. Photos by Tom Ode": he is no author
    if lead is not None and (described := _DESCRIBED.match(text, lead.end())) is not None:
        text = text[: described.end("names")]  # "By Ana Lima, a deputy editor who ..."
    if len(text) > _MAX_LENGTH:
        return None
    if lead is None and _AFFILIATION_SPLIT.search(text) is None:
        return None
    text = _LOOSE_SEPARATORS.sub("", _HANDLE.sub("", text)).strip()
    table = agencies or AgencyTable.default()
    rest = _GLUED_BRAND.sub(" ", text[lead.end() :]) if lead else text
    parts = _AFFILIATION_SPLIT.split(rest.strip(), maxsplit=1)
    people_text = parts[0]
    affiliation = parts[1].strip() if len(parts) > 1 else None
    if lead is not None and affiliation is None and (credited := table.find(people_text)):
        return Parsed((), credited.name)  # "By Reuters": an agency's story, no author
    agency = None
    if affiliation is not None and lead is not None and _DIGIT.search(affiliation):
        affiliation = None  # "By Ana Lima • 11/08/23 5:19pm", "| 3 min read": no role
    if affiliation is not None:
        found = table.find(affiliation)
        if found is not None:
            agency = found.name
        elif lead is None or not _is_role(affiliation):
            return None
    elif lead is None:
        return None  # without "By", only "Name | Agency" is evidence enough
    authors = _people(people_text, table)
    if authors is None:
        return None
    people, people_agency = authors
    if affiliation is not None and agency is None and people:
        last = people[-1]
        role = affiliation if last.role is None else f"{last.role}, {affiliation}"
        people = (*people[:-1], attrs.evolve(last, role=role))
    return Parsed(people, agency or people_agency or _agency_in_roles(people, table))


def one_name_byline(text: str, agencies: AgencyTable | None = None) -> Parsed | None:
    """A lead word and one name, the writer's first name or pen name: "by Ana", "von Cortyn".

    Blogs sign so; only a metadata line with a date is evidence enough for it. The word must
    be capitalised, then small letters only (not "KentNews", "ADMIN"), not end as a site's
    name does ("Hafenblog"), and be no function word, role, word of page furniture, month,
    weekday, agency or account ("Admin").

    >>> one_name_byline("by Tamsin").authors[0].name
    'Tamsin'
    >>> [one_name_byline(t) for t in ("by Admin", "By Staff", "By HarbourNews", "by Monday")]
    [None, None, None, None]
    """
    lead = _LEAD.match(text)
    if lead is None:
        return None
    word = text[lead.end() :].strip().rstrip(",")
    if _ONE_NAME.fullmatch(word) is None:
        return None
    folded = word.casefold()
    if (
        folded in STOPWORDS
        or folded in ROLE_WORDS
        or folded in NOT_NAME_WORDS
        or folded in MONTHS
        or folded in WEEKDAYS
        or folded in RELATIVE_DAYS
        or folded in _LEAD_WORDS
        or folded in ACCOUNT_WORDS
        or folded.endswith(_BRAND_ENDS)
        or (agencies or AgencyTable.default()).find(word) is not None
    ):
        return None
    return Parsed((Author(name=word, text=word),), None)


# A first name or a pen name alone: a capital, then small letters only.
_ONE_NAME: Final = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]{2,20}")
_LEAD_WORDS: Final = frozenset(LEAD_WORDS)
# How the name of a blog or a site ends when written as one word: "Hafenblog", "Inselnews".
_BRAND_ENDS: Final = ("blog", "news", "media", "magazin", "zeitung", "radio", "online", "presse")


def _agency_in_roles(people: tuple[Author, ...], table: AgencyTable) -> str | None:
    """The agency a role starts with, when role words follow: "AP Health Writer".

    Only distinctive spellings count: "Nova Scotia Correspondent" is no agency's.
    """
    for person in people:
        words = (person.role or "").split()
        for size in (1, 2, 3):
            if not any(word.casefold() in ROLE_WORDS for word in words[size:]):
                continue
            found = table.find(" ".join(words[:size]))
            if found is not None and found.distinctive:
                return found.name
    return None


def _people(text: str, table: AgencyTable) -> tuple[tuple[Author, ...], str | None] | None:
    parts = _PEOPLE_SPLIT_KEEP.split(_without_closing_stop(text.strip()))
    # each piece, and whether "and" joins it to the one before ("Ana Lima and Tom Ode ...")
    pieces = [
        (piece, index > 0 and bool(parts[index - 1].strip(" ,")))
        for index, piece in enumerate(parts)
        if index % 2 == 0 and piece
    ]
    authors: list[Author] = []
    agency = None
    for raw, after_and in pieces:
        piece = _once(raw)
        found = table.find(piece)
        if found is not None and authors:
            agency = found.name
        elif (person := _named(piece)) is not None:
            authors.append(person)
        elif (bracketed := _ROLE_IN_BRACKETS.fullmatch(piece)) and _is_name(bracketed["name"]):
            if _takes_pictures(bracketed["role"]):
                continue  # "Tom Ode (photography)": he took the pictures, he is no author
            name = bracketed["name"]
            authors.append(Author(name=tidy_name(name), text=name, role=bracketed["role"]))
        elif (located := _NAME_IN_PLACE.fullmatch(piece)) and _is_name(located["name"]):
            name = located["name"]
            authors.append(Author(name=tidy_name(name), text=name, role=located["place"]))
        elif (
            authors
            and _is_role(piece)
            # "Ana Lima and Tom Ode for the Gazette": after "and", a second writer and a role
            and not (after_and and _name_then_role(piece, table) is not None)
        ):
            last = authors[-1]
            role = piece if last.role is None else f"{last.role}, {piece}"
            authors[-1] = attrs.evolve(last, role=role)
        elif (titled := _name_then_role(piece, table)) is not None:
            name, role = titled
            if (credited := table.find(role)) is not None:
                agency = credited.name
                authors.append(Author(name=tidy_name(name), text=name))
            else:
                authors.append(Author(name=tidy_name(name), text=name, role=role))
        else:
            return None
    if not authors or len(authors) > _MAX_PEOPLE:
        return None
    return tuple(authors), agency


def _named(piece: str) -> Author | None:
    """The person a byline's piece names: a name, maybe after the job ("Gastautorin Ana Lima")."""
    job = _job_before_name(piece)
    if job is not None:
        return job
    return Author(name=tidy_name(piece), text=piece) if _is_name(piece) else None


def _job_before_name(piece: str) -> Author | None:
    """The writer a byline's piece names after the job: "Gastautorin Ana Lima".

    The job is one word, or the last part of one after a hyphen ("Valley-News-Reporter").

    >>> _job_before_name("Gastautorin Ana Lima")
    Author(name='Ana Lima', text='Ana Lima', role='Gastautorin')
    >>> _job_before_name("Ana Lima") is None
    True
    """
    job, _, name = piece.partition(" ")
    if job.rsplit("-", 1)[-1].casefold() not in JOB_WORDS or not _is_name(name):
        return None
    return Author(name=tidy_name(name), text=name, role=job)


def _takes_pictures(role: str) -> bool:
    """Whether a role in brackets is a photographer's or an illustrator's ("Fotos", "video").

    >>> _takes_pictures("photography"), _takes_pictures("Fotos"), _takes_pictures("reporting")
    (True, True, False)
    """
    words = _ROLE_TOKEN.findall(role.casefold())
    return bool(words) and all(word in PICTURE_ROLES or word == "and" for word in words)


def _once(text: str) -> str:
    """A name printed twice in a row, once ("Ana Lima Ana Lima", two elements run together).

    >>> _once("Ana Lima Ana Lima"), _once("Ana Lima")
    ('Ana Lima', 'Ana Lima')
    """
    words = text.split()
    half = len(words) // 2
    if half >= 2 and len(words) == 2 * half and words[:half] == words[half:]:
        return " ".join(words[:half])
    return text


def _name_then_role(text: str, table: AgencyTable | None = None) -> tuple[str, str] | None:
    """Split "Meg James Staff Writer" into the name and the role that follows it unmarked.

    The words after the name may also be an agency's name ("Tom Davies Associated Press").
    """
    words = text.split()
    table = table or AgencyTable.default()
    for cut in range(2, min(len(words), 5) + 1):
        name, role = " ".join(words[:cut]), " ".join(words[cut:])
        if not role or not _is_name(name):
            continue
        if table.find(role) is not None:
            return name, role
        if cut == len(words) - 1 and _BRAND.fullmatch(role):
            return name, role  # "Ana Lima ValleyNews", "Ana Lima nj.com": the site's name
        if words[cut].casefold() in ROLE_WORDS and _is_role(role):
            if words[cut].casefold() not in STOPWORDS and _masthead(words[cut:]):
                # "Ana Lima Fox News": no role but the end of a site's name, which starts a
                # word earlier; "Ana Lima Fox" is no name
                shorter = " ".join(words[: cut - 1])
                return (shorter, " ".join(words[cut - 1 :])) if _is_name(shorter) else None
            return name, role
    return None


def _masthead(words: list[str]) -> bool:
    """Whether words after a name are the end of a site's name, no job: "News", "Sports Daily".

    >>> _masthead(["News"]), _masthead(["Sports", "News"]), _masthead(["News", "Editor"])
    (True, True, False)
    """
    folded = [word.casefold() for word in words]
    return (
        len(folded) <= _MAX_MASTHEAD_END
        and folded[-1] in MASTHEAD_WORDS
        and not any(word in JOB_WORDS or word in _NOT_MASTHEAD for word in folded)
    )


#: At most this many role words end a site's name after a byline's name ("Sports News").
_MAX_MASTHEAD_END: Final = 2
#: Role words that make what follows a name a role, not a site's name ("Staff", "Special").
_NOT_MASTHEAD: Final = frozenset({"staff", "special", "contributing", "to", "for", "at", "of"})
# One word after a name that is a site's name, not a person's: a domain ("nj.com") or a word
# with a run of capitals before small letters ("FOXBusiness").
_BRAND: Final = regex.compile(r"[\p{L}\d-]+\.(?:com|net|org|[a-z]{2})|\S*\p{Lu}{2}\p{Ll}\S*")


def _is_name(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    if _ODD_CAPITALS.search(text) is not None:
        return False  # "Ana LimaVALLEYNews": a name glued to a site's
    if not (_NAME_WORD.match(words[0]) and _NAME_WORD.match(words[-1])):
        return False
    if any(word.casefold() in ROLE_WORDS for word in words if word.casefold() not in PARTICLES):
        return False
    return all(_NAME_WORD.match(word) or word.casefold() in PARTICLES for word in words)


# Where a site's name spelt with a run of capitals is glued to the name before it:
# "Ana LimaVALLEYNews".
_GLUED_BRAND: Final = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}{2,}\p{Ll})")
# Two capitals before a small letter in a word: "FOXBusiness", a brand's spelling, no name's.
_ODD_CAPITALS: Final = regex.compile(r"\p{Lu}{2}\p{Ll}")


def is_personal_name(text: str) -> bool:
    """Whether ``text`` is a person's name alone: two to four capitalised words, no role words.

    Nor does it start with a function word ("Le Monde", "The Globe").

    >>> is_personal_name("Chris Davies"), is_personal_name("Tech News"), is_personal_name("Reuters")
    (True, False, False)
    >>> is_personal_name("Le Monde")
    False

    Nor does it open with a byline's lead words ("Geschrieben von Miller").

    >>> is_personal_name("Geschrieben von Miller")
    False

    Nor does it open with an agency's name ("AFP Paris").

    >>> is_personal_name("AFP Paris"), is_personal_name("Ana LimaFOXNews")
    (False, False)
    """
    words = text.split()
    if not (2 <= len(words) <= 4 and words[0].casefold() not in STOPWORDS):
        return False
    if _LEAD.match(text) is not None or not _is_name(text):
        return False
    table = AgencyTable.default()
    if table.find(text) is not None:
        return False
    first = table.find(words[0])  # "PTI Mumbai": an agency and where it filed from
    return first is None or not first.distinctive


#: A job title has at most this many words before its comma ("Senior Contributing Editor") ...
_JOB_TITLE_MAX_WORDS: Final = 5
#: ... and the site's or agency's name after it at most this many.
_JOB_SITE_MAX_WORDS: Final = 4


def is_job_title(text: str) -> bool:
    """Whether a line is a writer's job title alone, as pages print it under the name.

    Role words only (:data:`~newsparse.vocab.bylines.ROLE_WORDS`, names of sections), one of
    them a writer's job, then maybe a comma and the name of the site or agency. Such a line
    is no headline.

    >>> is_job_title("Politics Reporter, Valley Courier"), is_job_title("Chefredakteurin")
    (True, True)
    >>> is_job_title("Senior Editor"), is_job_title("rédactrice en chef adjointe")
    (True, True)
    >>> is_job_title("The Daily News"), is_job_title("Reporter attacked in Kyiv")
    (False, False)
    """
    head, comma, site = text.partition(",")
    if comma and not (site := site.strip())[:1].isupper():
        return False
    if comma and len(site.split()) > _JOB_SITE_MAX_WORDS:
        return False
    words = [word.casefold() for word in _ROLE_TOKEN.findall(head)]
    return (
        0 < len(words) <= _JOB_TITLE_MAX_WORDS
        and any(word in JOB_WORDS for word in words)
        and all(
            word in ROLE_WORDS
            or word in JOB_WORDS
            or word in JOB_TITLE_WORDS
            or word in NOT_NAME_WORDS
            for word in words
        )
    )


def is_affiliation(text: str) -> bool:
    """Whether a part after a bare name is the writer's job or site, by its words alone.

    A job ("Staff Writer"), a site's name ending as one does ("The Valley News") or an agency.
    A section's name ("Business") is none: it stands beside names of places as well.

    >>> is_affiliation("The Valley News"), is_affiliation("Senior Reporter")
    (True, True)
    >>> is_affiliation("Business"), is_affiliation("Germany")
    (False, False)
    """
    words = [word.casefold() for word in _ROLE_TOKEN.findall(text)]
    if not 0 < len(words) <= _MAX_AFFILIATION_WORDS or not text[:1].isupper():
        return False
    if any(word in JOB_WORDS for word in words) or words[-1] in MASTHEAD_WORDS:
        return True
    return AgencyTable.default().find(text) is not None


#: At most this many words in a writer's job or site after a bare name.
_MAX_AFFILIATION_WORDS: Final = 5


def _is_role(text: str) -> bool:
    words = _ROLE_TOKEN.findall(text)
    return 0 < len(words) <= 10 and any(word.casefold() in ROLE_WORDS for word in words)


def tidy_name(text: str) -> str:
    """Collapse spaces and put an all-capitals name in title case.

    >>> tidy_name("MARK O'NEILL")
    "Mark O'Neill"
    >>> tidy_name("JEAN-PAUL  MCDONALD")
    'Jean-Paul McDonald'
    >>> tidy_name("Sarah E. Needleman")
    'Sarah E. Needleman'

    A full stop after the last word goes, where it ends the sentence, not an initial or "Jr.":

    >>> [tidy_name(name) for name in ("Ana Lima.", "ANA LIMA.", "Tom Ode Jr.", "Ana B.")]
    ['Ana Lima', 'Ana Lima', 'Tom Ode Jr.', 'Ana B.']
    """
    text = _without_closing_stop(text.rstrip())
    words = text.split()
    letters = [char for char in text if char.isalpha()]
    if not letters or not all(char.isupper() for char in letters):
        return " ".join(words)
    return " ".join(_title_word(word) for word in words)


def _without_closing_stop(text: str) -> str:
    """The text without a full stop that ends a sentence, not "Jr." or an initial."""
    return text[:-1] if _closing_stop(text) else text


def _closing_stop(text: str) -> bool:
    """Whether a name ends with a full stop that is no part of it (not "Jr.", not "B.")."""
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    return (
        last.endswith(".")
        and len(last) > _ABBREVIATION
        and last.casefold() not in _NAME_SUFFIXES
        and "." not in last[:-1]
        and last[-2:-1].isalpha()
    )


#: A last word of at most this many characters with its full stop is an abbreviation ("Jr.").
_ABBREVIATION: Final = 3
#: Abbreviations that end a name with their full stop.
_NAME_SUFFIXES: Final = frozenset({"jr.", "sr.", "snr.", "jnr.", "esq.", "hon.", "ph.d."})


def _title_word(word: str) -> str:
    if word.casefold() in PARTICLES:
        return word.lower()
    if len(word.rstrip(".")) <= 1 or regex.fullmatch(r"(?:\p{L}\.)+", word):
        return word
    titled = regex.sub(r"(\p{L})(\p{L}*)", lambda m: m.group(1).upper() + m.group(2).lower(), word)
    return regex.sub(r"\bMc(\p{Ll})", lambda m: "Mc" + m.group(1).upper(), titled)


_LONE_LEAD: Final = regex.compile(
    r"\A(?:(?:" + "|".join(_lead_word(w) for w in _LONGEST_FIRST) + r")\s*:?"
    rf"|(?:{_COLON_LEADS})\s*:)\Z",
    regex.IGNORECASE,
)


def starts_with_lead(text: str) -> bool:
    """Whether ``text`` opens with a byline's lead word ("By", "Von", "Par", ...).

    >>> starts_with_lead("By Jane Doe"), starts_with_lead("By"), starts_with_lead("Bypass")
    (True, True, False)
    """
    return _LEAD.match(text) is not None or _LONE_LEAD.match(text) is not None


def is_lone_lead(text: str) -> bool:
    """Whether ``text`` is a byline's lead word alone ("By", "Von:"), the name to follow.

    >>> is_lone_lead("By"), is_lone_lead("Written by:"), is_lone_lead("By Jane Doe")
    (True, True, False)
    """
    return _LONE_LEAD.match(text) is not None


def detect(cursor: Cursor, agencies: AgencyTable | None = None) -> Detection | None:
    """Claim the current line if it is a byline (or "By" and, on the next line, the name).

    In the header (see :attr:`~newsparse.State.in_header`) a list bullet before the line is
    dropped, and two more forms count: the name heading the block after a lead word that
    stands alone in its own block, and a personal name alone on its line beside a date line
    or with a social handle (see :func:`name_line`).
    """
    line = cursor.current
    if not cursor.at_line_start or (
        len(line.content) > _MAX_LENGTH and not _short_enough(line.content)
    ):
        return None
    header = cursor.state.in_header
    content = unbulleted(line.content) if header else line.content
    if _LONE_LEAD.match(content):
        return _lone_lead(cursor, content, agencies)
    if header and content.casefold() in _LONE_AND and _byline_above(cursor.doc, line.index):
        return _and_name(cursor, agencies)
    parsed = parse_byline(content, agencies)
    if parsed is not None and not (header and _holds_a_date(content, cursor.language)):
        return Detection(labels.BYLINE, line.content_end, "byline", parsed)
    if parsed is not None or not header:
        return None  # "By Ana Lima - Nov 8, 2023" in the header: a metadata line
    lead = _lead_before(cursor.doc, line.index)
    if lead is not None:
        parsed = parse_byline(f"{lead} {content}", agencies)
        if parsed is not None:
            return Detection(labels.BYLINE, line.content_end, "name after a lead word", parsed)
    state, region = cursor.state, cursor.region
    if (
        not state.headline_seen
        or state.prose > _MAX_PARAGRAPHS_ABOVE_NAME
        or state.paragraphs > _MAX_SHORT_PARAGRAPHS_ABOVE_NAME
    ):
        return None  # a bare name is taken only in the header under the headline
    if region is not None and region.headline == line.index:
        return None
    under_headline = _under_headline(cursor)
    parsed = name_line(
        cursor.doc,
        line.index,
        agencies,
        under_headline=under_headline,
        day_first=writes_day_first(cursor.language),
    )
    if parsed is not None:
        return Detection(labels.BYLINE, line.content_end, "personal name beside the date", parsed)
    return None


def _lone_lead(cursor: Cursor, content: str, agencies: AgencyTable | None) -> Detection | None:
    """The claim of a lead word alone on its line: with the name on the next line, or alone.

    The name may head the next block instead, in the header.
    """
    line = cursor.current
    header = cursor.state.in_header
    if line.index + 1 < cursor.block_end:
        following = cursor.doc.lines[line.index + 1].content
        following = unbulleted(following) if header else following
        parsed = parse_byline(f"{content} {following}", agencies)
        if parsed is not None:
            end = cursor.doc.lines[line.index + 1].content_end
            return Detection(labels.BYLINE, end, "byline over two lines", parsed)
    elif header and _name_after(cursor.doc, line.index, content, agencies) is not None:
        return Detection(labels.BYLINE, line.content_end, "lead word of a byline", _NOBODY)
    return None


def _and_name(cursor: Cursor, agencies: AgencyTable | None) -> Detection | None:
    """The claim of "and" alone on its line between two bylines, and of the name after it.

    Pages print each writer's name with the job under it: "By Ana Lima" / "Senior Reporter" /
    "and" / "Tom Ode" / "Reporter". The name may follow on the next line or head the next block.
    """
    line = cursor.current
    lines = cursor.doc.lines
    if line.index + 1 < cursor.block_end:
        parsed = parse_byline(f"By {unbulleted(lines[line.index + 1].content)}", agencies)
        if parsed is not None and parsed.authors:
            end = lines[line.index + 1].content_end
            return Detection(labels.BYLINE, end, "byline over two lines, after another", parsed)
        return None
    if _name_after(cursor.doc, line.index, "By", agencies) is None:
        return None
    return Detection(labels.BYLINE, line.content_end, "and between two bylines", _NOBODY)


# "and" alone on a line between two bylines, in the languages newsparse reads.
_LONE_AND: Final = frozenset({"and", "&", "und", "et", "y", "e", "en"})
#: "and" alone joins a byline to one at most this many non-blank lines above it.
_AND_REACH: Final = 4


def _byline_above(doc: Document, index: int) -> bool:
    """Whether a line opening with a byline's lead word stands a few lines above line ``index``."""
    for _ in range(_AND_REACH):
        near = _near(doc, index, -1)
        if near is None:
            return False
        if starts_with_lead(unbulleted(doc.lines[near].content)):
            return True
        index = near
    return False


def _short_enough(content: str) -> bool:
    """Whether a line is short enough for a byline; one that describes the writer runs longer."""
    length = len(content)
    if length <= _MAX_LENGTH:
        return True
    return length <= _MAX_DESCRIBED_LENGTH and _LEAD.match(content) is not None


def _under_headline(cursor: Cursor) -> bool:
    """Whether the current line comes right after the headline (a blank line between at most).

    The headline is the one the page analysis chose; in a text that is no page, the first
    line, if the headline detector took it.
    """
    above = _near(cursor.doc, cursor.current.index, -1)
    region = cursor.region
    if region is not None and region.headline is not None:
        return above == region.headline
    return (
        above is not None
        and cursor.state.paragraphs == 0
        and _near(cursor.doc, -1, 1) == above
        and (region is None or not region.is_page)
    )


def _holds_a_date(content: str, language: str | None) -> bool:
    return dates_in_line(content, day_first=writes_day_first(language)) is not None


_NOBODY: Final = Parsed((), None)
#: A bare name line is looked for under the headline, above at most this many paragraphs of
#: prose (a standfirst, a caption); short ones (a kicker, a share button) do not count.
_MAX_PARAGRAPHS_ABOVE_NAME: Final = 2
#: ... and at most this many paragraphs in all (a list or a table of short lines is no header).
_MAX_SHORT_PARAGRAPHS_ABOVE_NAME: Final = 8
_DIGIT: Final = regex.compile(r"\d")
# "Jane Doe @janedoe", "Jane Doe, @janedoe / 2 days": a name and the person's social handle.
_NAME_AND_HANDLE: Final = regex.compile(
    r"\A(?P<name>[^@,]+?)\s*,?\s*@\w[\w.]*(?:\s*[/|·•–—-]\s*[^@/|·•]{1,20})?\Z"
)


def _neighbour(doc: Document, index: int, step: int, *, raw: bool = False) -> str | None:
    """The next non-blank line before (``step`` -1) or after (+1) line ``index``, unbulleted.

    With ``raw`` only a list item's mark goes, not a leading number ("25. Juli 2019" stays).
    Only across one run of blank lines: ``None`` if there is none that near.
    """
    near = _near(doc, index, step)
    if near is None:
        return None
    content = doc.lines[near].content
    return unmarked(content) if raw else unbulleted(content)


def _near(doc: Document, index: int, step: int) -> int | None:
    """The index of the next non-blank line (see :func:`_neighbour`), or ``None``."""
    lines = doc.lines
    index += step
    blanks = 0
    while 0 <= index < len(lines):
        if lines[index].content:
            return index
        if blanks == 2:
            return None
        blanks += 1
        index += step
    return None


def _lead_before(doc: Document, index: int) -> str | None:
    """The lead word alone in the block just above line ``index``, if that is what it is.

    An "and" alone there under a byline (see :func:`_and_name`) counts as "By".
    """
    if index == 0 or doc.lines[index - 1].content:
        return None  # the lead word on the line above, in this block: the two-line form
    before = _neighbour(doc, index, -1)
    if before is not None and before.casefold() in _LONE_AND:
        above = _near(doc, index, -1)
        return "By" if above is not None and _byline_above(doc, above) else None
    return before if before is not None and _LONE_LEAD.match(before) else None


def _name_after(
    doc: Document, index: int, lead: str, agencies: AgencyTable | None
) -> Parsed | None:
    """The byline that the lead word alone on line ``index`` makes with the next block."""
    following = _neighbour(doc, index, 1)
    if following is None:
        return None
    return parse_byline(f"{lead} {following}", agencies)


def name_line(
    doc: Document,
    index: int,
    agencies: AgencyTable | None = None,
    *,
    under_headline: bool = False,
    day_first: bool = False,
) -> Parsed | None:
    r"""The authors a bare personal name on line ``index`` of ``doc`` gives, if it gives any.

    It does when the line says the name is a writer's: the person's social handle or e-mail
    address follows the name ("Jane Doe @janedoe"), or a link to the person's other articles
    ("Jane Doe View More Articles"). It does too when the line before or after it (a blank
    line between at most, a "Follow" button skipped) stamps the article: a date line or a
    metadata line with a date, or the writers' addresses alone; and, for a name right
    ``under_headline``, a time of day ("Monday 5:30PM") or a reading time ("5 min read"),
    which teasers of other stories carry too. The name may have the site's name or the job
    after a comma ("Ana Lima, hafenbote.de", see :func:`_name_and_site`). A name alone
    anywhere else may be anyone's: a caption's, a teaser's. The name must look more like one
    than a byline's needs to: not in capitals throughout (a button, a heading), no function
    word ("Leave a Comment") and no word of page furniture
    (:data:`~newsparse.vocab.bylines.NOT_NAME_WORDS`). Two or three such names joined by "and"
    or commas are as many authors.

    >>> doc = Document.from_text("Jane Doe\nNov 19, 2019\n\nIt rained.\n\nMill Lane\n\nIt did.")
    >>> name_line(doc, 0).authors[0].name, name_line(doc, 5)
    ('Jane Doe', None)
    """
    text = unbulleted(doc.lines[index].content)
    if len(text) > _MAX_NAME_LINE or not text[:1].isupper():
        return None  # a name starts with a capital
    handle = _NAME_AND_HANDLE.match(text) if "@" in text else None
    if handle is not None:
        names_text, signed = handle["name"].strip(), True
    else:
        names_text = text
        if "@" in text:
            names_text = _LOOSE_SEPARATORS.sub("", _HANDLE.sub("", text)).strip(" ,")
        linked = None
        last = names_text.rsplit(None, 1)[-1:]
        if last and last[0].casefold() in _AUTHOR_LINK_ENDS:
            linked = _AUTHOR_LINK.search(names_text)
        if linked is not None:
            names_text = names_text[: linked.start()].rstrip(" ,|/·•–—-")
        signed = linked is not None or names_text != text
    names, role = _bare_names(names_text, agencies)
    agency = None
    if names is None and under_headline:
        names, role, agency = _name_and_title(names_text, agencies)
        signed = names is not None
    elif names is None:
        names, agency = _name_and_agency(names_text, agencies)
    if names is None and "," in names_text:
        names, role, agency = _name_and_site(names_text, agencies)
    if names is None:
        return None
    if not signed and not any(
        _stamps(neighbour, names_text, timed=under_headline, day_first=day_first)
        for neighbour in (_neighbour(doc, index, -1, raw=True), _after_name(doc, index))
    ):
        return None
    authors = tuple(Author(name=tidy_name(name), text=name, role=role) for name in names)
    return Parsed(authors, agency)


def _bare_names(
    text: str, agencies: AgencyTable | None
) -> tuple[tuple[str, ...] | None, str | None]:
    """The names a bare name line holds, and the job before a single name ("Gastautorin ...")."""
    job = _job_before_name(text)
    if job is not None and _alone(job.text, agencies):
        return (job.text,), job.role
    return names_alone(text, agencies), None


def _name_and_title(
    text: str, agencies: AgencyTable | None
) -> tuple[tuple[str, ...] | None, str | None, str | None]:
    """A name alone, then a job title of role words only or an agency: "Ana Lima Senior Editor".

    Returns the name, the title and the agency's name.
    """
    table = agencies or AgencyTable.default()
    titled = _name_then_role(text, table)
    if titled is None or not looks_like_a_name_alone(titled[0]):
        return None, None, None
    name, role = titled
    if (credited := table.find(role)) is not None:
        return (name,), None, credited.name
    words = role.split()
    if len(words) > _MAX_TITLE_WORDS or any(word.casefold() not in ROLE_WORDS for word in words):
        return None, None, None
    return (name,), role, None


_MIN_NAME_AND_AGENCY: Final = 3


def _name_and_agency(
    text: str, agencies: AgencyTable | None
) -> tuple[tuple[str, ...] | None, str | None]:
    """A name alone, then an agency's name: "Tom Ode Associated Press"."""
    words = text.split()
    if len(words) < _MIN_NAME_AND_AGENCY or not words[-1][:1].isupper():
        return None, None
    table = agencies or AgencyTable.default()
    for size in (1, 2, 3):
        if len(words) > size + 1 and (credited := table.find(" ".join(words[-size:]))):
            name = " ".join(words[:-size])
            return ((name,), credited.name) if _alone(name, agencies) else (None, None)
    return None, None


def _name_and_site(
    text: str, agencies: AgencyTable | None
) -> tuple[tuple[str, ...] | None, str | None, str | None]:
    """A name alone, a comma, then the site's or an agency's name: "Ana Lima, Hafenbote".

    The part after the comma has at most :data:`_MAX_SITE_WORDS` words and no digit, and reads
    as a site's name, not a place's: an agency, a word in small letters or with a dot
    ("hafenbote", "nj.com"), an article first ("The Courier") or a masthead's word last
    ("Valley News"); or it is a job ("Auto Writer"). Returns the name, the site's name as
    the role and the agency's name.
    """
    name, _, site = text.rpartition(",")
    name, site = name.strip(), site.strip()
    if not site or len(site.split()) > _MAX_SITE_WORDS or _DIGIT.search(site) is not None:
        return None, None, None
    if not _alone(name, agencies):
        return None, None, None
    credited = (agencies or AgencyTable.default()).find(site)
    if credited is not None:
        return (name,), None, credited.name
    words = site.casefold().split()
    if not (
        site[:1].islower()  # "hafenbote", "nj.com"
        or "." in site
        or words[0] in _SITE_ARTICLES  # "The Porthaven Courier"
        or words[-1] in MASTHEAD_WORDS  # "Valley News"
        or any(word in JOB_WORDS for word in words)  # "Auto Writer": a job, not a site
    ):
        return None, None, None  # "Gull Rock, Porthaven": a place and its region
    return (name,), site, None


#: Articles that open a newspaper's name ("The Courier", "Die Zeit", "Le Monde").
_SITE_ARTICLES: Final = frozenset({"the", "die", "der", "das", "le", "la", "les", "el", "il", "lo"})
#: At most this many words in a site's name after a bare name and a comma.
_MAX_SITE_WORDS: Final = 3
#: At most this many words in a job title after a bare name ("Senior Contributing Editor").
_MAX_TITLE_WORDS: Final = 4


def names_alone(text: str, agencies: AgencyTable | None = None) -> tuple[str, ...] | None:
    """The personal names a line holds alone: one, or up to three joined by "and" or commas.

    Each must look like a name alone (:func:`looks_like_a_name_alone`) and be no agency.

    >>> names_alone("Ana Lima et Jean Salou"), names_alone("Marks & Spencer")
    (('Ana Lima', 'Jean Salou'), None)
    """
    if _alone(text, agencies):
        return (text,)
    if text.count(" ") >= _MAX_NAMES_ALONE * 5:
        return None
    pieces = [piece for piece in _PEOPLE_SPLIT.split(text) if piece]
    if 2 <= len(pieces) <= _MAX_NAMES_ALONE and all(_alone(piece, agencies) for piece in pieces):
        return tuple(pieces)
    return None


def _alone(text: str, agencies: AgencyTable | None) -> bool:
    return looks_like_a_name_alone(text) and (agencies is None or agencies.find(text) is None)


#: At most this many names on a line without "By" before them.
_MAX_NAMES_ALONE: Final = 3


def _after_name(doc: Document, index: int) -> str | None:
    """The next non-blank line after a name, past a "Follow" button or a dash under it."""
    following = _near(doc, index, 1)
    if following is not None and (
        _FOLLOW.match(content := doc.lines[following].content) or _LONE_MARK.match(content)
    ):
        following = _near(doc, following, 1)
    return None if following is None else unmarked(doc.lines[following].content)


# A dash or a dot alone on its line between the name and the date.
_LONE_MARK: Final = regex.compile(r"[|/•·–—-]\Z")


def _stamps(text: str | None, name: str, *, timed: bool, day_first: bool = False) -> bool:
    """Whether a line next to a bare name stamps it as the article's writer.

    A date line or metadata line with a date does (not one that repeats the "name": that was
    a title, "Opening Bell" over "Opening Bell 11.18.19"), and so does a line of e-mail
    addresses; if ``timed``, a time of day or a reading time does too.
    """
    if text is None:
        return False
    if _DIGIT.search(text) is not None:
        if timed and (_CLOCK.match(text) or _READING_TIME.match(text)):
            return True
        return not text.startswith(name) and _is_dated(text, day_first=day_first)
    return bool(text) and not _LOOSE_SEPARATORS.sub("", _HANDLE.sub("", text)).strip(" ,;")


def looks_like_a_name_alone(text: str) -> bool:
    """Whether ``text``, with no "By" before it, looks enough like a personal name to be one.

    It must be a personal name (:func:`is_personal_name`) not in capitals throughout, with no
    function word and no word of page furniture.

    >>> looks_like_a_name_alone("Ana Lima"), looks_like_a_name_alone("Leave a Comment")
    (True, False)
    """
    if not is_personal_name(text) or text.isupper() or starts_with_lead(text):
        return False
    for word in text.casefold().split():
        if word in NOT_NAME_WORDS or (word in STOPWORDS and word not in PARTICLES):
            return False
    return True


def _words(words: Iterable[str]) -> str:
    return "|".join(
        regex.escape(word).replace(r"\ ", r"\s+") for word in sorted(words, key=len, reverse=True)
    )


# A time of day, maybe after a weekday or "Yesterday": "Monday 5:30PM", "Heute, 10:15 Uhr".
_CLOCK: Final = regex.compile(
    rf"\A(?:(?:{_words(WEEKDAYS | RELATIVE_DAYS)})\.?,?\s*)?(?:(?:at|um|à|a\s+las|alle|às)\s+)?"
    r"(?:[01]?\d|2[0-3])[:.h][0-5]\d\s*(?:[ap]\.?\s?m\.?|uhr|h)?(?:\s+\p{Lu}{2,5})?\Z",
    regex.IGNORECASE,
)
# A reading time: "5 min read", "Lesezeit: 3 Min.", "3 min de lecture", "1-MIN READ".
_MINUTES: Final = r"\d{1,3}\s*-?\s*min(?:ute[ns]?|uto?s|uti)?\.?"
_READING_TIME: Final = regex.compile(
    rf"\A(?:(?:{_words(READING_TIME_WORDS)})\s*:?\s*{_MINUTES}"
    rf"|{_MINUTES}\s+(?:{_words(READING_TIME_WORDS)}))\Z",
    regex.IGNORECASE,
)


def is_reading_time(text: str) -> bool:
    """Whether a line gives only the reading time ("5 min read", "Tempo di lettura: 7 minuti").

    >>> is_reading_time("Lesezeit: 4 Minuten"), is_reading_time("Four minutes to midnight")
    (True, False)
    """
    return _READING_TIME.match(text.strip()) is not None


# A follow button under an author's name.
_FOLLOW: Final = regex.compile(rf"\A(?:{_words(FOLLOW_WORDS)})\Z", regex.IGNORECASE)
# A link to the author's other articles after the name: "Ana Lima View More Articles".
_AUTHOR_LINK_ENDS: Final = frozenset(link.rsplit(None, 1)[-1] for link in AUTHOR_LINKS)
#: A line longer than this is no name alone (with a handle or a link after it).
_MAX_NAME_LINE: Final = 120
_AUTHOR_LINK: Final = regex.compile(
    rf"(?:\s+|\s*[|·•–—-]\s*)(?:{_words(AUTHOR_LINKS)})\s*[»›>→]?\Z", regex.IGNORECASE
)


def _is_dated(text: str | None, *, day_first: bool = False) -> bool:
    if text is None or _DIGIT.search(text) is None:
        return False
    return (
        parse_date_line(text, day_first=day_first) is not None
        or dates_in_line(text, day_first=day_first) is not None
    )


# The heading of an author box: "Written by", "Über den Autor:"; or a date line that ends
# with the lead word, the name on the next line ("Written on Apr 22 by").
_BOX_HEADING: Final = regex.compile(
    rf"(?:[*•·–-]\s+)?(?:(?:{_words(AUTHOR_BOX_HEADINGS)})\s*:?"
    r"|(?:written|posted|published|geschrieben|veröffentlicht|publié|publicado|pubblicato)"
    r"\s+(?:on|am|le|el|em|il)\s+.{3,30}?\s+(?:by|von|par|por|da)\s*:?)",
    regex.IGNORECASE,
)
# The heading of an author box, and maybe the names after it on the same line.
_BOX_LINE: Final = regex.compile(
    rf"(?:{_BOX_HEADING.pattern})(?:\s+(?P<names>\S.*))?", regex.IGNORECASE
)
#: A line longer than this is no author box's heading.
_MAX_BOX_HEADING: Final = 64
#: How many lines after the story an author box is looked for in.
AUTHOR_BOX_REACH: Final = 120


def author_box(text: str, start: int = 0, end: int = 0) -> tuple[Parsed, int, int] | None:
    r"""The authors a box about them names after offset ``start`` of ``text``, if one does.

    That is a heading such as "Written by", "About the author" or "Ein Beitrag von:" alone on
    its line (or a date line ending with the lead word, "Written on Apr 22 by"), and on the
    next line (two blank lines between at most) personal names alone; or such a heading and
    the names on one line ("Written by Ana Lima"). Looked for up to offset
    ``end`` (the end of the story) and :data:`AUTHOR_BOX_REACH` lines past it; returns the
    byline and the offsets of the box.

    >>> parsed, start, end = author_box("It rained.\n\nWritten by\n\nAna Lima\n\nShe writes.\n")
    >>> [author.name for author in parsed.authors], start, end
    (['Ana Lima'], 12, 32)
    """
    stop = _reach_end(text, max(start, end))
    lines = text[start:stop].split("\n")
    for index, line in enumerate(lines):
        if len(line) > _MAX_NAME_LINE or (found := _BOX_LINE.fullmatch(line.strip())) is None:
            continue
        if found["names"] is not None:  # "Written by Ana Lima" on one line
            names, role = _box_names(found["names"])
            if names is None:
                continue
            offset = start + sum(len(before) + 1 for before in lines[:index])
            heading = offset + len(line) - len(line.lstrip())
            authors = tuple(Author(name=tidy_name(name), text=name, role=role) for name in names)
            return Parsed(authors, None), heading, offset + len(line.rstrip())
        if len(line) > _MAX_BOX_HEADING:
            continue
        for following in range(index + 1, min(index + 2 + _BLANKS_UNDER_HEADING, len(lines))):
            content = lines[following].strip()
            if not content:
                continue
            names, role = _box_names(content)
            if names is None:
                break
            offset = start + sum(len(before) + 1 for before in lines[:index])
            heading = offset + len(line) - len(line.lstrip())
            end_of_name = offset + sum(len(inner) + 1 for inner in lines[index:following])
            authors = tuple(Author(name=tidy_name(name), text=name, role=role) for name in names)
            return Parsed(authors, None), heading, end_of_name + len(lines[following].rstrip())
    return None


def _box_names(content: str) -> tuple[tuple[str, ...] | None, str | None]:
    """The names alone on the line under an author box's heading, and a role in brackets.

    >>> _box_names("Ana Lima (Redakteurin)"), _box_names("Ana Lima and Tom Ode")
    ((('Ana Lima',), 'Redakteurin'), (('Ana Lima', 'Tom Ode'), None))
    """
    if len(content) > _MAX_NAME_LINE:
        return None, None
    content = unbulleted(content)
    bracketed = _ROLE_IN_BRACKETS.fullmatch(content) if content.endswith(")") else None
    if bracketed is not None and not _takes_pictures(bracketed["role"]):
        return names_alone(bracketed["name"]), bracketed["role"]
    return names_alone(content), None


#: Blank lines that may stand between an author box's heading and the name.
_BLANKS_UNDER_HEADING: Final = 2


def _reach_end(text: str, end: int) -> int:
    """The offset :data:`AUTHOR_BOX_REACH` line breaks past ``end`` (or the end of ``text``)."""
    stop = end
    for _ in range(AUTHOR_BOX_REACH):
        stop = text.find("\n", stop + 1)
        if stop < 0:
            return len(text)
    return stop


def author_bio(text: str, start: int = 0, end: int = 0) -> tuple[Parsed, int, int] | None:
    r"""The writer a line about them names, from offset ``start`` of ``text`` on.

    Pages close the story with a line on who wrote it: a personal name, maybe the person's
    handle in brackets, then "is a" and a writer's job within a few words ("Ana Lima is a senior
    reporter for the Gazette", "Ana Lima ist Redakteurin", "Ana Lima est journaliste"). Looked
    for from ``start`` (the last paragraph of the story) up to offset ``end`` and
    :data:`AUTHOR_BOX_REACH` lines past it; returns the byline and the offsets of the name.

    >>> parsed, start, end = author_bio("It rained.\n\nAna Lima is a reporter at the Post.\n")
    >>> [author.name for author in parsed.authors], start, end
    (['Ana Lima'], 12, 20)
    >>> author_bio("Ana Lima is a nurse in Lisbon, who saw it.\n") is None
    True
    """
    stop = _reach_end(text, max(start, end))
    offset = start
    for line in text[start:stop].split("\n"):
        found = _BIO.match(line) if line[:1].isupper() or line[:1].isspace() else None
        if found is not None and looks_like_a_name_alone(name := found["name"]):
            words = _ROLE_TOKEN.findall(found["job"].casefold())[:_BIO_JOB_REACH]
            if any(word in JOB_WORDS for word in words):
                author = Author(name=tidy_name(name), text=name)
                return (
                    Parsed((author,), None),
                    offset + found.start("name"),
                    offset + found.end("name"),
                )
        offset += len(line) + 1
    return None


# A line that opens with a name (maybe a handle in brackets after it), then "is a", and what
# the person does: "Ana Lima (@alima) is a senior reporter ...".
_BIO: Final = regex.compile(
    r"[ \t]*(?P<name>\p{Lu}[^\s()@,.;:]*(?:[ \t]+[^\s()@,;:]+){1,3}?)"
    r"(?:[ \t]*\(@\w+\))?[ \t]+(?:is|ist|est|es|è|é)[ \t]+"
    r"(?:(?:a|an|ein|eine|un|une|uno|una|um|uma)[ \t]+)?(?P<job>[^\n]{1,80})"
)
#: The writer's job stands within this many words after "is a".
_BIO_JOB_REACH: Final = 4


def render(authors: tuple[Author, ...], agency: str | None = None) -> str:
    """Write a byline: ``By A``, ``By A and B``, ``By A, B and C``, then ``| Agency``.

    >>> render((Author(name="Jane Doe", text="Jane Doe"),), "Reuters")
    'By Jane Doe | Reuters'
    """
    names = [author.text for author in authors]
    people = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return f"By {people}" + (f" | {agency}" if agency else "")


DETECTOR: Final = Detector(NAME, detect, interrupts_paragraph=True)
