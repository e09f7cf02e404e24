"""The JSON contract: schema_version 1 field names, and a schema every record validates against."""

from __future__ import annotations

import jsonschema

from factx.registry import record_schema

TOP_LEVEL = ["schema_version", "id", "source", "title", "published", "published_source", "model",
             "factx_version", "entities", "dates", "casualties", "casualty_totals", "quotes"]


def test_record_keys_in_contract_order(seed_record):
    assert list(seed_record) == TOP_LEVEL
    assert seed_record["schema_version"] == "1"
    assert set(seed_record["casualty_totals"]) == {"killed", "injured", "missing", "kidnapped", "arrested"}


def test_schema_is_draft_2020_12_and_validates_seed(seed_record):
    schema = record_schema()
    assert schema["$schema"].endswith("2020-12/schema")
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(seed_record, schema, cls=jsonschema.Draft202012Validator)


def test_schema_rejects_a_broken_record(seed_record):
    broken = dict(seed_record, dates=[{"text": "x", "span": [0, 1], "type": "WHENEVER", "value": "x"}])
    validator = jsonschema.Draft202012Validator(record_schema())
    assert list(validator.iter_errors(broken))


def test_every_span_slices_back_to_its_text(seed_text, seed_record):
    for kind in ("dates", "casualties", "quotes"):
        for fact in seed_record[kind]:
            start, end = fact["span"]
            assert seed_text[start:end] == fact["text"], (kind, fact)
    for entity in seed_record["entities"]:
        for start, end in entity["mentions"]:
            assert seed_text[start:end].strip()
