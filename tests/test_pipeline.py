"""The pipeline: long texts in pieces with offsets kept, input order, failures in place."""

from __future__ import annotations

import pytest

from factx.pipeline import Failure, Pipeline, parse_many, split_text
from factx.reader import Article, InputError


def test_split_text_round_trips_and_bounds_pieces():
    text = ("A sentence here. " * 50 + "\n\n") * 40
    pieces = split_text(text, size=1000)
    assert "".join(pieces) == text
    assert all(len(p) <= 1000 for p in pieces) and len(pieces) > 10


def test_split_text_without_any_break():
    text = "x" * 2500
    assert split_text(text, size=1000) == ["x" * 1000, "x" * 1000, "x" * 500]


def test_long_text_parsed_in_pieces_keeps_offsets(nlp, monkeypatch):
    import factx.pipeline as pipeline

    monkeypatch.setattr(pipeline, "PIECE_CHARS", 200)
    text = "".join(f"Paragraph {i} mentions Joe Biden in Paris.\n\n" for i in range(30))
    (doc,) = list(parse_many(nlp, [text]))
    assert doc.text == text
    ents = [e for e in doc.ents if e.text == "Paris"]
    assert len(ents) == 30
    assert all(text[e.start_char:e.end_char] == "Paris" for e in ents)


def test_process_keeps_order_and_passes_errors_through():
    items = [
        Article(id="one", text="Two people were killed in Paris.", input="one"),
        InputError("bad.txt", "no such file or folder"),
        Article(id="two", text="", input="two"),
        Article(id="three", text="   \n ", input="three"),
    ]
    outcomes = list(Pipeline().process(items))
    assert [getattr(o, "id", None) or o.input for o in outcomes] == ["one", "bad.txt", "two", "three"]
    assert isinstance(outcomes[1], InputError)
    empty = outcomes[2].to_dict()
    assert empty["entities"] == [] and empty["dates"] == [] and empty["quotes"] == []


def test_extractor_crash_is_a_failure_not_a_lost_run(monkeypatch):
    import factx.extractors.entities as entities

    def boom(doc):
        raise RuntimeError("bug")

    monkeypatch.setattr(entities, "extract_entities", boom)
    outcomes = list(Pipeline().process([Article(id="x", text="Hello.", input="x")]))
    assert isinstance(outcomes[0], Failure) and "bug" in outcomes[0].message


def test_a_spacy_failure_costs_only_its_own_article(monkeypatch):
    import factx.pipeline as pipeline

    real = pipeline.parse_many

    def fragile(nlp, texts, batch_size=32):
        texts = list(texts)
        if any("poison" in t for t in texts):
            raise ValueError("cannot parse")
        return real(nlp, texts, batch_size)

    monkeypatch.setattr(pipeline, "parse_many", fragile)
    items = [Article(id=i, text=f"{i} text", input=i) for i in ("a", "poison", "c")]
    outcomes = list(Pipeline().process(items))
    assert [type(o).__name__ for o in outcomes] == ["Record", "Failure", "Record"]


def test_a_worker_that_cannot_load_the_model_fails_the_run_instead_of_hanging(monkeypatch):
    import factx.pipeline as pipeline

    def no_model(*args):
        raise OSError("model files damaged")

    monkeypatch.setattr(pipeline, "Pipeline", no_model)
    monkeypatch.setattr(pipeline, "_WORKER", None)
    monkeypatch.setattr("signal.signal", lambda *args: None)  # a worker ignores Ctrl-C; this test process must not
    pipeline._worker_init(None, None, False)  # what each worker process runs first
    with pytest.raises(RuntimeError, match="could not load the model: OSError: model files damaged"):
        pipeline._worker_run([])
