"""Abbreviations the text defines: "Kait'ib Hezbollah (KH)" makes "KH" another name of the group.

The Schwartz & Hearst algorithm (PSB 2003), as scispacy's AbbreviationDetector runs it: a Matcher
finds the bracketed candidates, small named filters keep the ones that can be a short form, and the
long form is the shortest run of words before the bracket whose letters spell the short form from
its end backwards, its first letter starting a word. Only names are kept: the long form starts and
ends with a capitalised word.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..per_vocab import built_for

MAX_BRACKET_TOKENS = 8
_MATCHERS: dict = {}


@dataclass(slots=True, frozen=True)
class Abbreviation:
    """A short form and the long form it abbreviates, both as Doc token ranges [start, end)."""

    short_start: int
    short_end: int
    long_start: int
    long_end: int


def _matcher(vocab):
    def build():
        from spacy.matcher import Matcher

        matcher = Matcher(vocab)
        inside = {"ORTH": {"NOT_IN": ["(", ")"]}, "IS_SPACE": False, "OP": "{1,%d}" % MAX_BRACKET_TOKENS}
        matcher.add("bracket", [[{"ORTH": "("}, inside, {"ORTH": ")"}]], greedy="LONGEST")
        return matcher

    return built_for(_MATCHERS, vocab, build)


# ------------------------------------------------------------------ filters


def short_form_ok(span) -> bool:
    """Schwartz & Hearst's short form: 1-3 words of 2-9 characters, at least half letters, a letter
    first; a name's abbreviation has at least two capitals ("KH", "U.N.")."""
    text = span.text
    return (
        1 <= len(span) <= 3
        and all(2 <= len(t.text) < 10 for t in span if not t.is_punct)
        and sum(c.isalpha() for c in text) >= 0.5 * len(text)
        and text[:1].isalpha()
        and sum(c.isupper() for c in text) >= 2
    )


def long_form_is_name(span) -> bool:
    """A name's long form opens and closes with a capitalised word ("Kait'ib Sayyid al-Shuhada")."""
    words = [t for t in span if t.is_alpha or t.text[:1].isalpha()]
    return len(words) >= 2 and words[0].text[:1].isupper() and words[-1].text[:1].isupper()


def candidate_window(doc, bracket_start: int, short_chars: int) -> int:
    """First token of the words the long form may use: at most min(|A| + 5, 2|A|) of them (|A| the
    short form's characters), never across a line break or other brackets and clause punctuation."""
    words = min(short_chars + 5, short_chars * 2)
    first = bracket_start
    while first > 0 and bracket_start - first < words:
        tok = doc[first - 1]
        if "\n" in tok.text or tok.text in ("(", ")", ";", ":", ".", "!", "?"):
            break
        first -= 1
    return first


# ------------------------------------------------------------------ the algorithm


def find_long_form(doc, first: int, end: int, short: str):
    """The token where the long form starts inside doc[first:end], or None (Schwartz & Hearst)."""
    long_text = doc[first:end].text
    base = doc[first].idx
    li = len(long_text) - 1
    si = len(short) - 1
    while si >= 0:
        ch = short[si].lower()
        if not ch.isalnum():
            si -= 1
            continue
        while li >= 0 and (long_text[li].lower() != ch or (si == 0 and li > 0 and long_text[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return None
        li -= 1
        si -= 1
    start_char = base + li + 1
    for i in range(first, end):
        if doc[i].idx + len(doc[i].text) > start_char:
            return i
    return None


def _pair(doc, start: int, end: int):
    """The abbreviation a bracket match [start, end) defines: short form inside, or, when the
    bracket holds more words, short form just before it ("KH (Kait'ib Hezbollah)")."""
    inside = doc[start + 1:end - 1]
    if len(inside) <= 3 and short_form_ok(inside):
        first = candidate_window(doc, start, len(inside.text))
        long_start = find_long_form(doc, first, start, inside.text) if first < start else None
        if long_start is not None and long_form_is_name(doc[long_start:start]):
            return Abbreviation(inside.start, inside.end, long_start, start)
        return None
    before = doc[start - 1:start] if start > 0 else None
    if before is not None and short_form_ok(before):
        long_start = find_long_form(doc, inside.start, inside.end, before.text)
        if long_start is not None and long_form_is_name(doc[long_start:inside.end]):
            return Abbreviation(before.start, before.end, long_start, inside.end)
    return None


def find_abbreviations(doc) -> list[Abbreviation]:
    """Every abbreviation defined in the Doc, in text order."""
    from spacy.attrs import ORTH
    from spacy.strings import get_string_id

    bracket = get_string_id("(")
    found = []
    matcher = _matcher(doc.vocab)
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):  # the Matcher runs only where a bracket opens
        if orth != bracket:
            continue
        window = doc[i:min(len(doc), i + MAX_BRACKET_TOKENS + 2)]
        for _match_id, start, end in matcher(window):
            pair = _pair(doc, i + start, i + end) if start == 0 else None
            if pair is not None:
                found.append(pair)
    return sorted(found, key=lambda a: a.short_start)
