"""The JSON contract: schema_version 1 field names, and a schema every record validates against."""

from __future__ import annotations

import jsonschema

from factx.registry import record_schema

TOP_LEVEL = ["schema_version", "id", "source", "title", "published", "published_source", "language", "model",
             "factx_version", "entities", "dates", "casualties", "casualty_totals", "events", "quotes", "notes"]


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
        assert entity["count"] == len(entity["mentions"]) > 0
        for start, end in entity["mentions"]:
            mention = seed_text[start:end]
            assert mention in entity["aliases"], (entity["text"], mention)
            # the name, one of its words, its initials, or an abbreviation the text defines ("KSS")
            assert names_the_entity(mention, entity["text"]) or _acronym(mention), (entity["text"], mention)


def names_the_entity(mention: str, name: str) -> bool:
    """A mention is the name itself (any case), one of its words ("Biden"), or its acronym ("U.S.")."""
    return (mention.casefold() == name.casefold() or mention in name.split()
            or _acronym(mention) == _initials(name) != ""
            or _acronym(name) == _initials(mention) != "")


def _acronym(text: str) -> str:
    letters = text.replace(".", "").replace(" ", "")
    return letters if letters.isalpha() and letters.isupper() else ""


def _initials(text: str) -> str:
    return "".join(word[0] for word in text.split() if word[:1].isupper()) if " " in text else ""


def test_names_the_entity_refuses_other_text():
    assert names_the_entity("Biden", "Joe Biden") and names_the_entity("U.S.", "United States")
    assert not names_the_entity("Harris", "Joe Biden") and not names_the_entity("UK", "United States")
    assert not names_the_entity("Bide", "Joe Biden")


def test_error_records_are_described_by_the_schema(seed_record):
    from factx.formats import outcome_dict
    from factx.pipeline import Failure
    from factx.reader import InputError

    validator = jsonschema.Draft202012Validator(record_schema())
    for outcome in (InputError("missing.txt", "no such file or folder"),
                    InputError("in.jsonl:3", "no 'text' string in this JSON object", "c"),
                    Failure("x.txt", "extraction failed: ValueError: boom", "x")):
        line = outcome_dict(outcome)
        assert not list(validator.iter_errors(line)), line
    assert list(validator.iter_errors({"id": "x", "error": {"input": "x"}}))  # no message
    assert list(validator.iter_errors({"id": "x"}))  # neither a record nor an error record
    assert record_schema()["oneOf"] == [{"$ref": "#/$defs/Record"}, {"$ref": "#/$defs/ErrorRecord"}]
