"""Reading a casualty statement off the parse: the trigger word, its victims and their count.

A trigger ("killed", "wounded", "dead", "deaths", "arrested") names what happened; the victims are its
passive subject, its object, the noun it modifies, or what a conjoined verb already named ("killing
one contractor and injuring six"); their count is read from the words in front of that noun. The
checks here say when a trigger is denied ("no one was hurt") or did not happen ("could have killed").
"""

from __future__ import annotations

import re

from .casualties_numbers import read_quantity, word_value
from .numbers import ORDINALS

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
ADJ_KINDS = {"dead": "killed", "deceased": "killed", "injured": "injured", "wounded": "injured", "hurt": "injured",
             "missing": "missing", "killed": "killed", "slain": "killed", "kidnapped": "kidnapped",
             "abducted": "kidnapped", "arrested": "arrested", "unaccounted": "missing"}
NOUN_KINDS = {"death": "killed", "body": "killed", "fatality": "killed", "injury": "hit", "wound": "hit",
              "casualty": "casualty", "arrest": "arrested", "kidnapping": "kidnapped", "abduction": "kidnapped"}
PERSON_NOUNS = {
    "person", "people", "man", "men", "woman", "women", "child", "children", "kid", "kids", "boy", "boys", "girl",
    "girls", "baby", "infant", "toddler", "teen", "teenager", "teens", "youth", "adult", "adults", "resident",
    "residents", "victim", "victims", "civilian", "civilians", "officer", "officers", "deputy", "deputies",
    "trooper", "troopers", "soldier", "soldiers", "troop", "troops", "policeman", "policemen", "policewoman", "cop",
    "cops", "agent", "agents", "guard", "guards", "member", "members", "worker", "workers", "employee", "employees",
    "student", "students", "teacher", "teachers", "pupil", "pupils", "schoolgirl", "schoolgirls", "schoolboy",
    "schoolboys", "passenger", "passengers", "driver", "drivers", "pedestrian", "pedestrians", "bystander",
    "bystanders", "customer", "customers", "shopper", "shoppers", "patron", "patrons", "suspect", "suspects",
    "gunman", "gunmen", "shooter", "shooters", "assailant", "assailants", "attacker", "attackers", "bomber",
    "bombers", "perpetrator", "robber", "robbers", "killer", "intruder", "burglar", "militant", "militants",
    "fighter", "fighters", "insurgent", "insurgents", "rebel", "rebels", "protester", "protesters", "demonstrator",
    "demonstrators", "journalist", "journalists", "reporter", "contractor", "contractors", "personnel", "staff",
    "crew", "hostage", "hostages", "worshipper", "worshippers", "pilgrim", "pilgrims", "tourist", "tourists",
    "migrant", "migrants", "refugee", "refugees", "villager", "villagers", "farmer", "farmers", "miner", "miners",
    "husband", "wife", "father", "mother", "son", "daughter", "brother", "sister", "parent", "parents",
    "grandmother", "grandfather", "grandson", "granddaughter", "cousin", "uncle", "aunt", "nephew", "niece",
    "friend", "friends", "neighbor", "neighbour", "neighbors", "neighbours", "girlfriend", "boyfriend", "fiance",
    "fiancee", "relative", "relatives", "family", "individual", "individuals", "male", "males", "female", "females",
    "dad", "mom", "mum", "sibling", "siblings", "spouse", "partner", "roommate", "owner", "clerk", "cashier",
    "manager", "security", "sheriff", "marshal", "firefighter", "firefighters", "paramedic", "paramedics", "doctor",
    "doctors", "nurse", "nurses", "priest", "pastor", "inmate", "inmates", "prisoner", "prisoners", "occupant",
    "occupants", "guest", "guests", "tenant", "tenants", "colleague", "colleagues", "coworker", "coworkers",
    "classmate", "classmates", "player", "players", "fan", "fans", "citizen", "citizens", "national", "nationals",
    "american", "americans", "servicemember", "servicemembers", "marine", "marines", "sailor", "sailors", "airman",
    "airmen", "veteran", "veterans", "homeowner", "homeowners", "someone", "anyone", "everyone", "nobody", "one",
    "ones", "other", "others"
}
PERPETRATOR_NOUNS = {"gunman", "gunmen", "shooter", "shooters", "assailant", "attacker", "bomber",
                     "perpetrator", "killer", "suspect", "suspects", "robber", "intruder", "burglar"}
ANIMALS = {
    "dog", "dogs", "cat", "cats", "puppy", "horse", "horses", "cow", "cows", "cattle", "deer", "bird", "birds",
    "sheep", "goat", "goats", "pig", "pigs", "animal", "animals", "livestock", "chicken", "chickens", "bear",
    "bears", "wolf", "coyote", "fish", "pet", "pets"
}
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ee", "man", "men")  # worker, contractor, journalist, civilian
NOBODY = {"nobody", "none", "noone"}
MODALS = {"could", "would", "might", "may", "should", "can", "must", "shall"}
UNREAL_HEADS = {"threaten", "try", "attempt", "plan", "want", "intend", "vow", "seek", "aim", "fear",
                "risk", "plot", "conspire", "hope", "prevent", "avoid", "escape", "nearly", "almost"}
GUNFIRE = {"bullet", "bullets", "gunfire", "round", "rounds", "shot", "shots", "shotgun", "shrapnel", "car",
           "vehicle", "truck", "train", "bus", "fire", "pellet", "pellets", "stray"}
BODY_PARTS = {"head", "leg", "legs", "arm", "arms", "chest", "back", "torso", "abdomen", "stomach", "shoulder",
              "neck", "hand", "foot", "face", "hip", "buttocks", "thigh", "side", "groin", "knee", "ankle", "body"}
NATURAL_CAUSES = {"cancer", "illness", "disease", "attack", "causes", "complications", "stroke", "pneumonia",
                  "leukemia", "leukaemia", "aids", "covid", "covid-19", "age", "failure", "infection", "tumour",
                  "tumor", "sleep", "overdose"}
SPORTS_INJURIES = {"groin", "hamstring", "knee", "ankle", "calf", "thigh", "achilles", "toe", "wrist", "elbow",
                   "hip", "shoulder", "back", "foot", "neck", "ligament", "muscle", "cruciate", "rib", "finger"}
VIOLENCE = {
    "shoot", "shooting", "gun", "gunfire", "gunman", "kill", "murder", "homicide", "stab", "stabbing", "attack",
    "bomb", "bombing", "blast", "explosion", "explode", "crash", "collision", "fire", "blaze", "airstrike",
    "strike", "war", "fighting", "clash", "violence", "massacre", "flood", "earthquake", "tsunami", "storm",
    "hurricane", "accident", "collapse", "drown", "overdose", "wound", "injure", "gunshot", "assault", "riot",
    "battle", "raid", "ambush", "hostage", "kidnap", "abduct", "suicide", "slay", "execute", "landslide",
    "victim", "police",
}
QUANTITY_WORDS = {"dozens", "scores", "hundreds", "thousands", "tens", "several", "many", "dozen"}
CONDITIONS = {"critical", "serious", "stable", "fair", "grave", "good", "satisfactory", "guarded"}
FOUND_VERBS = {"find", "discover", "recover", "locate", "identify", "pull"}
DENIAL_HEADS = {"deny", "refute", "dismiss"}


GLUED_WORD = re.compile(r"[a-z.]([A-Z][a-z]*)$")


def lower_words(tokens) -> list[str]:
    """Lower-cased words; a word glued to the one before ("...news.comTwo") counts as itself."""
    words = []
    for t in tokens:
        glued = GLUED_WORD.search(t.text) if len(t.text) < 40 else None
        words.append(glued.group(1).lower() if glued else t.lower_)
    return words


def pre_modifiers(noun) -> list:
    """Tokens from the start of the noun's phrase up to (not including) the noun, at most 12."""
    left = [t for t in noun.lefts]
    if not left:
        return []
    start = left[0].left_edge.i
    start = max(start, noun.i - 12)
    return [noun.doc[i] for i in range(start, noun.i)]


def who_phrase(noun, count: int | None) -> str | None:
    """A short noun phrase for the victims: up to three modifiers and the head, plural when count != 1."""
    if noun.pos_ in ("NUM", "PRON") or noun.lower_ in NOBODY or noun.lower_ in ("one", "ones", *QUANTITY_WORDS) \
            or _is_age_noun(noun):
        return None  # a number, a pronoun or an age: no noun to name the victims by
    if noun.ent_type_ == "PERSON" or noun.pos_ == "PROPN" and noun.lower_ not in PERSON_NOUNS:
        return "person" if count == 1 else "people"
    modifiers = [t.text for t in noun.lefts
                 if t.dep_ in ("amod", "compound", "nmod") and t.is_alpha and t.ent_type_ not in ("CARDINAL", "DATE")
                 and t.lower_ not in ("other", "more", "additional", "another") and t.lower_ not in ORDINALS][-3:]
    if count is None:
        head = noun.lower_
    else:
        head = noun.lemma_.lower() if count == 1 else _plural(noun.lemma_.lower())
    if "year-old" in head:
        return None  # "a 12-year-old": an age, no noun to name them by
    return " ".join([*modifiers, head])


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


def _is_age_noun(noun) -> bool:
    """"a 12-year-old" (one token or "12 - year - old"): a person named by age."""
    return "year-old" in noun.lower_ or noun.lower_ in ("old", "olds") and any(
        c.lower_ in ("year", "years") for c in noun.children)


def is_person(noun) -> bool:
    """Whether a victim head can be people (not shots, cattle, bills or engines)."""
    lower = noun.lower_
    if lower in ANIMALS or noun.lemma_.lower() in ANIMALS:
        return False
    if noun.pos_ in ("NUM", "PRON") or noun.ent_type_ in ("PERSON", "NORP"):
        return noun.lower_ not in ("it", "this", "that", "which")
    if lower in PERSON_NOUNS or noun.lemma_.lower() in PERSON_NOUNS:
        return True
    if _is_age_noun(noun) or lower in QUANTITY_WORDS or lower == "others":
        return True  # "a 12-year-old", "killing dozens": the people are implied
    if noun.pos_ == "PROPN" and noun.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "NORP",
                                                       "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"):
        return True
    return noun.lemma_.lower().endswith(PERSON_SUFFIXES) and noun.pos_ == "NOUN" and lower not in (
        "number", "order", "officer's", "center", "corner", "water", "computer", "matter", "river", "power",
        "letter", "daughter's", "weather", "shelter", "paper", "chapter", "quarter", "border", "register",
        "theater", "theatre", "student's", "event", "incident", "statement", "moment", "department",
        "government", "apartment", "parent's", "agreement", "treatment", "investment", "plant",
        "restaurant", "giant", "elephant", "item", "time", "motion", "bill", "dream", "idea")


def count_phrase(noun):
    """(Quantity or None, ordinal or None) for a victim head."""
    words = lower_words(pre_modifiers(noun))
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
        quantity = read_quantity([w for w in trimmed if w not in ("the", "his", "her", "their", "its", "our", "all",
                                                                  "another", "other", "additional")])
    return quantity, ordinal


def singular_count(noun) -> int | None:
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
    if noun.tag_ in ("NN", "NNP") or lower in PERSON_NOUNS and not lower.endswith("s") or lower == "old":
        return 1
    return None


def resolve_relative(noun):
    """The antecedent of "who"/"that" in a relative clause ("who" always points back to a person)."""
    if noun.lower_ not in ("who", "that", "whom"):
        return noun
    clause = noun.head
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "relcl":
        return noun
    antecedent = clause.head
    if noun.lower_ in ("who", "whom") and not is_person(antecedent):
        for i in range(antecedent.i - 1, max(0, antecedent.i - 15) - 1, -1):
            if noun.doc[i].pos_ in ("NOUN", "PROPN") and is_person(noun.doc[i]):
                return noun.doc[i]
            if noun.doc[i].is_sent_start:
                break
    return antecedent


def find_victim(trigger, kind_source: str):
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
                    return resolve_relative(c), False
        else:
            for c in children:
                if c.dep_ == "nsubjpass":
                    return resolve_relative(c), False
            for c in children:
                if c.dep_ == "dobj":
                    return resolve_relative(c), False
            for c in children:  # "shot and killed his sister": the object both verbs share
                if c.dep_ == "conj" and c.pos_ == "VERB" and not passive:
                    shared = next((d for d in c.children if d.dep_ == "dobj"), None)
                    if shared is not None:
                        return resolve_relative(shared), True
            if passive or (trigger.tag_ in ("VBD", "VBN") and not any(
                    c.dep_ == "aux" or c.dep_ == "prep" and c.lower_ == "at" for c in children)):
                # passive, or a headline's "Man shot, killed" without auxiliary or object
                for c in children:
                    if c.dep_ == "nsubj":
                        return resolve_relative(c), False
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
                    return resolve_relative(c), True
            if head.dep_ in ("acl", "amod") and (passive or lemma == "die"):
                return head.head, True
        if not passive and trigger.i + 1 < len(trigger.doc) and trigger.doc[trigger.i + 1].like_num:
            return trigger.doc[trigger.i + 1], False  # "injuring six" when the parse loses the object
        if trigger.dep_ in ("xcomp", "pcomp", "advcl") and passive:
            # "was believed to be shot", "is recovering after being shot": the governing clause's subject
            governor = trigger.head.head if trigger.dep_ == "pcomp" else trigger.head
            for c in governor.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    return resolve_relative(c), True
        return None, False
    # adjectives and adjectival participles: "two dead", "left three injured", "the wounded man"
    if trigger.dep_ in ("amod",) and trigger.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return trigger.head, False
    for c in children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return resolve_relative(c), False
    if trigger.dep_ in ("acomp", "attr") or (trigger.head.lemma_ == "be" and trigger.dep_ != "amod"):
        for c in trigger.head.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c != trigger:
                return resolve_relative(c), False
        if trigger.dep_ in ("nsubj", "nsubjpass"):  # "the dead are A, B and C": the victims are the attribute
            return next((c for c in trigger.head.children if c.dep_ == "attr"), None), False
    if trigger.dep_ in ("oprd", "xcomp", "ccomp", "advcl"):
        for c in trigger.head.children:
            if c.dep_ in ("dobj", "nsubjpass"):
                return resolve_relative(c), False
        governor = trigger.head
        if governor.dep_ == "conj" and governor.tag_ == "VBN" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in governor.children):
            for c in governor.head.children:  # "had been shot and was pronounced dead"
                if c.dep_ in ("nsubj", "nsubjpass"):
                    return resolve_relative(c), True
        for c in trigger.head.children:
            if c.dep_ == "nsubj" and trigger.head.lemma_.lower() in ("be", "remain", "lie", "find", "leave"):
                return resolve_relative(c), False
    if trigger.dep_ in ("conj", "appos") and trigger.head.pos_ in ("NUM", "NOUN", "PROPN"):
        return trigger.head, False
    if trigger.dep_ in ("ROOT",) and trigger.i > 0:
        prev = trigger.doc[trigger.i - 1]
        if prev.pos_ in ("NUM", "NOUN", "PROPN") and not trigger.is_sent_start:
            return prev, False
    return None, False


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


def is_negated(trigger, victim) -> bool:
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
    if any(c.dep_ == "prep" and c.lower_ == "without" for c in trigger.children):
        return True
    return trigger.head.lower_ == "without"  # "fled without injuring anyone"


def is_unreal(trigger) -> bool:
    """Modal, threatened, hoped-for or conditional: not an event that happened."""
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    copula = trigger.head if trigger.dep_ in ("acomp", "oprd", "attr") else None
    if any(a.lower_ in MODALS for a in auxes) or copula is not None and any(
            c.dep_ == "aux" and c.lower_ in MODALS for c in copula.children):
        return True  # "could have been killed", "could have been badly injured"
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


def clause_of(trigger):
    """The tokens of the statement's clause: the trigger's subtree and its governing verb's core."""
    top = trigger
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


def conjoined_count(victim) -> tuple[int, int] | None:
    """(count, perpetrators among them) for "a man and a woman", "an officer and the suspect"."""
    doc = victim.doc
    conjuncts = [c for c in victim.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "NUM")
                 and not (c.i + 1 < len(doc) and trigger_kind(doc[c.i + 1]))  # those with their own trigger
                 and not (c.pos_ == "PROPN" and c.lower_ == victim.lower_)]  # a name told twice is one person
    if not conjuncts:
        return None
    total = perpetrators = 0
    for tok in [victim] + conjuncts:
        if not is_person(tok):
            return None
        quantity, _ = count_phrase(tok)
        count = quantity.count if quantity is not None else singular_count(tok)
        if count is None:
            return None
        total += count
        if tok.lower_ in PERPETRATOR_NOUNS:
            perpetrators += count
    return total, perpetrators


def _hit_by_gunfire(verb) -> bool:
    """"was struck by a bullet", "hit twice": "strike" and "hit" say someone was hurt only so."""
    for c in verb.children:
        if c.dep_ in ("npadvmod", "advmod") and c.lower_ in ("time", "times", "once", "twice"):
            return True
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "with") and any(
                g.lower_ in GUNFIRE for g in c.subtree):
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ in BODY_PARTS for g in c.children):
            return True  # "struck in the leg"
    return False


def tells_of_violence(doc) -> bool:
    """Whether the article names a violent or disastrous cause at all: without one, "died" is an
    obituary, not a casualty."""
    return any(t.lemma_.lower() in VIOLENCE or t.lower_ in VIOLENCE for t in doc)


def trigger_kind(tok) -> tuple[str, str] | None:
    """(kind, source) when the token is a casualty trigger; source is "verb", "adj" or "noun"."""
    lower, lemma = tok.lower_, tok.lemma_.lower()
    if tok.pos_ == "NOUN" and (
            lemma == "suicide" and tok.dep_ not in ("compound", "amod", "nmod")
            or lemma == "life" and tok.dep_ == "dobj" and tok.head.lemma_ == "take"
            and any(c.lower_ == "own" for c in tok.children)) and not any(
            c.lower_ in ("attempted", "attempt", "possible") for c in tok.children):
        return "killed", "suicide"  # "took his own life", "committed suicide", "a murder-suicide"
    if lower in ("shooting", "shootings", "stabbing") and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return "hit", "noun"  # "the shooting of a man"
    if lower in ("fatally", "mortally") and tok.head.like_num:
        return "killed", "subset"  # "two people were shot, one fatally"
    if lemma == "condition" and tok.head.lower_ in ("in", "to") and any(
            c.lower_ in CONDITIONS for c in tok.children):
        return "hit", "condition"  # "left a man in critical condition": hurt, and may yet die
    if tok.pos_ in ("VERB", "AUX") or (tok.tag_ in ("VBN", "VBD", "VBG") and lemma in VERB_KINDS):
        if tok.tag_ == "VBG" and lemma == "shoot" and not any(c.dep_ == "dobj" for c in tok.children):
            return None  # "the shooting", "a shooting death": the event, not a victim
        if lemma in ("strike", "hit") and not _hit_by_gunfire(tok):
            return None  # "the strike hit the sector", "struck a deal"
        if lemma == "die" and any(c.dep_ == "prep" and c.lower_ in ("of", "from", "after", "at", "in")
                                  and any(g.lower_ in NATURAL_CAUSES for g in c.subtree) for c in tok.children):
            return None  # an illness or old age, not a casualty
        if lemma in VERB_KINDS:
            return VERB_KINDS[lemma], "verb"
        if lower in ("slain", "kidnapped"):
            return ("killed" if lower == "slain" else "kidnapped"), "verb"
        return None
    if tok.pos_ == "ADJ" and lower in ADJ_KINDS:
        return ADJ_KINDS[lower], "adj"
    if tok.pos_ in ("NOUN", "PROPN") and lemma in NOUN_KINDS:
        if lemma == "injury" and any(c.lower_ in SPORTS_INJURIES for c in tok.lefts):
            return None  # "a groin injury": the sports page, not a casualty
        return NOUN_KINDS[lemma], "noun"
    if tok.pos_ in ("NOUN", "PROPN") and lower in ("dead", "injured", "wounded", "missing"):
        return ADJ_KINDS[lower], "adj"
    return None


def is_fatal(trigger) -> bool:
    """"fatally shot", "shot dead", "shot to death": shooting that killed."""
    for c in trigger.children:
        if c.lower_ in ("fatally", "mortally", "fatal", "deadly") or (c.dep_ in ("oprd", "acomp", "advmod", "xcomp") and c.lower_ == "dead"):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return True
    nxt = trigger.doc[trigger.i + 1: trigger.i + 3]
    return any(t.lower_ == "dead" for t in nxt[:1]) or [t.lower_ for t in nxt] == ["to", "death"]


def condition_victim(tok):
    """Who is "in critical condition": the noun it describes, or the clause's object or subject."""
    holder = tok.head.head
    if holder.pos_ in ("NOUN", "PROPN"):
        return holder
    for dep in ("dobj", "nsubjpass", "nsubj"):
        for c in holder.children:
            if c.dep_ == dep:
                return resolve_relative(c)
    return None


def noun_victim(tok, kind):
    """The victims of a noun trigger: "two deaths", "the deaths of three men", "suffered gunshot wounds"."""
    if kind == "killed" and tok.lemma_.lower() == "body" and tok.head.lemma_.lower() not in FOUND_VERBS:
        return None  # only a body found is a death: not "shot on the right side of his body"
    wounds = tok.lemma_.lower() in ("wound", "injury")  # "six gunshot wounds" counts wounds, not people
    for c in tok.children:
        if not wounds and (c.dep_ == "nummod" or (c.like_num and c.dep_ in ("compound", "amod", "quantmod"))):
            return tok
    if wounds and tok.dep_ == "pobj" and tok.head.lower_ == "with":
        holder = tok.head.head
        if holder.pos_ in ("NOUN", "PROPN"):
            return holder  # "a man with a gunshot wound"
        for dep in ("nsubjpass", "dobj", "nsubj"):  # "a second victim was found with", "found two men with"
            for c in holder.children:
                if c.dep_ == dep:
                    return resolve_relative(c)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            return c  # "the man's death"
    if kind == "killed" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return tok  # "a shooting death is under investigation"
    if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in ("suffer", "sustain", "receive", "treat"):
        verb = tok.head.head  # "suffering from a gunshot wound"
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
    elif tok.head.lemma_.lower() in ("suffer", "sustain", "receive", "treat") and tok.dep_ in ("dobj", "nsubjpass"):
        verb = tok.head
    else:
        verb = None
    if verb is not None:
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return resolve_relative(c)
    return None


def toll_figure(tok):
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
        if count_phrase(cand)[0] is not None:
            return cand
    return None
