"""What kind of line each part of the text sits on: prose, a headline in capitals, a table row, or
page furniture. Names are read differently on each: the tagger is unreliable on capitals, a table
row glues names to figures, and furniture ("Join our channel") names nobody in the news.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ... import lexicon

CAPITALS_SHARE = 0.9  # a line whose letters are at least this much upper case is written in capitals
MIN_CAPITAL_LETTERS = 4
NUMBER_SHARE = 0.3  # a line whose tokens are at least this much figures is a table row
FIGURE = re.compile(r"^[+-]?\d[\d.,:/\-–]*$")
_WORD = re.compile(r"[^\s()\[\],;]+")  # a line's words, brackets and commas apart ("(Canada)" -> "Canada")


@dataclass(slots=True, frozen=True)
class Line:
    """One line of the text, [start, end) in characters, and its kind."""

    start: int
    end: int
    kind: str  # "prose", "capitals", "table" or "furniture"


def is_figure(text: str) -> bool:
    """A number, score or statistic written in digits: "69", "108-3", "9.5-0-44-1", "1:30"."""
    return bool(FIGURE.match(text))


def _furniture_starts() -> tuple[str, ...]:
    return tuple(lexicon.load("names")["layout"]["furniture"])


def _kind(text: str, tokens: list[str]) -> str:
    """A line's kind from its text and its words."""
    if text.strip().lower().startswith(_furniture_starts()):
        return "furniture"
    letters = sum(map(str.isalpha, text))
    if letters >= MIN_CAPITAL_LETTERS and sum(map(str.isupper, text)) >= CAPITALS_SHARE * letters:
        return "capitals"
    figures = [is_figure(t) for t in tokens]
    if len(tokens) >= 3 and (sum(figures) >= NUMBER_SHARE * len(tokens) or _three_in_a_row(figures)):
        return "table"
    return "prose"


def _three_in_a_row(flags: list[bool]) -> bool:
    run = 0
    for flag in flags:
        run = run + 1 if flag else 0
        if run == 3:
            return True
    return False


class Layout:
    """The lines of a Doc with their kinds; `line_at(char)` finds one by offset in O(log n)."""

    def __init__(self, doc):
        text = self.text = doc.text  # Doc.text joins every token: read it once
        starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        ends = [s - 1 for s in starts[1:]] + [len(text)]
        self.starts = starts
        # A line's words stand for its tokens: read off the text, no Token objects (cheap).
        self.lines = [Line(s, e, _kind(text[s:e], _WORD.findall(text, s, e))) for s, e in zip(starts, ends, strict=True)]
        self._capitals_are_prose(text)

    def _capitals_are_prose(self, text: str) -> None:
        """A text written all in capitals is prose in capitals: its lines are not headlines."""
        capital_chars = sum(line.end - line.start for line in self.lines if line.kind == "capitals")
        if capital_chars > 0.5 * max(1, len(text.strip())):
            self.lines = [Line(ln.start, ln.end, "prose") if ln.kind == "capitals" else ln for ln in self.lines]

    def line_at(self, char: int) -> Line:
        return self.lines[bisect_right(self.starts, char) - 1]

    def kind_at(self, char: int) -> str:
        return self.line_at(char).kind
