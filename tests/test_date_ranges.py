"""Ranges and open intervals: a range of days, months or weekdays is one expression whose interval
runs to its last day; "since" a date is open up to the day of writing."""

from __future__ import annotations

from datetime import date

import pytest

from factx.extractors.dates.context import Context
from factx.extractors.dates.extract import find_all

PUBLISHED = date(2021, 2, 25)  # a Thursday


def test_since_a_date_is_an_open_interval_up_to_the_day_of_writing(parse):
    doc = parse("Prices have doubled since 2014.")
    hit = find_all(Context(doc, PUBLISHED))[0]
    assert (doc.text[hit.start:hit.end], hit.found.value) == ("2014", "2014")
    assert (hit.found.interval.start, hit.found.interval.end) == ("2014-01-01", "2021-02-25")


@pytest.mark.parametrize(
    "text, span, first, last",
    [
        ("The fair runs from 13 to 15 July 2021.", "from 13 to 15 July 2021", "2021-07-13", "2021-07-15"),
        ("The works run from March to May 2020.", "from March to May 2020", "2020-03-01", "2020-05-31"),
        ("The talks ran from Monday to Wednesday.", "from Monday to Wednesday", "2021-02-22", "2021-02-24"),
    ],
)
def test_a_range_is_one_expression_with_its_interval(parse, text, span, first, last):
    doc = parse(text)
    hit = find_all(Context(doc, PUBLISHED))[0]
    assert doc.text[hit.start:hit.end] == span
    assert (hit.found.interval.start, hit.found.interval.end) == (first, last)
