"""The place of a dateline: "MADRID, March 3, 2022 (Reuters) -", "LONDON 1996-08-30",
"KYIV, Ukraine (AP) -". News layout, not the tagger, says the capitals at a line's start are a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicon
from .lines import Layout
from .mentions import NameMention, make_mention

MAX_PLACE_WORDS = 4


@lru_cache(maxsize=1)
def dateline_pattern() -> re.Pattern:
    """A line that opens with a place in capitals (and a region), then a date, an agency or a dash."""
    agencies = "|".join(re.escape(a) for a in sorted(lexicon.load("names")["layout"]["agencies"], key=len, reverse=True))
    months = "|".join(sorted((m for m in lexicon.load("dates")["months"] if len(m) >= 3), key=len, reverse=True))
    place = r"[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,%d}" % (MAX_PLACE_WORDS - 1)
    region = r"[A-Z][A-Za-z'.\-]+(?: [A-Z][A-Za-z'.\-]+){0,2}"
    after = (rf"(?:\s+\d{{4}}-\d\d-\d\d|,?\s+(?i:{months})\.?\s+\d|,?\s+\((?i:{agencies})\)"
             rf"|\s+[-–—]+\s+(?P<prose>[A-Z][a-z]))")
    return re.compile(rf"(?P<place>{place})(?:,\s+(?P<region>{region}))?(?={after})")


def dateline_places(doc, layout: Layout) -> list[NameMention]:
    """The place (and region) of each dateline; a headline in capitals is not one ("SOCCER - ...")."""
    found = []
    text = layout.text
    for line in layout.lines:
        m = dateline_pattern().match(text, line.start, line.end)
        if m is None or (m.group("prose") and line.kind == "capitals"):
            continue
        for group in ("place", "region"):
            if m.group(group):
                span = doc.char_span(m.start(group), m.end(group), alignment_mode="contract")
                if span is not None and len(span):
                    found.append(make_mention(doc, span.start, span.end, "GPE", origin="dateline"))
    return found
