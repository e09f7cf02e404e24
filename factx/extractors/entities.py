"""Named people, organisations and places, grouped so that "Biden" and "Joe Biden" are one entry.

The words of names (minor words, function words a name is cut before, its edge punctuation) are
data: factx/lexicon/en/names.toml, with the quotation marks and dashes of quotes.toml.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..lexicon import alternation, load
from ..lexicon.quotes import quote_lexicon
from ..record import Entity

LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC")

_NAMES = load("names")
_MARKS = quote_lexicon().marks
_APOSTROPHES = re.escape(_MARKS.straight_single + _MARKS.single_close)
_POSSESSIVE = re.compile(rf"(?:[{_APOSTROPHES}]s|[{_APOSTROPHES}])$")
_LEADING_THE = re.compile(rf"^(?:{alternation(_NAMES['cleaning']['leading_articles'])})\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_TRAILING_FUNCTION_WORD = re.compile(rf"\s+(?:{alternation(_NAMES['cleaning']['trailing_function_words'])})$")
_EDGE_CHARACTERS = "".join(dict.fromkeys(
    "".join(_NAMES["cleaning"]["edge_punctuation"]) + quote_lexicon().dashes + _MARKS.straight_double
    + _MARKS.straight_single + _MARKS.double_open + _MARKS.double_close + _MARKS.single_open + _MARKS.single_close
))
_MINOR_WORDS = frozenset(_NAMES["initials"]["minor_words"])


def clean_name(text: str) -> str:
    """The name as it would be written alone: no possessive, no leading "the", single spaces."""
    text = _SPACES.sub(" ", text.strip())
    text = _POSSESSIVE.sub("", text)
    text = _TRAILING_FUNCTION_WORD.sub("", text)  # the model sometimes runs a name into "in"
    return _LEADING_THE.sub("", text).strip(_EDGE_CHARACTERS)


def _key(name: str) -> str:
    return name.casefold()


def acronym_key(name: str) -> str | None:
    """"US" for "U.S." or "US": a short all-capitals name, letters only."""
    letters = name.replace(".", "").replace(" ", "")
    return letters if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() else None


def initials(name: str) -> str:
    """"US" for "United States": the capitals of a multi-word name's main words."""
    words = [w for w in name.split() if w.casefold() not in _MINOR_WORDS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


@dataclass(frozen=True, slots=True)
class Mention:
    """One cleaned name the model found, with its label and character offsets."""

    name: str
    label: str
    start: int
    end: int


@dataclass(slots=True)
class Group:
    """The mentions taken for one real-world name: each spelling with its count, every span."""

    label: str
    names: dict[str, int] = field(default_factory=dict)
    mentions: list[tuple[int, int]] = field(default_factory=list)

    def add(self, name: str, count: int = 1) -> None:
        self.names[name] = self.names.get(name, 0) + count


def _mentions(doc) -> list[Mention]:
    """The model's names of the kinds kept, cleaned; offsets cover the cleaned name inside the
    mention, so they slice back to it."""
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        text = ent.text  # built from the tokens on each access: read once
        name = clean_name(text)
        if not name or not any(ch.isalpha() for ch in name):
            continue
        at = text.find(name)
        start = ent.start_char + at if at >= 0 else ent.start_char
        end = start + len(name) if at >= 0 else ent.end_char
        mentions.append(Mention(name, ent.label_, start, end))
    return mentions


class FullNames:
    """The people named in full (more than one word), by their first and last word, in order."""

    def __init__(self, mentions: list[Mention]):
        self.by_word: dict[str, list[tuple[int, str]]] = {}
        for m in mentions:
            if m.label == "PERSON" and " " in m.name:
                words = m.name.split()
                for word in dict.fromkeys((words[-1], words[0])):
                    self.by_word.setdefault(word, []).append((m.start, m.name))
        self.positions = {word: [pos for pos, _ in fits] for word, fits in self.by_word.items()}
        self.distinct = {word: {_key(full) for _, full in fits} for word, fits in self.by_word.items()}

    def group_of(self, name: str, at: int) -> str:
        """A one-word name joins the full name that ends (or starts) with it: the nearest one
        before it, else the only one after it; otherwise it stays itself."""
        if " " in name or name not in self.by_word:
            return name
        fits = self.by_word[name]
        before = bisect_left(self.positions[name], at)
        if before:
            return fits[before - 1][1]
        return fits[0][1] if len(self.distinct[name]) == 1 else name


def _grouped(mentions: list[Mention]) -> dict[tuple[str, str], Group]:
    """Groups by the cleaned, case-folded name and label; a one-word PERSON joins its full name."""
    full_names = FullNames(mentions)
    groups: dict[tuple[str, str], Group] = {}
    for m in mentions:
        canonical = full_names.group_of(m.name, m.start) if m.label == "PERSON" else m.name
        label = "PERSON" if canonical != m.name else m.label
        group = groups.setdefault((_key(canonical), label), Group(label))
        group.add(canonical)
        group.mentions.append((m.start, m.end))
    return groups


def _by_acronym(groups: dict[tuple[str, str], Group]) -> list[list[tuple[str, str]]]:
    """The groups that share an acronym and a label ("U.S.", "US" and "United States" share "US")."""
    by_acronym: dict[tuple[str, str], list] = {}
    for (key, label), group in groups.items():
        acronym = next((a for a in (acronym_key(n) or initials(n) for n in group.names) if a), None)
        if acronym:
            by_acronym.setdefault((acronym, label), []).append((key, label))
    return [list(dict.fromkeys(members)) for members in by_acronym.values()]


def _merge_acronyms(groups: dict[tuple[str, str], Group]) -> None:
    """"U.S." and "US" join "United States": an acronym joins the one same-label name it abbreviates."""
    for members in _by_acronym(groups):
        full = [m for m in members if not any(acronym_key(n) for n in groups[m].names)]
        if len(members) < 2 or len(full) > 1:
            continue
        target = groups[full[0] if full else members[0]]
        for member in members:
            if groups[member] is not target:
                source = groups.pop(member)
                for name, n in source.names.items():
                    target.add(name, n)
                target.mentions.extend(source.mentions)


def _entity(group: Group) -> Entity:
    """The longest spelling is the fullest form of the name; ties go to the most frequent."""
    text = max(group.names, key=lambda n: (len(n.split()), group.names[n], -len(n)))
    mentions = sorted(group.mentions)
    return Entity(text=text, label=group.label, count=len(mentions), mentions=mentions)


def extract_entities(doc) -> list[Entity]:
    """One Entity per real-world name, ordered by first mention."""
    groups = _grouped(_mentions(doc))
    _merge_acronyms(groups)
    return sorted((_entity(group) for group in groups.values()), key=lambda e: e.mentions[0])
