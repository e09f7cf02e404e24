"""Titles, ranks and honorifics in the text, and the roles they give the people they precede.

"Press Secretary John Kirby": the title is cut off the name and kept as Kirby's role; so are an
appositive ("Antony Blinken, Secretary of State") and a rank ("Col. Wayne Marotto"); an honorific
("Mr.") is cut but is no role. The titles are spaCy Matcher patterns built from lexicon/en/names.toml.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ... import lexicon
from ...lexicon.people import titles as people_titles
from ..per_vocab import built_for

TITLE, RANK, HONORIFIC = "title", "rank", "honorific"
INNER_WORDS = frozenset(lexicon.load("names")["initials"]["minor_words"])  # small words inside a name
MAX_APPOSITIVE_TOKENS = 10

_MATCHERS: dict = {}


@dataclass(slots=True, frozen=True)
class TitleMatch:
    """A title, rank or honorific: tokens [start, end)."""

    start: int
    end: int
    kind: str


def _words(entries) -> list[str]:
    return sorted({w for e in entries for w in e.split()})


def _phrase(entry: str) -> list[dict]:
    """Token patterns for a lexicon entry; a hyphen is its own token ("vice-president")."""
    pattern = []
    for word in entry.split():
        parts = word.split("-")
        for k, part in enumerate(parts):
            if k:
                pattern.append({"ORTH": "-"})
            pattern.append({"LOWER": part})
    return pattern


@dataclass(frozen=True)
class TitleWords:
    """The title words of people.toml (shared with the quotes) and the more of names.toml."""

    heads: tuple[str, ...]
    modifiers: tuple[str, ...]
    compounds: tuple[str, ...]
    portfolios: tuple[str, ...]
    ranks: tuple[str, ...]
    honorifics: tuple[str, ...]


@lru_cache(maxsize=1)
def title_words() -> TitleWords:
    shared = people_titles()
    more = lexicon.load("names")["titles"]
    return TitleWords(
        heads=tuple(sorted(shared.functions)) + tuple(more["heads"]),
        modifiers=tuple(more["modifiers"]), compounds=tuple(more["compounds"]), portfolios=tuple(more["portfolios"]),
        ranks=tuple(sorted(shared.abbreviations)) + tuple(more["ranks"]),
        honorifics=tuple(sorted(shared.honorifics)) + tuple(more["honorifics"]),
    )


def title_patterns() -> dict[str, list[list[dict]]]:
    """The Matcher patterns of each kind, from the lexicon."""
    words = title_words()
    table = {"heads": list(words.heads), "modifiers": list(words.modifiers), "compounds": list(words.compounds),
             "portfolios": list(words.portfolios), "ranks": list(words.ranks), "honorifics": list(words.honorifics)}
    heads = {"LOWER": {"IN": [h for h in table["heads"] if " " not in h and "-" not in h]}}
    modifiers = {"LOWER": {"IN": table["modifiers"]}, "OP": "*"}
    hyphen = {"ORTH": "-", "OP": "?"}
    portfolio_words = {"LOWER": {"IN": _words(table["portfolios"])}, "OP": "+"}
    office = {"LOWER": {"IN": ["minister", "secretary", "ministers", "secretaries", "spokesman", "spokeswoman"]}}
    titles = [
        [modifiers, hyphen, heads],
        [modifiers, portfolio_words, office],
        [modifiers, office, {"LOWER": "of"}, {"LOWER": "the", "OP": "?"}, portfolio_words],
    ]
    titles += [[modifiers, *_phrase(entry)] for entry in table["compounds"]]
    titles += [[modifiers, *_phrase(entry)] for entry in table["heads"] if " " in entry or "-" in entry]
    dotted = {"ORTH": ".", "OP": "?"}
    return {
        TITLE: titles,
        RANK: [[{"LOWER": {"IN": table["ranks"]}}, dotted], [{"LOWER": {"IN": [r + "." for r in table["ranks"]]}}]],
        HONORIFIC: [[{"LOWER": {"IN": table["honorifics"]}}, dotted],
                    [{"LOWER": {"IN": [h + "." for h in table["honorifics"]]}}]],
    }


WINDOW_BEFORE, WINDOW_AFTER = 6, 6  # tokens around a title word that a title can span


@lru_cache(maxsize=1)
def trigger_words() -> frozenset:
    """A word every title, rank or honorific contains (a head, a compound's last word, an office):
    the Matcher runs only around them."""
    table = title_words()
    words = {h.split()[-1] for h in table.heads} | {c.split()[-1] for c in table.compounds}
    words |= {"minister", "secretary", "spokesman", "spokeswoman", "ministers", "secretaries"}
    for entry in table.ranks + table.honorifics:
        words |= {entry, entry + "."}
    return frozenset(w.split("-")[-1] for w in words)


@lru_cache(maxsize=1)
def _trigger_ids() -> frozenset:
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in trigger_words())


def _windows(doc) -> list[tuple[int, int]]:
    """Token ranges around title words, merged where they touch (linear in the tokens)."""
    from spacy.attrs import LOWER

    triggers = _trigger_ids()
    windows: list[tuple[int, int]] = []
    n = len(doc)
    for i, lower in enumerate(doc.to_array(LOWER).tolist()):
        if lower in triggers:
            start, end = max(0, i - WINDOW_BEFORE), min(n, i + WINDOW_AFTER)
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((start, end))
    return windows


def _matcher(vocab):
    """One Matcher per vocabulary, built once."""
    def build():
        from spacy.matcher import Matcher

        matcher = Matcher(vocab)
        for kind, patterns in title_patterns().items():
            matcher.add(kind, patterns, greedy="LONGEST")
        return matcher

    return built_for(_MATCHERS, vocab, build)


def _kinds_by_id() -> dict[int, str]:
    """Match ids to kinds by hash, not through the StringStore (a memory zone may drop the names)."""
    from spacy.strings import get_string_id

    return {get_string_id(kind): kind for kind in (TITLE, RANK, HONORIFIC)}


class Titles:
    """Every title, rank and honorific of a Doc, indexed by the tokens they cover."""

    def __init__(self, doc):
        self.doc = doc
        found = []
        kinds = _kinds_by_id()
        matcher = _matcher(doc.vocab)
        matches = [(match_id, a + s, a + e) for a, b in _windows(doc) for match_id, s, e in matcher(doc[a:b])]
        for match_id, start, end in sorted(set(matches), key=lambda m: (m[1], -m[2])):
            kind = kinds[match_id]
            if kind == TITLE and not any(doc[i].text[:1].isalpha() for i in range(start, end)):
                continue
            found.append(TitleMatch(start, end, kind))
        found.sort(key=lambda m: (m.start, -m.end))
        dotted = any(m.kind != TITLE and doc[m.end - 1].text.endswith(".") for m in found)
        self.matches: list[TitleMatch] = []
        covered_to = -1
        for m in found:  # no overlaps: the earliest, then the longest, wins
            if m.start >= covered_to and not self._first_name_after_rank(m) \
                    and not (dotted and self._given_name_not_rank(m)):
                self.matches.append(m)
                covered_to = m.end
        self.at: dict[int, TitleMatch] = {i: m for m in self.matches for i in range(m.start, m.end)}
        self.ending_at: dict[int, TitleMatch] = {m.end: m for m in self.matches}
        self.starting_at: dict[int, TitleMatch] = {m.start: m for m in self.matches if m.kind == TITLE}

    def _first_name_after_rank(self, m: TitleMatch) -> bool:
        """ "Sgt. Dean Quinlan", "Mr. King", "Mayor Dean Kaufert": one title word right after another
        title, a rank or an honorific is a given name or a surname."""
        last = self.matches[-1] if self.matches else None
        return m.kind == TITLE and m.end - m.start == 1 and last is not None and last.end == m.start

    def _given_name_not_rank(self, m: TitleMatch) -> bool:
        """"Col Allan said" in a text that writes its ranks and honorifics with a full stop ("Mr.",
        "Col."): a rank word without its stop before a lone name word is a given name."""
        doc = self.doc
        if m.kind != RANK or doc[m.end - 1].text.endswith(".") or m.end >= len(doc):
            return False
        name, after = doc[m.end], doc[m.end + 1] if m.end + 1 < len(doc) else None
        lone = after is None or not (after.text[:1].isupper() and after.is_alpha)
        return name.is_alpha and name.text[:1].isupper() and lone

    def covering(self, i: int):
        return self.at.get(i)

    def roles_before(self, start: int, is_name_token) -> list[str]:
        """The titles and ranks right before a name at token `start`, in reading order.

        A title takes the capitalised words before it that name its organisation ("Department of
        Defense Press Secretary"), never another name's tokens.
        """
        doc = self.doc
        roles = []
        i = start
        while i in self.ending_at:
            m = self.ending_at[i]
            if m.kind == HONORIFIC:
                i = m.start
                continue
            first = m.start
            if m.kind == TITLE:
                first = self._organisation_before(m.start, is_name_token)
            roles.append(doc[first:m.end].text)
            i = first
            if m.kind == TITLE:
                break
        return roles[::-1]

    def _organisation_before(self, i: int, is_name_token) -> int:
        """Start of the capitalised run before token i on its line ("Operation Inherent Resolve")."""
        doc = self.doc
        j = i
        while j > 0:
            tok = doc[j - 1]
            if tok.text == "-" and j - 2 >= 0 and not doc[j - 2].whitespace_ and not tok.whitespace_:
                j -= 1  # "Miami-Dade Mayor": a hyphen inside the organisation's name
                continue
            if "\n" in tok.text or tok.is_punct or is_name_token(j - 1, "PERSON"):
                break
            if tok.lower_ in INNER_WORDS and j - 2 >= 0 and doc[j - 2].text[:1].isupper():
                j -= 1
                continue
            if not tok.text[:1].isupper() or tok.pos_ != "PROPN":
                break
            j -= 1
        while j < i and doc[j].lower_ in INNER_WORDS:
            j += 1
        return j


def _phrase_text(doc, first: int, last: int):
    """The noun phrase doc[first:last + 1] without its determiner and edge punctuation, or None
    when it is empty, long or runs over a line break."""
    while first <= last and (doc[first].pos_ == "DET" or doc[first].is_punct):
        first += 1
    while last >= first and doc[last].is_punct:
        last -= 1
    if 0 < last - first + 1 <= MAX_APPOSITIVE_TOKENS and "\n" not in doc[first:last + 1].text:
        return doc[first:last + 1].text
    return None


def appositive_roles(span) -> list[str]:
    """ "Antony Blinken, Secretary of State," or "Elena Ruiz, the regional coordinator": the noun
    phrase in apposition after the name, when its head is a common noun or a title."""
    heads = set(title_words().heads)
    roles = []
    root = span.root
    for child in root.rights:
        if child.dep_ == "appos" and child.i >= span.end and (child.pos_ == "NOUN" or child.lower_ in heads):
            text = _phrase_text(span.doc, child.left_edge.i, child.right_edge.i)
            if text:
                roles.append(text)
    return roles
