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
