"""The resolver: a rule's typed parts turned into a TimeML value, against the Context.

Every rule names its resolver (date_rules.toml `resolve`, else its own name). The resolvers are
grouped by what they name: a day or a time on it (days.py), a calendar period (periods.py), an
amount of units or a word of time (amounts.py). They alone read the publication date, the tense
and the discourse memory (context.py); a rule's pattern and parts never do.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from ...record import Interval
from . import amounts, compounds, days, periods
from .calendar import value_interval
from .context import Context
from .model import Found, Parts

Resolver = Callable[[Parts, Context], "Found | None"]

RESOLVERS: dict[str, Resolver] = {
    "month_day": days.month_day, "iso_date": days.iso_date, "numeric_date": days.numeric_date,
    "weekday": days.weekday, "clock": days.clock, "day_clock": days.day_clock, "deictic": days.deictic, "part_of_day": days.part_of_day,
    "holiday": days.holiday, "anchored_day": days.anchored_day, "ordinal_day": days.ordinal_day, "coordinated_day": days.coordinated_day, "present_moment": days.present_moment, "week_of": days.week_of, "ordinal_in_month": days.ordinal_in_month,
    "weekday_of_week": days.weekday_of_week,
    "month": periods.month, "season": periods.season, "ordinal_quarter": periods.ordinal_quarter,
    "q_quarter": periods.q_quarter, "year": periods.year, "decade": periods.decade, "century": periods.century,
    "spelled_year": periods.spelled_year, "decade_word": periods.decade_word, "year_earlier": periods.year_earlier,
    "year_end": periods.year_end, "relative_unit": periods.relative_unit,
    "ago": amounts.ago, "in_amount": amounts.in_amount, "duration": amounts.duration, "compound_duration": amounts.compound_duration,
    "bare_units": amounts.bare_units, "vague_unit": amounts.vague_unit, "vague_duration": amounts.vague_duration, "long_compound": amounts.long_compound, "past_or_future_units": amounts.past_or_future_units, "first_months": amounts.first_months,
    "reference": amounts.reference, "set_word": amounts.set_word, "every_unit": amounts.every_unit,
    "counted_weekday": compounds.counted_weekday, "shifted_day": compounds.shifted_day,
    "period_after_next": compounds.period_after_next, "edge_of_unit": compounds.edge_of_unit,
    "date_clock": compounds.date_clock, "date_part_of_day": compounds.date_part_of_day,
    "weekday_numbered_day": compounds.weekday_numbered_day, "dotted_date": compounds.dotted_date,
    "year_month": compounds.year_month, "weekday_year_set": compounds.weekday_year_set,
    "duration_sum": compounds.duration_sum, "ordinal_run": compounds.ordinal_run,
    "edge_part_of_day": compounds.edge_part_of_day, "month_range": compounds.month_range,
    "weekday_range": compounds.weekday_range,
}


def resolve(resolver: str, parts: Parts, ctx: Context) -> Found | None:
    """The value of one match, or None when it is no date after all. An impossible date ("Feb. 30")
    raises ValueError inside a resolver; that too means no date."""
    try:
        found = RESOLVERS[resolver](parts, ctx)
    except (ValueError, OverflowError):
        return None
    if found is not None and found.type == "DATE" and ctx.ref is not None and ctx.preceding_word(parts.start) == "since":
        found.interval = since(found, ctx.ref)
    return found


def since(found: Found, ref: date) -> Interval | None:
    """ "since 2014": an open interval, from the date's first day up to the day of writing (the
    span stays the date, as TimeML marks it: "since" is a signal)."""
    covered = found.interval or value_interval(found.value)
    if covered is None or covered.start[:10] > ref.isoformat():
        return found.interval
    return Interval(covered.start, ref.isoformat())
