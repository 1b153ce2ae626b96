"""News agencies: canonical names, the short forms datelines and bylines use, and countries.

An agency named in a byline ("Jane Doe | Reuters") or a dateline ("PARIS (AFP) -") is looked up
here; it is credited as an agency, never as an author. The table is data: pass an extended
:class:`AgencyTable` where the parse takes one, or build one with :meth:`AgencyTable.extend`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import attrs


@attrs.frozen
class Agency:
    """A news agency."""

    name: str
    """The canonical name, e.g. ``"Associated Press"``."""
    aliases: tuple[str, ...] = ()
    """Other spellings in datelines and bylines, e.g. ``("AP",)``. Matching keeps case for
    short all-capitals forms (so "AP" is not "ap") and ignores it otherwise."""
    country: str | None = None
    """ISO 3166 alpha-2 code of the agency's home country, or ``None`` for international ones."""
    distinctive: bool = True
    """Whether the name alone, inside other words, says it is this agency. "Petra" and "Nova"
    are also names of people and places: they count only where an agency is expected whole
    (a dateline's brackets, the part of a byline after "|")."""

    def spellings(self) -> tuple[str, ...]:
        """The canonical name and the aliases."""
        return (self.name, *self.aliases)


_AGENCIES: Final[tuple[Agency, ...]] = (
    Agency("Reuters", ("Reuter", "REUTERS", "REUTER", "Thomson Reuters"), "GB"),
    Agency("Associated Press", ("AP", "The Associated Press"), "US"),
    Agency("Agence France-Presse", ("AFP", "Agence France Presse"), "FR"),
    Agency("Deutsche Presse-Agentur", ("dpa", "DPA"), "DE"),
    Agency("Xinhua", ("Xinhua News Agency",), "CN"),
    Agency("Press Trust of India", ("PTI",), "IN"),
    Agency("Asian News International", ("ANI",), "IN"),
    Agency("Indo-Asian News Service", ("IANS",), "IN"),
    Agency("United News of India", ("UNI",), "IN"),
    Agency("Associated Press of Pakistan", ("APP",), "PK"),
    Agency("Pakistan Press International", ("PPI",), "PK"),
    Agency("News Network International", ("NNI",), "PK"),
    Agency("United Press International", ("UPI",), "US"),
    Agency("Bloomberg", ("Bloomberg News",), "US"),
    Agency("Kyodo", ("Kyodo News",), "JP"),
    Agency("Jiji Press", ("Jiji",), "JP"),
    Agency("Yonhap", ("Yonhap News Agency",), "KR"),
    Agency("TASS", ("ITAR-TASS",), "RU"),
    Agency("RIA Novosti", ("RIA",), "RU"),
    Agency("Interfax", (), "RU"),
    Agency("Ukrinform", (), "UA"),
    Agency("EFE", ("Agencia EFE",), "ES"),
    Agency("Europa Press", (), "ES"),
    Agency("ANSA", (), "IT"),
    Agency("Agenzia Nova", ("Nova",), "IT", distinctive=False),
    Agency("Lusa", (), "PT", distinctive=False),
    Agency("Agência Brasil", ("Agencia Brasil",), "BR"),
    Agency("Anadolu Agency", ("Anadolu", "AA"), "TR"),
    Agency("Belga", (), "BE", distinctive=False),
    Agency("ANP", (), "NL"),
    Agency("APA", ("Austria Presse Agentur",), "AT"),
    Agency("Keystone-SDA", ("SDA", "ATS"), "CH"),
    Agency("Ritzau", (), "DK"),
    Agency("NTB", (), "NO"),
    Agency("TT", ("TT Nyhetsbyrån",), "SE"),
    Agency("STT", (), "FI"),
    Agency("PAP", ("Polish Press Agency",), "PL"),
    Agency("CTK", ("ČTK",), "CZ"),
    Agency("MTI", (), "HU"),
    Agency("Agerpres", (), "RO"),
    Agency("BTA", (), "BG"),
    Agency("Hina", (), "HR", distinctive=False),
    Agency("Tanjug", (), "RS"),
    Agency("ANA-MPA", ("ANA",), "GR"),
    Agency("PA Media", ("PA", "Press Association"), "GB"),
    Agency("Canadian Press", ("CP", "The Canadian Press"), "CA"),
    Agency("Australian Associated Press", ("AAP",), "AU"),
    Agency("NZME", (), "NZ"),
    Agency("Kuwait News Agency", ("KUNA",), "KW"),
    Agency("Saudi Press Agency", ("SPA",), "SA"),
    Agency("Emirates News Agency", ("WAM",), "AE"),
    Agency("Qatar News Agency", ("QNA",), "QA"),
    Agency("Middle East News Agency", ("MENA",), "EG"),
    Agency("Islamic Republic News Agency", ("IRNA",), "IR"),
    Agency("Iranian Students' News Agency", ("ISNA",), "IR"),
    Agency("Petra", (), "JO", distinctive=False),
    Agency("Wafa", (), "PS", distinctive=False),
    Agency("National News Agency", ("NNA",), "LB"),
    Agency("SANA", (), "SY"),
    Agency("Bernama", (), "MY"),
    Agency("Antara", (), "ID", distinctive=False),
    Agency("Philippine News Agency", ("PNA",), "PH"),
    Agency("Vietnam News Agency", ("VNA",), "VN"),
    Agency("Thai News Agency", ("TNA",), "TH"),
    Agency("Central News Agency", ("CNA",), "TW"),
    Agency("China News Service", ("CNS",), "CN"),
    Agency("Korean Central News Agency", ("KCNA",), "KP"),
    Agency("Bangladesh Sangbad Sangstha", ("BSS",), "BD"),
    Agency("United News of Bangladesh", ("UNB",), "BD"),
    Agency("Rastriya Samachar Samiti", ("RSS",), "NP"),
    Agency("News Agency of Nigeria", ("NAN",), "NG"),
    Agency("Kenya News Agency", ("KNA",), "KE"),
    Agency("South African Press Association", ("SAPA",), "ZA"),
    Agency("Maghreb Arabe Presse", ("MAP",), "MA"),
    Agency("Algérie Presse Service", ("APS",), "DZ"),
    Agency("Tunis Afrique Presse", ("TAP",), "TN"),
    Agency("Prensa Latina", (), "CU"),
    Agency("Notimex", (), "MX"),
    Agency("Télam", ("Telam",), "AR"),
    Agency("Andina", (), "PE", distinctive=False),
)


def _as_tuple(items: Iterable[Agency]) -> tuple[Agency, ...]:
    return tuple(items)


@attrs.frozen
class AgencyTable:
    """A lookup from any spelling of an agency to the agency.

    >>> table = AgencyTable.default()
    >>> table.find("AP").name
    'Associated Press'
    >>> table.find("ap") is None  # short capitals keep their case: "ap" is not an agency
    True
    >>> table.extend([Agency("Example Wire", ("EXW",))]).find("EXW").name
    'Example Wire'
    """

    agencies: tuple[Agency, ...] = attrs.field(converter=_as_tuple)
    _exact: dict[str, Agency] = attrs.field(init=False, repr=False, eq=False)
    _folded: dict[str, Agency] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        exact: dict[str, Agency] = {}
        folded: dict[str, Agency] = {}
        for agency in self.agencies:
            for spelling in agency.spellings():
                if _is_short_form(spelling):
                    exact.setdefault(spelling, agency)
                else:
                    folded.setdefault(spelling.casefold(), agency)
        object.__setattr__(self, "_exact", exact)
        object.__setattr__(self, "_folded", folded)

    @classmethod
    def default(cls) -> AgencyTable:
        """The built-in table."""
        return _DEFAULT

    def extend(self, agencies: Iterable[Agency]) -> AgencyTable:
        """A table with ``agencies`` added; on a clash of spellings the new ones win."""
        return AgencyTable((*agencies, *self.agencies))

    def find(self, text: str) -> Agency | None:
        """The agency spelled ``text`` (surrounding space and a leading "The" ignored)."""
        text = " ".join(text.split())
        found = self._exact.get(text) or self._folded.get(text.casefold())
        if found is None and text[:4].casefold() == "the ":
            return self.find(text[4:])
        return found


def _is_short_form(spelling: str) -> bool:
    return len(spelling) <= 5 and spelling.upper() == spelling


_DEFAULT: Final = AgencyTable(_AGENCIES)
