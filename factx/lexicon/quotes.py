"""quotes.toml as typed objects: quotation marks, reporting verbs, cue phrases, channels, pronouns.

Light on purpose (no spaCy): `factx eval` reads the marks from here as the quotes extractor does.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import load

VERB_ROLES = frozenset({"quote", "report", "word", "addressee", "particle"})


@dataclass(frozen=True)
class QuotationMarks:
    """The marks by what they do; each string holds one mark per character (PTB's are two-character)."""

    double_open: str
    double_close: str
    straight_double: str
    ptb_open: str
    ptb_close: str
    single_open: str
    single_close: str
    straight_single: str
    other_open: str
    other_close: str

    @property
    def opening(self) -> str:
        """Every character that can open a quote, in any convention (the scorer's view)."""
        chars = (self.straight_double + self.double_open + self.single_open + self.straight_single
                 + self.other_open + self.ptb_open[0])
        return "".join(dict.fromkeys(chars))

    @property
    def closing(self) -> str:
        """Every character that can close a quote, in any convention."""
        chars = (self.straight_double + self.double_close + self.single_close + self.straight_single
                 + self.other_close)
        return "".join(dict.fromkeys(chars))

    @property
    def double(self) -> tuple[str, ...]:
        """Every double mark (PTB pairs included): a text with none may quote with straight singles."""
        return (self.straight_double, *self.double_open, *self.double_close, self.ptb_open, self.ptb_close)


@dataclass(frozen=True)
class ReportingVerb:
    """One reporting verb: its lemma, the speech act it reports, and the roles of `quotes.toml`."""

    lemma: str
    tells: str
    roles: frozenset[str]
    irregular: tuple[str, ...] = ()

    def forms(self) -> set[str]:
        """The lemma, its -s and -ed forms and its irregular ones ("says", "noted", "replied", "told")."""
        lemma = self.lemma
        consonant_y = lemma.endswith("y") and lemma[-2] not in "aeiou"
        if consonant_y:
            third, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
        else:
            third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s"
            past = lemma.removesuffix("e") + "ed"
        return {lemma, third, past, *self.irregular}


@dataclass(frozen=True)
class QuoteLexicon:
    marks: QuotationMarks
    dashes: str
    verbs: tuple[ReportingVerb, ...]
    source_phrases: tuple[str, ...]  # "according to": the phrase's object is the source
    channels: dict[str, str]  # noun -> channel ("twitter" -> "tweet")
    pronouns: dict[str, str | None]  # pronoun -> PERSON, ORG or None (never resolved)
    not_speakers: frozenset[str]
    complementizers: frozenset[str]  # "that": introduces a reported clause

    def lemmas(self, role: str) -> frozenset[str]:
        """The lemmas of the verbs that play a role ("quote", "report", "addressee", ...)."""
        if role not in VERB_ROLES:
            raise KeyError(f"no verb role {role!r} in quotes.toml")
        return frozenset(v.lemma for v in self.verbs if role in v.roles)

    def cue_words(self) -> frozenset[str]:
        """Surface forms of every verb that counts as a cue word after a closing mark."""
        return frozenset(form for v in self.verbs if v.roles & {"quote", "word"} for form in v.forms())


def _chars(value) -> str:
    return value if isinstance(value, str) else "".join(value)


@lru_cache(maxsize=None)
def quote_lexicon(lang: str = "en") -> QuoteLexicon:
    table = load("quotes", lang)
    marks = QuotationMarks(**{name: _chars(value) for name, value in table["marks"].items()})
    verbs = tuple(
        ReportingVerb(lemma, row["tells"], frozenset(row["as"]), tuple(row.get("forms", ())))
        for lemma, row in table["verbs"].items()
    )
    channels = {noun: channel for channel, nouns in table["channels"].items() for noun in nouns}
    kinds = {"person": "PERSON", "organisation": "ORG", "unresolved": None}
    pronouns = {word: kinds[kind] for kind, words in table["pronouns"].items() for word in words}
    return QuoteLexicon(
        marks=marks,
        dashes=_chars(table["punctuation"]["dashes"]),
        verbs=verbs,
        source_phrases=tuple(table["phrases"]["source"]),
        channels=channels,
        pronouns=pronouns,
        not_speakers=frozenset(table["speakers"]["not_speakers"]),
        complementizers=frozenset(table["clauses"]["complementizers"]),
    )
