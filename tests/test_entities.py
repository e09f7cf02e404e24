"""Entities: one entry per real-world name."""

from __future__ import annotations

import pytest

from factx.extractors.entities import extract_entities
from factx.extractors.names.grouping import initials
from factx.extractors.names.mentions import trim


def by_text(entities):
    return {e.text: e for e in entities}


def test_seed_entities(seed_record):
    names = {e["text"]: e for e in seed_record["entities"]}
    for expected in ("Joe Biden", "John Kirby", "Antony Blinken", "Wayne Marotto", "Masrour Barzani",
                     "Syria", "Iraq", "Iran", "Erbil"):
        assert expected in names, expected
    assert names["Joe Biden"]["count"] >= 4  # "Biden" mentions joined the full name
    assert "Biden" not in names and "Blinken" not in names


def test_surname_joins_nearest_earlier_full_name(parse):
    doc = parse("Jane Smith met John Smith in Paris on Monday. Later, Smith said the talks went well.")
    people = [e for e in extract_entities(doc) if e.label == "PERSON"]
    assert {e.text for e in people} == {"Jane Smith", "John Smith"}
    assert by_text(people)["John Smith"].count == 2


def test_acronym_joins_full_name(parse):
    doc = parse("The United States said on Monday that the U.S. would send aid, and US officials agreed.")
    places = by_text(extract_entities(doc))
    assert "United States" in places and places["United States"].count == 3


@pytest.mark.parametrize("written, name", [
    ("the Pentagon’s", "Pentagon"), ("U.S.", "U.S."), ("«Le Monde»", "Le Monde"), ("„Le Monde“", "Le Monde"),
    ("― Ana Ruiz", "Ana Ruiz"), ("The Ministry of Defence’s", "Ministry of Defence"),
    ("John Kirby in", "John Kirby"), ("Kirby In", "Kirby In"),
])
def test_a_name_is_cleaned_as_it_would_be_written_alone(parse, written, name):
    doc = parse(f"They wrote {written} yesterday.")
    start = doc.text.index(written)
    span = doc.char_span(start, start + len(written))
    assert doc[slice(*trim(doc, span.start, span.end))].text == name


def test_initials_skip_minor_words():
    assert initials("Department of Defense") == "DD"
    assert initials("Food and Drug Administration") == "FDA"
    assert initials("Paris") == ""
