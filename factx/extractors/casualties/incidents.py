"""How the article names its incident: another incident told in passing, and the dead its words
imply ("a fatal shooting" one, "a double homicide" two)."""

from __future__ import annotations

from ..numbers import ORDINALS
from .rules import Marks
from .words import WORDS

EVENTS = WORDS.events


def other_event_sentences(doc) -> set[int]:
    """Sentences that tell of another incident than the article's: one that opens with "Earlier," or
    names "a separate shooting" or several incidents ("in shootings across the city"; told after the
    article's own incident, they are a tally told in passing), and the sentence after one that ranks the
    events ("It was the second fatal shooting this month." / "The first homicide of the year came on
    Sunday." / "Friday's shooting was the fourth in the city."); a link to another story ("Read: ...",
    "Watch: ..."; the sentence after when the link's own is only "Read: UPDATE:")."""
    marked: set[int] = set()
    for number, sent in enumerate(doc.sents):
        first = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if first is not None and first.lower_ in EVENTS.other_event_openers:
            marked.add(number)
        if first is not None and _opens_link(first):
            marked.update((number, number + 1) if len(sent) <= 4 else (number,))  # "Read: UPDATE:" split off its headline
        for tok in sent:
            if tok.lemma_.lower() not in EVENTS.event_nouns:
                continue
            if any(c.lower_ in EVENTS.other_event_words for c in tok.children) or _several_incidents(tok):
                marked.add(number)
            if any(c.lower_ in ORDINALS for c in tok.children) or _ranked(tok):
                marked.update((number, number + 1))
    return marked


def _several_incidents(tok) -> bool:
    """ "wounded in shootings across the city", "in three separate attacks": a plural event noun not
    pointed back to ("the shootings", "both attacks" may be the article's own incident told again)."""
    return tok.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "predet") and c.lower_ not in EVENTS.several
                                         for c in tok.children)


def _ranked(tok) -> bool:
    """ "Thursday's shooting was the seventh in the city": the event noun is ranked by the copula's ordinal."""
    return tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lower_ in ORDINALS for c in tok.head.children)


def _opens_link(first) -> bool:
    """ "Read: Suspect shot himself", "Watch: ...": a link to another story, its headline after the colon."""
    after = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    return first.lower_ in EVENTS.link_openers and after is not None and after.text == ":"


def _not_deadly(tok) -> bool:
    """ "attempted murder", "non-fatal shootings"."""
    return any(c.lower_.replace("\u00ad", "") in EVENTS.not_deadly for c in tok.children) or (
        tok.i > 1 and tok.doc[tok.i - 2].lower_ == "non")


def _killing_count(tok, marks: Marks) -> int:
    """ "the homicide" one, "a double homicide" two; not "if so, a triple homicide"."""
    if tok.pos_ != "NOUN" or not (tok.dep_ != "compound" or tok.head.lower_ in EVENTS.victim_nouns):
        return 0
    if any(t.dep_ == "mark" and marks.cue(t, "conditional") for t in tok.sent):
        return 1
    return max((EVENTS.multiple_killings[c.lower_] for c in tok.children if c.lower_ in EVENTS.multiple_killings),
               default=1)


def told_deadly(doc, marks: Marks) -> int:
    """How many dead the article's words for its event imply: "a double homicide" two, "a fatal shooting",
    "the homicide" or "the homicide victim" one; else none."""
    dead = 0
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma not in EVENTS.deadly_words and lemma not in EVENTS.killing_nouns:
            continue  # the only words that can tell of deaths: skip the per-token checks below
        if _not_deadly(tok):
            continue
        if lemma in EVENTS.deadly_words and tok.head.lemma_.lower() in EVENTS.deadly_events \
                and tok.dep_ in ("amod", "compound"):
            dead = max(dead, 1)
        if lemma in EVENTS.killing_nouns:
            dead = max(dead, _killing_count(tok, marks))
    return dead
