"""Every attribution rule's examples, run through the real pipeline (generated: one test per example).

The examples live next to their rules (factx/extractors/quotes: cues.RULES, indirect.RULE,
attribution.RULES); each test checks the quote's span and every value, not a substring.
"""

from __future__ import annotations

import pytest

from factx.extractors.entities import extract_entities
from factx.extractors.quotes import MATCHED_RULES, all_rules, extract_quotes
from factx.extractors.quotes.rules import match_terms

EXAMPLES = [pytest.param(rule, example, id=f"{rule.name}: {example.text[:40]}")
            for rule in all_rules() for example in rule.examples]


@pytest.mark.parametrize("rule, example", EXAMPLES)
def test_rule_example(nlp, rule, example):
    doc = nlp(example.text)
    quotes = extract_quotes(doc, extract_entities(doc))
    found = [q for q in quotes if example.text[q.span[0]:q.span[1]] == example.quote]
    assert found, f"no quote spans {example.quote!r}; got {[q.text for q in quotes]}"
    (quote,) = found
    assert quote.text == example.quote
    got = (quote.type, quote.speaker, quote.cue, quote.channel)
    assert got == (example.type, example.speaker, example.cue, example.channel)


def test_every_rule_has_an_example():
    names = [rule.name for rule in all_rules()]
    assert len(names) == len(set(names))
    assert all(rule.examples for rule in all_rules())


@pytest.mark.parametrize("rule", MATCHED_RULES, ids=lambda rule: rule.name)
def test_a_matched_rule_finds_its_examples_cue(nlp, rule):
    """The example exercises its own rule: the rule's terms match where the cue is written."""
    for example in rule.examples:
        doc = nlp(example.text)
        matched = {doc[start:end].text.lower() for start, end in match_terms(doc, MATCHED_RULES)[rule.name]}
        assert example.cue.split()[0].lower() in {m.split()[0] for m in matched}, (example.text, matched)


def test_matchers_built_inside_a_memory_zone_work_after_it():
    """The pipeline parses inside spaCy memory zones, which forget the strings first added in them
    (a fresh vocab here, so the rule names are new to it)."""
    import spacy

    blank = spacy.blank("en")
    for _ in range(2):
        with blank.memory_zone():
            doc = blank("The vote will be close, according to Ana Lima.")
            assert match_terms(doc, MATCHED_RULES)["source phrase"] == [(6, 8)]
