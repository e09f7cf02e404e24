"""The casualty lexicon (``lexicon/en/casualties.toml``), loaded once into typed tables.

Each TOML table becomes one frozen dataclass whose fields are its keys, so a word list that is
misspelt, missing or unused in the data fails at import, not silently at run time.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from types import MappingProxyType
from typing import Mapping

from ...lexicon import load
from ..numbers import GROUPS, UNCOUNTED, VAGUE


def _table(cls, table: dict):
    """A dataclass of `cls` from a TOML table: lists become frozensets, tables read-only mappings."""
    names = {f.name for f in fields(cls)}
    if set(table) != names:
        raise KeyError(f"casualties.toml [{cls.__name__}]: unexpected {sorted(set(table) - names)}, "
                       f"missing {sorted(names - set(table))}")
    values = {}
    for f in fields(cls):
        value = table[f.name]
        if f.type.startswith("tuple"):
            values[f.name] = tuple(value)
        elif isinstance(value, list):
            values[f.name] = frozenset(value)
        else:
            values[f.name] = MappingProxyType(dict(value))
    return cls(**values)


@dataclass(frozen=True, slots=True)
class TriggerWords:
    """Words that state a casualty (kind by lemma or word) and the words that make them something else."""

    verbs: Mapping[str, str]
    participles: Mapping[str, str]
    adjectives: Mapping[str, str]
    nouns: Mapping[str, str]
    nominal: frozenset[str]
    intransitive: frozenset[str]
    event_gerunds: frozenset[str]
    gunfire_verbs: frozenset[str]
    natural_causes: frozenset[str]
    natural_cause_preps: frozenset[str]
    sports_injuries: frozenset[str]
    gunfire: frozenset[str]
    body_parts: frozenset[str]
    figurative_particles: frozenset[str]
    figurative_goals: frozenset[str]
    repeats: frozenset[str]
    attempts: frozenset[str]
    found_verbs: frozenset[str]
    suffer_verbs: frozenset[str]
    care_verbs: frozenset[str]
    transport_verbs: frozenset[str]
    feared_verbs: frozenset[str]
    toll_nouns: frozenset[str]
    irregular_forms: frozenset[str]
    rise_verbs: frozenset[str]
    wound_nouns: frozenset[str]
    minor_wounds: frozenset[str]
    people_wound_nouns: frozenset[str]
    age_words: frozenset[str]
    peaceful: frozenset[str]
    since_death: frozenset[str]
    to_death_verbs: frozenset[str]
    life_verbs: frozenset[str]
    hospital_transports: frozenset[str]


@dataclass(frozen=True, slots=True)
class VictimWords:
    """Nouns and pronouns that can name the victims, and how each is counted."""

    person_nouns: frozenset[str]
    list_determiners: frozenset[str]
    perpetrator_nouns: frozenset[str]
    animals: frozenset[str]
    animal_titles: frozenset[str]
    person_suffixes: tuple[str, ...]
    not_people: frozenset[str]
    not_person_labels: frozenset[str]
    implied_people: frozenset[str]
    things: frozenset[str]
    they: frozenset[str]
    relatives: frozenset[str]
    personal_relatives: frozenset[str]
    reflexives: frozenset[str]
    he_she: frozenset[str]
    anybody: frozenset[str]  # "person", "victim": a description that tells no one apart
    agent_pronouns: frozenset[str]
    one: frozenset[str]
    ages: frozenset[str]
    ages_nouns: frozenset[str]
    years: frozenset[str]
    age_units: frozenset[str]
    inclusion: frozenset[str]
    others: frozenset[str]
    determiners: frozenset[str]
    holder_verbs: frozenset[str]
    singular_one: frozenset[str]
    singular_two: frozenset[str]
    number_unknown: frozenset[str]
    groups: frozenset[str]
    plurals: Mapping[str, str]
    pairs: Mapping[str, int]
    pair_modifiers: Mapping[str, int]
    counted_groups: frozenset[str]
    quantity_words: frozenset[str]  # vague plurals, "dozen" and the implied people: "killing dozens"


@dataclass(frozen=True, slots=True)
class StatementWords:
    """Modifiers that add victims, move them between kinds, deny or place a statement."""

    additive: frozenset[str]
    others_than_told: frozenset[str]
    others_than_shooter: frozenset[str]
    transition_hints: frozenset[str]
    transition_lemmas: frozenset[str]
    denial_verbs: frozenset[str]
    degree_adverbs: frozenset[str]
    unreal_heads: frozenset[str]
    unreal_when_denied: frozenset[str]  # "don't let him die": denied, the verb of letting makes it a plea
    place_prepositions: frozenset[str]
    since: frozenset[str]
    back_to_many: frozenset[str]
    period_units: frozenset[str]
    period_modifiers: frozenset[str]
    life_stages: frozenset[str]
    proceedings: frozenset[str]
    renewed_proceedings: frozenset[str]
    motives: frozenset[str]
    days_of_now: frozenset[str]
    story_links: tuple[str, ...]  # line openers of a link to another story ("MORE:", "READ MORE:")


@dataclass(frozen=True, slots=True)
class EventWords:
    """How the article names its event: deadly, a homicide, another incident."""

    deadly_words: frozenset[str]
    deadly_events: frozenset[str]
    event_nouns: frozenset[str]
    other_event_words: frozenset[str]
    other_event_openers: frozenset[str]
    several: frozenset[str]  # determiners of several incidents ("some shootings"), not of one told again
    link_openers: frozenset[str]
    killing_nouns: frozenset[str]
    not_deadly: frozenset[str]
    victim_nouns: frozenset[str]
    multiple_killings: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class CasualtyWords:
    """The whole casualty lexicon."""

    harmed: frozenset[str]
    triggers: TriggerWords
    victims: VictimWords
    statements: StatementWords
    events: EventWords
    termsets: Mapping[str, tuple[str, ...]]


def _load() -> CasualtyWords:
    data = load("casualties")
    implied = [*VAGUE, *GROUPS, *data["victims"]["implied_people"]]
    return CasualtyWords(
        harmed=frozenset(data["kinds"]["harmed"]),
        triggers=_table(TriggerWords, data["triggers"]),
        victims=_table(VictimWords, {**data["victims"], "quantity_words": implied}),
        statements=_table(StatementWords, data["statements"]),
        events=_table(EventWords, data["events"]),
        termsets=MappingProxyType({role: tuple(terms) for role, terms in data["termsets"].items()}),
    )


WORDS = _load()
UNCOUNTED_WORDS = frozenset(w for w in UNCOUNTED if " " not in w)  # "several", "many": no figure
