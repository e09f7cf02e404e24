"""Whether a title could state a casualty, from its words alone: the pipeline parses a title on its
own only then (most titles name no harm, and a parse costs as much as a short article's).

A title can state one only with a trigger or an event word of the lexicon in some form. The forms
are matched by their stems (a word's table entry, less a final "e" or "y" past four letters: "kill"
finds "Killed", "injury" finds "injuries"), plus the irregular forms the lexicon lists ("shot",
"struck"); a word the stems wrongly take for a form only costs a parse, never a fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...lexicon import load
from ..numbers import ORDINALS, TENS, UNITS
from .rules import RULES
from .words import WORDS

_HEADLINES = load("casualties")["headlines"]  # Title Case: the closed-class words and the share that tells it

_WORD = re.compile(r"[a-z]+")


def _rule_words(pattern) -> set[str]:
    """The words a rule's pattern names (LOWER values, "IN" lists and "$name" lists already expanded)."""
    words: set[str] = set()
    for node in pattern:
        attrs = node.get("RIGHT_ATTRS", node)
        for key in ("LOWER", "LEMMA"):
            value = attrs.get(key)
            if isinstance(value, str):
                words.add(value.lower())
            elif isinstance(value, dict):
                words.update(w.lower() for w in value.get("IN", ()))
    return words


@lru_cache(maxsize=1)
def _stems() -> tuple[str, ...]:
    triggers, events = WORDS.triggers, WORDS.events
    words = set(triggers.verbs) | set(triggers.participles) | set(triggers.adjectives) | set(triggers.nouns)
    words |= triggers.nominal | events.event_nouns | events.deadly_words | set(events.multiple_killings)
    for rule in RULES:  # a dependency rule's anchor; a token rule's longer words ("suicide", not "to")
        if rule.marks == "trigger" and rule.matcher == "dependency":
            words |= _rule_words(rule.pattern[:1])
        elif rule.marks == "trigger":
            words |= {w for w in _rule_words(rule.pattern) if len(w) > 3}
    stems = {w[:-1] if w[-1:] in ("e", "y") and len(w) > 4 else w for w in words if w.isalpha() and len(w) > 2}
    return tuple(sorted(stems | triggers.irregular_forms))


def may_state_casualty(title: str) -> bool:
    """Whether any word of the title is a form of a trigger or event word (else its parse can add nothing)."""
    stems = _stems()
    return any(word.startswith(stems) for word in _WORD.findall(title.lower()))


_CASED_WORD = re.compile(r"\b[A-Z]{2,}\b|[A-Za-z][a-z]*(?:['’][a-z]+)?")


def _forms(word: str) -> set[str]:
    """A word of the tables with its regular inflections ("kill": kills, killed, killing; "injury":
    injuries; "stab": stabbed), so a Title-Cased form is known without a parse."""
    forms = {word, word + "s", word + "es", word + "ed", word + "ing"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    if word.endswith("y"):
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if len(word) > 2 and word[-1] not in "aeiouwy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}  # "stabbed", "shooting" is regular
    return forms


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """The lower-case words a Title-Cased headline may hold that are no name: the lexicon's trigger,
    event and person words in their forms, number words and the closed-class words of [headlines]."""
    triggers, events, victims = WORDS.triggers, WORDS.events, WORDS.victims
    base = set(triggers.verbs) | set(triggers.participles) | set(triggers.adjectives) | set(triggers.nouns)
    base |= triggers.nominal | events.event_nouns | events.deadly_words | set(events.multiple_killings)
    words = {form for word in base for form in _forms(word)} | set(triggers.irregular_forms)
    words |= victims.person_nouns | triggers.repeats | set(UNITS) | set(TENS) | set(ORDINALS)
    return frozenset(words | set(_HEADLINES["function_words"]))


def _title_cased(words: list[str]) -> bool:
    """ "One Person Shot Outside Store": most words of two letters or more capitalised."""
    long_words = [w for w in words if len(w) > 1]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= _HEADLINES["title_case_share"] * len(
        long_words)


_SEGMENT_BREAK = re.compile(r"\s+(?:[-|–—]|::)\s+")


def without_site_names(title: str) -> str:
    """The title with the segments that name no harm blanked out ("CBS 58 - Two shot on Elm Street",
    "Teen shot in Dorrow - WXYZ News | Weather, Sports"): a station's name or number is no part of the
    headline. Same length, so spans into it are spans into the title."""
    breaks = list(_SEGMENT_BREAK.finditer(title))
    if not breaks:
        return title
    bounds = [0, *(i for m in breaks for i in m.span()), len(title)]
    segments = list(zip(bounds[::2], bounds[1::2], strict=True))
    kept = [may_state_casualty(title[a:b]) for a, b in segments]
    if all(kept) or not any(kept):
        return title
    chars = list(title)
    for number, (a, b) in enumerate(segments):
        if not kept[number]:
            chars[a:b] = " " * (b - a)
        if number and not (kept[number] and kept[number - 1]):  # the break before it
            gap = breaks[number - 1].span()
            chars[gap[0]:gap[1]] = " " * (gap[1] - gap[0])
    return "".join(chars)


def headline_case(title: str) -> str:
    """The title as the tagger reads it best: a Title-Cased or all-capitals headline ("One Person Shot
    Outside Store") with the words the lexicon knows in lower case ("one person shot outside Store"),
    names kept; any other title as it is. Same length, so spans into it are spans into the title."""
    words = _CASED_WORD.findall(title)
    if sum(w.isupper() for w in words) >= _HEADLINES["title_case_share"] * len(words) > 1:
        return title.lower()  # all capitals: no case tells a name
    if not _title_cased(words):
        return title
    known = _known_words()
    return _CASED_WORD.sub(lambda m: m.group().lower() if m.group().lower() in known else m.group(), title)


@dataclass(frozen=True, slots=True)
class ParsedTitle:
    """The words of a title that are parsed, and where they start in the title as written."""

    text: str
    offset: int


def as_parsed(title: str) -> ParsedTitle:
    """The title as it is parsed: site names left out, a Title-Cased headline in lower case where the
    lexicon knows the words. Its characters are the title's from `offset` on, one for one."""
    kept = headline_case(without_site_names(title))
    stripped = kept.lstrip()
    return ParsedTitle(stripped.rstrip(), len(kept) - len(stripped))
