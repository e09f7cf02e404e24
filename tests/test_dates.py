"""Dates: the cases of the dates issue, the hard-case checklist, and the traps that are no date at all."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from factx.extractors.dates import extract_dates

DCT = date(2021, 2, 25)  # a Thursday, ISO week 2021-W08


def found(parse, text, published=DCT):
    return extract_dates(parse(text), published)


def fact_for(parse, text, phrase, published=DCT):
    facts = [f for f in found(parse, text, published) if phrase in f.text]
    assert facts, f"no date found for {phrase!r} in {found(parse, text, published)}"
    return facts[0]


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("The strike came Thursday evening.", "Thursday evening", "2021-02-25TEV"),
        ("Officials said Wednesday that the talks had failed.", "Wednesday", "2021-02-24"),
        ("The Senate will vote Monday on the bill.", "Monday", "2021-03-01"),
        ("The rockets were fired last week.", "last week", "2021-W07"),
        ("Talks resumed this week.", "this week", "2021-W08"),
        ("Sales rose in February.", "February", "2021-02"),
        ("Prices fell sharply in December.", "December", "2020-12"),
        ("The ship docked last Friday.", "last Friday", "2021-02-19"),
        ("The mayor resigned yesterday.", "yesterday", "2021-02-24"),
        ("The council meets tonight.", "tonight", "2021-02-25TNI"),
        ("The bridge closed two weeks ago.", "two weeks ago", "2021-W06"),
        ("He moved here four years ago.", "four years ago", "2017"),
        ("The plant shut earlier this month.", "earlier this month", "2021-02"),
        ("The river flooded last summer.", "last summer", "2020-SU"),
        ("Profit doubled in the fourth quarter.", "fourth quarter", "2020-Q4"),
        ("Crime fell in the 1990s.", "1990s", "199"),
        ("Workers stayed on strike for three days.", "three days", "P3D"),
        ("The market opens every Thursday.", "every Thursday", "XXXX-WXX-4"),
        ("The team is now in second place.", "now", "PRESENT_REF"),
        ("The firm recently hired a new chief.", "recently", "PAST_REF"),
        ("The blast came at 10 p.m. EST Wednesday, police said.", "10 p.m. EST Wednesday", "2021-02-24T22:00-05:00"),
        ("The talks open next Tuesday.", "next Tuesday", "2021-03-02"),
        ("The vote will take place in March.", "March", "2021-03"),
        ("Fighting broke out early Thursday.", "early Thursday", "2021-02-25"),
        ("Police said Tuesday the attack happened the day before.", "the day before", "2021-02-22"),
        ("Music changed in the 20th century.", "20th century", "19"),
        ("Rescuers searched for 48 hours.", "48 hours", "PT48H"),
        ("The fire began on Feb. 15 in the hills.", "Feb. 15", "2021-02-15"),
        ("The match starts at 15:00 GMT Saturday.", "15:00 GMT Saturday", "2021-02-27T15:00Z"),
        ("Stores were busy on Christmas Eve.", "Christmas Eve", "2020-12-24"),
        ("The letter was dated 2/3/2021.", "2/3/2021", "2021-02-03"),
        ("Rain fell over the past 24 hours.", "24 hours", "PT24H"),
        ("Elections were held in March 2020.", "March 2020", "2020-03"),
        ("The treaty was signed on March 3, 2020.", "March 3, 2020", "2020-03-03"),
        ("The mine reopened in June last year.", "June last year", "2020-06"),
        ("The port will expand in May next year.", "May next year", "2022-05"),
        ("The club will appeal the ban imposed Monday by the league.", "Monday", "2021-02-22"),
        ("The town has grown over the years.", "the years", "PXY"),
        ("Farmers hold a fair each July.", "each July", "XXXX-07"),
        ("Turnout was high on Election Day.", "Election Day", "2020-11-03"),
        ("The pit stop took a minute and a half.", "a minute and a half", "PT1M30S"),
        ("Robots may one day run the depot.", "one day", "FUTURE_REF"),
        ("The plant closed last January.", "last January", "2020-01"),
        ("The plant closed last November.", "last November", "2020-11"),
        ("Rents are lower than in October.", "October", "2020-10"),
        ("The lease runs out in March.", "March", "2021-03"),
        ("The trial opens Monday.", "Monday", "2021-03-01"),
    ],
)
def test_issue_and_checklist_cases(parse, text, phrase, value):
    assert fact_for(parse, text, phrase).value == value


def test_types_and_intervals(parse):
    week = fact_for(parse, "The rockets were fired last week.", "last week")
    assert (week.type, week.interval.start, week.interval.end) == ("DATE", "2021-02-15", "2021-02-21")
    evening = fact_for(parse, "The strike came Thursday evening.", "Thursday evening")
    assert evening.type == "TIME" and evening.interval.start.startswith("2021-02-25T")
    duration = fact_for(parse, "Workers stayed on strike for three days.", "three days")
    assert (duration.type, duration.interval) == ("DURATION", None)
    every = fact_for(parse, "The market opens every Thursday.", "every Thursday")
    assert (every.type, every.interval) == ("SET", None)
    assert fact_for(parse, "The team is now in second place.", "now").interval is None
    month = fact_for(parse, "Sales rose in February.", "February")
    assert (month.interval.start, month.interval.end) == ("2021-02-01", "2021-02-28")


def test_a_range_is_one_interval(parse):
    fact = fact_for(parse, "The festival runs Feb. 15-17 in the old town.", "Feb. 15-17")
    assert (fact.interval.start, fact.interval.end) == ("2021-02-15", "2021-02-17")


def test_year_rolls_back_in_january(parse):
    fact = fact_for(parse, "The fire started on Dec. 28 near the port.", "Dec. 28", published=date(2021, 1, 5))
    assert fact.value == "2020-12-28"


def test_modifiers(parse):
    assert fact_for(parse, "Fighting broke out early Thursday.", "early Thursday").mod == "START"
    assert fact_for(parse, "The talks lasted about two weeks.", "two weeks").mod == "APPROX"
    assert fact_for(parse, "The siege lasted more than three months.", "three months").mod == "MORE_THAN"


@pytest.mark.parametrize(
    "text",
    [
        "Officials may revise the toll.",
        "Thousands march on the capital.",
        "The bombing killed 23 people.",
        "They won with a 3-1 win.",
        "The airline flies the Boeing 737.",
        "They drove along Route 66.",
        "The COVID-19 vaccine arrived.",
        "Leaders of the G7 met.",
        "The 9/11 attacks changed the city.",
        "A crowd of 2000 people gathered.",
        "Police watched the house in the weeks before the raid.",
        "The island imports three-quarters of its grain.",
        "officials may revise the toll.",  # lower case: "may" and "march" are a month only after a cue word
        "thousands march on the capital.",
        "the march downtown was peaceful.",
        "two teams may meet in the final.",
        "Prices rose from two to six percent.",
        "Prices rose between 24 and 25 percent.",
        "The story ran in USA Today.",
    ],
)
def test_traps_give_no_date(parse, text):
    assert found(parse, text) == []


def test_without_a_publication_date_relative_values_stay_underspecified(parse):
    text = "Officials said Monday that the mayor resigned yesterday, recently, and that the treaty was signed on March 3, 2020."
    values = {f.text: f.value for f in found(parse, text, None)}
    assert values["Monday"] == "XXXX-WXX-1"
    assert values["yesterday"] == "XXXX-XX-XX"
    assert values["recently"] == "PAST_REF"
    assert values["March 3, 2020"] == "2020-03-03"
    assert fact_for(parse, "Prices fell last week.", "last week", None).interval is None


def test_seed_article(parse, seed_text):
    values = {f.text: f.value for f in extract_dates(parse(seed_text), DCT)}
    assert values["February 25, 2021"] == "2021-02-25"
    assert values["Thursday evening"] == "2021-02-25TEV"
    assert values["last week"] == "2021-W07"
    assert values["February 15"] == "2021-02-15"


def test_spans_are_sorted_disjoint_and_slice_back(parse, seed_text):
    facts = extract_dates(parse(seed_text), DCT)
    assert facts
    for fact in facts:
        assert seed_text[fact.span[0]:fact.span[1]] == fact.text
    for left, right in pairwise(facts):
        assert left.span[1] <= right.span[0]


def test_anchoring_on_a_date_the_text_just_mentioned(parse):
    text = "The plant opened in 1995. Later that year it closed. It reopened in March 1997, and the following month it was sold."
    values = {f.text: f.value for f in found(parse, text)}
    assert values["Later that year"] == "1995"
    assert values["the following month"] == "1997-04"
    text = "The guard was shot on Oct. 23, 2020. Earlier that day he had called home."
    assert fact_for(parse, text, "that day").value == "2020-10-23"


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Output has doubled over the past two years.", "the past two years"),  # "over" is the preposition
        ("Prices rose in the 1996 season.", "1996"),  # "the" belongs to "season"
        ("The third-quarter results were weak.", "third-quarter"),
    ],
)
def test_span_leaves_out_preposition_and_article_of_the_noun(parse, text, phrase):
    assert [f.text for f in found(parse, text)] == [phrase]


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("The record set on Nov. 6 still stands.", "Nov. 6", "2020-11-06"),  # a past participle, not a plan
        ("A summit set for April will pick a leader.", "April", "2021-04"),
        ("Sales fell in the year ended March 31.", "March 31", "2020-03-31"),  # the period is over
        ("The company extended the offer to March 16.", "March 16", "2021-03-16"),
    ],
)
def test_participles_and_periods_that_ended(parse, text, phrase, value):
    assert fact_for(parse, text, phrase).value == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("For the year, sales were flat.", "2021"),  # the current year, as "the quarter" is the current quarter
        ("Shares hit a high for the year in June.", "2021"),
        ("Sales fell in the year ended March 31.", "P1Y"),  # a year measured back from its end
    ],
)
def test_the_year(parse, text, value):
    assert fact_for(parse, text, "the year").value == value


def test_the_quarter_is_the_quarter_just_named(parse):
    text = "Profit fell in the second quarter of 2020. Sales in the quarter were flat."
    assert fact_for(parse, text, "the quarter").value == "2020-Q2"
    assert fact_for(parse, "Sales in the quarter were flat.", "the quarter").value == "2020-Q4"


def test_a_quarter_still_ahead_is_not_the_quarter_reported(parse):
    text = ("The firm made a profit in the third quarter and expects growth through the fourth quarter. "
            "Sales were up 9 percent from a year earlier.")
    assert fact_for(parse, text, "a year earlier", published=date(2021, 11, 4)).value == "2020-Q3"


def test_could_does_not_point_forward(parse):
    assert fact_for(parse, "Officials could not reach him Wednesday.", "Wednesday").value == "2021-02-24"
    assert fact_for(parse, "The board may vote Wednesday.", "Wednesday").value == "2021-03-03"


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("The sale should close by year-end.", "year-end", "2021"),
        ("The index is up 4% since year-end.", "year-end", "2020"),
        ("Sales for the full year rose 5%.", "the full year", "2021"),
    ],
)
def test_year_end_and_full_year(parse, text, phrase, value):
    assert fact_for(parse, text, phrase).value == value


def test_a_quoted_title_is_no_date(parse):
    assert found(parse, 'He said on the show "This Week" that talks would go on.') == []
    assert found(parse, "He said on the show ''48 Hours'' that talks would go on.") == []
    assert found(parse, 'He said: "48 hours is too long."') != []
    assert fact_for(parse, 'He said: "Last Friday was terrible."', "Last Friday").value == "2021-02-19"


def test_the_previous_weekday_counts_from_the_day_in_the_story(parse):
    text = "The index fell on Feb. 10, down from the previous Friday."
    assert fact_for(parse, text, "the previous Friday").value == "2021-02-05"
    text = "The index fell on Feb. 10 and rose the following Monday."
    assert fact_for(parse, text, "the following Monday").value == "2021-02-15"


def test_the_week_of_a_day(parse):
    assert fact_for(parse, "The trial opens the week of March 8.", "the week of March 8").value == "2021-W10"


def test_a_plan_in_the_past_perfect_is_past(parse):
    text = "The offer had been scheduled to expire Friday."
    assert fact_for(parse, text, "Friday").value == "2021-02-19"
    assert fact_for(parse, "The offer is scheduled to expire Friday.", "Friday").value == "2021-02-26"


def test_the_before_a_modifying_date_belongs_to_the_noun(parse):
    assert [f.text for f in found(parse, "He lost the 1996 presidential race.")] == ["1996"]
    assert [f.text for f in found(parse, "Talks ended over the weekend.")] == ["the weekend"]


def test_now_opening_a_sentence_with_a_comma_is_a_discourse_marker(parse):
    assert found(parse, "Now, he says, the plan looks weak.") == []
    assert fact_for(parse, "Now the plan looks weak.", "Now").value == "PRESENT_REF"


def test_what_was_agreed_to_happen_in_a_month_may_still_be_ahead(parse):
    assert fact_for(parse, "The firm bought the plant in June.", "June").value == "2020-06"
    assert fact_for(parse, "The firm agreed to buy the plant in June.", "June").value == "2021-06"
    assert fact_for(parse, "The lenders gave the company until April to pay.", "April").value == "2021-04"


def test_a_modal_perfect_is_a_guess_about_the_past(parse):
    assert fact_for(parse, "Rain may have delayed the flight Wednesday.", "Wednesday").value == "2021-02-24"
    assert fact_for(parse, "Rain may delay the flight Wednesday.", "Wednesday").value == "2021-03-03"


def test_a_range_written_with_to_is_two_dates_when_both_ends_are_whole(parse):
    assert [f.text for f in found(parse, "Prices were frozen from 2015 to 2019.")] == ["2015", "2019"]
    assert [f.value for f in found(parse, "Shares were bought from Jan. 4 to Feb. 12.")] == ["2021-01-04", "2021-02-12"]
    fact = fact_for(parse, "The fair ran Feb. 15 to 17.", "Feb. 15 to 17")
    assert (fact.interval.start, fact.interval.end) == ("2021-02-15", "2021-02-17")


def test_a_quarter_of_next_year(parse):
    facts = found(parse, "Growth should return in next year's first quarter.")
    assert [(f.text, f.value) for f in facts] == [("next year's first quarter", "2022-Q1")]


def test_a_past_that_looks_like_a_present_keeps_its_past(parse):
    # "hurt" with a singular subject is the past ("hurts" would be the present), whatever the tagger says
    text = "Weakness in energy shares hurt the composite on Friday."
    assert fact_for(parse, text, "Friday").value == "2021-02-19"
    assert fact_for(parse, "The talks resume Friday.", "Friday").value == "2021-02-26"
