"""The date stage's word knowledge, loaded once from lexicon/en/dates.toml into typed tables.

The bottom of the date package: it imports nothing of it, so the grammar, the calendar, the tense
reading and the resolvers can all read these tables without closing a circle. Number words come
from numbers.py (numbers.toml), amount qualifiers from qualifiers.toml.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ...lexicon import load
from .. import numbers

_TABLE = load("dates")


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit of time as TimeML writes a duration of it: its letter, and whether it sits after the T."""

    name: str
    letter: str
    timed: bool = False
    plural: str = ""

    @property
    def plural_form(self) -> str:
        return self.plural or f"{self.name}s"


@dataclass(frozen=True, slots=True)
class DayPart:
    """A part of the day: its TimeML code and the clock times its interval runs from and to."""

    code: str
    first: str
    last: str


@dataclass(frozen=True, slots=True)
class Season:
    code: str
    first_month: int
    last_month: int  # lower than first_month when the season runs into the next year (winter)


@dataclass(frozen=True, slots=True)
class DayWord:
    """ "yesterday": a day counted from the day of writing, and the part of it the word names ("tonight")."""

    shift: int
    part: str | None = None


@dataclass(frozen=True, slots=True)
class Holiday:
    """A holiday's rule, exactly one of: a fixed month and day; the nth weekday of a month counted from
    a day (nth -1 is the last); or a distance in days from Easter Sunday."""

    name: str
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    nth: int | None = None
    first_day: int = 1
    easter: int | None = None

    def __post_init__(self):
        kinds = [self.day is not None, self.nth is not None, self.easter is not None]
        if kinds.count(True) != 1 or (self.easter is None) != (self.month is not None):
            raise ValueError(f"holiday {self.name!r} needs exactly one rule in dates.toml")
        if self.nth is not None and self.weekday is None:
            raise ValueError(f"holiday {self.name!r}: an nth-weekday rule needs its weekday")

    def date_in(self, year: int) -> date:
        if self.easter is not None:
            from dateutil.easter import easter  # python-dateutil, which dateparser already brings

            return easter(year) + timedelta(days=self.easter)
        if self.day is not None:
            return date(year, self.month, self.day)
        if self.nth < 0:
            last = date(year + self.month // 12, self.month % 12 + 1, 1) - timedelta(days=1)
            return last - timedelta(days=(last.isoweekday() - self.weekday) % 7 + 7 * (-self.nth - 1))
        first = date(year, self.month, self.first_day)
        return first + timedelta(days=(self.weekday - first.isoweekday()) % 7 + 7 * (self.nth - 1))


def _holiday(name: str, rule: dict) -> Holiday:
    rule = dict(rule)
    rule["first_day"] = rule.pop("from", 1)
    return Holiday(name, **rule)


def spaced(words: str) -> str:
    """Lower case, one space between words: how the tables spell a phrase."""
    return " ".join(words.lower().split())


MONTHS: dict[str, int] = _TABLE["months"]
WEEKDAYS: dict[str, int] = _TABLE["weekdays"]
WEEKDAY_ABBREVIATIONS: dict[str, int] = _TABLE["weekday_abbreviations"]
WEEKDAY_ABBREVIATION_WORDS: frozenset[str] = frozenset(_TABLE["weekday_abbreviation_words"]["words"])
UNITS: dict[str, Unit] = {name: Unit(name, **spec) for name, spec in _TABLE["units"].items()}
PARTS_OF_DAY: dict[str, str] = {word: spec["code"] for word, spec in _TABLE["parts_of_day"].items()}
DAY_PARTS: dict[str, DayPart] = {spec["code"]: DayPart(spec["code"], *spec["hours"])
                                 for spec in _TABLE["parts_of_day"].values()}
SEASONS: dict[str, str] = {word: spec["code"] for word, spec in _TABLE["seasons"].items()}
SEASON_MONTHS: dict[str, Season] = {spec["code"]: Season(spec["code"], *spec["months"])
                                    for spec in _TABLE["seasons"].values()}
ZONES: dict[str, str] = _TABLE["zones"]
EDGES: dict[str, str] = _TABLE["edges"]
SHIFTS: dict[str, str] = _TABLE["shifts"]
RELATION_WORDS: dict[str, str] = _TABLE["relation_words"]
AMBIGUOUS_MONTHS: list[str] = _TABLE["lower_case"]["ambiguous"]
MONTH_CUES: list[str] = _TABLE["lower_case"]["after"]
PERIOD_SHIFTS: dict[str, int] = _TABLE["period_shifts"]
DAY_WORDS: dict[str, DayWord] = {word: DayWord(**spec) for word, spec in _TABLE["day_words"].items()}
CLOCK_WORDS: dict[str, int] = _TABLE["clock_words"]
ANCHOR_SHIFTS: dict[str, int] = _TABLE["anchor_shifts"]
REFERENCES: dict[str, str] = _TABLE["references"]
SET_WORDS: dict[str, str] = _TABLE["set_words"]
HOLIDAYS: dict[str, Holiday] = {name: _holiday(name, rule) for name, rule in _TABLE["holidays"].items()}
YEAR_SHIFTS: dict[str, int] = _TABLE["year_shifts"]
TENSE_WORDS: dict[str, frozenset[str]] = {name: frozenset(words) for name, words in _TABLE["tense"].items()}
DURATION_CUES: frozenset[str] = frozenset(_TABLE["duration_cues"]["words"])
PERIOD_ENDS: tuple[str, ...] = tuple(_TABLE["period_ends"]["words"])
SET_CUES: frozenset[str] = frozenset(_TABLE["set_cues"]["words"])

# A statement made in a medium or at an occasion of its own ("in a tweet", "in a statement", "posted"):
# the nouns of quotes.toml's channels named in [statements], and the lemmas of its verbs that tell "write".
_QUOTES = load("quotes")
STATEMENT_NOUNS: frozenset[str] = frozenset(
    noun for channel in _TABLE["statements"]["channels"] for noun in _QUOTES["channels"][channel])
STATEMENT_VERBS: frozenset[str] = frozenset(
    lemma for lemma, verb in _QUOTES["verbs"].items() if verb["tells"] in _TABLE["statements"]["tells"])

# Amount qualifiers with a TimeML reading ("about two weeks" APPROX, "more than three months" MORE_THAN).
AMOUNT_MODS: dict[str, str] = {phrase: reading["timex"] for phrase, reading in load("qualifiers")["phrases"].items()
                               if "timex" in reading}
NOT_BEFORE_THE: frozenset[str] = frozenset(_TABLE["qualifiers"]["prepositions_before_the"])

# What may count a unit: numbers.toml's cardinals (but zero) and tens, its chosen scales and groups
# alone or after "a" ("a hundred", "a dozen"), and the date stage's own words ("a", "a couple of").
_AMOUNTS = _TABLE["amounts"]
AMOUNT_WORDS: dict[str, float] = {
    **_AMOUNTS["words"],
    **{word: n for word, n in numbers.UNITS.items() if n},
    **numbers.TENS,
    **{form: numbers.SCALES[word] for word in _AMOUNTS["scales"] for form in (word, f"a {word}")},
    **{form: numbers.GROUPS[word] for word in _AMOUNTS["groups"] for form in (word, f"a {word}")},
}
VAGUE_AMOUNTS: tuple[str, ...] = tuple(_AMOUNTS["vague"])
DIGIT_WORDS: dict[str, int] = {word: n for word, n in numbers.UNITS.items() if 1 <= n <= 9}  # "one" ... "nine"
TEEN_WORDS: dict[str, int] = {word: n for word, n in numbers.UNITS.items() if 10 <= n <= 19}  # "ten" ... "nineteen"
# "the twenties" ... "the nineties", from the tens words: twenty -> twenties
DECADE_WORDS: dict[str, int] = {word[:-1] + "ies": n for word, n in numbers.TENS.items()}
ORDINAL_WORDS: dict[str, int] = numbers.ORDINALS


def amount_value(words: str) -> float | None:
    """3, 2.5, "2 1/2", "twenty-five", "a couple of", "two and a half"; None for "several"."""
    words = spaced(words)
    half = 0.0
    if words.endswith(" and a half"):
        words, half = words[: -len(" and a half")], 0.5
    if words.endswith(" 1/2"):
        words, half = words[:-4], 0.5
    try:
        return float(words) + half
    except ValueError:
        pass
    if words in VAGUE_AMOUNTS:
        return None
    if words in AMOUNT_WORDS:
        return AMOUNT_WORDS[words] + half
    value = numbers.parse_number(" ".join(words.replace("-", " ").split()))
    return None if value is None else value + half


def ordinal_value(word: str) -> int:
    """ "third", "twenty-first", "21st", or a bare digit ("Q3"); 0 when it is none of these."""
    found = numbers.read_ordinal(word)
    if found is not None:
        return found
    digits = "".join(c for c in word if c.isdecimal())
    return int(digits) if digits else 0


def unit_name(word: str) -> str:
    """The unit a word names, singular: "centuries" -> "century", "days" -> "day"."""
    word = word.lower()
    return "century" if word.startswith("centur") else word.rstrip("s")
