"""Quotation mark pairing (one linear pass), and the extractor's loops over marks on hostile text."""

from __future__ import annotations

import time

from factx.extractors.quotes import extract_quotes
from factx.extractors.quotes.marks import Quoted, QuoteSpan, find_quotes


def test_pairs_curly_straight_guillemets_and_ptb():
    text = 'A “one two” b "three four" c «five six» d ``seven eight\'\' e'
    got = [text[s:e] for s, e in find_quotes(text)]
    assert got == ["one two", "three four", "five six", "seven eight"]


def test_multi_paragraph_quote_is_one_span():
    text = "He said: “First paragraph goes on.\n\n“Second paragraph ends here.”\n\nAfter."
    spans = find_quotes(text)
    assert len(spans) == 1
    assert text[spans[0][0]:spans[0][1]].endswith("ends here.")


def test_unclosed_quote_loses_only_itself():
    text = "He said “this never closes.\n\nShe said “this one does.”"
    got = [text[s:e] for s, e in find_quotes(text)]
    assert got == ["this one does."]


def test_straight_single_quotes_in_a_single_quote_house_style():
    text = "The coach said: 'We played well enough to win tonight.' Fans don't agree with the players' view."
    got = [text[s:e] for s, e in find_quotes(text)]
    assert got == ["We played well enough to win tonight."]


def test_straight_single_quotes_beside_double_marks_are_not_quotes():
    text = "Headline: 'Council cuts the budget again'\n\nThe mayor said \"we will manage\" on Monday."
    got = [text[s:e] for s, e in find_quotes(text)]
    assert got == ["we will manage"]


def test_inch_mark_is_not_a_quote():
    assert find_quotes('The screen is 12" wide and the box 30" tall.') == []


def test_spaced_scraped_quotes_trimmed():
    text = '" Kurds are pitted against each other , " the minister said.'
    (s, e), = find_quotes(text)
    assert text[s:e] == "Kurds are pitted against each other ,"


def test_thousands_of_marks_are_fast():
    text = ('He said "a b c d" and “e f ” ' * 3000) + '"'
    t0 = time.perf_counter()
    find_quotes(text)
    assert time.perf_counter() - t0 < 0.5


def test_spans_are_named_offsets():
    (span,) = find_quotes("He said “yes indeed” twice.")
    assert span == QuoteSpan(start=9, end=19) and (span.start, span.end) == (9, 19)


def test_quoted_covers_the_marks_and_the_words():
    text = "a “bc” d"
    quoted = Quoted(find_quotes(text))
    assert [quoted.covers(i) for i in range(len(text))] == [False, False, True, True, True, True, False, False]


def _timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - start


HOSTILE = [
    "“" * 200_000,  # openers only
    "”“" * 100_000,  # empty quotes back to back
    '"' * 200_000,  # straight marks: open, close, open ...
    ("“a " * 50_000) + "”",  # one opener at a time, closed at the very end
    "\n" * 100_000 + "“x" + "\n" * 100_000,  # an open quote over a sea of blank lines
    "'a" + "b'." * 60_000,  # single-quote house style: one long open quote, every closer rejected
    "‘a b c d’ " * 20_000,  # many curly single quotes
]


def test_two_hundred_kilobytes_of_marks_pair_in_linear_time():
    for text in HOSTILE:
        _, seconds = _timed(find_quotes, text)
        assert seconds < 2.0, (text[:10], seconds)  # linear: ~0.1 s; a quadratic pass takes minutes


def hostile_parse(nlp, quotes: int):
    """"Ana said: “We will win now.” “We will win now.” ..." as one sentence, every quote hanging
    off the one reporting verb (a hand-made parse: the loops under test, not the model's time)."""
    from spacy.tokens import Doc

    unit = ["“", "We", "will", "win", "now", ".", "”"]
    words = ["Ana", "said", ":"] + unit * quotes
    spaces = [True, False, True] + [False, True, True, True, False, False, True] * quotes
    pos = ["PROPN", "VERB", "PUNCT"] + ["PUNCT", "PRON", "AUX", "VERB", "ADV", "PUNCT", "PUNCT"] * quotes
    deps = ["nsubj", "ROOT", "punct"] + ["punct", "nsubj", "aux", "ccomp", "advmod", "punct", "punct"] * quotes
    lemmas = ["Ana", "say", ":"] + ["“", "we", "will", "win", "now", ".", "”"] * quotes
    heads = [1] * len(words)
    sent_starts = [True] + [False] * (len(words) - 1)
    return Doc(nlp.vocab, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads, lemmas=lemmas,
               sent_starts=sent_starts)


def test_the_extractor_is_linear_over_many_quotes_in_one_sentence(nlp):
    """200 KB of quotes in one sentence: the cue's subtree and the sentence before are read once,
    not once per quote (they were: minutes on this text)."""
    doc = hostile_parse(nlp, 10_000)
    quotes, seconds = _timed(extract_quotes, doc, [])
    assert len(doc.text) > 190_000 and len(quotes) == 10_000
    assert {q.speaker for q in quotes} == {"Ana"}
    assert seconds < 20.0, seconds  # ~1 s here
