"""CSV and TSV that spreadsheets read: flat columns, no JSON in a cell, one row per article for totals."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factx import registry, tables
from factx.cli import app
from factx.formats import write_csv

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


class _Record:
    def __init__(self, record: dict):
        self.record = record

    def to_dict(self) -> dict:
        return self.record


def _rows(record: dict, facts: str, tabs: bool = False, context: bool = False) -> list[dict]:
    out = io.StringIO()
    write_csv([_Record(record)], out, facts, tabs=tabs, context=context)
    return list(csv.DictReader(io.StringIO(out.getvalue()), dialect="excel-tab" if tabs else "excel"))


@pytest.mark.parametrize("facts", tables.choices())
def test_no_cell_holds_json(seed_record, facts):
    rows = _rows(seed_record, facts)
    assert rows, facts  # the seed article has facts of every kind
    for row in rows:
        for column, cell in row.items():
            assert not cell.startswith(("[", "{")), (facts, column, cell)


def test_spans_and_intervals_are_two_columns_each(seed_record):
    header = tables.table("dates").header
    assert header == ("id", "text", "span_start", "span_end", "type", "value", "interval_start", "interval_end",
                      "mod", "sentence_start", "sentence_end")
    first, row = seed_record["dates"][0], _rows(seed_record, "dates")[0]
    assert (int(row["span_start"]), int(row["span_end"])) == tuple(first["span"])
    assert (row["interval_start"], row["interval_end"]) == (first["interval"]["start"], first["interval"]["end"])
    assert "speaker_span_start" in tables.table("quotes").header


def test_an_entity_is_one_row_with_its_first_mention_and_count(seed_record):
    rows = _rows(seed_record, "entities")
    assert len(rows) == len(seed_record["entities"])
    for row, entity in zip(rows, seed_record["entities"], strict=True):
        assert [int(row["first_start"]), int(row["first_end"])] == entity["mentions"][0]
        assert int(row["count"]) == entity["count"]


def test_a_missing_interval_is_empty_cells():
    record = {"id": "a", "dates": [{"text": "an hour", "span": [0, 7], "type": "DURATION", "value": "PT1H",
                                    "interval": None, "mod": None, "sentence": [0, 9]}]}
    row = _rows(record, "dates")[0]
    assert row["interval_start"] == row["interval_end"] == "" and row["value"] == "PT1H"


def test_a_list_of_words_is_one_cell():
    column = tables._field_columns("aliases", list[str], ("aliases",))[0]
    assert column.value({"aliases": ["Joe Biden", "Biden"]}) == "Joe Biden; Biden"


def test_totals_one_row_per_article(seed_record):
    (row,) = _rows(seed_record, "totals")
    assert list(row) == ["id", "title", "published", "killed", "injured", "missing", "kidnapped", "arrested"]
    assert int(row["killed"]) == seed_record["casualty_totals"]["killed"] and row["published"] == "2021-02-25"


def test_events_one_row_per_event_with_its_number_and_statements(seed_record):
    rows = _rows(seed_record, "events")
    assert [(r["id"], r["event"], r["cause"], r["where"], r["killed"], r["injured"]) for r in rows] == [
        (seed_record["id"], "0", "rocket attack", "Erbil", "1", "6")]
    assert rows[0]["statements"] == "; ".join(map(str, seed_record["events"][0]["statements"]))


def test_tsv_quotes_only_a_cell_that_holds_a_tab_or_a_line_break():
    record = {"id": "a", "quotes": [{"text": "one\ttwo\nthree", "span": [0, 13], "type": "direct"}]}
    out = io.StringIO()
    write_csv([_Record(record)], out, "quotes", tabs=True)
    header, line = out.getvalue().split("\n", 1)
    assert header.split("\t")[:3] == ["id", "text", "span_start"] and line.startswith('a\t"one\ttwo\nthree"\t0\t13')
    assert _rows(record, "quotes", tabs=True)[0]["text"] == "one\ttwo\nthree"


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_text():
    record = {"id": "a", "quotes": [{"text": '=HYPERLINK("http://x.example","click")', "span": [0, 5],
                                     "type": "direct", "speaker": "-Anna Lima"},
                                    {"text": "plain words", "span": [-1, 5], "type": "direct", "speaker": "@lima"}]}
    rows = _rows(record, "quotes")
    assert rows[0]["text"] == "'=HYPERLINK(\"http://x.example\",\"click\")" and rows[0]["speaker"] == "'-Anna Lima"
    assert rows[1]["text"] == "plain words" and rows[1]["speaker"] == "'@lima"
    assert rows[1]["span_start"] == "-1"  # a number is never changed


def test_every_table_has_unique_columns_and_id_first():
    for name in tables.choices():
        for context in (False, True):
            header = tables.table(name, context).header
            assert header[0] == "id" and len(set(header)) == len(header), (name, header)
    assert "sentence_text" in tables.table("quotes", context=True).header


def test_cli_tsv_totals_and_the_tsv_extension(tmp_path):
    runner = CliRunner()
    several = [str(FIXTURES / "wire-dateline.txt"), str(FIXTURES / "police-shooting.txt")]
    result = runner.invoke(app, ["extract", *several, "--format", "tsv", "--facts", "totals", "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout), dialect="excel-tab"))
    assert [r["id"] for r in rows] == several and rows[0]["killed"] == "12"
    out = tmp_path / "quotes.tsv"
    result = runner.invoke(app, ["extract", several[0], "-o", str(out), "--facts", "quotes"])
    assert result.exit_code == 0 and out.read_text().split("\n")[0].split("\t")[:2] == ["id", "text"]
    assert runner.invoke(app, ["extract", several[0], "-f", "tsv"]).exit_code == 2  # needs --facts


def test_the_readme_lists_every_tables_columns():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import readme
    finally:
        sys.path.pop(0)
    section = readme.columns_section()
    for name, header in tables.column_docs().items():
        assert f"| `{name}` | {', '.join(f'`{c}`' for c in header)} |" in section
    assert section in (ROOT / "README.md").read_text(encoding="utf-8")


def test_kind_columns_in_the_registry_are_the_flat_ones():
    for kind in registry.KINDS:
        assert kind.csv_columns == tables.table(kind.name).header
    assert json.dumps(tables.column_docs())  # plain data, for a caller that lists them
