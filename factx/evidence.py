"""The sentence each fact was read from: its evidence, attached once after every extractor ran.

Sentence starts are listed once per Doc and each fact's sentence is a bisect over them, so the
cost is one pass over the Doc's sentences plus a logarithmic lookup per fact. A sentence is one of
spaCy's, also cut at a paragraph break, since the model runs a headline without a full stop into
the sentence below it. A paragraph break is a blank line; in a text with none (text taken from a
web page, many feeds) it is a line break. A sentence runs to the next one's start, less the white
space between them. A fact's offsets are its `span`; an entity, which has none, is placed by its
first mention. A span over several sentences (a long quote) gets them all, first to last.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable, Optional

Span = tuple[int, int]

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")


@dataclass(slots=True)
class Sentences:
    """Where a Doc's sentences start (sorted, 0 first) and the text they index."""

    starts: list[int]
    text: str

    @classmethod
    def of(cls, doc) -> "Sentences":
        """spaCy's sentence starts and the paragraph starts; without sentence boundaries (a pipeline
        with no parser), the paragraphs alone."""
        text = doc.text
        try:
            starts = {s.start_char for s in doc.sents}
        except ValueError:  # spaCy's E030: sentence boundaries unset
            starts = set()
        starts.update(m.end() for m in paragraph_breaks(text))
        starts.add(0)
        return cls(sorted(starts), text)

    def around(self, span: Span) -> Optional[Span]:
        """From the start of the sentence holding `span`'s first character to the end of the one
        holding its last, white space at either edge left out; None for an empty text."""
        text, starts = self.text, self.starts
        if not text:
            return None
        first = max(bisect_right(starts, span[0]) - 1, 0)
        last = max(bisect_right(starts, max(span[1] - 1, span[0])) - 1, first)
        start = starts[first]
        end = starts[last + 1] if last + 1 < len(starts) else len(text)
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        return start, end


def paragraph_breaks(text: str):
    """The paragraph breaks: blank lines, or line breaks in a text that has no blank line."""
    breaks = _BLANK_LINE if _BLANK_LINE.search(text) else _LINE_BREAK
    return breaks.finditer(text)


def fact_span(fact) -> Optional[Span]:
    """The offsets a fact is read at: its `span`, else its first mention (an entity; mentions are in text
    order); none for a fact read from the title (its span is the title's)."""
    if getattr(fact, "from_title", False):
        return None
    span = getattr(fact, "span", None)
    if span is not None:
        return span
    mentions = getattr(fact, "mentions", None)
    return mentions[0] if mentions else None


def attach(facts: Iterable, sentences: Sentences, context: bool = False) -> None:
    """Set each fact's `sentence` (and, with `context`, its `sentence_text`) in place; a fact class
    without those fields (a new kind that does not declare them) is left as it is."""
    for fact in facts:
        if not hasattr(type(fact), "sentence"):
            return
        span = fact_span(fact)
        sentence = sentences.around(span) if span is not None else None
        fact.sentence = sentence
        if context and sentence is not None:
            fact.sentence_text = sentences.text[sentence[0]:sentence[1]]
