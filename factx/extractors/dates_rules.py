"""The grammar of temporal expressions: lexicons and compiled patterns, one per kind of expression.

Each pattern is tried only where a trigger word starts (see ``TRIGGERS``), with ``match`` at that
offset, so the cost follows the few candidate positions, not the length of the text. Every repeat
is bounded or over a single character class, so no pattern can backtrack badly. Month and weekday
names must be capitalised: "may" the verb and "march" the noun never start a date.
"""

from __future__ import annotations

import re

from .numbers import ORDINALS as WORD_ORDINALS
from .numbers import TENS as TENS_VALUES
from .numbers import UNITS as UNIT_VALUES

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}
NUMBER_WORDS = {
    "a": 1, "an": 1, **{word: n for word, n in UNIT_VALUES.items() if n}, **TENS_VALUES, "hundred": 100, "a hundred": 100,
    "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2,
}
VAGUE_COUNTS = ("several", "a few", "few", "many", "some", "a number of", "dozens of", "hundreds of")
ORDINALS = {**WORD_ORDINALS, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "thirteenth": 13, "fourteenth": 14,
            "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
# TimeML units: the letter of a duration and whether it sits after the "T".
UNITS = {
    "year": ("Y", False), "month": ("M", False), "week": ("W", False), "day": ("D", False),
    "hour": ("H", True), "minute": ("M", True), "second": ("S", True), "decade": ("DE", False),
    "century": ("CE", False), "quarter": ("Q", False), "night": ("D", False), "weekend": ("WE", False),
}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
ZONES = {"est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00",
         "pst": "-08:00", "pdt": "-07:00", "gmt": "Z", "utc": "Z", "bst": "+01:00", "cet": "+01:00",
         "cest": "+02:00"}
MODIFIERS = {
    "about": "APPROX", "around": "APPROX", "some": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "nearly": "APPROX", "almost": "APPROX", "close to": "APPROX", "more than": "MORE_THAN", "over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID", "mid-": "MID",
    "the end of": "END", "the beginning of": "START", "the start of": "START", "the middle of": "MID",
}
SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D"}
REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
}


def _alternation(words) -> str:
    """Longest first, so "sept" wins over "sep" and "more recently" over "recently"."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_MONTH_NAMES = [m.capitalize() for m in MONTHS if len(m) > 3 or m == "may"]
_MONTH_ABBR = [m.capitalize() for m in MONTHS if len(m) <= 4 and m != "may"]


def month(tag: str, abbreviations: bool = True) -> str:
    """A capitalised month name (abbreviations with an optional period) in group `tag`."""
    names = _alternation(_MONTH_NAMES)
    if abbreviations:
        names = f"{names}|(?:{_alternation(_MONTH_ABBR)})(?:\\.|\\b)"
    return f"(?-i:(?P<{tag}>{names}))(?![\\w-])"


WEEKDAY = "(?-i:(?P<wd>" + _alternation([w.capitalize() for w in WEEKDAYS]) + r")(?P<wds>s)?)\b"  # "Tuesdays": a SET
DAY_NUM = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:%,.]\d|\d)"
YEAR_NUM = r"(?P<{0}>1[5-9]\d\d|20\d\d|'\d\d)(?![\d-]\w|\d)"
TENS = "|".join(TENS_VALUES)  # twenty|thirty|...|ninety
NUMBER = (r"(?P<num>\d+(?:\.\d+)?(?:\s+1/2)?|(?:(?:" + TENS + r")[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\b|"
          + _alternation(NUMBER_WORDS) + r")(?:\s+and\s+a\s+half)?|" + _alternation(VAGUE_COUNTS) + r")")
UNIT = r"(?P<unit>years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|quarters?|nights?|weekends?)"
# "over" before "the" is the preposition ("over the past two years"), not "more than".
_AMOUNT_MODIFIERS = [m for m in MODIFIERS if MODIFIERS[m] not in ("START", "END", "MID") and m != "over"]
MOD = r"(?:(?P<mod>" + _alternation(_AMOUNT_MODIFIERS) + r"|over(?!\s+the\b))\s+)?"
EDGE = r"(?:(?P<edge>early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)\s*)?"
RELATIVE = (r"(?P<rel>last|this|next|the\s+past|the\s+last|the\s+coming|the\s+next|the\s+current|the\s+previous|past"
            r"|coming|current|previous|that|the\s+same|the\s+following|the\s+latest|the\s+prior|the\s+first|the\s+full|the)")
ZONE = r"(?:\s+(?P<zone>" + _alternation([z.upper() for z in ZONES]) + r")\b)?"
CLOCK = (r"(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?|o'clock)"
         r"|(?P<hm24>[01]\d|2[0-3])[:.h](?P<min24>[0-5]\d)(?=\s+(?:GMT|UTC|hours?|EST|EDT|CET)\b)"
         r"|(?P<noon>noon|midday|midnight)")
DAY_WORD = r"(?P<deictic>today|yesterday|tomorrow|tonight)"

# name -> pattern; every name has a normaliser in dates.py. Compiled case-insensitive, except the
# scoped (?-i:...) month and weekday names.
PATTERNS = {
    # "Feb. 15-17", "Feb. 15 to 17", "February 25, 2021", "Monday, Feb. 3", "15 February 2021", "early March
    # 2020". "Aug. 26 to Oct. 20" and "1991 to 1997" are two dates each, as TimeML marks them.
    "month_day": (r"(?:" + WEEKDAY + r",?\s+)?" + EDGE + month("m1") + r"\s+" + DAY_NUM.format("d1")
                  + r"(?:(?:\s*[-–]\s*(?:" + month("m2") + r"\s+)?|\s+(?:to|through)\s+)" + DAY_NUM.format("d2") + r")?"
                  + r"(?:,?\s+" + YEAR_NUM.format("y1") + r")?"),
    "day_month": (r"(?:" + WEEKDAY + r",?\s+)?" + DAY_NUM.format("d1") + r"\s+(?:of\s+)?" + month("m1")
                  + r"(?:,?\s+" + YEAR_NUM.format("y1") + r")?"),
    # "February", "last December", "early March", "July 1988", "the end of June", "June last year"
    "month": (EDGE + r"(?:(?P<rel>last|this|next|that|the\s+same|the\s+following)\s+)?" + month("m1", abbreviations=False)
              + r"(?:(?:\s+of)?,?\s+" + YEAR_NUM.format("y1") + r"|\s+(?P<yrel>last|this|next)\s+year\b)?"),
    "month_abbr_year": month("m1") + r",?\s+" + YEAR_NUM.format("y1"),
    "iso_date": r"(?P<y1>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d1>[0-3]\d)(?![\d-])",
    "numeric_date": r"(?P<mo>[01]?\d)/(?P<d1>[0-3]?\d)/(?P<y1>(?:19|20)?\d\d)(?![\d/])",
    # "Thursday evening", "last Friday", "early Thursday", "Tuesday nights", "every Thursday"
    "weekday": (r"(?:(?P<every>every|each)\s+)?" + EDGE
                + r"(?:(?P<rel>last|this|next|this\s+coming|that|past|the\s+previous|the\s+following)\s+)?"
                + WEEKDAY + r"(?:\s+(?P<part>morning|afternoon|evening|night)(?P<plural>s)?)?"),
    "clock": (r"(?:(?P<approx>about|around|approximately|shortly\s+(?:before|after))\s+)?(?:" + CLOCK + r")" + ZONE
              + r"(?:,?\s+(?:in\s+the\s+(?P<clockpart>morning|afternoon|evening)|(?:on\s+)?" + month("m1") + r"\s+"
              + DAY_NUM.format("d1") + r"|(?:on\s+)?" + WEEKDAY
              + r"|(?:on\s+)?" + DAY_WORD + r"))?"),
    "deictic": (r"(?:(?P<edge>early|late|later|earlier)\s+)?" + DAY_WORD + r"(?:\s+(?P<part>morning|afternoon|evening|night))?"),
    "part_of_day": (r"(?:(?P<edge>early|late|later|earlier)\s+)?(?P<rel>this|last|that|the\s+next|the\s+following|the\s+previous|overnight|the\s+same)"
                    r"(?:\s+(?P<part>morning|afternoon|evening|night))?"),
    # "last week", "this year", "earlier this month", "the past year", "the fourth quarter", "the weekend"
    "relative_unit": (EDGE + r"(?:(?P<shift>earlier|later)\s+)?" + RELATIVE + r"\s+(?:(?P<fiscal>fiscal|calendar)\s+)?"
                      r"(?P<unit>year|month|week|weekend|quarter|decade|century|day|season|half|period)(?![\w-])"),
    "season": (EDGE + r"(?:(?P<rel>last|this\s+past|this|next|that|the\s+past|the)\s+)?(?P<season>spring|summer|fall|autumn|winter)"
               r"(?:\s+(?:of\s+)?" + YEAR_NUM.format("y1") + r")?"),
    "ordinal_quarter": (r"(?:(?P<the>the)\s+)?(?:" + YEAR_NUM.format("y0") + r"\s+|(?P<ago>year-ago|year-earlier)\s+"
                        r"|(?P<yrel>last|this|next)\s+year's\s+)?"
                        r"(?:(?P<fiscal>fiscal)\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
                        r"(?:[\s-]+(?:fiscal\s+)?)(?P<unit>quarter|half)(?![\w-])"
                        r"(?:(?:\s+of|,)?\s+(?:(?:fiscal|calendar)\s+)?" + YEAR_NUM.format("y1") + r")?"),
    "q_quarter": r"(?-i:Q(?P<ord>[1-4]))(?:\s+" + YEAR_NUM.format("y1") + r")?\b",
    "first_months": (r"(?:the\s+)?(?:(?:first|past|last)\s+)?(?P<num>three|six|nine|3|6|9|twelve|12)\s+months"
                     r"(?=\s+(?:of|ended|ending|to|through)\b|[.,;])"),
    "year": (EDGE + r"(?:(?P<the>the)\s+)?(?:(?P<fiscal>fiscal|calendar|the\s+year|the\s+fiscal\s+year|the\s+calendar\s+year)\s+)?"
             + YEAR_NUM.format("y1") + r"(?:\s*[-–]\s*" + YEAR_NUM.format("y2") + r")?"),
    "decade": EDGE + r"(?:the\s+)?(?P<dec>1[5-9]\d0|20[0-9]0|'\d0)'?s\b",
    "century": r"(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|" + _alternation(ORDINALS) + r")[\s-]+century\b",
    "ago": (MOD + NUMBER + r"[\s-]+" + UNIT + r"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence)\b"),
    "duration": (MOD + r"(?:(?P<span>the\s+past|the\s+last|the\s+next|the\s+first|the\s+coming|past|last|next|another|the)\s+)?"
                 + NUMBER + r"(?:\s+more)?[\s-]+" + UNIT + r"(?P<half>\s+and\s+a\s+half)?(?P<old>-old|\s+old)?(?![\w-])"),
    "compound_duration": r"(?P<num>\d+|" + _alternation(NUMBER_WORDS) + r")-(?P<unit>year|month|week|day|hour|minute|decade)(?:-old)?\b",
    # "for years", "over the years" (not "the weeks before the vote": that is a period the text anchors)
    "bare_units": r"(?P<the>the\s+)?(?P<unit>years|months|weeks|days|hours|decades)\b(?!\s+(?:before|after|since|leading|preceding|following|of)\b)",
    "vague_unit": r"(?P<rel>recent|coming|the\s+coming|the\s+past\s+few|the\s+last\s+few|the\s+next\s+few|the\s+next\s+several)\s+(?P<unit>years|months|weeks|days|decades|quarters)\b",
    "ref": r"(?P<ref>" + _alternation(REFS) + r")\b",
    "set_word": r"(?P<set>" + _alternation(SET_WORDS) + r")\b",
    "every_unit": r"(?:every|each|per)\s+(?:(?P<num>other|two|three|four|five|six|\d+)\s+)?(?P<unit>day|week|month|year|quarter|morning|night|evening|hour|summer|winter)s?\b"
                   r"|(?:every|each)\s+" + month("m1", abbreviations=False),
    "year_earlier": r"(?:the\s+)?(?P<rel>year-earlier|year-ago|prior-year|previous-year|same)\s+(?P<unit>quarter|period|month|year)\b|(?P<bare>year-earlier|year-ago)\b"
                     r"|the\s+(?P<y1>(?:19|20)\d\d)\s+(?P<period>period|quarter)\b",
    # "the week of March 6": the week holding that day
    "week_of": (r"the\s+week\s+of\s+" + month("m1") + r"\s+" + DAY_NUM.format("d1")
                + r"(?:,?\s+" + YEAR_NUM.format("y1") + r")?"),
    # "by year-end", "since year end", "around year's end"
    "year_end": r"(?:(?:around|about)\s+)?year(?:-|\s+|'s\s+)end\b(?!-)",
    "anchored_day": (r"(?P<phrase>the\s+day\s+before|the\s+previous\s+day|the\s+day\s+after|the\s+next\s+day|the\s+following\s+day"
                     r"|(?:earlier|later)\s+that\s+(?:day|night|morning|evening|afternoon|week|month|year)"
                     r"|that\s+(?:same\s+)?(?:day|night|morning|evening|afternoon|week|month|year)|the\s+same\s+day"
                     r"|the\s+next\s+(?:morning|night|evening|week|month|year)|the\s+following\s+(?:morning|week|month|year))\b"),
    # "nineteen ninety-six", "January nineteen ninety-seven", "the year two thousand" (transcripts)
    "spelled_year": (r"(?:" + month("m1", abbreviations=False) + r"\s+|the\s+year\s+)?(?P<words>nineteen[\s-]+(?:(?:"
                     + TENS + r")(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen"
                     r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|oh[\s-]+(?:one|two|three|four|five"
                     r"|six|seven|eight|nine))|two\s+thousand(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine))?)\b"),
    "decade_word": EDGE + r"(?:the\s+)?(?P<decade>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    "holiday": r"(?P<holiday>Christmas\s+Eve|Christmas(?:\s+Day)?|New\s+Year's\s+(?:Eve|Day)|Thanksgiving(?:\s+Day)?|Independence\s+Day|Halloween|Easter|Labor\s+Day|Memorial\s+Day|Valentine's\s+Day|Election\s+Day)\b",
}
COMPILED = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in PATTERNS.items()}

# Lower-cased first words (or first parts of a hyphenated token) at which some pattern may start.
TRIGGERS = (
    set(MONTHS) | set(WEEKDAYS) | {w + "s" for w in WEEKDAYS} | set(NUMBER_WORDS) | set(ORDINALS) | set(SEASONS) | set(SET_WORDS)
    | {w.split()[0] for w in list(REFS) + list(MODIFIERS) + list(VAGUE_COUNTS) + list(NUMBER_WORDS)}
    | {"last", "this", "next", "the", "past", "coming", "current", "previous", "that", "every", "each", "per",
       "today", "yesterday", "tomorrow", "tonight", "fiscal", "calendar", "noon", "midnight", "overnight",
       "shortly", "midday", "year", "years", "months", "weeks", "days", "hours", "decades", "recent", "another",
       "q1", "q2", "q3", "q4", "christmas", "new", "thanksgiving", "independence", "halloween", "easter",
       "labor", "memorial", "valentine", "election", "mid", "same", "prior", "earlier", "later", "early", "late", "nineteen",
       "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"}
)
