"""The victims of a noun trigger ("two deaths", "the deaths of three men", "suffered gunshot
wounds") and of the phrase rules' readings ("left a man in critical condition", "the toll rose to 40").

Each way of finding them is one small route, tried in order; the first that applies wins. A route
returns the victims' head, the trigger itself when the noun counts them ("two deaths"), None when
it rules the trigger out, or ``_NOT_YET`` when it does not apply.
"""

from __future__ import annotations

from typing import Callable

from .counts import count_phrase
from .modality import years_in
from .victims import is_age_noun, resolve_relative
from .words import WORDS

TRIGGERS = WORDS.triggers
_NOT_YET = object()


def _in_order(holder, deps):
    """The first child of `holder` by order of dependency: all its `deps[0]`, then `deps[1]`..."""
    for dep in deps:
        for c in holder.children:
            if c.dep_ == dep:
                return c
    return None


def _not_a_body_found(tok, kind):
    """Only a body found is a death: not "shot on the right side of his body"."""
    if kind == "killed" and tok.lemma_.lower() == "body" and tok.head.lemma_.lower() not in TRIGGERS.found_verbs:
        return None
    return _NOT_YET


def _proportion(tok, kind):
    """ "one in five deaths", "one out of four injuries": a share, not a count."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") and tok.head.head.like_num:
        return None
    return _NOT_YET


def _counts_wounds(tok) -> bool:
    """ "six gunshot wounds", "suffered two injuries", "with burns" count wounds; "12 deaths and 30
    injuries" counts the people hurt."""
    lemma = tok.lemma_.lower()
    if lemma not in TRIGGERS.wound_nouns:
        return False
    if lemma not in TRIGGERS.people_wound_nouns:
        return True
    governor = tok.head.head if tok.dep_ == "pobj" else tok.head
    return governor.lemma_.lower() in TRIGGERS.suffer_verbs or tok.head.lower_ == "with" or any(
        c.dep_ == "poss" for c in tok.children)


def _counted(tok, kind):
    """ "two deaths", "three fatalities", "30 injuries" (but "six gunshot wounds" counts wounds, not
    people, and "the 2014 death" is dated: a year on a singular noun counts nothing)."""
    if _counts_wounds(tok):
        return _NOT_YET
    for c in tok.children:
        if tok.tag_ == "NN" and years_in([c]):
            continue
        if c.dep_ == "nummod" or (c.like_num and c.dep_ in ("compound", "amod", "quantmod")):
            return tok
    return _NOT_YET


def _holder(tok, order: tuple[str, ...]):
    """Who the phrase `tok` ends describes ("a man with a gunshot wound", "a man and a 17-year-old in
    critical condition"): the noun it hangs on (a list's first member, so the whole list), else its
    verb's argument first in `order`; _NOT_YET when the verb has none."""
    holder = tok.head.head
    while holder.dep_ == "conj" and holder.head.pos_ in ("NOUN", "PROPN"):
        holder = holder.head  # "found a man and a 17-year-old with gunshot wounds": the whole list
    if holder.pos_ in ("NOUN", "PROPN") or is_age_noun(holder):
        return holder
    found = _in_order(holder, order)
    return resolve_relative(found) if found is not None else _NOT_YET


def _wounded_holder(tok, kind):
    """ "a man with a gunshot wound", "a second victim was found with", "found two men with", "found a
    man and a 17-year-old with" (the list, which the parse ends with the phrase)."""
    if not (tok.lemma_.lower() in TRIGGERS.wound_nouns and tok.dep_ == "pobj" and tok.head.lower_ == "with"):
        return _NOT_YET
    return _holder(tok, ("nsubjpass", "dobj", "nsubj"))


def _of_object(tok, kind):
    """ "the deaths of three men"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return _NOT_YET


def _possessor(tok, kind):
    """ "the man's death"; "a student whose body was found": the relative clause's antecedent."""
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            return c
        if c.dep_ == "poss" and c.lower_ == "whose" and tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN"):
            return tok.head.head
    return _NOT_YET


def _one_death(tok, kind):
    """ "a shooting death is under investigation": one dead."""
    if kind == "killed" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return tok
    return _NOT_YET


def _sufferer(tok, kind):
    """ "suffering from a gunshot wound", "he sustained injuries": who suffered it."""
    if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in TRIGGERS.suffer_verbs:
        verb = tok.head.head
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
    elif tok.head.lemma_.lower() in TRIGGERS.suffer_verbs and tok.dep_ in ("dobj", "nsubjpass"):
        verb = tok.head
    else:
        return _NOT_YET
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return resolve_relative(subject) if subject is not None else _NOT_YET


def _treated_for(tok, kind):
    """ "was being treated at an area hospital for wounds", "was taken to a hospital for treatment of
    injuries": the wound is what the victim is treated or carried for, however the phrase attaches."""
    if tok.lemma_.lower() not in TRIGGERS.wound_nouns:
        return _NOT_YET
    node, through_for = tok, False
    for _ in range(6):
        if node.dep_ not in ("pobj", "prep") or node.head == node:
            break
        through_for = through_for or node.lower_ == "for"
        node = node.head
    lemma = node.lemma_.lower()
    if node.pos_ != "VERB" or not through_for or lemma not in TRIGGERS.suffer_verbs | TRIGGERS.care_verbs:
        return _NOT_YET
    subject = next((c for c in node.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    return resolve_relative(subject) if subject is not None else _NOT_YET


def _not_news_of_death(tok, kind):
    """ "died a normal death" (the verb tells it), "before his death, he ..." (a biography's time)."""
    if tok.lemma_.lower() != "death":
        return _NOT_YET
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "die":
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ in TRIGGERS.since_death and any(c.dep_ == "poss" for c in tok.children):
        return None
    return _NOT_YET


NOUN_ROUTES: tuple[Callable, ...] = (
    _proportion, _not_news_of_death, _not_a_body_found, _counted, _wounded_holder, _of_object, _possessor, _one_death, _sufferer,
    _treated_for,
)


def noun_victim(tok, kind: str):
    """The victims of a noun trigger: their head, the trigger itself when it counts them, or None."""
    for route in NOUN_ROUTES:
        found = route(tok, kind)
        if found is not _NOT_YET:
            return found
    return None


def condition_victim(tok):
    """Who is "in critical condition": the noun it describes, or the clause's object or subject."""
    found = _holder(tok, ("dobj", "nsubjpass", "nsubj"))
    return None if found is _NOT_YET else found


def _toll_candidates(tok) -> list:
    """Where a toll's figure can stand: "rose to 40", "stands at 12", "is 12", "the number of people
    killed by the floods to 20"."""
    candidates = []
    for c in tok.head.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "at"):
            candidates += [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ in ("attr", "dobj", "npadvmod") and c != tok and tok.dep_ != "dobj":
            candidates.append(c)
    return candidates + [g for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                         if g.dep_ == "pobj"]


def toll_figure(tok):
    """The figure of "the death toll rose to 40" / "the toll stands at 12" / "the toll is 12" /
    "bringing the number of dead to 9"."""
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    return next((cand for cand in _toll_candidates(tok) if count_phrase(cand).quantity is not None), None)


def in_toll_phrase(victim) -> bool:
    """ "the number of people killed": the toll noun counts them, not the participle."""
    return victim.dep_ == "pobj" and victim.head.lower_ == "of" and victim.head.head.lower_ in TRIGGERS.toll_nouns


def hostage_victim(tok):
    """Who was taken hostage: "took 18 crew members hostage" (the compound), "taking 20 others hostage"
    (the verb's object), "took 20 hostages" (the number), "were held hostage" (the subject)."""
    verb = tok.head
    if tok.dep_ == "dobj":
        person = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)
        if person is not None:
            return person
        return next((c for c in tok.children if c.dep_ == "nummod"), None)
    return _in_order(verb, ("dobj", "nsubjpass"))
