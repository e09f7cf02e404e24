"""Casualty statements (killed, injured, missing, kidnapped, arrested), the article's events and totals.

The stage, in the order it runs:

- ``rules``: the phrase rules and cue phrases, compiled once into spaCy matchers, mark the Doc;
- ``triggers``: which tokens state a casualty, and of what kind (word tables, then phrase rules);
- ``victims`` / ``noun_victims``: the trigger's victims, read off the parse, one small route each;
- ``counts``: how many (qualifiers and ranges over the one number reader, ``numbers.py``);
- ``modality``: denied, unreal, statistical or historical statements;
- ``statements``: one ``Statement`` per trigger, with where, when and cause (``setting``);
- ``incidents``: the article's event words (another incident told in passing, "a double homicide");
- ``events`` / ``totals``: the statements grouped into events, each victim counted once per event;
  the totals are the sum over the article's own events.

The title (a JSON Lines `title`, an HTML page's title), parsed on its own, is read the same way; its
statements come first in the list, marked `from_title`. The word knowledge is
``lexicon/en/casualties.toml`` (words, termsets), ``casualty_rules.toml`` (patterns with their
examples) and ``events.toml`` (the words that name an event's cause, and what refers back).
"""

from __future__ import annotations

from ...reading import opens_with_title
from .events import build_events, totals_of
from .incidents import told_deadly
from .rules import Termsets, read_marks
from .statements import Statement, read_statements

TITLE_SENTENCES = 1000  # the title's sentences are numbered before the text's

__all__ = ["Statement", "Termsets", "extract_casualties", "casualty_statements"]


def casualty_statements(doc, published, dates, termsets: Termsets | None = None) -> tuple[list[Statement], int]:
    """Every statement of the article and the number of dead its event words imply."""
    marks = read_marks(doc, termsets)
    return read_statements(doc, published, dates, marks), told_deadly(doc, marks)


def title_statements(title, published, text: str = "", termsets: Termsets | None = None
                     ) -> tuple[list[Statement], int]:
    """The statements of the parsed title, their facts marked `from_title`, and the dead its event
    words imply ("Triple homicide at ..."); none without a title or when the text opens with it (its
    figures are then read in the text)."""
    if title is None or not len(title):
        return [], 0
    written, offset = title.user_data.get("title", (title.text, 0))
    if opens_with_title(written, text):
        return [], 0
    statements, deadly = casualty_statements(title, published, [], termsets)
    for st in statements:
        st.fact.from_title = True
        st.fact.span, st.fact.text = _as_written(st.fact.span, title.text, written, offset)
        st.sentence -= TITLE_SENTENCES  # before the text's sentences, never one of them
    return statements, deadly


def _as_written(span, parsed: str, written: str, offset: int):
    """A title fact's span in the title as written (the parsed words start at `offset`, left of a
    site name's blanks) and its words as the title writes them, not as parsed."""
    start, end = span
    while start < end and parsed[start].isspace():
        start += 1
    while end > start and parsed[end - 1].isspace():
        end -= 1
    return (start + offset, end + offset), written[start + offset:end + offset]


def extract_casualties(doc, published, dates, termsets: Termsets | None = None, *, title=None):
    """Every casualty statement (the title's first), the totals an editor would write (the sum over
    the article's own events) and the events. `title` is the title parsed on its own, or None."""
    statements, deadly = casualty_statements(doc, published, dates, termsets)
    headline, deadly_in_title = title_statements(title, published, doc[:400].text, termsets)
    events = build_events(statements, max(deadly, deadly_in_title), headline)
    return [st.fact for st in headline + statements], totals_of(events), events
