"""When a quoted statement was made: the moment its relative dates are anchored on.

A quotation says "tonight" or "yesterday" from the day it was said, not from the day the article
was written. The rule, in two steps:

1. A date that names a day in the quotation's attribution (its sentence, outside the quotation
   marks: "..., the minister said in a statement on Monday", "On Feb. 15 he tweeted: '...'") is the
   moment of the statement.
2. With no such date, a statement reported in the past tense as made in a medium or at an occasion
   of its own ("confirmed the attack in a tweet:", "wrote in a statement", "posted") is taken as
   made on the day of the event the text has just dated: the last day named before the quotation,
   in its paragraph or the one before, when that day lies before the publication date. (Not "..."
   said the chairman": an interview may be any day since.)

Elsewhere, and when neither step gives a day, the publication date stays the anchor.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date

from .model import Hit
from .words import STATEMENT_NOUNS, STATEMENT_VERBS

OPENING, CLOSING, STRAIGHT = "“", "”", '"'


@dataclass(frozen=True, slots=True)
class Quotation:
    """The offsets of a quotation, its marks included, and the day it was said (None: not known)."""

    start: int
    end: int
    said: date | None = None


def quotations(text: str) -> list[Quotation]:
    """Every quotation: curly marks paired open to close (a quotation may run over paragraphs),
    straight marks paired inside one paragraph."""
    found = []
    at = text.find(OPENING)
    while at >= 0:
        close = text.find(CLOSING, at + 1)
        if close < 0:
            break
        found.append(Quotation(at, close + 1))
        at = text.find(OPENING, close + 1)
    for paragraph_start, paragraph in _paragraphs(text):
        marks = [i for i, c in enumerate(paragraph) if c == STRAIGHT]
        found.extend(Quotation(paragraph_start + a, paragraph_start + b + 1) for a, b in zip(marks[::2], marks[1::2], strict=False))
    return sorted(found, key=lambda q: q.start)


def _paragraphs(text: str):
    start = 0
    for line in text.split("\n"):
        if STRAIGHT in line:
            yield start, line
        start += len(line) + 1


REACH = 40  # tokens of the attribution looked at either side of the marks
LOOK_BACK = 50  # dates looked back at for the day the text has just dated


class _Reading:
    """What the rule reads, indexed once per Doc so that each quotation costs a few look-ups, not a
    pass over the text (a long text has many quotations, one sentence may be very long)."""

    def __init__(self, ctx, hits: list[Hit], quotes: list[Quotation]):
        self.ctx, self.doc, self.hits, self.quotes = ctx, ctx.doc, hits, quotes
        self.hit_starts = [hit.start for hit in hits]
        self.quote_starts = [quote.start for quote in quotes]
        self.sentence_starts = [sentence.start for sentence in self.doc.sents]
        self.roots: dict[int, str] = {}  # sentence number -> the tag of its root
        text = ctx.text
        self.paragraphs = [0] + [i + 1 for i, c in enumerate(text) if c == "\n" and text[i + 1:i + 2] not in ("\n", "")]

    def sentence_of(self, token: int) -> int:
        return bisect_right(self.sentence_starts, token) - 1

    def sentence_tokens(self, number: int) -> tuple[int, int]:
        end = self.sentence_starts[number + 1] if number + 1 < len(self.sentence_starts) else len(self.doc)
        return self.sentence_starts[number], end

    def root_tag(self, number: int) -> str:
        if number not in self.roots:
            first, end = self.sentence_tokens(number)
            self.roots[number] = self.doc[first:end].root.tag_
        return self.roots[number]

    def in_a_quotation(self, offset: int) -> bool:
        at = bisect_right(self.quote_starts, offset) - 1
        return at >= 0 and offset < self.quotes[at].end


def dated_quotations(ctx, hits: list[Hit]) -> list[Quotation]:
    """The quotations whose statement has a day of its own (steps 1 and 2 of the module's rule)
    that differs from the publication date."""
    text = ctx.text
    if OPENING not in text and STRAIGHT not in text:
        return []
    quotes = quotations(text)
    if not quotes:
        return []
    reading = _Reading(ctx, hits, quotes)
    dated = []
    for quote in quotes:
        stretches = _attribution(reading, quote)
        said = _said_on(reading, stretches) or _reported_on(reading, quote, stretches)
        if said is not None and said != ctx.ref:
            dated.append(Quotation(quote.start, quote.end, said))
    return dated


@dataclass(frozen=True, slots=True)
class _Stretch:
    """Part of a quotation's attribution, outside its marks: tokens [first, end) of sentence `sentence`."""

    sentence: int
    first: int
    end: int


def _attribution(reading: _Reading, quote: Quotation) -> list[_Stretch]:
    """The attribution: the words of its sentence before the opening mark and after the closing one
    (up to REACH tokens each), within the quotation's paragraph (or, before it, a paragraph that
    ends in a colon: "issued this statement:")."""
    ctx, doc = reading.ctx, reading.doc
    stretches = []
    first, last = ctx.starts.get(quote.start), ctx.starts.get(quote.end - 1)
    before = first - 1 if first is not None else -1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before >= 0 and ("\n" not in ctx.text[doc[before].idx:quote.start] or doc[before].text == ":"):
        number = reading.sentence_of(before)
        begin = max(reading.sentence_tokens(number)[0], before - REACH)
        stretches.append(_Stretch(number, begin, before + 1))
    after = last + 1 if last is not None else len(doc)
    if after < len(doc) and not doc[after].is_space and "\n" not in ctx.text[quote.end:doc[after].idx]:
        number = reading.sentence_of(after)
        end = min(reading.sentence_tokens(number)[1], after + REACH)
        stretches.append(_Stretch(number, after, end))
    return stretches


def _said_on(reading: _Reading, stretches: list[_Stretch]) -> date | None:
    """Step 1: a day named in the attribution, outside every quotation, that tells when the
    introducing verb happened ("said Monday", "said in a statement on Monday"; not "said ... at
    Monday's debate")."""
    doc = reading.doc
    for stretch in stretches:
        start, end = doc[stretch.first].idx, doc[stretch.end - 1].idx + len(doc[stretch.end - 1])
        at = bisect_left(reading.hit_starts, start)
        while at < len(reading.hits) and reading.hits[at].start < end:
            hit = reading.hits[at]
            if hit.end <= end and hit.found.day is not None and not reading.in_a_quotation(hit.start) and (
                    _tells_when(reading, hit, stretch)):
                return hit.found.day
            at += 1
    return None


def _tells_when(reading: _Reading, hit: Hit, stretch: _Stretch) -> bool:
    """Whether a date tells when a verb of the attribution happened: it modifies a verb, directly or
    through a preposition or the statement named ("said Monday", "said in a statement on Monday");
    not a noun's ("at Monday's debate")."""
    span = reading.ctx.span(hit.start, hit.end)
    if span is None:
        return False
    head = span.root.head
    for _ in range(2):
        if head.dep_ == "prep":
            head = head.head
        if head.lower_ in STATEMENT_NOUNS:
            head = head.head
    return head.tag_.startswith("VB") and stretch.first <= head.i < stretch.end

def _reported_on(reading: _Reading, quote: Quotation, stretches: list[_Stretch]) -> date | None:
    """Step 2: a statement reported in the past, made on the day the text has just dated."""
    ref = reading.ctx.ref
    if ref is None or not _reported_in_past(reading, stretches):
        return None
    paragraph = bisect_right(reading.paragraphs, quote.start) - 1
    since = reading.paragraphs[max(paragraph - 1, 0)]  # the start of the paragraph before
    at = bisect_left(reading.hit_starts, quote.start) - 1
    for hit in reading.hits[max(at - LOOK_BACK, -1) + 1:at + 1][::-1]:
        if hit.start < since:
            break
        if hit.found.day is not None and hit.end <= quote.start:
            return hit.found.day if hit.found.day < ref else None
    return None


def _reported_in_past(reading: _Reading, stretches: list[_Stretch]) -> bool:
    """Whether the attribution is past (its sentence's root) and names a medium or an occasion of
    its own."""
    for stretch in stretches:
        if reading.root_tag(stretch.sentence) not in ("VBD", "VBN"):
            continue
        if any(token.lower_ in STATEMENT_NOUNS or token.lemma_ in STATEMENT_VERBS
               for token in reading.doc[stretch.first:stretch.end]):
            return True
    return False


def said_at(quotes: list[Quotation], offset: int) -> date | None:
    """The day the statement holding `offset` was made, None outside a dated quotation (the
    quotations in text order)."""
    at = bisect_right(quotes, offset, key=lambda quote: quote.start) - 1
    if at >= 0 and offset < quotes[at].end:
        return quotes[at].said
    return None
