"""The title filter: a title is parsed on its own only when its words could state a casualty."""

from __future__ import annotations

import pytest

from factx.extractors.casualties.headline import may_state_casualty
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
