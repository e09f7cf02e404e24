"""The publication date from a date line near the top of the text (placeholder)."""

from __future__ import annotations


def find_published(text):
    return None
