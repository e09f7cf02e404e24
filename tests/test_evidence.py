"""Evidence: every fact carries the span of its sentence; --context adds the sentence's words."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from factx import evidence, registry
from factx.api import extract
from factx.cli import app

TEXT = (
    "Storm batters coast\n\n"
    "Two people were killed on Thursday when a storm hit Lisbon, officials said. "
    "The mayor visited the harbour in Lisbon on Friday.\n\n"
    "“We have never seen anything like it. The sea came into the streets,” said Ana Costa.\n"
)


@pytest.fixture(scope="module")
def record():
    return extract(TEXT, published="2021-02-26", context=True).to_dict()


def _sentence(fact: dict) -> str:
    start, end = fact["sentence"]
    return TEXT[start:end]


def test_every_fact_of_every_kind_has_the_sentence_that_holds_it(record):
    for kind in registry.NAMES:
        assert record[kind], kind  # the text has facts of every kind, so the test can fail
        for fact in record[kind]:
            start, end = fact["sentence"]
            where = fact["span"] if "span" in fact else fact["mentions"][0]
            assert start <= where[0] and where[1] <= end, (kind, fact)
            assert _sentence(fact) == _sentence(fact).strip() and _sentence(fact)
            assert fact["sentence_text"] == _sentence(fact)


def test_sentences_are_spacys_cut_at_paragraph_breaks(record):
    casualty = next(c for c in record["casualties"] if c["kind"] == "killed")
    # the headline has no full stop: without the paragraph cut the model runs it into the sentence below
    assert _sentence(casualty) == ("Two people were killed on Thursday when a storm hit Lisbon, "
                                   "officials said.")
    friday = next(d for d in record["dates"] if d["text"] == "Friday")
    assert _sentence(friday) == "The mayor visited the harbour in Lisbon on Friday."


def test_an_entity_has_the_sentence_of_its_first_mention(record):
    lisbon = next(e for e in record["entities"] if e["text"] == "Lisbon")
    assert lisbon["count"] == 2 and _sentence(lisbon) == ("Two people were killed on Thursday when a storm hit "
                                                          "Lisbon, officials said.")


def test_a_quote_over_two_sentences_gets_both(record):
    quote = next(q for q in record["quotes"] if q["text"].startswith("We have never"))
    assert _sentence(quote) == ("“We have never seen anything like it. The sea came into the streets,” "
                                "said Ana Costa.")


def test_sentence_text_only_with_context():
    plain = extract(TEXT, published="2021-02-26").to_dict()
    assert all("sentence" in f and "sentence_text" not in f for kind in registry.NAMES for f in plain[kind])


def test_in_a_text_without_blank_lines_a_line_break_ends_a_paragraph():
    web = "Storm hits coast\nTwo people were killed."  # one paragraph a line, as trafilatura writes a page
    assert [m.end() for m in evidence.paragraph_breaks(web)] == [web.index("Two")]
    wrapped = "One line\nwraps here.\n\nNext paragraph."  # a text with blank lines: a line break is a wrap
    assert [m.end() for m in evidence.paragraph_breaks(wrapped)] == [wrapped.index("Next")]


def test_sentences_are_found_by_bisecting_starts_listed_once_per_doc(monkeypatch, parse):
    """The cost stays one pass over the Doc plus a lookup per fact, not a scan of the sentences per fact."""
    from factx.pipeline import analyse

    calls = []
    real = evidence.Sentences.of
    monkeypatch.setattr(evidence.Sentences, "of", classmethod(lambda cls, doc: calls.append(1) or real(doc)))
    facts = analyse(parse(TEXT), None)
    assert len(calls) == 1 and sum(len(facts[k]) for k in registry.NAMES) > 5
    many = evidence.Sentences(list(range(0, 2_000_000, 20)), "x" * 2_000_000)
    assert many.around((1_000_005, 1_000_030)) == (1_000_000, 1_000_040)


def test_no_sentence_boundaries_leaves_the_paragraphs():
    class Doc:
        text = "First paragraph.\n\nSecond one."

        @property
        def sents(self):
            raise ValueError("[E030] Sentence boundaries unset")

    assert evidence.Sentences.of(Doc()).around((20, 25)) == (18, 29)


def test_context_in_json_jsonl_and_csv(tmp_path):
    path = tmp_path / "storm.txt"
    path.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    record = json.loads(runner.invoke(app, ["extract", str(path), "-f", "json", "--context"]).stdout)
    assert all(f["sentence_text"] for f in record["quotes"])
    line = runner.invoke(app, ["extract", str(path), "-f", "jsonl", "--context"]).stdout.splitlines()[0]
    assert json.loads(line)["dates"][0]["sentence_text"]
    rows = list(csv.DictReader(io.StringIO(runner.invoke(
        app, ["extract", str(path), "-f", "csv", "--facts", "casualties", "--context"]).stdout)))
    assert rows and all(TEXT[int(r["sentence_start"]):int(r["sentence_end"])] == r["sentence_text"] for r in rows)
    without = runner.invoke(app, ["extract", str(path), "-f", "csv", "--facts", "casualties"]).stdout
    assert "sentence_text" not in without.splitlines()[0] and "sentence_start" in without.splitlines()[0]


def test_context_with_a_table_is_refused(tmp_path):
    path = tmp_path / "storm.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "-f", "table", "--context"])
    assert result.exit_code == 2 and "--context" in result.stderr


def test_a_fact_class_without_the_evidence_fields_is_left_alone():
    from dataclasses import dataclass

    @dataclass(slots=True)
    class Amount:
        text: str
        span: tuple[int, int]

    amount = Amount("$2 million", (14, 24))
    evidence.attach([amount], evidence.Sentences([0], "It cost them $2 million."))
    assert amount == Amount("$2 million", (14, 24))
