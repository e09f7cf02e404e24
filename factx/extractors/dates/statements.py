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

from bisect import bisect_right
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


def dated_quotations(ctx, hits: list[Hit]) -> list[Quotation]:
    """The quotations whose statement has a day of its own (steps 1 and 2 of the module's rule)
    that differs from the publication date."""
    text = ctx.text
    if OPENING not in text and STRAIGHT not in text:
        return []
    quotes = quotations(text)
    if not quotes:
        return []
    paragraphs = [0] + [i + 1 for i, c in enumerate(text) if c == "\n" and text[i + 1:i + 2] not in ("\n", "")]
    dated = []
    for quote in quotes:
        said = _said_on(ctx, quote, hits, quotes) or _reported_on(ctx, quote, hits, paragraphs)
        if said is not None and said != ctx.ref:
            dated.append(Quotation(quote.start, quote.end, said))
    return dated


def _attribution(ctx, quote: Quotation) -> list:
    """The sentences the quotation is introduced in: the one holding the word before its opening mark
    and the one holding the word after its closing mark, each within the quotation's paragraph (or,
    before it, a paragraph that ends in a colon)."""
    doc, text = ctx.doc, ctx.text
    sentences = []
    first, last = ctx.starts.get(quote.start), ctx.starts.get(quote.end - 1)
    before = first - 1 if first is not None else -1
    while before >= 0 and doc[before].is_space:
        before -= 1
    # in its paragraph, or a paragraph of its own introduced by the one before ("issued this statement:")
    if before >= 0 and ("\n" not in text[doc[before].idx:quote.start] or doc[before].text == ":"):
        sentences.append(doc[before].sent)
    after = last + 1 if last is not None else len(doc)
    if after < len(doc) and not doc[after].is_space and "\n" not in text[quote.end:doc[after].idx]:
        sentence = doc[after].sent
        if sentence.end_char > quote.end:
            sentences.append(sentence)
    return sentences


def _stretches(ctx, quote: Quotation) -> list[tuple[int, int]]:
    """The attribution outside the marks: its sentence before the opening mark, after the closing one."""
    return [(s.start_char, quote.start) if s.start_char < quote.start else (quote.end, s.end_char)
            for s in _attribution(ctx, quote)]


def _said_on(ctx, quote: Quotation, hits: list[Hit], quotes: list[Quotation]) -> date | None:
    """Step 1: a day named in the attribution, outside every quotation."""
    for start, end in _stretches(ctx, quote):
        for hit in hits:
            if start <= hit.start and hit.end <= end and hit.found.day is not None and not any(
                    q.start <= hit.start < q.end for q in quotes):
                return hit.found.day
    return None


def _reported_on(ctx, quote: Quotation, hits: list[Hit], paragraphs: list[int]) -> date | None:
    """Step 2: a statement reported in the past, made on the day the text has just dated."""
    if ctx.ref is None or not _reported_in_past(ctx, quote):
        return None
    paragraph = bisect_right(paragraphs, quote.start) - 1
    since = paragraphs[max(paragraph - 1, 0)]  # the start of the paragraph before
    before = [hit for hit in hits if since <= hit.start and hit.end <= quote.start and hit.found.day is not None]
    if not before or before[-1].found.day >= ctx.ref:
        return None
    return before[-1].found.day


def _reported_in_past(ctx, quote: Quotation) -> bool:
    """Whether the quotation's attribution is past (its sentence's root) and names a medium or an
    occasion of its own, outside the marks."""
    for sentence in _attribution(ctx, quote):
        if sentence.root.tag_ not in ("VBD", "VBN"):
            continue
        if any((token.lower_ in STATEMENT_NOUNS or token.lemma_ in STATEMENT_VERBS) and not (
                quote.start <= token.idx < quote.end) for token in sentence):
            return True
    return False


def said_at(quotes: list[Quotation], offset: int) -> date | None:
    """The day the statement holding `offset` was made, None outside a dated quotation."""
    for quote in quotes:
        if quote.start <= offset < quote.end:
            return quote.said
    return None
