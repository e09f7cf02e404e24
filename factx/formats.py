"""Writers for the output formats: json, jsonl, csv and tsv, and the rich table for terminals.

Outcomes are Records, InputErrors or Failures; in json and jsonl an input that failed becomes an
error record `{"id": ..., "error": {"input": ..., "message": ...}}` in its place, so a pipeline can
count it (the same line also goes to stderr).
"""

from __future__ import annotations

import csv
import json
import os
import re
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

from . import registry


def is_error(outcome) -> bool:
    return not hasattr(outcome, "to_dict")


def outcome_dict(outcome) -> dict:
    """The JSON form of any outcome: a record, or an error record for an input that failed."""
    if not is_error(outcome):
        return outcome.to_dict()
    # The id the record would have had: a JSONL line's own id when it could be read, else the input's name.
    ident = outcome.id if outcome.id is not None else outcome.input
    return {"id": ident, "error": {"input": outcome.input, "message": outcome.message}}


# Real newlines never occur inside JSON strings, so this touches only indented number pairs.
_NUMBER_PAIR = re.compile(r"\[\n *(-?\d+),\n *(-?\d+)\n *\]")


def dumps(obj: dict, indent: int | None = None) -> str:
    """Stable JSON: key order as built, UTF-8 kept readable, spans kept on one line when indented."""
    text = json.dumps(obj, ensure_ascii=False, indent=indent)
    return _NUMBER_PAIR.sub(r"[\1, \2]", text) if indent else text


def write_jsonl(outcomes: Iterable, out: IO[str]) -> None:
    for outcome in outcomes:
        out.write(dumps(outcome_dict(outcome)) + "\n")
        out.flush()


def write_json(outcomes: Iterable, out: IO[str], single: bool) -> None:
    """One article: the record itself; several: a JSON array, written as records arrive."""
    if single:
        for outcome in outcomes:
            out.write(dumps(outcome_dict(outcome), indent=2) + "\n")
        return
    out.write("[")
    first = True
    try:
        for outcome in outcomes:
            body = dumps(outcome_dict(outcome), indent=2).replace("\n", "\n  ")
            out.write(("\n  " if first else ",\n  ") + body)
            out.flush()
            first = False
    finally:  # closed even on Ctrl-C, so what was written stays valid JSON
        out.write("\n]\n" if not first else "]\n")


def write_csv(outcomes: Iterable, out: IO[str], facts: str, tabs: bool = False, context: bool = False) -> None:
    """One row per fact of a `--facts` choice (`factx.tables`), the header first; `tabs` for TSV
    (a cell holding a tab, a line break or a quotation mark is quoted, as in CSV)."""
    from .tables import table

    sheet = table(facts, context)
    writer = csv.writer(out, dialect="excel-tab" if tabs else "excel", lineterminator="\n")
    writer.writerow(sheet.header)
    for outcome in outcomes:
        if is_error(outcome):
            continue
        writer.writerows([spreadsheet_safe(cell) for cell in row] for row in sheet.cells(outcome.to_dict()))
        out.flush()


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell):
    """A text cell that a spreadsheet would run as a formula ("=HYPERLINK(...)" in a quote: article
    text is untrusted) gets a leading apostrophe, OWASP's advice against CSV injection; numbers and
    other text pass unchanged."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def safe_filename(record_id: str) -> str:
    """An id as a file name: path separators and odd characters become `_`."""
    name = re.sub(r"[^\w.@+-]+", "_", record_id).strip("._") or "record"
    return name[:200]


def atomic_write(path: Path, content: str) -> None:
    """Write via a temporary file and rename, so no half-written file is ever left."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(content, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def partial_path(path: Path) -> Path:
    """Where an interrupted run leaves what it wrote: `out.json.partial` beside `out.json`."""
    return path.with_name(path.name + ".partial")


@contextmanager
def atomic_output(path: Path) -> Iterator[IO[str]]:
    """A file opened for streaming that appears under its name only when the run completes.

    Should the run end early (Ctrl-C, a crash), what was written goes to `partial_path(path)`
    instead, so an earlier complete file of that name is never replaced by part of a new one.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    handle = tmp.open("w", encoding="utf-8")
    try:
        yield handle
    except BaseException:
        handle.close()
        os.replace(tmp, partial_path(path))
        raise
    handle.close()
    os.replace(tmp, path)


def write_folder(outcomes: Iterable, folder: Path) -> None:
    """One `<id>.json` per record; a second record with the same id gets `-2`, `-3`, ... appended.
    The folder is made if need be, not its parents (a mistyped path should not grow a tree)."""
    folder.mkdir(exist_ok=True)
    seen: dict[str, int] = {}
    for outcome in outcomes:
        if is_error(outcome):
            continue
        base = safe_filename(outcome.id)
        seen[base] = seen.get(base, 0) + 1
        name = base if seen[base] == 1 else f"{base}-{seen[base]}"
        atomic_write(folder / f"{name}.json", dumps(outcome.to_dict(), indent=2) + "\n")


def render_panel(record: dict):
    """A compact rich panel for one article: its publication date, then each kind's part (by panel_rank)."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    head = Text()
    head.append("published ", style="dim")
    head.append(f"{record.get('published') or 'unknown'}", style="bold")
    if record.get("published_source"):
        head.append(f" (from {record['published_source']})", style="dim")
    kinds = sorted(registry.KINDS, key=lambda kind: kind.panel_rank)
    parts = [head, *(part for kind in kinds if (part := kind.render(record)) is not None)]
    title = Text(record.get("title") or record["id"], style="bold")  # text, never markup
    return Panel(Group(*parts), title=title, title_align="left", expand=True)


def write_table(outcomes: Iterable, console) -> None:
    for outcome in outcomes:
        if not is_error(outcome):
            console.print(render_panel(outcome.to_dict()))
