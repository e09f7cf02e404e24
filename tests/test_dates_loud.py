"""A bug inside the date stage surfaces: nothing is swallowed into "no date found"."""

from __future__ import annotations

from datetime import date

import pytest

from factx.extractors import dates
from factx.extractors.dates import parts, resolve, words


def test_a_key_error_inside_a_resolver_is_not_swallowed(parse, monkeypatch):
    def broken(parts, ctx):
        raise KeyError("a table the resolver forgot")

    monkeypatch.setitem(resolve.RESOLVERS, "holiday", broken)
    with pytest.raises(KeyError, match="forgot"):
        dates.extract_dates(parse("Stores were busy on Christmas Eve."), date(2021, 2, 25))


def test_an_unknown_holiday_is_an_error_not_easter():
    with pytest.raises(KeyError, match="groundhog day"):
        parts.READERS["holiday"]("Groundhog Day")
    assert words.HOLIDAYS["easter"].date_in(2021) == date(2021, 4, 4)


@pytest.mark.parametrize("relation", ["the following", "the same", "that"])
def test_a_line_break_inside_a_relation_does_not_change_its_reading(parse, relation):
    def facts(text):
        return [(" ".join(f.text.split()), f.value) for f in dates.extract_dates(parse(text), date(2021, 2, 25))]

    broken = relation.replace(" ", "\n") if " " in relation else relation
    assert facts(f"Sales rose {broken}\nMarch.") == facts(f"Sales rose {relation} March.")


def test_a_plural_weekday_is_a_set(parse):
    facts = dates.extract_dates(parse("The shop is closed on Mondays and Tuesdays."), date(2021, 2, 25))
    assert [(f.text, f.type, f.value) for f in facts] == [("Mondays", "SET", "XXXX-WXX-1"),
                                                          ("Tuesdays", "SET", "XXXX-WXX-2")]
