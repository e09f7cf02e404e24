"""Named people, organisations and places, grouped so that "Biden" and "Joe Biden" are one entry."""

from __future__ import annotations

import re

from ..record import Entity

LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC")

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_TRAILING_FUNCTION_WORD = re.compile(r"\s+(?:in|of|on|at|for|and|the|to|from)$")
_MINOR_WORDS = {"of", "the", "and", "for", "de", "&"}


def clean_name(text: str) -> str:
    """The name as it would be written alone: no possessive, no leading "the", single spaces."""
    text = _SPACES.sub(" ", text.strip())
    text = _POSSESSIVE.sub("", text)
    text = _TRAILING_FUNCTION_WORD.sub("", text)  # the model sometimes runs a name into "in"
    return _LEADING_THE.sub("", text).strip(" ,;:-–—―\"'“„«”»‘’")


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

    # "U.S." and "US" join "United States": an acronym joins the one same-label name it abbreviates.
    by_acronym: dict[tuple[str, str], list] = {}
    for (key, label), group in groups.items():
        for name in group["names"]:
            acronym = acronym_key(name) or initials(name)
            if acronym:
                by_acronym.setdefault((acronym, label), []).append((key, label))
                break
    for members in by_acronym.values():
        distinct = list(dict.fromkeys(members))
        full = [m for m in distinct if not any(acronym_key(n) for n in groups[m]["names"])]
        if len(distinct) > 1 and len(full) <= 1:
            target = full[0] if full else distinct[0]
            for member in distinct:
                if member != target:
                    source = groups.pop(member)
                    for name, n in source["names"].items():
                        groups[target]["names"][name] = groups[target]["names"].get(name, 0) + n
                    groups[target]["mentions"].extend(source["mentions"])

    entities = []
    for group in groups.values():
        # The longest spelling is the fullest form of the name; ties go to the most frequent.
        text = max(group["names"], key=lambda n: (len(n.split()), group["names"][n], -len(n)))
        mentions_sorted = sorted(group["mentions"])
        entities.append(Entity(text=text, label=group["label"], count=len(mentions_sorted), mentions=mentions_sorted))
    entities.sort(key=lambda e: e.mentions[0])
    return entities
