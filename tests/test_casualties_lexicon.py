"""The casualty lexicon's integrity (lexicon/en/casualties.toml and casualty_rules.toml)."""

from __future__ import annotations

from dataclasses import fields

import pytest

from factx import lexicon
from factx.extractors.casualties.rules import RULES
from factx.extractors.casualties.words import WORDS

KINDS = {"killed", "injured", "missing", "kidnapped", "arrested"}
LABEL_LISTS = {"not_person_labels"}  # spaCy entity labels, upper-case


def word_lists():
    for group in (WORDS.triggers, WORDS.victims, WORDS.statements, WORDS.events):
        for f in fields(group):
            yield f"{type(group).__name__}.{f.name}", getattr(group, f.name)


@pytest.mark.parametrize("name, words", list(word_lists()), ids=[name for name, _ in word_lists()])
def test_words_are_lower_case_and_trimmed(name, words):
    if name.split(".")[1] in LABEL_LISTS:
        assert all(w == w.upper() for w in words)
        return
    assert words, name
    for word in words:
        assert word == word.lower() and word == word.strip(), (name, word)


def test_every_trigger_states_a_known_kind():
    triggers = WORDS.triggers
    assert set(triggers.verbs.values()) | set(triggers.participles.values()) <= KINDS | {"hit"}
    assert set(triggers.adjectives.values()) <= KINDS
    assert set(triggers.nouns.values()) <= KINDS | {"hit", "casualty"}
    assert triggers.nominal <= set(triggers.adjectives), "a nominal adjective takes the adjective's kind"
    assert WORDS.harmed <= KINDS | {"hit"}


def test_people_and_animals_are_apart():
    victims = WORDS.victims
    assert victims.perpetrator_nouns <= victims.person_nouns
    assert not victims.animals & victims.person_nouns
    assert not victims.not_people & victims.person_nouns


def test_termsets_are_plain_phrases_each_in_one_role():
    seen: dict[str, str] = {}
    for role, phrases in WORDS.termsets.items():
        assert phrases and len(set(phrases)) == len(phrases), role
        for phrase in phrases:
            assert phrase == phrase.lower() and " ".join(phrase.split()) == phrase, (role, phrase)
            assert phrase not in seen, f"{phrase!r} is in both {seen[phrase]} and {role}"
            seen[phrase] = role


def test_rules_are_named_once_and_give_known_facts():
    assert len({rule.name for rule in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.example.text, rule.name
        assert all(fact.kind in KINDS for fact in rule.example.expect), rule.name
        if rule.marks == "trigger":
            # previous: the kind told just before; governor: the kind of the verb the trigger is told with
            assert rule.kind in KINDS | {"hit", "previous", "governor"} and rule.reading, rule.name


def test_a_malformed_rule_is_named():
    from factx.extractors.casualties.rules import _rule

    entry = dict(lexicon.load("casualty_rules")["rule"][0], marks="nonsense")
    with pytest.raises(KeyError, match="suicide"):
        _rule(entry)
