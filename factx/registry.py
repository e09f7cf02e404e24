"""Every kind of fact, declared once: what it needs, what it reads, what it fills and how it shows.

`pipeline.analyse`, the `Record`, the spaCy component, the CSV and table formats, the CLI's
`--facts` and the benchmark all iterate `KINDS`, so a new kind of fact is one extractor module plus
one entry here. The extractor, its table panel and its parts of the HTML view (marks in the text,
a list in the side panel) are named by dotted path and imported on first use, so importing the
registry (as `factx --help` does) stays light.

An extractor is a plain function over a parsed Doc; its arguments after the Doc are the
publication date when `takes_published`, then the output of each kind in `reads`, in that order.
It returns its facts, or, when the kind fills further record fields (`more_fields`), a tuple of the
facts and those fields' values.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date
from types import ModuleType
from typing import Any, Callable, Optional

from .record import Casualty, CasualtyTotals, DateFact, Entity, Event, Quote, json_schema, record_class


def _function(path: str) -> Callable:
    """`module:name` to the function, looked up at every call so a test can patch the module."""
    module_name, _, name = path.partition(":")
    module: ModuleType = importlib.import_module(module_name)
    return getattr(module, name)


@dataclass(frozen=True)
class FactKind:
    """One kind of fact. `name` is also the record field that holds its list of facts."""

    name: str
    extractor: str  # "package.module:function"
    fact: type  # the class of one fact: one CSV row
    requires: tuple[str, ...]  # the spaCy pipeline components the extractor reads
    reads: tuple[str, ...] = ()  # earlier kinds whose output the extractor takes
    takes_published: bool = False
    takes_title: bool = False  # the extractor also reads the title, parsed on its own (`title=`, None without one)
    more_fields: tuple[tuple[str, type], ...] = ()  # further record fields it fills, after `name`
    columns: tuple[str, ...] = ()  # CSV columns after `id`, of the flat ones; empty means all of them
    panel: Optional[str] = None  # "package.module:function": record dict to its part of the table (or None)
    panel_rank: int = 50  # where that part goes in the table, lowest first: totals on top, names last
    marks: Optional[str] = None  # "package.module:function": record dict and anchor prefix to the HTML view's marks
    listing: Optional[str] = None  # "package.module:function": the same to its part of the HTML side panel (by panel_rank)

    @property
    def fields(self) -> tuple[tuple[str, type], ...]:
        """The record fields this kind fills, in record order, with their types."""
        return ((self.name, list[self.fact]), *self.more_fields)

    @property
    def csv_columns(self) -> tuple[str, ...]:
        """The CSV header: `id`, then the fact's flat columns (`factx.tables`)."""
        from .tables import kind_table

        return kind_table(self).header

    def run(self, doc, published: Optional[date], outputs: dict[str, Any], title=None):
        """Call the extractor with what it declares; `outputs` holds the earlier kinds' results by name,
        `title` is the parsed title (or None)."""
        extract = _function(self.extractor)
        args = ([published] if self.takes_published else []) + [outputs[kind] for kind in self.reads]
        return extract(doc, *args, title=title) if self.takes_title else extract(doc, *args)

    def fill(self, output) -> dict[str, Any]:
        """The extractor's output as record fields."""
        if not self.more_fields:
            return {self.name: output}
        names = [name for name, _ in self.fields]
        if len(output) != len(names):
            raise ValueError(f"{self.extractor} returned {len(output)} values for the fields {names}")
        return dict(zip(names, output, strict=True))

    def render(self, record: dict):
        """Its part of the table for this record, or None (nothing found, or no panel declared)."""
        return _function(self.panel)(record) if self.panel else None

    def html_marks(self, record: dict, prefix: str) -> list:
        """The marks of its facts in the HTML view's text (`factx.view.Mark`s); none when not declared."""
        return list(_function(self.marks)(record, prefix)) if self.marks else []

    def html_listing(self, record: dict, prefix: str) -> str:
        """Its part of the HTML view's side panel (HTML, escaped), or "" when none is declared."""
        return _function(self.listing)(record, prefix) if self.listing else ""


KINDS: tuple[FactKind, ...] = (
    FactKind(
        name="entities",
        extractor="factx.extractors.entities:extract_entities",
        fact=Entity,
        requires=("ner", "tagger", "parser", "attribute_ruler"),
        panel="factx.panels:entities_panel",
        marks="factx.view:entity_marks",
        listing="factx.view:entities_listing",
        panel_rank=90,
    ),
    FactKind(
        name="dates",
        extractor="factx.extractors.dates:extract_dates",
        fact=DateFact,
        requires=("ner", "tagger", "parser"),
        panel="factx.panels:dates_panel",
        marks="factx.view:date_marks",
        listing="factx.view:dates_listing",
        panel_rank=20,
        takes_published=True,
    ),
    FactKind(
        name="casualties",
        extractor="factx.extractors.casualties:extract_casualties",
        fact=Casualty,
        requires=("parser", "lemmatizer", "ner"),
        panel="factx.panels:casualties_panel",
        marks="factx.view:casualty_marks",
        listing="factx.view:casualties_listing",
        panel_rank=10,
        takes_published=True,
        takes_title=True,
        reads=("dates",),
        more_fields=(("casualty_totals", CasualtyTotals), ("events", list[Event])),
    ),
    FactKind(
        name="quotes",
        extractor="factx.extractors.quotes:extract_quotes",
        fact=Quote,
        requires=("tagger", "parser", "attribute_ruler", "lemmatizer", "ner"),
        panel="factx.panels:quotes_panel",
        marks="factx.view:quote_marks",
        listing="factx.view:quotes_listing",
        panel_rank=30,
        reads=("entities",),
    ),
)


def _check(kinds: tuple[FactKind, ...]) -> None:
    """Names and fields unique; every kind reads only kinds declared before it (they run in order)."""
    seen: set[str] = set()
    fields_seen: set[str] = set()
    for kind in kinds:
        missing = [r for r in kind.reads if r not in seen]
        if missing:
            raise ValueError(f"fact kind {kind.name!r} reads {missing}, not declared before it")
        duplicate = fields_seen.intersection(name for name, _ in kind.fields)
        if kind.name in seen or duplicate:
            raise ValueError(f"fact kind {kind.name!r}: name or record field declared twice ({duplicate})")
        seen.add(kind.name)
        fields_seen.update(name for name, _ in kind.fields)


_check(KINDS)

NAMES: tuple[str, ...] = tuple(kind.name for kind in KINDS)
FIELDS: tuple[str, ...] = tuple(name for kind in KINDS for name, _ in kind.fields)
Record = record_class([f for kind in KINDS for f in kind.fields], module=__name__)


def kind(name: str) -> FactKind:
    """The kind called `name` (KeyError for an unknown one)."""
    for candidate in KINDS:
        if candidate.name == name:
            return candidate
    raise KeyError(name)


def record_schema() -> dict:
    """The JSON Schema of one output line: a Record of these kinds or an error record, every field
    described (`factx.field_docs`)."""
    from .field_docs import describe

    return describe(json_schema(Record))
