"""Scoring entities in CoNLL terms: the label map, exact span and type, MISC left out, the figures per
type, and surnames joined to their full name. Plain dicts, no spaCy, except the command-line runs."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from factx.cli import app
from factx.evaluate import EntityTally, predicted_mentions, score, surname_cases, surname_joined

# Invented text; offsets:   0         1         2         3         4         5         6         7
#                           01234567890123456789012345678901234567890123456789012345678901234567890123456789
TEXT = "Grace Okafor met Acme Corp in Lagos. Okafor said Lagos was calm, Reuters said."


def span(word, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return [start, start + len(word)]


def g(word, type, nth=0):
    s, e = span(word, nth)
    return {"start": s, "end": e, "type": type, "text": word}


def entity(text, label, *spans):
    return {"text": text, "label": label, "count": len(spans), "mentions": [list(s) for s in spans]}


GOLD = [g("Grace Okafor", "PER"), g("Acme Corp", "ORG"), g("Lagos", "LOC"), g("Okafor", "PER", 1),
        g("Lagos", "LOC", 1), g("Reuters", "ORG")]


def test_label_map_keeps_conll_types_only():
    entities = [entity("Lagos", "GPE", span("Lagos")), entity("Acme", "FAC", span("Acme Corp")),
                entity("Lagos", "LOC", span("Lagos", 1)), entity("Grace Okafor", "PERSON", span("Grace Okafor")),
                entity("Reuters", "ORG", span("Reuters")), entity("Nigerian", "NORP", span("met")),
                entity("calm", "DATE", span("calm"))]
    mentions = predicted_mentions(entities)
    assert [m.type for m in mentions] == ["LOC", "LOC", "LOC", "PER", "ORG"]
    assert [m.entity for m in mentions] == [0, 1, 2, 3, 4]


def test_every_mention_counts_exact_span_and_type():
    entities = [
        entity("Grace Okafor", "PERSON", span("Grace Okafor"), span("Okafor", 1)),  # both right
        entity("Acme", "ORG", span("Acme")),  # boundary: gold is "Acme Corp"
        entity("Lagos", "GPE", span("Lagos"), span("Lagos", 1)),  # both right
        entity("Reuters", "PERSON", span("Reuters")),  # right span, wrong type
    ]
    tally = EntityTally()
    tally.add("d", TEXT, entities, GOLD)
    figures = tally.figures()
    assert figures["gold_mentions"] == 6 and figures["predicted_mentions"] == 6
    assert figures["mention_precision"] == pytest.approx(4 / 6) and figures["mention_recall"] == pytest.approx(4 / 6)
    per, org, loc = (figures["by_type"][t] for t in ("PER", "ORG", "LOC"))
    assert per == {"gold": 2, "predicted": 3, "precision": pytest.approx(2 / 3), "recall": 1.0, "f1": pytest.approx(0.8)}
    assert org["gold"] == 2 and org["predicted"] == 1 and org["precision"] == 0.0 and org["recall"] == 0.0
    assert loc["precision"] == 1.0 and loc["recall"] == 1.0
    causes = sorted((e["error"], e["cause"], e["text"]) for e in tally.errors if e["error"] != "surname")
    assert causes == [("missed", "boundary", "Acme Corp"), ("missed", "type", "Reuters"),
                      ("spurious", "boundary", "Acme"), ("spurious", "type", "Reuters")]


def test_misc_is_not_scored_and_a_prediction_on_it_is_a_false_positive():
    gold = [g("Lagos", "MISC"), g("Reuters", "ORG")]
    tally = EntityTally()
    tally.add("d", TEXT, [entity("Lagos", "GPE", span("Lagos")), entity("Reuters", "ORG", span("Reuters"))], gold)
    figures = tally.figures()
    assert figures["gold_mentions"] == 1 and figures["predicted_mentions"] == 2
    assert figures["mention_recall"] == 1.0 and figures["mention_precision"] == 0.5
    [row] = [e for e in tally.errors if e["error"] == "spurious"]
    assert row["cause"] == "type" and row["gold"] == {"text": "Lagos", "type": "MISC"}


def test_a_duplicated_prediction_matches_its_gold_once():
    tally = EntityTally()
    tally.add("d", TEXT, [entity("Lagos", "GPE", span("Lagos"), span("Lagos"))], [g("Lagos", "LOC")])
    figures = tally.figures()
    assert figures["predicted_mentions"] == 2 and figures["mention_precision"] == 0.5


def test_a_surname_after_the_only_full_name_ending_in_it_is_checked():
    [case] = surname_cases(GOLD)
    assert case.text == "Okafor" and case.full_name == "Grace Okafor" and [case.start, case.end] == span("Okafor", 1)
    joined = [entity("Grace Okafor", "PERSON", span("Grace Okafor"), span("Okafor", 1))]
    split = [entity("Grace Okafor", "PERSON", span("Grace Okafor")), entity("Okafor", "GPE", span("Okafor", 1))]
    assert surname_joined(case, joined) and not surname_joined(case, split)
    tally = EntityTally()
    tally.add("d", TEXT, split, GOLD)
    figures = tally.figures()
    assert figures["surnames_after_full_name"] == 1 and figures["surnames_joined"] == 0
    assert figures["surnames_joined_share"] == 0.0
    [row] = [e for e in tally.errors if e["error"] == "surname"]
    assert row["full_name"] == "Grace Okafor" and row["predicted"] == "Okafor (GPE)"
    tally.add("d2", TEXT, joined, GOLD)
    assert tally.figures()["surnames_joined_share"] == 0.5


def person(start, text):
    return {"start": start, "end": start + len(text), "type": "PER", "text": text}


def test_which_surnames_count():
    # Before its full name: not counted; after two full names ending in it: ambiguous, not counted.
    assert surname_cases([person(0, "Okafor"), person(20, "Grace Okafor")]) == []
    assert surname_cases([person(0, "Grace Okafor"), person(20, "Ben Okafor"), person(40, "Okafor")]) == []
    # A first name is not a surname; case does not matter (headlines are in capitals).
    assert surname_cases([person(0, "Grace Okafor"), person(20, "Grace")]) == []
    [case] = surname_cases([person(0, "GRACE OKAFOR"), person(20, "Grace Okafor"), person(40, "Okafor")])
    assert case.full_name_spans == ((0, 12), (20, 32))
    # The same full name twice is still one full name; any of its mentions may hold the surname.
    assert surname_joined(case, [entity("Grace Okafor", "PERSON", (20, 32), (40, 46))])


def test_a_baseline_without_entities_reports_no_surname_figures():
    tally = EntityTally(groups_names=False)
    tally.add("d", TEXT, [entity("Okafor", "PERSON", span("Okafor", 1))], GOLD)
    figures = tally.figures()
    assert "surnames_joined" not in figures and figures["mention_precision"] == 1.0
    assert not [e for e in tally.errors if e["error"] == "surname"]


def test_score_reads_entities_and_counts_a_failed_article_as_finding_nothing():
    article = {"id": "d", "text": TEXT, "published": None, "gold": {"entities": GOLD}}
    tally = score("entities", [article], [{"id": "d", "error": {"message": "boom"}}])
    assert tally.figures()["mention_recall"] == 0.0 and tally.errors[0]["error"] == "failed"


def test_eval_entities_command_and_the_spacy_baseline(tmp_path):
    text = "Maria Santos met Paolo Rossi in Rome. Santos said Rome was calm."
    rows = [{"id": "e1", "text": text, "published": None, "title": None,
             "gold": {"entities": [person(0, "Maria Santos"), person(17, "Paolo Rossi"),
                                   {"start": 32, "end": 36, "type": "LOC", "text": "Rome"}, person(38, "Santos"),
                                   {"start": 50, "end": 54, "type": "LOC", "text": "Rome"}]}}]
    path = tmp_path / "entities.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    runner = CliRunner()
    factx = runner.invoke(app, ["eval", "entities", str(path), "--format", "json"])
    assert factx.exit_code == 0, factx.stderr
    figures = json.loads(factx.stdout)
    assert "baseline" not in figures and figures["gold_mentions"] == 5
    assert figures["surnames_after_full_name"] == 1 and set(figures["by_type"]) == {"PER", "ORG", "LOC"}
    bare = runner.invoke(app, ["eval", "entities", str(path), "--format", "json", "--baseline", "spacy"])
    assert bare.exit_code == 0, bare.stderr
    baseline = json.loads(bare.stdout)
    assert baseline["baseline"] == "spacy" and "surnames_joined" not in baseline and baseline["gold_mentions"] == 5
    table = runner.invoke(app, ["eval", "entities", str(path)])
    assert table.exit_code == 0 and "by_type" in table.stdout and "mention_f1" in table.stdout
