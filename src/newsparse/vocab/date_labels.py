"""Words that label a date as the publication or the update time, per language.

Each entry is a ``regex`` fragment (verbose, case-insensitive). A date with a *modified* label
before it is the update time; one with a *published* label, or none, the publication time.
"""

from __future__ import annotations

from typing import Final

MODIFIED: Final[tuple[str, ...]] = (
    r"(?:last\ )?(?:updated|modified|edited|revised)(?:\ on|\ at)?",
    r"(?:zuletzt\ )?(?:aktualisiert|geändert)(?:\ am|\ um)?",
    r"stand",
    r"mis\ à\ jour(?:\ le)?",
    r"actualizado(?:\ el)?|actualización",
    r"aggiornato(?:\ il|\ al)?",
    r"atualizado(?:\ em)?|atualização",
    r"bijgewerkt(?:\ op)?",
)

PUBLISHED: Final[tuple[str, ...]] = (
    r"(?:first\ )?(?:published|posted|released|created|written)(?:\ on|\ at)?",
    r"date|dated|on",
    r"veröffentlicht(?:\ am)?|erschienen(?:\ am)?|erstellt(?:\ am)?|datum|vom|am",
    r"publié(?:\ le)?|le",
    r"publicado(?:\ el|\ em)?|fecha|el",
    r"pubblicato(?:\ il)?|data|il",
    r"gepubliceerd(?:\ op)?|geplaatst(?:\ op)?|op",
)
