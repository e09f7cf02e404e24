"""Flat tables for spreadsheets: the columns of each `--facts` choice, one plain value per cell.

No cell holds JSON. A span is two columns (`span_start`, `span_end`), a nested object one column
per field (`interval_start`, `interval_end`), a list of spans its first one (`first_start`,
`first_end`: an entity's first mention, beside its `count`), a list of words one cell with the
words joined by "; ". The columns are read off the fact classes, so a field added to one is a
column with no more code. `totals` is one row per article: its id, title and publication date,
then every per-article object a kind fills (the casualty totals), one column per number. A list a
kind fills besides its facts (the casualty `events`) is a choice of its own: one row per item, the
article's id and the item's number (from 0) first.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from typing import Callable, Iterable, Iterator, Union, get_args, get_origin, get_type_hints

from .record import WHEN_SET, Span

JOINER = "; "  # between the words of a list in one cell
TOTALS = "totals"
ARTICLE_COLUMNS = ("id", "title", "published")  # what starts a row of the totals table


@dataclass(frozen=True)
class Column:
    """One column: its name and where its value is in the row's JSON dict (keys and indexes)."""

    name: str
    path: tuple[Union[str, int], ...]
    joined: bool = False  # a list of words, written as one cell

    def value(self, row: dict):
        """The cell: None (an empty cell) where a step finds nothing, such as a date's interval."""
        value = row
        for step in self.path:
            if isinstance(step, int):
                value = value[step] if isinstance(value, (list, tuple)) and len(value) > step else None
            else:
                value = value.get(step) if isinstance(value, dict) else None
            if value is None:
                return None
        return JOINER.join(map(str, value)) if self.joined else value


@dataclass(frozen=True)
class Table:
    """A `--facts` choice: its columns and the rows of one record (each a dict the columns read)."""

    name: str
    columns: tuple[Column, ...]
    rows: Callable[[dict], Iterable[dict]]

    @property
    def header(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    def cells(self, record: dict) -> Iterable[list]:
        for row in self.rows(record):
            yield [column.value(row) for column in self.columns]


def _unoptional(kind):
    if get_origin(kind) is Union:
        kept = [arg for arg in get_args(kind) if arg is not type(None)]
        return kept[0] if len(kept) == 1 else kind
    return kind


def _field_columns(name: str, kind, path: tuple) -> list[Column]:
    """The columns of one field, by its type."""
    kind = _unoptional(kind)
    if kind == Span:
        return [Column(f"{name}_start", (*path, 0)), Column(f"{name}_end", (*path, 1))]
    if is_dataclass(kind):
        return flat_columns(kind, prefix=f"{name}_", path=path)
    if get_origin(kind) is list:
        (item,) = get_args(kind)
        if item == Span:  # the first of them: where the fact is first read
            return [Column("first_start", (*path, 0, 0)), Column("first_end", (*path, 0, 1))]
        return [Column(name, path, joined=True)]
    return [Column(name, path)]


def flat_columns(cls: type, prefix: str = "", path: tuple = (), context: bool = False) -> list[Column]:
    """A fact class's columns, in field order; a field written only when set (the sentence's words)
    is a column only with `context`."""
    hints = get_type_hints(cls)
    columns: list[Column] = []
    for f in fields(cls):
        if f.name in WHEN_SET and not context:
            continue
        columns.extend(_field_columns(prefix + f.name, hints[f.name], (*path, f.name)))
    return columns


def _fact_rows(kind_name: str) -> Callable[[dict], Iterator[dict]]:
    def rows(record: dict):
        for fact in record.get(kind_name, []):
            yield {"id": record["id"], **fact}

    return rows


def _single(record: dict):
    yield record


def kind_table(kind, context: bool = False) -> Table:
    """One row per fact of a registered kind, the article's id first; `kind.columns`, when given,
    picks and orders the flat columns."""
    columns = [Column("id", ("id",)), *flat_columns(kind.fact, context=context)]
    if kind.columns:
        by_name = {column.name: column for column in columns}
        columns = [by_name["id"], *(by_name[name] for name in kind.columns)]
    return Table(kind.name, tuple(columns), _fact_rows(kind.name))


def totals_table() -> Table:
    """One row per article: its id, title and date, then each per-article object's numbers."""
    from . import registry

    columns = [Column(name, (name,)) for name in ARTICLE_COLUMNS]
    for kind in registry.KINDS:
        for name, cls in kind.more_fields:
            if is_dataclass(cls):
                columns.extend(flat_columns(cls, path=(name,)))
    return Table(TOTALS, tuple(columns), _single)


def list_fields() -> dict[str, type]:
    """The further record fields that are lists of objects (`events`), by name, with the item class."""
    from . import registry

    found = {}
    for kind in registry.KINDS:
        for name, cls in kind.more_fields:
            if get_origin(cls) is list and is_dataclass(get_args(cls)[0]):
                found[name] = get_args(cls)[0]
    return found


def _numbered_rows(field_name: str, number_column: str) -> Callable[[dict], Iterator[dict]]:
    def rows(record: dict):
        for number, item in enumerate(record.get(field_name, [])):
            yield {"id": record["id"], number_column: number, **item}

    return rows


def list_table(name: str, cls: type) -> Table:
    """One row per item of a further list field: the article's id, the item's number, its columns."""
    number_column = name.removesuffix("s")
    columns = [Column("id", ("id",)), Column(number_column, (number_column,)), *flat_columns(cls)]
    return Table(name, tuple(columns), _numbered_rows(name, number_column))


def choices() -> tuple[str, ...]:
    """Every `--facts` choice: the registered kinds, the further list fields (`events`), then `totals`."""
    from . import registry

    return (*registry.NAMES, *list_fields(), TOTALS)


def table(name: str, context: bool = False) -> Table:
    """The table called `name` (KeyError for an unknown one)."""
    from . import registry

    if name == TOTALS:
        return totals_table()
    lists = list_fields()
    if name in lists:
        return list_table(name, lists[name])
    return kind_table(registry.kind(name), context)


def column_docs(context: bool = True) -> dict[str, tuple[str, ...]]:
    """Each choice's columns (with the --context column), for the README and its test."""
    return {name: table(name, context).header for name in choices()}

