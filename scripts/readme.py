"""Write the README's generated sections: the record's fields (from `factx schema`) and the CSV columns
(from `factx.tables`), each between its two marker lines.

    python scripts/readme.py          # rewrite README.md in place
    python scripts/readme.py --check  # exit 1, naming the section, when README.md is out of date

`tests/test_readme_sections.py` runs the check, so a field added without its README line fails the suite.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def type_text(prop: dict) -> str:
    """A field's values in a few words: `string`, `[start, end]`, `"a" | "b"`, `list of Entity`, `... | null`."""
    if "$ref" in prop:
        return _ref_name(prop["$ref"])
    if "const" in prop:
        return json.dumps(prop["const"])
    if "enum" in prop:
        return " \\| ".join(json.dumps(v) for v in prop["enum"])
    if "anyOf" in prop:
        return " \\| ".join(type_text(option) for option in prop["anyOf"])
    if prop.get("type") == "array":
        if "prefixItems" in prop:
            return "[start, end]"
        return f"list of {type_text(prop.get('items', {}))}"
    return str(prop.get("type", "any"))


def _is_span(value) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)


def _example_text(example) -> str:
    """A scalar or a span as inline code; nothing for null, lists and objects (too long for a cell)."""
    if example is None or (isinstance(example, (dict, list)) and not _is_span(example)
                           and not (isinstance(example, list) and all(_is_span(v) for v in example))):
        return ""
    return f" E.g. `{json.dumps(example, ensure_ascii=False)}`."


def _order(definitions: dict[str, dict]) -> list[str]:
    """The object schemas in the order the record first refers to them, the record first."""
    order: list[str] = []

    def visit(name: str) -> None:
        if name in order or name not in definitions:
            return
        order.append(name)
        for ref in re.findall(r'"\$ref": "([^"]+)"', json.dumps(definitions[name].get("properties", {}))):
            visit(_ref_name(ref))

    visit("Record")
    order.extend(name for name in definitions if name not in order)
    return order


def record_section() -> str:
    """One table per object of the record: each field, its values and what it holds."""
    from factx.field_docs import definitions as object_schemas
    from factx.registry import record_schema

    definitions = object_schemas(record_schema())
    parts = []
    for name in _order(definitions):
        definition = definitions[name]
        heading = definition.get("description", "").strip().splitlines()[0] if name != "Record" else \
            "One JSON object per article."
        rows = ["| field | values | what it holds |", "|---|---|---|"]
        for field, prop in definition.get("properties", {}).items():
            text = prop.get("description", "").replace("|", "\\|")
            rows.append(f"| `{field}` | {type_text(prop)} | {text}{_example_text(prop.get('examples', [None])[0])} |")
        parts.append(f"**{name}**: {heading}\n\n" + "\n".join(rows))
    return "\n\n".join(parts)


def columns_section() -> str:
    """Each `--facts` choice and its columns, in order."""
    from factx.tables import column_docs

    rows = ["| `--facts` | columns |", "|---|---|"]
    for name, header in column_docs(context=True).items():
        rows.append(f"| `{name}` | {', '.join(f'`{column}`' for column in header)} |")
    return "\n".join(rows)


SECTIONS = {"record": record_section, "columns": columns_section}


def _markers(name: str) -> tuple[str, str]:
    return f"<!-- {name}: written by scripts/readme.py -->", f"<!-- /{name} -->"


def rewrite(text: str) -> tuple[str, list[str]]:
    """The README with every section made afresh, and the names of those that changed."""
    changed = []
    for name, make in SECTIONS.items():
        begin, end = _markers(name)
        if begin not in text or end not in text:
            raise SystemExit(f"README.md: no {begin} ... {end} section")
        head, rest = text.split(begin, 1)
        old, tail = rest.split(end, 1)
        new = f"\n{make()}\n"
        if old != new:
            changed.append(name)
        text = head + begin + new + end + tail
    return text, changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether README.md is up to date")
    args = parser.parse_args()
    text, changed = rewrite(README.read_text(encoding="utf-8"))
    if args.check:
        for name in changed:
            print(f"README.md: the {name} section is out of date (run python scripts/readme.py)", file=sys.stderr)
        return 1 if changed else 0
    README.write_text(text, encoding="utf-8")
    print(f"README.md: {', '.join(changed) or 'nothing'} rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
