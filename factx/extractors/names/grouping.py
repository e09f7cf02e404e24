"""One entry per real-world name: a person's surname, title and surname, initial and surname, or
possessive joins the full name mentioned in the article, whatever label the model gave it, and the
entry takes the full name's label; an abbreviation joins the long form the text defines it by; the
other names group by their text, labelled by the vote of their mentions (one sense per article).

Each pass is linear in the number of mentions (full names are looked up by their words).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ... import lexicon
from ...lexicon.people import titles as people_titles
from .mentions import NameMention
from .organisations import PLACES, short_forms

MINOR_WORDS = frozenset(lexicon.load("names")["initials"]["minor_words"])  # skipped by initials


@dataclass(slots=True)
class Group:
    """The mentions of one entry, and the labels the model gave them."""

    key: str
    mentions: list[NameMention] = field(default_factory=list)
    votes: Counter = field(default_factory=Counter)
    person: bool = False  # a full name of a person leads it
    organisation: set = field(default_factory=set)  # the evidence that it is an organisation's (FORM, KIND)

    def add(self, m: NameMention) -> None:
        self.mentions.append(m)
        if m.organisation:
            self.organisation.add(m.organisation)
        if m.origin in ("model", "abbreviation", "dateline"):
            self.votes[m.label] += 1

    @property
    def label(self) -> str:
        if self.organisation:  # "Lear Corp", "the Zycie Warszawy daily": the text's word beats the model
            return "ORG"
        if self.person:
            return "PERSON"
        first_label = {}
        for m in self.mentions:
            first_label.setdefault(m.label, m.start)
        return max(self.votes or Counter({self.mentions[0].label: 1}),
                   key=lambda lab: (self.votes[lab], -first_label.get(lab, 0)))


def key_of(text: str) -> str:
    """One key for the spellings of a name: case, apostrophes, blanks, a final full stop ("Lear Corp.")."""
    return " ".join(text.casefold().replace("’", "'").split()).rstrip(".")


@lru_cache(maxsize=1)
def _suffixes() -> frozenset:
    """ "Jr.": people.toml's suffixes and the more of names.toml."""
    return people_titles().suffixes | frozenset(lexicon.load("names")["people"]["suffixes"])


def name_words(text: str) -> list[str]:
    """A person's name words without suffixes ("Martin Luther King Jr." -> Martin Luther King)."""
    suffixes = _suffixes()
    words = text.replace(",", " ").split()
    while len(words) > 1 and words[-1].strip(".").lower() in suffixes:
        words.pop()
    return words


# ------------------------------------------------------------------ people


@dataclass(slots=True)
class FullName:
    start: int  # char offset of its first mention
    text: str
    words: tuple[str, ...]


class People:
    """The full names of the article, found by any of their short forms."""

    def __init__(self, mentions: list[NameMention]):
        self.by_form: dict[str, list[FullName]] = {}
        self.by_first: dict[str, list[FullName]] = {}
        seen = set()
        for m in mentions:
            words = name_words(m.text)
            if m.label != "PERSON" or len(words) < 2 or key_of(m.text) in seen:
                continue
            seen.add(key_of(m.text))
            full = FullName(m.start_char, m.text, tuple(w.casefold() for w in words))
            for form in self._forms(full.words):
                self.by_form.setdefault(form, []).append(full)
            self.by_first.setdefault(full.words[0], []).append(full)

    @staticmethod
    def _forms(words: tuple[str, ...]) -> list[str]:
        """Surname forms: every tail of the name ("de Silva", "Silva"), initial + surname ("S. Waugh")."""
        forms = [" ".join(words[k:]) for k in range(1, len(words))]
        forms.append(f"{words[0][0]}. {words[-1]}")
        return forms

    def surnames(self) -> list[str]:
        return [form for form in self.by_form if "." not in form]

    def resolve(self, m: NameMention):
        """The full name a short mention stands for: the nearest one before it, else the only one
        after it. A first name alone ("Joe") counts for a mention the model tagged a person, or
        for one it tagged neither a person nor a place after the one person named in full with that
        first word ("Wang" after "Wang Donghai": the family name written first)."""
        words = name_words(m.text)
        form = " ".join(w.casefold() for w in words)
        fits = list(self.by_form.get(form, []))
        if m.label == "PERSON" and len(words) == 1:
            fits += [f for f in self.by_first.get(form, []) if f not in fits]
        elif not fits and len(words) == 1 and m.label not in PLACES and len(self.by_first.get(form, [])) == 1 \
                and self.by_first[form][0].start < m.start_char:
            fits = self.by_first[form]  # "Wang" after "Wang Donghai": a family name written first
        if not fits:
            return None
        before = [f for f in fits if f.start < m.start_char]
        if before:
            return max(before, key=lambda f: f.start)
        return fits[0] if len({f.text.casefold() for f in fits}) == 1 else None


# ------------------------------------------------------------------ acronyms


def acronym_key(name: str):
    """ "US" for "U.S." or "US": a short all-capitals name, letters only."""
    letters = name.replace(".", "").replace(" ", "")
    return letters if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() else None


def initials(name: str) -> str:
    """ "US" for "United States": the capitals of a multi-word name's main words."""
    words = [w for w in name.split() if w.casefold() not in MINOR_WORDS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def _by_acronym(groups: dict[str, Group]) -> dict[tuple[str, str], list[str]]:
    """Group keys by the acronym of their first name that has one, and their label."""
    by_acronym: dict[tuple[str, str], list[str]] = {}
    for key, group in groups.items():
        acronym = next((acronym_key(m.text) or initials(m.text) for m in group.mentions
                        if acronym_key(m.text) or initials(m.text)), None)
        if acronym and not group.person:
            by_acronym.setdefault((acronym, group.label), []).append(key)
    return by_acronym


def join_acronyms(groups: dict[str, Group]) -> None:
    """ "U.S." and "US" join "United States": an acronym joins the one name of its label it abbreviates."""
    for members in _by_acronym(groups).values():
        full = [k for k in members if not any(acronym_key(m.text) for m in groups[k].mentions)]
        if len(members) > 1 and len(full) <= 1:
            target = full[0] if full else members[0]
            for key in members:
                if key != target:
                    for m in groups.pop(key).mentions:
                        groups[target].add(m)


# ------------------------------------------------------------------ grouping


def company_short_forms(mentions: list[NameMention]) -> dict[str, str]:
    """ "Magna" and "Magna International" -> "Magna International Inc": the short forms of each
    company named with its legal form, when no two companies share one."""
    found: dict[str, set[str]] = {}
    for m in mentions:
        if m.organisation and len(m.text.split()) > 1:
            for form in short_forms(m.text):
                found.setdefault(form, set()).add(key_of(m.text))
    return {form: next(iter(keys)) for form, keys in found.items() if len(keys) == 1}


def group_mentions(mentions: list[NameMention], aliases: dict[str, str]) -> list[Group]:
    """Groups in order of first mention; `aliases` maps a short form's key to its long form's key,
    and a company's short form joins its full name."""
    people = People(mentions)
    companies = company_short_forms(mentions)
    groups: dict[str, Group] = {}
    for m in mentions:
        full = people.resolve(m) if len(name_words(m.text)) < 4 else None
        key = key_of(full.text) if full is not None else key_of(m.text)
        key = aliases.get(key, key)
        if m.label not in PLACES:  # "Wuxi" the city is not "Wuxi Tong Ling Company Ltd"
            key = companies.get(key, key)
        group = groups.get(key)
        if group is None:
            group = groups[key] = Group(key)
        group.person = group.person or full is not None or (m.label == "PERSON" and len(name_words(m.text)) > 1)
        group.add(m)
    join_acronyms(groups)
    return sorted(groups.values(), key=lambda g: min(m.start_char for m in g.mentions))
