"""Abbreviations that end in a full stop without ending a sentence ("Acme Inc.", "Jr.")."""

from __future__ import annotations

from typing import Final

#: Lower case, with the full stop.
ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {"inc.", "ltd.", "co.", "corp.", "plc.", "llc.", "jr.", "sr.", "st.", "dr.", "mr.", "mrs.",
     "ms.", "prof.", "gen.", "gov.", "sen.", "rep.", "rev.", "vs.", "etc.", "no.", "vol.",
     "dept.", "mt.", "ft.", "ave.", "blvd.", "bros.", "intl.", "assn.", "univ."}
)  # fmt: skip
