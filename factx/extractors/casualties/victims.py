"""The victims of a trigger, read off the parse: who they are and whether they are people.

The victims are the trigger's passive subject, its object, the noun it modifies, or what a conjoined
verb already named ("killing one contractor and injuring six"). Each way of finding them is one
small route; a trigger's routes are tried in order and the first that finds a noun wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..numbers import ORDINALS, VAGUE
from .counts import count_phrase, singular_count
from .rules import Marks
from .triggers import states_casualty, word_trigger
from .words import UNCOUNTED_WORDS, WORDS

VICTIMS = WORDS.victims
TRIGGERS = WORDS.triggers
SUBJECTS = ("nsubj", "nsubjpass")
_NOT_YET = object()  # a route that does not apply: try the next one


@dataclass(frozen=True, slots=True)
class Victim:
    """The victims' head token, and whether it was taken from a conjoined verb ("shot and killed his
    sister": the object both verbs share)."""

    head: object
    inherited: bool = False


@dataclass(frozen=True, slots=True)
class Listed:
    """Victims listed together ("a man and a woman", "an officer and the suspect")."""

    count: int
    perpetrators: int


# ------------------------------------------------------------------------------------------ people

def is_age_noun(noun) -> bool:
    """ "a 12-year-old" (one token or "12 - year - old"), "a 20 y/o": a person named by age."""
    if noun.i >= 2 and noun.doc[noun.i - 3:noun.i + 1].text.lower().replace(" ", "")[-3:] in VICTIMS.age_units \
            and noun.doc[noun.i - 3].like_num:
        return True
    return any(f"{unit}-old" in noun.lower_ for unit in VICTIMS.age_units) or noun.lower_ in VICTIMS.ages and any(
        c.lower_ in VICTIMS.years for c in noun.children)


def hyphen_head(noun):
    """The last part of a word the tokenizer split at its hyphens ("co - workers", "ex - wife"): the
    word's head, which says what it names, when the parse took the first part as the noun."""
    doc, end = noun.doc, noun.i
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ \
            and not doc[end + 1].whitespace_ and doc[end + 2].is_alpha:
        end += 2
    return doc[end]


def _person_by_form(noun) -> bool:
    """ "worker", "contractor", "journalist", "civilian": a noun that ends like one for people."""
    return noun.lemma_.lower().endswith(VICTIMS.person_suffixes) and noun.pos_ == "NOUN" and \
        noun.lower_ not in VICTIMS.not_people


def is_person(noun) -> bool:
    """Whether a victim head can be people (not shots, cattle, bills or engines); a word split at
    its hyphens ("co - worker") is asked of its last part."""
    if noun.is_alpha:
        noun = hyphen_head(noun)
    lower, lemma = noun.lower_, noun.lemma_.lower()
    if lower in VICTIMS.animals or lemma in VICTIMS.animals:
        return False
    if any(c.dep_ == "compound" and c.lower_ in VICTIMS.animal_titles for c in noun.children):
        return False  # "K-9 Rex", a police dog
    if noun.pos_ in ("NUM", "PRON") or noun.ent_type_ in ("PERSON", "NORP"):
        return lower not in VICTIMS.things
    if lower in VICTIMS.person_nouns or lemma in VICTIMS.person_nouns:
        return True
    if is_age_noun(noun) or lower in VICTIMS.quantity_words or lower == "others":
        return True  # "a 12-year-old", "killing dozens": the people are implied
    if noun.pos_ == "PROPN" and noun.ent_type_ not in VICTIMS.not_person_labels:
        return lower not in VICTIMS.not_people  # not a site's "... Breaking News" in a title
    return _person_by_form(noun)


def plural(word: str) -> str:
    if word in VICTIMS.plurals:
        return VICTIMS.plurals[word]
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def _describes(token) -> bool:
    """A modifier that says who the victims are ("civilian contractors"), not how many or which."""
    return token.dep_ in ("amod", "compound", "nmod") and token.is_alpha and \
        token.ent_type_ not in ("CARDINAL", "DATE") and token.lower_ not in VICTIMS.others and \
        token.lower_ not in ORDINALS


def who_phrase(noun, count: int | None, marks: Marks) -> str | None:
    """A short noun phrase for the victims: up to three modifiers and the head, plural when count != 1."""
    if noun.pos_ in ("NUM", "PRON") or marks.cue(noun, "nobody") or noun.lower_ in VICTIMS.one \
            or noun.lower_ in VICTIMS.quantity_words or is_age_noun(noun):
        return None  # a number, a pronoun or an age: no noun to name the victims by
    if noun.ent_type_ == "PERSON" or noun.pos_ == "PROPN" and noun.lower_ not in VICTIMS.person_nouns:
        return "person" if count == 1 else "people"
    modifiers = [t.text for t in noun.lefts if _describes(t)][-3:]
    if count is None:
        head = noun.lower_
    else:
        head = noun.lemma_.lower() if count == 1 else plural(noun.lemma_.lower())
    if "year-old" in head:
        return None  # "a 12-year-old": an age, no noun to name them by
    return " ".join([*modifiers, head])


def victim_names(victim) -> tuple:
    """Names of the victims, each as the set of its words: the PERSON entity of the head, its
    conjuncts and appositions ("Larry Henderson" and "Larry" share a word, so one person)."""
    out = []
    for tok in [victim] + [c for c in victim.children if c.dep_ in ("conj", "appos")]:
        if tok.ent_type_ == "PERSON":
            entity = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            words = entity.text.lower().split() if entity is not None and len(entity) < 8 else [tok.lower_]
            out.append(frozenset(w.strip('"“”,.') for w in words if w.strip('"“”,.')))
    return tuple(out)


def _has_own_trigger(conjunct, trigger, marks: Marks) -> bool:
    """ "5 contractors injured and 1 service member injured": the conjunct's own trigger follows it
    (not the one being read, which the whole list shares: "a woman and her daughter drowned")."""
    doc = conjunct.doc
    following = doc[conjunct.i + 1] if conjunct.i + 1 < len(doc) else None
    return following is not None and following != trigger and states_casualty(following, marks) is not None


def _relative_trigger(noun, marks: Marks):
    """The noun's relative clause that states a casualty ("A, who had been shot in the leg"), or None."""
    return next((c for c in noun.children if c.dep_ in ("relcl", "acl") and states_casualty(c, marks) is not None), None)


def _own_clauses(victim, marks: Marks, trigger=None) -> bool:
    """ "A, who had been shot in the leg, and B, who had been shot once": each member has its own
    relative clause, so each is its own statement (not "A, B and C, who were shot": one clause, the list's)."""
    return trigger is not None and _relative_trigger(victim, marks) == trigger


def _listed_conjuncts(victim, marks: Marks, trigger=None) -> list:
    """The victim's conjoined nouns that are listed with it, not with a trigger of their own."""
    own_clauses = _own_clauses(victim, marks, trigger)
    return [c for c in victim.conjuncts if c.i > victim.i and (c.pos_ in ("NOUN", "PROPN", "NUM") or is_age_noun(c))
            and not _has_own_trigger(c, trigger, marks) and _aged_noun(c) is None  # "A, 60, and B, 26": ages
            and not (own_clauses and _relative_trigger(c, marks) is not None)
            and not (c.pos_ == "PROPN" and c.lower_ == victim.lower_)]  # a name told twice is one person


def _ages_listed(victim) -> int | None:
    """ "The victims, ages 13, 17 and 19": one victim per age."""
    for c in victim.children:
        if c.dep_ == "appos" and c.lemma_.lower() in VICTIMS.ages_nouns:
            return sum(1 for t in c.subtree if t.like_num) or None
    return None


def _appositive_list(victim, marks: Marks) -> list | None:
    """The people an apposition lists: "The victims, a man and two women" (the list, not the header
    noun), "Sara Pell, 31, Jonah Pell, 8, and a neighbour" (the name and the list after it), "A woman,
    a man and a girl were hurt" (a list the parse took for an apposition: the verb is plural)."""
    for c in victim.children:
        if c.dep_ != "appos" or c.pos_ not in ("NOUN", "PROPN") or not is_person(c):
            continue
        members = [c, *_listed_conjuncts(c, marks)]
        header = victim.tag_ == "NNS" or victim.lower_ in TRIGGERS.nominal
        if header and (len(members) > 1 or c.tag_ == "NNS"):
            return members
        if not header and len(members) > 1 and (victim.ent_type_ == c.ent_type_ == "PERSON" or (
                victim.tag_ in ("NN", "NNP") and victim.dep_ in SUBJECTS and _plural_verb(victim.head))):  # "A woman, a man and a girl are ..."
            return [victim, *members]  # not "the driver, a student and former resident, was killed": one
    return None


def _alternatives(members) -> bool:
    """ "either his brother or a friend": one of them, not both."""
    return any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for m in members for c in m.children)


def _members_count(members) -> Listed | None:
    if _alternatives(members):
        members = members[:1]
    total = perpetrators = 0
    for tok in members:
        if not is_person(tok):
            return None
        quantity = count_phrase(tok).quantity
        if quantity is not None and any(c.dep_ == "det" and c.lower_ in VICTIMS.list_determiners for c in tok.children):
            quantity = None  # "Both A and B": the determiner counts the list, not its first member
        count = quantity.count if quantity is not None else singular_count(tok)
        if count is None:
            return None
        total += count
        if tok.lower_ in VICTIMS.perpetrator_nouns:
            perpetrators += count
    return Listed(total, perpetrators)


def _plural_verb(verb) -> bool:
    """ "were shot", "are dead", "were found": the verb (or its auxiliary) agrees with a plural subject."""
    return verb.tag_ == "VBP" or verb.lower_ in ("were", "are") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are") for c in verb.children)


def _names_listed(victim) -> int | None:
    """ "Betty Ward, 55, Alexis Ward, 29, and Armani Ward, 8, were shot": how many people a list of
    names gives (each name once, its age set off by commas), when the verb is plural; None for one."""
    if victim.ent_type_ != "PERSON" or victim.dep_ not in SUBJECTS or not _plural_verb(victim.head):
        return None
    members, todo = set(), [victim]
    while todo:  # the list's members: the conjuncts and appositions (ages), not a clause or a phrase
        tok = todo.pop()
        members.add(tok.i)
        todo += [c for c in tok.children if c.dep_ in ("conj", "appos") and c.i < victim.head.i]
    doc = victim.doc
    names = [ent for ent in doc.ents if ent.label_ == "PERSON" and any(ent.start <= i < ent.end for i in members)]
    listed = [ent for ent in names if ent.start <= victim.i < ent.end  # a name after a comma or "and" is a new
              or ent.start > 0 and doc[ent.start - 1].lower_ in (",", "and", "&")]  # person, not a nickname
    return len(listed) if len(listed) > 1 else None


def _conjoined_members(victim, marks: Marks, trigger) -> list | None:
    """The victim and the nouns conjoined to it; None when it is listed with none."""
    conjuncts = _listed_conjuncts(victim, marks, trigger)
    if not conjuncts and victim.is_alpha and hyphen_head(victim) != victim:  # "his ex - wife and ...":
        conjuncts = _listed_conjuncts(hyphen_head(victim), marks, trigger)  # the parse joins the list to "wife"
    if victim.like_num and conjuncts and all(c.ent_type_ == "PERSON" for c in conjuncts):
        return None  # "Two of those men, A and B, died": the names say who the two are
    return [victim, *conjuncts] if conjuncts else None


def conjoined_count(victim, marks: Marks, trigger=None) -> Listed | None:
    """How many "a man and a woman" are, and how many of them are perpetrators; the people an
    apposition lists ("The victims, a 20-year-old man and two women", "The victims, ages 13, 17 and
    19"); the names a plural subject lists ("A, 43, and B, 17, were shot")."""
    ages = _ages_listed(victim)
    if ages is not None:
        return Listed(ages, 0)
    names = _names_listed(victim)
    if names is not None:
        return Listed(names, 0)
    members = _appositive_list(victim, marks)
    if members is None:
        members = _conjoined_members(victim, marks, trigger)
    return _members_count(members) if members is not None else None


# ------------------------------------------------------------------------------------------ the parse

def _child(token, deps) -> object | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def resolve_relative(noun):
    """The antecedent of "who"/"that" in a relative clause ("who" always points back to a person)."""
    if noun.lower_ not in VICTIMS.relatives:
        return noun
    clause = noun.head
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "relcl":
        return noun
    antecedent = clause.head
    if noun.lower_ in VICTIMS.personal_relatives and not is_person(antecedent):
        for i in range(antecedent.i - 1, max(0, antecedent.i - 15) - 1, -1):
            if noun.doc[i].pos_ in ("NOUN", "PROPN") and is_person(noun.doc[i]):
                return noun.doc[i]
            if noun.doc[i].is_sent_start:
                break
    return antecedent


def _found(token, inherited: bool = False) -> Victim:
    return Victim(resolve_relative(token), inherited)


@dataclass(frozen=True, slots=True)
class _VerbTrigger:
    """A verb trigger as the routes read it: the token, whether it is passive, and whether its subject
    is the victim ("died")."""

    token: object
    passive: bool
    intransitive: bool

    @classmethod
    def of(cls, token, intransitive: bool = False) -> _VerbTrigger:
        """`intransitive`: a phrase whose subject is the victim whatever the verb ("lost their lives")."""
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children) or (
            token.tag_ == "VBN" and token.dep_ in ("acl", "amod", "ROOT", "conj", "advcl", "ccomp", "xcomp",
                                                   "relcl", "oprd"))
        return cls(token, passive and not intransitive, intransitive or token.lemma_.lower() in TRIGGERS.intransitive)


def _among(trigger):
    """ "Among the wounded were A, B and C", "Among those killed was a 9-year-old": the copula's other
    argument names (some of) the victims."""
    node = trigger.head if trigger.dep_ in ("acl", "relcl") and trigger.head.dep_ == "pobj" else trigger
    if not (node.dep_ == "pobj" and node.head.lower_ in VICTIMS.inclusion and node.head.dep_ == "prep"):
        return _NOT_YET
    if node.like_num or node.lower_ in VICTIMS.quantity_words or any(c.dep_ == "nummod" for c in node.children):
        return _NOT_YET  # "among four people shot", "among hundreds injured": the counted group are the victims
    verb = node.head.head
    named = next((c for c in verb.children if c.dep_ in ("nsubj", "attr") and c != node.head), None)
    return Victim(named) if named is not None and verb.lemma_ in ("be", "include") else _NOT_YET


def _among_verb(verb: _VerbTrigger):
    return _among(verb.token)


def _subject_of_die(verb: _VerbTrigger):
    """ "two men died"."""
    if not verb.intransitive:
        return _NOT_YET
    subject = _child(verb.token, SUBJECTS)
    return _found(subject) if subject is not None else _NOT_YET


def _passive_subject(verb: _VerbTrigger):
    """ "two men were killed"."""
    subject = _child(verb.token, ("nsubjpass",)) if not verb.intransitive else None
    return _found(subject) if subject is not None else _NOT_YET


def _direct_object(verb: _VerbTrigger):
    """ "gunmen killed two men"."""
    obj = _child(verb.token, ("dobj",)) if not verb.intransitive else None
    return _found(obj) if obj is not None else _NOT_YET


def _shared_object(verb: _VerbTrigger):
    """ "shot and killed his sister": the object both verbs share."""
    if verb.intransitive or verb.passive:
        return _NOT_YET
    for c in verb.token.children:
        if c.dep_ == "conj" and c.pos_ == "VERB":
            shared = _child(c, ("dobj",))
            if shared is not None:
                return _found(shared, True)
    return _NOT_YET


def _wounded_in_body(trigger) -> bool:
    """ "Man shot in leg at the range": a body part hit makes the bare participle passive, whatever
    else the headline says."""
    return trigger.tag_ in ("VBD", "VBN") and not any(c.dep_ in ("aux", "dobj") for c in trigger.children) and any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in TRIGGERS.body_parts for g in c.children)
        for c in trigger.children)


def _headline_victim(verb: _VerbTrigger):
    """Passive, or a headline's "Man shot, killed" without auxiliary or object: the subject, or the
    noun the participle modifies ("..., 1 service member injured")."""
    trigger = verb.token
    if verb.intransitive or not (verb.passive or _wounded_in_body(trigger) or (trigger.tag_ in ("VBD", "VBN") and not any(
            c.dep_ == "aux" or c.dep_ == "prep" and c.lower_ == "at" for c in trigger.children))):
        return _NOT_YET
    subject = _child(trigger, ("nsubj",))
    if subject is not None and subject.lower_ in VICTIMS.agent_pronouns and not verb.passive:
        return None  # "after he stabbed the dog": a headline never says "he" of the one hurt
    if subject is not None:
        return _found(subject)
    if trigger.dep_ in ("acl", "amod") and trigger.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        before = trigger.doc[trigger.i - 1]
        if before.pos_ in ("NOUN", "PROPN") and before.i > trigger.head.i:
            return Victim(before)  # list style "..., 1 service member injured"
        return Victim(trigger.head)
    return _NOT_YET


def _noun_that_died(verb: _VerbTrigger):
    """ "the man who died", "a man dying of his wounds"."""
    trigger = verb.token
    if verb.intransitive and trigger.dep_ in ("acl", "relcl") and trigger.head.pos_ in ("NOUN", "PROPN"):
        return Victim(trigger.head)
    return _NOT_YET


def _subject_of_conjoined_verb(verb: _VerbTrigger):
    """ "was shot and killed", "was taken to a hospital and died", "turned the gun on himself and
    died": the first verb's subject (not when the first verb acts on people: "shot a man and fled")."""
    trigger = verb.token
    if not ((trigger.dep_ == "conj" or trigger.dep_ == "advcl" and trigger.tag_ == "VBN")
            and trigger.head.pos_ in ("VERB", "ADJ", "AUX")):
        return _NOT_YET
    head = trigger.head
    undergoes = verb.passive or verb.intransitive
    for c in head.children:
        if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and undergoes and not any(
                d.dep_ == "dobj" and is_person(d) for d in head.children)):
            return _found(c, True)
    if head.dep_ in ("acl", "amod") and undergoes:
        return Victim(head.head, True)
    return _NOT_YET


def age_named(number):
    """The word that ends an age the number starts ("12 - year - old", "12 year old"): the one person
    the age names, or None when the number is not an age."""
    doc, i = number.doc, number.i
    words = [t.lower_ for t in doc[i + 1:i + 5]]
    if words[:1] == ["-"]:
        words = [w for w in words if w != "-"]
    if len(words) >= 2 and words[0] in VICTIMS.age_units and words[1] in VICTIMS.ages:
        return next(t for t in doc[i + 1:i + 5] if t.lower_ in VICTIMS.ages)
    return None


def _number_after(verb: _VerbTrigger):
    """ "injuring six" when the parse loses the object; "kills 12-year-old" names one person by age."""
    trigger = verb.token
    if not verb.passive and trigger.i + 1 < len(trigger.doc) and trigger.doc[trigger.i + 1].like_num:
        number = trigger.doc[trigger.i + 1]
        if number.head.lower_ in TRIGGERS.repeats:
            return _NOT_YET  # "shot 10 times": the shots, not the people
        return Victim(age_named(number) or number)
    return _NOT_YET


def _held_object(verb: _VerbTrigger):
    """ "the blast left three people wounded", "found a man shot": the participle says what state the
    holder verb's object is left or found in, so the object (not the blast) is the victims."""
    trigger = verb.token
    if not (verb.passive and trigger.dep_ in ("xcomp", "advcl", "oprd", "ccomp")
            and trigger.head.lemma_.lower() in VICTIMS.holder_verbs):
        return _NOT_YET
    held = _child(trigger.head, ("dobj",))
    if held is None:
        return _NOT_YET
    before = [t for t in (held, *held.conjuncts) if t.i < trigger.i]  # "left one dead and three injured": three
    return _found(max(before, key=lambda t: t.i)) if before else _NOT_YET


def _governing_subject(verb: _VerbTrigger):
    """ "was believed to be shot", "is recovering after being shot", "were reported injured": the governing clause's subject."""
    trigger = verb.token
    if not (trigger.dep_ in ("xcomp", "pcomp", "advcl", "oprd") and verb.passive):
        return _NOT_YET
    governor = trigger.head.head if trigger.dep_ == "pcomp" else trigger.head
    subject = _child(governor, SUBJECTS)
    return _found(subject, True) if subject is not None else _NOT_YET


def _aged_modifier_verb(verb: _VerbTrigger):
    """A headline's "1-year-old injured in ...", "15-year-old killed", parsed with the age on the
    participle: one person."""
    return _aged_modifier(verb.token) if verb.token.tag_ in ("VBN", "VBD") else _NOT_YET


def _counted_verb(verb: _VerbTrigger):
    """A headline's "Four Injured In ...", parsed with the number on the participle: the victims."""
    trigger = verb.token
    number = next((c for c in trigger.lefts if c.dep_ == "nummod" and c.like_num), None)
    return Victim(number) if number is not None and trigger.tag_ == "VBN" else _NOT_YET


VERB_ROUTES: tuple[Callable, ...] = (
    _among_verb, _aged_modifier_verb, _subject_of_die, _passive_subject, _direct_object, _shared_object, _headline_victim, _noun_that_died,
    _subject_of_conjoined_verb, _number_after, _held_object, _governing_subject, _counted_verb,
)


def _modified_noun(trigger):
    """ "the wounded man", "two dead"."""
    if trigger.dep_ == "amod" and trigger.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return Victim(trigger.head)
    return _NOT_YET


def _own_subject(trigger):
    subject = _child(trigger, SUBJECTS)
    return _found(subject) if subject is not None else _NOT_YET


def _counted_adjective(trigger):
    """ "left 9 dead": the number the adjective takes is the victims."""
    number = next((c for c in trigger.children if c.dep_ == "nummod"), None)
    return Victim(number) if number is not None else _NOT_YET


def _aged_modifier(trigger):
    """A headline's "15-year-old shot", parsed as a noun with the age as its modifier: one person."""
    aged = next((c for c in trigger.lefts if c.dep_ == "amod" and is_age_noun(c)), None)
    return Victim(aged) if aged is not None else _NOT_YET



def _auxiliary_subject(trigger):
    """ "four of its crew are unaccounted for", parsed with the subject on the auxiliary."""
    for aux in trigger.children:
        if aux.dep_ in ("aux", "auxpass") and aux.i < trigger.i:
            subject = _child(aux, SUBJECTS)
            if subject is not None:
                return _found(subject)
    return _NOT_YET


def _copula_subject(trigger):
    """ "two men are dead"; when the trigger is the subject ("the dead are A, B and C"), the attribute."""
    if not (trigger.dep_ in ("acomp", "attr") or (trigger.head.lemma_ == "be" and trigger.dep_ != "amod")):
        return _NOT_YET
    subject = next((c for c in trigger.head.children if c.dep_ in SUBJECTS and c != trigger), None)
    if subject is not None:
        return _found(subject)
    if trigger.dep_ in SUBJECTS:
        attribute = _child(trigger.head, ("attr",))
        return Victim(attribute) if attribute is not None else None
    return _NOT_YET


def _complement_holder(trigger):
    """ "left three people dead", "had been shot and was pronounced dead", "was found dead"."""
    if trigger.dep_ not in ("oprd", "xcomp", "ccomp", "advcl"):
        return _NOT_YET
    holder = _child(trigger.head, ("dobj", "nsubjpass"))
    if holder is not None:
        return _found(holder)
    governor = trigger.head
    if governor.dep_ == "conj" and governor.tag_ == "VBN" and _child(governor, SUBJECTS) is None:
        subject = _child(governor.head, SUBJECTS)
        if subject is not None:
            return _found(subject, True)
    if trigger.head.lemma_.lower() in VICTIMS.holder_verbs:
        subject = _child(trigger.head, ("nsubj",))
        if subject is not None:
            return _found(subject)
    return _NOT_YET


def _listed_head(trigger):
    """ "a man, dead at the scene": the noun the trigger is conjoined or apposed to."""
    if trigger.dep_ in ("conj", "appos") and trigger.head.pos_ in ("NUM", "NOUN", "PROPN"):
        return Victim(trigger.head)
    return _NOT_YET


def _noun_before(trigger):
    """A headline's "3 dead": the noun or number just before a root trigger."""
    if trigger.dep_ == "ROOT" and trigger.i > 0:
        prev = trigger.doc[trigger.i - 1]
        if prev.pos_ in ("NUM", "NOUN", "PROPN") and not trigger.is_sent_start:
            return Victim(prev)
    return _NOT_YET


ADJECTIVE_ROUTES: tuple[Callable, ...] = (
    _among, _modified_noun, _own_subject, _auxiliary_subject, _counted_adjective, _copula_subject, _complement_holder, _listed_head, _noun_before,
    _aged_modifier,
)


def _first_route(routes, subject) -> Victim | None:
    for route in routes:
        found = route(subject)
        if found is not _NOT_YET:
            return found
    return None


def _by_parse(trigger, reading: str) -> Victim | None:
    if reading in ("verb", "subject"):
        return _first_route(VERB_ROUTES, _VerbTrigger.of(trigger, reading == "subject"))
    return _first_route(ADJECTIVE_ROUTES, trigger)


def _aged_noun(victim):
    """ "Boy, 9, shot", "Jamie Clay, 22 was shot": the noun before a number set off by a comma (the number
    is an age; not "86 Sick, 7 Dead", where the number counts the adjective)."""
    doc = victim.doc
    set_off = victim.i + 1 == len(doc) or doc[victim.i + 1].text == "," or victim.dep_ != "nummod"
    if victim.like_num and victim.i > 1 and set_off:
        comma, noun = doc[victim.i - 1], doc[victim.i - 2]
        if comma.text == "," and noun.is_alpha and (noun.pos_ in ("NOUN", "PROPN") or noun.lower_ in VICTIMS.person_nouns) \
                and noun.ent_type_ not in VICTIMS.not_person_labels:  # not "Dallas, 1 injured": a place
            return noun
    return None


def find_victim(trigger, reading: str) -> Victim | None:
    """The victims' head token for a verb or adjective trigger, or None."""
    found = _by_parse(trigger, reading)
    if found is None or found.head is None:
        return None
    victim = found.head
    aged = _aged_noun(victim)
    if aged is not None:
        return Victim(aged, found.inherited)  # "Boy, 9, shot": the number is his age
    before = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
    if before is not None and before.dep_ == "conj" and before.head == victim and before.pos_ in ("NOUN", "PROPN") \
            and (victim.head != trigger or _trigger_follows(victim)):  # not "a woman and her daughter drowned"
        return Victim(before)  # "5 contractors injured and 1 service member injured": each its own trigger
    return found


def found_since(trigger) -> bool:
    """ "the hikers who went missing were found alive", "the body of a man who went missing was
    found": the missing person described by a relative clause has been found, so is missing no more."""
    clause = trigger if trigger.dep_ == "relcl" else trigger.head
    if clause.dep_ != "relcl":
        return False
    person = clause.head
    holder = person.head.head if person.dep_ == "pobj" and person.head.lower_ == "of" else person
    return holder.dep_ in SUBJECTS + ("dobj",) and holder.head.lemma_.lower() in TRIGGERS.found_verbs


def _trigger_follows(noun) -> bool:
    """ "5 contractors injured and 1 service member injured": the noun has a trigger of its own."""
    doc = noun.doc
    return noun.i + 1 < len(doc) and word_trigger(doc[noun.i + 1]) is not None


def inherited_object(trigger):
    """For "killing one contractor and injuring six": the object noun of the conjoined verb."""
    node = trigger
    while node.dep_ == "conj" and node.head != node:
        node = node.head
        for c in node.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN"):
                return c
    for c in trigger.head.children if trigger.dep_ == "conj" else ():
        if c.dep_ == "conj" and c != trigger:
            for d in c.children:
                if d.dep_ == "dobj" and d.pos_ in ("NOUN", "PROPN"):
                    return d
    return None


def people_of(victim):
    """The noun that says the victims are people: "dozens of people" has "people", not "dozens";
    "three co-workers" has "workers"."""
    if victim.lower_ in VAGUE or victim.like_num or victim.lower_ in UNCOUNTED_WORDS:
        for c in victim.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return next((g for g in c.children if g.dep_ == "pobj"), victim)
    return hyphen_head(victim) if victim.is_alpha else victim
