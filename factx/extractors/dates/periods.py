"""Resolvers of expressions that name a calendar period: a month, season, quarter, year, decade or
century ("last December", "the fourth quarter", "fiscal 1998", "the 1990s", "this week").

Each takes a match's Parts and the Context and gives a Found, or None when the match is no date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ...lexicon import alternation
from ...record import Interval
from .calendar import (
    UNKNOWN,
    duration_value,
    month_date,
    period_value,
    quarter_of,
    season_span,
    started_year,
    week_value,
    year_of,
)
from .context import Context
from .model import Found, Parts
from .words import PERIOD_ENDS

# Words after "the year" that make it a year measured back from its end ("the year ended Sept. 30").
PERIOD_END = re.compile(r"\s+(?:" + alternation(PERIOD_ENDS) + r")\b", re.IGNORECASE)
PAST_WORDS = {"last", "past", "the previous", "previous", "the prior"}  # "last week": the one before this
SPAN_WORDS = {"the past", "the last", "the coming", "the next"}  # "the past year": a year long ("past week": last week)
ANCHORED = {"that", "the same", "the following"}  # "that month": the one the text told about


def month(parts: Parts, ctx: Context) -> Found | None:
    """ "February", "last December", "July 1988", "June last year": a month without a year is the
    nearest the tense allows; "last February" said in March is a year back."""
    month, mod, rel = parts.month, parts.edge, parts.relation or ""
    if parts.year:
        year = year_of(parts.year, ctx.ref.year if ctx.ref else None)
        return Found("DATE", f"{year:04d}-{month:02d}", mod) if year else None
    if parts.year_shift is not None:  # "June last year"
        if ctx.ref is None:
            return Found("DATE", f"XXXX-{month:02d}", mod)
        return Found("DATE", f"{ctx.ref.year + parts.year_shift:04d}-{month:02d}", mod)
    if rel in ANCHORED and ctx.anchor is None:
        return None
    if ctx.ref is None:
        return Found("DATE", f"XXXX-{month:02d}", mod)
    ref = ctx.ref
    if rel == "last":  # the month just gone is "last month", so "last February" in March is a year back
        year = ref.year if month < ref.month - 1 else ref.year - 1
    elif rel == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif rel == "this":
        year = ref.year
    else:
        year = month_date(ref, month, None, ctx.tense(parts.start, parts.end)).year
    return Found("DATE", f"{year:04d}-{month:02d}", mod)


def season(parts: Parts, ctx: Context) -> Found | None:
    """ "last summer", "the spring of 1998", "this winter"; a bare season name is too often something else
    ("the fall of the city")."""
    code, mod, rel = parts.season, parts.edge, parts.relation or ""
    if parts.spelled_year:  # "the winter of nineteen ninety-four"
        return Found("DATE", f"{parts.spelled_year:04d}-{code}", mod)
    if parts.year:
        year = year_of(parts.year, ctx.ref.year if ctx.ref else None)
        return Found("DATE", f"{year:04d}-{code}", mod) if year else None
    if not rel and not mod:
        return None
    rel = "last" if rel in ("the past", "this past") else rel
    if ctx.ref is None:
        return Found("DATE", f"XXXX-{code}", mod)
    year = season_year(code, ctx.ref, _season_way(rel, parts, ctx))
    return None if year is None else Found("DATE", f"{year:04d}-{code}", mod)


def _season_way(rel: str, parts: Parts, ctx: Context) -> str | None:
    """Which occurrence: "last" or "next" (strictly before or after the writing), "past" or "future"
    (the tense's: one under way counts), "this"; None for a relation a season does not take."""
    if rel in ("last", "next", "this"):
        return rel
    if rel in ("", "the"):
        tense = ctx.tense(parts.start, parts.end)
        return tense if tense in ("past", "future") else "this"
    return None


def season_year(code: str, ref: date, way: str | None) -> int | None:
    """The year the season starts in, for the occurrence `way` picks."""
    seasons = [season_span(code, year) for year in range(ref.year - 2, ref.year + 2)]
    if way in ("last", "past"):  # the last one over, or (past tense) the last one begun
        return max(s.first.year for s in seasons if s.last < ref or (way != "last" and s.first <= ref))
    if way in ("next", "future"):  # the next one to begin, or (future tense) the next one not over
        return min(s.first.year for s in seasons if s.first > ref or (way != "next" and s.last >= ref))
    if way == "this":
        this = season_span(code, ref.year)
        runs_over = this.last.year > ref.year  # winter: in January "this winter" began the year before
        return ref.year - 1 if runs_over and ref.month <= this.last.month else ref.year
    return None


def ordinal_quarter(parts: Parts, ctx: Context) -> Found | None:
    """ "the fourth quarter", "the first half of 1998", "the year-ago third quarter", "Q3": without a
    year, the latest such quarter that has begun."""
    unit = parts.unit
    letter, months = ("Q", 3) if unit == "quarter" else ("H", 6)
    number = 12 // months if parts.last_ordinal else parts.ordinal  # "the last half": the second
    if number > 12 // months:
        return None
    ref = ctx.ref
    first_month = (number - 1) * months + 1
    written = parts.year or parts.year_before
    year = year_of(written, ref.year if ref else None) if written else None
    if year is None and parts.year_ago and ref is not None:
        year = started_year(ref, first_month) - 1
    if year is None and parts.year_shift is not None and ref is not None:  # "next year's first quarter"
        year = ref.year + parts.year_shift
    if year is None:
        if ref is None:
            return Found("DATE", f"XXXX-{letter}{number}")
        year = started_year(ref, first_month)
    return Found("DATE", f"{year:04d}-{letter}{number}")


def q_quarter(parts: Parts, ctx: Context) -> Found | None:
    return ordinal_quarter(replace(parts, unit="quarter"), ctx)


def year(parts: Parts, ctx: Context) -> Found | None:
    """ "1998", "fiscal '98", "1991-97" (one value, a range interval)."""
    if parts.year.startswith("'") and not parts.fiscal:
        return None
    year = year_of(parts.year, ctx.ref.year if ctx.ref else None)
    if year is None:
        return None
    if parts.year2:
        last = year_of(parts.year2, year)
        if last is None or last <= year:
            return None
        return Found("DATE", f"{year:04d}", parts.edge, Interval(f"{year:04d}-01-01", f"{last:04d}-12-31"))
    return Found("DATE", f"{year:04d}", parts.edge)


def decade(parts: Parts, ctx: Context) -> Found | None:
    """ "the 1990s", "the '80s" (in the century that puts it in the past)."""
    digits = parts.decade
    if digits.startswith("'"):
        century = (ctx.ref.year // 100) if ctx.ref else 19
        tens = int(digits[1:])
        year = (century if tens <= (ctx.ref.year % 100 if ctx.ref else 99) else century - 1) * 100 + tens
    else:
        year = int(digits)
    return Found("DATE", str(year // 10), parts.edge)


def century(parts: Parts, ctx: Context) -> Found | None:
    number = parts.ordinal
    if not 1 <= number <= 21:
        return None
    return Found("DATE", f"{number - 1:02d}")


def spelled_year(parts: Parts, ctx: Context) -> Found | None:
    """ "nineteen ninety-six", "January nineteen ninety-seven" (transcripts)."""
    if parts.month is not None:
        return Found("DATE", f"{parts.spelled_year:04d}-{parts.month:02d}")
    return Found("DATE", f"{parts.spelled_year:04d}")


def decade_word(parts: Parts, ctx: Context) -> Found | None:
    """ "the nineties", "the early seventies"."""
    return Found("DATE", f"19{parts.spelled_decade // 10}", parts.edge)


def year_earlier(parts: Parts, ctx: Context) -> Found | None:
    """ "the year-earlier quarter", "year-ago", "the 1988 period": in a report on a quarter, that quarter."""
    if parts.year:
        year = int(parts.year)
        return Found("DATE", f"{year:04d}-Q{ctx.quarter.quarter}" if ctx.quarter else f"{year:04d}")
    if parts.relation == "same":
        return None
    reported = ctx.reported_quarter(parts.start)
    if reported and (parts.unit or "quarter") in ("quarter", "period"):
        return Found("DATE", f"{reported.year - 1:04d}-Q{reported.quarter}")
    if ctx.ref is None:
        return Found("DATE", "XXXX")
    return Found("DATE", f"{ctx.ref.year - 1:04d}")


def year_end(parts: Parts, ctx: Context) -> Found | None:
    """The end of the publication year, like "the end of the year"; "since year-end" looks back a year."""
    if ctx.ref is None:
        return Found("DATE", "XXXX", "END")
    return Found("DATE", f"{ctx.ref.year - (ctx.preceding_word(parts.start) == 'since'):04d}", "END")


# ---------------------------------------------------------------- "last week", "the quarter", "that year"


def relative_unit(parts: Parts, ctx: Context) -> Found | None:
    """ "last week", "this year", "earlier this month", "the past year" (a duration), "the fourth
    quarter", "the weekend", "that year"."""
    parts = _as_read(parts)
    if parts is None:
        return None
    rel, unit, mod = parts.relation, parts.unit, parts.edge or parts.shift or parts.amount_mod
    if rel in SPAN_WORDS and not mod:
        return None if unit in ("day", "weekend") else Found("DURATION", duration_value(1, unit), mod)
    if rel in ANCHORED:
        return _anchored_period(rel, unit, mod, ctx)
    if rel == "the first":
        return None
    if rel in ("the", "the latest"):
        return _the_period(rel, unit, mod, parts, ctx)
    return None if unit == "day" else _shifted_period(rel, unit, mod, parts, ctx)


def _as_read(parts: Parts) -> Parts | None:
    """The parts as the rule reads them, or None when the pair names no period here: "the latest
    period" is the quarter just reported, "the full year" the year; not "this season", "the first half"."""
    rel, unit = parts.relation, parts.unit
    if unit == "period" and rel == "the latest":
        unit = "quarter"  # results news: the quarter just reported
    if unit in ("season", "half", "period") or rel == "the full" and unit != "year":
        return None
    return replace(parts, relation="the" if rel == "the full" else rel, unit=unit)


def _shifted_period(rel: str, unit: str, mod: str | None, parts: Parts, ctx: Context) -> Found | None:
    """ "last week", "this month", "next year": the period holding the writing date, or one away."""
    if ctx.ref is None:
        return Found("DATE", UNKNOWN[unit], mod)
    if unit == "weekend" and rel == "this":
        return weekend(parts, ctx, mod)
    value = period_value(ctx.ref, unit, -1 if rel in PAST_WORDS else 1 if rel == "next" else 0)
    return Found("DATE", value, mod) if value else None


def _anchored_period(rel: str, unit: str, mod: str | None, ctx: Context) -> Found | None:
    """ "that year", "the same month", "the following week": the period of the last mention."""
    base = ctx.anchor_for(unit)
    if base is None or unit == "day" and rel == "that":
        return None
    value = period_value(base, unit, 1 if rel == "the following" else 0)
    return Found("DATE", value, mod, day=base if unit == "day" else None) if value else None


def _the_period(rel: str, unit: str, mod: str | None, parts: Parts, ctx: Context) -> Found | None:
    """ "the quarter" (the one just reported), "the weekend", "the year" (this one, or a year long
    when it is measured back from its end), "the week"."""
    ref = ctx.ref
    if unit == "quarter":
        return _the_quarter(rel, mod, parts, ctx)
    if unit == "weekend":
        return weekend(parts, ctx, mod)
    if unit == "year" and ref is not None and (mod or not PERIOD_END.match(ctx.text, parts.end)):
        return Found("DATE", f"{ref.year:04d}", mod)  # "the end of the year", "a high for the year"
    if unit == "month" and mod and ref is not None:  # "the end of the month": this one
        return Found("DATE", period_value(ref, "month", 0), mod)
    if unit in ("year", "decade", "century") and rel == "the":
        return Found("DURATION", duration_value(1, unit), mod)  # "the year ended Sept. 30"
    if unit == "week" and rel == "the" and ref is not None:
        return Found("DATE", week_value(ref), mod)
    return None


def _the_quarter(rel: str, mod: str | None, parts: Parts, ctx: Context) -> Found:
    reported = ctx.reported_quarter(parts.start)
    if rel == "the" and reported and (ctx.ref is None or (reported.year, reported.quarter) <= quarter_of(ctx.ref)):
        return Found("DATE", f"{reported.year:04d}-Q{reported.quarter}", mod)  # the quarter just named
    if ctx.ref is None:
        return Found("DATE", "XXXX-QX", mod)
    return Found("DATE", period_value(ctx.ref, "quarter", -1), mod)


def weekend(parts: Parts, ctx: Context, mod: str | None) -> Found:
    """The weekend just past (or, in future tense, the coming one)."""
    if ctx.ref is None:
        return Found("DATE", "XXXX-WXX-WE", mod)
    future = ctx.tense(parts.start, parts.end) in ("future", "present")
    shift = 0 if future or ctx.ref.isoweekday() >= 6 else -1
    return Found("DATE", period_value(ctx.ref, "weekend", shift), mod)
