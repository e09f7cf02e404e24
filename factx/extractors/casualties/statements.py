"""Casualty statements: each trigger read with the parse into its victims, their count and what the
totals need to know (is it denied, additive, a running ordinal, another incident?).

Statements that are denied stay in the list as negated; hypothetical, historical, statistical,
non-human and obituary ones are not casualties and are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ...record import Casualty
from .counts import Quantity, count_phrase, pre_modifiers, singular_count
from .incidents import other_event_sentences
from .modality import (
    across_lines,
    clause_of,
    is_historical,
    is_negated,
    is_statistical,
    is_unreal,
    line_subject,
    links_another_story,
    not_to_a_degree,
    own_clause,
    proceeding_now,
    told_as_motive,
    told_at_an_age,
)
from .noun_victims import condition_victim, hostage_victim, in_toll_phrase, noun_victim, toll_figure
from .rules import Marks
from .setting import (
    DEFINITE,
    cause_at,
    cause_near,
    dateline_place,
    named_after_preposition,
    opens_with_date,
    own_words,
    place_in,
    reference_year,
    stated_when,
)
from .triggers import Trigger, is_fatal, is_feared, trigger_at, word_trigger
from .victims import (
    conjoined_count,
    find_victim,
    found_since,
    hyphen_head,
    inherited_object,
    is_person,
    people_of,
    victim_names,
    who_phrase,
)
from .words import WORDS

MAX_SENTENCE_TOKENS = 400  # longer "sentences" are not prose (lists, tables): read them token by token only
STATEMENTS, VICTIMS = WORDS.statements, WORDS.victims


@dataclass(slots=True)
class Perpetrators:
    """What a statement says of the perpetrator among its victims."""

    suicide: bool = False  # he killed or shot himself ("took his own life", "turned the gun on himself")
    included: bool = False  # the count includes him ("four dead, including the gunman")
    listed: int = 0  # perpetrators listed with the victims ("an officer and the suspect were shot")
    added: bool = False  # told as one more than the victims ("five were killed, plus the bomber")


@dataclass(slots=True)
class Statement:
    """A casualty fact plus what the totals need to know about it."""

    fact: Casualty
    sentence: int  # the sentence's number in the article
    kind: str  # the fact's kind, or "hit" for "shot" that does not say whether the victim died
    who_key: str | None  # the victims' description when stated, None when implied or inherited
    names: tuple = ()  # people named as the victims, each a frozenset of its words
    additive: bool = False  # "also", "another": more victims than those told before
    ordinal: int | None = None  # "a second person died": a running count
    transition: bool = False  # "later died", "succumbed": one of the injured moves to the dead
    links: frozenset = frozenset()  # the trigger, victim and their conjuncts: what ties listed victims
    perpetrators: Perpetrators = field(default_factory=Perpetrators)
    object_of_act: bool = False  # the victims are the object of someone's act ("killed his wife")
    other_event: bool = False  # told as another incident than the article's ("It was the city's second homicide.")
    toll: bool = False  # a running figure ("the death toll rose to 41", "that figure has risen to 16"): it replaces, not adds
    place: str | None = None  # the place its clause or sentence names (not the dateline's): what sets events apart
    date: str | None = None  # the date its sentence states (not the article's)
    scene_date: bool = False  # its sentence opens with the date ("On Nov. 9, two teens were killed"): a scene of its own
    cause: str | None = None  # what caused the harm, as the lexicon names it ("shooting", "rocket attack")
    refers_back: bool = False  # "the victim", "the two men", "he": victims already told of, in the same event
    victim_index: int | None = None  # the victims' head token: two kinds said of one head are one set of people
    trigger_lemma: str = ""  # the trigger's lemma, lower case ("die", "injure", "injury")
    partitive: bool = False  # "two of them": part of the victims told before

    @property
    def victims_only(self) -> int:
        """The count without the perpetrators listed among the victims ("an officer and the suspect")."""
        return max(0, (self.fact.count or 0) - self.perpetrators.listed)


@dataclass(slots=True)
class Reading:
    """A trigger read off the parse: its kind, its victims and how many, before any check."""

    trigger: object  # the trigger token
    kind: str
    victim: object  # the victims' head token, or the trigger itself when it counts them ("two deaths")
    quantity: Quantity | None
    inherited: bool = False  # the victims were named by a conjoined verb ("killing one ... and injuring six")
    event: object = None  # the word whose auxiliaries and governors say whether it happened
    perpetrators: Perpetrators = field(default_factory=Perpetrators)
    negated: bool = False
    toll: bool = False  # read from a toll noun: the latest running figure

    @property
    def counts_itself(self) -> bool:
        """ "two deaths", "a shooting death": the trigger itself says how many."""
        return self.victim == self.trigger


@dataclass(slots=True)
class Article:
    """What every statement of one article reads."""

    doc: object
    text: str
    marks: Marks
    published: object
    dates: list
    reference_year: int | None
    dateline: str | None
    sentence_of: list[int]  # each token's sentence number
    sentence_lengths: list[int]
    other_events: set[int]  # sentences that tell of another incident
    entities: tuple  # the named entities, read once
    causes: dict = field(default_factory=dict)  # each sentence's cause words, read once (setting.cause_near)

    @classmethod
    def of(cls, doc, published, dates, marks: Marks) -> Article:
        text = doc.text  # spaCy joins the tokens anew at every Doc.text: once per article
        sentence_of, lengths = [0] * len(doc), []
        for number, sent in enumerate(doc.sents):
            lengths.append(len(sent))
            for i in range(sent.start, sent.end):
                sentence_of[i] = number
        return cls(doc, text, marks, published, dates, reference_year(doc, published), dateline_place(text),
                   sentence_of, lengths, other_event_sentences(doc), doc.ents)


# ------------------------------------------------------------------------------------------ readings

def _read_noun(tok, trigger: Trigger) -> Reading | None:
    if tok.lemma_.lower() == "death" and tok.head.lower_ in WORDS.triggers.toll_nouns:
        return None  # read from the toll noun
    if trigger.kind == "casualty":
        return None  # "casualties" does not say killed or injured
    victim, quantity = noun_victim(tok, trigger.kind), None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        victim = tok  # "there were no injuries"
    elif victim == tok:
        kind = "injured" if trigger.kind == "hit" else trigger.kind  # "30 injuries": people hurt
        quantity = count_phrase(tok).quantity
        if quantity is None and trigger.kind == "killed":
            quantity = Quantity.exactly(1)  # "a shooting death"
        if quantity is None:
            return None
        return Reading(tok, kind, victim, quantity, event=tok)
    return Reading(tok, trigger.kind, victim, quantity, event=tok) if victim is not None else None


def _read_suicide(tok, trigger: Trigger) -> Reading:
    """ "committed suicide", "took his own life": the subject killed himself."""
    verb = tok.head if tok.dep_ in ("dobj", "attr") else None
    victim = next((c for c in verb.children if c.dep_ == "nsubj"), tok) if verb is not None else tok
    if victim.lower_ in VICTIMS.things:
        victim = tok
    quantity = Quantity.exactly(1) if victim == tok else None
    return Reading(tok, trigger.kind, victim, quantity, event=verb if verb is not None else tok,
                   perpetrators=Perpetrators(suicide=True))


def _read_elided(tok, trigger: Trigger) -> Reading | None:
    """ "killed two people and then himself" (the reflexive), "five were killed, plus the bomber" (the
    noun after "plus"): more victims of the verb, which is told once; its kind is the verb's."""
    verb = tok.head
    told = word_trigger(verb)
    victim = tok if tok.dep_ == "conj" else next((c for c in verb.children if c.dep_ == "conj" and c.i > tok.i), None)
    if told is None or victim is None:
        return None
    count = singular_count(victim) if victim == tok else None
    quantity = Quantity.exactly(count) if count is not None else None
    return Reading(tok, told.kind, victim, quantity, event=verb, perpetrators=Perpetrators(added=victim != tok))


def _read_by(find: Callable, toll: bool = False) -> Callable:
    def read(tok, trigger: Trigger) -> Reading | None:
        victim = find(tok)
        return Reading(tok, trigger.kind, victim, None, event=tok, toll=toll) if victim is not None else None
    return read


def _read_grammar(tok, trigger: Trigger) -> Reading | None:
    found = find_victim(tok, trigger.reading)
    return Reading(tok, trigger.kind, found.head, None, found.inherited, event=tok) if found is not None else None


READINGS: dict[str, Callable] = {
    "noun": _read_noun,
    "suicide": _read_suicide,
    "toll": _read_by(toll_figure, toll=True),
    "condition": _read_by(condition_victim),
    "subset": _read_by(lambda tok: tok.head if tok.head.like_num else tok.doc[tok.i - 1]),  # "two people were shot, one fatally", "8 shot, 1 fatally"
    "hostage": _read_by(hostage_victim),
    "verb": _read_grammar,
    "subject": _read_grammar,  # "lost their lives": the subject is the victim
    "adj": _read_grammar,
    "elided": _read_elided,
}


def read_trigger(tok, trigger: Trigger, marks: Marks) -> Reading | None:
    """The trigger's kind, victims and count as the parse gives them, or None when it names no victims."""
    reading = READINGS[trigger.reading](tok, trigger)
    if reading is None:
        return None
    if reading.kind in ("hit", "injured") and is_fatal(reading.event if trigger.reading == "elided" else tok, marks):
        reading.kind = "killed"  # "fatally shot", "stabbed to death", "fatally injured"
    if reading.kind == "killed" and tok.lower_ == "dead" and is_feared(tok, marks):
        reading.kind = "missing"  # "feared dead": not yet counted as killed
    return reading


# ------------------------------------------------------------------------------------------ counts

def _victim_quantity(victim, trigger, perpetrators: Perpetrators, marks: Marks) -> Quantity:
    """How many victims: their number words, the conjuncts added up, else one for a singular noun."""
    quantity = count_phrase(victim).quantity
    listed = conjoined_count(victim, marks, trigger)
    if listed is not None and (quantity is None or quantity.count is not None):
        quantity = Quantity.exactly(listed.count)
        perpetrators.listed = listed.perpetrators
    if quantity is None:
        count = singular_count(victim)
        if count is not None:
            quantity = Quantity.exactly(count)
    return quantity if quantity is not None else Quantity(None, None, None, True)


def _antecedent_quantity(pronoun, earlier: list[Statement], sentence_of, marks: Marks) -> Quantity | None:
    """How many "they" are: the counted subject of their sentence ("Both teens were taken to a hospital,
    where they died"), else the victims of the statement just before ("Two men were shot. They died.")."""
    subject = next((c for c in pronoun.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject != pronoun and is_person(subject):
        listed = conjoined_count(subject, marks)  # "A woman, a man and a girl are recovering from their injuries"
        quantity = Quantity.exactly(listed.count) if listed is not None else count_phrase(subject).quantity
        if quantity is not None and quantity.count is not None:
            return quantity
    last = next((st for st in reversed(earlier) if st.kind in WORDS.harmed), None)
    if last is not None and sentence_of[pronoun.i] - last.sentence <= 1 and (last.fact.count or 0) > 1:
        return Quantity(last.fact.count, last.fact.min, last.fact.max, last.fact.approximate)
    return None


def _count_victims(tok, reading: Reading, article: Article, earlier: list[Statement]) -> bool:
    """Count the victims a noun names; False when they are not people or the noun is on another line."""
    victim = reading.victim
    if across_lines(tok, victim):  # a line above the story ("Image 4 of 12") parsed into the sentence
        victim = reading.victim = line_subject(tok) or victim
    if not is_person(people_of(victim)) or across_lines(tok, victim):
        return False
    reading.quantity = _victim_quantity(victim, tok, reading.perpetrators, article.marks)
    if reading.quantity.count is None and victim.lower_ in VICTIMS.they:
        reading.quantity = _antecedent_quantity(victim, earlier, article.sentence_of, article.marks) or reading.quantity
    return True


# ------------------------------------------------------------------------------------------ the statement

def _perpetrator(victim, kind: str, clause, perpetrators: Perpetrators, marks: Marks) -> bool:
    """Whether the perpetrator is among the victims; notes a suicide and "including the gunman"."""
    lower = victim.lower_
    among = perpetrators.listed > 0 or perpetrators.suicide
    if lower in VICTIMS.reflexives:
        perpetrators.suicide = True
        return True
    if lower in VICTIMS.perpetrator_nouns:
        among = True
    if any(c.dep_ == "prep" and c.lower_ in VICTIMS.inclusion
           and any(g.lower_ in VICTIMS.perpetrator_nouns for g in c.subtree) for c in victim.children):
        perpetrators.included = True
        among = True
    if kind == "killed" and (lower in VICTIMS.he_she or lower in VICTIMS.perpetrator_nouns) \
            and marks.suicide_within(clause):
        perpetrators.suicide = True
        among = True
    return among


def _links(tok, victim) -> frozenset:
    """The trigger, the victims and what they are conjoined with: statements sharing one list the victims."""
    links = {tok.i, victim.i} | {c.i for c in victim.children if c.dep_ == "conj"}
    links |= {c.i for c in tok.children if c.dep_ == "conj"}
    if victim.dep_ == "conj":
        links.add(victim.head.i)
    governor = tok.head if tok.dep_ in ("acomp", "oprd", "xcomp") else tok
    links |= {governor.i} | {c.i for c in governor.children if c.dep_ == "conj"}
    for word in (governor, tok):
        if word.dep_ == "conj":
            links.add(word.head.i)
    return frozenset(links)


def _has_person_subject(verb) -> bool:
    """Whether someone is the verb's subject, or that of the verb it is conjoined to ("he shot and killed")."""
    verbs = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    return any(c.dep_ == "nsubj" and (c.lower_ in VICTIMS.he_she or is_person(c)) for v in verbs for c in v.children)


def _modifiers(tok, victim) -> set[str]:
    """The words that modify the trigger, a verb it is conjoined to, and the victims."""
    modifiers = {c.lower_ for c in tok.children if c.dep_ in ("advmod", "det", "amod")}
    if tok.dep_ == "conj":
        modifiers |= {c.lower_ for c in tok.head.children if c.dep_ == "advmod"}
    if victim != tok:
        modifiers |= {c.lower_ for c in victim.children if c.dep_ in ("advmod", "det", "amod")}
    return modifiers


def _is_additive(tok, victim, kind: str, sentence: int, earlier: list[Statement]) -> bool:
    """ "also", "another", "two more": victims added to those told before, but not "two other men were
    wounded" after the dead of the same sentence, nor "a man shot another man", nor "three other men
    were rushed to the hospital" (taken there, they are victims already told: the others than the dead)."""
    if tok.lemma_.lower() in WORDS.triggers.transport_verbs:
        return False
    modifiers = _modifiers(tok, victim)
    if any(o.sentence == sentence and o.kind != kind for o in earlier):
        modifiers -= STATEMENTS.others_than_told
    if victim != tok and victim.dep_ == "dobj" and _has_person_subject(victim.head):
        modifiers -= STATEMENTS.others_than_shooter
    return bool(modifiers & STATEMENTS.additive)


def _who(reading: Reading, marks: Marks) -> str | None:
    """The victims' description; a bare number takes the noun of a conjoined verb ("killing one
    contractor and injuring six"), which makes the description inherited."""
    victim = reading.victim
    who_noun = people_of(victim)
    if not reading.negated and (victim.pos_ == "NUM" or victim.lower_ in VICTIMS.one):
        carried = inherited_object(reading.trigger)
        if carried is not None:
            who_noun, reading.inherited = carried, True
    return who_phrase(who_noun, reading.quantity.count, marks)


def _running_ordinal(victim) -> int | None:
    """ "a second person died" keeps a running count; "the second victim" names one victim."""
    ordinal = count_phrase(victim).ordinal
    if ordinal is not None and not any(c.lower_ in ("a", "an") for c in victim.children):
        return None
    return ordinal


def _span(tok, event, victim) -> tuple[int, int]:
    tokens = [tok, event] + ([victim, hyphen_head(victim), *pre_modifiers(victim)] if victim != tok else [])
    return min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)


def _is_transition(tok, kind: str, clause, ordinal: int | None) -> bool:
    """ "later died", "succumbed to his wounds", "a second person died": one injured moves to the dead."""
    return kind == "killed" and tok.lemma_.lower() in STATEMENTS.transition_lemmas and (
        bool({t.lower_ for t in clause} & STATEMENTS.transition_hints) or ordinal is not None)


def _is_news(tok, reading: Reading, clause, article: Article) -> bool:
    """Not history (an earlier year, unless a proceeding of today is about it; a biography's "was 12
    when ..."; a motive's "in retaliation for the killing of") nor a statistic; a denial always is."""
    if reading.negated:
        return True
    if is_statistical(clause, article.marks) or told_at_an_age(tok, reading.victim) or told_as_motive(tok):
        return False
    return not is_historical(clause, article.reference_year, article.marks) or proceeding_now(tok, article.reference_year)


def _dead_or_not(tok, kind: str, marks: Marks) -> bool:
    """ "were hurt or killed", "killed or injured": either, so the dead are not stated; the other
    kind's statement stands (the lower figure, as for vague counts)."""
    if kind != "killed":
        return False
    coordinated = tok.head if tok.dep_ == "conj" else tok
    if not any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in coordinated.children):
        return False
    partners = [coordinated, *(c for c in coordinated.children if c.dep_ == "conj")]
    return any(p != tok and (t := trigger_at(p, marks)) is not None and t.kind not in ("killed", "hit") for p in partners)


def _checked(tok, trigger: Trigger, article: Article, earlier: list[Statement]) -> Reading | None:
    """The trigger's reading when it tells of people harmed that happened (or were denied harm)."""
    marks = article.marks
    reading = read_trigger(tok, trigger, marks)
    if reading is None or (reading.kind == "missing" and found_since(tok)) or in_toll_phrase(reading.victim):
        return None
    if reading.kind == "previous":  # "that figure has since risen to 16": the kind told just before
        last = earlier[-1] if earlier and article.sentence_of[tok.i] - earlier[-1].sentence <= 1 else None
        if last is None:
            return None
        reading.kind = last.kind
    if not reading.counts_itself and not _count_victims(tok, reading, article, earlier):
        return None
    if not_to_a_degree(reading.event):
        return None  # "was not seriously hurt": hurt, but no figure and no denial
    reading.negated = is_negated(reading.event, reading.victim, marks)
    if reading.negated:
        reading.quantity = Quantity.exactly(0)
    elif is_unreal(reading.event, marks) or _dead_or_not(tok, reading.kind, marks):
        return None
    return reading if reading.quantity is not None else None  # a trigger read as its own victim, with no figure


@dataclass(slots=True)
class Setting:
    """Where and when its clause or sentence says the statement happened (None when it does not say)."""

    place: str | None
    date: str | None

    @classmethod
    def of(cls, trigger, clause, article: Article) -> Setting:
        own = {i for i in own_words(trigger) if clause.start <= i < clause.end}  # on its line
        doc = trigger.doc
        starts = frozenset(doc[i].idx for i in own)
        place = place_in(clause, article.entities, own) or named_after_preposition(doc, own, article.dates) \
            or place_in(clause, article.entities) or place_in(clause.sent, article.entities)
        return cls(place, stated_when(clause, article.dates, starts))


def _article_date(article: Article) -> str | None:
    published = article.published
    if published is None:
        return None
    return published.isoformat() if hasattr(published, "isoformat") else str(published)


def _fact(reading: Reading, setting: Setting, article: Article, who: str | None, perpetrator: bool) -> Casualty:
    span = _span(reading.trigger, reading.event, reading.victim)
    quantity = reading.quantity
    return Casualty(
        kind=("injured" if reading.kind == "hit" else reading.kind), count=quantity.count, min=quantity.min,
        max=quantity.max, approximate=quantity.approximate, who=who, where=setting.place or article.dateline,
        when=setting.date or _article_date(article), negated=reading.negated, span=span,
        text=article.text[span[0]:span[1]], includes_perpetrator=perpetrator,
    )


def _object_of_act(victim) -> bool:
    """ "killed his wife", "killed his wife and her brother": the victims are someone's object; not
    that of a thing ("a shooting that killed a child", "the gunshot that killed him"), which tells of
    no one who harmed them (a child who shot himself is the child killed)."""
    if victim.dep_ == "conj" and victim.head.dep_ == "dobj":
        victim = victim.head
    if victim.dep_ != "dobj":
        return False
    verbs = (victim.head, victim.head.head) if victim.head.dep_ == "conj" else (victim.head,)
    for verb, subject in ((v, c) for v in verbs for c in v.children if c.dep_ == "nsubj"):
        agent = verb.head if verb.dep_ == "relcl" and subject.lower_ in VICTIMS.things else subject
        if not is_person(agent):
            return False
    return True


def _refers_back(victim) -> bool:
    """ "the victim", "the other two men", "he", "they": people the article has already told of."""
    lower = victim.lower_
    if lower in VICTIMS.he_she or lower in VICTIMS.they:
        return True
    return any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in victim.children)


def _partitive(victim) -> bool:
    """ "two of them", "one of those": part of people told before."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in VICTIMS.they or g.lower_ in DEFINITE
                                                            for g in c.children) for c in victim.children)


def _assemble(reading: Reading, clause, article: Article, earlier: list[Statement]) -> Statement:
    tok, victim, kind = reading.trigger, reading.victim, reading.kind
    counts_itself = reading.counts_itself
    who = None if counts_itself else _who(reading, article.marks)
    ordinal = _running_ordinal(victim)  # "a second person died", "a second arrest"
    perpetrator = kind in WORDS.harmed and _perpetrator(victim, kind, clause, reading.perpetrators, article.marks)
    sentence = article.sentence_of[tok.i]
    setting = Setting.of(tok, clause, article)
    return Statement(
        fact=_fact(reading, setting, article, who, perpetrator), sentence=sentence, kind=kind,
        who_key=None if reading.inherited else who, names=() if counts_itself else victim_names(victim),
        additive=_is_additive(tok, victim, kind, sentence, earlier), ordinal=ordinal,
        transition=_is_transition(tok, kind, clause, ordinal), links=_links(tok, victim),
        perpetrators=reading.perpetrators, object_of_act=not counts_itself and _object_of_act(victim),
        other_event=sentence in article.other_events, toll=reading.toll, place=setting.place, date=setting.date,
        scene_date=setting.date is not None and opens_with_date(clause.sent, article.dates),
        cause=cause_near(tok, article.causes), refers_back=not counts_itself and _refers_back(victim),
        victim_index=None if counts_itself else victim.i, partitive=not counts_itself and _partitive(victim),
        trigger_lemma=tok.lemma_.lower(),
    )


def _statement(tok, trigger: Trigger, article: Article, earlier: list[Statement], seen: set) -> Statement | None:
    reading = _checked(tok, trigger, article, earlier)
    if reading is None:
        return None
    clause = clause_of(tok)
    if not _is_news(tok, reading, own_clause(tok, clause), article) or links_another_story(tok):
        return None
    key = (reading.victim.i, reading.kind)
    if key in seen and not reading.counts_itself:
        return None  # one victim phrase with two triggers of a kind ("shot and wounded") is one statement
    seen.add(key)
    return _assemble(reading, clause, article, earlier)


def read_statements(doc, published, dates, marks: Marks) -> list[Statement]:
    """Every casualty statement of the article, in text order."""
    article = Article.of(doc, published, dates, marks)
    out: list[Statement] = []
    seen: set[tuple[int, str]] = set()
    for tok in doc:
        trigger = trigger_at(tok, marks)
        if trigger is None or article.sentence_lengths[article.sentence_of[tok.i]] > MAX_SENTENCE_TOKENS:
            continue
        statement = _statement(tok, trigger, article, out, seen)
        if statement is not None:
            out.append(statement)
    return [] if _deaths_told_without_harm(out, doc) else out


def _deaths_told_without_harm(statements: list[Statement], doc) -> bool:
    """ "The death of the actor Ben Hale shocked his fans": when every statement is a death noun and
    no word of the article names a cause of harm (nor tells of a body found), the deaths are
    natural (an obituary, a tribute)."""
    if not statements or any(st.trigger_lemma != "death" or st.cause is not None or st.fact.negated
                             for st in statements):
        return False
    return all(cause_at(tok) is None and not _body_found(tok) for tok in doc)


def _body_found(tok) -> bool:
    """ "whose body was found in the canal": a body found tells of no natural death."""
    return tok.lemma_.lower() == "body" and tok.head.lemma_.lower() in WORDS.triggers.found_verbs
