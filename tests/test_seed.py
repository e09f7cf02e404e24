"""The seed article, end to end through `factx.extract`: every fact the end-to-end issue lists."""

from __future__ import annotations


def test_published_from_the_date_line(seed_record):
    assert seed_record["published"] == "2021-02-25"
    assert seed_record["published_source"] == "text"


def test_dates(seed_record):
    values = {d["text"]: d["value"] for d in seed_record["dates"]}
    assert values["February 25, 2021"] == "2021-02-25"
    assert values["Thursday evening"] == "2021-02-25TEV"
    assert values["last week"] == "2021-W07"
    assert values["February 15"] == "2021-02-15"
    last_week = next(d for d in seed_record["dates"] if d["text"] == "last week")
    assert last_week["interval"] == {"start": "2021-02-15", "end": "2021-02-21"}


def test_casualty_totals_count_the_attack_once(seed_record):
    totals = seed_record["casualty_totals"]
    assert (totals["killed"], totals["injured"]) == (1, 6)
    assert totals["missing"] == totals["kidnapped"] == totals["arrested"] == 0


def test_quotes_and_their_speakers(seed_text, seed_record):
    direct = [q for q in seed_record["quotes"] if q["type"] == "direct"]
    by_speaker = {}
    for quote in direct:
        by_speaker.setdefault(quote["speaker"], []).append(quote)
    assert {"John Kirby", "Wayne Marotto", "Antony Blinken"} <= set(by_speaker)

    (kirby,) = by_speaker["John Kirby"]  # the two-paragraph statement is one quote
    assert kirby["text"].startswith("At President Biden’s direction")
    assert kirby["text"].endswith("eastern Syria and Iraq.")
    assert (kirby["channel"], kirby["role"]) == ("statement", "Department of Defense Press Secretary")

    (marotto,) = by_speaker["Wayne Marotto"]
    assert marotto["channel"] == "tweet"
    assert marotto["role"] == "Operation Inherent Resolve spokesman"

    (blinken,) = by_speaker["Antony Blinken"]
    assert seed_text[slice(*blinken["speaker_span"])] == "Blinken"  # "Blinken said", resolved
    assert blinken["channel"] == "statement"


def test_one_event_the_rocket_attack(seed_record):
    """The February 15 rocket attack in Erbil is the one event; the February 25 airstrike has no
    casualty statement, so it is no event (events are built from casualty statements)."""
    (event,) = seed_record["events"]
    assert {k: event[k] for k in ("when", "where", "cause", "reported", "killed", "injured")} == {
        "when": "2021-02-15", "where": "Erbil", "cause": "rocket attack", "reported": "own", "killed": 1, "injured": 6}
    assert event["statements"] == list(range(len(seed_record["casualties"])))
