"""Quote-time anchoring (dates/statements.py): a relative date inside a quotation is read from the
day the statement was made, when the text says it; elsewhere from the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from factx.extractors.dates.context import Context
from factx.extractors.dates.extract import find_all
from factx.extractors.dates.statements import quotations

PUBLISHED = date(2021, 2, 25)  # a Thursday


def values(parse, text: str, published: date | None = PUBLISHED) -> dict[str, str]:
    doc = parse(text)
    return {text[hit.start:hit.end]: hit.found.value for hit in find_all(Context(doc, published))}


@pytest.mark.parametrize(
    "text, span, value",
    [
        # step 1: the attribution names the day
        ("“We will meet tomorrow,” the minister said in a statement on Monday.", "tomorrow", "2021-02-23"),
        ("On Feb. 10 the mayor said: “The roads close tonight.”", "tonight", "2021-02-10TNI"),
        # step 2: a written statement reported in the past, dated by the event just told
        ("On February 15, rockets struck the base.\nThe spokesman confirmed the attack in a tweet: "
         "“Rockets landed on the base tonight.”", "tonight", "2021-02-15TNI"),
        # a day that is not when the words were said ("at Monday's debate") does not date them
        ("“We will win tomorrow,” the senator said of Monday's debate.", "tomorrow", "2021-02-26"),
        # neither: the publication date
        ("On February 15, rockets struck the base.\n“Rockets landed on the base tonight,” the spokesman said.",
         "tonight", "2021-02-25TNI"),
        ("“We will meet tomorrow,” the minister said.", "tomorrow", "2021-02-26"),
        # a date outside the quotation keeps the publication date
        ("The minister said on Monday that talks resume tomorrow.", "tomorrow", "2021-02-26"),
    ],
)
def test_a_quotation_is_read_from_the_day_it_was_said(parse, text, span, value):
    assert values(parse, text)[span] == value


def test_a_day_after_the_publication_date_does_not_date_a_statement(parse):
    text = ("The vote is set for March 3.\nThe party wrote in a statement: “We will win tonight.”")
    assert values(parse, text)["tonight"] == "2021-02-25TNI"


def test_quotations_pair_curly_marks_across_paragraphs_and_straight_ones_within_one():
    text = 'He said: “One.\n\nTwo.” Then "three" and "four\nfive"'
    assert [text[q.start:q.end] for q in quotations(text)] == ["“One.\n\nTwo.”", '"three"']

