"""What a rule is: its name, what it finds, its terms (when a spaCy PhraseMatcher can find it) and
the invented examples it must get right. tests/test_quote_rules.py runs every example through the real
pipeline and checks the quote's span, speaker and cue exactly."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..per_vocab import built_for


@dataclass(frozen=True)
class Example:
    """An invented sentence and the quote the extractor must find in it."""

    text: str
    quote: str  # the quote's text, exactly as its span slices it
    speaker: Optional[str]  # the record's speaker (a full name, None for an unresolved pronoun)
    cue: Optional[str]  # the record's cue ("said", "pointed out", "according to", "-", ":")
    type: str = "direct"
    channel: Optional[str] = None


@dataclass(frozen=True)
class Rule:
    """One attribution rule. `terms` are the lexicon's words or phrases that a spaCy PhraseMatcher
    finds for it, matched on the token attribute `attr` ("LEMMA": any inflection); a rule the
    matchers cannot say has no terms and names its Python function in `finds`."""

    name: str
    finds: str
    examples: tuple[Example, ...]
    terms: tuple[str, ...] = ()
    attr: str = "LOWER"


def any_case(words) -> tuple[str, ...]:
    """Lemma spellings as the lemmatizer leaves them: lower case, or the word's own capitals."""
    return tuple(sorted({form for w in words for form in (w, w.capitalize(), w.upper())}))


_MATCHERS: dict = {}  # per vocab and rule names (per_vocab.built_for)


def _matchers(vocab, rules) -> tuple:
    """One PhraseMatcher per token attribute over the rules' terms (the negspacy way), built once
    per vocab, and each rule's match key; spaCy is imported only here, when a doc is read.

    The rule names are stored as lasting strings: a matcher first built inside a spaCy memory
    zone (the pipeline parses in one) would otherwise lose them when the zone ends, and the
    PhraseMatcher looks its keys up on every call. The terms themselves are kept as hashes."""
    def build():
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc

        matchers, names = {}, {}
        for rule in rules:
            if not rule.terms:
                continue
            names[vocab.strings.add(rule.name, allow_transient=False)] = rule.name
            matcher = matchers.setdefault(rule.attr, PhraseMatcher(vocab, attr=rule.attr))
            term_docs = []
            for term in rule.terms:
                words = term.split()
                term_docs.append(Doc(vocab, words=words, lemmas=words) if rule.attr == "LEMMA" else Doc(vocab, words=words))
            matcher.add(rule.name, term_docs)
        return tuple(matchers.values()), names

    return built_for(_MATCHERS, vocab, build, tuple(rule.name for rule in rules))


def match_terms(doc, rules) -> dict[str, list[tuple[int, int]]]:
    """Every term match of the rules in the doc: rule name -> (start, end) token spans, in order."""
    found: dict[str, list[tuple[int, int]]] = {rule.name: [] for rule in rules}
    matchers, names = _matchers(doc.vocab, rules)
    for matcher in matchers:
        for match_id, start, end in matcher(doc):
            found[names[match_id]].append((start, end))
    for spans in found.values():
        spans.sort()
    return found
