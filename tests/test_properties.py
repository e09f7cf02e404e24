"""Property tests: no text makes an extractor raise, and every span slices back to its text."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factx.pipeline import analyse

PIECES = [
    "said", "told", "“", "”", '"', "'", "‘", "’", "«", "»", ":", ",", ".", "\n\n", "—", "-", "killed", "injured",
    "wounded", "dead", "died", "at least", "dozens", "no one", "was", "were", "not", "hurt", "arrested", "missing",
    "12", "1,200", "two", "a dozen", "Monday", "last week", "yesterday", "Feb. 15", "2021", "1990s", "every",
    "Thursday evening", "p.m.", "EST", "ago", "for three days", "May", "march", "the", "police", "Joe Biden",
    "Biden", "he", "she", "they", "Mr.", "in", "Iraq", "according to", "statement", "tweet", "(", ")", "9/11",
]
TEXTS = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map(" ".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, published=st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1))))
@example(text="On June 2³ police said 1² people were shot and ¹ died in 20²⁴.", published=None)  # digits str.isdigit takes
def test_no_text_makes_an_extractor_raise(nlp, text, published):
    doc = nlp(text)
    facts = analyse(doc, published)
    for fact in facts.dates + facts.casualties + facts.quotes:
        start, end = fact.span
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == fact.text
    for quote in facts.quotes:
        if quote.speaker_span is not None:
            assert 0 <= quote.speaker_span[0] < quote.speaker_span[1] <= len(text)
    for entity in facts.entities:
        for start, end in entity.mentions:
            assert 0 <= start < end <= len(text)
