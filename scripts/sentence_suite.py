"""The everyday-sentence suite (tests/data/casualty_sentences.toml) as a gold file for `factx eval`.

One reader of the suite for both the tests and the eval run, so they score the same items.
Usage: python scripts/sentence_suite.py [OUT.jsonl] > suite.jsonl; factx eval casualties suite.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: the tomli backport, a dependency there
    import tomli as tomllib

SUITE = Path(__file__).resolve().parent.parent / "tests" / "data" / "casualty_sentences.toml"
KINDS = ("killed", "injured", "missing", "kidnapped", "arrested")
KEYS = {"id", "group", "text", "title", "published", "known_gap", *KINDS}


@dataclass(frozen=True, slots=True)
class Sentence:
    """One item of the suite: the text the pipeline reads and the totals an editor would give."""

    id: str
    group: str
    text: str
    title: str | None
    published: str | None
    expected: dict[str, int]
    known_gap: str | None


def read_suite(path: Path = SUITE) -> tuple[dict, list[Sentence]]:
    """The raw TOML (for integrity checks) and its items, absent kinds filled in as 0."""
    with open(path, "rb") as handle:
        raw = tomllib.load(handle)
    default_published = raw.get("published")
    items = [
        Sentence(
            id=entry["id"],
            group=entry["group"],
            text=entry["text"],
            title=entry.get("title"),
            published=entry.get("published", default_published),
            expected={kind: entry.get(kind, 0) for kind in KINDS},
            known_gap=entry.get("known_gap"),
        )
        for entry in raw["sentence"]
    ]
    return raw, items


def gold_line(item: Sentence) -> dict:
    """The shared data's gold format; the extra gold keys (three more kinds, group) are ignored by eval."""
    gold = dict(item.expected, group=item.group)
    if item.known_gap:
        gold["known_gap"] = item.known_gap
    return {"id": item.id, "text": item.text, "published": item.published, "title": item.title, "gold": gold}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", help="write here instead of stdout")
    args = parser.parse_args(argv)
    _, items = read_suite()
    lines = "".join(json.dumps(gold_line(item), ensure_ascii=False) + "\n" for item in items)
    if args.out:
        Path(args.out).write_text(lines, encoding="utf-8")
    else:
        sys.stdout.write(lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
