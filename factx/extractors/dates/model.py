"""The date stage's intermediate values, as small dataclasses: what a match says (Parts), what the
resolver makes of it (Found), and what the text has mentioned so far (Point, QuarterMention).

A bottom module like words.py: every other module of the package may import it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...record import Interval
from .words import amount_value


@dataclass(slots=True)
class Found:
    """A normalised expression before it becomes a DateFact."""

    type: str
    value: str
    mod: str | None = None
    interval: Interval | None = None
    day: date | None = None  # the specific day it names, an anchor for "the day before"


@dataclass(slots=True)
class Parts:
    """What one match of a rule says, read off its named groups and typed (parts.py reads them).

    The resolver turns them into a value; it alone reads the publication date, the tense and what
    the text mentioned before. A part the rule does not have is None (or False).
    """

    text: str  # the whole match, as written
    start: int  # offsets into the text; `end` leaves trailing punctuation out
    end: int
    # the calendar
    month: int | None = None
    month2: int | None = None  # the month of a range's last day ("Aug. 26-Sept. 2")
    day: int | None = None
    day2: int | None = None  # a range's last day ("Feb. 15-17")
    year: str | None = None  # as written: "1998", "'98", "98" (its century depends on the writing date)
    year2: str | None = None  # a range's last year ("1991-97")
    year_before: str | None = None  # a year before the expression's head: "the 1988 first quarter"
    year_shift: int | None = None  # "June last year": -1
    weekday: int | None = None  # ISO number
    weekday2: int | None = None  # the last day of a range of weekdays ("Monday through Wednesday")
    season: str | None = None  # TimeML code: SU
    holiday: str | None = None  # as the holiday table spells it: "new year's eve"
    ordinal: int | None = None  # "fourth quarter", "Q4", "20th century", "the second of June"
    last_ordinal: bool = False  # "the last Friday of October", "the last day of May"
    day_unit: bool = False  # "the 20th day of next month"
    decade: str | None = None  # as written: "1990", "'90"
    spelled_decade: int | None = None  # "the nineties": 90
    spelled_year: int | None = None  # "nineteen ninety-six": 1996
    # the day and the clock
    day_word: str | None = None  # today, yesterday, tomorrow, tonight
    part_of_day: str | None = None  # TimeML code: EV
    clock_part: str | None = None  # "at 7 in the evening": EV
    hour: int | None = None
    minute: int | None = None
    meridiem: str | None = None  # "p.m.", "a.m", "o'clock", lower case
    second: int | None = None  # "9:01:10 AM"
    clock_offset: int | None = None  # minutes before or after the hour: "a quarter past 3" 15
    clock_dir: str | None = None  # past, after, to, till, before, from
    hour24: int | None = None  # "15:00 GMT"
    minute24: int | None = None
    named_hour: int | None = None  # noon, midday 12; midnight 0
    zone: str | None = None  # UTC offset: "-05:00", "Z"
    # relations, amounts, edges
    relation: str | None = None  # "last", "the following", "that": lower case, one space
    phrase: str | None = None  # an anchored phrase: "the day before", "later that year"
    direction: str | None = None  # ago, earlier, later, from now, hence
    shift: str | None = None  # "earlier this month": its TimeML mod, START or END
    edge: str | None = None  # "early", "mid-", "the end of": its TimeML mod, START, MID or END
    amount_words: str | None = None  # an amount as written, lower case, one space: "a", "one", "other"
    amount_mod: str | None = None  # "about two weeks", "about 10 p.m.": its TimeML mod, APPROX
    unit: str | None = None  # singular: day, week, month, quarter, season, morning
    amount2_words: str | None = None  # the second amount of "a minute and 30 seconds"
    unit2: str | None = None  # its unit
    reference: str | None = None  # "recently": PAST_REF
    set_value: str | None = None  # "daily": P1D
    # flags
    every: bool = False  # "every Thursday"
    plural: bool = False  # "Tuesday nights"
    plural_weekday: bool = False  # "on Mondays"
    fiscal: bool = False  # "fiscal 1998", "the fiscal year"
    year_ago: bool = False  # "the year-ago quarter"
    leading: bool = False  # a word before a duration's amount: "the past 24 hours", "another two weeks"
    and_a_half: bool = False  # "a minute and a half"
    age: bool = False  # "three years old", "a 10-year-old"

    @property
    def amount(self) -> float | None:
        """The figure of "three days", "a couple of weeks", "2 1/2 years"; None for "several days"."""
        return amount_value(self.amount_words) if self.amount_words is not None else None

    @property
    def amount2(self) -> float | None:
        return amount_value(self.amount2_words) if self.amount2_words is not None else None


@dataclass(slots=True)
class Hit:
    """An expression found at a place in the text: its offsets, the rule that matched and its value."""

    start: int
    end: int
    rule: str
    found: Found


@dataclass(slots=True, frozen=True)
class Days:
    """The first and last day of a period."""

    first: date
    last: date


@dataclass(slots=True, frozen=True)
class Point:
    """A day, month or year the text mentioned, and which grain it was ("that year" needs a year)."""

    day: date
    grain: str  # "day", "month" or "year"


@dataclass(slots=True, frozen=True)
class QuarterMention:
    """The quarter a report is about, and where the text named it."""

    year: int
    quarter: int
    offset: int
