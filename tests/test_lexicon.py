"""The lexicon's integrity (as dateparser checks its language data) and the one number reader."""

from __future__ import annotations

import pytest

from factx import lexicon
from factx.extractors import numbers


def test_every_lexicon_file_loads_as_tables():
    assert "numbers" in lexicon.names()
    for name in lexicon.names():
        table = lexicon.load(name)
        assert isinstance(table, dict) and table, name


def test_a_missing_lexicon_file_is_named():
    with pytest.raises(KeyError, match="nope.toml"):
        lexicon.load("nope")


def test_number_tables_are_disjoint_and_lower_case():
    table = lexicon.load("numbers")
    word_tables = ["cardinals", "tens", "scales", "groups", "vague", "ordinals"]
    seen: dict[str, str] = {}
    for name in word_tables:
        for word in table[name]:
            assert word == word.lower(), (name, word)
            assert word not in seen, f"{word!r} is in both {seen.get(word)} and {name}"
            seen[word] = name
    assert not set(table["uncounted"]["words"]) & set(seen)


def test_alternation_puts_longer_words_first():
    assert lexicon.alternation(["sep", "sept", "a b"]) == r"sept|a\s+b|sep"


@pytest.mark.parametrize(
    "text, value",
    [
        ("three", 3), ("thirty-seven", 37), ("twenty one", 21), ("twenty - one", 21), ("2,000", 2000),
        ("1.5", 1.5), ("a dozen", 12), ("two dozen", 24), ("half a dozen", 6), ("a hundred", 100),
        ("five hundred and twelve", 512), ("two thousand and one", 2001), ("1.2 million", 1_200_000),
        ("seven hundred thousand", 700_000), ("dozens", 12), ("hundreds", 100),
    ],
)
def test_read_number(text, value):
    assert numbers.parse_number(text) == value


@pytest.mark.parametrize("text", ["several", "the", "a", "five people", "1234567890", "and twelve", ""])
def test_not_a_whole_number(text):
    assert numbers.parse_number(text) is None


def test_read_number_says_where_it_ends_and_whether_it_is_vague():
    found = numbers.read_number(["at", "least", "forty", "-", "two", "people"], start=2)
    assert (found.value, found.end, found.vague) == (42, 5, False)
    assert numbers.read_number(["dozens", "of", "people"]).vague


@pytest.mark.parametrize("word, value", [("third", 3), ("twenty-first", 21), ("21st", 21), ("Tenth", 10),
                                         ("hundredth", 100), ("three", None), ("1st-place", None)])
def test_read_ordinal(word, value):
    assert numbers.read_ordinal(word) == value


def test_every_qualifier_has_a_known_reading():
    phrases = lexicon.load("qualifiers")["phrases"]
    timex_mods = {"APPROX", "MORE_THAN", "EQUAL_OR_MORE", "LESS_THAN", "EQUAL_OR_LESS"}
    for phrase, reading in phrases.items():
        assert phrase == phrase.lower() and " ".join(phrase.split()) == phrase, phrase
        assert set(reading) <= {"count", "timex"} and reading, phrase
        assert reading.get("count", "floor") in {"floor", "min", "max", "about"}, phrase
        assert reading.get("timex", "APPROX") in timex_mods, phrase


def test_one_title_list_disjoint_by_kind_and_shared_with_eval():
    from factx import evaluate
    from factx.lexicon.people import titles

    table = lexicon.load("people")["titles"]
    seen: dict[str, str] = {}
    for kind, words in table.items():
        for word in words:
            assert word == word.lower() and "." not in word, (kind, word)
            assert word not in seen, f"{word!r} is in both {seen[word]} and {kind}"
            seen[word] = kind
    assert evaluate.TITLES == titles().all == set(seen)
    assert "mr" in titles().before_names and "mr" not in titles().roles and "jr" not in titles().before_names


def test_gender_words_are_lower_case_and_of_one_gender_each():
    table = lexicon.load("people")["gender"]
    for kind, by_gender in table.items():
        assert set(by_gender) == {"male", "female"}, kind
        male, female = set(by_gender["male"]), set(by_gender["female"])
        assert not male & female, (kind, male & female)
        assert all(w == w.lower() and "." not in w for w in male | female), kind


def test_quotation_marks_are_one_character_each_and_shared_with_eval():
    from factx import evaluate
    from factx.lexicon.quotes import quote_lexicon

    marks = lexicon.load("quotes")["marks"]
    for name, value in marks.items():
        chars = [value] if isinstance(value, str) else value
        assert all(len(c) == (2 if name.startswith("ptb") else 1) for c in chars), name
    assert (evaluate.OPENING_MARKS, evaluate.CLOSING_MARKS) == (quote_lexicon().marks.opening, quote_lexicon().marks.closing)
    assert evaluate.is_direct("“We will win.”") and evaluate.is_direct("‹On gagnera.›") and evaluate.is_direct("``Yes.''")
    assert not evaluate.is_direct("We will win.”")


def test_reporting_verbs_channels_and_pronouns_are_well_formed():
    from factx.lexicon.quotes import VERB_ROLES, quote_lexicon

    table = lexicon.load("quotes")
    for lemma, row in table["verbs"].items():
        assert lemma == lemma.lower() and set(row) <= {"tells", "as", "forms"}, lemma
        assert row["tells"] == row["tells"].lower() and row["as"], lemma
        assert set(row["as"]) <= VERB_ROLES and len(set(row["as"])) == len(row["as"]), lemma
    for kind in ("channels", "pronouns"):
        words = [w for group in table[kind].values() for w in group]
        assert len(words) == len(set(words)), kind
        # lower case, but for a channel name matched only as written ("on X"), never also in lower case
        assert all(w == w.lower() or (kind == "channels" and w.lower() not in words) for w in words), kind
    words = quote_lexicon()
    assert {"said", "says", "noted", "replied", "told", "remembered"} <= words.cue_words()
    assert words.channels["twitter"] == "tweet" and words.pronouns["she"] == "PERSON" and words.pronouns["we"] is None


def test_the_quote_rules_terms_are_generated_from_the_lexicon():
    from factx.extractors.quotes import cues, indirect
    from factx.extractors.quotes.rules import any_case
    from factx.lexicon.quotes import quote_lexicon

    words = quote_lexicon()
    terms = {rule.name: set(rule.terms) for rule in (*cues.RULES, indirect.RULE)}
    assert terms[cues.REPORTING_VERB] == set(any_case(words.lemmas("quote")))
    assert terms[indirect.REPORTED_SPEECH] == set(any_case(words.lemmas("report")))
    assert terms[cues.SOURCE_PHRASE] == set(words.source_phrases)
    with pytest.raises(KeyError, match="no verb role"):
        words.lemmas("shout")
