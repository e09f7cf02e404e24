"""Where and when a statement happened, and the year it must not predate to be news."""

from __future__ import annotations

from ..dateline import find_dateline
from .words import WORDS

PLACE_LABELS = ("GPE", "LOC", "FAC")


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


def place_in(clause, entities) -> str | None:
    """The clause's place: one introduced by "in", "at" or "near" first, else one that is not a mere
    modifier of a noun ("a US service member", "US-led forces" say who, not where)."""
    places = [ent for ent in entities_within(clause, entities) if ent.label_ in PLACE_LABELS and "\n" not in ent.text]
    for ent in places:
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ in WORDS.statements.place_prepositions:
            return ent.text
    for ent in places:
        if ent.root.dep_ not in ("compound", "amod", "nmod", "poss", "npadvmod"):
            return ent.text
    return None


def when(clause, dates, published) -> str | None:
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


def reference_year(doc, published) -> int | None:
    """The year a statement must not predate to be news: the article's, else its latest year named."""
    if published is not None and hasattr(published, "year"):
        return published.year
    years = [int(e.text[-4:]) for e in doc.ents if e.label_ == "DATE" and e.text[-4:].isdigit()
             and 1900 <= int(e.text[-4:]) <= 2100]
    return max(years) if years else None
