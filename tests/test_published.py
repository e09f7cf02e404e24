"""The publication date from a date line or wire dateline near the top, never from the body."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import FIXTURES

from factx.extractors.published import find_published


def test_seed_fixture_date_line():
    assert find_published((FIXTURES / "seed-airstrike.txt").read_text(encoding="utf-8")) == date(2021, 2, 25)


def test_wire_dateline_fixture():
    assert find_published((FIXTURES / "wire-dateline.txt").read_text(encoding="utf-8")) == date(2022, 3, 3)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Storm hits coast\nFebruary 25, 2021\n\nThe storm arrived.", date(2021, 2, 25)),
        ("WASHINGTON (AP) — Feb. 3, 2024 — The Senate voted.", date(2024, 2, 3)),
        ("Updated 10:32 AM EST, Mon March 4, 2024\n\nThe vote came late.", date(2024, 3, 4)),
        ("2021-02-25\nThe body follows.", date(2021, 2, 25)),
        ("LONDON, 4 March 2023 (Reuters) - Prices rose.", date(2023, 3, 4)),
        ("Thursday, February 25, 2021\nText.", date(2021, 2, 25)),
    ],
)
def test_date_lines_and_datelines(text, expected):
    assert find_published(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A headline\n\nThe war began on March 3, 2020, officials said.",
        "Title\n" + "Some line of text.\n" * 40 + "February 25, 2021\n",
        "The company was founded on 4 March 1999 in a garage.",
        "",
        "no dates here at all",
    ],
)
def test_no_date_from_sentences_or_deep_lines(text):
    assert find_published(text) is None


def test_long_lines_are_cheap():
    assert find_published(" " * 100_000 + "x") is None
    assert find_published(("1 " * 50_000) + "\n") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("LONDON 1996-08-30\nResults of the day.", date(1996, 8, 30)),
        ("Floods sweep town\n\nMADRID (Reuters) — March 3, 2022 — Floods swept.", date(2022, 3, 3)),
        ("AURORA, Colo., March 3, 2022 (CBS4) – A man was hurt.", date(2022, 3, 3)),
        ("LONDON, the capital, is big.\nIt grew on March 3, 2022.", None),
    ],
)
def test_the_dateline_carries_the_date(text, expected):
    assert find_published(text) == expected


@pytest.mark.parametrize(
    "text, place",
    [
        ("MADRID, March 3, 2022 (Reuters) — Floods swept the town.", "Madrid"),
        ("Two hurt in crash | Local NewsMILWAUKEE -- Two men were hurt.", "Milwaukee"),
        ("WINSTON-SALEM, N.C. (AP) — A man was hurt.", "Winston-Salem"),
        ("AP — A man was hurt.", None),
        ("A quiet day. Nothing happened.", None),
    ],
)
def test_one_dateline_reader_gives_the_place_to_the_casualty_stage(text, place):
    from factx.extractors.casualties.setting import dateline_place
    from factx.extractors.dateline import find_dateline

    found = find_dateline(text)
    assert (found.place if found else None) == place == dateline_place(text)
