"""`factx check`: re-extract fixture articles and compare their facts with the expected files.

Every `NAME.txt` (or `.md`, `.html`) in the folder is a case, compared with the `NAME.expected.json`
beside it; an article with no expected file is reported as missing (a failure under `--strict`), and
`--update` writes that file for every article, so a new fixture needs no hand-made stub. Only facts
are compared (dates, entities, quotes, casualties, the publication date), never version stamps or
hashes, so a new factx version passes when it finds the same facts. The results can be written as
JSON or as JUnit XML, the test report CI systems read.
"""

from __future__ import annotations

import difflib
import json
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .formats import dumps
from .reader import FOLDER_SUFFIXES, JSONL_SUFFIXES, Article, read_file

EXPECTED_SUFFIX = ".expected.json"


STATUSES = ("same", "changed", "updated", "error", "missing")


@dataclass
class CaseResult:
    """One fixture's outcome: `status` is one of STATUSES; `diff` holds the diff of a change, or the
    message of an error or a missing expected file."""

    name: str
    status: str
    diff: str = ""
    seconds: float = 0.0

    def failed(self, strict: bool = False) -> bool:
        return self.status in ("changed", "error") or (strict and self.status == "missing")


def find_cases(folder: Path) -> Iterator[tuple[Path, Path]]:
    """(article, expected file) pairs under `folder`, sorted, whether or not the expected file exists
    yet; JSON Lines files are not fixtures."""
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() in FOLDER_SUFFIXES and path.suffix.lower() not in JSONL_SUFFIXES:
            yield path, path.with_name(path.stem + EXPECTED_SUFFIX)


def facts_diff(expected: dict, actual: dict, name: str) -> str:
    """A unified diff of the two fact sets as pretty JSON: readable in a CI log."""
    before = dumps(expected, indent=2).splitlines(keepends=True)
    after = dumps(actual, indent=2).splitlines(keepends=True)
    return "".join(difflib.unified_diff(before, after, f"{name} (expected)", f"{name} (now)", n=2))


def check_folder(folder: Path, update: bool = False, model: Optional[str] = None) -> Iterator[CaseResult]:
    """Extract every case in `folder` and compare (or, with `update`, rewrite) its expected facts."""
    facts_of = _FactsOf(model)
    for article_path, expected_path in find_cases(folder):
        name = str(article_path)
        if not update and not expected_path.exists():
            yield CaseResult(name, "missing", f"no {expected_path.name} beside it (factx check --update writes it)")
            continue
        facts_of.load()  # before the clock starts: a case's time is its own extraction
        started = time.perf_counter()
        case = _check_case(article_path, expected_path, name, update, facts_of)
        case.seconds = time.perf_counter() - started
        yield case


class _FactsOf:
    """An article's facts as in an expected file; the model loads when the first case is read."""

    def __init__(self, model: Optional[str]):
        self.model = model
        self.pipeline = None

    def load(self) -> None:
        if self.pipeline is None:
            from .pipeline import Pipeline

            self.pipeline = Pipeline(self.model)

    def __call__(self, article: Article):
        """The facts dict, or the message of the failure."""
        self.load()
        outcome = next(iter(self.pipeline.process([article])))
        if not hasattr(outcome, "facts"):
            return outcome.message
        return json.loads(dumps(outcome.facts()))  # tuples become lists, as in the file


def _check_case(article_path: Path, expected_path: Path, name: str, update: bool, facts_of: _FactsOf) -> CaseResult:
    items = list(read_file(article_path, name))
    article = items[0] if items else None
    if not isinstance(article, Article):
        return CaseResult(name, "error", items[0].message if items else "empty")
    actual = facts_of(article)
    if isinstance(actual, str):
        return CaseResult(name, "error", actual)
    if update:
        expected_path.write_text(dumps(actual, indent=2) + "\n", encoding="utf-8")
        return CaseResult(name, "updated")
    try:
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return CaseResult(name, "error", f"cannot read {expected_path}: {exc}")
    if expected == actual:
        return CaseResult(name, "same")
    return CaseResult(name, "changed", facts_diff(expected, actual, name))


def counts(results: Iterable[CaseResult]) -> dict[str, int]:
    """How many cases ended in each status, every status named."""
    tally = dict.fromkeys(STATUSES, 0)
    for result in results:
        tally[result.status] += 1
    return tally


def report_json(results: list[CaseResult], folder: Path, strict: bool) -> dict:
    """The run as one JSON object: the counts, whether it passed, and every case."""
    cases = [{"name": r.name, "status": r.status, "failed": r.failed(strict), "seconds": round(r.seconds, 3),
              **({"diff" if r.status == "changed" else "message": r.diff} if r.diff else {})} for r in results]
    return {"folder": str(folder), "strict": strict, "passed": not any(r.failed(strict) for r in results),
            "counts": counts(results), "cases": cases}


# Characters XML 1.0 cannot hold, even escaped: a control character in a file name or a message would make
# the whole report unreadable.
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def report_junit(results: list[CaseResult], folder: Path, strict: bool) -> str:
    """JUnit XML: one testcase per fixture; a change is a failure with its diff, a fixture that could
    not be read an error, a missing expected file skipped (a failure under `strict`)."""
    from xml.etree import ElementTree as ET

    tally = counts(results)
    failures = tally["changed"] + (tally["missing"] if strict else 0)
    suite = ET.Element("testsuite", name=f"factx check {folder}", tests=str(len(results)),
                       failures=str(failures), errors=str(tally["error"]),
                       skipped=str(0 if strict else tally["missing"]),
                       time=f"{sum(r.seconds for r in results):.3f}")
    for result in results:
        case = ET.SubElement(suite, "testcase", classname="factx.check", name=_xml_text(result.name),
                             time=f"{result.seconds:.3f}")
        message = _xml_text(result.diff)
        if result.status == "changed":
            ET.SubElement(case, "failure", type="changed", message="facts changed").text = message
        elif result.status == "error":
            ET.SubElement(case, "error", type="error", message=message)
        elif result.status == "missing" and strict:
            ET.SubElement(case, "failure", type="missing", message=message)
        elif result.status == "missing":
            ET.SubElement(case, "skipped", message=message)
    root = ET.Element("testsuites", name="factx check")
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
