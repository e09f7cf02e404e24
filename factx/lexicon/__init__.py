"""Word knowledge kept as data: one TOML file per domain under ``lexicon/<lang>/``, loaded once.

The extractors never spell a word list in Python: they read it here and build their regex
alternations, trigger sets and spaCy matcher patterns from it (the SUTime way: each word map is
defined once, the patterns are built from the maps). ``tests/test_lexicon.py`` checks the data's
integrity, as dateparser checks its language data.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from typing import Iterable

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib

LANGUAGES = ("en",)


@lru_cache(maxsize=None)
def load(name: str, lang: str = "en") -> dict:
    """The parsed table ``lexicon/<lang>/<name>.toml``; a missing file is a KeyError naming it."""
    resource = files(__package__).joinpath(lang, f"{name}.toml")
    if not resource.is_file():
        raise KeyError(f"no lexicon file {lang}/{name}.toml")
    return tomllib.loads(resource.read_text(encoding="utf-8"))


def names(lang: str = "en") -> list[str]:
    """Every lexicon file of a language, by name (for the integrity test)."""
    folder = files(__package__).joinpath(lang)
    return sorted(entry.name[:-5] for entry in folder.iterdir() if entry.name.endswith(".toml"))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first ("sept" before "sep"), a space matching any white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))
