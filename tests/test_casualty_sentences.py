"""The everyday-sentence suite: each invented news item through the whole pipeline, all five totals.

Items that today's code gets wrong carry `known_gap` in the TOML and run as strict xfail, so a fix
that makes one pass shows up (then remove its marker). The items go through the same JSON Lines
reader and Pipeline as `factx eval`, so the test and the eval run score the same thing.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_suite_module():
    spec = importlib.util.spec_from_file_location("sentence_suite", ROOT / "scripts" / "sentence_suite.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


SUITE = _load_suite_module()
RAW, ITEMS = SUITE.read_suite()


def _param(item):
    marks = [pytest.mark.xfail(strict=True, reason=item.known_gap)] if item.known_gap else []
    return pytest.param(item, id=item.id, marks=marks)


@pytest.fixture(scope="module")
def records(nlp):
    """Every item's record dict by id, from one pipeline run (the session's model)."""
    from factx.formats import outcome_dict
    from factx.pipeline import Pipeline
    from factx.reader import read_jsonl_lines

    lines = [json.dumps(SUITE.gold_line(item)) for item in ITEMS]
    outcomes = Pipeline().process(read_jsonl_lines(lines, "casualty_sentences"))
    return {item.id: outcome_dict(outcome) for item, outcome in zip(ITEMS, outcomes, strict=True)}


def totals_of(record: dict) -> dict[str, int]:
    assert "error" not in record, record["error"]["message"]
    found = record.get("casualty_totals") or {}
    return {kind: found.get(kind) or 0 for kind in SUITE.KINDS}


@pytest.mark.parametrize("item", [_param(item) for item in ITEMS])
def test_sentence_totals(records, item):
    assert totals_of(records[item.id]) == item.expected, item.text


# ---------------------------------------------------------------- the data itself


def test_suite_is_large_and_spread():
    groups = {item.group for item in ITEMS}
    assert len(ITEMS) >= 180
    assert len(groups) >= 30


def test_ids_are_unique():
    ids = [item.id for item in ITEMS]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


@pytest.mark.parametrize("entry", RAW["sentence"], ids=lambda entry: entry.get("id", "?"))
def test_entry_is_well_formed(entry):
    assert set(entry) <= SUITE.KEYS, set(entry) - SUITE.KEYS
    assert isinstance(entry.get("id"), str) and entry["id"]
    assert isinstance(entry.get("group"), str) and entry["group"]
    assert isinstance(entry.get("text"), str) and entry["text"].strip()
    for kind in SUITE.KINDS:
        value = entry.get(kind, 0)
        assert isinstance(value, int) and not isinstance(value, bool) and value >= 0, (kind, value)
    published = entry.get("published", RAW.get("published"))
    assert published is None or date.fromisoformat(published)
    for optional in ("title", "known_gap"):
        assert optional not in entry or (isinstance(entry[optional], str) and entry[optional].strip())


def test_gold_lines_are_the_shared_format():
    line = SUITE.gold_line(ITEMS[0])
    assert set(line) == {"id", "text", "published", "title", "gold"}
    assert {"killed", "injured"} <= set(line["gold"])
