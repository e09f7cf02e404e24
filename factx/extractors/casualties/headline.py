"""Whether a title could state a casualty, from its words alone: the pipeline parses a title on its
own only then (most titles name no harm, and a parse costs as much as a short article's).

A title can state one only with a trigger or an event word of the lexicon in some form. The forms
are matched by their stems (a word's table entry, less a final "e" or "y" past four letters: "kill"
finds "Killed", "injury" finds "injuries"), plus the irregular forms the lexicon lists ("shot",
"struck"); a word the stems wrongly take for a form only costs a parse, never a fact.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .rules import RULES
from .words import WORDS

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
