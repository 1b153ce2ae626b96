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

from typing import Final

import attrs
import regex

from newsparse import labels
from newsparse.chain import Cursor, Detection, Detector
from newsparse.models import Author
from newsparse.vocab.agencies import AgencyTable
from newsparse.vocab.bylines import LEAD_WORDS, PARTICLES, ROLE_WORDS

NAME: Final = "byline"
_MAX_LENGTH: Final = 160
_MAX_PEOPLE: Final = 6

_LEAD: Final = regex.compile(
    r"\A(?:" + "|".join(w.replace(" ", r"\s+") for w in LEAD_WORDS) + r")(?:\s*:\s*|\s+)",
    regex.IGNORECASE,
)
# A name word: capitalised (or all capitals), maybe hyphenated or with an apostrophe, or an
# initial such as "E." or "J.R.".
_NAME_WORD: Final = regex.compile(
    r"\A(?:\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:['’-]\p{Lu}?[\p{Ll}\p{Lu}\p{M}]+)*\.?"
    r"|(?:\p{Lu}\.){1,3}|Mc\p{Lu}\p{Ll}+|O['’]\p{Lu}\p{Ll}+)\Z"
)
_AFFILIATION_SPLIT: Final = regex.compile(r"\s+(?:\||/|—|–|-)\s+|\s*\|\s*")
# "and" between names, in the languages newsparse reads.
_AND: Final = "and|&|und|et|y|e|en"
_PEOPLE_SPLIT: Final = regex.compile(
    rf"\s*,\s*(?:(?:{_AND})\s+)?|\s+(?:{_AND})\s+", regex.IGNORECASE
)
# "Ana Lima in Lisbon": a name, then where the person filed from.
_NAME_IN_PLACE: Final = regex.compile(
    r"(?P<name>.+?)\s+(?P<place>in\s+\p{Lu}[\p{L}\p{M}.'’ -]{1,40})"
)
_ROLE_TOKEN: Final = regex.compile(r"[\p{L}\p{M}]+")
# Social handles and e-mail addresses that sites print beside the name.
_HANDLE: Final = regex.compile(r"\s*(?:@\w[\w.]*|\S+@\S+\.\w+)")


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
    >>> parse_byline("By the end of the year, prices had doubled.") is None
    True
    """
    if len(text) > _MAX_LENGTH:
        return None
    lead = _LEAD.match(text)
    if lead is None and _AFFILIATION_SPLIT.search(text) is None:
        return None
    text = _HANDLE.sub("", text).strip()
    table = agencies or AgencyTable.default()
    rest = text[lead.end() :] if lead else text
    parts = _AFFILIATION_SPLIT.split(rest.strip(), maxsplit=1)
    people_text = parts[0]
    affiliation = parts[1].strip() if len(parts) > 1 else None
    agency = None
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
    pieces = [piece for piece in _PEOPLE_SPLIT.split(text.strip().rstrip(".")) if piece]
    authors: list[Author] = []
    agency = None
    for piece in pieces:
        found = table.find(piece)
        if found is not None and authors:
            agency = found.name
        elif _is_name(piece):
            authors.append(Author(name=tidy_name(piece), text=piece))
        elif (located := _NAME_IN_PLACE.fullmatch(piece)) and _is_name(located["name"]):
            name = located["name"]
            authors.append(Author(name=tidy_name(name), text=name, role=located["place"]))
        elif authors and _is_role(piece):
            last = authors[-1]
            role = piece if last.role is None else f"{last.role}, {piece}"
            authors[-1] = attrs.evolve(last, role=role)
        elif (titled := _name_then_role(piece)) is not None:
            name, role = titled
            authors.append(Author(name=tidy_name(name), text=name, role=role))
        else:
            return None
    if not authors or len(authors) > _MAX_PEOPLE:
        return None
    return tuple(authors), agency


def _name_then_role(text: str) -> tuple[str, str] | None:
    """Split "Meg James Staff Writer" into the name and the role that follows it unmarked."""
    words = text.split()
    for cut in range(2, min(len(words), 5) + 1):
        name, role = " ".join(words[:cut]), " ".join(words[cut:])
        if role and _is_name(name) and words[cut].casefold() in ROLE_WORDS and _is_role(role):
            return name, role
    return None


def _is_name(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    if not (_NAME_WORD.match(words[0]) and _NAME_WORD.match(words[-1])):
        return False
    if any(word.casefold() in ROLE_WORDS for word in words if word.casefold() not in PARTICLES):
        return False
    return all(_NAME_WORD.match(word) or word.casefold() in PARTICLES for word in words)


def is_personal_name(text: str) -> bool:
    """Whether ``text`` is a person's name alone: two to four capitalised words, no role words.

    >>> is_personal_name("Chris Davies"), is_personal_name("Tech News"), is_personal_name("Reuters")
    (True, False, False)
    """
    words = text.split()
    return 2 <= len(words) <= 4 and _is_name(text) and AgencyTable.default().find(text) is None


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
    """
    words = text.split()
    letters = [char for char in text if char.isalpha()]
    if not letters or not all(char.isupper() for char in letters):
        return " ".join(words)
    return " ".join(_title_word(word) for word in words)


def _title_word(word: str) -> str:
    if word.casefold() in PARTICLES:
        return word.lower()
    if len(word.rstrip(".")) <= 1 or regex.fullmatch(r"(?:\p{L}\.)+", word):
        return word
    titled = regex.sub(r"(\p{L})(\p{L}*)", lambda m: m.group(1).upper() + m.group(2).lower(), word)
    return regex.sub(r"\bMc(\p{Ll})", lambda m: "Mc" + m.group(1).upper(), titled)


_LONE_LEAD: Final = regex.compile(
    r"\A(?:" + "|".join(w.replace(" ", r"\s+") for w in LEAD_WORDS) + r")\s*:?\Z",
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
    """Claim the current line if it is a byline (or "By" and, on the next line, the name)."""
    line = cursor.current
    if not cursor.at_line_start or len(line.content) > _MAX_LENGTH:
        return None
    if _LONE_LEAD.match(line.content) and line.index + 1 < cursor.block_end:
        following = cursor.doc.lines[line.index + 1]
        parsed = parse_byline(f"{line.content} {following.content}", agencies)
        if parsed is not None:
            return Detection(labels.BYLINE, following.content_end, "byline over two lines", parsed)
        return None
    parsed = parse_byline(line.content, agencies)
    if parsed is None:
        return None
    return Detection(labels.BYLINE, line.content_end, "byline", parsed)


def render(authors: tuple[Author, ...], agency: str | None = None) -> str:
    """Write a byline: ``By A``, ``By A and B``, ``By A, B and C``, then ``| Agency``.

    >>> render((Author(name="Jane Doe", text="Jane Doe"),), "Reuters")
    'By Jane Doe | Reuters'
    """
    names = [author.text for author in authors]
    people = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return f"By {people}" + (f" | {agency}" if agency else "")


DETECTOR: Final = Detector(NAME, detect, interrupts_paragraph=True)
