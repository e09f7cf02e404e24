"""Reporting cues and the rules that find them.

The rules a spaCy matcher can say are data: the lexicon's word lists compiled into PhraseMatchers
(rules.match_terms), each rule with invented example sentences and what the extractor must make of them
(tests/test_quote_rules.py runs every example through the real pipeline). What a matcher cannot say
stays Python, as small named filters after it: the verb's subject (climbing conjuncts), how far a
cue may sit from its quote, a trailing verb that reports words of its own. Cues are found once per
doc; each quote then picks among the cues of its sentence window.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Optional

from .rules import Example, Rule, any_case
from .words import (
    ADDRESSEE_VERBS,
    CUE_WORDS,
    OPENING_DOUBLE,
    PARTICLE_VERBS,
    PRONOUNS,
    QUOTE_VERBS,
    SENTENCE_OPENERS,
    SOURCE_PHRASES,
)

SUBJECT_DEPS = ("nsubj", "nsubjpass")
TRAILING_CUE_CHARS = 60  # "...,” said the former secretary of state on Tuesday
NAME_RUN_TOKENS = 6  # "Oversight ranking Democrat Elijah Cummings"
ASIDE_TOKENS = 16  # "Levine, who backs Rubio, said"

REPORTING_VERB = "reporting verb"
SOURCE_PHRASE = "source phrase"
CUE_WORD = "cue word"  # read off the words after a closing mark (Python: lexical_trailing_cue)


RULES = (
    Rule(
        REPORTING_VERB,
        "a reporting verb (quotes.toml, as 'quote'); its subject, the speaker, is read from the parse",
        terms=any_case(QUOTE_VERBS), attr="LEMMA",  # then a verb or auxiliary (_verb_cue)
        examples=(
            Example("“We will rebuild the bridge before the winter,” Maria Lopez said.",  # X said
                    "We will rebuild the bridge before the winter,", "Maria Lopez", "said"),
            Example("“The river rose faster than anyone expected,” said Tom Reyes, a farmer.",  # said X
                    "The river rose faster than anyone expected,", "Tom Reyes", "said"),
            Example("Maria Lopez told reporters: “The talks went well and we will meet again soon.”",  # X told reporters
                    "The talks went well and we will meet again soon.", "Maria Lopez", "told"),
            Example("“Nobody asked the families what they needed,” Maria Lopez pointed out.",  # particle
                    "Nobody asked the families what they needed,", "Maria Lopez", "pointed out"),
            Example("“Two soldiers were wounded in the attack overnight,” the ministry said in a statement.",
                    "Two soldiers were wounded in the attack overnight,", "ministry", "said", channel="statement"),
            Example("“We will not stop until the work is finished,” he said.",  # no one named before: unresolved
                    "We will not stop until the work is finished,", None, "said"),
            Example("The new ad uses old footage of Ana Ruiz asking, “Why are we not ten points ahead of them now?”",
                    "Why are we not ten points ahead of them now?", "Ana Ruiz", "asking"),  # not the ad
            Example("Tom Reyes spent the whole day saying, “We will win this state by ten points.”",
                    "We will win this state by ten points.", "Tom Reyes", "saying"),  # the object is no one
            Example("“One of the finest teachers in the entire district,” Sen. Ana Ruiz (D-Ore.) said in a phone "
                    "interview.",  # the parser gives "said" two subjects, the quote's "One" first
                    "One of the finest teachers in the entire district,", "Ana Ruiz", "said", channel="interview"),
            Example("“One of the brightest members of the whole council,” Rep. Tom Reyes (D-Md.) said in a phone "
                    "interview.",  # the parser makes the name an appositive of the quote's "One"
                    "One of the brightest members of the whole council,", "Tom Reyes", "said", channel="interview"),
        ),
    ),
    Rule(
        SOURCE_PHRASE,
        "a source phrase (quotes.toml [phrases]) and the token after it; its object is the speaker",
        terms=SOURCE_PHRASES, attr="LOWER",
        examples=(
            Example("The plan “will cost every family in the county more than it saves,” according to Maria Lopez.",
                    "will cost every family in the county more than it saves,", "Maria Lopez", "according to",
                    "partial"),
        ),
    ),
)


@dataclass(frozen=True)
class Cue:
    """A reporting cue in the parse: its subject (the speaker's head word), the cue token and the
    cue as the record gives it ("said", "pointed out", "according to")."""

    subject: object  # spacy Token
    token: object  # spacy Token
    text: str
    rule: str


def _appositive_outside(subject, quoted):
    """The name the parser hung on a quoted word as its appositive, outside the quotes."""
    return next((c for c in subject.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN")
                 and not quoted.covers_token(c)), None)


def _shown_saying(verb):
    """"The ad shows Ana Ruiz saying, ...", "footage of Ana Ruiz asking, ...": a participle after
    an object speaks for that object (a name or a person pronoun), or for the person the object is
    a recording "of"; None when the object is no one."""
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        if child.pos_ == "PROPN" or PRONOUNS.get(child.lower_) == "PERSON":
            return child
        for prep in child.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
    return None


def subject_of(verb, quoted=None):
    """The verb's subject, or the subject of the verb it continues ("...and added"); not a dash
    parsed as a subject. With `quoted`, a subject inside the quotes is skipped: in `“One of the
    best,” Ana Ruiz said` the parser may give "said" two subjects, the quote's "One" first, or
    make the name an appositive of "One"."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.text[:1].isalnum():
            if quoted is not None and quoted.covers_token(child):
                child = _appositive_outside(child, quoted)  # or the speaker parsed as its appositive
                if child is None:
                    continue
            if child.pos_ == "ADP":  # "Of Carson, Levine said" parsed with "Of" as the subject
                return next((c for c in child.children if c.dep_ == "pobj"), None)
            return child
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG":
        shown = _shown_saying(verb.head)
        if shown is not None:
            return shown
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
        return subject_of(verb.head, quoted) if verb.head.pos_ in ("VERB", "AUX") else None
    if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP" and verb.head.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head.head, quoted)  # "Silverman drew boos upon saying, ..."
    return None


def _verb_cue(verb, quoted) -> Optional[Cue]:
    """A reporting verb (not a noun: "the report") whose subject stands outside the quotes;
    "pointed out" keeps its particle."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = subject_of(verb, quoted)
    if subject is None or quoted.covers_token(subject):
        return None
    text = verb.text
    if verb.lemma_.lower() in PARTICLE_VERBS:
        particles = [c for c in verb.children if c.dep_ == "prt"]
        text = verb.text + (" " + particles[0].text if particles else "")
    return Cue(subject, verb, text, REPORTING_VERB)


def _source_phrase_cue(doc, start: int, end: int) -> Optional[Cue]:
    """"according to the ministry": the object of the phrase's last word, else the word after it."""
    if end >= len(doc):
        return None
    last_word, source = doc[end - 1], doc[end]
    for child in last_word.children:
        if child.dep_ == "pobj":
            source = child
    return Cue(source, doc[start], " ".join(t.lower_ for t in doc[start:end]), SOURCE_PHRASE)


class DocCues:
    """Every cue of a doc outside the quotes, in token order, from the doc's term matches."""

    def __init__(self, doc, quoted, matches: dict[str, list[tuple[int, int]]]):
        by_token: dict[int, Cue] = {}
        for start, end in matches[SOURCE_PHRASE]:
            if start not in by_token and not quoted.covers_token(doc[start]):
                cue = _source_phrase_cue(doc, start, end)
                if cue is not None:
                    by_token[start] = cue
        for start, _end in matches[REPORTING_VERB]:
            if start not in by_token and not quoted.covers_token(doc[start]):
                cue = _verb_cue(doc[start], quoted)
                if cue is not None:
                    by_token[start] = cue
        self.cues = [by_token[i] for i in sorted(by_token)]
        self.positions = sorted(by_token)

    def within(self, tokens) -> list[Cue]:
        """The cues among a span of tokens, in order."""
        lo = bisect_left(self.positions, tokens.start)
        hi = bisect_left(self.positions, tokens.end)
        return self.cues[lo:hi]


def reports_own_content(verb, quoted) -> bool:
    """Whether a verb after the quote has a clause or object of its own outside the quotes,
    so it reports that rather than the quote (an addressee object is fine: "told reporters")."""
    for child in verb.children:
        if child.i < verb.i or quoted.covers_token(child):
            continue
        if child.dep_ == "ccomp" and child.tag_ in ("VBN", "VBG") and not any(
            c.dep_ in SUBJECT_DEPS for c in child.children
        ):
            continue  # "said in a statement issued Monday": a participle, not a clause
        if child.dep_ in ("ccomp", "xcomp") or (child.dep_ == "dobj" and verb.lemma_.lower() not in ADDRESSEE_VERBS):
            return True
    return False


def _trailing_distance(text: str, cue: Cue, quote, quoted) -> Optional[int]:
    """How far a cue after the quote stands from its closing mark; None when that cue is not the
    quote's: too far, past a new paragraph or another quote, or reporting words of its own."""
    verb = cue.token
    distance = verb.idx - quote.end
    # `...,” said Robert Doe, a lawyer for the group, in a statement`: the attribution starts
    # where its subject starts.
    subject_start = cue.subject.left_edge.idx
    if quote.end <= subject_start < verb.idx:
        distance = subject_start - quote.end
    if distance > TRAILING_CUE_CHARS:
        return None
    # (the text after the quote's own closing mark, which spaced quotes put after a blank)
    between = text[quote.end:min(verb.idx, subject_start) if subject_start > quote.end else verb.idx].lstrip()[1:]
    if "\n" in between or any(m in between for m in OPENING_DOUBLE):
        return None
    if reports_own_content(verb, quoted):
        return None  # `“...” Smith has said he will vote`: that verb has content of its own
    if _leads_into_next_quote(text, cue, quote):
        return None
    return distance


def _leads_into_next_quote(text: str, cue: Cue, quote) -> bool:
    """`“I was only joking.” To which she said, “Thank God.”`: a cue after a quote that is a
    sentence of its own, and that opens another quote with a comma or colon, is that quote's (quoted
    words inside a sentence keep it: `took credit for “being right.” Then X said, “...”`)."""
    if text[quote.start:quote.end].rstrip()[-1:] not in ".!?":
        return False
    before = text[:max(0, quote.start - 1)].rstrip(" \t\xa0")[-1:]
    if before and before not in SENTENCE_OPENERS:
        return False
    last = cue.subject.right_edge if cue.subject.i > cue.token.i else cue.token
    after = text[last.idx + len(last):last.idx + len(last) + 4].lstrip(" \xa0")
    return after[:1] in ",:" and after[1:].lstrip(" \xa0")[:1] in OPENING_DOUBLE


def cue_in(text: str, tokens, cues: DocCues, quoted, quote=None, promised: bool = False) -> Optional[Cue]:
    """The cue among the tokens: with `quote` (a QuoteSpan), the one closest to it (a trailing "he
    said" beats a cue earlier in a long sentence); otherwise the first one. When the quote's
    punctuation promises a trailing cue (`...,” she said`), any cue after it beats those before."""
    best, best_distance = None, None
    for cue in cues.within(tokens):
        if quote is None:
            return cue
        if cue.token.idx >= quote.end:
            distance = _trailing_distance(text, cue, quote, quoted)
            if distance is None:
                continue
        else:
            distance = quote.start - cue.token.idx
            if promised:
                distance += 1_000_000
        if best_distance is None or distance < best_distance:
            best, best_distance = cue, distance
    return best


def reports_clause_at(verb, char: int) -> bool:
    """Whether the char lies in the clause the cue verb reports (its ccomp or object)."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "dobj", "xcomp", "advcl") and \
                child.left_edge.idx <= char <= child.right_edge.idx + len(child.right_edge):
            return True
    return False


# ------------------------------------------------------------ cue words read off the text


def _is_cue_word(tok, promised: bool) -> bool:
    """A cue word's form ("notes", "remembered"); after a promising comma any finite verb ("fumed")."""
    return tok.lower_ in CUE_WORDS or (promised and tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBZ"))


def _first_word_after(doc, k: int) -> Optional[int]:
    """The first word after the closing mark, past at most three punctuation tokens on the same line."""
    skipped = 0
    while k < len(doc) and (doc[k].is_punct or doc[k].is_space) and skipped < 3:
        if "\n" in doc[k].text:
            return None
        k += 1
        skipped += 1
    return k if k < len(doc) else None


def _name_run(doc, i: int) -> int:
    """End of the noun phrase at i: "the two", "Oversight ranking Democrat Elijah Cummings"."""
    n = len(doc)
    if i < n and doc[i].pos_ == "DET":
        i += 1
    j = i
    while j < n and j - i < NAME_RUN_TOKENS and (doc[j].lower_ not in CUE_WORDS or doc[j].pos_ == "PROPN") and (
        doc[j].pos_ in ("PROPN", "NOUN", "NUM") or (doc[j].is_alpha and doc[j].text[:1].isupper())
    ):
        j += 1
    return j if j > i else i - (i > 0 and doc[i - 1].pos_ == "DET")


def _past_aside(doc, j: int) -> Optional[int]:
    """"Ramos, 58, told AFP" / "Levine, who backs Rubio, said": past one comma-bounded aside
    (None when it does not close on the same line, or holds a quote mark)."""
    n = len(doc)
    if j >= n or doc[j].text != ",":
        return j
    close = next((m for m in range(j + 1, min(n, j + ASIDE_TOKENS)) if doc[m].text == ","), None)
    if close is None or any(doc[m].is_quote or "\n" in doc[m].text for m in range(j, close)):
        return None
    return close + 1


def lexical_trailing_cue(doc, end: int, index, promised: bool = False) -> Optional[Cue]:
    """`...,” Conway notes.` or `...,” said Roy Verley`: a name (or pronoun) and a cue word right
    after the closing mark, read off the words when the parse missed them. When the quote's
    punctuation promises an attribution (`...,”`), any finite verb is the cue ("Toomey fumed")."""
    k = _first_word_after(doc, index.token_after(end))
    if k is None or doc[k].idx - end > 6:
        return None
    first = doc[k]
    if _is_cue_word(first, promised):  # "said Roy Verley"
        j = _name_run(doc, k + 1)
        if j > k + 1 and doc[j - 1].pos_ != "DET":
            return Cue(doc[j - 1], first, first.text, CUE_WORD)
        return None
    if first.pos_ == "PRON" and first.lower_ in PRONOUNS:
        j = k + 1
    else:
        j = _name_run(doc, k)
        if j <= k or doc[j - 1].pos_ == "DET":
            return None
    head = doc[j - 1]
    j = _past_aside(doc, j)
    if j is not None and j < len(doc) and _is_cue_word(doc[j], promised):
        return Cue(head, doc[j], doc[j].text, CUE_WORD)
    return None
