"""Temporal expressions normalised to TimeML TIMEX3 values, anchored on the publication date.

Candidates come from the compiled grammar of dates_rules (tried only at trigger words, so the
cost follows the candidates, not the text), filtered by part of speech and entity type ("may" the
verb, "2000 people"). Each is normalised by rules that keep its granularity ("February" is
2021-02, "last week" 2021-W07), anchored on the publication date, with tense choosing past or
future for weekdays and months, and on the day the text last mentioned for "the day before".
Without a publication date, relative values stay underspecified (XXXX-...) instead of invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..record import DateFact, Interval
from .dates_rules import (
    COMPILED,
    MODIFIERS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    REFS,
    SEASONS,
    SET_WORDS,
    TRIGGERS,
    UNITS,
    WEEKDAYS,
    ZONES,
)

FUTURE_AUX = {"will", "'ll", "shall", "would", "wo", "going", "gon"}
NOT_DATE_ENTS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "PRODUCT", "LAW", "WORK_OF_ART", "ORG", "FAC"}
PAST_AUX = {"did", "had", "has", "have", "was", "were", "'d", "'ve"}
PRESENT_BE = {"is", "are", "am", "'s", "'re"}
YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}  # "June last year", "next year's first quarter"
PLANNING_VERBS = {"schedule", "plan", "expect", "set", "due", "intend", "aim", "hope"}
DURATION_PREPS = {"for", "in", "within", "over", "after", "take", "takes", "took", "taken", "lasted", "spent"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PART_HOURS = {"MO": ("06:00", "11:59"), "AF": ("12:00", "17:59"), "EV": ("18:00", "21:59"), "NI": ("21:00", "23:59")}


@dataclass(slots=True)
class Found:
    """A normalised expression before it becomes a DateFact."""

    type: str
    value: str
    mod: str | None = None
    interval: Interval | None = None
    day: date | None = None  # the specific day it names, an anchor for "the day before"


# ---------------------------------------------------------------- values and intervals


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_last_day(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))


def shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    total = year * 12 + month - 1 + months
    return total // 12, total % 12 + 1


_VALUE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(MO|AF|EV|NI|\d\d:\d\d)(Z|[+-]\d\d:\d\d)?)?)?|-W(\d\d)(-WE)?|-Q([1-4])|-H([12])|-(SP|SU|FA|WI))?")


def value_interval(value: str) -> Interval | None:
    """Inclusive first and last day (or instant) of a TimeML date value; None when it is not a point or range."""
    if value.isdigit() and len(value) in (2, 3):
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
            first = date(year, int(month), int(day))
            if clock in PART_HOURS:
                a, b = PART_HOURS[clock]
                return Interval(f"{first}T{a}", f"{first}T{b}")
            if clock:
                instant = f"{first}T{clock}{zone or ''}"
                return Interval(instant, instant)
            return Interval(first.isoformat(), first.isoformat())
        if month:
            return Interval(date(year, int(month), 1).isoformat(), month_last_day(year, int(month)).isoformat())
        if week:
            monday = date.fromisocalendar(year, int(week), 1)
            first = monday + timedelta(days=5) if weekend else monday
            return Interval(first.isoformat(), (monday + timedelta(days=6)).isoformat())
        if quarter or half:
            months = 3 if quarter else 6
            first_month = (int(quarter or half) - 1) * months + 1
            return Interval(date(year, first_month, 1).isoformat(),
                            month_last_day(year, first_month + months - 1).isoformat())
        if season:
            a, b = SEASON_MONTHS[season]
            end_year = year + 1 if b < a else year
            return Interval(date(year, a, 1).isoformat(), month_last_day(end_year, b).isoformat())
        return Interval(f"{year:04d}-01-01", f"{year:04d}-12-31")
    except ValueError:
        return None


def duration_value(amount: float | None, unit: str) -> str:
    """P3D, PT48H, P20Y for "two decades", PXY for "years"; halves go one unit down."""
    letter, timed = UNITS[unit]
    prefix = "PT" if timed else "P"
    if amount is None:
        return f"{prefix}X{'Y' if letter in ('DE', 'CE') else 'D' if letter == 'WE' else letter}"
    if letter == "DE":
        amount, letter = amount * 10, "Y"
    elif letter == "CE":
        amount, letter = amount * 100, "Y"
    elif letter == "Q":
        amount, letter = amount * 3, "M"
    elif letter == "WE":
        amount, letter = amount * 2, "D"
    whole = int(amount)
    if amount == whole:
        return f"{prefix}{whole}{letter}"
    smaller = {("Y", False): ("M", 12), ("M", False): ("D", 30), ("W", False): ("D", 7), ("D", False): ("H", 24),
               ("H", True): ("M", 60), ("M", True): ("S", 60)}.get((letter, timed))
    if not smaller:
        return f"{prefix}{amount:g}{letter}"
    rest = round((amount - whole) * smaller[1])
    head = f"{whole}{letter}" if whole else ""
    if not timed and smaller[0] == "H":
        return f"P{head}T{rest}H"
    return f"{prefix}{head}{rest}{smaller[0]}"


def parse_number(words: str) -> float | None:
    """3, 2.5, "2 1/2", "twenty-five", "a couple of", "two and a half"; None for "several"."""
    words = " ".join(words.lower().split())
    half = 0.0
    if words.endswith(" and a half"):
        words, half = words[: -len(" and a half")], 0.5
    if words.endswith(" 1/2"):
        words, half = words[:-4], 0.5
    try:
        return float(words) + half
    except ValueError:
        pass
    parts = re.split(r"[\s-]+", words)
    if words in NUMBER_WORDS:
        return NUMBER_WORDS[words] + half
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]] + half
    return None


def unit_name(word: str) -> str:
    word = word.lower()
    return "century" if word.startswith("centur") else word.rstrip("s")


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


# ---------------------------------------------------------------- context: tense and anchors


class Context:
    """The publication date, the tense around a span, and what the text mentioned last."""

    def __init__(self, doc, published: date | None):
        self.doc = doc
        self.text = doc.text
        self.ref = published
        self.anchor: date | None = None  # the last specific day the text mentioned
        self.point: tuple[date, str] | None = None  # the last day, month or year it mentioned, and which
        self.quarter: tuple[int, int, int] | None = None  # (year, quarter, offset) last mentioned
        # Token index by start and by end offset: Doc.char_span scans the whole Doc, too slow per candidate.
        self.starts = {token.idx: token.i for token in doc}
        self.ends = {token.idx + len(token.text): token.i for token in doc}

    def span(self, start: int, end: int):
        """The tokens exactly covering [start, end), or None when the offsets cut a token."""
        first, last = self.starts.get(start), self.ends.get(end)
        if first is None or last is None or last < first:
            return None
        return self.doc[first:last + 1]

    def anchor_for(self, unit: str) -> date | None:
        """What "that year" or "the following month" refers to: the last mention fine enough for the unit."""
        if unit in ("month", "year", "quarter") and self.point is not None:
            point, grain = self.point
            if unit != "month" or grain != "year":
                return point
        return self.anchor

    def said_of_itself(self, start: int, end: int) -> bool:
        """Whether a past verb governs the date directly ("the year ended March 31", "closed the deal
        Nov. 16"): then the past holds however far back, unlike "extended the offer to Nov. 16"."""
        span = self.span(start, end)
        return span is not None and span.root.head.tag_ in ("VBD", "VBN") and span.root.dep_ in ("npadvmod", "dobj")

    def tense(self, start: int, end: int) -> str | None:
        """"past", "present" or "future" from the nearest finite verb above the span (non-finite ones are
        passed: "rising to a high in June" takes its tense from the clause, not from "rising"). A past that
        governs an infinitive or a deadline is "unsure": "agreed to buy it in June" may be June to come. A weekday
        reads "present" as future ("the trial opens Monday"); a month or date reads it as either way
        ("prices are higher than in October")."""
        span = self.span(start, end)
        if span is None:
            return None
        token = span.root
        # "agreed to buy it in February", "gave them until March": that time may still be ahead
        maybe_ahead = token.head.lower_ in ("until", "till", "through", "by") and token.dep_ == "pobj"
        for _ in range(8):
            if token.tag_.startswith("VB") or token.tag_ == "MD":
                children = [c for c in token.children if c.dep_ in ("aux", "auxpass")][:4]
                words = {c.lower_ for c in children}
                if token.tag_ == "VB" and "to" in words:
                    maybe_ahead = True
                    token = token.head
                    continue
                planned = token.lemma_ in PLANNING_VERBS and "had" not in words and (
                    token.tag_ != "VBN" or children or any(
                        c.lower_ in ("for", "to") or c.dep_ == "xcomp" for c in token.children))
                if "have" in words and token.tag_ == "VBN" and not words & FUTURE_AUX:
                    return "past"  # "may have been responsible", "could have hurt": a guess about the past
                # "could" is the past of "can" ("he could not be reached Wednesday"), no pointer forward
                if words & FUTURE_AUX or any(c.tag_ == "MD" and c.lower_ != "could" for c in children) or planned:
                    return "future"  # "is scheduled for Monday", "a summit set for April"; not "a record set Aug. 6"
                if token.tag_ == "VBD" or words & PAST_AUX or token.tag_ == "VBN" and not children:
                    return "unsure" if maybe_ahead else "past"  # a bare participle: "the ruling announced Wednesday"
                if token.tag_ in ("VBZ", "VBP") and token.lemma_ != "say" or token.tag_ == "VBG" and words & PRESENT_BE:
                    return "present"  # "the trial opens Monday", "is meeting Monday"
            if token.head is token:
                return None
            token = token.head
        return None


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


def mod_of(words: str | None) -> str | None:
    if not words:
        return None
    return MODIFIERS.get(" ".join(words.lower().split()))


# ---------------------------------------------------------------- normalisers, one per pattern


def day_found(day: date, mod=None, part: str | None = None) -> Found:
    if part:
        code = PARTS_OF_DAY[part.lower()]
        return Found("TIME", f"{day.isoformat()}T{code}", mod, day=day)
    return Found("DATE", day.isoformat(), mod, day=day)


def n_month_day(m, ctx: Context) -> Found | None:
    month = MONTHS[m["m1"].lower().rstrip(".")]
    first_day = int(m["d1"])
    year = year_of(m["y1"], ctx.ref.year if ctx.ref else None) if m["y1"] else None
    mod = mod_of(m["edge"])
    try:
        if year is not None:
            first = date(year, month, first_day)
        elif ctx.ref is not None:
            tense = ctx.tense(m.start(), m.end())
            window = 366 if tense == "past" and ctx.said_of_itself(m.start(), m.end()) else 200
            first = month_date(ctx.ref, month, first_day, tense, window)
        else:
            date(2000, month, first_day)  # validates the day
            return Found("DATE", f"XXXX-{month:02d}-{first_day:02d}", mod)
        if first is None:
            return None
        if m["d2"]:
            last_month = MONTHS[m["m2"].lower().rstrip(".")] if m["m2"] else month
            last = date(first.year + (last_month < month), last_month, int(m["d2"]))
            if last <= first:
                return None
            return Found("DATE", first.isoformat(), mod, Interval(first.isoformat(), last.isoformat()), day=first)
    except ValueError:
        return None
    return Found("DATE", first.isoformat(), mod, day=first)


def n_day_month(m, ctx: Context) -> Found | None:
    return n_month_day(_Groups(m, d2=None, m2=None, edge=None), ctx)


class _Groups:
    """A match whose missing groups read as None: lets patterns share a normaliser."""

    def __init__(self, match, span_end: int | None = None, **extra):
        self.match, self.extra = match, extra
        self.span_end = match.end() if span_end is None else span_end

    def __getitem__(self, name):
        if name in self.extra:
            return self.extra[name]
        try:
            return self.match[name]
        except IndexError:
            return None

    def start(self):
        return self.match.start()

    def group(self, *names):
        return self.match.group(*names)

    def end(self):
        """Where the expression ends once trailing punctuation is left out, so its tokens can be found."""
        return self.span_end


def n_month(m, ctx: Context) -> Found | None:
    month = MONTHS[m["m1"].lower().rstrip(".")]
    mod = mod_of(m["edge"])
    rel = " ".join((m["rel"] or "").lower().split())
    if m["y1"]:
        year = year_of(m["y1"], ctx.ref.year if ctx.ref else None)
        return Found("DATE", f"{year:04d}-{month:02d}", mod) if year else None
    if m["yrel"]:  # "June last year"
        if ctx.ref is None:
            return Found("DATE", f"XXXX-{month:02d}", mod)
        return Found("DATE", f"{ctx.ref.year + YEAR_SHIFT[m['yrel'].lower()]:04d}-{month:02d}", mod)
    if rel in ("that", "the same", "the following") and ctx.anchor is None:
        return None
    if ctx.ref is None:
        return Found("DATE", f"XXXX-{month:02d}", mod)
    if rel == "last":  # "last February" said in March is a year back: the month just gone is "last month"
        year = ctx.ref.year if month < ctx.ref.month - 1 else ctx.ref.year - 1
    elif rel == "next":
        year = ctx.ref.year if month > ctx.ref.month else ctx.ref.year + 1
    elif rel == "this":
        year = ctx.ref.year
    else:
        tense = ctx.tense(m.start(), m.end())
        year = month_date(ctx.ref, month, None, tense).year
    return Found("DATE", f"{year:04d}-{month:02d}", mod)


def n_month_abbr_year(m, ctx: Context) -> Found | None:
    return n_month(_Groups(m, edge=None, rel=None, yrel=None), ctx)


def n_iso_date(m, ctx: Context) -> Found | None:
    try:
        day = date(int(m["y1"]), int(m["mo"]), int(m["d1"]))
    except ValueError:
        return None
    return Found("DATE", day.isoformat(), day=day)


def n_numeric_date(m, ctx: Context) -> Found | None:
    """US order (month/day/year) unless the first number cannot be a month."""
    first, second = int(m["mo"]), int(m["d1"])
    year = int(m["y1"]) if len(m["y1"]) == 4 else year_of("'" + m["y1"], (ctx.ref or date.today()).year)
    month, day_number = (first, second) if first <= 12 else (second, first)
    try:
        day = date(year, month, day_number)
    except ValueError:
        return None
    return Found("DATE", day.isoformat(), day=day)


def n_weekday(m, ctx: Context) -> Found | None:
    weekday = WEEKDAYS[m["wd"].lower().rstrip("s")]
    part = m["part"]
    if m["every"] or m["plural"] or m["wds"]:  # "every Thursday", "Tuesday nights", "on Mondays"
        suffix = f"T{PARTS_OF_DAY[part.lower()]}" if part else ""
        return Found("SET", f"XXXX-WXX-{weekday}{suffix}")
    mod = mod_of(m["edge"])
    rel = " ".join((m["rel"] or "").lower().split())
    if rel == "that":
        if ctx.anchor is None:
            return None
        rel = ""
    if rel in ("the previous", "the following") and (ctx.anchor or ctx.ref):
        base = ctx.anchor or ctx.ref  # the Friday before (after) the day the text is telling about
        if rel == "the previous":
            step = -((base.isoweekday() - weekday - 1) % 7 + 1)
        else:
            step = (weekday - base.isoweekday() - 1) % 7 + 1
        return day_found(base + timedelta(days=step), mod, part)
    if ctx.ref is None:
        suffix = f"T{PARTS_OF_DAY[part.lower()]}" if part else ""
        return Found("TIME" if part else "DATE", f"XXXX-WXX-{weekday}{suffix}", mod)
    possessive = ctx.text.startswith("'s", m.end())  # "Wednesday's ruling": already happened
    tense = None if possessive else ctx.tense(m.start(), m.end())
    return day_found(weekday_date(ctx.ref, weekday, tense, rel), mod, part)


def n_clock(m, ctx: Context) -> Found | None:
    if m["noon"]:
        hour, minute = (0 if m["noon"].lower() == "midnight" else 12), 0
    elif m["hm24"]:
        hour, minute = int(m["hm24"]), int(m["min24"])
    else:
        hour, minute = int(m["hour"]), int(m["minute"] or 0)
        ampm = m["ampm"].lower()
        if hour > 12 or hour == 0 and not ampm.startswith("o"):
            return None
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        elif m["clockpart"] and m["clockpart"].lower() in ("afternoon", "evening") and hour < 12:
            hour += 12
    zone = ZONES.get((m["zone"] or "").lower(), "")
    day = None
    if m["m1"]:
        on_day = n_month_day(_Groups(m, d2=None, m2=None, edge=None, y1=None, wd=None), ctx)
        if on_day is None:
            return None
        day = on_day.day
    elif m["wd"] and ctx.ref is not None:
        day = weekday_date(ctx.ref, WEEKDAYS[m["wd"].lower().rstrip("s")], ctx.tense(m.start(), m.end()), "")
    elif m["deictic"] and ctx.ref is not None:
        day = deictic_day(ctx.ref, m["deictic"])
    elif not m["wd"] and not m["deictic"] and not m["m1"]:
        day = ctx.anchor or ctx.ref
    mod = "APPROX" if m["approx"] and m["approx"].lower() in ("about", "around", "approximately") else None
    prefix = day.isoformat() if day else on_day.value if m["m1"] else (f"XXXX-WXX-{WEEKDAYS[m['wd'].lower().rstrip('s')]}" if m["wd"] else "XXXX-XX-XX")
    return Found("TIME", f"{prefix}T{hour:02d}:{minute:02d}{zone}", mod, day=day)


def deictic_day(ref: date, word: str) -> date:
    return ref + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word.lower(), 0))


def n_deictic(m, ctx: Context) -> Found | None:
    word = m["deictic"].lower()
    part = m["part"] or ("night" if word == "tonight" else None)
    mod = mod_of(m["edge"])
    if ctx.ref is None:
        suffix = f"T{PARTS_OF_DAY[part.lower()]}" if part else ""
        return Found("TIME" if part else "DATE", f"XXXX-XX-XX{suffix}", mod)
    return day_found(deictic_day(ctx.ref, word), mod, part)


def n_part_of_day(m, ctx: Context) -> Found | None:
    """"this morning", "last night", "overnight" (needs a part of the day unless "overnight")."""
    rel = " ".join(m["rel"].lower().split())
    part = m["part"] or ("night" if rel == "overnight" else None)
    if part is None or (rel == "overnight" and m["part"]):
        return None
    mod = mod_of(m["edge"])
    if rel in ("that", "the same", "the next", "the following", "the previous"):
        base = ctx.anchor
        if base is None:
            return None
        base = base + timedelta(days={"the next": 1, "the following": 1, "the previous": -1}.get(rel, 0))
    else:
        base = ctx.ref
        if base is not None and rel == "last":
            base = base - timedelta(days=1)
    if base is None:
        return Found("TIME", f"XXXX-XX-XXT{PARTS_OF_DAY[part.lower()]}", mod)
    return day_found(base, mod, part)


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, quarters: int) -> tuple[int, int]:
    total = year * 4 + quarter - 1 + quarters
    return total // 4, total % 4 + 1


def period_value(ref: date, unit: str, shift: int) -> str | None:
    """The calendar period `shift` units from the one holding ref: 2021-W07, 2021-02, 2020-Q4, 2020."""
    if unit == "week":
        return week_value(ref + timedelta(weeks=shift))
    if unit == "weekend":
        return week_value(ref + timedelta(weeks=shift)) + "-WE"
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


POINT = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
UNKNOWN = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX", "year": "XXXX",
           "decade": "XXX", "century": "XX", "day": "XXXX-XX-XX"}
PERIOD_END = re.compile(r"\s+(?:ended|ending|to|through|before|after|since|earlier|later|ago)\b", re.IGNORECASE)
PAST_WORDS = {"last", "the previous", "previous", "the prior"}
SPAN_WORDS = {"the past", "the last", "past", "the coming", "the next"}


def n_relative_unit(m, ctx: Context) -> Found | None:
    rel = " ".join(m["rel"].lower().split())
    unit = m["unit"].lower()
    mod = mod_of(m["edge"]) or mod_of(m["shift"])
    if unit == "period" and rel == "the latest":
        unit = "quarter"  # results news: the quarter just reported
    if unit in ("season", "half", "period") or rel == "the full" and unit != "year":
        return None
    if rel == "the full":  # "sales for the full year": the year, as "the year" is
        rel = "the"
    if rel in SPAN_WORDS and not m["edge"] and not m["shift"]:
        if unit in ("day", "weekend"):
            return None
        return Found("DURATION", duration_value(1, unit), mod)
    if rel in ("that", "the same", "the following"):
        base = ctx.anchor_for(unit)
        if base is None or unit == "day" and rel == "that":
            return None
        value = period_value(base, unit, 1 if rel == "the following" else 0)
        return Found("DATE", value, mod, day=base if unit == "day" else None) if value else None
    if rel == "the first":
        return None
    if rel in ("the", "the latest"):
        if unit == "quarter":
            if rel == "the" and ctx.quarter and m.start() - ctx.quarter[2] < 800 and (
                    ctx.ref is None or ctx.quarter[:2] <= quarter_of(ctx.ref)):  # the quarter just named
                return Found("DATE", f"{ctx.quarter[0]:04d}-Q{ctx.quarter[1]}", mod)
            if ctx.ref is None:
                return Found("DATE", "XXXX-QX", mod)
            return Found("DATE", period_value(ctx.ref, "quarter", -1), mod)
        if unit == "weekend":
            return weekend(ctx, m, mod)
        if unit == "year" and ctx.ref is not None and mod:
            return Found("DATE", f"{ctx.ref.year:04d}", mod)  # "the end of the year"
        if unit == "year" and ctx.ref is not None and not PERIOD_END.match(ctx.text, m.end()):
            return Found("DATE", f"{ctx.ref.year:04d}", mod)  # "a high for the year": this year
        if unit in ("year", "decade", "century") and rel == "the":
            return Found("DURATION", duration_value(1, unit), mod)  # "the year ended Sept. 30"
        if unit == "week" and rel == "the" and ctx.ref is not None:
            return Found("DATE", week_value(ctx.ref), mod)
        return None
    shift = -1 if rel in PAST_WORDS else 1 if rel in ("next",) else 0
    if unit == "day":
        return None
    if ctx.ref is None:
        return Found("DATE", UNKNOWN[unit], mod)
    if unit == "weekend" and rel == "this":
        return weekend(ctx, m, mod)
    value = period_value(ctx.ref, unit, shift)
    return Found("DATE", value, mod) if value else None


def weekend(ctx: Context, m, mod) -> Found:
    """The weekend just past (or, in future tense, the coming one)."""
    if ctx.ref is None:
        return Found("DATE", "XXXX-WXX-WE", mod)
    future = ctx.tense(m.start(), m.end()) in ("future", "present")
    shift = 0 if future or ctx.ref.isoweekday() >= 6 else -1
    return Found("DATE", period_value(ctx.ref, "weekend", shift), mod)


def n_season(m, ctx: Context) -> Found | None:
    code = SEASONS[m["season"].lower()]
    mod = mod_of(m["edge"])
    rel = " ".join((m["rel"] or "").lower().split())
    if m["y1"]:
        year = year_of(m["y1"], ctx.ref.year if ctx.ref else None)
        return Found("DATE", f"{year:04d}-{code}", mod) if year else None
    if not rel and not mod:
        return None  # "the fall of the city": a bare season name is too often something else
    rel = "last" if rel in ("the past", "this past") else rel
    if ctx.ref is None:
        return Found("DATE", f"XXXX-{code}", mod)
    first_month, last_month = SEASON_MONTHS[code]

    def span(year):
        end_year = year + 1 if last_month < first_month else year
        return date(year, first_month, 1), month_last_day(end_year, last_month)

    years = range(ctx.ref.year - 2, ctx.ref.year + 2)
    if rel == "last" or (not rel or rel == "the") and ctx.tense(m.start(), m.end()) == "past":
        year = max(y for y in years if span(y)[1] < ctx.ref or (rel != "last" and span(y)[0] <= ctx.ref))
    elif rel == "next" or (not rel or rel == "the") and ctx.tense(m.start(), m.end()) == "future":
        year = min(y for y in years if span(y)[0] > ctx.ref or (rel != "next" and span(y)[1] >= ctx.ref))
    elif rel == "this" or not rel or rel == "the":
        year = ctx.ref.year - 1 if last_month < first_month and ctx.ref.month <= last_month else ctx.ref.year
    else:
        return None
    return Found("DATE", f"{year:04d}-{code}", mod)


def started_year(ref: date, first_month: int) -> int:
    """The year of the latest period starting at first_month that has begun by ref."""
    return ref.year if first_month <= ref.month else ref.year - 1


def n_ordinal_quarter(m, ctx: Context) -> Found | None:
    number = ORDINALS[m["ord"].lower()]
    unit = m["unit"].lower()
    letter, months = ("Q", 3) if unit == "quarter" else ("H", 6)
    if number > 12 // months:
        return None
    near = ctx.ref.year if ctx.ref else None
    year = year_of(m["y1"] or m["y0"], near) if m["y1"] or m["y0"] else None
    if year is None and m["ago"] and ctx.ref is not None:
        year = started_year(ctx.ref, (number - 1) * months + 1) - 1
    if year is None and m["yrel"] and ctx.ref is not None:  # "next year's first quarter"
        year = ctx.ref.year + YEAR_SHIFT[m["yrel"].lower()]
    if year is None:
        if ctx.ref is None:
            return Found("DATE", f"XXXX-{letter}{number}")
        year = started_year(ctx.ref, (number - 1) * months + 1)
    return Found("DATE", f"{year:04d}-{letter}{number}")


def n_q_quarter(m, ctx: Context) -> Found | None:
    return n_ordinal_quarter(_Groups(m, ord=m["ord"] + ("st", "nd", "rd", "th")[int(m["ord"]) - 1], unit="quarter"), ctx)


def n_first_months(m, ctx: Context) -> Found | None:
    return Found("DURATION", f"P{int(parse_number(m['num']))}M")


def n_year(m, ctx: Context) -> Found | None:
    if m["y1"].startswith("'") and not m["fiscal"]:
        return None
    year = year_of(m["y1"], ctx.ref.year if ctx.ref else None)
    if year is None:
        return None
    mod = mod_of(m["edge"])
    if m["y2"]:
        last = year_of(m["y2"], year)
        if last is None or last <= year:
            return None
        return Found("DATE", f"{year:04d}", mod, Interval(f"{year:04d}-01-01", f"{last:04d}-12-31"))
    return Found("DATE", f"{year:04d}", mod)


def n_decade(m, ctx: Context) -> Found | None:
    digits = m["dec"]
    if digits.startswith("'"):
        century = (ctx.ref.year // 100) if ctx.ref else 19
        decade = int(digits[1:])
        year = (century if decade <= (ctx.ref.year % 100 if ctx.ref else 99) else century - 1) * 100 + decade
    else:
        year = int(digits)
    return Found("DATE", str(year // 10), mod_of(m["edge"]))


def n_century(m, ctx: Context) -> Found | None:
    word = m["ord"].lower()
    number = ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
    if not 1 <= number <= 21:
        return None
    return Found("DATE", f"{number - 1:02d}")


def n_ago(m, ctx: Context) -> Found | None:
    amount = parse_number(m["num"])
    unit = unit_name(m["unit"])
    direction = " ".join(m["dir"].lower().split())
    mod = mod_of(m["mod"])
    relative_to_text = direction in ("earlier", "later")
    if unit in ("hour", "minute", "second", "night", "weekend") or relative_to_text and (
            amount is None or unit in ("day", "week")):
        return None  # "three days later" is annotated as the duration "three days"
    if amount is None:
        return Found("DATE", "PAST_REF" if direction in ("ago", "earlier", "before") else "FUTURE_REF", mod)
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    if unit == "year" and amount == 1 and ctx.quarter and m.start() - ctx.quarter[2] < 800:
        year, quarter = ctx.quarter[:2]
        return Found("DATE", f"{year + sign:04d}-Q{quarter}", mod)
    base = (ctx.anchor if relative_to_text and ctx.anchor else None) or ctx.ref
    if base is None:
        return Found("DATE", UNKNOWN.get(unit, "XXXX-XX-XX"), mod)
    return shifted(base, unit, sign * amount, mod)


def shifted(base: date, unit: str, amount: float, mod) -> Found | None:
    """base moved by amount units, at the unit's granularity (a year ago is a year, not a day)."""
    try:
        if unit == "day":
            day = base + timedelta(days=round(amount))
            return Found("DATE", day.isoformat(), mod, day=day)
        if unit == "week":
            return Found("DATE", week_value(base + timedelta(weeks=round(amount))), mod)
        if unit in ("month", "quarter"):
            months = round(amount * (3 if unit == "quarter" else 1))
            year, month = shift_months(base.year, base.month, months)
            return Found("DATE", f"{year:04d}-{month:02d}", mod)
        if unit == "year":
            if amount != int(amount):
                year, month = shift_months(base.year, base.month, round(amount * 12))
                return Found("DATE", f"{year:04d}-{month:02d}", mod)
            return Found("DATE", f"{base.year + int(amount):04d}", mod)
        if unit == "decade":
            return Found("DATE", str((base.year + round(amount * 10)) // 10), mod)
        if unit == "century":
            return Found("DATE", str((base.year + round(amount * 100)) // 100), mod)
    except (ValueError, OverflowError):
        return None
    return None


def n_duration(m, ctx: Context) -> Found | None:
    unit = unit_name(m["unit"])
    amount = parse_number(m["num"])
    number_word = " ".join(m["num"].lower().split())
    if amount is not None and amount > 100_000 or re.fullmatch(r"(?:19|20)\d\d", m["num"]):
        return None  # "the 1988 quarter" is a date
    if unit == "second" and number_word in ("a", "an"):
        return None  # "a second" is an ordinal
    if unit == "quarter" and re.search(r"\w-quarter", m.group(0), re.IGNORECASE):
        return None  # "three-quarters of its food" is a fraction
    if number_word == "one" and unit == "day" and not m["mod"] and not m["span"] and someday(ctx, m):
        return Found("DATE", "FUTURE_REF")
    if m["half"] and amount is not None:
        amount += 0.5  # "a minute and a half"
    if number_word in ("a", "an", "one") and not m["mod"] and not m["span"]:
        before = preceding_word(ctx, m)
        if before in ("once", "twice", "times", "per") or re.search(r"[\d%]$", before):
            return Found("SET", duration_value(1, unit))
    if m["old"]:
        return None
    return Found("DURATION", duration_value(amount, unit), mod_of(m["mod"]))


def someday(ctx: Context, m) -> bool:
    """"will one day be", "may one day replace": after a modal, "one day" is an indefinite future, not a length."""
    span = ctx.span(m.start(), m.end())
    return span is not None and span.start > 0 and span.doc[span.start - 1].tag_ == "MD"


def n_compound_duration(m, ctx: Context) -> Found | None:
    if m.group(0).endswith("-old"):
        return None  # ages are not temporal expressions in TimeML news annotation
    amount = parse_number(m["num"])
    if amount is None or amount > 10_000:
        return None
    return Found("DURATION", duration_value(amount, m["unit"].lower()))


def preceding_word(ctx: Context, m) -> str:
    before = ctx.text[max(0, m.start() - 16): m.start()].lower().split()
    return before[-1] if before else ""


def n_bare_units(m, ctx: Context) -> Found | None:
    if preceding_word(ctx, m) not in DURATION_PREPS:
        return None
    return Found("DURATION", duration_value(None, unit_name(m["unit"])))


def n_vague_unit(m, ctx: Context) -> Found | None:
    """"recent years", "the coming weeks", "the past few days": a span of unspecified length."""
    return Found("DURATION", duration_value(None, unit_name(m["unit"])))


def n_ref(m, ctx: Context) -> Found | None:
    return Found("DATE", REFS[" ".join(m["ref"].lower().split())])


def n_set_word(m, ctx: Context) -> Found | None:
    return Found("SET", SET_WORDS[m["set"].lower()])


def n_every_unit(m, ctx: Context) -> Found | None:
    if m["m1"]:  # "each July"
        return Found("SET", f"XXXX-{MONTHS[m['m1'].lower()]:02d}")
    unit = m["unit"].lower()
    every = 2 if (m["num"] or "").lower() == "other" else parse_number(m["num"]) if m["num"] else 1
    if every is None:
        return None
    if unit in PARTS_OF_DAY:
        return Found("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}")
    if unit in SEASONS:
        return Found("SET", f"XXXX-{SEASONS[unit]}")
    return Found("SET", duration_value(every, unit))


def n_year_earlier(m, ctx: Context) -> Found | None:
    """"the year-earlier quarter", "year-ago", "the 1988 period": in a report on a quarter, that quarter."""
    if m["y1"]:
        year = int(m["y1"])
        return Found("DATE", f"{year:04d}-Q{ctx.quarter[1]}" if ctx.quarter else f"{year:04d}")
    rel = (m["rel"] or m["bare"]).lower()
    if rel == "same":
        return None
    if ctx.quarter and m.start() - ctx.quarter[2] < 800 and (m["unit"] or "quarter").lower() in ("quarter", "period"):
        year, quarter = ctx.quarter[:2]
        return Found("DATE", f"{year - 1:04d}-Q{quarter}")
    if ctx.ref is None:
        return Found("DATE", "XXXX")
    return Found("DATE", f"{ctx.ref.year - 1:04d}")


def n_week_of(m, ctx: Context) -> Found | None:
    found = n_month_day(_Groups(m, d2=None, m2=None, edge=None), ctx)
    if found is None:
        return None
    if found.day is None:  # no publication date: the week stays unknown
        return Found("DATE", "XXXX-WXX")
    return Found("DATE", week_value(found.day), day=found.day)


def n_year_end(m, ctx: Context) -> Found | None:
    """The end of the publication year, like "the end of the year"; "since year-end" looks back a year."""
    if ctx.ref is None:
        return Found("DATE", "XXXX", "END")
    return Found("DATE", f"{ctx.ref.year - (preceding_word(ctx, m) == 'since'):04d}", "END")


ANCHOR_SHIFT = {"the day before": -1, "the previous day": -1, "the day after": 1, "the next day": 1,
                "the following day": 1}


def n_anchored_day(m, ctx: Context) -> Found | None:
    phrase = " ".join(m["phrase"].lower().split())
    last = phrase.split()[-1]
    base = ctx.anchor_for(last) or ctx.ref
    if phrase in ANCHOR_SHIFT:
        if base is None:
            return Found("DATE", "XXXX-XX-XX")
        return day_found(base + timedelta(days=ANCHOR_SHIFT[phrase]))
    step = 1 if phrase.startswith(("the next", "the following")) else 0
    if base is None:
        return Found("DATE", UNKNOWN.get(last, "XXXX-XX-XX"))
    if last in PARTS_OF_DAY:
        return day_found(base + timedelta(days=step), None, last)
    value = period_value(base, last, step)
    return Found("DATE", value, day=base + timedelta(days=step) if last == "day" else None) if value else None


def holiday_date(name: str, year: int) -> date:
    fixed = {"christmas eve": (12, 24), "christmas": (12, 25), "christmas day": (12, 25), "new year's eve": (12, 31),
             "new year's day": (1, 1), "independence day": (7, 4), "halloween": (10, 31),
             "valentine's day": (2, 14)}
    if name in fixed:
        return date(year, *fixed[name])
    if name.startswith("thanksgiving"):
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if name == "election day":  # US: the Tuesday after the first Monday of November
        first = date(year, 11, 2)
        return first + timedelta(days=(1 - first.weekday()) % 7)
    if name == "labor day":
        first = date(year, 9, 1)
        return first + timedelta(days=(0 - first.weekday()) % 7)
    if name == "memorial day":
        last = date(year, 5, 31)
        return last - timedelta(days=last.weekday())
    if name == "easter":
        from dateutil.easter import easter  # python-dateutil, which dateparser already brings

        return easter(year)
    raise KeyError(f"no rule for the holiday {name!r}")  # a name in the pattern without a rule is a bug


def n_holiday(m, ctx: Context) -> Found | None:
    name = " ".join(m["holiday"].lower().split())
    if ctx.ref is None:
        return None
    candidates = [holiday_date(name, y) for y in (ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1)]
    day = nearest(ctx.ref, candidates, ctx.tense(m.start(), m.end()))
    return Found("DATE", day.isoformat(), day=day)


def spelled_number(words: str) -> int:
    """Sum of number words: "ninety-six" 96, "two thousand and one" 2001."""
    total = 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word == "thousand":
            total *= 1000
        elif word in NUMBER_WORDS and word not in ("a", "an"):
            total += NUMBER_WORDS[word]
    return total


def n_spelled_year(m, ctx: Context) -> Found | None:
    words = m["words"].lower()
    if words.startswith("two"):
        year = spelled_number(words)
    else:
        rest = re.split(r"[\s-]+", words, maxsplit=1)[1]
        year = 1900 if rest == "hundred" else 1900 + spelled_number(rest.replace("oh", ""))
    if m["m1"]:
        return Found("DATE", f"{year:04d}-{MONTHS[m['m1'].lower()]:02d}")
    return Found("DATE", f"{year:04d}")


def n_decade_word(m, ctx: Context) -> Found | None:
    return Found("DATE", f"19{spelled_number(m['decade'][:-3] + 'y') // 10}", mod_of(m["edge"]))


NORMALISERS = {name: globals()[f"n_{name}"] for name in COMPILED}


# ---------------------------------------------------------------- candidates and the extractor


def is_trigger(token) -> bool:
    word = token.lower_.rstrip(".")
    return word in TRIGGERS or word[:1].isdigit() or word.split("-")[0] in TRIGGERS or word[:1] == "'"


def rejected(name: str, m, span) -> bool:
    """Part of speech and entity type veto a match: "May" the modal, "2000 people", "Boeing 747"."""
    first = span[0]
    if len(span) > 1 and all(token.text[:1].isupper() for token in span) and span.start > 0 and (
            span.doc[span.start - 1].text in ('"', "``", "“", "'")) and any(
            token.lower_.rstrip(".") not in MONTHS and token.lower_ not in WEEKDAYS for token in span[1:]):
        return True  # a quoted title: ABC's "This Week" (but a quote may open with "Last Friday")
    if name == "ref" and first.lower_ == "now" and len(span) == 1 and span.end < len(span.doc) and (
            span.doc[span.end].text == "," and (first.is_sent_start or first.i == 0 or first.nbor(-1).is_quote)):
        return True  # "Now, he says, ...": a discourse marker opening the sentence
    if name == "month" and len(span) == 1:
        return first.tag_ == "MD" or first.tag_.startswith("VB") or first.ent_type_ in (
            "PERSON", "ORG", "PRODUCT", "WORK_OF_ART")
    if name == "year" and not m["fiscal"] and not m["edge"]:
        year_token = span[-1]
        before = span.doc[span.start - 1] if span.start > 0 else None
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if year_token.ent_type_ in NOT_DATE_ENTS:
            return True
        if before is not None and (before.text in ("$", "#", "No.", "no.") or before.tag_ in ("NNP", "NNPS", "$")
                                   and before.lower_ not in MONTHS and before.ent_type_ != "DATE"):
            return True
        if after is not None and after.tag_ == "NNS" and after.lower_ not in ("levels", "figures", "results"):
            return True
    return False


def find(ctx: Context, start: int) -> tuple[int, int, str, Found] | None:
    """The longest expression at `start` that aligns with tokens, passes the veto and normalises."""
    text = ctx.text
    matches = []
    for name, pattern in COMPILED.items():
        m = pattern.match(text, start)
        if m and m.end() > start:
            matches.append((m.end(), name, m))
    matches.sort(key=lambda item: -item[0])
    for end, name, m in matches:
        while end > start and not text[end - 1].isalnum() and text[end - 1] != ".":
            end -= 1
        span = ctx.span(start, end)
        if span is None and text[end - 1] == ".":
            end -= 1
            span = ctx.span(start, end)
        if span is None or not len(span) or rejected(name, m, span):
            continue
        try:
            found = NORMALISERS[name](_Groups(m, span_end=end), ctx)
        except (ValueError, OverflowError):  # an impossible date ("Feb. 30"), a year out of range
            found = None
        if found is not None:
            return start, end, name, found
    return None


MODIFIER_DEPS = ("compound", "amod", "nummod", "nmod")


def without_article(ctx: Context, start: int, end: int) -> int:
    """Where the expression starts once a leading "the" that belongs to a following noun is left out:
    in "the 1996 season" or "the third-quarter results" the date only modifies the noun after it."""
    span = ctx.span(start, end)
    if len(span) < 2 or span[0].lower_ != "the":
        return start
    noun = span[-1].head
    if noun.i >= span.end and noun.tag_.startswith("NN") and span[-1].dep_ in MODIFIER_DEPS:
        return span[1].idx
    return start


def extract_dates(doc, published: date | None) -> list[DateFact]:
    """Every temporal expression, left to right, longest first, non-overlapping."""
    ctx = Context(doc, published)
    facts: list[DateFact] = []
    covered = 0
    for token in doc:
        if token.idx < covered or not is_trigger(token):
            continue
        hit = find(ctx, token.idx)
        if hit is None:
            continue
        start, end, name, found = hit
        covered = end
        start = without_article(ctx, start, end)
        if found.day is not None:
            ctx.anchor = found.day
        point = POINT.fullmatch(found.value)
        if point:
            year, month, day = point.groups()
            ctx.point = (date(int(year), int(month or 1), int(day or 1)), "day" if day else "month" if month else "year")
        quarter = re.fullmatch(r"(\d{4})-Q([1-4])", found.value)
        # The quarter a report is about: one that is over ("expects demand to rise through the fourth
        # quarter" looks ahead); "a year earlier" compares with it, not replaces it.
        if quarter and name not in ("ago", "year_earlier") and (
                ctx.ref is None or (int(quarter[1]), int(quarter[2])) < quarter_of(ctx.ref)):
            ctx.quarter = (int(quarter[1]), int(quarter[2]), start)
        interval = found.interval
        if interval is None and found.type in ("DATE", "TIME"):
            interval = value_interval(found.value)
        facts.append(DateFact(ctx.text[start:end], (start, end), found.type, found.value, interval, found.mod))
    return facts
