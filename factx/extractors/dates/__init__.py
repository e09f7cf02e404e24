"""Temporal expressions normalised to TimeML TIMEX3 values, anchored on the publication date.

The rules are data (lexicon/en/date_rules.toml, over the words of lexicon/en/dates.toml), each with
its examples; candidates are tried only at trigger words generated from the rules' patterns, so
the cost follows the candidates, not the text. A match is vetoed by part of speech and entity type
("may" the verb, "2000 people"), read into typed parts, and resolved: granularity kept ("February"
is 2021-02, "last week" 2021-W07), anchored on the publication date, with tense choosing past or
future for weekdays and months, and on the day the text last mentioned for "the day before".
Without a publication date, relative values stay underspecified (XXXX-...) instead of invented.

The modules, bottom up: words (the lexicon, typed), model (the dataclasses), calendar (date
arithmetic), tense, context (publication date, tense, discourse memory), grammar (fragments and
triggers), vetoes, parts, the resolvers (days, periods, amounts; resolve), rules, extract.
"""

from __future__ import annotations

from .extract import extract_dates

__all__ = ["extract_dates"]
