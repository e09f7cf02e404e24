"""Named people, organisations and places, grouped so that "Biden" and "Joe Biden" are one entry."""

from __future__ import annotations

import re

from ..record import Entity

REQUIRES = ("ner",)
LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC")

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def clean_name(text: str) -> str:
    """The name as it would be written alone: no possessive, no leading "the", single spaces."""
    text = _SPACES.sub(" ", text.strip())
    text = _POSSESSIVE.sub("", text)
    return _LEADING_THE.sub("", text).strip(" .,;:-–—\"'“”‘’")


def _key(name: str) -> str:
    return name.casefold()


def extract_entities(doc) -> list[Entity]:
    """One Entity per real-world name, ordered by first mention.

    A one-word PERSON mention joins the full name that ends (or starts) with it: the nearest one
    before it, else the only one after it. Other names group by their cleaned, case-folded text.
    """
    mentions = []  # (name, label, start, end)
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        name = clean_name(ent.text)
        if not name or not any(ch.isalpha() for ch in name):
            continue
        # Offsets cover the cleaned name inside the mention, so they slice back to it.
        start = ent.start_char + ent.text.find(name) if name in ent.text else ent.start_char
        end = start + len(name) if name in ent.text else ent.end_char
        mentions.append((name, ent.label_, start, end))

    full_names = [(m[2], m[0]) for m in mentions if m[1] == "PERSON" and " " in m[0]]

    def person_group(name: str, at: int) -> str:
        if " " in name:
            return name
        fits = [(pos, full) for pos, full in full_names if name in (full.split()[-1], full.split()[0])]
        before = [f for f in fits if f[0] < at]
        if before:
            return before[-1][1]
        distinct = {_key(full) for _, full in fits}
        return fits[0][1] if len(distinct) == 1 else name

    groups: dict[tuple[str, str], dict] = {}
    for name, label, start, end in mentions:
        canonical = person_group(name, start) if label == "PERSON" else name
        group_label = "PERSON" if canonical != name else label
        key = (_key(canonical), group_label)
        group = groups.get(key)
        if group is None:
            group = groups[key] = {"names": {}, "label": group_label, "mentions": []}
        group["names"][canonical] = group["names"].get(canonical, 0) + 1
        group["mentions"].append((start, end))

    entities = []
    for group in groups.values():
        # The longest spelling is the fullest form of the name; ties go to the most frequent.
        text = max(group["names"], key=lambda n: (len(n.split()), group["names"][n], -len(n)))
        mentions_sorted = sorted(group["mentions"])
        entities.append(Entity(text=text, label=group["label"], count=len(mentions_sorted), mentions=mentions_sorted))
    entities.sort(key=lambda e: e.mentions[0])
    return entities
