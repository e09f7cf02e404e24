"""Quotes and their speakers (placeholder until the quotes issue)."""

from __future__ import annotations

REQUIRES = ("parser", "ner")


def extract_quotes(doc, entities):
    return []
