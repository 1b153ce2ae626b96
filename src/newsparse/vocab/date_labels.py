"""Words that label a date as the publication or the update time, per language.

Each entry is a ``regex`` fragment (verbose, case-insensitive). A date with a *modified* label
before it is the update time; one with a *published* label, or none, the publication time.
"""

from __future__ import annotations

from typing import Final

MODIFIED: Final[tuple[str, ...]] = (
    r"(?:last\ )?(?:updated|modified|edited|revised)(?:\ on|\ at)?|last\ update",
    r"(?:zuletzt\ )?(?:aktualisiert|geändert)(?:\ am|\ um)?",
    r"(?:letzte\ )?(?:aktualisierung|änderung)",
    r"stand",
    r"mis\ à\ jour(?:\ le)?",
    r"actualizad[oa](?:\ el|\ a)?|actualización",
    r"aggiornat[oa](?:\ il|\ al)?",
    r"atualizad[oa](?:\ em)?|atualização",
    r"bijgewerkt(?:\ op)?",
)

PUBLISHED: Final[tuple[str, ...]] = (
    r"(?:first\ |originally\ )?(?:published|posted|released|created|written)(?:\ on|\ at)?",
    r"date|dated|on",
    r"veröffentlicht(?:\ am)?|publiziert(?:\ am)?|erschienen(?:\ am)?|erstellt(?:\ am)?",
    r"datum|vom|am",
    r"publié(?:\ le)?|mis\ en\ ligne(?:\ le)?|paru(?:\ le)?|le",
    r"publicad[oa](?:\ el|\ em|\ a)?|fecha|el",
    r"pubblicat[oa](?:\ il)?|data|il",
    r"gepubliceerd(?:\ op)?|geplaatst(?:\ op)?|op",
)
