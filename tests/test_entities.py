"""Entities: one entry per real-world name."""

from __future__ import annotations

from factx.extractors.entities import clean_name, extract_entities, initials


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


def test_clean_name():
    assert clean_name("the Pentagon’s") == "Pentagon"
    assert clean_name("U.S.") == "U.S."
    assert clean_name("«Le Monde»") == clean_name("„Le Monde“") == "Le Monde"
    assert clean_name("― Ana Ruiz") == "Ana Ruiz"
    assert clean_name("The  Ministry of Defence’s") == "Ministry of Defence"
    assert clean_name("John Kirby in") == "John Kirby" and clean_name("Kirby In") == "Kirby In"


def test_initials_skip_minor_words():
    assert initials("Department of Defense") == "DD"
    assert initials("Food and Drug Administration") == "FDA"
    assert initials("Paris") == ""
