"""How many people a phrase counts: number words, qualifiers, ranges and vague quantities.

Conventions follow ACLED where it speaks: a vague plural takes its low figure ("dozens" 12, "tens"
10, "scores" 20, "hundreds" 100, "thousands" 1000) and is approximate; "several" or "many" give no
count. Qualified counts keep the stated figure as `count`: "at least 12" sets `min` (exact as a
floor), "more than 12" sets `min` and is approximate, "nearly 40" and "up to 40" set `max`; a range "10 to 15" counts its conservative end.
"""

from __future__ import annotations

from dataclasses import dataclass

from .numbers import TENS, UNITS

SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
VAGUE = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000}
UNCOUNTED = {"several", "many", "numerous", "multiple", "some", "few", "countless"}
FLOOR = {("at", "least"), ("at", "minimum"), ("no", "fewer", "than"), ("no", "less", "than")}
LOWER_BOUND = {("more", "than"), ("over",), ("upwards", "of"), ("in", "excess", "of")}
UPPER_BOUND = {("nearly",), ("almost",), ("up", "to"), ("fewer", "than"), ("less", "than"), ("under",),
               ("as", "many", "as")}
ABOUT = {("about",), ("around",), ("some",), ("roughly",), ("approximately",), ("an", "estimated"),
         ("estimated",), ("close", "to")}
QUALIFIERS = [(q, "floor") for q in FLOOR] + [(q, "min") for q in LOWER_BOUND] + [(q, "max") for q in UPPER_BOUND] + [(q, "about") for q in ABOUT]
QUALIFIERS.sort(key=lambda item: -len(item[0]))  # longest first: "no fewer than" before "fewer than"


@dataclass(slots=True)
class Quantity:
    """A count read off a phrase; `count` is None when the phrase gives no figure."""

    count: int | None
    min: int | None = None
    max: int | None = None
    approximate: bool = False


def _digits(word: str) -> int | None:
    plain = word.replace(",", "")
    if plain.isdigit() and len(plain) <= 9:
        return int(plain)
    return None


def _number_run(words: list[str], i: int) -> tuple[int | None, int]:
    """The value of the number starting at words[i] and the index after it ("twenty - one", "1.2 million")."""
    if i >= len(words):
        return None, i
    word = words[i]
    value = _digits(word)
    if value is not None:
        i += 1
    else:
        try:
            value = float(word) if "." in word and word.replace(".", "", 1).isdigit() else None
        except ValueError:
            value = None
        if value is not None:
            i += 1
        elif word in UNITS:
            value, i = UNITS[word], i + 1
        elif word in TENS:
            value, i = TENS[word], i + 1
            if i + 1 < len(words) and words[i] == "-" and words[i + 1] in UNITS:
                value, i = value + UNITS[words[i + 1]], i + 2
            elif i < len(words) and words[i] in UNITS and 0 < UNITS[words[i]] < 10:
                value, i = value + UNITS[words[i]], i + 1
        elif "-" in word and all(part in TENS or part in UNITS for part in word.split("-", 1)):
            first, second = word.split("-", 1)
            value, i = TENS.get(first, 0) + UNITS.get(second, 0), i + 1
        else:
            return None, i
    while i < len(words) and words[i] in SCALES:
        value, i = value * SCALES[words[i]], i + 1
    if i < len(words) and words[i] == "dozen":
        value, i = value * 12, i + 1
    return int(value), i


def read_quantity(words: list[str]) -> Quantity | None:
    """The quantity that opens `words` (lower-cased tokens before a noun), or None if there is none."""
    words = [w for w in words if w not in ("(", ")")]
    kind = None
    for phrase, bound in QUALIFIERS:
        if tuple(words[: len(phrase)]) == phrase:
            kind, words = bound, words[len(phrase):]
            break
    if not words:
        return None
    first = words[0]
    if first == "between":
        low, i = _number_run(words, 1)
        if low is not None and i < len(words) and words[i] == "and":
            high, _ = _number_run(words, i + 1)
            if high is not None:
                return Quantity(low, low, high, True)
        return None
    if first == "half" and words[1:3] == ["a", "dozen"]:
        return _bounded(6, kind)
    if first in ("a", "an"):
        if words[1:2] == ["dozen"]:
            return _bounded(12, kind)
        if words[1:3] == ["couple", "of"] or words[1:2] == ["couple"]:
            return Quantity(2, 2, None, True)
        if words[1:2] in (["few"], ["number"], ["handful"]):
            return Quantity(None, None, None, True)
        if words[1:2] in (["hundred"], ["thousand"]):
            return _bounded(SCALES[words[1]], kind)
        return _bounded(1, kind)
    if first in VAGUE:
        return Quantity(VAGUE[first], VAGUE[first], None, True)
    if first in UNCOUNTED:
        return Quantity(None, None, None, True)
    if first == "both":
        return _bounded(2, kind)
    value, i = _number_run(words, 0)
    if value is None:
        return None
    if i < len(words) and words[i] in ("to", "or", "-", "–") and i + 1 < len(words):
        high, _ = _number_run(words, i + 1)
        if high is not None and high > value:
            return Quantity(value, value, high, True)
    return _bounded(value, kind)


def _bounded(value: int, kind: str | None) -> Quantity:
    if kind == "floor":
        return Quantity(value, value, None, False)
    if kind == "min":
        return Quantity(value, value, None, True)
    if kind == "max":
        return Quantity(value, None, value, True)
    if kind == "about":
        return Quantity(value, None, None, True)
    return Quantity(value, value, value, False)


def word_value(word: str) -> int | None:
    """A single token's number ("12", "twelve", "twenty-one"), or None."""
    value, end = _number_run([word.lower()], 0)
    return value if end == 1 else None
