"""Where and when a statement happened, and the year it must not predate to be news."""

from __future__ import annotations

from spacy.strings import hash_string

from ...lexicon import load
from ..dateline import find_dateline
from .words import WORDS

PLACE_LABELS = ("GPE", "LOC", "FAC")
_EVENTS = load("events")
_CAUSES = _EVENTS["causes"]
SCENE_OPENERS = frozenset(_EVENTS["scene_openers"]["words"])  # "On Nov. 9, ...": the word before a date that opens a sentence
DEFINITE = frozenset(_EVENTS["refers_back"]["determiners"])  # "the victim": people already told of
CAUSE_PHRASES: dict[tuple[str, str], str] = {tuple(k.split()): v for k, v in _CAUSES["phrases"].items()}
CAUSE_WORDS: dict[str, str] = {word: cause for cause, words in _CAUSES["words"].items() for word in words}
CAUSE_NOUNS_ONLY = frozenset(_CAUSES["only_as_noun"]["words"])
CAUSE_HASHES = frozenset(hash_string(form) for word in {*CAUSE_WORDS, *(second for _, second in CAUSE_PHRASES)}
                         for form in (word, word.capitalize(), word.upper()))  # a proper noun's lemma keeps its case


def dateline_place(text: str) -> str | None:
    """The place of the story's wire dateline ("MADRID, March 3 (Reuters) —"): where, when nothing nearer says."""
    dateline = find_dateline(text)
    return dateline.place if dateline is not None else None


def entities_within(span, entities) -> list:
    """The entities that fall completely within the span, as ``Span.ents`` gives them, from the
    article's entities read once (``Span.ents`` walks the whole ``Doc.ents`` at every call)."""
    within = []
    for ent in entities:
        if ent.start >= span.start:
            if ent.end > span.end:
                break
            within.append(ent)
    return within


def own_words(trigger) -> set[int]:
    """The trigger's own words: its subtree without the verbs conjoined to it ("a man was stabbed in
    Caddon and a woman was shot in Tarrow": Tarrow is the second statement's place, not the first's)."""
    conjoined = {t.i for c in trigger.children if c.dep_ == "conj" for t in c.subtree}
    return {t.i for t in trigger.subtree} - conjoined


def place_in(clause, entities, within: set[int] | None = None) -> str | None:
    """The clause's place: one introduced by "in", "at" or "near" first, else one that is not a mere
    modifier of a noun ("a US service member", "US-led forces" say who, not where). `within`: only
    the places among those words."""
    places = [ent for ent in entities_within(clause, entities) if ent.label_ in PLACE_LABELS and "\n" not in ent.text
              and (within is None or ent.root.i in within)]
    for ent in places:
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ in WORDS.statements.place_prepositions:
            return ent.text
    for ent in places:
        if ent.root.dep_ not in ("compound", "amod", "nmod", "poss", "npadvmod"):
            return ent.text
    return None


def named_after_preposition(doc, within: set[int], dates) -> str | None:
    """A proper noun that "in", "at" or "near" introduces among the given words, whatever type the
    model gave it ("shot in Tarrow" read as a date, "in Greenpoint" as a person), unless a date is
    there ("in May"): the place of a statement whose own words name no place entity."""
    dated = {d.span[0] for d in dates or ()}
    for i in sorted(within):
        tok = doc[i]
        if tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ in WORDS.statements.place_prepositions \
                and tok.idx not in dated:
            first = min((c for c in tok.children if c.dep_ == "compound"), key=lambda c: c.i, default=tok)
            return doc[first.i:tok.i + 1].text
    return None


def stated_when(clause, dates, own: frozenset[int] = frozenset()) -> str | None:
    """A date that starts at one of the trigger's own words (`own`, their character offsets), else
    one in the statement's clause, else the last one before it in its sentence ("On May 2, a blast
    killed one and injured six" dates both); None when its sentence states none."""
    sentence = clause.sent  # short: longer sentences are skipped before a clause is read
    before = None
    if own:
        inside = next((d.value for d in dates or () if d.span[0] in own), None)
        if inside is not None:
            return inside
    for date_fact in dates or ():
        if date_fact.span[0] < clause.end_char and date_fact.span[1] > clause.start_char:
            return date_fact.value
        if sentence.start_char <= date_fact.span[0] and date_fact.span[1] <= clause.start_char:
            before = date_fact.value
    return before


def opens_with_date(sentence, dates) -> bool:
    """Whether the sentence opens with a date ("On Nov. 9, two teens were killed", "Monday night, a
    man was shot"): a scene set apart from what was told before, as background narration sets it."""
    first = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
    if first is None:
        return False
    start = first.idx if first.lower_ not in SCENE_OPENERS else first.idx + len(first.text_with_ws)
    return any(d.span[0] == start for d in dates or ())


def when(clause, dates, published) -> str | None:
    """The date its sentence states (``stated_when``), else the article's date."""
    stated = stated_when(clause, dates)
    if stated is not None:
        return stated
    if published is not None:
        return published.isoformat() if hasattr(published, "isoformat") else str(published)
    return None


def _may_name_a_cause(tok) -> bool:
    """A cheap first look (the hashes of its lemma and lower case): most words name no cause."""
    return tok.lower in CAUSE_HASHES or tok.lemma in CAUSE_HASHES


def cause_at(tok) -> str | None:
    if not _may_name_a_cause(tok):
        return None
    lemma = tok.lemma_.lower()
    if tok.i > 0 and not tok.is_sent_start:
        phrase = CAUSE_PHRASES.get((tok.doc[tok.i - 1].lemma_.lower(), lemma))
        if phrase is not None:
            return phrase
    if lemma in CAUSE_NOUNS_ONLY and tok.pos_ not in ("NOUN", "PROPN"):
        return None
    return CAUSE_WORDS.get(lemma) or CAUSE_WORDS.get(tok.lower_)


def cause_near(trigger, found: dict | None = None) -> str | None:
    """What caused the harm (lexicon ``events.toml``): the trigger's own word ("shot", "drowned"),
    else the cause word of its sentence nearest to it ("rocket attacks ... killing one"). `found`
    keeps each sentence's cause words (by its first token), read once per article."""
    own = cause_at(trigger)
    if own is not None:
        return own
    sent = trigger.sent
    words = found.get(sent.start) if found is not None else None
    if words is None:
        words = [(tok.i, cause) for tok in sent if (cause := cause_at(tok)) is not None]
        if found is not None:
            found[sent.start] = words
    return min(words, key=lambda word: abs(word[0] - trigger.i))[1] if words else None
def reference_year(doc, published) -> int | None:
    """The year a statement must not predate to be news: the article's, else its latest year named."""
    if published is not None and hasattr(published, "year"):
        return published.year
    years = [int(e.text[-4:]) for e in doc.ents if e.label_ == "DATE" and e.text[-4:].isdecimal()
             and 1900 <= int(e.text[-4:]) <= 2100]
    return max(years) if years else None
