"""Names the text itself says are organisations, whatever label the model gave them.

Two kinds of evidence, both word lists in lexicon/en/names.toml [organisations]: a legal form
written after the name ("Lear Corp", "Magna International Inc": the form joins the name), and a
common noun of a kind of organisation right before or after it ("telecoms group LM Ericsson",
"the Zycie Warszawy daily"). Such a mention is marked `organisation` (FORM or KIND); its entry is
then an ORG however the model labelled the name's other mentions, a person's name only yielding to
a legal form (grouping), and a short form ("Magna") joins the full name.
"""

from __future__ import annotations

from functools import lru_cache

from ... import lexicon
from .mentions import NameMention, make_mention

FORM, KIND = "form", "kind"  # the evidence a mention is an organisation's name
PLACES = ("GPE", "LOC", "FAC", "NORP")  # "a U.S. firm", "its Wuxi unit": a place there is an adjective


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset, frozenset]:
    table = lexicon.load("names")["organisations"]
    return frozenset(table["legal_forms"]), frozenset(table["kinds"])


def legal_form(word: str) -> bool:
    """ "Inc", "Corp.", "SA": a capitalised legal form."""
    return word[:1].isupper() and word.rstrip(".").casefold() in _words()[0]


def _kind_beside(doc, m: NameMention) -> bool:
    """A kind-of-organisation noun right before the name ("group LM Ericsson") or right after it
    ("the Zycie Warszawy daily said")."""
    kinds = _words()[1]
    before = doc[m.start - 1] if m.start > 0 else None
    after = doc[m.end] if m.end < len(doc) else None
    # The word after heads the name's phrase ("the Zycie Warszawy daily said", even when mistagged as
    # an adverb), not a phrase of its own ("Trump company losses" is his company's).
    named_after = after is not None and after.text.islower() and after.lower_ in kinds \
        and after.dep_ != "compound"
    return named_after or (before is not None and before.pos_ == "NOUN" and before.text.islower()
                           and before.lower_ in kinds)


def mark_organisations(doc, mentions: list[NameMention]) -> list[NameMention]:
    """The mentions with a legal form taken in and organisations marked."""
    starts = {m.start for m in mentions}
    marked = []
    for m in mentions:
        end = m.end
        if end < len(doc) and end not in starts and legal_form(doc[end].text) and doc[end - 1].whitespace_ == " ":
            m = make_mention(doc, m.start, end + 1, "ORG", m.origin)  # "Dow Chemical" + "Co"
            m.organisation = FORM
        elif legal_form(m.text.split()[-1]) and len(m.text.split()) > 1:
            m.label, m.organisation = "ORG", FORM
        elif m.label not in PLACES and _kind_beside(doc, m):
            m.label, m.organisation = "ORG", KIND
        if m.organisation and m.text.endswith(".") and _ends_sentence(doc, m.end - 1):
            m.end_char, m.text = m.end_char - 1, m.text[:-1]  # "bought by Lear Corp.": the stop ends the sentence
        marked.append(m)
    return marked


def _ends_sentence(doc, i: int) -> bool:
    """Whether token i ("Corp.") is the last word of its sentence: one full stop serves both."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or "\n" in doc[i].whitespace_ + nxt.text or (nxt.is_sent_start and nxt.text[:1].isupper()) \
        or nxt.is_quote


def short_forms(name: str) -> list[str]:
    """What an organisation is called for short ("Magna International Inc" -> "magna international",
    "magna"; "LM Ericsson" -> "ericsson"): the name without its legal forms, its first word, and a
    last word that is no word of a kind of organisation ("Bank")."""
    words = name.split()
    while len(words) > 1 and (legal_form(words[-1]) or words[-1] in ("&", "and")):
        words.pop()  # "Edward D. Jones & Co" -> "Edward D. Jones"
    forms = [" ".join(words).casefold()]
    if len(words) > 1 and words[0][:1].isupper():
        forms.append(words[0].casefold())
    if len(words) > 1 and words[-1].casefold() not in _heads() and words[-1][:1].isupper():
        forms.append(words[-1].casefold())
    return [f for f in forms if f != name.casefold()]


@lru_cache(maxsize=1)
def _heads() -> frozenset:
    names = lexicon.load("names")
    return frozenset(names["spans"]["organisation_heads"]) | _words()[1]
