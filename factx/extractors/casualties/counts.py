"""How many people a phrase counts: qualifiers and ranges over the one number reader.

Conventions follow ACLED where it speaks: a vague plural takes its low figure ("dozens" 12, "tens"
10, "scores" 20, "hundreds" 100, "thousands" 1000) and is approximate; "several" or "many" give no
count. Qualified counts keep the stated figure as `count`: "at least 12" sets `min` (exact as a
floor), "more than 12" sets `min` and is approximate, "nearly 40" and "up to 40" set `max`; a range
"10 to 15" counts its conservative end. The numbers themselves are read by ``numbers.read_number``;
the qualifiers come from ``lexicon/en/qualifiers.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...lexicon import load
from ..numbers import ORDINALS, VAGUE, read_number
from .words import UNCOUNTED_WORDS, WORDS

# (words, bound) for every qualifier the casualty stage reads, longest first: "no fewer than" before "fewer than"
QUALIFIERS = sorted(((tuple(phrase.split()), reading["count"]) for phrase, reading in load("qualifiers")["phrases"].items()
                     if "count" in reading), key=lambda item: -len(item[0]))
RANGE_WORDS = ("to", "or", "-", "–")
_GLUED_WORD = re.compile(r"[a-z.]([A-Z][a-z]*)$")
_DIGIT_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_CLOCK_TIME = re.compile(r"\d{1,2}:\d{2}")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count read off a phrase; `count` is None when the phrase gives no figure."""

    count: int | None
    min: int | None = None
    max: int | None = None
    approximate: bool = False

    @classmethod
    def exactly(cls, count: int) -> Quantity:
        return cls(count, count, count, False)


UNKNOWN = Quantity(None, None, None, True)  # "several", "a few": people, but no figure


@dataclass(slots=True)
class CountPhrase:
    """What the words before a victim noun say: how many, and the rank of "a second victim"."""

    quantity: Quantity | None
    ordinal: int | None


def _bounded(value: int, bound: str | None) -> Quantity:
    if bound == "floor":
        return Quantity(value, value, None, False)
    if bound == "min":
        return Quantity(value, value, None, True)
    if bound == "max":
        return Quantity(value, None, value, True)
    if bound == "about":
        return Quantity(value, None, None, True)
    return Quantity.exactly(value)


def _qualifier(words: list[str]) -> tuple[str | None, list[str]]:
    for phrase, bound in QUALIFIERS:
        if tuple(words[: len(phrase)]) == phrase:
            return bound, words[len(phrase):]
    return None, words


def _between(words: list[str]) -> Quantity | None:
    """ "between 10 and 15": the low end, approximate."""
    low = _cardinal(words, 1)
    if low is not None and low.end < len(words) and words[low.end] == "and":
        high = _cardinal(words, low.end + 1)
        if high is not None:
            return Quantity(low.whole, low.whole, high.whole, True)
    return None


def _cardinal(words: list[str], start: int):
    """A stated figure at words[start]; a vague plural is not the end of a range."""
    number = read_number(words, start)
    return None if number is None or number.vague else number


def _article(words: list[str], bound: str | None) -> Quantity:
    """ "a couple", "a few", "a dozen", "a hundred", else "a" is one."""
    following = words[1:2]
    if words[1:3] == ["couple", "of"] or following == ["couple"]:
        return Quantity(2, 2, None, True)
    if following in (["few"], ["number"], ["handful"]):
        return UNKNOWN
    if following in (["dozen"], ["hundred"], ["thousand"]):
        return _bounded(read_number(words).whole, bound)
    return _bounded(1, bound)


def _figure(words: list[str], bound: str | None) -> Quantity | None:
    """A number, or a range "10 to 15" (its low end, approximate)."""
    number = read_number(words)
    if number is None:
        return None
    value, end = number.whole, number.end
    if end < len(words) and words[end] in RANGE_WORDS and end + 1 < len(words):
        high = _cardinal(words, end + 1)
        if high is not None and high.whole > value:
            return Quantity(value, value, high.whole, True)
    return _bounded(value, bound)


def read_quantity(words: list[str]) -> Quantity | None:
    """The quantity that opens `words` (lower-cased tokens before a noun), or None if there is none."""
    bound, words = _qualifier([w for w in words if w not in ("(", ")")])
    if not words:
        return None
    first = words[0]
    if first == "between":
        return _between(words)
    if first in ("a", "an"):
        return _article(words, bound)
    if first in VAGUE:
        return Quantity(VAGUE[first], VAGUE[first], None, True)
    if first in UNCOUNTED_WORDS:
        return UNKNOWN
    if first == "both":
        return _bounded(2, bound)
    return _figure(words, bound)


def is_cardinal(word: str) -> bool:
    """Whether one token is a whole number on its own ("12", "twelve", "twenty-one"), not a vague plural."""
    number = read_number([word])
    return number is not None and number.end == 1 and not number.vague


def lower_words(tokens) -> list[str]:
    """Lower-cased words; a word glued to the one before ("...news.comTwo") counts as itself; a dash is "-"."""
    words = []
    for t in tokens:
        glued = _GLUED_WORD.search(t.text) if len(t.text) < 40 else None
        words.append(glued.group(1).lower() if glued else "-" if t.text in ("–", "—") else t.lower_)
    return words


def pre_modifiers(noun) -> list:
    """Tokens from the start of the noun's phrase up to (not including) the noun, at most 12, on its line."""
    left = [t for t in noun.lefts]
    if not left:
        return []
    doc = noun.doc
    start = max(left[0].left_edge.i, noun.i - 12)
    for i in range(noun.i - 1, start - 1, -1):
        if "\n" in doc[i].text_with_ws:
            return [doc[j] for j in range(i + 1, noun.i)]  # the phrase stays on its line
    return [doc[i] for i in range(start, noun.i)]


def _ordinal(words: list[str]) -> int | None:
    """The last rank among the words ("a second victim"), word or digits ("3rd")."""
    ordinal = None
    for w in words:
        if w in ORDINALS:
            ordinal = ORDINALS[w]
        elif _DIGIT_ORDINAL.fullmatch(w):
            ordinal = int(w[:-2])
    return ordinal


def _drop_joined_number(kept: list[str]) -> list[str]:
    """ "twenty - five - day - old": the number words joined to the age by hyphens are the age too."""
    while len(kept) >= 2 and kept[-1] == "-" and read_number([kept[-2]]) is not None:
        kept = kept[:-2]
    return kept


def _before_age(words: list[str]) -> list[str]:
    """The words before an age ("a 12 - year - old" / "12-year-old" / "17 year old"): a number before
    "year" is not a count."""
    kept = []
    units = WORDS.victims.age_units
    for i, w in enumerate(words):
        if i + 2 < len(words) and words[i + 1] == "-" and words[i + 2] in units:
            return _drop_joined_number(kept)
        if i + 1 < len(words) and (words[i + 1] in units or "".join(words[i + 1:i + 4]) in units):
            return kept  # "the 17 year old male", "a 21 month old", "a 43 y/o man": an age without hyphens
        if "-" in w and any(part in units for part in w.split("-")):
            return kept
        kept.append(w)
    return kept


def is_clock_time(text: str) -> bool:
    """ "10:30", "1:11": hours and minutes, or a video's minutes and seconds; never a count."""
    return _CLOCK_TIME.fullmatch(text) is not None


def _after_clock_times(words: list[str]) -> list[str]:
    """ "10:30 Two men were shot": a clock time or a video's length opening the phrase is no count."""
    while words and is_clock_time(words[0]):
        words = words[1:]
    return words


def count_phrase(noun) -> CountPhrase:
    """How many the words before a victim head say, and the rank they give it."""
    words = _after_clock_times(lower_words(pre_modifiers(noun)))
    ordinal = _ordinal(words)
    if noun.pos_ == "NUM" or (noun.like_num and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")):
        quantity = read_quantity(words + [noun.lower_])
        if quantity is None and is_cardinal(noun.lower_):
            quantity = read_quantity([noun.lower_])
        return CountPhrase(quantity, ordinal)
    if noun.lower_ in VAGUE:
        return CountPhrase(read_quantity(words + [noun.lower_]), ordinal)
    kept = _before_age(words + [noun.lower_])[:len(words)]  # the noun may end the age ("20 y / o")
    quantity = read_quantity(kept) if kept else None
    if quantity is None:
        quantity = read_quantity([w for w in kept if w not in WORDS.victims.determiners])
    return CountPhrase(_as_set(noun, words, quantity), ordinal)


def _set_size(noun, words: list[str]) -> int | None:
    """How many people one noun names: "couple" 2, "twin girls" 2, "a family of five" 5; None when one."""
    victims = WORDS.victims
    size = next((victims.pair_modifiers[w] for w in words if w in victims.pair_modifiers), None)  # "twin girls"
    if size is None and any(c.dep_ in ("det", "amod", "nummod", "poss") for c in noun.lefts):
        size = victims.pairs.get(noun.lower_)  # "a couple", "the elderly couple"; a headline's bare "Couple" is one
    if size is not None or noun.lower_ not in victims.counted_groups:
        return size
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    figure = next((g for g in of.children if g.dep_ == "pobj" and g.like_num), None) if of is not None else None
    quantity = read_quantity([figure.lower_]) if figure is not None else None
    return quantity.count if quantity is not None else None


def _as_set(noun, words: list[str], quantity: Quantity | None) -> Quantity | None:
    """A noun that names a set of people counts them all ("two couples" 4); "several couples" no figure."""
    if quantity is not None and quantity.count is None:
        return quantity
    size = _set_size(noun, words)
    if size is None:
        return quantity
    times = quantity.count if quantity is not None and noun.lower_ in WORDS.victims.pairs else 1
    return Quantity.exactly(size * times)


def singular_count(noun) -> int | None:
    """1 for a singular person noun, a name or a singular pronoun; None for plural or unknown."""
    lower = noun.lower_
    victims = WORDS.victims
    if lower in victims.singular_one:
        return 1
    if lower in victims.singular_two:
        return 2
    if lower in victims.number_unknown or lower in victims.groups:
        return None
    if noun.pos_ == "PROPN" and noun.ent_type_ == "PERSON":
        return 1  # a name, even one the tagger takes for a plural ("Timothy Echols")
    if noun.tag_ in ("NN", "NNP") or lower in victims.person_nouns and not lower.endswith("s") or lower == "old":
        return 1
    return None
