"""Resolvers of expressions built on an amount of units or on a word of time: durations ("three
days", "the past 24 hours"), times counted from now ("two weeks ago"), recurrences ("every
Thursday", "daily") and references ("recently", "now").

Each takes a match's Parts and the Context and gives a Found, or None when the match is no date.
"""

from __future__ import annotations

import re

from .calendar import UNKNOWN, duration_value, shifted
from .context import Context
from .model import Found, Parts
from .words import DURATION_CUES, PARTS_OF_DAY, SEASONS, SET_CUES

BACKWARD = ("ago", "earlier", "before")  # directions that count back
TEXT_RELATIVE = ("earlier", "later")  # "three years later": from the time the text told about
NOT_COUNTED_FROM_NOW = ("hour", "minute", "second", "night", "weekend")  # "two hours ago" has no calendar value here


def ago(parts: Parts, ctx: Context) -> Found | None:
    """ "two weeks ago", "a year earlier", "five years from now": a date at the unit's granularity."""
    amount, unit, direction, mod = parts.amount, parts.unit, parts.direction, parts.amount_mod
    relative_to_text = direction in TEXT_RELATIVE
    if unit in NOT_COUNTED_FROM_NOW or relative_to_text and (amount is None or unit in ("day", "week")):
        return None  # "three days later" is annotated as the duration "three days"
    if amount is None:
        return Found("DATE", "PAST_REF" if direction in BACKWARD else "FUTURE_REF", mod)
    sign = -1 if direction in BACKWARD else 1
    reported = ctx.reported_quarter(parts.start)
    if unit == "year" and amount == 1 and reported:  # "up 9 percent from a year earlier": that quarter
        return Found("DATE", f"{reported.year + sign:04d}-Q{reported.quarter}", mod)
    base = (ctx.anchor if relative_to_text and ctx.anchor else None) or ctx.ref
    if base is None:
        return Found("DATE", UNKNOWN.get(unit, "XXXX-XX-XX"), mod)
    return shifted(base, unit, sign * amount, mod)


def duration(parts: Parts, ctx: Context) -> Found | None:
    """ "three days", "the past 24 hours", "about two weeks", "a minute and a half"; not "the 1988
    quarter" (a date), "a second" (an ordinal), "three-quarters" (a fraction), "five years old" (an age)."""
    if _not_a_duration(parts):
        return None
    unit, amount, words = parts.unit, parts.amount, parts.amount_words
    bare = not parts.amount_mod and not parts.leading
    if words == "one" and unit == "day" and bare and someday(parts, ctx):
        return Found("DATE", "FUTURE_REF")
    if parts.and_a_half and amount is not None:
        amount += 0.5  # "a minute and a half"
    if words in ("a", "an", "one") and bare:
        before = ctx.preceding_word(parts.start)
        if before in SET_CUES or re.search(r"[\d%]$", before):
            return Found("SET", duration_value(1, unit))
    if parts.age:
        return None
    return Found("DURATION", duration_value(amount, unit), parts.amount_mod)


def in_amount(parts: Parts, ctx: Context) -> Found | None:
    """ "will be redeemed in five years": that far ahead of the writing, at the unit's granularity,
    when the clause is about the future; else a duration (the `duration` rule's)."""
    amount = parts.amount
    if amount is None or ctx.ref is None or ctx.tense(parts.start, parts.end) != "future":
        return duration(parts, ctx)
    return shifted(ctx.ref, parts.unit, amount, parts.amount_mod)


def _not_a_duration(parts: Parts) -> bool:
    amount = parts.amount
    if amount is not None and amount > 100_000 or re.fullmatch(r"(?:19|20)\d\d", parts.amount_words):
        return True  # "the 1988 quarter" is a date
    if parts.unit == "second" and parts.amount_words in ("a", "an"):
        return True  # "a second" is an ordinal
    return parts.unit == "quarter" and bool(re.search(r"\w-quarter", parts.text, re.IGNORECASE))  # "three-quarters"


def someday(parts: Parts, ctx: Context) -> bool:
    """"will one day be", "may one day replace": after a modal, "one day" is an indefinite future, not a length."""
    span = ctx.span(parts.start, parts.end)
    return span is not None and span.start > 0 and span.doc[span.start - 1].tag_ == "MD"


def compound_duration(parts: Parts, ctx: Context) -> Found | None:
    """ "a 10-year plan", "a two-day visit"; ages ("a 10-year-old") are not temporal expressions in
    TimeML news annotation."""
    if parts.text.endswith("-old"):
        return None
    amount = parts.amount
    if amount is None or amount > 10_000:
        return None
    return Found("DURATION", duration_value(amount, parts.unit))


def bare_units(parts: Parts, ctx: Context) -> Found | None:
    """ "for years", "over the years", "took months"."""
    if ctx.preceding_word(parts.start) not in DURATION_CUES:
        return None
    return Found("DURATION", duration_value(None, parts.unit))


def vague_unit(parts: Parts, ctx: Context) -> Found | None:
    """"recent years", "the coming weeks", "the past few days": a span of unspecified length."""
    return Found("DURATION", duration_value(None, parts.unit))


def past_or_future_units(parts: Parts, ctx: Context) -> Found | None:
    """ "in past years", "future quarters": a vague time before or after now."""
    return Found("DATE", "FUTURE_REF" if parts.relation == "future" else "PAST_REF")


def long_compound(parts: Parts, ctx: Context) -> Found | None:
    """ "day-long" one day, "decades-long" some decades."""
    amount = None if parts.text.lower().endswith("s-long") else 1
    return Found("DURATION", duration_value(amount, parts.unit))


def vague_duration(parts: Parts, ctx: Context) -> Found | None:
    """ "for some time", "for a while": a duration of unsaid length and unit."""
    return Found("DURATION", "PXX")


def first_months(parts: Parts, ctx: Context) -> Found | None:
    """ "the first nine months (of the year)": a duration."""
    return Found("DURATION", f"P{int(parts.amount)}M")


def reference(parts: Parts, ctx: Context) -> Found | None:
    return Found("DATE", parts.reference)


def set_word(parts: Parts, ctx: Context) -> Found | None:
    return Found("SET", parts.set_value)


def every_unit(parts: Parts, ctx: Context) -> Found | None:
    """ "every day", "each July", "every other week", "per quarter", "each summer"."""
    if parts.month is not None:  # "each July"
        return Found("SET", f"XXXX-{parts.month:02d}")
    unit, words = parts.unit, parts.amount_words
    every = 2 if words == "other" else 1 if words in (None, "single", "a", "an") else parts.amount
    if every is None:
        return None
    if unit in PARTS_OF_DAY:
        return Found("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}")
    if unit in SEASONS:
        return Found("SET", f"XXXX-{SEASONS[unit]}")
    if unit == "weekend":
        return Found("SET", "XXXX-WXX-WE")
    return Found("SET", duration_value(every, unit))
