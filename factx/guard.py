"""Bounded cost on any input: a tokenizer guard and a screen for text that is not prose.

spaCy's tokenizer strips affixes from a whitespace-delimited chunk one at a time, copying the rest
each time, so a run of 20,000 quotation marks costs seconds squared; and the model's cost is per
token, so 200 KB of marks or of one phrase repeated keeps it busy for half a minute while holding
no fact. Both guards keep every offset: the Doc's text has the input's length, character for character.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from itertools import pairwise

LONG_RUN_CHARS = 1_000  # a run of non-space characters this long is no word (URLs stay well below)
RUN_PIECE_CHARS = 200  # such a run is tokenised in pieces of at most this size: cost bounded per piece
# A run starts where no non-space character precedes: anchoring keeps the search linear (an
# unanchored \S{1000,} would rescan every run from each of its characters).
_LONG_RUN = re.compile(r"(?<!\S)\S{%d,}" % LONG_RUN_CHARS)


class GuardedTokenizer:
    """spaCy's tokenizer, except that a very long run of non-space characters is tokenised in
    pieces of bounded size and the pieces joined into one Doc with the same text. Text without
    such a run (every real article) takes the tokenizer's own path untouched."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str):
        if len(text) < LONG_RUN_CHARS or _LONG_RUN.search(text) is None:
            return self.tokenizer(text)
        from spacy.tokens import Doc

        docs = [self.tokenizer(piece) for piece in run_pieces(text)]
        return Doc.from_docs(docs, ensure_whitespace=False)

    def __getattr__(self, name):  # memory_zone, pipe, explain, to_bytes...: the tokenizer's own
        return getattr(self.tokenizer, name)


def guard_tokenizer(nlp) -> None:
    """Wrap `nlp`'s tokenizer once (a second call is a no-op)."""
    if not isinstance(nlp.tokenizer, GuardedTokenizer):
        nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)


def run_pieces(text: str) -> list[str]:
    """`text` cut so that every long run of non-space characters is in pieces of at most
    RUN_PIECE_CHARS; the text between runs stays whole. The pieces concatenate back to `text`."""
    pieces: list[str] = []
    start = 0
    for run in _LONG_RUN.finditer(text):
        if run.start() > start:
            pieces.append(text[start:run.start()])
        pieces.extend(_cut_run(run.group()))
        start = run.end()
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def _cut_run(run: str) -> list[str]:
    """A run in pieces, each cut after a mark where one is near the limit, so words stay whole."""
    pieces = []
    start = 0
    while len(run) - start > RUN_PIECE_CHARS:
        end = start + RUN_PIECE_CHARS
        cut = end
        for i in range(end, start + RUN_PIECE_CHARS // 2, -1):
            if not (run[i - 1].isalnum() and run[i].isalnum()):
                cut = i
                break
        pieces.append(run[start:cut])
        start = cut
    pieces.append(run[start:])
    return pieces


# Run-on stretches: the parser makes one sentence of a text that never ends one, and rules that
# look at a sentence per fact then cost its length squared. No sentence of news is this long
# (about 800 words), so a longer stretch without . ! ? or a line break is parsed in pieces.
RUN_ON_CHARS = 5_000
_RUN_ON = re.compile(r"(?<![^.!?\n])[^.!?\n]{%d}" % RUN_ON_CHARS)  # anchored at a sentence end: linear
_SENTENCE_END = re.compile(r"[.!?\n]")


def cut_run_ons(text: str) -> list[str]:
    """`text` in pieces, cut at a space inside every stretch of over RUN_ON_CHARS characters
    without a sentence end; a text without one (every real article) is one piece."""
    if len(text) <= RUN_ON_CHARS or _RUN_ON.search(text) is None:
        return [text]
    cuts = [0]
    for run_on in _RUN_ON.finditer(text):
        stop = _SENTENCE_END.search(text, run_on.end())
        stop_at = stop.start() if stop else len(text)
        position = run_on.start()
        while stop_at - position > RUN_ON_CHARS:
            space = text.rfind(" ", position + RUN_ON_CHARS // 2, position + RUN_ON_CHARS)
            position = space + 1 if space != -1 else position + RUN_ON_CHARS
            cuts.append(position)
    cuts.append(len(text))
    return [text[a:b] for a, b in pairwise(cuts) if b > a]


# The screen: a long text is read in windows; a window that is not prose is blanked before spaCy
# sees it. Thresholds measured on 4,824 windows of the team's English corpora (news, results
# tables, transcripts): compressed size never under 10% of a window, quotation marks and brackets
# at most 6.6% of its non-space characters, punctuation and symbols at most 14.7%. Each limit below
# keeps a margin of two to three times over that.
SCREEN_FROM_CHARS = 5_000  # shorter texts are read whole: their cost is small anyway
WINDOW_CHARS = 5_000
REPEATED_BELOW = 0.05  # zlib size / size: one pattern repeated
QUOTE_SHARE_OVER = 0.20  # quotation marks and brackets among non-space characters
MARK_SHARE_OVER = 0.40  # punctuation and symbols among non-space characters
_QUOTES = re.compile(r"[\"'`“”„‟‘’‚‛«»‹›「」『』()\[\]{}<>]")
_MARKS = re.compile(r"[^\w\s]")
_NON_SPACE = re.compile(r"\S")

Span = tuple[int, int]


@dataclass(slots=True)
class Screening:
    """What spaCy reads of one text: the text itself, or a copy of the same length whose
    windows that are not prose are blank (newlines at both ends, so nothing spans them)."""

    text: str
    skipped: list[Span] = field(default_factory=list)

    @property
    def skipped_chars(self) -> int:
        return sum(end - start for start, end in self.skipped)


def is_prose(window: str) -> bool:
    """False for a stretch that is one pattern repeated, or mostly quotation marks or symbols."""
    non_space = len("".join(window.split()))
    if non_space == 0:
        return True
    if _QUOTES.subn("", window)[1] > QUOTE_SHARE_OVER * non_space:
        return False
    if _MARKS.subn("", window)[1] > MARK_SHARE_OVER * non_space:
        return False
    raw = window.encode("utf-8", "surrogatepass")
    return len(zlib.compress(raw, 1)) >= REPEATED_BELOW * len(raw)


def windows(text: str, size: int = WINDOW_CHARS) -> list[Span]:
    """Consecutive spans of about `size` characters, cut at whitespace where there is some near
    the limit; a short tail joins the window before it."""
    spans: list[Span] = []
    start = 0
    while len(text) - start > size + size // 5:
        end = start + size
        space = text.find(" ", end, end + size // 10)
        end = space if space != -1 else end
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _blank(window: str) -> str:
    inner = _NON_SPACE.sub(" ", window[1:-1])
    return "\n" + inner + "\n" if len(window) >= 2 else " " * len(window)


def screen(text: str) -> Screening:
    """The text as spaCy should read it: windows that are not prose blanked, offsets kept."""
    if len(text) < SCREEN_FROM_CHARS:
        return Screening(text)
    parts: list[str] = []
    skipped: list[Span] = []
    for start, end in windows(text):
        window = text[start:end]
        if is_prose(window):
            parts.append(window)
            continue
        parts.append(_blank(window))
        if skipped and skipped[-1][1] == start:
            skipped[-1] = (skipped[-1][0], end)
        else:
            skipped.append((start, end))
    if not skipped:
        return Screening(text)
    return Screening("".join(parts), skipped)
