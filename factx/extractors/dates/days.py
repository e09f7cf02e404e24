"""Resolvers of expressions that name a day or a time on it: "Feb. 15", "last Friday", "Thursday
evening", "10 p.m. EST Wednesday", "yesterday", "the day before", "Christmas Eve".

Each takes a match's Parts and the Context (publication date, tense, what the text mentioned last)
and gives a Found, or None when the match is no date after all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ...record import Interval
from .calendar import (
    UNKNOWN,
    day_found,
    month_date,
    nearest,
    part_code,
    period_value,
    week_value,
    weekday_date,
    year_of,
)
from .context import Context
from .model import Found, Parts
from .periods import month as month_period
from .words import ANCHOR_SHIFTS, DAY_WORDS, HOLIDAYS, PARTS_OF_DAY, PERIOD_SHIFTS


def month_day(parts: Parts, ctx: Context) -> Found | None:
    """ "Feb. 15", "15 February 2021", "Feb. 15-17": a year left out is the nearest the tense allows."""
    month, first_day = parts.month, parts.day
    year = year_of(parts.year, ctx.ref.year if ctx.ref else None) if parts.year else None
    if year is not None:
        first = date(year, month, first_day)
    elif ctx.ref is not None and parts.weekday is not None:
        first = _dated_weekday(ctx.ref, month, first_day, parts.weekday)  # "Fri, Jul 18": the year it is a Friday
    elif ctx.ref is not None:
        tense = ctx.tense(parts.start, parts.end)
        window = 366 if tense == "past" and ctx.said_of_itself(parts.start, parts.end) else 200
        first = month_date(ctx.ref, month, first_day, tense, window)
    else:
        date(2000, month, first_day)  # validates the day
        return Found("DATE", f"XXXX-{month:02d}-{first_day:02d}", parts.edge)
    if first is None:
        return None
    if parts.day2 is None:
        return Found("DATE", first.isoformat(), parts.edge, day=first)
    last_month = parts.month2 or month
    last = date(first.year + (last_month < month), last_month, parts.day2)
    if last <= first:
        return None
    return Found("DATE", first.isoformat(), parts.edge, Interval(first.isoformat(), last.isoformat()), day=first)


def _dated_weekday(ref: date, month: int, day: int, weekday: int) -> date | None:
    """The month and day nearest the writing (within six years) that fall on the weekday given."""
    candidates = []
    for year in range(ref.year - 6, ref.year + 7):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate.isoweekday() == weekday:
            candidates.append(candidate)
    return min(candidates, key=lambda c: (abs((c - ref).days), c < ref)) if candidates else None


def iso_date(parts: Parts, ctx: Context) -> Found | None:
    """ "2020-11-03", and with its clock time "2008-05-16T09:30" (a TIME)."""
    day = date(int(parts.year), parts.month, parts.day)
    if parts.hour24 is not None:
        return Found("TIME", f"{day.isoformat()}{clock_time(parts).value()}", day=day)
    return Found("DATE", day.isoformat(), day=day)


def numeric_date(parts: Parts, ctx: Context) -> Found | None:
    """ "2/3/2021": US order (month/day/year) unless the first number cannot be a month."""
    first, second = parts.month, parts.day
    year = int(parts.year) if len(parts.year) == 4 else year_of("'" + parts.year, (ctx.ref or date.today()).year)
    month, day_number = (first, second) if first <= 12 else (second, first)
    day = date(year, month, day_number)
    return Found("DATE", day.isoformat(), day=day)


def weekday(parts: Parts, ctx: Context) -> Found | None:
    """ "Thursday evening", "last Friday", "the following Monday"; "every Thursday" is a SET."""
    wd, part = parts.weekday, parts.part_of_day
    suffix = f"T{part}" if part else ""
    if parts.every or parts.plural or parts.plural_weekday:  # "every Thursday", "Tuesday nights", "on Mondays"
        return Found("SET", f"XXXX-WXX-{wd}{suffix}")
    rel = parts.relation or ""
    if rel == "that":
        if ctx.anchor is None:
            return None
        rel = ""
    base = ctx.anchor or ctx.ref
    if rel in ("the previous", "the following") and base:  # the Friday before (after) the day told about
        if rel == "the previous":
            step = -((base.isoweekday() - wd - 1) % 7 + 1)
        else:
            step = (wd - base.isoweekday() - 1) % 7 + 1
        return day_found(base + timedelta(days=step), parts.edge, part)
    if ctx.ref is None:
        return Found("TIME" if part else "DATE", f"XXXX-WXX-{wd}{suffix}", parts.edge)
    possessive = ctx.text.startswith("'s", parts.end)  # "Wednesday's ruling": already happened
    tense = None if possessive else ctx.tense(parts.start, parts.end)
    return day_found(weekday_date(ctx.ref, wd, tense, rel), parts.edge, part)


@dataclass(slots=True, frozen=True)
class ClockTime:
    hour: int
    minute: int
    second: int | None = None

    def value(self) -> str:
        """ "T15:15", "T09:01:10"."""
        seconds = f":{self.second:02d}" if self.second is not None else ""
        return f"T{self.hour:02d}:{self.minute:02d}{seconds}"


_BEFORE_THE_HOUR = ("to", "till", "before")


def clock_time(parts: Parts, part: str | None = None) -> ClockTime | None:
    """ "10 p.m.", "7:30 in the evening", "15:00 GMT", "noon", "8 tonight" (the part of the day
    decides a bare hour: 20:00), "a quarter past 3 pm"; None for "13 p.m." or "0 a.m."."""
    on_the_hour = _hour_of(parts, parts.clock_part or part)
    if on_the_hour is None or parts.clock_offset is None:
        return on_the_hour
    offset = -parts.clock_offset if parts.clock_dir in _BEFORE_THE_HOUR else parts.clock_offset
    minutes = (on_the_hour.hour * 60 + on_the_hour.minute + offset) % (24 * 60)
    return ClockTime(minutes // 60, minutes % 60)


def _hour_of(parts: Parts, part: str | None) -> ClockTime | None:
    if parts.named_hour is not None:
        return ClockTime(parts.named_hour, 0)
    hour = parts.hour24 if parts.hour24 is not None else parts.hour
    meridiem = parts.meridiem or ""
    if hour > 12 and meridiem or hour == 0 and meridiem[:1] in ("a", "p"):
        return None
    minute = parts.minute24 if parts.hour24 is not None else parts.minute
    if minute is not None and minute > 59:
        return None
    if meridiem.startswith("p") and hour < 12:
        hour += 12
    elif meridiem.startswith("a") and hour == 12:
        hour = 0
    elif meridiem[:1] not in ("a", "p"):
        hour = _hour_in_part(hour, part)
    return ClockTime(hour, minute or 0, parts.second)


def _hour_in_part(hour: int, part: str | None) -> int:
    """A bare hour read by the part of the day it is in: 8 in the evening 20, 12 at night 0."""
    if hour < 12 and (part in ("AF", "EV") or part == "NI" and hour >= 6):
        return hour + 12
    if hour == 12 and part in ("MO", "NI"):
        return 0
    return hour


def clock_day(parts: Parts, ctx: Context) -> Found | None:
    """The day a clock time is on: the date or weekday named with it, "today", else the day the text
    is telling about (or the publication day)."""
    if parts.month is not None:
        return month_day(Parts(parts.text, parts.start, parts.end, month=parts.month, day=parts.day, year=parts.year,
                               weekday=parts.weekday), ctx)
    if parts.weekday is not None:
        if ctx.ref is None:
            return Found("DATE", f"XXXX-WXX-{parts.weekday}")
        return day_found(weekday_date(ctx.ref, parts.weekday, ctx.tense(parts.start, parts.end), ""))
    if parts.day_word is not None:
        return day_found(deictic_day(ctx.ref, parts.day_word)) if ctx.ref else Found("DATE", "XXXX-XX-XX")
    day = ctx.anchor or ctx.ref
    return day_found(day) if day else Found("DATE", "XXXX-XX-XX")


def clock(parts: Parts, ctx: Context) -> Found | None:
    time = clock_time(parts, parts.part_of_day)  # "6:30 Monday evening" is 18:30
    if time is None:
        return None
    on = clock_day(parts, ctx)
    if on is None:
        return None
    prefix = on.day.isoformat() if on.day else on.value
    return Found("TIME", f"{prefix}{time.value()}{parts.zone or ''}", parts.amount_mod,
                 day=on.day)


def day_clock(parts: Parts, ctx: Context) -> Found | None:
    """ "Friday at 8:00 pm", "next Tuesday midnight", "tonight at 11", "8 tonight", "tomorrow
    afternoon at 5": the day resolved as alone, the clock time on it (its part of the day tells a
    bare hour's half: "tonight at 11" is 23:00)."""
    bare = Parts(parts.text, parts.start, parts.end, weekday=parts.weekday, relation=parts.relation,
                 day_word=parts.day_word, part_of_day=parts.part_of_day)
    on = weekday(bare, ctx) if parts.weekday is not None else deictic(bare, ctx)
    if on is None:
        return None
    part = parts.part_of_day or (part_code(DAY_WORDS[parts.day_word].part) if parts.day_word else None)
    time = clock_time(parts, part)
    if time is None:
        return None
    prefix = on.day.isoformat() if on.day else on.value.split("T")[0]
    return Found("TIME", f"{prefix}{time.value()}{parts.zone or ''}", parts.amount_mod,
                 day=on.day)


def deictic_day(ref: date, word: str) -> date:
    return ref + timedelta(days=DAY_WORDS[word].shift)


def deictic(parts: Parts, ctx: Context) -> Found | None:
    """ "yesterday", "tonight", "tomorrow morning", "earlier today"."""
    word = parts.day_word
    part = parts.part_of_day or part_code(DAY_WORDS[word].part)
    if ctx.ref is None:
        suffix = f"T{part}" if part else ""
        return Found("TIME" if part else "DATE", f"XXXX-XX-XX{suffix}", parts.edge)
    return day_found(deictic_day(ctx.ref, word), parts.edge, part)


# "this morning" is the publication day's, "last night" the day before's, "that evening" the
# day the text told about; "the next morning" the day after that.
_ANCHORED_PART_SHIFT = {"that": 0, "the same": 0, "the next": 1, "the following": 1, "the previous": -1}


def part_of_day(parts: Parts, ctx: Context) -> Found | None:
    """ "this morning", "last night", "overnight" (needs a part of the day unless "overnight")."""
    rel = parts.relation
    overnight = rel == "overnight"
    part = parts.part_of_day or (PARTS_OF_DAY[rel] if overnight else None)
    if part is None or (overnight and parts.part_of_day):
        return None
    if rel in _ANCHORED_PART_SHIFT:
        if ctx.anchor is None:
            return None
        base = ctx.anchor + timedelta(days=_ANCHORED_PART_SHIFT[rel])
    else:
        base = ctx.ref
        if base is not None and rel == "last":
            base = base - timedelta(days=1)
    if base is None:
        return Found("TIME", f"XXXX-XX-XXT{part}", parts.edge)
    return day_found(base, parts.edge, part)


def holiday(parts: Parts, ctx: Context) -> Found | None:
    """ "Christmas Eve", "Easter 2011", "last Thanksgiving": the year's when it is written, else the
    one before or after the writing for last and next, else the nearest the tense allows."""
    rule = HOLIDAYS[parts.holiday]
    found = _holiday_day(rule, parts, ctx)
    if found is None or parts.unit != "week":
        return found
    return Found("DATE", week_value(found.day), day=found.day)  # "Easter week"


def _holiday_day(rule, parts: Parts, ctx: Context) -> Found | None:
    if parts.year:
        year = year_of(parts.year, ctx.ref.year if ctx.ref else None)
        return None if year is None else _day(rule.date_in(year))
    if parts.year_shift is not None:  # "MLK day of last year"
        return _day(rule.date_in(ctx.ref.year + parts.year_shift)) if ctx.ref else None
    if ctx.ref is None:
        return None
    ref = ctx.ref
    candidates = [rule.date_in(year) for year in (ref.year - 1, ref.year, ref.year + 1)]
    if parts.relation == "last":
        return _day(max(c for c in candidates if c < ref))
    if parts.relation == "next":
        return _day(min(c for c in candidates if c > ref))
    if parts.relation == "this":
        return _day(rule.date_in(ref.year))
    return _day(nearest(ref, candidates, ctx.tense(parts.start, parts.end)))


def _day(day: date) -> Found:
    return Found("DATE", day.isoformat(), day=day)


def ordinal_day(parts: Parts, ctx: Context) -> Found | None:
    """ "the second day of the offensive", "his first day in office": a day counted from an event's
    start, which the text does not date; said in the present ("it is the eighth day of the siege")
    it is the day of writing."""
    if ctx.ref is not None and ctx.tense(parts.start, parts.end) == "present":
        return _day(ctx.ref)
    return Found("DATE", "XXXX-XX-XX")


def coordinated_day(parts: Parts, ctx: Context) -> Found | None:
    """ "April 24 and 25": the second day is in the month of the date just before the "and" (the text
    before must end with that date's day, a smaller one)."""
    point, start = ctx.point, parts.start
    if point is None or point.grain != "day" or parts.day is None or parts.day <= point.day.day:
        return None
    if not ctx.text[:start - len(" and ")].endswith(str(point.day.day)):
        return None
    try:
        return _day(point.day.replace(day=parts.day))
    except ValueError:
        return None


def present_moment(parts: Parts, ctx: Context) -> Found | None:
    """ "at this crucial moment": the present."""
    return Found("DATE", "PRESENT_REF")


def anchored_day(parts: Parts, ctx: Context) -> Found | None:
    """ "the day before", "that night", "later that year", "the following week": from the day (or
    month, year) the text mentioned last, else from the publication date."""
    phrase = parts.phrase
    last = phrase.split()[-1]
    base = ctx.anchor_for(last) or ctx.ref
    if phrase in ANCHOR_SHIFTS:
        if base is None:
            return Found("DATE", "XXXX-XX-XX")
        return day_found(base + timedelta(days=ANCHOR_SHIFTS[phrase]))
    step = 1 if phrase.startswith(("the next", "the following")) else 0
    if base is None:
        return Found("DATE", UNKNOWN.get(last, "XXXX-XX-XX"))
    if last in PARTS_OF_DAY:
        return day_found(base + timedelta(days=step), None, PARTS_OF_DAY[last])
    value = period_value(base, last, step)
    return Found("DATE", value, day=base + timedelta(days=step) if last == "day" else None) if value else None


def week_of(parts: Parts, ctx: Context) -> Found | None:
    """ "the week of March 8": the week holding that day."""
    found = month_day(parts, ctx)
    if found is None:
        return None
    if found.day is None:  # no publication date: the week stays unknown
        return Found("DATE", "XXXX-WXX")
    return Found("DATE", week_value(found.day), day=found.day)


def ordinal_in_month(parts: Parts, ctx: Context) -> Found | None:
    """ "the second of June", "the first Monday of the month", "last Friday of October", "the 20th of
    next month", "the last day of October 2015": the month as alone, then the day inside it."""
    year_month = _month_of(parts, ctx)
    if year_month is None:
        return None
    year, month = year_month
    if year is None:  # no publication date: the day of a month of no known year
        return None if parts.weekday or parts.last_ordinal else Found("DATE", f"XXXX-{month:02d}-{parts.ordinal:02d}")
    days_in = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    if parts.unit == "week":
        return _week_in_month(parts, year, month, days_in)
    from_end = parts.ordinal or 1  # "the last day" 1, "the fifth last day" 5 from the end
    if parts.weekday is not None:
        first = (parts.weekday - date(year, month, 1).isoweekday()) % 7 + 1
        weekdays = list(range(first, days_in + 1, 7))
        number = weekdays[-from_end] if parts.last_ordinal else weekdays[parts.ordinal - 1]
    elif parts.last_ordinal:
        if not parts.day_unit:
            return None  # "the last of March" names no day
        number = days_in + 1 - from_end
    else:
        number = parts.ordinal
    return day_found(date(year, month, number))


def _week_in_month(parts: Parts, year: int, month: int, days_in: int) -> Found | None:
    """The nth (or nth last) full week, Monday to Sunday, of a month."""
    first_monday = (1 - date(year, month, 1).isoweekday()) % 7 + 1
    mondays = [date(year, month, day) for day in range(first_monday, days_in - 5, 7)]
    count = parts.ordinal or 1
    if not 1 <= count <= len(mondays):
        return None
    monday = mondays[-count] if parts.last_ordinal else mondays[count - 1]
    return Found("DATE", week_value(monday), day=None)


def _month_of(parts: Parts, ctx: Context) -> tuple[int | None, int] | None:
    """The year (None when unknown) and month a day is counted in: "of June", "of next month"."""
    if parts.month is not None:
        found = month_period(Parts(parts.text, parts.start, parts.end, month=parts.month, year=parts.year,
                                   relation=parts.relation), ctx)
        if found is None:
            return None
        year = found.value[:4]
        return (int(year) if year.isdecimal() else None), parts.month
    if ctx.ref is None:
        return None
    months = ctx.ref.year * 12 + ctx.ref.month - 1 + PERIOD_SHIFTS[parts.relation or "the"]
    return months // 12, months % 12 + 1


def weekday_of_week(parts: Parts, ctx: Context) -> Found | None:
    """ "Wednesday next week", "Monday of this week", "Saturday last week": that weekday inside the
    week named; "Wednesday after next" is the Wednesday a week after the next one."""
    if ctx.ref is None:
        return Found("DATE", f"XXXX-WXX-{parts.weekday}")
    if parts.relation == "after next":
        return day_found(weekday_date(ctx.ref, parts.weekday, None, "next") + timedelta(weeks=1))
    monday = ctx.ref - timedelta(days=ctx.ref.isoweekday() - 1)
    return day_found(monday + timedelta(weeks=PERIOD_SHIFTS[parts.relation], days=parts.weekday - 1))
