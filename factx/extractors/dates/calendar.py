"""Calendar arithmetic and TimeML value spelling: no parse, no text, only dates and values.

What a resolver needs once it knows the parts: the week or month `n` units away, the nearest
occurrence of a month or weekday that a tense allows, a value's interval, a duration's value.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ...record import Interval
from .model import Days, Found
from .words import DAY_PARTS, PARTS_OF_DAY, SEASON_MONTHS, UNITS

# A value with no publication date to anchor it, by unit.
UNKNOWN = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX", "year": "XXXX",
           "decade": "XXX", "century": "XX", "day": "XXXX-XX-XX"}
# The duration one unit down, for halves: (unit letter, timed) -> (smaller letter, how many make one).
_SMALLER = {("Y", False): ("M", 12), ("M", False): ("D", 30), ("W", False): ("D", 7), ("D", False): ("H", 24),
            ("H", True): ("M", 60), ("M", True): ("S", 60)}
# Units TimeML writes as a count of a smaller one: a decade is P10Y.
_AS_SMALLER = {"DE": (10, "Y"), "CE": (100, "Y"), "Q": (3, "M"), "WE": (2, "D")}
_VALUE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(MO|AF|EV|NI|\d\d:\d\d)(Z|[+-]\d\d:\d\d)?)?)?|-W(\d\d)(-WE)?|-Q([1-4])|-H([12])|-(SP|SU|FA|WI))?")


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_last_day(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))


def shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    total = year * 12 + month - 1 + months
    return total // 12, total % 12 + 1


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, quarters: int) -> tuple[int, int]:
    total = year * 4 + quarter - 1 + quarters
    return total // 4, total % 4 + 1


def started_year(ref: date, first_month: int) -> int:
    """The year of the latest period starting at first_month that has begun by ref."""
    return ref.year if first_month <= ref.month else ref.year - 1


def year_of(text: str, near: int | None) -> int | None:
    """A four-digit year, or a two-digit one ("'58") read in the century of `near`."""
    digits = text.lstrip("'")
    if len(digits) == 4:
        return int(digits)
    if near is None:
        return None
    century = near - near % 100
    year = century + int(digits)
    return year - 100 if year > near + 20 else year


# ---------------------------------------------------------------- intervals


def _day_interval(first: date, clock: str | None, zone: str | None) -> Interval:
    if clock in DAY_PARTS:
        part = DAY_PARTS[clock]
        return Interval(f"{first}T{part.first}", f"{first}T{part.last}")
    if clock:
        instant = f"{first}T{clock}{zone or ''}"
        return Interval(instant, instant)
    return Interval(first.isoformat(), first.isoformat())


def _months_interval(year: int, first_month: int, months: int) -> Interval:
    return Interval(date(year, first_month, 1).isoformat(), month_last_day(year, first_month + months - 1).isoformat())


def value_interval(value: str) -> Interval | None:
    """Inclusive first and last day (or instant) of a TimeML date value; None when it is not a point or range."""
    if value.isdecimal() and len(value) in (2, 3):
        scale = 10 ** (4 - len(value))
        start = int(value) * scale
        return Interval(f"{start:04d}-01-01", f"{start + scale - 1:04d}-12-31")
    m = _VALUE.fullmatch(value)
    if not m:
        return None
    year, month, day, clock, zone, week, weekend, quarter, half, season = m.groups()
    year = int(year)
    try:
        if day:
            return _day_interval(date(year, int(month), int(day)), clock, zone)
        if month:
            return _months_interval(year, int(month), 1)
        if week:
            monday = date.fromisocalendar(year, int(week), 1)
            first = monday + timedelta(days=5) if weekend else monday
            return Interval(first.isoformat(), (monday + timedelta(days=6)).isoformat())
        if quarter or half:
            months = 3 if quarter else 6
            return _months_interval(year, (int(quarter or half) - 1) * months + 1, months)
        if season:
            days = season_span(season, year)
            return Interval(days.first.isoformat(), days.last.isoformat())
        return Interval(f"{year:04d}-01-01", f"{year:04d}-12-31")
    except ValueError:
        return None


def season_span(code: str, year: int) -> Days:
    """First and last day of a season that starts in `year` (winter ends in the next one)."""
    season = SEASON_MONTHS[code]
    end_year = year + 1 if season.last_month < season.first_month else year
    return Days(date(year, season.first_month, 1), month_last_day(end_year, season.last_month))


# ---------------------------------------------------------------- durations


def duration_value(amount: float | None, unit: str) -> str:
    """P3D, PT48H, P20Y for "two decades", PXY for "years"; halves go one unit down."""
    spec = UNITS[unit]
    letter, timed = spec.letter, spec.timed
    prefix = "PT" if timed else "P"
    if amount is None:
        return f"{prefix}X{'Y' if letter in ('DE', 'CE') else 'D' if letter == 'WE' else letter}"
    if letter in _AS_SMALLER:
        times, letter = _AS_SMALLER[letter]
        amount = amount * times
    whole = int(amount)
    if amount == whole:
        return f"{prefix}{whole}{letter}"
    smaller = _SMALLER.get((letter, timed))
    if not smaller:
        return f"{prefix}{amount:g}{letter}"
    rest = round((amount - whole) * smaller[1])
    head = f"{whole}{letter}" if whole else ""
    if not timed and smaller[0] == "H":
        return f"P{head}T{rest}H"
    return f"{prefix}{head}{rest}{smaller[0]}"


# ---------------------------------------------------------------- periods and days


def period_value(ref: date, unit: str, shift: int) -> str | None:
    """The calendar period `shift` units from the one holding ref: 2021-W07, 2021-02, 2020-Q4, 2020."""
    if unit in ("week", "weekend"):
        return week_value(ref + timedelta(weeks=shift)) + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        year, month = shift_months(ref.year, ref.month, shift)
        return f"{year:04d}-{month:02d}"
    if unit == "quarter":
        year, quarter = shift_quarter(*quarter_of(ref), shift)
        return f"{year:04d}-Q{quarter}"
    if unit == "year":
        return f"{ref.year + shift:04d}"
    if unit == "decade":
        return str(ref.year // 10 + shift)
    if unit == "century":
        return str(ref.year // 100 + shift)
    if unit == "day":
        return (ref + timedelta(days=shift)).isoformat()
    return None


def shifted(base: date, unit: str, amount: float, mod) -> Found | None:
    """base moved by amount units, at the unit's granularity (a year ago is a year, not a day)."""
    try:
        if unit == "day":
            day = base + timedelta(days=round(amount))
            return Found("DATE", day.isoformat(), mod, day=day)
        if unit == "week":
            return Found("DATE", week_value(base + timedelta(weeks=round(amount))), mod)
        if unit in ("month", "quarter") or unit == "year" and amount != int(amount):
            months = round(amount * {"quarter": 3, "year": 12}.get(unit, 1))
            year, month = shift_months(base.year, base.month, months)
            return Found("DATE", f"{year:04d}-{month:02d}", mod)
        if unit == "year":
            return Found("DATE", f"{base.year + int(amount):04d}", mod)
        if unit in ("decade", "century"):
            years = 10 if unit == "decade" else 100
            return Found("DATE", str((base.year + round(amount * years)) // years), mod)
    except (ValueError, OverflowError):
        return None
    return None


def day_found(day: date, mod=None, part: str | None = None) -> Found:
    """A day as a DATE, or with a part of the day ("Thursday evening") as a TIME."""
    if part:
        return Found("TIME", f"{day.isoformat()}T{part}", mod, day=day)
    return Found("DATE", day.isoformat(), mod, day=day)


def part_code(word: str | None) -> str | None:
    return PARTS_OF_DAY[word.lower()] if word else None


def nearest(ref: date, candidates: list[date], tense: str | None, window: int = 200) -> date:
    """The candidate closest to ref that the tense allows within `window` days, else the closest of all
    ("extended the offer to Nov. 16" in late October is the coming Nov. 16, past tense or not)."""
    allowed = [c for c in candidates if abs((c - ref).days) <= window
               and (tense != "past" or c <= ref) and (tense != "future" or c >= ref)]
    return min(allowed or candidates, key=lambda c: (abs((c - ref).days), c > ref))


def weekday_date(ref: date, weekday: int, tense: str | None, rel: str) -> date:
    """The day a weekday names: the publication day itself, else the last one (or the next if future)."""
    delta = weekday - ref.isoweekday()
    if rel == "last":
        return ref + timedelta(days=delta - 7 if delta >= 0 else delta)
    if rel == "next" or rel == "this coming":
        return ref + timedelta(days=delta + 7 if delta <= 0 else delta)
    if rel == "this":
        return ref + timedelta(days=delta)
    if delta == 0:
        return ref
    if tense in ("future", "present"):
        return ref + timedelta(days=delta if delta > 0 else delta + 7)
    return ref + timedelta(days=delta if delta < 0 else delta - 7)


def month_date(ref: date, month: int, day: int | None, tense: str | None, window: int = 200) -> date | None:
    """Month (and day) without a year: the nearest occurrence the tense allows (within `window` days)."""
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(date(year, month, day or 1) if day else date(year, month, 1))
        except ValueError:
            continue
    if not candidates:
        return None
    if day is None:  # a month is "past" once it has begun; tense decides across a whole year
        return nearest(date(ref.year, ref.month, 1), candidates, None if tense == "unsure" else tense or "past",
                       window=366)
    return nearest(ref, candidates, tense, window)
