"""English month and weekday names, with the abbreviations news sites print."""

from __future__ import annotations

from typing import Final

#: Month number for each spelling, lower case, without a trailing full stop.
MONTHS: Final[dict[str, int]] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

#: Weekday spellings (they carry no information the date does not, but must be recognised).
WEEKDAYS: Final[tuple[str, ...]] = (
    "monday", "mon", "tuesday", "tues", "tue", "wednesday", "wed", "thursday", "thurs", "thur",
    "thu", "friday", "fri", "saturday", "sat", "sunday", "sun",
)  # fmt: skip

#: The spellings of each month that :func:`newsparse.dates.format_date` writes.
MONTH_NAMES: Final[tuple[str, ...]] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
MONTH_ABBREVIATIONS: Final[tuple[str, ...]] = tuple(name[:3] for name in MONTH_NAMES)
WEEKDAY_ABBREVIATIONS: Final[tuple[str, ...]] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
