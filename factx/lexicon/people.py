"""people.toml as typed objects: the one title list, read by the quotes' speakers and by `factx eval`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import load


@dataclass(frozen=True)
class Titles:
    """Title words by kind, lower case and without their dot."""

    honorifics: frozenset[str]  # "Mr.": not a role
    abbreviations: frozenset[str]  # "Sen.", "Gen.": a rank or office
    functions: frozenset[str]  # "Mayor": a role even alone
    suffixes: frozenset[str]  # "Jr.": written after a name

    @property
    def before_names(self) -> frozenset[str]:
        """Words written before a name that are not part of it ("Mayor Ana Costa", "Dr. Lee")."""
        return self.honorifics | self.abbreviations | self.functions

    @property
    def roles(self) -> frozenset[str]:
        """Title words that are a role when alone before a name ("Mayor"; not "Mr.")."""
        return self.abbreviations | self.functions

    @property
    def all(self) -> frozenset[str]:
        """Every title word, suffixes included: what a name's last word is not."""
        return self.before_names | self.suffixes


@lru_cache(maxsize=None)
def titles(lang: str = "en") -> Titles:
    table = load("people", lang)["titles"]
    return Titles(**{kind: frozenset(words) for kind, words in table.items()})


@dataclass(frozen=True)
class Genders:
    """Words that tell a person's gender, by gender ("male", "female"): what a "he" or a "she" may
    refer to (people.toml [gender])."""

    pronouns: dict[str, str]  # word -> gender
    honorifics: dict[str, str]
    role_words: dict[str, str]
    given_names: dict[str, str]


@lru_cache(maxsize=None)
def genders(lang: str = "en") -> Genders:
    table = load("people", lang)["gender"]

    def by_word(kind: str) -> dict[str, str]:
        return {word: gender for gender, words in table[kind].items() for word in words}

    return Genders(**{kind: by_word(kind) for kind in ("pronouns", "honorifics", "role_words", "given_names")})
