"""Writers for the output formats: json, jsonl, csv and the rich table for terminals.

Outcomes are Records, InputErrors or Failures; in json and jsonl an input that failed becomes an
error record `{"id": ..., "error": {"input": ..., "message": ...}}` in its place, so a pipeline can
count it (the same line also goes to stderr).
"""

from __future__ import annotations

import csv
import json
from typing import IO, Iterable

FORMATS = ("auto", "json", "jsonl", "table", "csv")
FACT_KINDS = ("entities", "dates", "casualties", "quotes")


def is_error(outcome) -> bool:
    return not hasattr(outcome, "to_dict")


def outcome_dict(outcome) -> dict:
    """The JSON form of any outcome: a record, or an error record for an input that failed."""
    if not is_error(outcome):
        return outcome.to_dict()
    return {"id": outcome.id, "error": {"input": outcome.input, "message": outcome.message}}


def dumps(obj: dict, indent: int | None = None) -> str:
    """Stable JSON: key order as built, UTF-8 kept readable."""
    return json.dumps(obj, ensure_ascii=False, indent=indent)


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
    for outcome in outcomes:
        body = dumps(outcome_dict(outcome), indent=2).replace("\n", "\n  ")
        out.write(("\n  " if first else ",\n  ") + body)
        out.flush()
        first = False
    out.write("\n]\n" if not first else "]\n")


def csv_rows(record: dict, kind: str) -> Iterable[dict]:
    """One flat row per fact, each with the article's id."""
    for fact in record.get(kind, []):
        row = {"id": record["id"]}
        for key, value in fact.items():
            if isinstance(value, (list, dict)):
                value = json.dumps(value, ensure_ascii=False)
            row[key] = value
        yield row


CSV_COLUMNS = {
    "entities": ["id", "text", "label", "count", "mentions"],
    "dates": ["id", "text", "span", "type", "value", "interval", "mod"],
    "casualties": ["id", "kind", "count", "min", "max", "approximate", "who", "where", "when", "negated", "span",
                   "text", "includes_perpetrator"],
    "quotes": ["id", "text", "span", "type", "speaker", "speaker_span", "speaker_label", "role", "cue", "channel"],
}


def write_csv(outcomes: Iterable, out: IO[str], kind: str) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS[kind], extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for outcome in outcomes:
        if is_error(outcome):
            continue
        writer.writerows(csv_rows(outcome.to_dict(), kind))
        out.flush()
