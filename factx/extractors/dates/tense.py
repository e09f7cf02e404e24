"""The tense around a date, read off the parse: does "Monday" lie behind the writing or ahead of it?

"past", "present" or "future" from the nearest finite verb above the span (non-finite ones are
passed: "rising to a high in June" takes its tense from the clause, not from "rising"). A past that
governs an infinitive or a deadline is "unsure": "agreed to buy it in June" may be June to come. A
weekday reads "present" as future ("the trial opens Monday"); a month or date reads it as either way
("prices are higher than in October").
"""

from __future__ import annotations

from .words import TENSE_WORDS

FUTURE_AUX = TENSE_WORDS["future_aux"]
PAST_AUX = TENSE_WORDS["past_aux"]
PRESENT_BE = TENSE_WORDS["present_be"]
PLANNING_VERBS = TENSE_WORDS["planning_verbs"]
OPEN_ENDS = TENSE_WORDS["open_ends"]
_CLIMB = 8  # verbs above the span looked at


def tense_of(span) -> str | None:
    """The tense of the clause that holds `span` (a spaCy Span), or None when no verb tells it."""
    token = span.root
    # "agreed to buy it in February", "gave them until March": that time may still be ahead
    maybe_ahead = token.head.lower_ in OPEN_ENDS and token.dep_ == "pobj"
    for _ in range(_CLIMB):
        if token.tag_.startswith("VB") or token.tag_ == "MD":
            auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")][:4]
            words = {c.lower_ for c in auxiliaries}
            if token.tag_ == "VB" and "to" in words:  # an infinitive: its tense is the governing verb's
                maybe_ahead = True
                token = token.head
                continue
            tense = verb_tense(token, auxiliaries, words, maybe_ahead)
            if tense is not None:
                return tense
        if token.head is token:
            return None
        token = token.head
    return None


def verb_tense(verb, auxiliaries: list, words: set[str], maybe_ahead: bool) -> str | None:
    """The tense one finite verb gives, from its tag and its auxiliaries; None to look further up."""
    if "have" in words and verb.tag_ == "VBN" and not words & FUTURE_AUX:
        return "past"  # "may have been responsible", "could have hurt": a guess about the past
    if points_ahead(verb, auxiliaries, words):
        return "future"
    if verb.tag_ == "VBD" or words & PAST_AUX or verb.tag_ == "VBN" and not auxiliaries or past_read_as_present(verb):
        return "unsure" if maybe_ahead else "past"  # a bare participle: "the ruling announced Wednesday"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ != "say" or verb.tag_ == "VBG" and words & PRESENT_BE:
        return "present"  # "the trial opens Monday", "is meeting Monday"
    return None


def past_read_as_present(verb) -> bool:
    """ "Weakness hurt the index": a verb whose past is its base form ("hurt", "cut", "set") tagged as a
    present (VBP) with a singular noun as subject can only be the past: the present would be "hurts"."""
    return verb.tag_ == "VBP" and not auxiliary_of(verb) and any(
        child.dep_ == "nsubj" and child.tag_ in ("NN", "NNP") for child in verb.children)


def auxiliary_of(verb) -> bool:
    return any(child.dep_ in ("aux", "auxpass") for child in verb.children)


def points_ahead(verb, auxiliaries: list, words: set[str]) -> bool:
    """A future auxiliary or a modal ("will", "may"; not "could", the past of "can": "he could not be
    reached Wednesday"), or a plan: "is scheduled for Monday", "a summit set for April"."""
    return bool(words & FUTURE_AUX) or any(c.tag_ == "MD" and c.lower_ != "could" for c in auxiliaries) or (
        is_planned(verb, auxiliaries, words))


def is_planned(verb, auxiliaries: list, words: set[str]) -> bool:
    """A planning verb that looks ahead: "is scheduled for", "plans to", "a summit set for April";
    not the past perfect ("had been scheduled") nor a bare participle with no complement."""
    if verb.lemma_ not in PLANNING_VERBS or "had" in words:
        return False
    return verb.tag_ != "VBN" or bool(auxiliaries) or any(
        c.lower_ in ("for", "to") or c.dep_ == "xcomp" for c in verb.children)


def said_of_itself(span) -> bool:
    """Whether a past verb governs the date directly ("the year ended March 31", "closed the deal
    Nov. 16"): then the past holds however far back, unlike "extended the offer to Nov. 16"."""
    return span.root.head.tag_ in ("VBD", "VBN") and span.root.dep_ in ("npadvmod", "dobj")
