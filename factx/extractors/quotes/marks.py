"""Pair quotation marks in one linear pass (no regex, so no backtracking on mark-heavy text).

An unclosed quote is dropped at the end of its paragraph unless the next paragraph reopens a
quote (the multi-paragraph convention), so a stray mark costs at most that one quote. Every loop
here visits each character a bounded number of times: a text made of quote marks stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from .words import DASHES, MARKS

OPEN_DOUBLE = MARKS.double_open
CLOSE_DOUBLE = MARKS.double_close
STRAIGHT = MARKS.straight_double
_OPEN_CONTEXT = " \n\t([{" + DASHES + "/:"  # what may stand before an opening straight mark
_BLANKS = " \n\t\r"
# The characters the pass acts on; the others are skipped in C (a character class cannot backtrack).
_SIGNIFICANT = re.compile("[" + re.escape("\n`" + OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT + MARKS.straight_single
                                           + MARKS.single_open + MARKS.single_close) + "]")


class QuoteSpan(NamedTuple):
    """The quoted content's character offsets, marks excluded."""

    start: int
    end: int


def _closes_in_next_paragraph(text: str, j: int) -> bool:
    """A paragraph whose first curly mark closes: the quote went on without reopening."""
    end = text.find("\n", j)
    end = len(text) if end < 0 else end
    for k in range(j, end):
        if text[k] in OPEN_DOUBLE or text[k] == STRAIGHT:
            return False
        if text[k] in CLOSE_DOUBLE:
            return True
    return False


class _Pairing:
    """The state of the one pass: where the open double and single quotes' contents start (-1:
    none open) and the spans found so far."""

    def __init__(self, text: str):
        self.text = text
        self.n = len(text)
        # Straight single quotes are the quote marks only of a text that has no double ones (a house
        # style); beside double marks they nest inside quotes or set off headlines and titles.
        self.single_style = not any(mark in text for mark in MARKS.double)
        self.open_at = -1
        self.single_at = -1
        self.single_spaces = 0  # spaces in the open single quote, counted up to `counted_to`
        self.counted_to = 0
        self.spans: list[tuple[int, int]] = []

    def run(self) -> list[tuple[int, int]]:
        i = 0
        while (found := _SIGNIFICANT.search(self.text, i)) is not None:
            i = self.step(found.start())
        return self.spans

    def step(self, i: int) -> int:
        """Read the character at i; the offset of the next one to read."""
        text, ch = self.text, self.text[i]
        if ch == "\n":
            return self.paragraph_end(i)
        if ch == "`" and text.startswith("``", i):
            if self.open_at < 0:
                self.open_at = i + 2
            return i + 2
        if ch == "'" and text.startswith("''", i):
            if self.open_at >= 0:
                self.close_double(i)
            return i + 2
        if ch in OPEN_DOUBLE:
            self.open_at = i + 1  # an unclosed earlier one is lost, not the rest
        elif ch in CLOSE_DOUBLE:
            if self.open_at >= 0:
                self.spans.append((self.open_at, i))
            self.open_at = -1
        elif ch == STRAIGHT:
            self.straight_double(i)
        elif self.open_at < 0:
            self.single(i, ch)
        return i + 1

    def around(self, i: int) -> tuple[str, str]:
        """The characters before and after offset i (a blank beyond the text's ends)."""
        prev = self.text[i - 1] if i else " "
        nxt = self.text[i + 1] if i + 1 < self.n else " "
        return prev, nxt

    def close_double(self, i: int) -> None:
        self.spans.append((self.open_at, i))
        self.open_at = -1

    def paragraph_end(self, i: int) -> int:
        """A paragraph ends: an open quote continues only if the next paragraph reopens one (or
        closes it without reopening)."""
        if self.open_at < 0:  # nothing to carry over: the blanks after are read one by one
            self.single_at = -1
            return i + 1
        text, j = self.text, i
        while j < self.n and text[j] in _BLANKS:
            j += 1
        reopens = j < self.n and (text[j] in OPEN_DOUBLE or text[j] == STRAIGHT or text.startswith("``", j))
        if reopens:
            return j + (2 if text.startswith("``", j) else 1)  # skip the reopening mark
        if _closes_in_next_paragraph(text, j):
            return j
        self.open_at = -1
        self.single_at = -1
        return i + 1

    def straight_double(self, i: int) -> None:
        prev, nxt = self.around(i)
        if self.open_at < 0:
            if not (prev.isdecimal() and not nxt.isalnum()):  # 12" is inches
                self.open_at = i + 1
        elif prev in _OPEN_CONTEXT and nxt.isalnum() and i - self.open_at > 0 \
                and self.text[self.open_at:i].strip() == "":
            self.open_at = i + 1  # only blanks since the last mark: that one was stray, this one opens
        else:
            self.close_double(i)

    def open_single(self, i: int) -> None:
        self.single_at = self.counted_to = i + 1
        self.single_spaces = 0

    def single(self, i: int, ch: str) -> None:
        """Single marks outside double quotes: curly ones always, straight ones in a house style."""
        if ch == MARKS.single_open:
            if not self.around(i)[0].isalnum():
                self.open_single(i)
        elif ch == MARKS.single_close and self.single_at >= 0:
            if not self.around(i)[1].isalnum() and i - self.single_at > 1:
                self.spans.append((self.single_at, i))
                self.single_at = -1
        elif ch == MARKS.straight_single and self.single_style:
            self.straight_single(i)

    def straight_single(self, i: int) -> None:
        """An opener stands before a letter after a blank or a colon (not "don't", not "'90s"); the
        closer after a word, before a blank or punctuation, with a few words inside."""
        prev, nxt = self.around(i)
        if prev == "'" or nxt == "'":
            return  # part of a doubled '' mark, never a single quote
        if self.single_at < 0:
            if prev in _OPEN_CONTEXT and nxt.isalpha():
                self.open_single(i)
        elif not nxt.isalnum() and not prev.isspace() and self.spaces_in_single(i) >= 2:
            self.spans.append((self.single_at, i))
            self.single_at = -1

    def spaces_in_single(self, i: int) -> int:
        """Spaces in the open single quote before i, each character counted once (linear)."""
        self.single_spaces += self.text.count(" ", self.counted_to, i)
        self.counted_to = i
        return self.single_spaces


def _trimmed(text: str, spans: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Spans without the blanks of "spaced" scraped quotes, so they cover only the words."""
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(QuoteSpan(s, e))
    return out


def find_quotes(text: str) -> list[QuoteSpan]:
    """Each quoted content, marks excluded: double marks, guillemets, ``PTB'' style, single
    ‘curly’ quotes that are not apostrophes, and 'straight' ones in texts without double marks."""
    return _trimmed(text, _Pairing(text).run())


class Quoted:
    """The quoted stretches of a text, for "does this offset lie in a quote (marks included)?"."""

    def __init__(self, spans: list[QuoteSpan]):
        self.spans = spans  # sorted and disjoint, as find_quotes gives them

    def __bool__(self) -> bool:
        return bool(self.spans)

    def covers(self, i: int) -> bool:
        spans = self.spans
        k = bisect_right(spans, (i + 1, 1 << 60)) - 1
        return any(s - 1 <= i < e + 1 for s, e in spans[max(0, k - 1):k + 2])

    def covers_token(self, tok) -> bool:
        return self.covers(tok.idx)
