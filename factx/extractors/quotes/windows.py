"""Token windows around a character span, looked up by bisection (Token.sent walks the doc each call)."""

from __future__ import annotations

from bisect import bisect_right

WINDOW_TOKENS = 80  # a cue sits near its quote: a window keeps one giant "sentence" from going quadratic


class DocIndex:
    """Each token's offset and each sentence's first and end token, computed once per doc."""

    def __init__(self, doc):
        self.doc = doc
        self.token_starts = [t.idx for t in doc]
        sentences = list(doc.sents)
        self.sent_starts = [sent.start for sent in sentences]
        self.sent_ends = [sent.end for sent in sentences]

    def window(self, start: int, end: int):
        """Tokens of the sentences that touch chars [start, end), at most WINDOW_TOKENS either side
        (whitespace maps to the token before it)."""
        doc = self.doc
        if not len(doc) or end <= start:
            return doc[0:0]
        first = max(0, bisect_right(self.token_starts, start) - 1)
        last = max(first, bisect_right(self.token_starts, end - 1) - 1)
        first_sent = bisect_right(self.sent_starts, first) - 1
        last_sent = bisect_right(self.sent_starts, last) - 1
        lo = max(self.sent_starts[first_sent], first - WINDOW_TOKENS)
        hi = min(self.sent_ends[last_sent], last + WINDOW_TOKENS)
        return doc[lo:hi]

    def sentence_of(self, i: int):
        """The sentence holding token i (what ``doc[i].sent`` gives, without the walk)."""
        k = bisect_right(self.sent_starts, i) - 1
        return self.doc[self.sent_starts[k]:self.sent_ends[k]]

    def token_after(self, offset: int) -> int:
        """Index of the first token that starts after the offset."""
        return bisect_right(self.token_starts, offset)
