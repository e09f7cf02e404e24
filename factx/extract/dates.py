"""Temporal expressions normalised to TimeML TIMEX3 values (placeholder until the dates issue)."""

from __future__ import annotations

REQUIRES = ("ner", "tagger")


def extract_dates(doc, published):
    return []
