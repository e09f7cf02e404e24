"""The regex grammar of the date rules: fragments built from the lexicon, rule templates expanded
with them, and the trigger words generated from the compiled patterns.

A rule's pattern (date_rules.toml) names fragments in braces: ``{month:month2}`` is a month name
captured as the part `month2`, ``{edge}`` an optional "early" / "the end of", ``{holidays}`` the
alternation of every holiday. Every repeat is bounded or over a single character class, so no
pattern can backtrack badly. Month and weekday names must be capitalised: "may" the verb and
"march" the noun never start a date.

Triggers: each pattern is tried only where a token could begin it, so the cost follows the few
candidate positions, not the length of the text. Which tokens those are is read off the compiled
pattern itself (its parse tree), never kept by hand: the letters a match can begin with, up to the
first character that is not a letter, or its first character when that is a digit or an apostrophe.
"""

from __future__ import annotations

import re
from typing import Callable

from ...lexicon import alternation
from .. import numbers
from .words import (
    AMBIGUOUS_MONTHS,
    AMOUNT_MODS,
    AMOUNT_WORDS,
    ANCHOR_SHIFTS,
    CLOCK_WORDS,
    DAY_WORDS,
    DECADE_WORDS,
    DIGIT_WORDS,
    EDGES,
    HOLIDAYS,
    MONTH_CUES,
    MONTHS,
    NOT_BEFORE_THE,
    ORDINAL_WORDS,
    REFERENCES,
    SEASONS,
    SET_WORDS,
    SHIFTS,
    TEEN_WORDS,
    UNITS,
    VAGUE_AMOUNTS,
    WEEKDAY_ABBREVIATION_WORDS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    YEAR_SHIFTS,
    ZONES,
)

try:  # Python 3.11+
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants
    import sre_parse

FLAGS = re.IGNORECASE  # the scoped (?-i:...) month and weekday names stay case-sensitive

# A name of four letters or fewer (but "May") may be written as an abbreviation, with its period:
# "Sept.", "June."; a name of more than three letters may stand alone as a name ("Sept").
_MONTH_NAMES = [m.capitalize() for m in MONTHS if len(m) > 3 or m == "may"]
_MONTH_ABBREVIATIONS = [m.capitalize() for m in MONTHS if len(m) <= 4 and m != "may"]


def month(tag: str, abbreviations: bool = True) -> str:
    """A month name (abbreviations with an optional period, capitalised only) captured as the part
    `tag`. In lower case "may" and "march" are a month only after a cue word ("in march") or a figure
    ("3 may"), or before a figure ("may 3"): else the verb and the noun; a lower-case abbreviation
    ("feb", "sep") only before a figure ("feb 10", "sep '05")."""
    plain = [m for m in _MONTH_NAMES if m.lower() not in AMBIGUOUS_MONTHS]
    names = alternation(_MONTH_NAMES + [m.lower() for m in plain])
    ambiguous = alternation(AMBIGUOUS_MONTHS)
    cues = "|".join(f"(?<=(?i:\\b{re.escape(cue)})\\s)" for cue in MONTH_CUES) + r"|(?<=\d\s)|(?<=\d[a-z][a-z]\s)"
    names += f"|(?:{cues})(?:{ambiguous})|(?:{ambiguous})(?=\\s+\\d)"
    if abbreviations:
        lower = alternation(a.lower() for a in _MONTH_ABBREVIATIONS)  # "feb 10", "sep '05": before a figure only
        names = (f"{names}|(?:{alternation(_MONTH_ABBREVIATIONS)})(?:\\.|\\b)"
                 f"|(?:{lower})(?:\\.|\\b)(?=\\s*'?\\d)")
    return f"(?-i:(?P<{tag}>{names}))(?![\\w-])"


def month_name(tag: str) -> str:
    """A month written out (no abbreviation): "last December", "each July"."""
    return month(tag, abbreviations=False)


def weekday(tag: str = "weekday") -> str:
    """A capitalised weekday name, "Tuesdays" with the part `plural_weekday` (a SET); a second
    weekday in one pattern (`weekday_2`) numbers its plural the same way."""
    names = alternation([w.capitalize() for w in WEEKDAYS] + list(WEEKDAYS))  # "next friday" too
    suffix = tag[len("weekday"):] if tag.startswith("weekday") else ""
    return f"(?-i:(?P<{tag}>" + names + f")(?P<plural_weekday{suffix}>s)?)\\b"


def weekday_abbr(tag: str = "weekday") -> str:
    """A weekday name or its capitalised abbreviation ("Fri", "Wed."): the abbreviations are words
    too ("Sun", "Sat"), so a rule uses this only where a date or a clock time stands beside it."""
    abbreviations = alternation(a.capitalize() for a in WEEKDAY_ABBREVIATIONS)
    names = alternation([w.capitalize() for w in WEEKDAYS] + list(WEEKDAYS))
    return f"(?-i:(?P<{tag}>{names}|(?:{abbreviations})(?:\\.|\\b)))(?![\\w-])"


def weekday_abbr_alone(tag: str = "weekday") -> str:
    """A capitalised weekday abbreviation standing alone: "Thu", "Fri.", "Sun." (one that is a word
    too only with its period)."""
    words = [a.capitalize() for a in WEEKDAY_ABBREVIATIONS if a in WEEKDAY_ABBREVIATION_WORDS]
    others = [a.capitalize() for a in WEEKDAY_ABBREVIATIONS if a not in WEEKDAY_ABBREVIATION_WORDS]
    return f"(?-i:(?P<{tag}>(?:{alternation(words)})\\.|(?:{alternation(others)})(?:\\.|\\b)))(?![\\w-])"


def day(tag: str) -> str:
    """A day of the month, "3" or "3rd", not the start of "3:30", "3.5" or "3,000"."""
    return rf"(?P<{tag}>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:%,.]\d|\d)"


def year(tag: str) -> str:
    """1500-2099 or "'98", not the start of "1998-99" or of a longer number."""
    return rf"(?P<{tag}>1[5-9]\d\d|20\d\d|'\d\d)(?![\d-]\w|\d)"


def amount(tag: str = "amount") -> str:
    """3, 2.5, "2 1/2", "thirty-five", "five hundred and twelve", "a couple of", "two and a half", "several"."""
    digit_words = "(?:" + "|".join(DIGIT_WORDS) + ")"  # after a tens word: "thirty-five", "twenty one"
    tens = "(?:" + "|".join(numbers.TENS) + ")"
    below_hundred = rf"(?:{tens}(?:[\s-]+{digit_words})?|{alternation(TEEN_WORDS)}|{digit_words})"
    hundreds = rf"{digit_words}\s+hundred(?:\s+and\s+{below_hundred}\b)?"  # "five hundred and twelve"
    return (rf"(?P<{tag}>\d+(?:\.\d+)?(?:\s+1/2)?|{hundreds}|(?:{tens}[\s-]+{digit_words}\b|"
            + alternation(AMOUNT_WORDS) + r")(?:\s+and\s+a\s+half)?|" + alternation(VAGUE_AMOUNTS) + ")")


def amount_mod(tag: str = "amount_mod") -> str:
    """An optional qualifier before an amount ("about", "more than"); "over" before "the" is the
    preposition ("over the past two years"), not "more than"."""
    plain = [m for m in AMOUNT_MODS if m not in NOT_BEFORE_THE]
    guarded = [f"{re.escape(m)}(?!\\s+the\\b)" for m in AMOUNT_MODS if m in NOT_BEFORE_THE]
    return rf"(?:(?P<{tag}>" + "|".join([alternation(plain), *guarded]) + r")\s+)?"


def edge(tag: str = "edge") -> str:
    """An optional part of a period before it: "early", "mid-", "the end of"."""
    return rf"(?:(?P<{tag}>" + alternation(EDGES) + r")\s*)?"


def zone(tag: str = "zone") -> str:
    """An optional time zone after a clock time: "10 p.m. EST"."""
    return r"(?:\s+(?P<" + tag + ">" + alternation(z.upper() for z in ZONES) + r")\b)?"


def units(_: str = "") -> str:
    """Every unit, singular or plural: "years?|...|centuries|century|..."."""
    return "|".join(f"{u.plural}|{u.name}" if u.plural else f"{u.name}s?" for u in UNITS.values())


def hour(tag: str = "hour") -> str:
    """A clock hour in figures or words: "8", "eight", "twelve" (not the start of "8.5" or "80")."""
    words = [w for w, n in {**DIGIT_WORDS, **TEEN_WORDS}.items() if n <= 12]
    return rf"(?P<{tag}>[01]?\d(?![\d.,]\d)|2[0-3]|" + alternation(words) + r"\b)"


def clock_minutes(_: str = "") -> str:
    """The minutes of "ten to six", "20 past 3", "twenty-five past noon": 1-59 in figures or words."""
    tens = "|".join(t for t in numbers.TENS if numbers.TENS[t] < 60)
    units = alternation({**DIGIT_WORDS, **TEEN_WORDS})
    return rf"[1-5]?\d(?!\d)|(?:{tens})(?:[\s-]+(?:{units}))?\b|(?:{units})\b"


def spelled_year(_: str = "") -> str:
    """A year in words: "nineteen ninety-six", "nineteen oh five", "nineteen hundred", "two thousand and one"."""
    tens, digits = "|".join(numbers.TENS), "|".join(DIGIT_WORDS)
    return (rf"nineteen[\s-]+(?:(?:{tens})(?:[\s-]+(?:{digits}))?|{'|'.join(TEEN_WORDS)}|hundred|oh[\s-]+(?:{digits}))"
            rf"|two\s+thousand(?:\s+and\s+(?:{digits}))?")


def era(_: str = "") -> str:
    """An optional "AD" after a year or a century ("1614 AD", "the 3rd century A.D."): the same value."""
    return r"(?:\s+(?-i:A\.D\.|AD|a\.d\.|C\.E\.|CE)(?!\w))?"


def minute_words(_: str = "") -> str:
    """The minutes of "ten thirty", "six forty-five", "nine oh five" in words: 1-59."""
    tens = "|".join(t for t in numbers.TENS if numbers.TENS[t] < 60)
    digits = "|".join(DIGIT_WORDS)
    return rf"(?:{tens})(?:[\s-]+(?:{digits}))?|{alternation(TEEN_WORDS)}|oh[\s-]+(?:{digits})"


def clock_offset(suffix: str = "") -> str:
    """The minutes before or after an hour: "a quarter past", "20 minutes to", "ten past". A bare
    number before "to" needs "minutes" ("two to six" is a range) unless it is in words right after
    "at" and the hour ends the phrase ("at ten to six."); `suffix` numbers the parts of a
    second use in one pattern ("_2")."""
    minutes = clock_minutes()
    said = alternation({**DIGIT_WORDS, **TEEN_WORDS}) + "|" + minute_words()
    hours = alternation(w for w, n in {**DIGIT_WORDS, **TEEN_WORDS}.items() if n <= 12)
    # "at ten to six": minutes in words before "to" right after "at", the hour ending the phrase
    at_words = (rf"(?<=\bat\s)(?:{said})(?=\s+(?:to|till)\s+(?:{hours}|noon|midnight)"
                rf"(?:[.,;!?]|$|\s+(?:in|on|at|this|that|tonight|tomorrow|yesterday|[ap]\.?m|o'clock)\b))")
    return (rf"(?:(?P<clock_offset{suffix}>a\s+quarter|quarter|half|{minutes})(?:\s+minutes?)?\s+"
            rf"(?P<clock_dir{suffix}>past|after)"
            rf"|(?P<clock_offset_to{suffix}>a\s+quarter|quarter|half|(?:{minutes})(?=\s+minutes?)|{at_words})(?:\s+minutes?)?\s+"
            rf"(?P<clock_dir_to{suffix}>to|till|before|from))")


def _words(table) -> Callable[[str], str]:
    return lambda _="": alternation(table)


def _joined(table) -> Callable[[str], str]:
    """The words in table order, for a closed list where no word begins another."""
    return lambda _="": "|".join(table)


FRAGMENTS: dict[str, Callable[[str], str]] = {
    "month": month, "month_name": month_name, "weekday": weekday, "day": day, "year": year,
    "weekday_abbr": weekday_abbr, "weekday_abbr_alone": weekday_abbr_alone, "amount": amount, "hour": hour, "clock_minutes": clock_minutes, "minute_words": minute_words, "spelled_year": spelled_year, "era": era, "clock_offset": clock_offset, "amount_mod": amount_mod, "edge": edge, "zone": zone, "units": units,
    "tens": _joined(numbers.TENS), "digit_words": _joined(DIGIT_WORDS), "teen_words": _joined(TEEN_WORDS),
    "decade_words": _joined(DECADE_WORDS), "ordinal_words": _words(ORDINAL_WORDS), "references": _words(REFERENCES),
    "set_words": _words(SET_WORDS), "holidays": _words(HOLIDAYS), "clock_words": _words(CLOCK_WORDS),
    "day_words": _words(DAY_WORDS), "seasons": _words(SEASONS), "shifts": _words(SHIFTS),
    "year_shifts": _words(YEAR_SHIFTS), "amount_words": _words(AMOUNT_WORDS), "anchor_shifts": _words(ANCHOR_SHIFTS),
    "edges": _words(EDGES),
}
_PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::([a-z_0-9]+))?\}")


def expand(template: str) -> str:
    """A rule's pattern with its {fragment} and {fragment:part} placeholders filled in."""
    def fill(m):
        if m[1] not in FRAGMENTS:
            raise KeyError(f"unknown fragment {{{m[1]}}} in a date rule")
        return FRAGMENTS[m[1]](m[2]) if m[2] else FRAGMENTS[m[1]]()

    return _PLACEHOLDER.sub(fill, template)


# ---------------------------------------------------------------- triggers, read off the patterns


class Unbounded(ValueError):
    """A pattern that could begin at any token: it has no trigger, a bug in the rule."""


_OPEN = ""  # marker: the first word may go on


def start_words(pattern: str) -> tuple[set[str], set[str]]:
    """The lower-case letter runs a match of `pattern` can begin with, and the non-letter first
    characters it can begin with (digits, an apostrophe)."""
    states = _sequence(sre_parse.parse(pattern, FLAGS), {("", _OPEN)})
    words, chars = set(), set()
    for prefix, ended_by in states:
        if prefix:
            words.add(prefix)
        elif ended_by == _OPEN:
            raise Unbounded(f"the pattern can match nothing at its start: {pattern[:60]}")
        else:
            chars.add(ended_by)
    return words, chars


def _sequence(items, states: set[tuple[str, str]]) -> set[tuple[str, str]]:
    for op, av in items:
        if all(ended for _, ended in states):
            break
        states = _step(op, av, states)
    return states


def _step(op, av, states):
    done = {s for s in states if s[1] != _OPEN}
    return done | _advance(op, av, states - done)


def _advance(op, av, going):
    """The states after one pattern element, from the states whose first word is still open."""
    if op is sre_constants.AT:  # \b after letters ends the word; at the very start it is neutral
        return {(p, "\\b" if p else _OPEN) for p, _ in going}
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return going  # a lookaround consumes nothing; ignoring it only widens the triggers
    if op is sre_constants.SUBPATTERN:
        return _sequence(av[-1], going)
    if op is sre_constants.BRANCH:
        return {s for branch in av[1] for s in _sequence(branch, going)}
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        return _repeat(*av, going)
    return {_extend(p, c) for p, _ in going for c in _chars(op, av)}


def _repeat(low: int, high, body, states):
    results = set(states) if low == 0 else set()
    current = states
    for count in range(1, 5):
        current = _sequence(body, current)
        if count >= low:
            results |= current
        if count >= high or all(ended != _OPEN for _, ended in current):
            return results
    raise Unbounded("a repeat of letters at the start of a pattern")


def _extend(prefix: str, char: str) -> tuple[str, str]:
    if char.isalpha():
        return prefix + char, _OPEN
    return prefix, char if not prefix else "end"


def _chars(op, av) -> set[str]:
    if op is sre_constants.LITERAL:
        return {chr(av).lower()}
    if op is sre_constants.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre_constants.LITERAL:
                chars.add(chr(value).lower())
            elif kind is sre_constants.RANGE:
                chars |= {chr(c).lower() for c in range(value[0], value[1] + 1)}
            elif kind is sre_constants.CATEGORY and value is sre_constants.CATEGORY_DIGIT:
                chars |= set("0123456789")
            elif kind is sre_constants.CATEGORY and value is sre_constants.CATEGORY_SPACE:
                chars.add(" ")
            else:
                raise Unbounded(f"a character class the trigger reader cannot list: {kind} {value}")
        return chars
    raise Unbounded(f"a pattern element the trigger reader cannot list: {op}")
