"""Quotes and their speakers: paired quotation marks, then a reporting cue and its subject nearby.

Rules, not a model. The marks are paired in one linear pass (marks). Reporting cues are found once
per doc by spaCy PhraseMatchers built from the lexicon (rules, cues); each quote's attribution is looked for
after it in its sentence (a trailing cue must be the quote's own: no clause of its own, same
paragraph), then before it, then in a colon-ended lead-in, and a name with a cue word right after
the closing mark is read off the words when the parse missed it (attribution). The cue's subject
is resolved to a speaker against the entities (speakers), and a named speaker points at its entry
of the entities list (`speaker_entity`); a quote with none inherits the previous
quote's speaker when it follows closely (follow-on quotes). Reported speech without marks is
`indirect`, built for precision (indirect). "Thought" is not a cue: imagined speech is not a quote.

Every rule carries its invented examples (`all_rules()`), run as tests. Word knowledge lives in
factx/lexicon/en/quotes.toml and people.toml.
"""

from __future__ import annotations

from typing import Optional

from ...record import Quote
from . import attribution, cues, indirect
from .attribution import Antecedents, Attributed, Attribution, layout
from .cues import DocCues
from .marks import Quoted, QuoteSpan, find_quotes
from .rules import match_terms
from .speakers import EntityIndex, Speaker, display_name, speaker_entry
from .windows import DocIndex

__all__ = ["QuoteSpan", "all_rules", "extract_quotes", "find_quotes"]


MATCHED_RULES = (*cues.RULES, indirect.RULE)  # the rules whose terms the PhraseMatchers find


def all_rules():
    """Every attribution rule with its examples: the matched ones first, then the Python ones."""
    return (*MATCHED_RULES, *attribution.RULES)


def _quote(q, speaker) -> Quote:
    return Quote(
        text=q.content, span=(q.span.start, q.span.end), type=q.type,
        speaker=display_name(speaker.name) if speaker else None,
        speaker_span=speaker.span if speaker else None,
        speaker_label=speaker.label if speaker else None,
        role=speaker.role if speaker else None,
        cue=speaker.cue if speaker else None,
        channel=speaker.channel if speaker else None,
    )


def _skipped_attribution(found: Attribution, q, cue, last: Optional[Attributed]) -> Optional[Attributed]:
    """Short quoted words left out (`called it “too little,” he added.`) still name the last person
    attributed: a quote with no cue after them goes on with that speaker, not an earlier one."""
    if cue is None:
        return last
    speaker = found.speaker(q, cue, last)
    return Attributed(speaker, q.span.end, shown=False) if speaker is not None and speaker.name else last


class ReportedBefore:
    """The reported speech without marks, in reading order, for follow-on quotes: `Kirby said the
    strikes were lawful. “We acted in self-defence.”` goes on with Kirby, not an earlier speaker."""

    def __init__(self, indirect: list[Quote]):
        self.quotes = [q for q in indirect if q.speaker]
        self.k = 0

    def latest(self, start: int, last: Optional[Attributed]) -> Optional[Attributed]:
        """The last attribution ending before the offset: `last`, or reported speech after it."""
        found = None
        while self.k < len(self.quotes) and self.quotes[self.k].span[1] <= start:
            found = self.quotes[self.k]
            self.k += 1
        if found is None or (last is not None and last.end >= found.span[1]):
            return last
        speaker = Speaker(found.speaker, found.speaker_span, found.speaker_label, found.role, found.cue)
        return Attributed(speaker, found.span[1], shown=False)


def _marked_quotes(doc, text: str, quoted: Quoted, people: EntityIndex, antecedents: Antecedents,
                   matches, indirect: list[Quote]) -> list[Quote]:
    """Direct and partial quotes in reading order."""
    found = Attribution(doc, text, quoted, DocIndex(doc), DocCues(doc, quoted, matches), people, antecedents)
    quotes: list[Quote] = []
    last = None  # the last attributed quote (or reported speech)
    reported = ReportedBefore(indirect)
    for span in quoted.spans:
        q = layout(text, span)
        last = reported.latest(span.start, last)
        cue = found.cue(q)
        if not found.counts(q, cue, last):
            last = _skipped_attribution(found, q, cue, last)
            continue
        speaker = found.speaker(q, cue, last)
        if q.type == "partial" and not (cue and (cues.reports_clause_at(cue.token, span.start) or q.ends_sentence)):
            continue  # quoted words not inside a reported clause: scare quotes, titles, names
        if speaker is not None:
            speaker.channel = found.channel(q, speaker)
            last = Attributed(speaker, span.end)
        quotes.append(_quote(q, speaker))
    return quotes


def extract_quotes(doc, entities) -> list[Quote]:
    """Direct, partial and indirect quotes in reading order, each with the speaker resolved where possible."""
    text = doc.text  # built by joining the tokens: read once
    quoted = Quoted(find_quotes(text))
    people = EntityIndex(entities)
    antecedents = Antecedents(entities, quoted, text)
    matches = match_terms(doc, MATCHED_RULES)
    reported = indirect.indirect_quotes(doc, text, quoted, people, antecedents, matches)
    quotes = _marked_quotes(doc, text, quoted, people, antecedents, matches, reported) if quoted else []
    quotes.extend(reported)
    quotes.sort(key=lambda q: q.span)
    link_speakers(quotes, entities, people)
    return quotes


def link_speakers(quotes: list[Quote], entities, people: EntityIndex) -> None:
    """Each named speaker points at its entry of the entities list: the entry's full name and its
    label (PERSON, else ORG: a speaking place or group is an organisation), by index."""
    index_of = {id(ent): k for k, ent in enumerate(entities)}
    for q in quotes:
        ent = speaker_entry(q.speaker, q.speaker_span, people)
        if ent is None:
            continue
        q.speaker_entity = index_of[id(ent)]
        q.speaker = ent.text
        q.speaker_label = "PERSON" if ent.label == "PERSON" else "ORG"
