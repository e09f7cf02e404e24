"""The title filter: a title is parsed on its own only when its words could state a casualty."""

from __future__ import annotations

import pytest

from factx.extractors.casualties.headline import headline_case, may_state_casualty, without_site_names
from factx.extractors.casualties.rules import RULES


@pytest.mark.parametrize("title", [
    "Two Killed In Crash On Route 9", "Teen shot on Elm Street", "Triple homicide at Dorrow park",
    "Bodies found in river", "Man dies after fall", "Four injured as bus overturns", "Hikers missing in storm",
    "Gunman struck three", "Toddler drowns in pool", "Fatalities on the rise",
])
def test_a_title_that_names_harm_is_parsed(title):
    assert may_state_casualty(title)


@pytest.mark.parametrize("title", [
    "Council approves new budget", "Local team wins the final", "Markets rally on rate hopes", "",
])
def test_a_title_that_names_no_harm_is_not(title):
    assert not may_state_casualty(title)


@pytest.mark.parametrize("rule", [r for r in RULES if r.example.expect], ids=lambda r: r.name)
def test_every_rule_example_with_facts_passes_the_filter(rule):
    assert may_state_casualty(rule.example.text)


@pytest.mark.parametrize(("title", "parsed"), [
    ("One Person Shot Outside Corner Store In Dorrow", "one person shot outside Corner Store in Dorrow"),
    ("Two Charged In Triple Homicide At Varnholt Park", "two charged in triple homicide at Varnholt Park"),
    ("THREE WOUNDED IN TARROW SHOOTING", "three wounded in tarrow shooting"),
    ("Teen shot on Elm Street", "Teen shot on Elm Street"),  # not Title Case: as written
])
def test_a_title_cased_headline_is_parsed_with_known_words_in_lower_case(title, parsed):
    assert headline_case(title) == parsed


@pytest.mark.parametrize(("title", "parsed"), [
    ("WXYZ 7 - Two shot on Elm Street", " " * len("WXYZ 7 - ") + "Two shot on Elm Street"),
    ("Teen shot in Dorrow - Dorrow News | Weather, Sports", "Teen shot in Dorrow".ljust(51)),
    ("Council approves budget - Dorrow News", "Council approves budget - Dorrow News"),  # no harm anywhere
])
def test_the_segments_of_a_title_that_name_no_harm_are_blanked(title, parsed):
    assert without_site_names(title) == parsed and len(parsed) == len(title)


def test_a_title_fact_keeps_the_title_as_written():
    from factx.api import extract

    title = "WXYZ 7 - Three People Shot Outside Dorrow Bar"
    record = extract("Sign up for our daily newsletter.", "2024-05-10", title=title)
    (fact,) = record.to_dict()["casualties"]
    assert fact["from_title"] and fact["count"] == 3
    assert fact["text"] == title[slice(*fact["span"])] == "Three People Shot"
