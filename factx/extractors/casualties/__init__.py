"""Casualty statements (killed, injured, missing, kidnapped, arrested) and the article's totals.

The stage, in the order it runs:

- ``rules``: the phrase rules and cue phrases, compiled once into spaCy matchers, mark the Doc;
- ``triggers``: which tokens state a casualty, and of what kind (word tables, then phrase rules);
- ``victims`` / ``noun_victims``: the trigger's victims, read off the parse, one small route each;
- ``counts``: how many (qualifiers and ranges over the one number reader, ``numbers.py``);
- ``modality``: denied, unreal, statistical or historical statements;
- ``statements``: one ``Statement`` per trigger, with where and when (``setting``);
- ``incidents`` / ``totals``: the article's event words and the totals, each victim counted once.

The word knowledge is ``lexicon/en/casualties.toml`` (words, termsets) and ``casualty_rules.toml``
(patterns with their examples).
"""

from __future__ import annotations

from .incidents import told_deadly
from .rules import Termsets, read_marks
from .statements import Statement, read_statements
from .totals import count_totals

__all__ = ["Statement", "Termsets", "extract_casualties", "casualty_statements"]


def casualty_statements(doc, published, dates, termsets: Termsets | None = None) -> tuple[list[Statement], int]:
    """Every statement of the article and the number of dead its event words imply."""
    marks = read_marks(doc, termsets)
    return read_statements(doc, published, dates, marks), told_deadly(doc, marks)


def extract_casualties(doc, published, dates, termsets: Termsets | None = None):
    """Every casualty statement in the article, and the totals an editor would write."""
    statements, deadly = casualty_statements(doc, published, dates, termsets)
    return [st.fact for st in statements], count_totals(statements, deadly)
