"""Casualty statements (killed, injured, missing, kidnapped, arrested) and the article's totals.

Each statement is a trigger word ("killed", "wounded", "dead", "arrested") read with the parse: the
victims are the trigger's passive subject, object, the noun it modifies, or what a conjoined verb
already named ("killing one contractor and injuring six"), and their count comes from the words in
front of that noun. Statements that are denied stay in the list as negated; hypothetical, historical,
statistical and non-human ones are not casualties and are dropped.

Totals count each victim once, the way an editor reads the whole article: a repeated statement is the
same victims (the largest figure stands, so a rising death toll replaces the earlier one), "also",
"another" and different victims in one sentence add, an ordinal ("a second person died", "an eighth
arrest") is a running total, and "shot" alone says someone was hit: those hit and not killed are the
injured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..record import Casualty, CasualtyTotals
from .casualties_numbers import ORDINALS, UNCOUNTED, VAGUE, Quantity, read_quantity, word_value

REQUIRES = ("parser", "lemmatizer", "ner")

# Trigger lemmas (verbs and their participles) and the kind each states.
VERB_KINDS = {
    "kill": "killed", "murder": "killed", "slay": "killed", "slain": "killed", "execute": "killed",
    "die": "killed", "behead": "killed", "massacre": "killed", "assassinate": "killed",
    "injure": "injured", "wound": "injured", "hurt": "injured", "hospitalize": "injured",
    "hospitalise": "injured", "maim": "injured", "stab": "injured",
    "shoot": "hit", "strike": "hit", "hit": "hit",
    "kidnap": "kidnapped", "abduct": "kidnapped", "kidnapp": "kidnapped",
    "arrest": "arrested", "detain": "arrested", "apprehend": "arrested",
}
ADJ_KINDS = {"dead": "killed", "injured": "injured", "wounded": "injured", "hurt": "injured",
             "missing": "missing", "killed": "killed", "slain": "killed", "kidnapped": "kidnapped",
             "abducted": "kidnapped", "arrested": "arrested", "unaccounted": "missing"}
NOUN_KINDS = {"death": "killed", "body": "killed", "bodies": "killed", "fatality": "killed", "injury": "hit", "wound": "hit",
              "casualty": "casualty", "arrest": "arrested", "kidnapping": "kidnapped", "abduction": "kidnapped"}
TOLL_WORDS = {"toll", "tally", "number", "count"}

PERSON_NOUNS = set("""
person people man men woman women child children kid kids boy boys girl girls baby infant toddler teen
teenager teens youth adult adults resident residents victim victims civilian civilians officer officers
deputy deputies trooper troopers soldier soldiers troop troops policeman policemen policewoman cop cops
agent agents guard guards member members worker workers employee employees student students teacher
teachers pupil pupils schoolgirl schoolgirls schoolboy schoolboys passenger passengers driver drivers
pedestrian pedestrians bystander bystanders customer customers shopper shoppers patron patrons
suspect suspects gunman gunmen shooter shooters assailant assailants attacker attackers bomber bombers
perpetrator robber robbers killer intruder burglar militant militants fighter fighters insurgent
insurgents rebel rebels protester protesters demonstrator demonstrators journalist journalists reporter
contractor contractors personnel staff crew hostage hostages worshipper worshippers pilgrim pilgrims
tourist tourists migrant migrants refugee refugees villager villagers farmer farmers miner miners
husband wife father mother son daughter brother sister parent parents grandmother grandfather
grandson granddaughter cousin uncle aunt nephew niece friend friends neighbor neighbour neighbors
neighbours girlfriend boyfriend fiance fiancee relative relatives family individual individuals
male males female females dad mom mum sibling siblings spouse partner roommate owner clerk cashier
manager security sheriff marshal firefighter firefighters paramedic paramedics doctor doctors nurse
nurses priest pastor inmate inmates prisoner prisoners occupant occupants guest guests tenant tenants
colleague colleagues coworker coworkers classmate classmates player players fan fans citizen citizens
national nationals american americans servicemember servicemembers marine marines sailor sailors
airman airmen veteran veterans homeowner homeowners someone anyone everyone nobody one ones other others
""".split())
PERPETRATOR_NOUNS = {"gunman", "gunmen", "shooter", "shooters", "assailant", "attacker", "bomber",
                     "perpetrator", "killer", "suspect", "suspects", "robber", "intruder", "burglar"}
ANIMALS = set("""dog dogs cat cats puppy horse horses cow cows cattle deer bird birds sheep goat goats pig
pigs animal animals livestock chicken chickens bear bears wolf coyote fish pet pets""".split())
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "ess", "man", "men")
NEGATORS = {"no", "not", "never", "n't", "neither", "nor", "without"}
NOBODY = {"nobody", "none", "noone"}
MODALS = {"could", "would", "might", "may", "should", "can", "must", "shall"}
UNREAL_HEADS = {"threaten", "try", "attempt", "plan", "want", "intend", "vow", "seek", "aim", "fear",
                "risk", "plot", "conspire", "hope", "prevent", "avoid", "escape", "nearly", "almost"}
DENIAL_HEADS = {"deny", "refute", "dismiss"}
RATE_WORDS = {"year", "annually", "yearly", "week", "month", "day", "decade"}
RATE_DETS = {"a", "per", "each", "every"}
AGGREGATE_WORDS = {"this year", "so far this year", "last year", "since january", "year to date", "so far"}
SUICIDE_PHRASES = re.compile(
    r"\b(?:took|taking|take|takes) (?:his|her|their) own li(?:fe|ves)\b|\bcommitt?(?:ed|ing|s)? suicide\b"
    r"|\bself-inflicted\b|\bturned the gun on (?:him|her)self\b|\bkill(?:ed|ing|s)? (?:him|her)self\b"
)
ADDITIVE = {"also", "another", "other", "additional", "more", "too", "further"}
TRANSITION_HINTS = {"succumbed", "succumb"}
MAX_SENTENCE_TOKENS = 400  # longer "sentences" are not prose (lists, tables): read them token by token only
PLACE_LABELS = ("GPE", "LOC", "FAC")
DATELINE = re.compile(
    r"(?<![A-Za-z])([A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3})(?:, [A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]{1,12})?)?"
    r"(?: \([^()\n]{1,30}\))? ?(?:—|–|--|-|\u2014) "
)


@dataclass(slots=True)
class Statement:
    """A casualty fact plus what aggregation needs to know about it."""

    fact: Casualty
    sentence: int
    base_kind: str  # the fact's kind, or "hit" for "shot" that does not say whether the victim died
    who_key: Optional[str]  # the victims' head noun when stated, None when implied or inherited
    names: tuple = ()  # people named as the victims
    additive: bool = False
    ordinal: Optional[int] = None
    transition: bool = False
    links: frozenset = frozenset()  # the trigger, victim and their conjuncts: what ties listed victims
    notes: set = field(default_factory=set)


GLUED_WORD = re.compile(r"[a-z.]([A-Z][a-z]*)$")


def _lower_words(tokens) -> list[str]:
    """Lower-cased words; a word glued to the one before ("...news.comTwo") counts as itself."""
    words = []
    for t in tokens:
        glued = GLUED_WORD.search(t.text) if len(t.text) < 40 else None
        words.append(glued.group(1).lower() if glued else t.lower_)
    return words


def _pre_modifiers(noun) -> list:
    """Tokens from the start of the noun's phrase up to (not including) the noun, at most 12."""
    left = [t for t in noun.lefts]
    if not left:
        return []
    start = left[0].left_edge.i
    start = max(start, noun.i - 12)
    return [noun.doc[i] for i in range(start, noun.i)]


def _who(noun, count: Optional[int]) -> Optional[str]:
    """A short noun phrase for the victims: up to three modifiers and the head, plural when count != 1."""
    if noun.pos_ == "NUM" or noun.lower_ in NOBODY or noun.pos_ == "PRON":
        return None
    if noun.ent_type_ == "PERSON" or noun.pos_ == "PROPN" and noun.lower_ not in PERSON_NOUNS:
        return "person" if count == 1 else "people"
    mods = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "nmod") and not t.like_num
            and "year" not in t.lower_ and t.ent_type_ not in ("CARDINAL", "DATE") and t.is_alpha or
            (t.dep_ == "compound" and t.ent_type_ in ("GPE", "NORP"))][-3:]
    mods = [t for t in mods if t.lower_ not in ("other", "more", "additional", "another")]
    head = noun.lemma_.lower() if noun.tag_ in ("NNS", "NNPS") or count == 1 else noun.lower_
    if count is not None and count != 1:
        head = _plural(noun.lemma_.lower())
    elif count == 1:
        head = noun.lemma_.lower()
    else:
        head = noun.lower_
    if head.endswith("year-old") or head.endswith("year-olds"):
        return None
    return " ".join([m.text for m in mods] + [head])


def _plural(word: str) -> str:
    irregular = {"person": "people", "man": "men", "woman": "women", "child": "children", "gunman": "gunmen",
                 "policeman": "policemen", "personnel": "personnel", "staff": "staff", "people": "people"}
    if word in irregular:
        return irregular[word]
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def _is_person(noun) -> bool:
    """Whether a victim head can be people (not shots, cattle, bills or engines)."""
    lower = noun.lower_
    if lower in ANIMALS or noun.lemma_.lower() in ANIMALS:
        return False
    if noun.pos_ in ("NUM", "PRON") or noun.ent_type_ in ("PERSON", "NORP"):
        return noun.lower_ not in ("it", "this", "that", "which")
    if lower in PERSON_NOUNS or noun.lemma_.lower() in PERSON_NOUNS:
        return True
    if "year-old" in lower:
        return True
    if noun.pos_ == "PROPN" and noun.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "NORP",
                                                       "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"):
        return True
    return noun.lemma_.lower().endswith(PERSON_SUFFIXES) and noun.pos_ == "NOUN" and lower not in (
        "number", "order", "officer's", "center", "corner", "water", "computer", "matter", "river", "power",
        "letter", "daughter's", "weather", "shelter", "paper", "chapter", "quarter", "border", "register",
        "theater", "theatre", "student's", "event", "incident", "statement", "moment", "department",
        "government", "apartment", "parent's", "agreement", "treatment", "investment", "plant",
        "restaurant", "giant", "elephant", "item", "time", "motion", "bill", "dream", "idea")


def _count_phrase(noun):
    """(Quantity, tokens read, ordinal) for a victim head."""
    words = _lower_words(_pre_modifiers(noun))
    ordinal = None
    for w in words:
        if w in ORDINALS:
            ordinal = ORDINALS[w]
        elif re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)", w):
            ordinal = int(w[:-2])
    if noun.pos_ == "NUM" or (noun.like_num and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")):
        quantity = read_quantity(words + [noun.lower_])
        if quantity is None and word_value(noun.lower_) is not None:
            quantity = read_quantity([noun.lower_])
        return quantity, ordinal
    if noun.lower_ in ("dozens", "scores", "hundreds", "thousands", "tens"):
        return read_quantity(words + [noun.lower_]), ordinal
    # skip "12-year-old" style ages: a number glued to "year" is an age, not a count
    trimmed = []
    for i, w in enumerate(words):
        if i + 2 < len(words) and words[i + 1] == "-" and words[i + 2].startswith("year"):
            break
        if "year" in w and "-" in w:
            break
        trimmed.append(w)
    quantity = read_quantity(trimmed) if trimmed else None
    if quantity is None:
        quantity = read_quantity([w for w in trimmed if w not in ("the", "his", "her", "their", "its", "our", "all")])
    if quantity is not None:
        return quantity, ordinal
    return None, ordinal


def _singular_count(noun) -> Optional[int]:
    """1 for a singular person noun, a name or a singular pronoun; None for plural or unknown."""
    lower = noun.lower_
    if lower in ("he", "she", "him", "her", "his", "himself", "herself", "someone", "somebody", "anyone"):
        return 1
    if lower == "both":
        return 2
    if lower in ("they", "them", "themselves", "who", "that", "which"):
        return None
    if lower in ("people", "personnel", "staff", "family", "crew", "police", "men", "women", "children"):
        return None
    if noun.tag_ in ("NN", "NNP") or lower in PERSON_NOUNS and not lower.endswith("s"):
        return 1
    return None


def _resolve_relative(noun):
    """The antecedent of "who"/"that" in a relative clause ("who" always points back to a person)."""
    if noun.lower_ not in ("who", "that", "whom"):
        return noun
    clause = noun.head
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "relcl":
        return noun
    antecedent = clause.head
    if noun.lower_ in ("who", "whom") and not _is_person(antecedent):
        sentence_start = noun.sent.start
        for i in range(antecedent.i - 1, max(sentence_start, antecedent.i - 15) - 1, -1):
            if noun.doc[i].pos_ in ("NOUN", "PROPN") and _is_person(noun.doc[i]):
                return noun.doc[i]
    return antecedent


def _victim(trigger, kind_source: str):
    """The victims' head token for a trigger, and whether it is inherited from a conjoined verb."""
    victim, inherited = _victim_by_parse(trigger, kind_source)
    if victim is not None and victim.like_num and victim.i > 1:
        comma, noun = victim.doc[victim.i - 1], victim.doc[victim.i - 2]
        if comma.text == "," and noun.is_alpha and (noun.pos_ in ("NOUN", "PROPN") or noun.lower_ in PERSON_NOUNS):
            return noun, inherited  # "Boy, 9, shot": the number is his age
    before = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
    if victim is not None and before is not None and before.dep_ == "conj" and before.head == victim \
            and before.pos_ in ("NOUN", "PROPN"):
        return before, False  # "5 contractors injured and 1 service member injured": each its own trigger
    return victim, inherited


def _victim_by_parse(trigger, kind_source: str):
    children = list(trigger.children)
    if kind_source == "verb":
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children) or (
            trigger.tag_ == "VBN" and trigger.dep_ in ("acl", "amod", "ROOT", "conj", "advcl", "ccomp", "xcomp",
                                                       "relcl", "oprd"))
        lemma = trigger.lemma_.lower()
        if lemma == "die":
            for c in children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    return _resolve_relative(c), False
        else:
            for c in children:
                if c.dep_ == "nsubjpass":
                    return _resolve_relative(c), False
            for c in children:
                if c.dep_ == "dobj":
                    return _resolve_relative(c), False
            if passive or (trigger.tag_ in ("VBD", "VBN") and not any(
                    c.dep_ == "aux" or c.dep_ == "prep" and c.lower_ == "at" for c in children)):
                # passive, or a headline's "Man shot, killed" without auxiliary or object
                for c in children:
                    if c.dep_ == "nsubj":
                        return _resolve_relative(c), False
                if trigger.dep_ in ("acl", "amod") and trigger.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
                    before = trigger.doc[trigger.i - 1]
                    if before.pos_ in ("NOUN", "PROPN") and before.i > trigger.head.i:
                        return before, False  # list style "..., 1 service member injured"
                    return trigger.head, False
        if lemma == "die" and trigger.dep_ in ("acl", "relcl") and trigger.head.pos_ in ("NOUN", "PROPN"):
            return trigger.head, False
        if (trigger.dep_ == "conj" or trigger.dep_ == "advcl" and trigger.tag_ == "VBN") and \
                trigger.head.pos_ in ("VERB", "ADJ", "AUX"):
            head = trigger.head
            for c in head.children:
                if c.dep_ in ("nsubjpass",) or (c.dep_ == "nsubj" and (passive or lemma == "die")
                                                and not any(d.dep_ == "dobj" for d in head.children)):
                    return _resolve_relative(c), True
            if head.dep_ in ("acl", "amod") and (passive or lemma == "die"):
                return head.head, True
        if not passive and trigger.i + 1 < len(trigger.doc) and trigger.doc[trigger.i + 1].like_num:
            return trigger.doc[trigger.i + 1], False  # "injuring six" when the parse loses the object
        if trigger.dep_ in ("xcomp", "pcomp", "advcl") and passive:
            # "was believed to be shot", "is recovering after being shot": the governing clause's subject
            governor = trigger.head.head if trigger.dep_ == "pcomp" else trigger.head
            for c in governor.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    return _resolve_relative(c), True
        return None, False
    # adjectives and adjectival participles: "two dead", "left three injured", "the wounded man"
    if trigger.dep_ in ("amod",) and trigger.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return trigger.head, False
    for c in children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return _resolve_relative(c), False
    if trigger.dep_ in ("acomp", "attr") or (trigger.head.lemma_ == "be" and trigger.dep_ != "amod"):
        for c in trigger.head.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return _resolve_relative(c), False
    if trigger.dep_ in ("oprd", "xcomp", "ccomp", "advcl"):
        for c in trigger.head.children:
            if c.dep_ in ("dobj", "nsubjpass"):
                return _resolve_relative(c), False
        governor = trigger.head
        if governor.dep_ == "conj" and governor.tag_ == "VBN" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in governor.children):
            for c in governor.head.children:  # "had been shot and was pronounced dead"
                if c.dep_ in ("nsubj", "nsubjpass"):
                    return _resolve_relative(c), True
        for c in trigger.head.children:
            if c.dep_ == "nsubj" and trigger.head.lemma_.lower() in ("be", "remain", "lie", "find", "leave"):
                return _resolve_relative(c), False
    if trigger.dep_ in ("conj", "appos") and trigger.head.pos_ in ("NUM", "NOUN", "PROPN"):
        return trigger.head, False
    if trigger.dep_ in ("ROOT",) and trigger.i > 0:
        prev = trigger.doc[trigger.i - 1]
        if prev.pos_ in ("NUM", "NOUN", "PROPN") and prev.sent.start == trigger.sent.start:
            return prev, False
    return None, False


def _inherit_who(trigger):
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
                if d.dep_ in ("dobj",) and d.pos_ in ("NOUN", "PROPN"):
                    return d
    return None


def _ancestors_within(token, limit=6):
    out = []
    node = token
    while node.head != node and len(out) < limit:
        node = node.head
        out.append(node)
    return out


def _negated(trigger, victim) -> bool:
    for tok in [trigger] + [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]:
        if any(c.dep_ == "neg" for c in tok.children):
            return True
    if trigger.dep_ in ("acomp", "oprd", "xcomp") and any(c.dep_ == "neg" for c in trigger.head.children):
        return True
    if victim is not None:
        if victim.lower_ in NOBODY or victim.lower_ == "one" and any(c.lower_ == "no" for c in victim.lefts):
            return True
        if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in victim.children):
            return True
        if victim.lower_ == "no" or (victim.i > 0 and victim.doc[victim.i - 1].lower_ == "no"
                                     and victim.lower_ in ("one", "injuries", "deaths", "casualties")):
            return True
    for a in _ancestors_within(trigger, 3):
        if a.lemma_.lower() in DENIAL_HEADS:
            return True
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ == "without":
            return True
    if trigger.head.lower_ == "without" or (trigger.dep_ == "pcomp" and trigger.head.lower_ == "without"):
        return True
    return False


def _unreal(trigger) -> bool:
    """Modal, threatened, hoped-for or conditional: not an event that happened."""
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in MODALS for a in auxes):
        # "could have been killed" is unreal; "can be seen" does not occur with casualty triggers
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in trigger.children):
        return True
    if trigger.tag_ == "VB" and not auxes and trigger.dep_ == "ROOT" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return True  # "Shoot him!": an order
    if trigger.tag_ == "VB" and not any(a.dep_ == "auxpass" or a.lower_ == "have" for a in auxes) and (
            any(a.lower_ == "to" for a in auxes) or trigger.dep_ == "conj" and trigger.head.tag_ == "VB"):
        return True  # "to kill him", "go ahead and kill him": an aim or an order, not an outcome
    node = trigger
    for _ in range(3):
        if node.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "conj", "acl") and node.head != node:
            node = node.head
            if node.lemma_.lower() in UNREAL_HEADS:
                return True
            if any(c.dep_ in ("aux",) and c.lower_ in MODALS for c in node.children) and node.pos_ == "VERB" \
                    and trigger.dep_ != "conj":
                return True
        else:
            break
    return any(c.lower_ in ("nearly", "almost", "possibly", "potentially") and c.dep_ == "advmod"
               for c in trigger.children)


def _clause_tokens(trigger):
    """The tokens of the statement's clause: the trigger's subtree and its governing verb's core."""
    top = trigger
    while top.dep_ in ("conj", "acl", "amod", "acomp", "oprd", "xcomp", "advcl", "relcl") and top.head != top \
            and top.head.sent.start == trigger.sent.start:
        top = top.head
        if top.pos_ in ("VERB", "AUX"):
            break
    start, end = top.left_edge.i, top.right_edge.i + 1
    if end - start > 80:
        start, end = max(trigger.left_edge.i, trigger.i - 40), min(trigger.right_edge.i + 1, trigger.i + 40)
    return trigger.doc[start:end]


def _years(span) -> list[int]:
    return [int(t.text) for t in span if t.shape_ == "dddd" and 1900 <= int(t.text) <= 2100]


def _historical(clause, reference_year: Optional[int]) -> bool:
    if reference_year is None:
        return False
    return any(year < reference_year for year in _years(clause))


def _statistical(clause) -> bool:
    words = _lower_words(clause)
    for i, w in enumerate(words[:-1]):
        if w in RATE_DETS and words[i + 1] in RATE_WORDS and (w != "a" or words[i + 1] in ("year", "week", "month")):
            return True
    text = " ".join(words)
    return any(f" {phrase} " in f" {text} " for phrase in AGGREGATE_WORDS) or "annually" in words


def _names(victim) -> tuple:
    """Names of the victims, each as the set of its words: the PERSON entity of the head, its
    conjuncts and appositions ("Larry Henderson" and "Larry" share a word, so one person)."""
    out = []
    for tok in [victim] + [c for c in victim.children if c.dep_ in ("conj", "appos")]:
        if tok.ent_type_ == "PERSON":
            entity = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            words = entity.text.lower().split() if entity is not None and len(entity) < 8 else [tok.lower_]
            out.append(frozenset(w.strip('"“”,.') for w in words if w.strip('"“”,.')))
    return tuple(out)


def _people_named(names) -> int:
    """How many different people a set of names points to (names that share a word are one)."""
    groups: list[set] = []
    for name in names:
        joined = [g for g in groups if g & name]
        merged = set(name).union(*joined) if joined else set(name)
        groups = [g for g in groups if not (g & name)] + [merged]
    return len(groups)


def _conj_total(victim) -> Optional[tuple[int, int]]:
    """(count, perpetrators among them) for "a man and a woman", "an officer and the suspect"."""
    doc = victim.doc
    conjuncts = [c for c in victim.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "NUM")
                 and not (c.i + 1 < len(doc) and _trigger_kind(doc[c.i + 1]))]  # those with their own trigger
    if not conjuncts:
        return None
    total = perpetrators = 0
    for tok in [victim] + conjuncts:
        if not _is_person(tok):
            return None
        quantity, _ = _count_phrase(tok)
        count = quantity.count if quantity is not None else _singular_count(tok)
        if count is None:
            return None
        total += count
        if tok.lower_ in PERPETRATOR_NOUNS:
            perpetrators += count
    return total, perpetrators


def _dateline_place(doc) -> Optional[str]:
    head = doc.text[:600]
    match = DATELINE.search(head)
    if match is None:
        return None
    place = match.group(1).strip(" .")
    if len(place) < 3 or not any(ch.isalpha() for ch in place):
        return None
    return place.title() if place.isupper() else place


def _place_in(clause) -> Optional[str]:
    """The clause's place, preferring one introduced by "in", "at" or "near" over a modifier ("US-led")."""
    places = [ent for ent in clause.doc.ents
              if ent.label_ in PLACE_LABELS and ent.start >= clause.start and ent.end <= clause.end]
    for ent in places:
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("in", "at", "near", "outside", "inside"):
            return ent.text
    return places[0].text if places else None


def _when(span: tuple[int, int], dates, published) -> Optional[str]:
    for date_fact in dates or ():
        if date_fact.span[0] < span[1] and date_fact.span[1] > span[0]:
            return date_fact.value
    if published is not None:
        return published.isoformat() if hasattr(published, "isoformat") else str(published)
    return None


def _trigger_kind(tok) -> Optional[tuple[str, str]]:
    """(kind, source) when the token is a casualty trigger; source is "verb", "adj" or "noun"."""
    lower, lemma = tok.lower_, tok.lemma_.lower()
    if tok.pos_ == "NOUN" and (
            lemma == "suicide" and tok.dep_ not in ("compound", "amod", "nmod")
            or lemma == "life" and tok.dep_ == "dobj" and tok.head.lemma_ == "take"
            and any(c.lower_ == "own" for c in tok.children)):
        if not any(c.lower_ in ("attempted", "attempt", "possible") for c in tok.children):
            return "killed", "suicide"  # "took his own life", "committed suicide", "a murder-suicide"
    if tok.pos_ in ("VERB", "AUX") or (tok.tag_ in ("VBN", "VBD", "VBG") and lemma in VERB_KINDS):
        if tok.tag_ == "VBG" and lemma == "shoot" and not any(c.dep_ == "dobj" for c in tok.children):
            return None  # "the shooting", "a shooting death": the event, not a victim
        if lemma in VERB_KINDS:
            return VERB_KINDS[lemma], "verb"
        if lower in ("slain", "kidnapped"):
            return ("killed" if lower == "slain" else "kidnapped"), "verb"
        return None
    if tok.pos_ == "ADJ" and lower in ADJ_KINDS:
        return ADJ_KINDS[lower], "adj"
    if tok.pos_ in ("NOUN", "PROPN") and lemma in NOUN_KINDS:
        return NOUN_KINDS[lemma], "noun"
    if tok.pos_ in ("NOUN", "PROPN") and lower in ("dead", "injured", "wounded", "missing"):
        return ADJ_KINDS[lower], "adj"
    return None


def _fatal(trigger) -> bool:
    """"fatally shot", "shot dead", "shot to death": shooting that killed."""
    for c in trigger.children:
        if c.lower_ in ("fatally", "mortally") or (c.dep_ in ("oprd", "acomp", "advmod", "xcomp") and c.lower_ == "dead"):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return True
    nxt = trigger.doc[trigger.i + 1: trigger.i + 3]
    return any(t.lower_ == "dead" for t in nxt[:1]) or [t.lower_ for t in nxt] == ["to", "death"]


def _noun_statement(tok, kind):
    """"two deaths", "the deaths of three men", "suffered gunshot wounds", "the death toll rose to 40"."""
    if kind == "killed" and tok.lemma_.lower() == "body":
        if tok.head.lemma_.lower() not in ("find", "discover", "recover", "locate", "identify", "pull"):
            return None, None  # "shot on the right side of his body"
    wounds = tok.lemma_.lower() in ("wound", "injury")  # "six gunshot wounds" counts wounds, not people
    for c in tok.children:
        if not wounds and (c.dep_ == "nummod" or (c.like_num and c.dep_ in ("compound", "amod", "quantmod"))):
            return tok, None
    if wounds and tok.dep_ == "pobj" and tok.head.lower_ == "with":
        holder = tok.head.head
        if holder.pos_ in ("NOUN", "PROPN"):
            return holder, None  # "a man with a gunshot wound"
        for dep in ("nsubjpass", "dobj", "nsubj"):  # "a second victim was found with", "found two men with"
            for c in holder.children:
                if c.dep_ == dep:
                    return _resolve_relative(c), None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g, None
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            return c, None  # "the man's death"
    if kind == "killed" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return tok, None  # "a shooting death is under investigation"
    if kind == "killed" and tok.lemma_.lower() == "body":
        for c in tok.children:
            if c.dep_ in ("poss", "nummod") or (c.dep_ == "prep" and c.lower_ == "of"):
                break
        else:
            return (tok, None) if any(c.lower_ in ("a", "an") for c in tok.children) else (None, None)
    if tok.head.lemma_.lower() in ("suffer", "sustain", "receive", "treat") and tok.dep_ in ("dobj", "nsubjpass", "pobj"):
        verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return _resolve_relative(c), None
    return None, None


def _toll(tok):
    """The figure of "the death toll rose to 40" / "the toll stands at 12" / "the toll is 12"."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        return None
    candidates = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "at"):
            candidates += [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ in ("attr", "dobj", "npadvmod"):
            candidates.append(c)
    for cand in candidates:
        quantity, _ = _count_phrase(cand)
        if quantity is not None:
            return cand, quantity
    return None


def _statements(doc, published, dates) -> list[Statement]:
    reference_year = published.year if published is not None and hasattr(published, "year") else None
    if reference_year is None:
        years = [int(e.text[-4:]) for e in doc.ents if e.label_ == "DATE" and e.text[-4:].isdigit()
                 and 1900 <= int(e.text[-4:]) <= 2100]
        reference_year = max(years) if years else None
    dateline = _dateline_place(doc)
    out: list[Statement] = []
    seen_victims: set[tuple[int, str]] = set()
    sentence_starts = {}
    for number, sent in enumerate(doc.sents):
        sentence_starts[sent.start] = number
    for tok in doc:
        found = _trigger_kind(tok)
        if found is None and tok.lower_ in TOLL_WORDS and any(c.lower_ == "death" for c in tok.lefts):
            found = ("killed", "toll")  # "the death toll rose to 40": a running total
        if found is None:
            continue
        kind, source = found
        sent = tok.sent
        if len(sent) > MAX_SENTENCE_TOKENS:
            continue
        notes = set()
        event = tok  # the word whose auxiliaries and governors say whether it happened
        quantity = None
        ordinal = None
        inherited = False
        victim = None
        if source == "noun":
            if tok.lemma_.lower() == "death" and any(c.lower_ == "toll" for c in [tok.head]):
                continue  # read from the toll noun
            victim, _ = _noun_statement(tok, kind)
            if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
                victim = tok  # "there were no injuries"
            elif victim == tok:
                quantity, ordinal = _count_phrase(tok)
                if quantity is None and kind == "killed":
                    quantity = Quantity(1, 1, 1, False)
                if quantity is None:
                    continue
            if kind == "casualty":
                kind = "killed_or_injured"
        elif source == "suicide":
            verb = tok.head if tok.dep_ in ("dobj", "attr") else None
            victim = next((c for c in verb.children if c.dep_ == "nsubj"), tok) if verb is not None else tok
            if victim.lower_ in ("it", "this", "that", "which"):
                victim = tok
            if victim == tok:
                quantity = Quantity(1, 1, 1, False)
            event = verb if verb is not None else tok
            notes.add("suicide")
        elif source == "toll":
            figure = _toll(tok)
            if figure is None:
                continue
            victim = figure[0]
        else:
            victim, inherited = _victim(tok, source)
        if kind == "hit" and _fatal(tok):
            kind = "killed"
        if kind == "killed" and tok.lower_ == "dead" and tok.head.lemma_.lower() in ("fear", "presume", "feared"):
            kind = "missing"  # "feared dead": not yet counted as killed
        if kind == "killed_or_injured":
            continue
        if victim is None:
            continue
        person = victim
        if victim != tok and (victim.lower_ in VAGUE or victim.like_num or victim.lower_ in UNCOUNTED):
            for c in victim.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    person = next((g for g in c.children if g.dep_ == "pobj"), victim)
        if victim != tok:
            if not _is_person(person):
                continue
            quantity, ordinal = _count_phrase(victim)
            conj = _conj_total(victim)
            if conj is not None and (quantity is None or quantity.count is not None):
                quantity = Quantity(conj[0], conj[0], conj[0], False)
                if conj[1]:
                    notes.add(("perpetrators", conj[1]))
            if quantity is None:
                count = _singular_count(victim)
                if count is not None:
                        quantity = Quantity(count, count, count, False)
        negated = _negated(event, victim)
        if negated:
            quantity = Quantity(0, 0, 0, False)
        if quantity is None:
            quantity = Quantity(None, None, None, True)
        if not negated and _unreal(event):
            continue
        clause = _clause_tokens(tok)
        if not negated and (_historical(clause, reference_year) or _statistical(clause)):
            continue
        who_noun = victim if victim != tok else tok
        if victim.pos_ == "NUM" or victim.lower_ in ("one", "ones"):
            inherited_noun = _inherit_who(tok)
            who_noun = inherited_noun if inherited_noun is not None else victim
            if inherited_noun is not None:
                inherited = True
        if person != victim and who_noun == victim:
            who_noun = person
        who = _who(who_noun, quantity.count) if who_noun != tok or source == "noun" and victim != tok else None
        if source == "noun" and victim == tok:
            who = None
        perpetrator = any(isinstance(note, tuple) for note in notes) or "suicide" in notes
        lower_victim = victim.lower_
        if lower_victim in ("himself", "herself", "themselves"):
            perpetrator = True
            notes.add("suicide")
        elif lower_victim in PERPETRATOR_NOUNS:
            perpetrator = True
        clause_text = clause.text.lower()
        if any(c.dep_ == "prep" and c.lower_ in ("including", "among") and
               any(g.lower_ in PERPETRATOR_NOUNS for g in c.subtree) for c in victim.children):
            perpetrator = True
            notes.add("includes")
        if kind == "killed" and SUICIDE_PHRASES.search(clause_text) and lower_victim in {
                "he", "she", "himself", "herself"} | PERPETRATOR_NOUNS:
            perpetrator = True
            notes.add("suicide")
        key = (victim.i, kind)
        if key in seen_victims and victim != tok:
            continue
        seen_victims.add(key)
        tokens = [tok] + ([victim] if victim != tok else [])
        if victim != tok:
            tokens += _pre_modifiers(victim)
        span_start = min(t.idx for t in tokens)
        span_end = max(t.idx + len(t.text) for t in tokens)
        span = (span_start, span_end)
        modifiers = {c.lower_ for c in tok.children if c.dep_ in ("advmod", "det", "amod")}
        if tok.dep_ == "conj":
            modifiers |= {c.lower_ for c in tok.head.children if c.dep_ == "advmod"}
        modifiers |= {c.lower_ for c in victim.children if c.dep_ in ("advmod", "det", "amod")} if victim != tok else set()
        additive = bool(modifiers & ADDITIVE)
        transition = kind == "killed" and tok.lemma_.lower() in ("die", "succumb") and (
            bool({t.lower_ for t in clause} & TRANSITION_HINTS) or ordinal is not None)
        fact = Casualty(
            kind=("injured" if kind == "hit" else kind), count=quantity.count, min=quantity.min, max=quantity.max,
            approximate=quantity.approximate, who=who, where=_place_in(clause) or dateline,
            when=_when((clause.start_char, clause.end_char), dates, published), negated=negated, span=span, text=doc.text[span[0]:span[1]],
            includes_perpetrator=perpetrator,
        )
        if ordinal is not None and not any(c.lower_ in ("a", "an") for c in victim.children):
            ordinal = None  # "the second victim" names one victim; "a second person" keeps a running count
        links = {tok.i, victim.i} | {c.i for c in victim.children if c.dep_ == "conj"} | \
            {c.i for c in tok.children if c.dep_ == "conj"}
        if victim.dep_ == "conj":
            links.add(victim.head.i)
        governor = tok.head if tok.dep_ in ("acomp", "oprd", "xcomp") else tok
        links |= {governor.i} | {c.i for c in governor.children if c.dep_ == "conj"}
        if governor.dep_ == "conj":
            links.add(governor.head.i)
        if tok.dep_ == "conj":
            links.add(tok.head.i)
        out.append(Statement(fact, sentence_starts.get(sent.start, 0), kind, None if inherited else (who or None),
                             _names(victim) if victim != tok else (), additive, ordinal, transition,
                             frozenset(links), notes))
    return out


def _victims_only(st: Statement) -> int:
    """The statement's count without the perpetrators listed among the victims ("an officer and the suspect")."""
    listed = sum(note[1] for note in st.notes if isinstance(note, tuple) and note[0] == "perpetrators")
    return max(0, (st.fact.count or 0) - listed)


def _head_word(who: str) -> str:
    """"civilian contractors" -> "contractor": what tells two groups of victims apart."""
    word = who.split()[-1]
    return word[:-1] if word.endswith("s") else word


def _kind_total(statements: list[Statement]) -> int:
    """Each set of victims once.

    Statements repeat the same victims (the largest figure stands); victims listed together in one
    sentence ("5 contractors injured and 1 service member injured") add; "also", "another" adds to the
    statement before it ("One man was declared dead ... another man died"); "a second person" is a
    running total; distinct named victims are at least as many as their names.
    """
    total = 0
    named: set = set()
    previous = 0
    by_sentence: dict[int, list[Statement]] = {}
    for st in statements:
        by_sentence.setdefault(st.sentence, []).append(st)
    for number in sorted(by_sentence):
        group = by_sentence[number]
        sentence_count = 0
        counted: list[Statement] = []
        for st in group:
            count = _victims_only(st)
            if st.ordinal is not None and st.ordinal > 1:
                total = max(total, st.ordinal)
                previous = st.ordinal
                continue
            if st.additive and previous > 0:
                previous += count
                total = max(total, previous)
                continue
            previous = count
            listed = any(st.links & other.links and st.who_key and other.who_key
                         and _head_word(st.who_key) != _head_word(other.who_key) for other in counted)
            sentence_count = sentence_count + count if listed else max(sentence_count, count)
            counted.append(st)
        total = max(total, sentence_count)
        for st in group:
            named.update(st.names)
    return max(total, _people_named(sorted(named, key=sorted)))


def _totals(statements: list[Statement]) -> CasualtyTotals:
    live = [st for st in statements if not st.fact.negated and st.fact.count is not None]
    totals = CasualtyTotals()
    by_kind: dict[str, list[Statement]] = {}
    for st in live:
        by_kind.setdefault(st.base_kind, []).append(st)
    victims = {kind: [st for st in sts if not st.fact.includes_perpetrator or _victims_only(st) < (st.fact.count or 0)]
               for kind, sts in by_kind.items()}
    perpetrators = {kind: [st for st in sts if st.fact.includes_perpetrator and st not in victims[kind]]
                    for kind, sts in by_kind.items()}
    killed_victims = 0
    for kind in ("killed", "injured", "missing", "kidnapped", "arrested", "hit"):
        count = _kind_total(victims.get(kind, []))
        if kind == "killed":
            killed_victims = count
        perps = perpetrators.get(kind, [])
        if any("includes" in st.notes for st in perps):
            count = max(count, max(st.fact.count or 0 for st in perps))
        elif kind == "killed" and any("suicide" in st.notes for st in perps):
            count += 1  # the shooter who killed himself is one more dead; one shot by police is listed only
        elif kind == "hit" and any("suicide" in st.notes for st in perps) and not any(
                "suicide" in st.notes for st in perpetrators.get("killed", [])):
            count += 1  # the shooter who shot himself and lived is one more injured
        if kind != "hit":
            setattr(totals, kind, count)
        else:
            hit = count
    transitions = sum(1 for st in by_kind.get("killed", []) if st.transition)
    explicit_injured = max(0, totals.injured - transitions) if transitions else totals.injured
    totals.injured = max(explicit_injured, hit - killed_victims)
    return totals


def extract_casualties(doc, published, dates):
    """Every casualty statement in the article, and the totals an editor would write."""
    statements = _statements(doc, published, dates)
    return [st.fact for st in statements], _totals(statements)
