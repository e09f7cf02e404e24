"""The one number reader: figures written in digits or words, for every stage that reads amounts.

The words come from ``lexicon/en/numbers.toml``. Reading works over lower-cased tokens, so a caller
learns where the number ends (a casualty count before its noun, a date's amount before its unit).
A hand-written reader rather than text2num or number-parser: both turn a whole string into digits,
while the stages need the token where a number stops, "dozens" as a vague low figure, and ordinals;
the grammar below is thirty lines over the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..lexicon import load

_TABLE = load("numbers")
UNITS: dict[str, int] = _TABLE["cardinals"]
TENS: dict[str, int] = _TABLE["tens"]
SCALES: dict[str, int] = _TABLE["scales"]
GROUPS: dict[str, int] = _TABLE["groups"]
VAGUE: dict[str, int] = _TABLE["vague"]
UNCOUNTED: tuple[str, ...] = tuple(_TABLE["uncounted"]["words"])
ORDINALS: dict[str, int] = {
    **_TABLE["ordinals"],
    **{f"{tens}-{unit}": TENS[tens] + n for tens in TENS for unit, n in _TABLE["ordinals"].items() if n < 10},
}
_DIGIT_ORDINAL = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")


@dataclass(slots=True, frozen=True)
class Number:
    """A figure read off a run of words: its value, the index past its last word, and whether it is
    a vague plural ("dozens": the lowest figure it can mean)."""

    value: float
    end: int
    vague: bool = False

    @property
    def whole(self) -> int:
        return int(self.value)


def digits_value(word: str) -> float | None:
    """ "2,000" -> 2000, "1.5" -> 1.5; at most nine digits, so no phone number or id is a count."""
    plain = word.replace(",", "")
    if plain.isdecimal() and len(plain) <= 9:
        return int(plain)
    if plain.count(".") == 1 and plain.replace(".", "", 1).isdecimal() and not plain.endswith("."):
        return float(plain)
    return None


def _word_value(words: Sequence[str], i: int) -> tuple[int, int] | None:
    """A number word below a hundred at words[i]: "seven", "twenty", "twenty-one", "twenty - one",
    "twenty one"; with the index after it."""
    word = words[i]
    if word in UNITS:
        return UNITS[word], i + 1
    if "-" in word:
        head, _, tail = word.partition("-")
        if head in TENS and UNITS.get(tail, 0) in range(1, 10):
            return TENS[head] + UNITS[tail], i + 1
        return None
    if word not in TENS:
        return None
    value, i = TENS[word], i + 1
    if i + 1 < len(words) and words[i] == "-" and UNITS.get(words[i + 1], 0) in range(1, 10):
        return value + UNITS[words[i + 1]], i + 2
    if i < len(words) and UNITS.get(words[i], 0) in range(1, 10):
        return value + UNITS[words[i]], i + 1
    return value, i


def _head(words: Sequence[str], i: int) -> tuple[float, int] | None:
    """The first part of a number: digits, a number word, or "a"/"an"/"half a" before a scale or group."""
    value = digits_value(words[i])
    if value is not None:
        return value, i + 1
    found = _word_value(words, i)
    if found is not None:
        return found
    following = words[i + 1] if i + 1 < len(words) else None
    if words[i] in ("a", "an") and (following in SCALES or following in GROUPS):
        return 1, i + 1
    if words[i] == "half" and following in ("a", "an") and i + 2 < len(words) and words[i + 2] in GROUPS:
        return 0.5, i + 2
    return None


def read_number(words: Sequence[str], start: int = 0) -> Number | None:
    """The cardinal that begins at words[start] (lower-cased tokens), or None: "2,000", "1.2 million",
    "thirty-seven", "five hundred and twelve", "a dozen", "two dozen", "a hundred", "dozens"."""
    if start >= len(words):
        return None
    if words[start] in VAGUE:
        return Number(VAGUE[words[start]], start + 1, vague=True)
    head = _head(words, start)
    if head is None:
        return None
    total, (current, i) = 0.0, head
    while i < len(words):
        word = words[i]
        if word in GROUPS:
            current, i = current * GROUPS[word], i + 1
        elif word == "hundred" and current < 100:
            current, i = current * 100, i + 1
        elif word in SCALES and word != "hundred":
            total, current, i = total + current * SCALES[word], 0, i + 1
        elif word == "and" and i + 1 < len(words) and (total or current >= 100) and _word_value(words, i + 1):
            part, i = _word_value(words, i + 1)  # "five hundred and twelve", "two thousand and one"
            current += part
        else:
            break
    value = total + current
    return Number(int(value) if value == int(value) else value, i)


def parse_number(text: str) -> float | None:
    """A whole string read as one number ("twenty-five", "2,000", "five hundred and twelve"), or None
    when anything is left over."""
    words = re.findall(r"[\w.,]+(?:-\w+)?|-", text.lower())
    found = read_number(words)
    return found.value if found is not None and found.end == len(words) else None


def read_ordinal(word: str) -> int | None:
    """ "third" -> 3, "twenty-first" -> 21, "21st" -> 21; None for anything else."""
    word = word.lower()
    if word in ORDINALS:
        return ORDINALS[word]
    match = _DIGIT_ORDINAL.fullmatch(word)
    return int(match.group(1)) if match else None
