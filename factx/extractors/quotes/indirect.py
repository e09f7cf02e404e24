"""Reported speech without marks ("Kirby said the strikes were lawful"), built for precision.

A PhraseMatcher over the lemmas finds the reporting verbs (quotes.toml, as "report"); small named
filters then read the shape off the parse (a subject, and a clause to the verb's right with a
subject of its own; a DependencyMatcher says the same but costs more than the whole extractor) and
keep plain assertions only: no negated, modal, conditional or embedded verbs, no clause holding quote
marks or a question, first-person narrators left out.
"""

from __future__ import annotations

from bisect import bisect_right

from ...record import Quote
from .cues import Cue
from .rules import Example, Rule, any_case
from .speakers import channel_near, display_name, speaker_from_cue
from .words import COMPLEMENTIZERS, MARKS, NOT_SPEAKERS, REPORT_VERBS

REPORTED_SPEECH = "reported speech"
MAX_INDIRECT_TOKENS = 80
MAX_SPEAKER_TOKENS = 30
EMBEDDED_DEPS = ("xcomp", "amod", "acl", "relcl", "pcomp")  # "which the campaign says includes"
_OPENERS_BEFORE = (MARKS.straight_single, MARKS.straight_double, *MARKS.double_open)
_MARKS_INSIDE = (*MARKS.double, MARKS.single_open, "?", "\n")  # marks belong to the direct quotes

RULE = Rule(
    REPORTED_SPEECH,
    "a reporting verb, its subject and the clause it reports, that clause with a subject of its own",
    terms=any_case(REPORT_VERBS), attr="LEMMA",  # then a verb (indirect_quotes) of that shape (_shape)
    examples=(
        Example("Maria Lopez said the new bridge would open to traffic in May.",
                "the new bridge would open to traffic in May", "Maria Lopez", "said", "indirect"),
        Example("The ministry told reporters that two soldiers were wounded overnight.",
                "two soldiers were wounded overnight", "ministry", "told", "indirect"),
    ),
)
CLAUSE_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl")


def _shape(verb):
    """(subject, clause): the verb's first subject and its first clause to its right, when that
    clause has a subject of its own; None otherwise."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if subject is None or clause is None or not any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in clause.children):
        return None
    return subject, clause


def _plain_assertion(verb, quoted) -> bool:
    """Not embedded ("which analysts say"), not inside a quote, not negated, conditional or modal."""
    if verb.dep_ in EMBEDDED_DEPS or quoted.covers_token(verb):
        return False
    return not any(c.dep_ in ("neg", "mark") or c.tag_ == "MD" for c in verb.children)


def _can_speak(subject, quoted) -> bool:
    """A named, common-noun or third-person subject of reasonable size, outside the quotes."""
    if subject.lower_ in NOT_SPEAKERS or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return False
    return subject.right_edge.i - subject.left_edge.i <= MAX_SPEAKER_TOKENS and not quoted.covers_token(subject)


def _reported_words(clause, verb):
    """The clause's words without "that" and trailing punctuation: (first, last) tokens, or None
    when they are too short or long, a relative clause, or direct words without marks."""
    doc = clause.doc
    first, last = clause.left_edge, clause.right_edge
    if first.lower_ in COMPLEMENTIZERS and first.dep_ == "mark":
        first = doc[first.i + 1]
    while last.i > first.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    if last.i - first.i < 3 or last.i - first.i > MAX_INDIRECT_TOKENS:
        return None
    if first.tag_ in ("WDT", "WP", "WRB", "CC") or first.i < verb.i:
        return None  # "which the campaign says includes": a relative clause, not reported speech
    if first.text[:1].isupper() and first.pos_ != "PROPN":
        return None  # "said There's a guy ...", "told I would never": direct words without marks
    return first, last


def _clear_of_quotes(text: str, start: int, end: int, spans) -> bool:
    """Words inside a quote (even one left open) or holding marks or a question report nothing."""
    k = bisect_right(spans, (end, end))
    if (k and spans[k - 1][1] > start - 2) or text[max(0, start - 2):start].strip() in _OPENERS_BEFORE:
        return False
    content = text[start:end]
    return not any(m in content for m in _MARKS_INSIDE)


def indirect_quotes(doc, text: str, quoted, people, antecedents, matches) -> list[Quote]:
    """Reported speech without marks, one per reporting verb, never overlapping the one before."""
    found: list[Quote] = []
    covered_until = -1
    for verb_i, _end in matches[REPORTED_SPEECH]:
        verb = doc[verb_i]
        if verb.pos_ != "VERB" or verb.idx < covered_until or not _plain_assertion(verb, quoted):
            continue
        shape = _shape(verb)
        if shape is None or not _can_speak(shape[0], quoted):
            continue
        subject, clause = shape
        words = _reported_words(clause, verb)
        if words is None:
            continue
        start, end = words[0].idx, words[1].idx + len(words[1])
        if not _clear_of_quotes(text, start, end, quoted.spans):
            continue
        cue = Cue(subject, verb, verb.text, REPORTED_SPEECH)
        speaker = speaker_from_cue(cue, people, antecedents.before(subject.idx, subject.lower_), text)
        channel = channel_near([t for c in verb.children if c.dep_ == "prep" for t in c.subtree])
        found.append(Quote(
            text=text[start:end], span=(start, end), type="indirect", speaker=display_name(speaker.name),
            speaker_span=speaker.span, speaker_label=speaker.label, role=speaker.role, cue=verb.text, channel=channel,
        ))
        covered_until = end
    return found
