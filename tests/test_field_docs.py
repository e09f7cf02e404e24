"""The record documented: every field of `factx schema` has a description and an example it accepts,
and the README's record section is the one made from the schema."""

from __future__ import annotations

import sys
from pathlib import Path

import jsonschema
import pytest

from factx.field_docs import FIELD_DOCS, definitions
from factx.registry import record_schema

ROOT = Path(__file__).resolve().parent.parent


def _properties(node, where: str = "$"):
    """Every (path, property schema) at every level: top level, $defs, nested objects, items."""
    if isinstance(node, dict):
        for name, prop in node.get("properties", {}).items():
            yield f"{where}.{name}", prop
        for key, value in node.items():
            yield from _properties(value, f"{where}.{key}")
    elif isinstance(node, list):
        for number, value in enumerate(node):
            yield from _properties(value, f"{where}[{number}]")


def test_every_property_at_every_level_has_a_description_and_an_example():
    found = list(_properties(record_schema()))
    assert len(found) > 50  # the walk reaches the fact classes, not just the top level
    missing = [path for path, prop in found if not prop.get("description") or not prop.get("examples")]
    assert not missing, f"no description or example in factx/field_docs.py for {missing}"


def test_every_example_is_valid_for_its_own_field():
    schema = record_schema()
    refused = []
    for name, definition in definitions(schema).items():
        for field, prop in definition.get("properties", {}).items():
            validator = jsonschema.Draft202012Validator({**prop, "$defs": schema.get("$defs", {})})
            refused += [f"{name}.{field}: {e.message}" for example in prop["examples"]
                        for e in validator.iter_errors(example)]
    assert not refused


def test_every_documented_field_exists():
    known = {name: set(d.get("properties", {})) for name, d in definitions(record_schema()).items()}
    stale = [f"{cls}.{field}" for cls, docs in FIELD_DOCS.items() for field in docs if field not in known.get(cls, ())]
    assert not stale, f"factx/field_docs.py documents fields the record does not have: {stale}"


@pytest.fixture(scope="module")
def readme_script():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import readme
    finally:
        sys.path.pop(0)
    return readme


def test_the_readme_record_section_is_made_from_the_schema(readme_script):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    _, changed = readme_script.rewrite(text)
    assert not changed, f"README.md sections out of date: {changed} (run python scripts/readme.py)"


def test_the_readme_names_every_field_and_no_other(readme_script):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    begin, end = readme_script._markers("record")
    section = text.split(begin, 1)[1].split(end, 1)[0]
    for name, definition in definitions(record_schema()).items():
        block = section.split(f"**{name}**:", 1)[1].split("\n\n**", 1)[0]
        named = [line.split("`")[1] for line in block.splitlines() if line.startswith("| `")]
        assert named == list(definition["properties"]), name
