"""Which tokens state a casualty, and of what kind.

A trigger is found in this order: the phrase rules tried first (``casualty_rules.toml``: "took his
own life", "the shooting of", "one fatally", "in critical condition"), then the trigger words of
``casualties.toml`` by part of speech (verbs, adjectives, nouns), each with the small filters that
make the word something else ("the strike hit the sector", "died of cancer", "a groin injury"),
then the rules tried last ("the death toll").
"""

from __future__ import annotations

from dataclasses import dataclass

from .rules import Marks
from .words import WORDS

TRIGGERS = WORDS.triggers
_LEMMAS = frozenset(TRIGGERS.verbs) | frozenset(TRIGGERS.nouns)  # every word a trigger can be
_WORDS = frozenset(TRIGGERS.participles) | frozenset(TRIGGERS.adjectives) | TRIGGERS.nominal


@dataclass(frozen=True, slots=True)
class Trigger:
    """A token that states a casualty: the kind it states and how its victims are read
    ("verb", "adj", "noun", or a phrase rule's reading: "suicide", "subset", "condition", "toll")."""

    kind: str
    reading: str


def _after_gunfire(verb) -> bool:
    """ "exchanged gunfire and the man was struck": the clause it is joined to fires the shots."""
    if verb.dep_ != "conj":
        return False
    head = verb.head
    return head.lemma_.lower() == "fire" or any(c.dep_ == "dobj" and c.lower_ in TRIGGERS.gunfire for c in head.children)


def _hit_by_gunfire(verb) -> bool:
    """ "was struck by a bullet", "hit twice", "struck in the leg", "exchanged gunfire and he was
    struck": "strike" and "hit" say someone was hurt only so."""
    if _after_gunfire(verb):
        return True
    for c in verb.children:
        if c.dep_ in ("npadvmod", "advmod") and c.lower_ in TRIGGERS.repeats:
            return True
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "with") and any(
                g.lower_ in TRIGGERS.gunfire for g in c.subtree):
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lower_ in TRIGGERS.body_parts for g in c.children):
            return True
    return False


def _obituary_word(c) -> bool:
    """A child of "died" that tells an obituary: "at 84", "aged 84", "peacefully", "a natural death"."""
    if c.dep_ == "prep" and c.lower_ == "at" and any(g.dep_ == "pobj" and g.like_num for g in c.children):
        return True  # "died at 84": an age
    if c.lower_ in TRIGGERS.age_words and any(t.like_num for t in c.doc[c.i + 1:c.i + 3]):
        return True  # "died aged 84"
    if c.dep_ == "dobj" and c.lemma_.lower() == "death":
        return any(g.lower_ in TRIGGERS.peaceful for g in c.children)  # "died a natural death"
    return c.dep_ == "advmod" and c.lower_ in TRIGGERS.peaceful


def natural_death(verb) -> bool:
    """ "died of cancer", "died in his sleep", "died at 84", "died aged 84": an illness or old age, an
    obituary's death, not a casualty (whatever else the article tells of)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in TRIGGERS.natural_cause_preps and any(
                g.lower_ in TRIGGERS.natural_causes for g in c.subtree):
            return True
        if _obituary_word(c):
            return True
    return False


def _figurative(verb) -> bool:
    """ "shot back at her critics", "shot to fame": the verb's particle or goal says no one was hit."""
    for c in verb.children:
        if c.dep_ in ("prt", "advmod") and c.lower_ in TRIGGERS.figurative_particles:
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(
                g.dep_ == "pobj" and g.lower_ in TRIGGERS.figurative_goals for g in c.children):
            return True
    return False


def _is_verb(tok, lemma: str) -> bool:
    return tok.pos_ in ("VERB", "AUX") or (tok.tag_ in ("VBN", "VBD", "VBG") and lemma in TRIGGERS.verbs)


def _verb_trigger(tok, lemma: str) -> Trigger | None:
    """A verb's kind, unless it names the event ("the shooting"), a non-violent hit or a natural death."""
    if tok.tag_ == "VBG" and lemma in TRIGGERS.event_gerunds and not any(c.dep_ == "dobj" for c in tok.children):
        return None  # "the shooting", "a shooting death": the event, not a victim
    if lemma in TRIGGERS.gunfire_verbs and not _hit_by_gunfire(tok):
        return None  # "the strike hit the sector", "struck a deal"
    if lemma in TRIGGERS.intransitive and natural_death(tok):
        return None
    if lemma in TRIGGERS.gunfire_verbs or lemma == "shoot":
        if _figurative(tok):
            return None
    if lemma in TRIGGERS.verbs:
        return Trigger(TRIGGERS.verbs[lemma], "verb")
    if tok.lower_ in TRIGGERS.participles:
        return Trigger(TRIGGERS.participles[tok.lower_], "verb")
    return None


def _noun_trigger(tok, lemma: str) -> Trigger | None:
    if lemma == "injury" and any(c.lower_ in TRIGGERS.sports_injuries for c in tok.lefts):
        return None  # "a groin injury": the sports page, not a casualty
    return Trigger(TRIGGERS.nouns[lemma], "noun")


def _in_title(tok) -> bool:
    """ "Shaun of The Dead": a capitalised word after another mid-sentence is part of a name or title."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.pos_ == "PROPN" and before is not None and before.text[:1].isupper() and not before.is_sent_start \
        and not before.like_num


def word_trigger(tok) -> Trigger | None:
    """The trigger a single word states by its part of speech, or None."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if lemma not in _LEMMAS and lower not in _WORDS:
        return None  # most words: no table has them
    if tok.tag_ == "VBG" and lower in TRIGGERS.adjectives and not any(c.dep_ == "dobj" for c in tok.children):
        return Trigger(TRIGGERS.adjectives[lower], "adj")  # "five hikers are missing" (not "missing the deadline")
    if _is_verb(tok, lemma):
        return _verb_trigger(tok, lemma)  # a verb that is not a trigger is nothing else either
    if tok.pos_ == "ADJ" and lower in TRIGGERS.adjectives:
        return Trigger(TRIGGERS.adjectives[lower], "adj")
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if lemma in TRIGGERS.nouns:
        return _noun_trigger(tok, lemma)
    if lower in TRIGGERS.nominal and not _in_title(tok):
        return Trigger(TRIGGERS.adjectives[lower], "adj")  # "the dead", "the injured"
    return None


def _rule_trigger(table: dict, tok) -> Trigger | None:
    rule = table.get(tok.i)
    return Trigger(rule.kind, rule.reading) if rule is not None else None


def states_casualty(tok, marks: Marks) -> Trigger | None:
    """The trigger of a phrase rule tried first, else of the word tables."""
    return _rule_trigger(marks.first, tok) or word_trigger(tok)


def trigger_at(tok, marks: Marks) -> Trigger | None:
    """The trigger the token is, if any: phrase rules first, then the word tables, then the last rules."""
    return states_casualty(tok, marks) or _rule_trigger(marks.last, tok)


def _negative_prefix(word) -> bool:
    """ "non-fatal", "non fatal": a prefix before the word denies it."""
    doc = word.doc
    before = [t.lower_ for t in doc[max(0, word.i - 2):word.i]]
    return bool(before) and (before[-1] in WORDS.events.not_deadly or before == ["non", "-"])


def _of_a_number(word) -> bool:
    """ "6 shot, 1 fatally": the adverb says how many of the victims died, not that all did."""
    return word.i > 0 and word.doc[word.i - 1].like_num


def is_fatal(trigger, marks: Marks) -> bool:
    """ "fatally shot", "shot dead", "shot to death": shooting that killed."""
    if trigger.i in marks.fatal:
        return True  # "shot dead", "shot to death" (token rules)
    for c in trigger.children:
        if marks.cue(c, "fatal") and not _negative_prefix(c) and not _of_a_number(c) or (
                c.dep_ in ("oprd", "acomp", "advmod", "xcomp") and c.lower_ == "dead"):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return True
    return False


def is_feared(trigger, marks: Marks) -> bool:
    """ "feared dead", "presumed dead": missing, not yet counted as killed."""
    return trigger.i in marks.feared
