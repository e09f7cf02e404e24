"""The registry: every kind declared once, and everything that lists kinds reads it."""

from __future__ import annotations

import dataclasses
import importlib
import subprocess
import sys
from datetime import date

import pytest

from factx import registry, tables
from factx.pipeline import STANDARD_COMPONENTS, required_components
from factx.registry import KINDS, FactKind, Record


def test_kinds_in_the_contract_order():
    assert registry.NAMES == ("entities", "dates", "casualties", "quotes")
    assert registry.FIELDS == ("entities", "dates", "casualties", "casualty_totals", "events", "quotes")


@pytest.mark.parametrize("kind", KINDS, ids=registry.NAMES)
def test_every_kind_is_complete(kind):
    record_fields = [f.name for f in dataclasses.fields(Record)]
    fact_fields = {f.name for f in dataclasses.fields(kind.fact)}
    assert [name for name, _ in kind.fields] == [n for n in record_fields if n in dict(kind.fields)]
    columns = tables.kind_table(kind).columns
    assert kind.csv_columns[0] == "id" and {column.path[0] for column in columns[1:]} <= fact_fields
    assert callable(registry._function(kind.extractor))
    assert kind.panel and callable(registry._function(kind.panel))
    assert kind.marks and callable(registry._function(kind.marks))
    assert kind.listing and callable(registry._function(kind.listing))
    assert kind.requires and set(kind.requires) <= set(STANDARD_COMPONENTS)


HEAD = dict(id="a", source=None, title=None, published=None, published_source=None, language=None, model="m",
            factx_version="0")


def test_the_record_holds_every_kind_field_between_the_head_and_the_text():
    names = [f.name for f in dataclasses.fields(Record)]
    assert names[names.index("factx_version") + 1: names.index("notes")] == list(registry.FIELDS)
    assert names[names.index("notes"):] == ["notes", "text", "schema_version"]
    assert Record.FACT_FIELDS == registry.FIELDS


def test_fact_fields_start_empty_and_are_not_shared():
    one, two = Record(**HEAD), Record(**HEAD)
    assert one.entities == [] and one.entities is not two.entities
    assert one.to_dict()["casualty_totals"] == dict.fromkeys(("killed", "injured", "missing", "kidnapped",
                                                              "arrested"), 0)


def test_required_components_are_the_union_of_the_kinds():
    assert required_components() == {"ner", "tagger", "parser", "lemmatizer", "attribute_ruler"}


def test_the_requirements_are_declared_only_in_the_registry():
    for kind in KINDS:
        module = importlib.import_module(kind.extractor.partition(":")[0])
        assert not hasattr(module, "REQUIRES"), f"{module.__name__} still declares REQUIRES"


def test_cli_facts_choices_are_the_registered_kinds_their_lists_and_totals():
    from factx.cli import FactKind as Choice

    assert [choice.value for choice in Choice] == [*registry.NAMES, "events", "totals"]


def test_component_keys_are_the_registry_fields(nlp):
    from factx.component import FactxComponent

    doc = FactxComponent(nlp, "factx", published="2021-02-25")(nlp("Two people died in Lyon on Monday."))
    assert list(doc._.factx) == ["published", "language", *registry.FIELDS, "notes"]


def test_importing_the_registry_imports_no_extractor_and_nothing_heavy():
    code = ("import sys, factx.registry\n"
            "print(sorted(m for m in sys.modules if m.startswith('factx.extractors') or m.split('.')[0] in "
            "('spacy', 'rich', 'dateparser', 'pydantic')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# A made-up kind, to show what the registry does with a declaration.
CALLS: list = []


def count_words(doc, published, entities):
    CALLS.append((doc, published, entities))
    return ["w"] * len(doc.split()), len(entities)


COUNTER = FactKind(name="words", extractor=f"{__name__}:count_words", fact=registry.Entity, requires=("ner",),
                   panel="factx.panels:entities_panel", reads=("entities",), takes_published=True,
                   more_fields=(("word_total", int),))


def test_run_passes_what_the_kind_declares_and_fill_names_the_fields():
    output = COUNTER.run("three short words", date(2021, 2, 25), {"entities": ["E1", "E2"]})
    assert CALLS[-1] == ("three short words", date(2021, 2, 25), ["E1", "E2"])
    assert COUNTER.fill(output) == {"words": ["w", "w", "w"], "word_total": 2}
    with pytest.raises(ValueError, match="returned 3 values"):
        COUNTER.fill((1, 2, 3))


def test_a_kind_may_read_only_kinds_declared_before_it():
    with pytest.raises(ValueError, match="not declared before it"):
        registry._check((COUNTER, *KINDS))
    with pytest.raises(ValueError, match="declared twice"):
        registry._check((*KINDS, KINDS[0]))
    registry._check((*KINDS, COUNTER))  # after entities: fine


def test_unknown_kind_is_a_key_error():
    assert registry.kind("quotes").name == "quotes"
    with pytest.raises(KeyError):
        registry.kind("weather")
