"""Casualty statements and the article's totals (placeholder until the casualties issue)."""

from __future__ import annotations

from ..record import CasualtyTotals

REQUIRES = ("parser", "lemmatizer")


def extract_casualties(doc, published, dates):
    return [], CasualtyTotals()
