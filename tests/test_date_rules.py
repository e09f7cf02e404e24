"""The date rules as data: every example of every rule runs (span and value, from that rule), the
generated triggers lose nothing, and a broken rule or lexicon entry fails when it loads."""

from __future__ import annotations

import re
from datetime import date

import pytest

from factx import lexicon
from factx.extractors import numbers
from factx.extractors.dates import grammar, parts, rules, words
from factx.extractors.dates.context import Context
from factx.extractors.dates.extract import find_all, is_trigger, rules_at

EXAMPLES = [pytest.param(rule, example, id=f"{rule.name}-{i}")
            for rule in rules.RULES for i, example in enumerate(rule.examples)]
TIMEX_MODS = {"APPROX", "MORE_THAN", "EQUAL_OR_MORE", "LESS_THAN", "EQUAL_OR_LESS", "START", "MID", "END"}


def hits(parse, example, triggers=True):
    doc = parse(example.text)
    return find_all(Context(doc, example.published), triggers=triggers)


@pytest.mark.parametrize("rule, example", EXAMPLES)
def test_every_example_gives_its_span_and_value_by_its_rule(parse, rule, example):
    found = hits(parse, example)
    texts = [example.text[hit.start:hit.end] for hit in found]
    assert example.span in texts, f"{rule.name}: {example.span!r} not found, only {texts}"
    hit = found[texts.index(example.span)]
    assert (hit.rule, hit.found.value) == (rule.name, example.value)
    if example.type:
        assert hit.found.type == example.type
    if example.mod:
        assert hit.found.mod == example.mod


@pytest.mark.parametrize("rule, example", EXAMPLES)
def test_the_generated_triggers_find_what_trying_every_token_finds(parse, rule, example):
    def summary(found):
        return [(hit.start, hit.end, hit.rule, hit.found.value) for hit in found]

    assert summary(hits(parse, example)) == summary(hits(parse, example, triggers=False))


def test_every_rule_has_examples_and_names_a_resolver():
    assert len(rules.RULES) >= 30
    for rule in rules.RULES:
        assert rule.examples, rule.name
        assert rule.resolve in rules.RESOLVERS, rule.name


@pytest.mark.parametrize(
    "data, error",
    [
        ({"name": "x", "pattern": ["{nope}"], "resolve": "year", "examples": [{}]}, "unknown fragment"),
        ({"name": "x", "pattern": ["today"], "resolve": "nope", "examples": [{}]}, "no resolver"),
        ({"name": "x", "pattern": ["today"], "resolve": "reference"}, "no example"),
        ({"name": "x", "pattern": ["(?P<colour>red)"], "resolve": "reference",
          "examples": [{"text": "red", "span": "red", "value": "X"}]}, "no reader"),
        ({"name": "x", "pattern": ["today"], "resolve": "reference", "unless": ["fiscal"],
          "examples": [{"text": "today", "span": "today", "value": "X"}]}, "not a group"),
    ],
)
def test_a_broken_rule_fails_when_it_loads(data, error):
    with pytest.raises((KeyError, ValueError), match=error):
        rules._rule(data, date(2021, 2, 25))


def test_a_bad_veto_fails_when_it_loads():
    with pytest.raises(ValueError, match="tokens"):
        rules.Veto.from_data({"token": "middle"})
    with pytest.raises(ValueError, match="span shape"):
        rules.Veto.from_data({"token": "first", "span": "round"})


@pytest.mark.parametrize(
    "pattern, words, chars",
    [
        (r"(?:every|each)\s+day", {"every", "each"}, set()),
        (r"(?:early\s+)?(?-i:Q[1-4])\b", {"early", "q"}, set()),  # letters up to the first digit
        (r"(?:the\s+)?'\d\d|\d+", {"the"}, {"'", *"0123456789"}),
        (r"mid-?\s*[0-3]\d", {"mid"}, set()),
        (r"years?\b", {"year", "years"}, set()),
    ],
)
def test_start_words_are_read_off_a_pattern(pattern, words, chars):
    assert grammar.start_words(pattern) == (words, chars)


@pytest.mark.parametrize("pattern", [r"\w+day", r".", r"(?:last\s+)?", r"[^x]y"])
def test_a_pattern_that_could_start_anywhere_is_refused(pattern):
    with pytest.raises(grammar.Unbounded):
        grammar.start_words(pattern)


def test_rules_start_only_at_letters_digits_or_an_apostrophe():
    assert rules.START_CHARS <= set("0123456789'")
    assert all(word.isalpha() and word == word.lower() for word in rules.TRIGGERS)
    assert {"january", "feb", "tuesdays", "yesterday", "q", "mid", "christmas", "new", "the"} <= rules.TRIGGERS


@pytest.mark.parametrize("word, rule", [("feb.", "month_day"), ("q3", "q_quarter"), ("mid-1990s", "decade"),
                                        ("'98", "year"), ("1990s", "decade"), ("christmas", "holiday")])
def test_a_token_is_tried_with_the_rules_that_can_begin_there(word, rule):
    assert rule in [r.name for r in rules_at(word)]
    assert rules_at("table") == () and not is_trigger("table")


# ---------------------------------------------------------------- the lexicon's integrity


def test_date_word_tables_are_lower_case_and_months_and_weekdays_are_disjoint():
    table = lexicon.load("dates")
    for name in ("months", "weekdays", "units", "parts_of_day", "seasons", "zones", "edges", "shifts",
                 "day_words", "clock_words", "references", "set_words", "holidays", "anchor_shifts"):
        for word in table[name]:
            assert word == " ".join(word.lower().split()), (name, word)
    for name in ("duration_cues", "period_ends", "set_cues"):
        assert all(word == word.lower() and " " not in word for word in table[name]["words"]), name
    assert not set(words.MONTHS) & set(words.WEEKDAYS)
    assert set(words.MONTHS.values()) == set(range(1, 13))
    assert sorted(words.WEEKDAYS.values()) == list(range(1, 8))


def test_every_holiday_has_one_rule_and_the_pattern_knows_only_those():
    holiday = next(rule for rule in rules.RULES if rule.name == "holiday")
    for name, rule in words.HOLIDAYS.items():
        assert holiday.pattern.fullmatch(name.title()), name
        assert parts.READERS["holiday"](name.upper()) == name
        days = {rule.date_in(year) for year in (2019, 2020, 2021)}
        # counted from a late day, a holiday may run into the next month (Cyber Monday, Dec. 2, 2019)
        months = {rule.month, rule.month % 12 + 1} if rule.month and rule.first_day > 1 else {rule.month or 0}
        assert len(days) == 3 and all((day.month in months) or not rule.month for day in days), name
    with pytest.raises(ValueError, match="exactly one rule"):
        words.Holiday("groundhog day", month=2)
    with pytest.raises(ValueError, match="exactly one rule"):
        words.Holiday("odd day", month=2, day=2, nth=1, weekday=1)


@pytest.mark.parametrize("name, year, day", [
    ("thanksgiving", 2021, date(2021, 11, 25)), ("labor day", 2021, date(2021, 9, 6)),
    ("memorial day", 2021, date(2021, 5, 31)), ("election day", 2020, date(2020, 11, 3)),
    ("election day", 2021, date(2021, 11, 2)), ("easter", 2022, date(2022, 4, 17)),
])
def test_holiday_rules(name, year, day):
    assert words.HOLIDAYS[name].date_in(year) == day


def test_date_amounts_lean_on_the_number_reader():
    uncounted = set(numbers.UNCOUNTED)
    vague_of = {f"{word} of" for word in numbers.VAGUE}
    for word in words.VAGUE_AMOUNTS:
        assert word in uncounted or word in vague_of, word
    own = set(lexicon.load("dates")["amounts"]["words"])
    assert not own & (set(numbers.UNITS) | set(numbers.TENS))
    assert [words.amount_value(w) for w in ("three", "twenty-one", "a couple of", "2 1/2", "a dozen",
                                             "two and a half", "several", "hundred")] == [3, 21, 2, 2.5, 12, 2.5,
                                                                                         None, 100]


def test_mods_and_codes_are_timeml():
    assert set(words.EDGES.values()) | set(words.SHIFTS.values()) | set(words.AMOUNT_MODS.values()) <= TIMEX_MODS
    assert set(words.PARTS_OF_DAY.values()) == set(words.DAY_PARTS) == {"MO", "AF", "EV", "NI"}
    assert set(words.SEASONS.values()) == set(words.SEASON_MONTHS) == {"SP", "SU", "FA", "WI"}
    assert all(re.fullmatch(r"Z|[+-]\d\d:\d\d", offset) for offset in words.ZONES.values())
    assert all(unit.letter in {"Y", "M", "W", "D", "H", "S", "DE", "CE", "Q", "WE"} for unit in words.UNITS.values())


def test_the_stored_rule_starts_are_what_the_patterns_give():
    """lexicon/en/date_rule_starts.json spares a run parsing every pattern twice; after a change to the
    rules or the grammar, `python scripts/date_starts.py` writes it again."""
    import json

    from factx.extractors.dates import rules

    stored = json.loads(rules.STARTS_FILE.read_text(encoding="utf-8"))
    assert stored["key"] == rules.patterns_key(), "date rules changed: run python scripts/date_starts.py"
    assert stored["starts"] == rules.read_starts(), "start words changed: run python scripts/date_starts.py"
