"""What a resolver may consult beyond a match's parts: the publication date, the tense around the
span, and the discourse memory (the last day, month, year or quarter the text mentioned).

One Context per Doc; extract.py tells it each expression found (`remember`), in text order, so
"the day before" and "that year" are anchored on what came before them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from .calendar import quarter_of
from .model import Found, Point, QuarterMention
from .tense import said_of_itself, tense_of

_POINT = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
QUARTER_REACH = 800  # characters after its mention that "the quarter" still means that quarter
NOT_THE_REPORTED_QUARTER = ("ago", "year_earlier")  # rules whose quarter compares with the one reported


class Context:
    """The publication date, the tense around a span, and what the text mentioned last."""

    def __init__(self, doc, published: date | None):
        self.doc = doc
        self.text = doc.text
        self.ref = published
        self.anchor: date | None = None  # the last specific day the text mentioned
        self.point: Point | None = None  # the last day, month or year it mentioned
        self.quarter: QuarterMention | None = None  # the last quarter reported on
        self._sentence_starts: list[int] = []  # the first token of each sentence, read when first needed
        self._verbs: list[bool] | None = None  # whether each sentence has a verb
        # Token index by start and by end offset: Doc.char_span scans the whole Doc, too slow per candidate.
        # Read off arrays: a Token object per token costs more than the whole date stage.
        offsets, lengths = doc.to_array(["IDX", "LENGTH"]).T.tolist()
        self.offsets: list[int] = offsets  # where each token starts
        self.starts: dict[int, int] = {start: i for i, start in enumerate(offsets)}
        self.ends: dict[int, int] = {start + length: i
                                     for i, (start, length) in enumerate(zip(offsets, lengths, strict=True))}

    def forget(self) -> None:
        """Drop what the text mentioned, to read it again from its start."""
        self.anchor = self.point = self.quarter = None

    def span(self, start: int, end: int):
        """The tokens exactly covering [start, end), or None when the offsets cut a token."""
        first, last = self.starts.get(start), self.ends.get(end)
        if first is None or last is None or last < first:
            return None
        return self.doc[first:last + 1]

    def tense(self, start: int, end: int) -> str | None:
        """See tense.tense_of: "past", "present", "future", "unsure" or None. A date in a sentence with
        no verb at all (a heading, a schedule line, a calendar entry: "Thursday", "July 13-15") names
        the coming one: "future"."""
        span = self.span(start, end)
        if span is None:
            return None
        tense = tense_of(span)
        if tense is None and not self._in_sentence_with_verb(span.start):
            return "future"
        return tense

    def _in_sentence_with_verb(self, token: int) -> bool:
        """Whether the sentence holding a token has a verb: the sentences read once per Doc, when
        first needed (a long sentence must not be read again per date)."""
        if self._verbs is None:
            self._sentence_starts, self._verbs = [], []
            for sentence in self.doc.sents:
                self._sentence_starts.append(sentence.start)
                self._verbs.append(any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in sentence))
        return self._verbs[bisect_right(self._sentence_starts, token) - 1]

    def said_of_itself(self, start: int, end: int) -> bool:
        span = self.span(start, end)
        return span is not None and said_of_itself(span)

    def preceding_word(self, start: int) -> str:
        """The word just before `start`, lower case, punctuation kept ("for", "5%")."""
        before = self.text[max(0, start - 16): start].lower().split()
        return before[-1] if before else ""

    def anchor_for(self, unit: str) -> date | None:
        """What "that year" or "the following month" refers to: the last mention fine enough for the unit."""
        if unit in ("month", "year", "quarter") and self.point is not None:
            if unit != "month" or self.point.grain != "year":
                return self.point.day
        return self.anchor

    def reported_quarter(self, start: int) -> QuarterMention | None:
        """The quarter the text reported on shortly before `start` ("sales in the quarter")."""
        if self.quarter is not None and start - self.quarter.offset < QUARTER_REACH:
            return self.quarter
        return None

    def remember(self, found: Found, rule: str, start: int) -> None:
        """Note what an expression found at `start` names, for the expressions after it."""
        if found.day is not None:
            self.anchor = found.day
        point = _POINT.fullmatch(found.value)
        if point:
            year, month, day = point.groups()
            self.point = Point(date(int(year), int(month or 1), int(day or 1)),
                               "day" if day else "month" if month else "year")
        quarter = _QUARTER.fullmatch(found.value)
        # The quarter a report is about: one that is over ("expects demand to rise through the fourth
        # quarter" looks ahead); "a year earlier" compares with it, not replaces it.
        if quarter and rule not in NOT_THE_REPORTED_QUARTER and (
                self.ref is None or (int(quarter[1]), int(quarter[2])) < quarter_of(self.ref)):
            self.quarter = QuarterMention(int(quarter[1]), int(quarter[2]), start)
