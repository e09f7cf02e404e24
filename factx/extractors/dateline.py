"""The wire dateline that opens a story: "MADRID, March 3, 2022 (Reuters) —", "WASHINGTON (AP) —",
or one glued to the headline scraped before it ("...FOX6Now.comMILWAUKEE -- Two men ...").

One grammar for both its uses: the place (casualty statements fall back on it for `where`) and the
date it may carry (published.py: the publication date when the input gives none). A dateline is a
place in capitals (up to four words), maybe ", Region" or ", date" (30 characters at most), maybe
"(Agency)", then a dash and a space; the date it carries stands after the place's comma, after its
dash, or right after the place ("LONDON 1996-08-30"). Only the first 600 characters are searched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

READ_CHARS = 600  # a dateline opens the story: only its first characters are read
PLACE = r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}"  # "MADRID", "WINSTON-SALEM", "ST. LOUIS"
REGION = r",[ A-Za-z0-9.,]{1,30}?"  # ", Calif.", ", N.C.", ", March 3, 2022"
AGENCY = r"\([^()\n]{1,30}\)"  # "(Reuters)", "(AP)", "(CBS4)"
DASH = r"(?:—|–|--|-)"
_DATELINE = re.compile(rf"(?<![A-Z])(?P<place>{PLACE})(?:{REGION})?(?: ?{AGENCY})? ?{DASH} ")
# What stands before a date that the dateline carries: "MADRID, ", "WASHINGTON (AP) — ", "LONDON "
_BEFORE_DATE = re.compile(rf"{PLACE}(?:{REGION})?(?:\s*{AGENCY})?\s*[,—–_-]*\s*")


@dataclass(frozen=True, slots=True)
class Dateline:
    """The first dateline of a text: where it stands and its place."""

    start: int
    end: int  # past its dash: where the story begins, or a date ("WASHINGTON (AP) — Feb. 3, 2024 —")
    place: str | None  # the place as a name ("Madrid"); None when the capitals name no place ("AP", "12")


def _place_name(capitals: str) -> str | None:
    place = capitals.strip(" .")
    if len(place) < 3 or not any(ch.isalpha() for ch in place):
        return None
    return place.title() if place.isupper() else place


def opens_dateline(before: str) -> bool:
    """Whether the words before a date on a line are a dateline's place, region and agency: the date is
    the dateline's ("MADRID, March 3, 2022 (Reuters) —", "LONDON 1996-08-30", "WASHINGTON (AP) — Feb. 3")."""
    return _BEFORE_DATE.fullmatch(before) is not None


def find_dateline(text: str) -> Dateline | None:
    """The first dateline in the first 600 characters, or None."""
    match = _DATELINE.search(text[:READ_CHARS])
    if match is None:
        return None
    return Dateline(match.start(), match.end(), _place_name(match["place"]))
