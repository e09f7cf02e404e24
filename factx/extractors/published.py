"""The publication date from a date line or a wire dateline near the top of the text.

Cheap and cautious, no spaCy: only the first lines are read, and a date counts only when it
stands alone on its line (give or take a weekday, a clock time and "Updated") or is the date of
the wire dateline that opens the line (dateline.py, the one dateline reader: "MADRID, March 3,
2022 (Reuters) —", "WASHINGTON (AP) — Feb. 3, 2024 —", "LONDON 1996-08-30"). A date inside a
sentence is never taken: it may be about anything.
"""

from __future__ import annotations

import re
from datetime import date

from .dateline import opens_dateline
from .dates.words import MONTHS

HEAD_LINES = 15  # non-blank lines looked at
HEAD_CHARS = 2000

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DATES = [
    re.compile(_MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
]
# What may stand beside a date on a date line: labels, weekdays, clock times, zones, separators.
_FILLER = re.compile(
    r"(?:updated|published|posted|last\s+updated|first\s+published|date|on|at|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?|"
    r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|[A-Z]{2,4}T|GMT|UTC|"
    r"[\s,|:·•/()\-–—])*",
    re.IGNORECASE,
)
_AFTER_DATELINE_DATE = re.compile(r"\s*(?:\(|—|–|--|-|_|$)")  # the dateline goes on ("(Reuters) —") or the line ends


def _to_date(match) -> date | None:
    month = match["month"]
    month_number = int(month) if month.isdecimal() else MONTHS.get(month.lower().rstrip("."))
    try:
        return date(int(match["year"]), month_number, int(match["day"]))
    except (TypeError, ValueError):
        return None


def _line_date(line: str) -> date | None:
    for pattern in _DATES:
        match = pattern.search(line, 0, 160)
        if match is None:
            continue
        before, after = line[: match.start()], line[match.end():]
        alone = _FILLER.fullmatch(before) and _FILLER.fullmatch(after)
        if alone or (opens_dateline(before) and _AFTER_DATELINE_DATE.match(after)):
            return _to_date(match)
    return None


def find_published(text: str) -> date | None:
    """The date of a date line or wire dateline among the first lines, else None."""
    seen = 0
    for line in text[:HEAD_CHARS].splitlines():
        line = line.strip()
        if not line:
            continue
        found = _line_date(line[:300])
        if found is not None:
            return found
        seen += 1
        if seen >= HEAD_LINES:
            break
    return None
