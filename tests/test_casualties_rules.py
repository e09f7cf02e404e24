"""The casualty stage's phrase rules and cue phrases run their own examples (lexicon/en/casualty_rules.toml).

One test per example checks every fact the example gives (kind, count, exact span text, negation,
perpetrator), another that the rule is what gave it (the rule fires; the cue role, removed, changes
the facts), and the dependency patterns, evaluated from their anchor for speed, are checked against
spaCy's own DependencyMatcher.
"""

from __future__ import annotations

from datetime import date

import pytest

from factx.extractors.casualties import Termsets, extract_casualties
from factx.extractors.casualties.rules import RULES, TERMSET_EXAMPLES, read_marks

DCT = date(2021, 2, 25)
EXAMPLES = [(f"rule {rule.name}", rule.example) for rule in RULES] + [
    (f"cue {role}", example) for role, example in TERMSET_EXAMPLES.items()]


def facts_of(parse, text, termsets=None):
    facts, _, _ = extract_casualties(parse(text), DCT, [], termsets)
    return [(f.kind, f.count, f.text, f.negated, f.includes_perpetrator) for f in facts]


@pytest.mark.parametrize("name, example", EXAMPLES, ids=[name for name, _ in EXAMPLES])
def test_each_example_gives_exactly_its_facts(parse, name, example):
    expected = [(e.kind, e.count, e.text, e.negated, e.perpetrator) for e in example.expect]
    assert facts_of(parse, example.text) == expected


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_each_rule_fires_on_its_example(parse, rule):
    assert rule.name in read_marks(parse(rule.example.text)).fired


@pytest.mark.parametrize("role", sorted(TERMSET_EXAMPLES))
def test_each_cue_role_is_what_its_example_turns_on(parse, role):
    example = TERMSET_EXAMPLES[role]
    assert facts_of(parse, example.text, Termsets.default().without(role)) != facts_of(parse, example.text)


def test_every_termset_role_has_an_example():
    assert set(TERMSET_EXAMPLES) == set(Termsets.default().roles)


DEPENDENCY_RULES = [rule for rule in RULES if rule.matcher == "dependency"]
MORE_SENTENCES = [
    "The attack left two men in serious condition and a third in stable condition.",
    "His condition is critical, and the deaths of his brothers shocked the town.",
    "She said the death toll would rise; the toll of the dead stood at 12, and 4 died, 2 fatally.",
    "They feared the worst: three climbers were presumed dead and one was feared dead.",
    "Many lives were lost; he takes his own life seriously and took his life savings.",
]


@pytest.mark.parametrize("rule", DEPENDENCY_RULES, ids=[rule.name for rule in DEPENDENCY_RULES])
def test_dependency_patterns_match_as_spacy_matches_them(nlp, rule):
    from spacy.matcher import DependencyMatcher

    matcher = DependencyMatcher(nlp.vocab)
    matcher.add(rule.name, [list(rule.pattern)])
    words = set(rule.anchor_words)
    found_any = False
    for text in [r.example.text for r in RULES] + MORE_SENTENCES:
        doc = nlp(text)
        spacy_anchors = {tokens[0] for _, tokens in matcher(doc)}
        ours = {tok.i for tok in doc if tok.lower_ in words and rule.holds_at(tok)}
        assert ours == spacy_anchors, text
        found_any |= bool(ours)
    assert found_any


def test_termsets_extend_through_config(parse):
    text = "After the flood, officials said storms kill 40 people every summer in the valley."
    assert facts_of(parse, text) == [("killed", 40, "kill 40 people", False, False)]
    wider = Termsets.default().extended(statistic=["every summer"])
    assert facts_of(parse, text, wider) == []
    assert "every summer" not in Termsets.default().roles["statistic"]


def test_every_phrase_can_match_as_spacy_tokenizes_it(nlp):
    phrases = [p for terms in Termsets.default().roles.values() for p in terms]
    phrases += [p for rule in RULES for p in rule.anchor_words]
    for phrase in phrases:
        assert [t.lower_ for t in nlp.make_doc(phrase)] == phrase.split(), phrase


def test_rules_compiled_inside_a_memory_zone_still_match_after_it(nlp):
    from factx.extractors.casualties.rules import CompiledRules

    termsets = Termsets.default().extended(zone_check=["kept across zones"])
    with nlp.memory_zone():  # the pipeline parses each batch inside one; the first batch compiles the rules
        compiled = CompiledRules(nlp.vocab, termsets)
        compiled.marks(nlp("A first batch."))
    with nlp.memory_zone():
        marks = compiled.marks(nlp("Words kept across zones here."))
    assert marks.cue_spans["zone_check"] == [(1, 4)]
