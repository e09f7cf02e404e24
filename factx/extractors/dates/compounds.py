"""Resolvers of expressions built from two others: a day counted from a day ("two weeks from next
Tuesday", "2 days before yesterday"), the nth weekday from now ("3 fridays from now"), a date with
its clock time or part of the day ("Fri, Jul 18, 2014 07:00 PM", "the evening of September 11"),
compact numeric forms ("19.02.2010", "2014/10"), and durations added up ("a minute and 30 seconds").

Each resolves its pieces with the resolvers of the single expressions (days.py, periods.py) and
combines them; like them it takes a match's Parts and the Context and gives a Found or None.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ...record import Interval
from .calendar import day_found, duration_value, month_last_day, nearest, period_value, shift_months, year_of
from .context import Context
from .days import clock_time, deictic, month_day, weekday
from .model import Found, Parts
from .periods import month as periods_month
from .periods import relative_unit
from .words import UNITS

FORWARD = ("from now", "hence", "after", "from", "later")
_DAYS_IN = {"day": 1, "week": 7}


def counted_weekday(parts: Parts, ctx: Context) -> Found | None:
    """ "3 fridays from now", "2 thursdays back": the nth such weekday after (before) the day of
    writing, the day itself not counted."""
    count = parts.amount
    if count is None or count != int(count) or not 1 <= count <= 60:
        return None
    if ctx.ref is None:
        return Found("DATE", f"XXXX-WXX-{parts.weekday}")
    ref = ctx.ref
    if parts.direction in FORWARD:
        first = ref + timedelta(days=(parts.weekday - ref.isoweekday() - 1) % 7 + 1)
        return day_found(first + timedelta(weeks=int(count) - 1))
    last = ref - timedelta(days=(ref.isoweekday() - parts.weekday - 1) % 7 + 1)
    return day_found(last - timedelta(weeks=int(count) - 1))


def shifted_day(parts: Parts, ctx: Context) -> Found | None:
    """ "two weeks from next Tuesday", "2 days before yesterday", "the day before last Tuesday": the
    day named, resolved as alone, moved by the amount (a day, not the week or month it falls in)."""
    amount = parts.amount if parts.amount_words is not None else 1
    if amount is None or amount != int(amount):
        return None
    bare = Parts(parts.text, parts.start, parts.end, weekday=parts.weekday, relation=parts.relation,
                 day_word=parts.day_word)
    base = weekday(bare, ctx) if parts.weekday is not None else deictic(bare, ctx)
    if base is None or base.day is None:
        return None
    sign = 1 if parts.direction in FORWARD else -1
    steps = sign * int(amount)
    if parts.unit in _DAYS_IN:
        return day_found(base.day + timedelta(days=steps * _DAYS_IN[parts.unit]))
    months = steps * (12 if parts.unit == "year" else 1)
    year, month = shift_months(base.day.year, base.day.month, months)
    return day_found(date(year, month, base.day.day))


def period_after_next(parts: Parts, ctx: Context) -> Found | None:
    """ "the week after next", "the month before last": two periods from the one of writing."""
    if ctx.ref is None:
        return None
    value = period_value(ctx.ref, parts.unit, 2 if parts.relation == "after next" else -2)
    return Found("DATE", value) if value else None


def edge_of_unit(parts: Parts, ctx: Context) -> Found | None:
    """ "beginning of year", "the end of coming week": an edge of a period written without "the"
    or with a bare relation; without one it is the current period."""
    return relative_unit(replace(parts, relation=parts.relation or "this"), ctx)


def _the_date(parts: Parts, ctx: Context) -> Found | None:
    """The day of a date written out or in figures, resolved as alone ("Jul 18, 2014")."""
    return month_day(Parts(parts.text, parts.start, parts.end, month=parts.month, day=parts.day, year=parts.year,
                           weekday=parts.weekday), ctx)


def date_clock(parts: Parts, ctx: Context) -> Found | None:
    """ "Fri, Jul 18, 2014 07:00 PM", "June 3 at 8:15": the date, and the clock time on it."""
    on = _the_date(parts, ctx)
    time = clock_time(parts)
    if on is None or time is None:
        return None
    prefix = on.day.isoformat() if on.day else on.value
    return Found("TIME", f"{prefix}{time.value()}{parts.zone or ''}", day=on.day)


def date_part_of_day(parts: Parts, ctx: Context) -> Found | None:
    """ "the evening of September 11, 2011", "the night of Feb. 15": that part of that day."""
    on = _the_date(parts, ctx)
    if on is None:
        return None
    if on.day is None:
        return Found("TIME", f"{on.value}T{parts.part_of_day}")
    return day_found(on.day, None, parts.part_of_day)


def weekday_numbered_day(parts: Parts, ctx: Context) -> Found | None:
    """ "Tuesday the 14th": the nearest 14th (the tense allowing) that falls on a Tuesday."""
    if ctx.ref is None:
        return None
    ref = ctx.ref
    candidates = []
    for months in range(-14, 15):
        year, month = shift_months(ref.year, ref.month, months)
        try:
            day = date(year, month, parts.day)
        except ValueError:
            continue
        if day.isoweekday() == parts.weekday:
            candidates.append(day)
    if not candidates:
        return None
    return day_found(nearest(ref, candidates, ctx.tense(parts.start, parts.end), window=400))


def dotted_date(parts: Parts, ctx: Context) -> Found | None:
    """ "19.02.2010", "19.02.10": day, month, year, as Europe writes them."""
    year = year_of(parts.year if len(parts.year) == 4 else "'" + parts.year, (ctx.ref or date.today()).year)
    day = date(year, parts.month, parts.day)
    return day_found(day)


def year_month(parts: Parts, ctx: Context) -> Found | None:
    """ "2014/10", "2014-10", "3/2013": a month of a year. "2009-10" (the second number the next
    year's last two figures) is a season of two years, not October."""
    year = int(parts.year)
    if parts.text[4:5] in "/-" and parts.month == (year + 1) % 100:
        return None
    return Found("DATE", f"{year:04d}-{parts.month:02d}")


def weekday_year_set(parts: Parts, ctx: Context) -> Found | None:
    """ "Thursdays in 1994": every Thursday of that year."""
    year = year_of(parts.year, ctx.ref.year if ctx.ref else None)
    return None if year is None else Found("SET", f"{year:04d}-WXX-{parts.weekday}")


def month_range(parts: Parts, ctx: Context) -> Found | None:
    """ "from March to May 2020", "between November and January": the first month as alone (the
    year written is the last month's), the interval to the end of the last."""
    first, last = parts.month, parts.month2
    if first == last:
        return None
    if parts.year:
        year = year_of(parts.year, ctx.ref.year if ctx.ref else None)
        start_year = year - (last < first) if year else None
    else:
        found = periods_month(Parts(parts.text, parts.start, parts.end, month=first), ctx)
        start_year = int(found.value[:4]) if found and found.value[:4].isdecimal() else None
    if start_year is None:
        return Found("DATE", f"XXXX-{first:02d}")
    end_year = start_year + (last < first)
    return Found("DATE", f"{start_year:04d}-{first:02d}", None,
                 Interval(date(start_year, first, 1).isoformat(), month_last_day(end_year, last).isoformat()))


def weekday_range(parts: Parts, ctx: Context) -> Found | None:
    """ "Monday through Wednesday": the first weekday as alone, the interval to the next such last one."""
    days = (parts.weekday2 - parts.weekday) % 7
    if days == 0:
        return None
    first = weekday(Parts(parts.text, parts.start, parts.end, weekday=parts.weekday), ctx)
    if first is None or first.day is None:
        return first
    last = first.day + timedelta(days=days)
    return Found("DATE", first.value, None, Interval(first.day.isoformat(), last.isoformat()), day=first.day)


def _duration_piece(amount: float | None, unit: str) -> tuple[str, str] | None:
    """One amount of one unit as (date part, time part) of a TimeML duration, whole numbers only."""
    if amount is None or amount != int(amount):
        return None
    value = duration_value(amount, unit)
    if value.startswith("PT"):
        return "", value[2:]
    return value[1:], ""


def duration_sum(parts: Parts, ctx: Context) -> Found | None:
    """ "two years and three months" P2Y3M, "a minute and 30 seconds" PT1M30S: the amounts added,
    largest unit first (TimeML writes them so)."""
    first, second = _duration_piece(parts.amount, parts.unit), _duration_piece(parts.amount2, parts.unit2)
    if first is None or second is None or parts.unit == parts.unit2:
        return None
    if _rank(parts.unit) < _rank(parts.unit2):
        return None  # "30 seconds and a minute" is no way to write a length
    dated, timed = first[0] + second[0], first[1] + second[1]
    return Found("DURATION", "P" + dated + (f"T{timed}" if timed else ""), parts.amount_mod)


def _rank(unit: str) -> int:
    """Larger units rank higher (a century over a year, an hour over a minute)."""
    order = ["second", "minute", "hour", "day", "night", "week", "weekend", "month", "quarter", "year", "decade",
             "century"]
    return order.index(unit) if unit in order else -1


def ordinal_run(parts: Parts, ctx: Context) -> Found | None:
    """ "the fifth straight year", "the ninth day in a row": a run of that many units so far."""
    if not 2 <= parts.ordinal <= 1000 or parts.unit not in UNITS:
        return None
    return Found("DURATION", duration_value(parts.ordinal, parts.unit))


def edge_part_of_day(parts: Parts, ctx: Context) -> Found | None:
    """ "late afternoon", "early morning": that part of the day the text tells about, else of the
    day of writing; "mid-afternoon yesterday", "early morning Monday": of the day named."""
    if parts.day_word is not None or parts.weekday is not None:
        bare = Parts(parts.text, parts.start, parts.end, weekday=parts.weekday, day_word=parts.day_word)
        on = weekday(bare, ctx) if parts.weekday is not None else deictic(bare, ctx)
        if on is None or on.day is None:
            return None
        return day_found(on.day, parts.edge, parts.part_of_day)
    base = ctx.anchor or ctx.ref
    if base is None:
        return Found("TIME", f"XXXX-XX-XXT{parts.part_of_day}", parts.edge)
    return day_found(base, parts.edge, parts.part_of_day)

