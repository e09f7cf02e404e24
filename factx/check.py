"""`factx check`: re-extract fixture articles and compare their facts with the expected files.

Every `NAME.txt` (or `.md`, `.html`) that has a `NAME.expected.json` beside it is a case; `--update`
writes that file for every article in the folder, so a new fixture needs no hand-made stub. Only facts
are compared (dates, entities, quotes, casualties, the publication date), never version stamps or
hashes, so a new factx version passes when it finds the same facts.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from .formats import dumps
from .reader import FOLDER_SUFFIXES, JSONL_SUFFIXES, Article, read_file

EXPECTED_SUFFIX = ".expected.json"


@dataclass
class CaseResult:
    """One fixture's outcome: `status` is "same", "changed", "updated" or "error"."""

    name: str
    status: str
    diff: str = ""


def find_cases(folder: Path, include_new: bool = False) -> Iterator[tuple[Path, Path]]:
    """(article, expected) pairs under `folder`, sorted; JSON Lines files are not fixtures.
    With `include_new`, articles without an expected file yet are cases too (`--update` writes it)."""
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() in FOLDER_SUFFIXES and path.suffix.lower() not in JSONL_SUFFIXES:
            expected = path.with_name(path.stem + EXPECTED_SUFFIX)
            if include_new or expected.exists():
                yield path, expected


def facts_diff(expected: dict, actual: dict, name: str) -> str:
    """A unified diff of the two fact sets as pretty JSON: readable in a CI log."""
    before = dumps(expected, indent=2).splitlines(keepends=True)
    after = dumps(actual, indent=2).splitlines(keepends=True)
    return "".join(difflib.unified_diff(before, after, f"{name} (expected)", f"{name} (now)", n=2))


def check_folder(folder: Path, update: bool = False, model: Optional[str] = None) -> Iterator[CaseResult]:
    """Extract every case in `folder` and compare (or, with `update`, rewrite) its expected facts."""
    from .pipeline import Pipeline

    pipeline = None
    for article_path, expected_path in find_cases(folder, include_new=update):
        name = str(article_path)
        items = list(read_file(article_path, name))
        article = items[0] if items else None
        if not isinstance(article, Article):
            yield CaseResult(name, "error", items[0].message if items else "empty")
            continue
        pipeline = pipeline or Pipeline(model)
        outcome = next(iter(pipeline.process([article])))
        if not hasattr(outcome, "facts"):
            yield CaseResult(name, "error", outcome.message)
            continue
        actual = json.loads(dumps(outcome.facts()))  # tuples become lists, as in the file
        if update:
            expected_path.write_text(dumps(actual, indent=2) + "\n", encoding="utf-8")
            yield CaseResult(name, "updated")
            continue
        try:
            expected = json.loads(expected_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            yield CaseResult(name, "error", f"cannot read {expected_path}: {exc}")
            continue
        if expected == actual:
            yield CaseResult(name, "same")
        else:
            yield CaseResult(name, "changed", facts_diff(expected, actual, name))
