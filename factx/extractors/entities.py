"""Named people, organisations and places, grouped so that "Biden" and "Joe Biden" are one entry.

The work is done in factx.extractors.names (clean mentions, titles and roles, datelines,
abbreviations, echoes, grouping); this module is the registry's entry point.
"""

from __future__ import annotations

from ..record import Entity
from .names import find_entities


def extract_entities(doc) -> list[Entity]:
    """One Entity per real-world name, ordered by first mention, with its aliases and roles."""
    return find_entities(doc)
