"""Hostile input: linear time whatever the text, offsets kept, and a note for what was not read."""

from __future__ import annotations

import random
import time

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factx.guard import (
    LONG_RUN_CHARS,
    RUN_ON_CHARS,
    SCREEN_FROM_CHARS,
    cut_run_ons,
    is_prose,
    run_pieces,
    screen,
)
from factx.pipeline import Pipeline
from factx.reader import Article
from factx.registry import record_schema

BUDGET_S = 5.0  # the ceiling for a 200 KB hostile text; unguarded, these take minutes
SIZE = 200_000

HOSTILE = {
    "straight-quotes": '"' * SIZE,
    "curly-quotes": "“" * SIZE,
    "nested-parentheses": ("(" * 50 + "a" + ")" * 50) * (SIZE // 101),
    "a-said": '"a" said ' * 20_000,
    "opening-marks": "«‘“([{" * (SIZE // 6),
    "one-word": "abcdefghij" * (SIZE // 10),
    "dashes": "—-–" * (SIZE // 3),
    "one-sentence": "the man said two people were killed on Monday " * (SIZE // 47),
}


SUBJECTS = ["The mayor", "A police spokesman", "Ana Costa", "The council", "Two witnesses", "The minister"]
VERBS = ["said", "told reporters", "added", "confirmed", "wrote in a statement"]
PLACES = ["Leeds", "York", "Lisbon", "the old bridge", "the station", "Main Street", "the harbour"]
WHEN = ["on Monday", "on Tuesday evening", "last week", "on 3 March", "early on Friday", "this morning"]


def varied_prose(sentences: int, seed: int = 7) -> str:
    """News-like sentences that do not repeat (prose compresses to about 20%, a repeated one to 1%)."""
    rnd = random.Random(seed)
    out = []
    for _ in range(sentences):
        kind = rnd.randint(0, 2)
        if kind == 0:
            out.append(f"“We will reopen {rnd.choice(PLACES)} {rnd.choice(WHEN)},” {rnd.choice(SUBJECTS)} "
                       f"{rnd.choice(VERBS)}. ")
        elif kind == 1:
            out.append(f"{rnd.choice(SUBJECTS)} {rnd.choice(VERBS)} that {rnd.randint(2, 40)} people were hurt "
                       f"near {rnd.choice(PLACES)} {rnd.choice(WHEN)}. ")
        else:
            out.append(f"Roads around {rnd.choice(PLACES)} (and {rnd.choice(PLACES)}) stayed closed "
                       f"{rnd.choice(WHEN)}, {rnd.choice(SUBJECTS).lower()} {rnd.choice(VERBS)}. ")
    return "".join(out)


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline()


def process(pipeline, text):
    start = time.perf_counter()
    (record,) = pipeline.process([Article(id="hostile", text=text, input="hostile")])
    return time.perf_counter() - start, record


def assert_offsets_hold(text, record):
    for fact in record.dates + record.casualties + record.quotes:
        assert text[fact.span[0]:fact.span[1]] == fact.text
    for entity in record.entities:
        for start, end in entity.mentions:
            assert text[start:end].strip()


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_200_kb_hostile_text_finishes_in_budget(pipeline, kind):
    text = HOSTILE[kind]
    seconds, record = process(pipeline, text)
    assert seconds < BUDGET_S, f"{kind}: {seconds:.1f}s"
    assert record.source.chars == len(text)
    assert_offsets_hold(text, record)
    notes = [n for n in record.notes if n.code == "not_prose"]
    assert notes and sum(end - start for start, end in notes[0].spans) > 0.9 * len(text)


def test_tokenizer_guard_keeps_the_text_and_is_linear(nlp):
    text = "He said " + '"' * 20_000 + " twice (" + "“" * 20_000 + ") to Smith."
    start = time.perf_counter()
    doc = nlp.tokenizer(text)
    assert time.perf_counter() - start < 2.0  # unguarded: about 25 s each run of 20,000 marks
    assert doc.text == text
    assert [t.text for t in doc[:3]] == ["He", "said", '"']
    assert doc[-1].text == "." and doc[-2].text == "Smith"


def test_tokenizer_fast_path_is_the_tokenizer_itself(nlp):
    text = "A normal sentence, with “quotes” (and brackets) and https://example.org/" + "x" * 300 + " too."
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in nlp.tokenizer.tokenizer(text)]


def test_run_pieces_are_bounded_and_join_back():
    text = "start " + "ab" * 3000 + " middle " + '"' * 5000 + " end"
    pieces = run_pieces(text)
    assert "".join(pieces) == text
    assert pieces[0] == "start " and pieces[-1] == " end"
    assert max(len(p) for p in pieces if " " not in p) <= 200
    assert run_pieces("short words only") == ["short words only"]
    just_under = "a " + "x" * (LONG_RUN_CHARS - 1) + " b"
    assert run_pieces(just_under) == [just_under]


def test_run_on_text_is_parsed_in_bounded_pieces():
    text = "word " * (RUN_ON_CHARS // 2)  # 12,500 characters without a sentence end
    pieces = cut_run_ons(text)
    assert "".join(pieces) == text and len(pieces) >= 3
    assert all(len(p) <= RUN_ON_CHARS for p in pieces)
    normal = "A sentence ends here. " * 1000
    assert cut_run_ons(normal) == [normal]


def test_prose_is_read_whole_and_marks_are_blanked():
    prose = varied_prose(100)
    assert is_prose(prose[:5000])
    assert screen(prose).text == prose and not screen(prose).skipped
    assert screen('"' * (SCREEN_FROM_CHARS - 1)).text == '"' * (SCREEN_FROM_CHARS - 1)  # short: read whole
    hostile = prose + "“" * 20_000 + prose
    screened = screen(hostile)
    assert len(screened.text) == len(hostile)
    assert screened.text.startswith(prose[:4000]) and screened.text.endswith(prose[-4000:])
    ((start, end),) = screened.skipped
    assert start <= len(prose) + 5000 and end >= len(prose) + 15_000
    assert not screened.text[start:end].strip()


def test_a_quote_before_and_after_blanked_marks_keeps_its_offsets(pipeline):
    prose = varied_prose(80)
    text = prose + "«" * 30_000 + "\n" + varied_prose(80, seed=8)
    seconds, record = process(pipeline, text)
    assert seconds < BUDGET_S
    assert_offsets_hold(text, record)
    after = len(prose) + 30_000
    assert any(q.span[0] < len(prose) for q in record.quotes) and any(q.span[0] > after for q in record.quotes)


MARKS = ['"', "“", "”", "‘", "’", "«", "»", "(", ")", "[", "]", "—", "-", ".", ",", "'", "…", "*", "/"]
WORDS = ["a", "said", "Smith", "killed", "two", "Monday", "“Yes,”", '"no"', "(the", "mayor)", "12", "\n", "\n\n"]
piece = st.one_of(
    st.builds(lambda mark, n: mark * n, st.sampled_from(MARKS), st.integers(1, 20_000)),
    st.builds(lambda word, n: (word + " ") * n, st.sampled_from(WORDS), st.integers(1, 400)),
    st.text(alphabet="\"“”()«» ,.a", max_size=300),
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(piece, min_size=1, max_size=8))
def test_any_mix_of_marks_and_words_is_linear_and_valid(pipeline, parts):
    text = "".join(parts)[:40_000]
    seconds, record = process(pipeline, text)
    assert seconds < 3.0 + len(text) / 4_000, f"{len(text)} chars in {seconds:.1f}s"  # generous: ~10x normal
    assert_offsets_hold(text, record)
    jsonschema.validate(record.to_dict(), record_schema(), cls=jsonschema.Draft202012Validator)
