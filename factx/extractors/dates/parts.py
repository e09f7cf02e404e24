"""A match's named groups read into typed Parts: "Feb." is the month 2, "early" the mod START,
"three" the amount 3.0, "Tuesday nights" the weekday 2 with the part of day NI.

A group is named after the part it fills (date_rules.toml); a part captured in two branches of
one pattern takes a suffix (``relation_2``). Every group has a reader here; a rule whose group has
none fails when the rules load, not silently at run time.
"""

from __future__ import annotations

import re
from typing import Callable

from .. import numbers
from .model import Parts
from .words import (
    AMOUNT_MODS,
    CLOCK_WORDS,
    DECADE_WORDS,
    EDGES,
    HOLIDAYS,
    MONTHS,
    PARTS_OF_DAY,
    REFERENCES,
    RELATION_WORDS,
    SEASONS,
    SET_WORDS,
    SHIFTS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    YEAR_SHIFTS,
    ZONES,
    ordinal_value,
    spaced,
    unit_name,
)

_SUFFIX = re.compile(r"_\d+$")
FIELDS = {"amount": "amount_words", "amount2": "amount2_words", "clock_offset_to": "clock_offset", "clock_dir_to": "clock_dir"}  # a part kept as written, its value read when asked (Parts.amount)


def _month(text: str) -> int:
    return int(text) if text.isdecimal() else MONTHS[text.lower().rstrip(".")]


def _hour(text: str) -> int:
    return int(text) if text.isdecimal() else int(numbers.parse_number(text.lower()))


def _offset(text: str) -> int:
    """The minutes before or after an hour: "a quarter" 15, "half" 30, "ten" 10, "20" 20."""
    words = spaced(text)
    if words.endswith("quarter"):
        return 15
    if words == "half":
        return 30
    return int(words) if words.isdecimal() else int(numbers.parse_number(words.replace("-", " ")))


def _weekday(text: str) -> int:
    """ "Friday", "friday", "Fri", "Wed.": its ISO number."""
    word = text.lower().rstrip(".")
    return WEEKDAYS[word] if word in WEEKDAYS else WEEKDAY_ABBREVIATIONS[word]


def _minute(text: str) -> int:
    """ "05", "thirty", "forty-five", "oh five"."""
    if text.isdecimal():
        return int(text)
    words = spaced(text).replace("-", " ").replace("oh ", "")
    return int(numbers.parse_number(words))


def _holiday(text: str) -> str:
    return HOLIDAYS[spaced(text)].name  # a name the table does not know is a KeyError, not Easter


def _edge(text: str) -> str:
    words = spaced(text)
    return EDGES[words] if words in EDGES else SHIFTS[words]


def _relation(text: str) -> str:
    """ "this coming" is "next", "this past" "last": one spelling for the resolvers."""
    words = spaced(text)
    return RELATION_WORDS.get(words, words)


def _flag(text: str) -> bool:
    return True


def _own(table: dict) -> Callable[[str], object]:
    return lambda text: table[text.lower()]


def spelled_year(text: str) -> int:
    """ "nineteen ninety-six" 1996, "nineteen oh five" 1905, "nineteen hundred", "two thousand and one",
    "twenty ten" 2010."""
    words = text.lower()
    if words.startswith("twenty"):  # "twenty ten", "twenty twenty-one"
        rest = re.split(r"[\s-]+", words, maxsplit=1)[1]
        return 2000 + int(numbers.parse_number(" ".join(rest.replace("-", " ").split())))
    if words.startswith("two"):
        return int(numbers.parse_number(" ".join(words.split())))
    rest = re.split(r"[\s-]+", words, maxsplit=1)[1]
    if rest == "hundred":
        return 1900
    return 1900 + int(numbers.parse_number(" ".join(rest.replace("oh", " ").replace("-", " ").split())))


READERS: dict[str, Callable[[str], object]] = {
    "month": _month, "month2": _month, "day": int, "day2": int, "year": str, "year2": str, "year_before": str,
    "year_shift": _own(YEAR_SHIFTS), "weekday": _weekday, "weekday2": _weekday, "season": _own(SEASONS), "holiday": _holiday,
    "ordinal": ordinal_value, "decade": str, "spelled_decade": _own(DECADE_WORDS), "spelled_year": spelled_year,
    "day_word": str.lower, "part_of_day": _own(PARTS_OF_DAY), "clock_part": _own(PARTS_OF_DAY),
    "hour": _hour, "minute": _minute, "meridiem": str.lower, "hour24": int, "minute24": int, "second": int,
    "clock_offset": _offset, "clock_dir": spaced, "clock_offset_to": _offset, "clock_dir_to": spaced,
    "named_hour": _own(CLOCK_WORDS), "zone": _own(ZONES),
    "relation": _relation, "phrase": spaced, "direction": spaced, "shift": _edge, "edge": _edge,
    "amount": spaced, "amount2": spaced, "unit2": unit_name, "amount_mod": lambda text: AMOUNT_MODS.get(spaced(text)), "unit": unit_name,
    "reference": lambda text: REFERENCES[spaced(text)], "set_value": _own(SET_WORDS),
    **dict.fromkeys(("last_ordinal", "day_unit", "every", "plural", "plural_weekday", "fiscal", "year_ago", "leading", "and_a_half", "age"), _flag),
}


def part_of(group: str) -> str:
    """The part a group fills: its name, less a branch suffix ("relation_2")."""
    return _SUFFIX.sub("", group)


def readers_for(pattern: re.Pattern) -> tuple[tuple[str, str, Callable[[str], object]], ...]:
    """(group, field, reader) for every named group of a compiled pattern; a KeyError names a group
    no reader knows."""
    found = []
    for group in pattern.groupindex:
        part = part_of(group)
        if part not in READERS:
            raise KeyError(f"no reader for the group {group!r} of a date rule")
        found.append((group, FIELDS.get(part, part), READERS[part]))
    return tuple(found)


def read_parts(match: re.Match, end: int, readers) -> Parts:
    """The typed parts of a match; `end` is where the expression ends without trailing punctuation."""
    parts = Parts(match.group(0), match.start(), end)
    for group, field, reader in readers:
        text = match.group(group)
        if text is not None:
            setattr(parts, field, reader(text))
    return parts
