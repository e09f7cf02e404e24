"""Clean name mentions from the model's spans: one name per span, the name alone.

The model's spans carry what a reader would not write down as a name: a title ("Press Secretary"),
a line break and the next line, a score ("Kent 108-3"), a second name ("Yorkshire at Headingley"),
a possessive. Each span is cut into the names it holds; spans that are not names at all (page
furniture, a photo credit, a headline fragment in capitals, a capitalised common noun) are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ... import lexicon
from .lines import Layout, is_figure
from .titles import HONORIFIC, RANK, TITLE, Titles

LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC")
BREAKS = {",", ";", "(", ")", "[", "]", "|", "/", "\\", "--", "–", "—", "―", ":", "•"}
POSSESSIVES = {"'s", "’s", "'", "’"}
INNER_WORDS = frozenset(lexicon.load("names")["initials"]["minor_words"])
LEADING_ARTICLES = frozenset(lexicon.load("names")["cleaning"]["leading_articles"])
LEADING_MONTHS = frozenset(lexicon.load("names")["cleaning"]["leading_months"])
_LETTERS = re.compile(r"[^\W\d_]+")  # runs of letters: the words a text writes


@dataclass(slots=True)
class NameMention:
    """One mention of a name: tokens [start, end) of the Doc, characters [start_char, end_char)."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    label: str
    origin: str = "model"  # model, echo, dateline, abbreviation
    roles: list[str] = field(default_factory=list)
    organisation: str = ""  # the text says so: "form" ("Lear Corp"), "kind" ("telecoms group X") (organisations)


def make_mention(doc, start: int, end: int, label: str, origin: str = "model") -> NameMention:
    span = doc[start:end]
    return NameMention(start, end, span.start_char, span.end_char, " ".join(span.text.split()), label, origin)


def _lexicon_words(*path) -> set[str]:
    table = lexicon.load("names")
    for key in path:
        table = table[key]
    return set(table)


# ------------------------------------------------------------------ cutting a span into names


def _is_break(doc, i: int, label: str, table_row: bool) -> bool:
    """Whether token i cannot be inside a name: punctuation between names, a line break, a joining
    word ("Yorkshire at Headingley"), a dash between spaces, or a figure (a person's name holds
    none; a score with separators, "108-3", is never part of a name; in a table row no figure is)."""
    tok = doc[i]
    if "\n" in tok.text or tok.text in BREAKS:
        return True
    spaced = i > 0 and doc[i - 1].whitespace_ and tok.whitespace_
    if spaced and (tok.text == "-" or tok.lower_ in _lexicon_words("spans", "joiners")):
        return True
    if _in_score(doc, i):
        return True
    if is_figure(tok.text):
        return label == "PERSON" or table_row or not tok.text.isdecimal()
    return False


SCORE_JOINS = ("-", "–", "/")


def _in_score(doc, i: int) -> bool:
    """Token i is part of a score the tokenizer split into pieces ("108", "-", "3")."""

    def glued(a: int) -> bool:  # tokens a and a + 1 are written together
        return 0 <= a < len(doc) - 1 and not doc[a].whitespace_

    def joined_digits(k: int) -> bool:  # doc[k] is a join between two digit tokens, no spaces
        return (0 < k < len(doc) - 1 and doc[k].text in SCORE_JOINS and glued(k - 1) and glued(k)
                and doc[k - 1].text.isdecimal() and doc[k + 1].text.isdecimal())

    if doc[i].text in SCORE_JOINS:
        return joined_digits(i)
    return doc[i].text.isdecimal() and (joined_digits(i + 1) or joined_digits(i - 1))


def split_span(doc, start: int, end: int, label: str, table_row: bool) -> list[tuple[int, int]]:
    """The runs of tokens between breaks."""
    pieces, first = [], start
    for i in range(start, end):
        if _is_break(doc, i, label, table_row):
            if i > first:
                pieces.append((first, i))
            first = i + 1
    if end > first:
        pieces.append((first, end))
    return pieces


def _keeps_lower(doc, i: int, end: int) -> bool:
    """A lower-case word inside a name: a particle before a capitalised word ("de Silva", "al-Shuhada")."""
    particles = _lexicon_words("people", "particles")
    return doc[i].lower_ in particles and i + 1 < end and (doc[i + 1].text[:1].isupper() or doc[i + 1].text == "-")


def _names_organisation(doc, i: int, start: int) -> bool:
    """ "Irondale police": a place's police, council or government is a body of its own, named so."""
    return i > start and doc[i].lower_ in _lexicon_words("spans", "local_bodies") and doc[i - 1].text[:1].isupper()


def trim(doc, start: int, end: int, label: str = "") -> tuple[int, int]:
    """No punctuation, leading "the", possessive or lower-case words at either edge; no leading
    month before the rest of a name that is not a person's ("September Treasury")."""
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ in LEADING_ARTICLES
                           or (doc[start].text[:1].islower() and not _keeps_lower(doc, start, end))
                           or (label != "PERSON" and end - start > 1 and doc[start].lower_.rstrip(".") in LEADING_MONTHS)):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].text in POSSESSIVES
                           or (doc[end - 1].text[:1].islower() and not _names_organisation(doc, end - 1, start))):
        end -= 1
    return start, end


def join_hyphens(doc, start: int, end: int) -> tuple[int, int]:
    """A hyphenated name stays whole: "Miami-Dade" when the model took only "Dade", and "Vice-President"
    with its first part (the title is cut next)."""

    def glued(i):  # token i is a hyphen written without spaces between two words
        return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_

    while start >= 2 and glued(start - 1) and doc[start - 2].is_alpha and doc[start - 2].text[:1].isupper():
        start -= 2
    while end + 1 < len(doc) and glued(end) and doc[end + 1].is_alpha and doc[end + 1].text[:1].isupper():
        end += 2
    return start, end


def cut_titles(titles: Titles, start: int, end: int, label: str):
    """The name without the titles around it, or None when the span is only a title.

    A title at the front is cut from a person ("Defender Tony Adams"), a rank or honorific from any
    name; a title that starts inside the span and runs past its end was run into the name
    ("Department of Defense Press" + "Secretary"); a span inside a title of several words is part
    of a role, not a name ("State" in "Secretary of State").
    """
    m = titles.covering(start)
    while m is not None and m.end < end and (label == "PERSON" or m.kind in (RANK, HONORIFIC)):
        start = m.end
        m = titles.covering(start)
    last = titles.covering(end - 1)
    if last is not None and last.start > start and last.end > end and titles.doc[last.start - 1].lower_ not in INNER_WORDS:
        end = last.start
    m = titles.covering(start)
    if m is not None and m.start <= start and m.end >= end and (
            label == "PERSON" or (m.kind == TITLE and m.end - m.start > 1)):
        return None
    return start, end


def _untagged_proper_noun(doc, titles: Titles, i: int) -> bool:
    tok = doc[i]
    return (tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_ and titles.covering(i) is None
            and "\n" not in tok.text)


def extend_to_title(doc, titles: Titles, start: int, end: int, label: str) -> int:
    """ "Mayor Ana Lima" where the model found only "Lima": a person's name takes the untagged proper
    nouns between it and a title before it, or one given name that opens the phrase ("met Guido
    Fulst"); not a sentence's first word ("Rival Hillary Clinton") nor a capitalised run ("In Charge")."""
    if label != "PERSON":
        return start
    first = start
    while first > 0 and _untagged_proper_noun(doc, titles, first - 1):
        first -= 1
    if first < start and first in titles.ending_at:
        return first
    if first == start - 1:
        given = doc[first]
        opens_phrase = first == 0 or not doc[first - 1].text[:1].isupper()
        if given.tag_ == "NNP" and not given.is_sent_start and opens_phrase:
            return first
    return start


def cut_describing_adjective(doc, start: int, end: int) -> tuple[int, int]:
    """ "American Dennis Mitchell": a leading adjective (a nationality) describes the name, it is
    not part of it, when a name of two or more words follows."""
    while end - start > 2 and doc[start].tag_ == "JJ" and doc[start + 1].text[:1].isupper():
        start += 1
    return start, end


def person_by_initial(doc, start: int, end: int, label: str) -> str:
    """ "D. Fleming": an initial and a surname are a person's name, whatever the model said."""
    first = doc[start].text
    if end - start == 2 and len(first) == 2 and first[0].isupper() and first[1] == "." and doc[start + 1].is_title:
        return "PERSON"
    return label


# ------------------------------------------------------------------ spans that are not names


@dataclass(slots=True)
class Context:
    """What the filters read about the whole Doc, computed once."""

    doc: object
    layout: Layout
    titles: Titles
    lower_words: set
    lower_pairs: set

    @classmethod
    def of(cls, doc, layout: Layout, titles: Titles) -> "Context":
        words = _LETTERS.findall(layout.text)  # read off the text, no Token objects (cheap)
        lower_words = {w for w in words if w.islower()}
        lower_pairs = {(a.lower(), b) for a, b in zip(words, words[1:], strict=False) if b.islower()}
        return cls(doc, layout, titles, lower_words, lower_pairs)


def on_capitals_line(ctx: Context, m: NameMention) -> bool:
    """A headline fragment in capitals ("BASKETBALL - INTERNATIONAL TOURNAMENT RESULT"): the tagger
    cannot read capitals, so such a span counts only when the article names it in its text."""
    return ctx.layout.kind_at(m.start_char) == "capitals"


def common_noun_twin(ctx: Context, m: NameMention) -> bool:
    """A capitalised common noun: "Coalition Forces" where the article also writes "Coalition forces",
    or a sentence's first word ("Council approves ...") that the article also writes in lower case
    or that the tagger reads as a common noun ("Gunmen abducted ...": the capital is the sentence's)."""
    doc = ctx.doc
    if m.end - m.start >= 2:
        return (doc[m.end - 2].lower_, doc[m.end - 1].lower_) in ctx.lower_pairs
    tok = doc[m.start]
    first_of_line = m.start == 0 or "\n" in doc[m.start - 1].text
    common = tok.lower_ in ctx.lower_words or tok.tag_ in ("NN", "NNS")
    return (tok.is_sent_start or first_of_line) and tok.is_title and common


NOT_NAMES = (on_capitals_line, common_noun_twin)


def in_page_furniture(doc, layout: Layout, ent) -> bool:
    """A call to action ("Join our ... channel") or a bracketed photo credit ("(Jane Roe/Getty Images)")."""
    if layout.kind_at(ent.start_char) == "furniture":
        return True
    line = layout.line_at(ent.start_char)
    text = layout.text
    opening = text.rfind("(", line.start, ent.start_char)
    closing = text.find(")", ent.end_char, line.end)
    if opening == -1 or closing == -1 or ")" in text[opening:ent.start_char]:
        return False
    inside = text[opening + 1:closing].lower()
    credit_words = lexicon.load("names")["layout"]["credit_words"]
    return "/" in inside or any(inside.startswith(w) for w in credit_words)


# ------------------------------------------------------------------ the mentions of a Doc


def _names_in(doc, ent, ctx: Context) -> list[NameMention]:
    """The clean names in one model span, each with the first rule that refuses it (or None)."""
    label = ent.label_
    table_row = ctx.layout.kind_at(ent.start_char) == "table"
    found = []
    for start, end in split_span(doc, ent.start, ent.end, label, table_row):
        start, end = join_hyphens(doc, *trim(doc, start, end, label))
        start = extend_to_title(doc, ctx.titles, start, end, label)
        cut = cut_titles(ctx.titles, *cut_describing_adjective(doc, start, end), label)
        if cut is None:
            continue
        start, end = trim(doc, *cut, label)
        if end <= start or not any(doc[i].text[:1].isupper() for i in range(start, end)):
            continue
        m = make_mention(doc, start, end, person_by_initial(doc, start, end, label))
        found.append((m, next((rule for rule in NOT_NAMES if rule(ctx, m)), None)))
    return found


def only_in_a_title_case_sentence(doc, m: NameMention, title_case_sentences: set, outside: dict) -> bool:
    """ "Indirect Fire landed on Coalition Forces": a sentence that capitalises common nouns (one of
    its capitalised phrases is a common noun, above) is no evidence for its other phrases; an
    organisation of several words none of which the article uses outside that sentence is dropped."""
    if m.label != "ORG" or m.end - m.start < 2 or not title_case_sentences:
        return False
    if doc[m.start].sent.start not in title_case_sentences:
        return False
    return not any(outside.get(doc[i].text, 0) > 0 for i in range(m.start, m.end))


def _uses_outside(doc, sentence_starts: set) -> dict:
    """How often each word is written outside the given sentences."""
    counts: dict[str, int] = {}
    for sent in doc.sents if sentence_starts else ():
        if sent.start not in sentence_starts:
            for tok in sent:
                counts[tok.text] = counts.get(tok.text, 0) + 1
    return counts


def clean_mentions(doc, ctx: Context) -> list[NameMention]:
    """Every name the model found, cleaned, in text order."""
    judged = []
    for ent in doc.ents:
        if ent.label_ in LABELS and not in_page_furniture(doc, ctx.layout, ent):
            judged.extend(_names_in(doc, ent, ctx))
    title_case = {doc[m.start].sent.start for m, rule in judged if rule is common_noun_twin and m.end - m.start > 1}
    outside = _uses_outside(doc, title_case)
    return [m for m, rule in judged if rule is None and not only_in_a_title_case_sentence(doc, m, title_case, outside)]
