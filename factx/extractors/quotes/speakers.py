"""Who speaks: the speaker a cue's subject names, resolved against the document's entities.

One algorithm per function: the name a subject heads, the appositive that names or describes it,
the entity it belongs to, a pronoun's antecedent, a surname's full name, the title that is a role.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate, pairwise
from typing import Optional

from .words import APOSTROPHES, CHANNELS, DASHES, FUNCTION_TITLES, PRONOUNS, TITLE_WORDS

NAME_BOUNDARIES = (",", "(", ";", *DASHES, "--")  # "Of Carson, Levine said": the name starts after these
SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP")  # entity labels that can speak (as PERSON or ORG)
APOSTROPHE_MARKS = tuple(APOSTROPHES)
POSSESSIVES = tuple(a + "s" for a in APOSTROPHES)  # "Clinton's", "Clinton’s"
FULL_NAME_LOOKBACK = 200  # mentions looked back through for a surname's full name
ROLE_APPOSITIVE_TOKENS = 12  # "Antony Blinken, the secretary of state" (not a whole clause)


@dataclass(slots=True)
class Speaker:
    """A quote's speaker as found: the name (None for an unresolved pronoun), the mention's char
    span, PERSON or ORG (or None), the role written with it, the cue, the channel and the cue token."""

    name: Optional[str]
    span: tuple[int, int]
    label: Optional[str]
    role: Optional[str]
    cue: str
    channel: Optional[str] = None
    cue_token: object = None  # spacy Token of the reporting verb, when there is one


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    entity: object  # record.Entity


class EntityIndex:
    """Every entity mention by position, for "which entity is here?" and "who was named in full
    before?" (surname-to-full-name resolution)."""

    def __init__(self, entities):
        mentions = [Mention(s, e, ent) for ent in entities for s, e in ent.mentions]
        mentions.sort(key=lambda m: m.start)
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        # The running maximum of mention ends: the first mention ending after an offset, by bisection.
        self.max_ends = list(accumulate((m.end for m in mentions), max))
        self.by_name = {}  # full name -> its entry (the first, when two entries share a name)
        for ent in entities:
            self.by_name.setdefault(ent.text, ent)
        self._first_full: dict[int, Optional[tuple[int, int]]] = {}
        self._by_end: dict[int, tuple] = {}

    def at(self, start: int, end: int):
        """The entity of the first mention (by start) that overlaps chars [start, end)."""
        k = bisect_right(self.max_ends, start)
        if k < len(self.mentions) and self.mentions[k].start < end:
            return self.mentions[k].entity
        return None

    def earlier_full_name(self, surname: str, before: int):
        """The nearest person named in full before `before` whose name ends with `surname`."""
        k = bisect_right(self.starts, before - 1) - 1
        for m in reversed(self.mentions[max(0, k - FULL_NAME_LOOKBACK):k + 1]):
            ent = m.entity
            if ent.label == "PERSON" and " " in ent.text and ent.text.split()[-1] == surname:
                return ent
        return None

    def first_full_mention(self, ent, text: str) -> Optional[tuple[int, int]]:
        """The entity's first mention written with more than one word (its full name)."""
        key = id(ent)
        if key not in self._first_full:
            self._first_full[key] = next(((s, e) for s, e in sorted(ent.mentions) if " " in text[s:e]), None)
        return self._first_full[key]

    def last_mention_ending_by(self, ent, offset: int) -> Optional[tuple[int, int]]:
        """The entity's last mention (in (start, end) order) that ends at or before the offset."""
        key = id(ent)
        if key not in self._by_end:
            ordered = sorted(tuple(m) for m in ent.mentions)
            ends = [e for _, e in ordered]
            self._by_end[key] = (ordered, ends, all(a <= b for a, b in pairwise(ends)))
        ordered, ends, ends_sorted = self._by_end[key]
        if not ends_sorted:  # overlapping mentions (not from extract_entities): look at each
            return max((m for m in ordered if m[1] <= offset), default=None)
        k = bisect_right(ends, offset)
        return ordered[k - 1] if k else None


def _joins_words(doc, k: int) -> bool:
    """A hyphen written inside a word ("Secretary-General", "Miami-Dade"), not a dash between phrases."""
    return doc[k].text == "-" and k > 0 and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def name_span(tok):
    """The name the subject token heads: compounds and flat names, no determiners or clauses."""
    doc = tok.doc
    left_i = tok.left_edge.i
    for k in range(tok.i - 1, left_i - 1, -1):
        if (doc[k].text in NAME_BOUNDARIES and not _joins_words(doc, k)) or doc[k].is_space:
            left_i = k + 1  # "Of Carson, Levine said": the name starts after the comma
            break
    while left_i < tok.i and (doc[left_i].dep_ in ("det", "punct") or doc[left_i].is_space):
        left_i += 1
    right_i = tok.i
    for child in tok.rights:
        if child.dep_ in ("flat", "compound") and child.i == right_i + 1:
            right_i = child.i
    return doc[left_i:right_i + 1]


def display_name(name: Optional[str]) -> Optional[str]:
    """The name without the dashes or blanks the tagger sometimes takes into it ("― Ana Ruiz")."""
    return name.strip(DASHES + " \xa0\t\n") or None if name else None


def _channel_of(t) -> Optional[str]:
    """The channel token t names: "statement", "Truth Social" (two words), "X" only as "on X"."""
    doc = t.doc
    if t.i + 1 < len(doc):
        two = CHANNELS.get(f"{t.lower_} {doc[t.i + 1].lower_}")
        if two:
            return two
    name = t.text.rstrip(".")  # "wrote on X." at a sentence's end is one token
    if name in CHANNELS and not name.islower():
        return CHANNELS[name] if t.i > 0 and doc[t.i - 1].lower_ == "on" else None
    channel = CHANNELS.get(t.lower_)
    return channel if channel and t.pos_ in ("NOUN", "PROPN") else None


def channel_near(tokens) -> Optional[str]:
    """The channel a noun among the tokens names ("in a statement", "on Twitter", "on X")."""
    for t in tokens:
        channel = _channel_of(t)
        if channel:
            return channel
    return None


def title_before(text: str, phrase_start: int, name_start: int) -> Optional[str]:
    """Words before the name inside its phrase ("Press Secretary John Kirby"): the role, when
    they are more than a lone rank or honorific."""
    words = text[phrase_start:name_start].strip(" ,").split()
    while words and words[-1].strip(".").lower() in TITLE_WORDS and words[-1].endswith("."):
        words.pop()  # "spokesman Col." keeps the function, not the rank abbreviation
    if len(words) == 1 and words[0].lower().split("-")[-1] in FUNCTION_TITLES:
        return words[0]  # "Mayor Ana Costa", "Vice-President X": a lone function title is a role; "Mr." is not
    return " ".join(words) if len(words) > 1 else None


def role_of_mention(doc, text: str, start: int, end: int) -> Optional[str]:
    """The role written with a name: "Secretary of State Antony Blinken", "Antony Blinken, the
    secretary of state"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ != "PROPN" and child.i > head.i \
                and child.right_edge.i - child.left_edge.i < ROLE_APPOSITIVE_TOKENS:
            return doc[child.left_edge.i:child.right_edge.i + 1].text.strip(" ,")
    return title_before(text, name_span(head).start_char, span.start_char)


# ------------------------------------------------------------ from a cue's subject to a speaker


def _appositive_name(subj):
    """"a spokesman, Scott Whiffen" and "the group's leader John Doe": the person named in the
    subject phrase speaks, the words before the name are the role. (subject, role)."""
    if subj.pos_ != "PROPN" and subj.lower_ not in PRONOUNS:
        for child in subj.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return child, name_span(subj).text
    if subj.pos_ == "NOUN":
        for t in subj.subtree:
            if t.ent_type_ == "PERSON" and t.i > subj.i and t.dep_ != "appos":
                role = subj.doc[subj.left_edge.i:t.i].text if t.i > subj.left_edge.i else None
                return (t.head if t.head.ent_type_ == "PERSON" and t.head.i > subj.i else t), role
    return subj, None


def _appositive_role(subj) -> Optional[str]:
    """"Antony Blinken, the secretary of state": a descriptive appositive is the role."""
    for child in subj.children:
        if child.dep_ == "appos" and child.pos_ != "PROPN":
            return subj.doc[child.left_edge.i:child.right_edge.i + 1].text.strip(" ,")
    return None


def _entity_of(subj, span, people: EntityIndex, text: str):
    """The entity the head word belongs to ("Kirby"); else a person or organisation inside the
    phrase ("Press Secretary John Kirby" parsed with the title as head), never a place ("an Iowa
    Democrat" is not Iowa), the owner of a possessive ("Clinton's campaign says") nor a name that
    modifies a common noun ("Irondale police")."""
    ent = people.at(subj.idx, subj.idx + len(subj))
    if ent is not None:
        return ent
    ent = people.at(span.start_char, span.end_char)
    if ent is None or ent.label not in ("PERSON", "ORG"):
        return None
    inner_end = max((e for s, e in ent.mentions if span.start_char <= s < span.end_char), default=-1)
    if subj.pos_ == "NOUN" and subj.text.islower() and inner_end <= subj.idx:
        return None  # "Irondale police said": the name only modifies the common noun that speaks
    if text[inner_end:inner_end + 2] in POSSESSIVES or text[inner_end:inner_end + 1] in APOSTROPHE_MARKS:
        return None
    return ent


def _subject_span(subj) -> tuple[int, int]:
    return subj.idx, subj.idx + len(subj)


def _speaker_from_entity(ent, subj, span, role, cue, people: EntityIndex, text: str) -> Speaker:
    """The entity speaks; its mention in the phrase is the span, a title written with it the role."""
    doc = subj.doc
    ent_start = max((s for s, e in ent.mentions if span.start_char <= s <= subj.idx), default=None)
    label = "PERSON" if ent.label == "PERSON" else "ORG"
    mention = (span.start_char, span.end_char)
    if ent_start is not None:
        mention = next(((s, e) for s, e in ent.mentions if s == ent_start), mention)
        role = role or title_before(text, span.start_char, ent_start)
    if role is None and label == "PERSON":
        # "Blinken said": the title written with the full name earlier in the article.
        full = people.first_full_mention(ent, text)
        role = role_of_mention(doc, text, *full) if full and full[0] < mention[0] else None
    return Speaker(ent.text, mention, label, role, cue.text, None, cue.token)


def _speaker_from_words(subj, span, role, cue, people: EntityIndex) -> Speaker:
    """No entity: the subject's own words, a surname of a person named before, a title kept apart."""
    label = "PERSON" if subj.ent_type_ == "PERSON" else ("ORG" if subj.ent_type_ else None)
    if subj.text[:1].isupper() and subj.pos_ in ("PROPN", "NOUN") and subj.ent_type_ in ("", "PERSON"):
        earlier = people.earlier_full_name(subj.text, subj.idx)
        if earlier is not None:
            # "Mendes said" that the tagger missed: the surname of a person named in full before.
            return Speaker(earlier.text, _subject_span(subj), "PERSON", role, cue.text, None, cue.token)
    if label is None and subj.pos_ == "PROPN":
        label = "PERSON" if subj.ent_type_ == "" and subj.text.istitle() else None
    if label == "PERSON":
        span, title = _without_leading_titles(span)
        if title is not None:
            role = role or title
    return Speaker(span.text, (span.start_char, span.end_char), label, role, cue.text, None, cue.token)


def _without_leading_titles(span):
    """"said Mayor Ana Costa" with the name unknown to the tagger: (the name, the title or None)."""
    doc = span.doc
    first = span.start
    while first < span.end - 1 and doc[first].text.strip(".").lower() in TITLE_WORDS:
        first += 1
    if first == span.start:
        return span, None
    return doc[first:span.end], doc[span.start:first].text


def speaker_from_cue(cue, people: EntityIndex, antecedent: Optional[str], text: str) -> Speaker:
    """The speaker a cue's subject names: appositive name, entity, pronoun antecedent (the last
    person named before it, `antecedent`), or the subject's own words."""
    subj, role = _appositive_name(cue.subject)
    span = name_span(subj)
    if role is None:
        role = _appositive_role(subj)
    ent = _entity_of(subj, span, people, text)
    if subj.pos_ == "PRON" or subj.lower_ in PRONOUNS:
        want = PRONOUNS.get(subj.lower_)
        if want == "PERSON" and antecedent is not None:
            return Speaker(antecedent, _subject_span(subj), "PERSON", None, cue.text, None, cue.token)
        return Speaker(None, _subject_span(subj), want, None, cue.text, None, cue.token)
    if subj.pos_ == "PROPN" and subj.ent_type_ != "PERSON" and (ent is None or " " not in ent.text):
        # "Mendes answered" tagged as an organisation, a place or a product: a person named in full before wins.
        earlier = people.earlier_full_name(subj.text, subj.idx)
        if earlier is not None:
            return Speaker(earlier.text, _subject_span(subj), "PERSON", role, cue.text, None, cue.token)
    if ent is not None and ent.label in SPEAKER_LABELS:
        return _speaker_from_entity(ent, subj, span, role, cue, people, text)
    return _speaker_from_words(subj, span, role, cue, people)


# ------------------------------------------------------------ from a speaker to the entities list


def _last_word(name: str) -> str:
    words = name.split()
    return words[-1].strip(".,").casefold() if words else ""


def speaker_entry(name: Optional[str], span: Optional[tuple[int, int]], people: EntityIndex):
    """The entities-list entry a speaker is: the entity named at the speaker's span when it is the
    same name (its full name or its surname: "Blinken said"), else the entry whose full name the
    speaker already is (a pronoun or a follow-on quote resolved to it). None for a noun phrase
    ("Irondale police", "a spokesman") or an unresolved pronoun."""
    if not name:
        return None
    if span is not None:
        ent = people.at(*span)
        if ent is not None and (ent.text == name or _last_word(ent.text) == _last_word(name)):
            return ent
    return people.by_name.get(name)


def dash_attribution(text: str, end: int, people: EntityIndex) -> Optional[Speaker]:
    """`"..." — Krystal Correa`: a dash right after the closing mark names the speaker."""
    i = end + 1
    while i < len(text) and text[i] in " \t\xa0.,\r\n" and i - end < 8:
        i += 1  # the dash may start the next line
    if i >= len(text) or text[i] not in DASHES:
        return None
    i += 1
    while i < len(text) and text[i] in " \t\xa0-":
        i += 1
    stop = i
    while stop < len(text) and text[stop] not in "\n,(;" and stop - i < 60:
        stop += 1
    name = text[i:stop].strip(" \xa0.")
    if not name or not name[:1].isupper():
        return None
    ent = people.at(i, i + len(name))
    if ent is not None and ent.label in ("PERSON", "ORG"):
        return Speaker(ent.text, (i, i + len(name)), ent.label, None, "-")
    return Speaker(name, (i, i + len(name)), None, None, "-")
