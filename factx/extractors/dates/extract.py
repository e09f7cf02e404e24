"""Candidates and the extractor: every rule tried at each trigger token, the longest match that
aligns with tokens, passes its vetoes and resolves wins; the text's memory follows along."""

from __future__ import annotations

import re
from datetime import date

from ...record import DateFact
from .calendar import value_interval
from .context import Context
from .model import Hit
from .parts import read_parts
from .resolve import resolve
from .rules import RULES, RULES_AT, Rule
from .statements import Quotation, dated_quotations, said_at

_LEADING_LETTERS = re.compile(r"[^\W\d_]*")
MODIFIER_DEPS = ("compound", "amod", "nummod", "nmod")


def rules_at(word: str) -> tuple[Rule, ...]:
    """The rules that can begin at a token of this lower-case text (rules.RULES_AT, read off the
    patterns): by its letters up to the first non-letter ("feb." "q3" "mid-1990s"), else its first
    character ("1990s", "'98")."""
    return RULES_AT.get(_LEADING_LETTERS.match(word).group() or word[:1], ())


def is_trigger(word: str) -> bool:
    return bool(rules_at(word))


def find(ctx: Context, start: int, rules: tuple[Rule, ...] = RULES) -> Hit | None:
    """The longest expression at `start` that aligns with tokens, passes the vetoes and resolves."""
    text = ctx.text
    matches = []
    for rule in rules:
        m = rule.pattern.match(text, start)
        if m and m.end() > start:
            matches.append((rule, m))
    matches.sort(key=lambda candidate: -candidate[1].end())
    for rule, m in matches:
        end = m.end()
        while end > start and not text[end - 1].isalnum() and text[end - 1] != ".":
            end -= 1
        span = ctx.span(start, end)
        if span is None and text[end - 1] == ".":
            end -= 1
            span = ctx.span(start, end)
        if span is None or not len(span) or rule.vetoed(m, span):
            continue
        found = resolve(rule.resolve, read_parts(m, end, rule.readers), ctx)
        if found is not None:
            return Hit(start, end, rule.name, found)
    return None


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


def find_all(ctx: Context, triggers: bool = True) -> list[Hit]:
    """Every expression, left to right, longest first, non-overlapping. `triggers=False` tries every
    token (the tests check that the generated triggers lose nothing). A quotation whose statement
    has a day of its own (statements.py) is read again with that day as its anchor."""
    hits = _scan(ctx, triggers)
    quotes = dated_quotations(ctx, hits)
    if not quotes:
        return hits
    ctx.forget()
    return _scan(ctx, triggers, quotes)


def _scan(ctx: Context, triggers: bool, quotes: list[Quotation] = ()) -> list[Hit]:
    hits: list[Hit] = []
    covered = 0
    strings = ctx.doc.vocab.strings
    lowers = ctx.doc.to_array("LOWER").tolist()
    known: dict[int, tuple[Rule, ...]] = {}  # lower-case form -> the rules that can begin there, once per Doc
    published = ctx.ref
    for start, lower in zip(ctx.offsets, lowers, strict=True):
        if start < covered:
            continue
        rules = RULES
        if triggers:
            if lower not in known:
                known[lower] = rules_at(strings[lower])
            rules = known[lower]
            if not rules:
                continue
        ctx.ref = (said_at(quotes, start) or published) if quotes else published
        hit = find(ctx, start, rules)
        if hit is None:
            continue
        covered = hit.end
        hit.start = without_article(ctx, hit.start, hit.end)
        ctx.remember(hit.found, hit.rule, hit.start)
        hits.append(hit)
    ctx.ref = published
    return hits


def extract_dates(doc, published: date | None) -> list[DateFact]:
    """Every temporal expression, left to right, longest first, non-overlapping."""
    ctx = Context(doc, published)
    text = ctx.text
    facts: list[DateFact] = []
    for hit in find_all(ctx):
        found = hit.found
        interval = found.interval
        if interval is None and found.type in ("DATE", "TIME"):
            interval = value_interval(found.value)
        facts.append(DateFact(text[hit.start:hit.end], (hit.start, hit.end), found.type, found.value, interval,
                              found.mod))
    return facts
