"""`factx eval`'s scorer on tiny hand-made inputs: matching, P/R/F1, direct quotes, casualty totals.

No model is needed: predictions are record dicts written by hand, so each figure can be worked out
on paper (the expected values below are).
"""

from __future__ import annotations

import pytest

from factx.evaluate import is_direct, jaccard, match_one_to_one, overlap, prf, score, speaker_right

TEXT = "On Monday, 25 February, he said: “We will win.” Smith told reporters that it rained."


def article(gold: dict, text: str = TEXT, ident: str = "a") -> dict:
    return {"id": ident, "text": text, "gold": gold}


def test_overlap_and_jaccard():
    assert overlap((0, 10), (5, 20)) == 5 and overlap((0, 5), (5, 9)) == 0
    assert jaccard((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert jaccard((3, 3), (3, 3)) == 0.0  # empty spans never match


def test_matching_is_one_to_one_best_first():
    spans = lambda p, g: overlap(p, g)  # noqa: E731
    predicted = [(0, 4), (0, 10), (20, 30)]
    gold = [(0, 10), (40, 50)]
    # (0, 10) overlaps the first gold most, so it takes it; (0, 4) is left without a partner.
    assert match_one_to_one(predicted, gold, spans, threshold=1e-9) == [(1, 0)]
    # Two golds, one prediction covering both: it matches only one, the larger overlap.
    assert match_one_to_one([(0, 20)], [(0, 5), (8, 20)], spans, threshold=1e-9) == [(0, 1)]
    assert match_one_to_one([(0, 10)], [(0, 10)], lambda p, g: 0.5, threshold=0.8) == []


def test_prf_figures_and_empty_sides():
    assert prf(2, 4, 2, 5) == pytest.approx({"precision": 0.5, "recall": 0.4, "f1": 2 * 0.5 * 0.4 / 0.9})
    assert prf(0, 0, 0, 3) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def date(text: str, value: str, start: int, end: int) -> dict:
    return {"text": text, "span": [start, end], "value": value, "type": "DATE"}


def test_date_scores_relaxed_strict_and_value():
    gold = {"timexes": [
        {"start": 3, "end": 9, "text": "Monday", "type": "DATE", "value": "2021-02-22"},
        {"start": 11, "end": 22, "text": "25 February", "type": "DATE", "value": "2021-02-25"},
    ]}
    predicted = [
        date("Monday", "2021-02-22", 3, 9),  # exact span, right value
        date("25 February,", "2021-02-26", 11, 23),  # overlaps, wrong span end and wrong value
        date("told", "XXXX", 54, 58),  # spurious
    ]
    tally = score("dates", [article(gold)], [{"dates": predicted}])
    figures = tally.figures()
    assert figures["relaxed_precision"] == pytest.approx(2 / 3) and figures["relaxed_recall"] == 1.0
    assert figures["relaxed_f1"] == pytest.approx(0.8)
    assert figures["strict_f1"] == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert figures["value_accuracy"] == 0.5 and figures["value_f1"] == pytest.approx(0.4)
    assert sorted(e["error"] for e in tally.errors) == ["spurious", "value"]


def test_date_values_compare_without_case_and_misses_are_errors():
    gold = {"timexes": [{"start": 3, "end": 9, "text": "Monday", "type": "TIME", "value": "2021-02-22TEV"},
                        {"start": 11, "end": 22, "text": "25 February", "type": "DATE", "value": "2021-02-25"}]}
    tally = score("dates", [article(gold)], [{"dates": [date("Monday", "2021-02-22tev", 3, 9)]}])
    assert tally.figures()["value_accuracy"] == 1.0 and tally.figures()["relaxed_recall"] == 0.5
    assert [e["error"] for e in tally.errors] == ["missed"]


@pytest.mark.parametrize("content, direct", [
    ("“We will win.”", True),
    ('"We will win," ', True),
    ("“We will win”.", True),
    ("'Not now'", True),
    ("that it rained", False),
    ("“We will win", False),  # opened, never closed: not a direct quote
    ("", False),
])
def test_direct_quote_detection(content, direct):
    assert is_direct(content) is direct


def quote(start: int, end: int, speaker=None, speaker_span=None, kind="direct") -> dict:
    return {"text": TEXT[start:end], "span": [start, end], "type": kind, "speaker": speaker,
            "speaker_span": speaker_span}


DIRECT = {"start": 33, "end": 47, "text": TEXT[33:47], "source": [[24, 26]], "source_text": "he"}
INDIRECT = {"start": 69, "end": 83, "text": TEXT[69:83], "source": [[48, 53]], "source_text": "Smith"}


def test_quote_recall_counts_direct_gold_only_and_indirect_predictions_are_left_out():
    assert is_direct(DIRECT["text"]) and not is_direct(INDIRECT["text"])
    predicted = [quote(34, 46, speaker_span=[24, 26]), quote(69, 83, kind="indirect")]
    tally = score("quotes", [article({"quotes": [DIRECT, INDIRECT]})], [{"quotes": predicted}])
    figures = tally.figures()
    assert figures["gold_direct_quotes"] == 1 and figures["predicted"] == 1
    assert figures["lenient_precision"] == 1.0 and figures["lenient_recall"] == 1.0
    assert figures["strict_f1"] == 1.0  # the words without their marks: Jaccard 12/14 >= 0.8
    assert figures["speaker_accuracy"] == 1.0


def test_quote_lenient_and_strict_thresholds():
    half = quote(34, 40)  # 6 of the gold's 14 characters: Jaccard 0.43, lenient only
    figures = score("quotes", [article({"quotes": [DIRECT]})], [{"quotes": [half]}]).figures()
    assert figures["lenient_f1"] == 1.0 and figures["strict_f1"] == 0.0
    tiny = quote(34, 37)  # Jaccard 0.21: no match at all, one spurious and one missed
    tally = score("quotes", [article({"quotes": [DIRECT]})], [{"quotes": [tiny]}])
    assert tally.figures()["lenient_f1"] == 0.0
    assert sorted(e["error"] for e in tally.errors) == ["missed", "spurious"]


def test_speaker_right_by_span_or_by_last_name():
    gold = {"source": [[48, 53]], "source_text": "Smith"}
    assert speaker_right({"speaker_span": [48, 53]}, gold)
    assert speaker_right({"speaker": "Mr. John Smith", "speaker_span": [0, 2]}, gold)
    assert not speaker_right({"speaker": "Smith Jones", "speaker_span": None}, gold)
    assert not speaker_right({"speaker": "Dr.", "speaker_span": None}, gold)  # a title alone names no one


def test_wrong_speaker_lowers_speaker_accuracy():
    predicted = [quote(33, 47, speaker="Anna Lee", speaker_span=[0, 2])]
    tally = score("quotes", [article({"quotes": [DIRECT]})], [{"quotes": predicted}])
    assert tally.figures()["speaker_accuracy"] == 0.0 and tally.errors[0]["error"] == "speaker"


def test_end_to_end_needs_the_quote_and_its_speaker():
    right = quote(34, 46, speaker="Tom Ward", speaker_span=[24, 26])
    wrong = quote(34, 46, speaker="Anna Lee", speaker_span=[0, 2])
    gold = [article({"quotes": [DIRECT, INDIRECT]}), article({"quotes": [DIRECT]}, ident="b")]
    # two gold direct quotes (the indirect one is not counted): one found with its speaker
    assert score("quotes", gold, [{"quotes": [right]}, {"quotes": []}]).figures()["end_to_end"] == 0.5
    assert score("quotes", gold, [{"quotes": [wrong]}, {"quotes": [right]}]).figures()["end_to_end"] == 0.5
    assert score("quotes", gold, [{"quotes": [wrong]}, {"quotes": []}]).figures()["end_to_end"] == 0.0


def test_casualty_accuracy_and_mean_absolute_error():
    golds = [article({"killed": 3, "injured": 0}, ident="a"), article({"killed": 1, "injured": 1}, ident="b")]
    records = [{"casualty_totals": {"killed": 2, "injured": 0}}, {"casualty_totals": {"killed": 1, "injured": 4}}]
    tally = score("casualties", golds, records)
    assert tally.figures() == {"articles": 2, "killed_accuracy": 0.5, "injured_accuracy": 0.5,
                               "killed_mae": 0.5, "injured_mae": 1.5}
    assert tally.errors == [{"id": "a", "killed": {"predicted": 2, "gold": 3}},
                            {"id": "b", "injured": {"predicted": 4, "gold": 1}}]


def test_a_failed_article_is_scored_as_finding_nothing():
    golds = [article({"killed": 2, "injured": None}, ident="x")]
    failed = [{"id": "x", "error": {"input": "x", "message": "extraction failed"}}]
    tally = score("casualties", golds, failed)
    assert tally.figures()["killed_mae"] == 2.0 and tally.figures()["injured_accuracy"] == 1.0  # None is 0
    assert tally.errors[0] == {"id": "x", "error": "failed", "message": "extraction failed"}


def test_predictions_and_gold_must_line_up():
    with pytest.raises(ValueError):
        score("casualties", [article({"killed": 1}), article({"killed": 1})], [{}])
