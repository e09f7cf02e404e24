"""A person's gender as the article tells it, so that "she said" skips the men named after her.

The evidence, strongest first: a given name used for one gender almost only ("Maria"), the
honorifics written before its mentions when they agree ("Mrs. Lopez"), a gendered word in a role
written with the name ("a police spokeswoman"). None when the article does not say: such a person can be anyone's antecedent.
Word lists: lexicon/en/people.toml [gender].
"""

from __future__ import annotations

import re
from typing import Optional

from ...lexicon.people import genders

HONORIFIC_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")  # the word right before a mention ("Mrs. ")


def pronoun_gender(word: str) -> Optional[str]:
    """ "she" -> "female"; None for a word that says no gender ("they", "it")."""
    return genders().pronouns.get(word.lower())


def person_gender(ent, text: str) -> Optional[str]:
    """The gender an entity's given name, honorifics or roles say, or None. The honorifics count
    only when they agree and come with at least half its mentions: "Mr. Clinton" and "Mrs.
    Clinton" in one article may be one entry."""
    words = genders()
    first = ent.text.split()[0].lower() if " " in ent.text else ""
    if first in words.given_names:
        return words.given_names[first]
    said = []
    for start, _end in ent.mentions:
        found = HONORIFIC_BEFORE.search(text[max(0, start - 10):start])
        if found and found.group(1).lower() in words.honorifics:
            said.append(words.honorifics[found.group(1).lower()])
    if said:  # one "Mrs. Obama" among many "Obama"s may be another person grouped by surname
        return said[0] if len(set(said)) == 1 and 2 * len(said) >= len(ent.mentions) else None
    for role in ent.roles:
        for word in role.lower().replace("-", " ").split():
            if word in words.role_words:
                return words.role_words[word]
    return None


def compatible(person: Optional[str], pronoun: Optional[str]) -> bool:
    """Whether a pronoun of that gender can refer to a person of this one (unknown fits either)."""
    return person is None or pronoun is None or person == pronoun
