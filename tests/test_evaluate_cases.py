"""Scoring dates on partial gold (test cases): the TimeML-equivalent spellings, the covering rule,
negative cases, the disputed skip, the status groups and the figures by kind. Plain dicts, no spaCy,
except the one command-line run at the end."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from factx.cli import app
from factx.evaluate import DateCaseTally, DateTally, canonical_value, judge_case, score, value_right


def gold(start, end, value, text="x", status="ok", kind="weekday", alt=(), **extra):
    return {"start": start, "end": end, "text": text, "type": "DATE", "value": value, "status": status,
            "alt": list(alt), "kind": kind, **extra}


def pred(start, end, value, text="x", interval=None, type="DATE"):
    return {"text": text, "span": [start, end], "type": type, "value": value, "interval": interval, "mod": None}


# ------------------------------------------------------------ one spelling for one meaning

@pytest.mark.parametrize("predicted, expected", [
    ("xxxx-wxx-1", "XXXX-WXX-1"),  # upper case
    ("196", "196X"),  # a decade
    ("19", "19XX"),  # a century
    ("XXXX-WXX-WE", "XXXX-WE"),  # a weekend of no named week
    ("2021-02-26T15:00", "2021-02-26T15"),  # an hour alone
    ("2021-02-26T15:30", "2021-02-26T15:30:00"),  # zero seconds
    ("2021-02-26T15:30+0800", "2021-02-26T15:30+08:00"),  # a time zone with a colon
    ("2021-02-26T15:00+0800", "2021-02-26T15:00:00+08:00"),  # all three at once
    ("P1DE", "P10Y"),  # durations as amounts
    ("P14D", "P2W"),
    ("PT1H30M", "PT90M"),
    ("P1Y6M", "P18M"),
    ("P1.5Y", "P18M"),
    ("PT930S", "PT15M30S"),
])
def test_equivalent_spellings_are_one_value(predicted, expected):
    assert canonical_value(predicted) == canonical_value(expected)
    assert value_right(pred(0, 1, predicted), gold(0, 1, expected))


@pytest.mark.parametrize("predicted, expected", [
    ("P1M", "PT1M"),  # a month is not a minute
    ("P1Y", "P365D"),  # years are calendar units, days are not
    ("1960", "196X"),  # a year is not its decade
    ("196X", "19XX"),
    ("2021-02-26T15:01", "2021-02-26T15"),
    ("2021-02-26T15:30:05", "2021-02-26T15:30"),
    ("PXY", "P1Y"),  # an unspecified amount is no amount
    ("PRESENT_REF", "PAST_REF"),  # references start with P but are not durations
    ("2021-W08-WE", "XXXX-WXX-WE"),
])
def test_different_values_stay_different(predicted, expected):
    assert not value_right(pred(0, 1, predicted), gold(0, 1, expected))


def test_unspecified_durations_and_references_compare_as_written():
    assert canonical_value("pxy") == "PXY"
    assert canonical_value("present_ref") == "PRESENT_REF"
    assert value_right(pred(0, 1, "PXW"), gold(0, 1, "PXW"))


def test_an_alternative_reading_is_right_too():
    g = gold(0, 1, "2021-03-05", status="convention", alt=["2021-02-26"])
    assert value_right(pred(0, 1, "2021-02-26"), g)
    assert value_right(pred(0, 1, "2021-03-05"), g)
    assert not value_right(pred(0, 1, "2021-03-12"), g)


def test_a_range_without_a_value_is_scored_on_the_interval():
    g = {"start": 0, "end": 12, "text": "July 13 to 15", "type": "DATE", "status": "convention", "alt": [],
         "kind": "range", "interval": {"start": "2013-07-13", "end": "2013-07-15"}}
    assert value_right(pred(0, 12, "2013-07-15", interval={"start": "2013-07-13", "end": "2013-07-15"}), g)
    assert not value_right(pred(0, 12, "2013-07-15", interval={"start": "2013-07-15", "end": "2013-07-15"}), g)
    assert not value_right(pred(0, 12, "2013-07-15"), g)  # no interval at all


# ------------------------------------------------------------ which prediction is judged

def test_a_covering_prediction_is_judged_before_a_larger_overlap():
    g = gold(10, 20, "2021-02-26")
    covering = pred(8, 22, "2021-02-26")
    inside = pred(11, 20, "2021-03-05")  # overlaps by 9 of 10 characters, but does not cover
    outcome = judge_case([inside, covering], g)
    assert outcome.covered and outcome.overlapped and outcome.value_right and outcome.prediction is covering


def test_of_two_covering_predictions_the_tighter_one_is_judged():
    g = gold(10, 20, "2021-02-26")
    wide = pred(0, 30, "2021-W08")
    tight = pred(10, 21, "2021-02-26")
    assert judge_case([wide, tight], g).prediction is tight


def test_without_a_cover_the_most_overlapping_prediction_gives_the_value():
    g = gold(10, 20, "2021-02-26")
    small = pred(18, 25, "2021-03-05")
    large = pred(5, 17, "2021-02-26")
    outcome = judge_case([small, large], g)
    assert not outcome.covered and outcome.overlapped and outcome.value_right and outcome.prediction is large


def test_no_overlap_is_missed():
    outcome = judge_case([pred(0, 5, "2021-02-26")], gold(10, 20, "2021-02-26"))
    assert not (outcome.covered or outcome.overlapped or outcome.value_right) and outcome.prediction is None


# ------------------------------------------------------------ the tally

def test_tally_groups_statuses_skips_disputed_and_counts_negative_false_positives():
    tally = DateCaseTally()
    text = "It opens on Friday at noon, or Monday."
    tally.add("a", text, [pred(12, 18, "2021-02-26", "Friday"), pred(22, 26, "2021-02-25T12:00", "noon")], [
        gold(12, 18, "2021-02-26", "Friday"),  # ok, right
        gold(22, 26, "2021-02-26T12:00", "noon", kind="time"),  # ok, wrong value
        gold(31, 37, "2021-03-01", "Monday", status="convention"),  # convention, missed
        gold(0, 2, "PRESENT_REF", "It", status="disputed"),  # never scored
    ])
    tally.add("n", "four of them", [pred(0, 4, "P4Y", "four")], [], negative=True)
    tally.add("m", "nothing here", [], [], negative=True)
    figures = tally.figures()
    assert figures["cases"] == 3 and figures["negative_cases"] == 2 and figures["disputed_not_scored"] == 1
    assert figures["ok_golds"] == 2 and figures["ok_detected"] == 1.0 and figures["ok_value_accuracy"] == 0.5
    assert figures["ok_convention_golds"] == 3
    assert figures["ok_convention_detected"] == pytest.approx(2 / 3)
    assert figures["ok_convention_value_accuracy"] == pytest.approx(1 / 3)
    assert figures["negative_false_positives"] == 1
    assert figures["ok_by_kind"]["time"] == {"golds": 1, "detected": 1.0, "overlapped": 1.0, "value_accuracy": 0.0}
    assert figures["ok_convention_by_kind"]["weekday"]["golds"] == 2
    assert figures["ok_convention_by_kind"]["weekday"]["value_accuracy"] == 0.5
    errors = {e["error"]: e for e in tally.errors}
    assert set(errors) == {"value", "missed", "spurious"} and len(tally.errors) == 3
    assert errors["value"]["predicted"] == "2021-02-25T12:00" and errors["value"]["gold"] == "2021-02-26T12:00"
    assert errors["value"]["covered"] is True and "noon" in errors["value"]["context"]
    assert errors["missed"]["text"] == "Monday" and errors["missed"]["status"] == "convention"
    assert errors["spurious"]["id"] == "n" and errors["spurious"]["predicted"] == "P4Y"


def test_a_partial_span_with_the_right_value_is_an_error_of_detection_only():
    tally = DateCaseTally()
    tally.add("a", "on Friday night", [pred(3, 9, "2021-02-26", "Friday")],
              [gold(3, 15, "2021-02-26", "Friday night", status="convention", alt=["2021-02-26"])])
    figures = tally.figures()
    assert figures["ok_convention_detected"] == 0.0 and figures["ok_convention_value_accuracy"] == 1.0
    assert [e["error"] for e in tally.errors] == ["partial"]


def _article(ident, timexes, exhaustive=None, negative=False):
    block = {"timexes": timexes}
    if exhaustive is not None:
        block["exhaustive"] = exhaustive
    row = {"id": ident, "text": "It rained on Friday.", "published": "2021-02-25", "gold": block}
    if negative:
        row["negative"] = True
    return row


def test_score_chooses_the_scorer_from_the_gold_and_refuses_a_mix():
    timex = gold(13, 19, "2021-02-26", "Friday")
    records = [{"dates": [pred(13, 19, "2021-02-26", "Friday")]}]
    assert isinstance(score("dates", [_article("a", [timex])], records), DateTally)
    partial = score("dates", [_article("a", [timex], exhaustive=False)], records)
    assert isinstance(partial, DateCaseTally) and partial.figures()["ok_value_accuracy"] == 1.0
    negative = score("dates", [_article("n", [], exhaustive=False, negative=True)], records)
    assert negative.figures()["negative_false_positives"] == 1
    with pytest.raises(ValueError, match="mixes"):
        score("dates", [_article("a", [timex]), _article("b", [timex], exhaustive=False)], records * 2)


def test_eval_command_scores_partial_gold_and_writes_its_errors(tmp_path):
    rows = [
        {"id": "c1", "text": "The talks resume on Friday.", "published": "2021-02-25",
         "gold": {"exhaustive": False, "timexes": [gold(20, 26, "2021-02-26", "Friday")]}},
        {"id": "c2", "text": "She left on Friday.", "published": "2021-02-25",
         "gold": {"exhaustive": False, "timexes": [gold(12, 18, "1999-01-01", "Friday")]}},  # a value no one gives
        {"id": "n1", "text": "laughing out loud", "published": "2021-02-25", "negative": True,
         "gold": {"exhaustive": False, "timexes": []}},
    ]
    path = tmp_path / "cases.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(app, ["eval", "dates", str(path), "--format", "json", "--errors", str(errors)])
    assert result.exit_code == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["cases"] == 3 and figures["ok_golds"] == 2 and figures["ok_detected"] == 1.0
    assert figures["ok_value_accuracy"] == 0.5 and figures["negative_false_positives"] == 0
    assert [json.loads(line)["id"] for line in errors.read_text().splitlines()] == ["c2"]
    table = CliRunner().invoke(app, ["eval", "dates", str(path)])
    assert table.exit_code == 0 and "ok_by_kind" in table.stdout and "weekday" in table.stdout
    refused = CliRunner().invoke(app, ["eval", "dates", str(path), "--baseline", "spacy"])
    assert refused.exit_code == 2 and "entities only" in refused.stderr
