"""Casualty statements (killed, injured, missing, kidnapped, arrested) and the article's totals.

Each statement is a trigger word read with the parse (casualties_grammar): its victims and their
count (casualties_numbers). Statements that are denied stay in the list as negated; hypothetical,
historical, statistical, non-human and obituary ones are not casualties and are dropped.

Totals count each victim once, the way an editor reads the whole article: a repeated statement is the
same victims (the largest figure stands, so a rising death toll replaces the earlier one); victims
listed together in one sentence, "also" and "another" add; an ordinal ("a second person died", "an
eighth arrest") is a running total; "shot" alone says someone was hit, and those hit and not killed
are the injured. A perpetrator counts when the article counts him ("four dead, including the
gunman") or when he shot himself; a suspect shot by the police is listed but not added, as the
annotated shooting reports do. Another incident told in passing ("Earlier, ...", "a separate shooting",
what follows "the city's second homicide this year") is listed but not added; an event the article
calls a homicide or a fatal shooting has at least one dead ("a double homicide" two).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..record import Casualty, CasualtyTotals
from .casualties_grammar import (
    PERPETRATOR_NOUNS,
    across_lines,
    clause_of,
    condition_victim,
    conjoined_count,
    count_phrase,
    find_victim,
    inherited_object,
    is_fatal,
    is_negated,
    is_person,
    is_unreal,
    lower_words,
    noun_victim,
    pre_modifiers,
    singular_count,
    tells_of_violence,
    toll_figure,
    trigger_kind,
    victim_names,
    who_phrase,
)
from .casualties_numbers import UNCOUNTED, VAGUE, Quantity

DEADLY_WORDS = {"deadly", "fatal"}
DEADLY_EVENTS = {"shooting", "stabbing", "attack", "incident", "encounter"}
EVENT_NOUNS = {"homicide", "shooting", "killing", "murder", "slaying", "incident", "stabbing", "attack"}
OTHER_EVENT_WORDS = {"separate", "unrelated", "earlier", "previous"}
RANKS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
KILLING_NOUNS = {"homicide", "murder", "slaying"}
MULTIPLE_KILLINGS = {"double": 2, "triple": 3, "quadruple": 4}
TOLL_WORDS = {"toll", "tally", "number", "count"}
RATE_WORDS = {"year", "annually", "yearly", "week", "month", "day", "decade"}
RATE_DETS = {"a", "per", "each", "every"}
AGGREGATE_WORDS = {"this year", "so far this year", "last year", "since january", "year to date", "so far"}
SUICIDE_PHRASES = re.compile(
    r"\b(?:took|taking|take|takes) (?:his|her|their) own li(?:fe|ves)\b|\bcommitt?(?:ed|ing|s)? suicide\b"
    r"|\bself-inflicted\b|\bturned the gun on (?:him|her)self\b|\bkill(?:ed|ing|s)? (?:him|her)self\b"
)
ADDITIVE = {"also", "another", "other", "additional", "more", "too", "further"}
HARMED = ("killed", "injured", "hit", "missing")  # the kinds whose victims can include the perpetrator
TRANSITION_HINTS = {"succumbed", "succumb"}
MAX_SENTENCE_TOKENS = 400  # longer "sentences" are not prose (lists, tables): read them token by token only
PLACE_LABELS = ("GPE", "LOC", "FAC")
DATELINE = re.compile(
    r"(?<![A-Z])([A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3})(?:,[ A-Za-z0-9.,]{1,30}?)?"
    r"(?: ?\([^()\n]{1,30}\))? ?(?:—|–|--|-) "
)


@dataclass(slots=True)
class Statement:
    """A casualty fact plus what aggregation needs to know about it."""

    fact: Casualty
    sentence: int
    base_kind: str  # the fact's kind, or "hit" for "shot" that does not say whether the victim died
    who_key: str | None  # the victims' head noun when stated, None when implied or inherited
    names: tuple = ()  # people named as the victims
    additive: bool = False
    ordinal: int | None = None
    transition: bool = False
    links: frozenset = frozenset()  # the trigger, victim and their conjuncts: what ties listed victims
    notes: set = field(default_factory=set)
    object_of_act: bool = False  # the victims are the object of someone's act ("killed his wife")
    other_event: bool = False  # told as another incident than the article's ("It was the city's second homicide.")


def _years(span) -> list[int]:
    return [int(t.text) for t in span if t.shape_ == "dddd" and 1900 <= int(t.text) <= 2100]


def _historical(clause, reference_year: int | None) -> bool:
    if reference_year is None:
        return False
    return any(year < reference_year for year in _years(clause))


def _statistical(clause) -> bool:
    words = lower_words(clause)
    for i, w in enumerate(words[:-1]):
        if w in RATE_DETS and words[i + 1] in RATE_WORDS and (w != "a" or words[i + 1] in ("year", "week", "month")):
            return True
    text = " ".join(words)
    if any(f" {phrase} " in f" {text} " for phrase in AGGREGATE_WORDS) or "annually" in words:
        return True
    return any(t.lower_ == "since" and _years(t.subtree) for t in clause)  # "since 2012, 500 children have died"


def _people_named(names) -> int:
    """How many different people a set of names points to (names that share a word are one)."""
    groups: list[set] = []
    for name in names:
        joined = [g for g in groups if g & name]
        merged = set(name).union(*joined) if joined else set(name)
        groups = [g for g in groups if not (g & name)] + [merged]
    return len(groups)


def _dateline_place(text: str) -> str | None:
    head = text[:600]
    match = DATELINE.search(head)
    if match is None:
        return None
    place = match.group(1).strip(" .")
    if len(place) < 3 or not any(ch.isalpha() for ch in place):
        return None
    return place.title() if place.isupper() else place


def _place_in(clause) -> str | None:
    """The clause's place: one introduced by "in", "at" or "near" first, else one that is not a mere
    modifier of a noun ("a US service member", "US-led forces" say who, not where)."""
    places = [ent for ent in clause.ents if ent.label_ in PLACE_LABELS and "\n" not in ent.text]
    for ent in places:
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("in", "at", "near", "outside", "inside"):
            return ent.text
    for ent in places:
        if ent.root.dep_ not in ("compound", "amod", "nmod", "poss", "npadvmod"):
            return ent.text
    return None


def _when(clause, dates, published) -> str | None:
    """A date in the statement's clause, else the last one before it in its sentence ("On May 2, a
    blast killed one and injured six" dates both), else the article's date."""
    sentence = clause.sent  # short: longer sentences are skipped before a clause is read
    before = None
    for date_fact in dates or ():
        if date_fact.span[0] < clause.end_char and date_fact.span[1] > clause.start_char:
            return date_fact.value
        if sentence.start_char <= date_fact.span[0] and date_fact.span[1] <= clause.start_char:
            before = date_fact.value
    if before is not None:
        return before
    if published is not None:
        return published.isoformat() if hasattr(published, "isoformat") else str(published)
    return None


def _reference_year(doc, published) -> int | None:
    """The year a statement must not predate to be news: the article's, else its latest year named."""
    if published is not None and hasattr(published, "year"):
        return published.year
    years = [int(e.text[-4:]) for e in doc.ents if e.label_ == "DATE" and e.text[-4:].isdigit()
             and 1900 <= int(e.text[-4:]) <= 2100]
    return max(years) if years else None


def _sentence_of(doc) -> tuple[list[int], list[int]]:
    """Each token's sentence number and each sentence's length, in one pass."""
    sentence_of, lengths = [0] * len(doc), []
    for number, sent in enumerate(doc.sents):
        lengths.append(len(sent))
        for i in range(sent.start, sent.end):
            sentence_of[i] = number
    return sentence_of, lengths


def _read_trigger(tok, kind, source):
    """(kind, victim, quantity, inherited, event, notes) for one trigger, or None when it names no victims."""
    notes: set = set()
    event = tok  # the word whose auxiliaries and governors say whether it happened
    quantity = None
    inherited = False
    if source == "noun":
        if tok.lemma_.lower() == "death" and tok.head.lower_ in TOLL_WORDS:
            return None  # read from the toll noun
        if kind == "casualty":
            return None  # "casualties" does not say killed or injured
        victim = noun_victim(tok, kind)
        if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            victim = tok  # "there were no injuries"
        elif victim == tok:
            quantity, _ = count_phrase(tok)
            if quantity is None and kind == "killed":
                quantity = Quantity(1, 1, 1, False)  # "a shooting death"
            if quantity is None:
                return None
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
        victim = toll_figure(tok)
    elif source == "condition":
        victim = condition_victim(tok)
    elif source == "subset":
        victim = tok.head
    else:
        victim, inherited = find_victim(tok, source)
    if victim is None:
        return None
    if kind == "hit" and is_fatal(tok):
        kind = "killed"
    if kind == "killed" and tok.lower_ == "dead" and tok.head.lemma_.lower() in ("fear", "presume"):
        kind = "missing"  # "feared dead": not yet counted as killed
    return kind, victim, quantity, inherited, event, notes


def _people_of(victim):
    """The noun that says the victims are people: "dozens of people" has "people", not "dozens"."""
    if victim.lower_ in VAGUE or victim.like_num or victim.lower_ in UNCOUNTED:
        for c in victim.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return next((g for g in c.children if g.dep_ == "pobj"), victim)
    return victim


def _victim_quantity(victim, notes: set) -> Quantity:
    """How many victims: their number words, the conjuncts added up, else one for a singular noun."""
    quantity, _ = count_phrase(victim)
    listed = conjoined_count(victim)
    if listed is not None and (quantity is None or quantity.count is not None):
        quantity = Quantity(listed[0], listed[0], listed[0], False)
        if listed[1]:
            notes.add(("perpetrators", listed[1]))
    if quantity is None:
        count = singular_count(victim)
        if count is not None:
            quantity = Quantity(count, count, count, False)
    return quantity if quantity is not None else Quantity(None, None, None, True)


def _perpetrator(victim, kind, clause, notes: set) -> bool:
    """Whether the perpetrator is among the victims; notes "suicide" and "includes" ("including the gunman")."""
    lower = victim.lower_
    perpetrator = any(isinstance(note, tuple) for note in notes) or "suicide" in notes
    if lower in ("himself", "herself", "themselves"):
        notes.add("suicide")
        return True
    if lower in PERPETRATOR_NOUNS:
        perpetrator = True
    if any(c.dep_ == "prep" and c.lower_ in ("including", "among")
           and any(g.lower_ in PERPETRATOR_NOUNS for g in c.subtree) for c in victim.children):
        notes.add("includes")
        perpetrator = True
    if kind == "killed" and lower in {"he", "she", *PERPETRATOR_NOUNS} and SUICIDE_PHRASES.search(clause.text.lower()):
        notes.add("suicide")
        perpetrator = True
    return perpetrator


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


def _other_event_sentences(doc) -> set[int]:
    """Sentences that tell of another incident than the article's: one that opens with "Earlier," or
    names "a separate shooting", and the sentence after one that ranks the events ("It was the second
    fatal shooting this month." / "The first homicide of the year came on Sunday.")."""
    marked: set[int] = set()
    for number, sent in enumerate(doc.sents):
        first = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if first is not None and first.lower_ in ("earlier", "previously"):
            marked.add(number)
        for tok in sent:
            if tok.lemma_.lower() in EVENT_NOUNS and any(c.lower_ in OTHER_EVENT_WORDS for c in tok.children):
                marked.add(number)
            if tok.lemma_.lower() in EVENT_NOUNS and any(c.lower_ in RANKS for c in tok.children):
                marked.update((number, number + 1))
    return marked


def _has_person_subject(verb) -> bool:
    """Whether someone is the verb's subject, or that of the verb it is conjoined to ("he shot and killed")."""
    verbs = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    return any(c.dep_ == "nsubj" and (c.lower_ in ("he", "she") or is_person(c)) for v in verbs for c in v.children)


def _antecedent_quantity(pronoun, earlier: list[Statement], sentence_of) -> Quantity | None:
    """How many "they" are: the counted subject of their sentence ("Both teens were taken to a hospital,
    where they died"), else the victims of the statement just before ("Two men were shot. They died.")."""
    subject = next((c for c in pronoun.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject != pronoun and is_person(subject):
        quantity, _ = count_phrase(subject)
        if quantity is not None and quantity.count is not None:
            return quantity
    last = next((st for st in reversed(earlier) if st.base_kind in HARMED), None)
    if last is not None and sentence_of[pronoun.i] - last.sentence <= 1 and (last.fact.count or 0) > 1:
        return Quantity(last.fact.count, last.fact.min, last.fact.max, last.fact.approximate)
    return None


def _statements(doc, published, dates) -> list[Statement]:
    text = doc.text  # spaCy joins the tokens anew at every Doc.text: once per article
    reference_year = _reference_year(doc, published)
    dateline = _dateline_place(text)
    sentence_of, sentence_lengths = _sentence_of(doc)
    violent = tells_of_violence(doc)
    other_events = _other_event_sentences(doc)
    out: list[Statement] = []
    seen: set[tuple[int, str]] = set()
    for tok in doc:
        found = trigger_kind(tok)
        if found is None and tok.lower_ in TOLL_WORDS and any(c.lower_ == "death" for c in tok.lefts):
            found = ("killed", "toll")  # "the death toll rose to 40": a running total
        if found is None or sentence_lengths[sentence_of[tok.i]] > MAX_SENTENCE_TOKENS:
            continue
        read = _read_trigger(tok, *found)
        if read is None:
            continue
        kind, victim, quantity, inherited, event, notes = read
        if kind == "killed" and not violent:
            continue
        person = _people_of(victim) if victim != tok else victim
        if victim != tok:
            if not is_person(person) or across_lines(tok, victim):
                continue
            quantity = _victim_quantity(victim, notes)
            if quantity.count is None and victim.lower_ in ("they", "them"):
                quantity = _antecedent_quantity(victim, out, sentence_of) or quantity
        negated = is_negated(event, victim)
        if negated:
            quantity = Quantity(0, 0, 0, False)
        elif is_unreal(event):
            continue
        if quantity is None:
            continue  # a trigger read as its own victim that gives no figure states no count
        clause = clause_of(tok)
        if not negated and (_historical(clause, reference_year) or _statistical(clause)):
            continue
        if (victim.i, kind) in seen and victim != tok:
            continue  # one victim phrase with two triggers of a kind ("shot and wounded") is one statement
        seen.add((victim.i, kind))
        who = None
        if victim != tok:
            who_noun = person
            if not negated and (victim.pos_ == "NUM" or victim.lower_ in ("one", "ones")):
                carried = inherited_object(tok)  # "killing one contractor and injuring six"
                if carried is not None:
                    who_noun, inherited = carried, True
            who = who_phrase(who_noun, quantity.count)
        _, ordinal = count_phrase(victim) if victim != tok else (None, None)
        if ordinal is not None and not any(c.lower_ in ("a", "an") for c in victim.children):
            ordinal = None  # "the second victim" names one victim; "a second person" keeps a running count
        perpetrator = kind in HARMED and _perpetrator(victim, kind, clause, notes)
        tokens = [tok, event] + ([victim, *pre_modifiers(victim)] if victim != tok else [])
        span = (min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens))
        modifiers = {c.lower_ for c in tok.children if c.dep_ in ("advmod", "det", "amod")}
        if tok.dep_ == "conj":
            modifiers |= {c.lower_ for c in tok.head.children if c.dep_ == "advmod"}
        if victim != tok:
            modifiers |= {c.lower_ for c in victim.children if c.dep_ in ("advmod", "det", "amod")}
        if "other" in modifiers and any(o.sentence == sentence_of[tok.i] and o.base_kind != kind for o in out):
            modifiers.discard("other")  # "a man was killed and two other men were wounded": others than the dead
        if victim != tok and victim.dep_ == "dobj" and _has_person_subject(victim.head):
            modifiers -= {"another", "other"}  # "a man shot another man": another than the shooter
        transition = kind == "killed" and tok.lemma_.lower() in ("die", "succumb") and (
            bool({t.lower_ for t in clause} & TRANSITION_HINTS) or ordinal is not None)
        fact = Casualty(
            kind=("injured" if kind == "hit" else kind), count=quantity.count, min=quantity.min, max=quantity.max,
            approximate=quantity.approximate, who=who, where=_place_in(clause) or _place_in(clause.sent) or dateline,
            when=_when(clause, dates, published), negated=negated, span=span,
            text=text[span[0]:span[1]], includes_perpetrator=perpetrator,
        )
        out.append(Statement(fact, sentence_of[tok.i], kind, None if inherited else who,
                             victim_names(victim) if victim != tok else (), bool(modifiers & ADDITIVE), ordinal,
                             transition, _links(tok, victim), notes,
                             victim != tok and (victim.dep_ == "dobj" or victim.dep_ == "conj" and victim.head.dep_ == "dobj"),
                             sentence_of[tok.i] in other_events))
    return out


def _victims_only(st: Statement) -> int:
    """The statement's count without the perpetrators listed among the victims ("an officer and the suspect")."""
    listed = sum(note[1] for note in st.notes if isinstance(note, tuple) and note[0] == "perpetrators")
    return max(0, (st.fact.count or 0) - listed)


def _head_word(who: str) -> str:
    """"civilian contractors" -> "contractor": what tells two groups of victims apart."""
    word = who.split()[-1]
    return word.removesuffix("s")


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


def _told_deadly(doc) -> int:
    """How many dead the article's words for its event imply: "a double homicide" two, "a fatal shooting",
    "the homicide" or "the homicide victim" one; else none."""
    dead = 0
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma not in DEADLY_WORDS and lemma not in KILLING_NOUNS:
            continue  # the only words that can tell of deaths: skip the per-token checks below
        if any(c.lower_.replace("\u00ad", "") in ("attempted", "attempt", "non", "non-") for c in tok.children) or (
                tok.i > 1 and doc[tok.i - 2].lower_ == "non"):
            continue  # "attempted murder", "non-fatal shootings"
        if lemma in DEADLY_WORDS and tok.head.lemma_.lower() in DEADLY_EVENTS and tok.dep_ in ("amod", "compound"):
            dead = max(dead, 1)
        if lemma in KILLING_NOUNS and tok.pos_ == "NOUN" and (tok.dep_ != "compound" or tok.head.lower_ == "victim"):
            conditional = any(t.lower_ == "if" and t.dep_ == "mark" for t in tok.sent)
            multiple = [MULTIPLE_KILLINGS[c.lower_] for c in tok.children
                        if c.lower_ in MULTIPLE_KILLINGS and not conditional]  # "if so, a triple homicide"
            dead = max(dead, *multiple, 1)
    return dead


def _totals(statements: list[Statement], deadly: int = 0) -> CasualtyTotals:
    live = [st for st in statements if not st.fact.negated and st.fact.count is not None and not st.other_event]
    totals = CasualtyTotals()
    by_kind: dict[str, list[Statement]] = {}
    for st in live:
        by_kind.setdefault(st.base_kind, []).append(st)
    victims: dict[str, list[Statement]] = {}
    perpetrators: dict[str, list[Statement]] = {}
    for kind, sts in by_kind.items():  # a statement whose count is all perpetrators counts apart
        for st in sts:
            alone = st.fact.includes_perpetrator and _victims_only(st) >= (st.fact.count or 0)
            (perpetrators if alone else victims).setdefault(kind, []).append(st)
    killed_victims = 0
    for kind in ("killed", "injured", "missing", "kidnapped", "arrested", "hit"):
        count = _kind_total(victims.get(kind, []))
        if kind == "killed":
            killed_victims = count
        perps = perpetrators.get(kind, [])
        if any("includes" in st.notes for st in perps):
            count = max(count, max(st.fact.count or 0 for st in perps))
        elif kind == "killed" and any("suicide" in st.notes for st in perps):
            # the shooter who killed himself is one more dead than those he killed (one shot by police is
            # listed only); a toll that already counts him ("three dead" after he killed two) adds nothing
            killed_by_him = [st for st in victims.get("killed", []) if st.object_of_act]
            count = max(count, _kind_total(killed_by_him) + 1) if killed_by_him else count + 1
        elif kind == "hit" and any("suicide" in st.notes for st in perps) and not any(
                "suicide" in st.notes for st in perpetrators.get("killed", [])):
            count += 1  # the shooter who shot himself and lived is one more injured
        if kind != "hit":
            setattr(totals, kind, count)
        else:
            hit = count
    transitions = sum(1 for st in by_kind.get("killed", []) if st.transition)
    explicit_injured = max(0, totals.injured - transitions) if transitions else totals.injured
    if deadly > 1 and totals.killed < deadly:
        totals.killed = killed_victims = deadly  # "a double homicide": two dead, however few the parse found
    elif deadly and killed_victims == 0 and totals.killed == 0 and explicit_injured == 0 and hit > 0:
        totals.killed = killed_victims = 1  # "found shot" in what the article calls a homicide: one shot died
    totals.injured = max(explicit_injured, hit - killed_victims)
    return totals


def extract_casualties(doc, published, dates):
    """Every casualty statement in the article, and the totals an editor would write."""
    statements = _statements(doc, published, dates)
    return [st.fact for st in statements], _totals(statements, _told_deadly(doc))
