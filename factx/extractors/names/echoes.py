"""A name found once is found again: the tagger misses many repeats of a name it tagged elsewhere
("Lebed said", "Such had scuttled", a surname in a list), and reads no headline in capitals. Every
uncovered run of tokens spelled like a known name (or like a person's surname) is a mention of it;
on a line in capitals, the same words in capitals count too ("LEBED" for "Lebed").

One pass over the tokens; known names are looked up by their first word.
"""

from __future__ import annotations

from .grouping import name_words
from .lines import Layout
from .mentions import NameMention, make_mention
from .titles import Titles


def _glued(doc, i: int) -> bool:
    """Token i is the hyphen of a compound written without spaces ("Tripoli-based")."""
    return 0 <= i < len(doc) and doc[i].text == "-" and not doc[i].whitespace_ and i > 0 and not doc[i - 1].whitespace_


def known_forms(mentions: list[NameMention]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Each known spelling as its words, by first word (lower case), with the label it came with;
    a person's full name also lends its surname ("Lebed" for "Alexander Lebed")."""
    forms: dict[tuple[str, ...], str] = {}
    for m in mentions:
        words = tuple(m.text.split())
        forms.setdefault(words, m.label)
        person_words = name_words(m.text)
        if m.label == "PERSON" and len(person_words) > 1:
            forms.setdefault((person_words[-1],), "PERSON")
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, label in sorted(forms.items(), key=lambda item: -len(item[0])):
        by_first.setdefault(words[0].lower(), []).append((words, label))
    return by_first


def _spelled_as(doc, i: int, words: tuple[str, ...], in_capitals: bool) -> bool:
    """Whether the tokens from i spell `words` exactly (or in capitals on a capitals line)."""
    texts = [doc[i + k].text for k in range(len(words))]
    return texts == list(words) or (in_capitals and texts == [w.upper() for w in words])


def _can_start(doc, i: int, covered: set, titles: Titles) -> bool:
    """A capitalised token outside other names and compounds; a title word only when no name
    follows it ("King said", not "King Hussein")."""
    tok = doc[i]
    title = titles.covering(i)
    if title is not None and title.end < len(doc) and doc[title.end].text[:1].isupper():
        return False
    return i not in covered and tok.text[:1].isupper() and not _glued(doc, i - 1) and not _glued(doc, i + 1)


def find_echoes(doc, layout: Layout, titles: Titles, mentions: list[NameMention], lower_words: set) -> list[NameMention]:
    """Mentions of known names that the model did not tag. A one-word name at a sentence's start
    counts unless the article uses the word in lower case ("Such a ..." with "such" elsewhere)."""
    from spacy.attrs import LOWER
    from spacy.strings import get_string_id

    by_first = known_forms(mentions)
    first_ids = {get_string_id(word) for word in by_first}
    lowers = doc.to_array(LOWER).tolist()  # candidates by hash, no Token objects
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    i = 0
    while i < len(doc):
        if lowers[i] not in first_ids or not _can_start(doc, i, covered, titles):
            i += 1
            continue
        in_capitals = layout.kind_at(doc[i].idx) == "capitals"
        tok = doc[i]
        match = None
        for words, label in by_first.get(tok.lower_, ()):
            end = i + len(words)
            if end <= len(doc) and not covered.intersection(range(i, end)) and _spelled_as(doc, i, words, in_capitals):
                match = (end, label)
                break
        if match is None or (match[0] == i + 1 and tok.is_sent_start and tok.lower_ in lower_words):
            i += 1
            continue
        found.append(make_mention(doc, i, match[0], match[1], origin="echo"))
        i = match[0]
    return found
