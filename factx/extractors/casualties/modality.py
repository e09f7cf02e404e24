"""Whether a statement is denied ("no one was hurt"), did not happen ("could have killed"), or is
not news (a statistic, an earlier year): each a short list of named checks over the parse and the
cue phrases of the termsets (``rules.Marks``).
"""

from __future__ import annotations

from .counts import is_clock_time
from .rules import Marks
from .words import WORDS

STATEMENTS = WORDS.statements


def clause_of(trigger):
    """The tokens of the statement's clause: the trigger's subtree and its governing verb's core."""
    top = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") else trigger
    while top.dep_ in ("conj", "acl", "amod", "acomp", "oprd", "xcomp", "advcl", "relcl") and top.head != top:
        top = top.head
        if top.pos_ in ("VERB", "AUX"):
            break
    start, end = top.left_edge.i, top.right_edge.i + 1
    if end - start > 80:
        start, end = max(trigger.left_edge.i, trigger.i - 40), min(trigger.right_edge.i + 1, trigger.i + 40)
    doc = trigger.doc
    for i in range(trigger.i - 1, start - 1, -1):  # a clause stays on its line: a headline is not the lede
        if "\n" in doc[i].text_with_ws:
            start = i + 1
            break
    for i in range(trigger.i, end):
        if "\n" in doc[i].text_with_ws:
            end = i + 1
            break
    return doc[start:end]


def across_lines(a, b) -> bool:
    """Whether a line break separates two tokens: a headline's number is not the lede's noun."""
    first, second = (a, b) if a.i < b.i else (b, a)
    return "\n" in first.doc[first.i:second.i].text_with_ws  # not Doc.text: that joins the whole article


def line_subject(trigger):
    """The first noun of the trigger's own line, before it: the victims when the parser joined an
    unpunctuated line above ("Image 4 of 12", "Breaking news") to the sentence and took its noun."""
    return next((t for t in trigger.doc[_line_start(trigger):trigger.i] if t.pos_ in ("NOUN", "PROPN")), None)


def _line_start(trigger) -> int:
    doc = trigger.doc
    start = trigger.i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    return start


def links_another_story(trigger) -> bool:
    """Whether the trigger's line is a link to another story of the page, not the article's news:
    it opens "MORE:", "READ MORE:" (the lexicon's story links) or with a video clip's length
    ("1:11 Brain-dead toddler leaves hospital", "0:50 'He was my son,' says father of victim")."""
    doc = trigger.doc
    start = _line_start(trigger)
    opening = doc[start:min(trigger.i + 1, start + 4)].text.lower()
    if opening.startswith(STATEMENTS.story_links):
        return True
    first, second = doc[start], doc[start + 1] if start + 1 < len(doc) else None
    if not (is_clock_time(first.text) and second is not None and (second.is_alpha or second.is_quote)
            and second.i <= trigger.i):
        return False
    end = trigger.i
    while end + 1 < len(doc) and "\n" not in doc[end].text_with_ws:
        end += 1
    last = next((t for t in reversed(doc[start:end + 1]) if not t.is_quote), doc[end])
    return last.text != "."  # a headline; "10:30 Two men were shot dead." is prose


# ------------------------------------------------------------------------------------------ denied

def _negated_verb(trigger) -> bool:
    """ "was not injured", "were not hurt" (the negation on the trigger, its auxiliary or its copula)."""
    for tok in [trigger] + [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]:
        if any(c.dep_ == "neg" for c in tok.children):
            return True
    return trigger.dep_ in ("acomp", "oprd", "xcomp") and any(c.dep_ == "neg" for c in trigger.head.children)


def _no_victims(victim, marks: Marks) -> bool:
    """ "no one", "nobody", "none", "no injuries", "neither officer"."""
    if marks.cue(victim, "nobody") or marks.cue(victim, "negative_determiner"):
        return True
    if victim.lower_ in WORDS.victims.one and any(marks.cue(c, "negative_determiner") for c in victim.lefts):
        return True
    return any(c.dep_ == "det" and marks.cue(c, "negative_determiner") for c in victim.children)


def _denied(trigger) -> bool:
    """ "denied that anyone was hurt"."""
    node = trigger
    for _ in range(3):
        if node.head == node:
            return False
        node = node.head
        if node.lemma_.lower() in STATEMENTS.denial_verbs:
            return True
    return False


def _without(trigger, marks: Marks) -> bool:
    """ "fled without injuring anyone", "escaped without injury"."""
    return any(c.dep_ == "prep" and marks.cue(c, "negative_preposition") for c in trigger.children) or \
        marks.cue(trigger.head, "negative_preposition")


def is_negated(trigger, victim, marks: Marks) -> bool:
    return _negated_verb(trigger) or (victim is not None and _no_victims(victim, marks)) or _denied(trigger) \
        or _without(trigger, marks)


# ------------------------------------------------------------------------------------------ unreal

def _modal(trigger, auxes, marks: Marks) -> bool:
    """ "could have been killed", "could have been badly injured"."""
    if any(marks.cue(a, "modal") for a in auxes):
        return True
    copula = trigger.head if trigger.dep_ in ("acomp", "oprd", "attr") else None
    return copula is not None and any(c.dep_ == "aux" and marks.cue(c, "modal") for c in copula.children)


def _conditional(trigger, marks: Marks) -> bool:
    """ "if the boy dies"."""
    return any(c.dep_ == "mark" and marks.cue(c, "conditional") for c in trigger.children)


def _order_or_aim(trigger, auxes) -> bool:
    """ "Shoot him!" (an order), "to kill him", "go ahead and kill him": an aim or an order, not an outcome."""
    if trigger.tag_ != "VB":
        return False
    if not auxes and trigger.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return True
    if any(a.dep_ == "auxpass" or a.lower_ == "have" for a in auxes):
        return False
    return any(a.lower_ == "to" for a in auxes) or trigger.dep_ == "conj" and trigger.head.tag_ == "VB"


def _unreal_governor(trigger, marks: Marks) -> bool:
    """ "threatened to kill", "tried to shoot", "would have ... died", "don't let him die": a governing
    verb of aim or modality, or a denied one of letting."""
    node = trigger
    for _ in range(3):
        if node.dep_ not in ("xcomp", "ccomp", "advcl", "pcomp", "conj", "acl") or node.head == node:
            return False
        node = node.head
        if node.lemma_.lower() in STATEMENTS.unreal_heads:
            return True
        if node == trigger.head and node.lemma_.lower() in STATEMENTS.unreal_when_denied \
                and any(c.dep_ == "neg" for c in node.children):
            return True  # "don't let my baby die": a plea, not a death (not "did not let them flee before he killed two")
        if trigger.dep_ != "conj" and node.pos_ == "VERB" and any(
                c.dep_ == "aux" and marks.cue(c, "modal") for c in node.children):
            return True
    return False


def _hedged(trigger, marks: Marks) -> bool:
    """ "nearly killed", "possibly injured"."""
    return any(c.dep_ == "advmod" and marks.cue(c, "hedge") for c in trigger.children)


def not_to_a_degree(trigger) -> bool:
    """ "was not seriously hurt", "none were critically injured": the negation denies the degree, not
    the harm, so the statement neither denies nor counts anyone."""
    return _negated_verb(trigger) and any(
        c.dep_ == "advmod" and c.lower_ in STATEMENTS.degree_adverbs for c in trigger.children)


def is_unreal(trigger, marks: Marks) -> bool:
    """Modal, threatened, hoped-for or conditional: not an event that happened."""
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    return _modal(trigger, auxes, marks) or _conditional(trigger, marks) or _order_or_aim(trigger, auxes) \
        or _unreal_governor(trigger, marks) or _hedged(trigger, marks)


# ------------------------------------------------------------------------------------------ not news

def years_in(span) -> list[int]:
    return [int(t.text) for t in span if t.shape_ == "dddd" and 1900 <= int(t.text) <= 2100]


def own_clause(trigger, clause):
    """The trigger's own clause when it is a verb conjoined to another with a subject of its own ("The
    2023 floods were worse, but on Monday a woman drowned"): the other clause's year is not its own."""
    if trigger.dep_ == "conj" and trigger.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return trigger.doc[trigger.left_edge.i:trigger.right_edge.i + 1]
    return clause


def is_historical(clause, reference_year: int | None, marks: Marks | None = None) -> bool:
    """A year before the article's in the clause ("was shot to death in 1997"), or a named past
    atrocity or war ("six million perished in the Holocaust"): history, not the article's news."""
    if marks is not None and marks.cue_within(clause, "past_event"):
        return True
    return reference_year is not None and any(year < reference_year for year in years_in(clause))


def _subtree_indexes(token) -> range:
    return range(token.left_edge.i, token.right_edge.i + 1)


def _proceeding_words(root, harm: range) -> list:
    """The main clause's verb, its arguments and the objects of its prepositions, outside the harm's words."""
    words = [root, *root.children]
    words += [g for c in root.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return [w for w in words if w.i not in harm]


def _told_now(root, outside: list) -> bool:
    """Whether a main clause tells of the article's days: a weekday or "today" outside the harm's
    words, a verb in the present or present perfect ("are reviewing", "has been charged"), or a
    renewed proceeding ("reopened the inquiry")."""
    if any(w.lower_ in STATEMENTS.days_of_now or w.lemma_.lower() in STATEMENTS.renewed_proceedings for w in outside):
        return True
    return root.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                              for c in root.children)


def proceeding_now(trigger, reference_year: int | None) -> bool:
    """ "was sentenced on Monday for killing two people in 2021", "reopened the inquiry into the 2014
    death of ...", "investigators said on Friday the 2015 fire killed 3": a main clause of the
    article's days that tells of a proceeding (a trial, a sentencing, an inquiry) about an earlier
    harm, the article's subject; the harm's year does not make it history. Not a past proceeding
    ("was charged with killing a boy on Sept. 3, 2010" in a list of old cases)."""
    root, top = trigger.sent.root, trigger
    while top.dep_ == "conj" and top.head != top:
        top = top.head  # "the crash killed four and injured two": the harm is both verbs
    if root == top or reference_year is None:
        return False
    harm = _subtree_indexes(top)
    outside = [t for t in trigger.sent if t.i not in harm]
    if any(year < reference_year for year in years_in(outside)):
        return False
    return any(w.lemma_.lower() in STATEMENTS.proceedings for w in _proceeding_words(root, harm)) \
        and _told_now(root, outside)


def told_as_motive(trigger) -> bool:
    """ "in retaliation for the killing of ...", "to avenge the death of ...": a harm told as the
    motive of the article's incident is an earlier one, told in passing."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for":  # "for" on the motive, or beside it
        governor = trigger.head.head  # ("called it revenge for")
        return any(w.lemma_.lower() in STATEMENTS.motives for w in (governor, *governor.children))
    return trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in STATEMENTS.motives


def _names_an_age(word) -> bool:
    """ "12", "six years old", "a boy": the age or time of life of someone."""
    return word.like_num or word.lower_ == "old" or word.lemma_.lower() in STATEMENTS.life_stages


def told_at_an_age(trigger, victim) -> bool:
    """ "Mr. Ostrander was 12 when his father was killed", "She was a girl when her brother died": a
    time of someone's life, a biography told in passing (not "he was 17 when he was shot": the
    victim's own age at the news)."""
    clause = trigger
    while clause.dep_ in ("conj", "oprd", "acomp", "xcomp") and clause.head != clause:
        clause = clause.head  # "was shot dead": the verb's clause
    if clause.dep_ not in ("relcl", "advcl") or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
        return False
    if victim is None or victim.pos_ == "PRON":
        return False
    governor = clause.head
    copula = governor.head if governor.dep_ in ("attr", "acomp") else governor
    return copula.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") and _names_an_age(c) for c in copula.children)


def _over_incidents(sentence) -> bool:
    """ "injured in those shootings": the sentence counts over several incidents told before (a
    city's year, a tally), not one event."""
    return any(t.tag_ == "NNS" and t.lemma_.lower() in WORDS.events.event_nouns and any(
        c.dep_ == "det" and c.lower_ in STATEMENTS.back_to_many for c in t.children) for t in sentence)


def _over_a_period(clause) -> bool:
    """ "In the past two months, eight youths have been hurt": a count over several past days,
    weeks or years is a tally, not one event."""
    return any(t.lower_ in STATEMENTS.period_units and t.head.dep_ == "prep" and any(
        c.dep_ == "amod" and c.lower_ in STATEMENTS.period_modifiers for c in t.children) for t in clause)


def is_statistical(clause, marks: Marks) -> bool:
    """A rate or a running count ("34,000 deaths a year", "so far this year"), or a count since a
    year ("since 2012, 500 children have died")."""
    if marks.cue_within(clause, "statistic") or _over_incidents(clause.sent) or _over_a_period(clause):
        return True
    return any(t.lower_ in STATEMENTS.since and years_in(t.subtree) for t in clause)
