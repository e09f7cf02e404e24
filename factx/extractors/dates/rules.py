"""The date rules, declared as data in lexicon/en/date_rules.toml (the HeidelTime way), loaded once.

A rule has a name, a pattern built from the lexicon's fragments (grammar.py), the resolver that
turns its parts into a value, optional vetoes over the tokens around a match (vetoes.py), and at
least one example sentence with the span and value it must give; tests/test_date_rules.py runs every
example. The order of the rules is the order ties are broken in: at one place, the longest match
wins, then the rule declared first.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ...lexicon import load
from .grammar import FLAGS, expand, start_words
from .parts import readers_for
from .resolve import RESOLVERS
from .vetoes import Veto


@dataclass(frozen=True, slots=True)
class Example:
    """A sentence, the expression a rule must find in it and the value it must give."""

    text: str
    span: str
    value: str
    published: date | None
    type: str | None = None
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern
    resolve: str  # the resolver's name (resolve.RESOLVERS)
    vetoes: tuple[Veto, ...]
    unless: tuple[str, ...]  # parts that lift the rule's own vetoes: "fiscal 1998"
    examples: tuple[Example, ...]
    readers: tuple  # (group, field, reader) of the pattern's groups, for parts.read_parts

    def vetoed(self, match: re.Match, span) -> bool:
        """Whether a veto of this rule (or one every rule has) says the match is no date."""
        if any(veto.holds(span) for veto in COMMON_VETOES):
            return True
        if self.vetoes and not any(match.group(part) for part in self.unless):
            return any(veto.holds(span) for veto in self.vetoes)
        return False


def _example(data: dict, published: date | None) -> Example:
    data = dict(data)
    when = data.pop("published", published)
    return Example(published=None if when == "none" else when, **data)


def _rule(data: dict, published: date) -> Rule:
    pattern = re.compile(expand("".join(data["pattern"])), FLAGS)
    resolver = data.get("resolve", data["name"])
    if resolver not in RESOLVERS:
        raise KeyError(f"date rule {data['name']!r}: no resolver {resolver!r}")
    examples = tuple(_example(example, published) for example in data.get("examples", ()))
    if not examples:
        raise ValueError(f"date rule {data['name']!r} has no example")
    unless = tuple(data.get("unless", ()))
    for part in unless:
        if part not in pattern.groupindex:
            raise KeyError(f"date rule {data['name']!r}: `unless` names {part!r}, not a group of its pattern")
    return Rule(data["name"], pattern, resolver, tuple(Veto.from_data(v) for v in data.get("vetoes", ())), unless,
                examples, readers_for(pattern))


_DATA = load("date_rules")
COMMON_VETOES: tuple[Veto, ...] = tuple(Veto.from_data(v) for v in _DATA["defaults"].get("vetoes", ()))
RULES: tuple[Rule, ...] = tuple(_rule(rule, _DATA["defaults"]["published"]) for rule in _DATA["rules"])
if len({rule.name for rule in RULES}) != len(RULES):
    raise ValueError("two date rules share a name")


STARTS_FILE = Path(__file__).resolve().parents[2] / "lexicon" / "en" / "date_rule_starts.json"


def patterns_key() -> str:
    """What the stored starts were read from: every rule's name and compiled pattern, in order."""
    text = "\n".join(f"{rule.name}\t{rule.pattern.pattern}" for rule in RULES)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_starts() -> dict[str, list[str]]:
    """Each rule's possible starts, read off its pattern (grammar.start_words, ~0.2 s for all rules)."""
    return {rule.name: sorted(set().union(*start_words(rule.pattern.pattern))) for rule in RULES}


def _stored_starts() -> dict[str, list[str]]:
    """The starts stored beside the rules (scripts/date_starts.py writes them; a test checks they are
    what the patterns give), so a one-article run does not parse every pattern twice; read afresh
    when the rules changed since."""
    try:
        stored = json.loads(STARTS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return read_starts()
    return stored["starts"] if stored.get("key") == patterns_key() else read_starts()


def _index() -> dict[str, tuple[Rule, ...]]:
    """The rules that can begin at each start (rules in their order, so ties still go to the first)."""
    starts_of = _stored_starts()
    starts: dict[str, list[Rule]] = {}
    for rule in RULES:
        for start in starts_of[rule.name]:
            starts.setdefault(start, []).append(rule)
    return {start: tuple(rules) for start, rules in starts.items()}


# Where each rule can begin, read off its compiled pattern: the lower-case letters up to the first
# non-letter ("feb" of "Feb.", "q" of "Q3", "mid" of "mid-1990s"), or the first character when it is
# not a letter (a digit, "'").
RULES_AT: dict[str, tuple[Rule, ...]] = _index()
TRIGGERS: frozenset[str] = frozenset(start for start in RULES_AT if start.isalpha())
START_CHARS: frozenset[str] = frozenset(start for start in RULES_AT if not start.isalpha())
