"""Time-zone abbreviations news pages print after a time, and what they mean.

A value is either an IANA zone name (for the North American "ET", "PT", ... which switch
between standard and summer time, resolved with :mod:`zoneinfo`) or a fixed offset from UTC
in minutes. Abbreviations that name different zones in different countries are mapped to the
reading most common in English-language news, and listed in ``AMBIGUOUS``.
"""

from __future__ import annotations

from typing import Final

TIMEZONES: Final[dict[str, str | int]] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 60, "IST": 330, "CET": 60, "CEST": 120,
    "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180, "EAT": 180, "WAT": 60,
    "CAT": 120, "SAST": 120, "PKT": 300, "NPT": 345, "BDT": 360, "ICT": 420, "WIB": 420,
    "HKT": 480, "SGT": 480, "PHT": 480, "AWST": 480, "JST": 540, "KST": 540,
    "ACST": 570, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780, "GST": 240,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600, "AST": -240,
    "ADT": -180, "NST": -210, "NDT": -150,
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}  # fmt: skip

#: Abbreviations read one way here that mean something else elsewhere.
AMBIGUOUS: Final[dict[str, str]] = {
    "IST": "India Standard Time here; also Irish Summer Time and Israel Standard Time",
    "CST": "US Central Standard Time here; also China Standard Time",
    "BST": "British Summer Time here; also Bangladesh Standard Time",
    "GST": "Gulf Standard Time here; also South Georgia Time",
    "AST": "Atlantic Standard Time here; also Arabia Standard Time",
}
