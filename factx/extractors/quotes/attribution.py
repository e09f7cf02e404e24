"""Each quote's attribution: where it stands, the cue that introduces it, its speaker and channel.

The order of the search is the algorithm (see the package docstring): a cue in the quote's own
sentence window (the closest wins), else in a lead-in before a colon or comma, else in a sentence
the parser split off right after the quote; a name and cue word right against the closing mark win
over a cue before the quote. A dash after the quote names the speaker outright; a colon lead-in
without a cue ("X issued the following statement:") names its subject; a quote with no attribution
follows on from the last attributed one when it comes close after it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Optional

from .cues import Cue, cue_in, lexical_trailing_cue, subject_of
from .genders import compatible, person_gender, pronoun_gender
from .marks import QuoteSpan
from .rules import Example, Rule
from .speakers import Speaker, channel_near, dash_attribution, speaker_from_cue
from .words import OPENING_DOUBLE, QUOTE_VERBS, SENTENCE_OPENERS, TITLE_WORDS

ANTECEDENT_LOOKBACK = 30  # person mentions a pronoun looks back through for one of its gender
FOLLOW_ON_CHARS = 600  # a cue-less quote this close after an attributed one inherits its speaker
BESIDE_CHARS = 40  # a scare-quote-sized quote counts only with its attribution this close
COLON_LEAD_IN = "colon lead-in"
HEADLINE_CHARS = 160  # a related-links headline line is at most this long
HEADLINE_MIN_WORDS = 3  # with at least this many longer words (over three letters) ...
HEADLINE_CAPITALS = 0.8  # ... this share of them capitalised
QUOTE_EDGES = "“”‘’\"'.,:;!?()[]–—-"  # stripped off a word before its first letter is read
QUOTE_MARKS = "“”\"«»"  # a narrative sentence holds none of these

# The attributions Python finds (no matcher pattern says them), each with its examples.
RULES = (
    Rule("cue word", "cues.lexical_trailing_cue: a name and a cue word right after the closing mark", (
        Example("Dana Whitfield spoke on Monday. “We have waited for this ruling for years,” Whitfield notes.",
                "We have waited for this ruling for years,", "Dana Whitfield", "notes"),
        Example("Pat Toomey spoke after the vote. “If they were serious, they would have called us first,” "
                "Toomey fumed.",  # the comma promises an attribution: any finite verb is the cue
                "If they were serious, they would have called us first,", "Pat Toomey", "fumed"),
    )),
    Rule("dash", "speakers.dash_attribution: a dash after the closing mark names the speaker", (
        Example("“The rules must change for everyone, and soon.” — Geoffrey Starks\n",
                "The rules must change for everyone, and soon.", "Geoffrey Starks", "-"),
    )),
    Rule(COLON_LEAD_IN, "Attribution.colon_lead_in: the subject of the sentence a colon ends speaks", (
        Example("The Ministry of Defence issued the following statement:\n\n“Two soldiers were wounded overnight.”",
                "Two soldiers were wounded overnight.", "Ministry of Defence", "issued", channel="statement"),
        Example("Maria Lopez: “We will rebuild the old bridge before the winter comes.”",  # a name and a colon
                "We will rebuild the old bridge before the winter comes.", "Maria Lopez", ":"),
        Example("Her mother frowned. Maria Lopez changed her answer at once: “Of course I believe in ghosts. I was "
                "only joking.” To which her mother said, “Thank God you still believe in something.”",
                "Of course I believe in ghosts. I was only joking.", "Maria Lopez", ":"),  # the cue after opens its own quote
    )),
    Rule("follow-on", "Attribution.speaker: a quote with no cue soon after an attributed one", (
        Example("“Cases are rising again across the country,” said Chris Whitty. "
                "“Ventilation and masks remain important for everyone.”",
                "Ventilation and masks remain important for everyone.", "Chris Whitty", "said"),
        Example("“We will not follow a script to please anyone,” Ana Ruiz said after the meeting. The summit did "
                "“too little,” Tom Reyes added on Twitter. “Without new policies on trade, the union risks a great deal.”",
                "Without new policies on trade, the union risks a great deal.", "Tom Reyes", "added",
                channel="tweet"),  # the short quote left out still names the last speaker
        Example("“We will not stop until the work is finished,” said Ana Ruiz. Tom Reyes said the new bridge would "
                "open to traffic in May.\n\n“We have the money and the workers to do it.”",
                "We have the money and the workers to do it.", "Tom Reyes", "said"),  # reported speech goes on
    )),
    Rule("narrative subject", "Attribution.narrative_subject: a cue-less quote right after a sentence about a new person", (
        Example("“The rules must change for everyone,” said Tom Reyes on Monday.\n\nMaria Lopez praised the plan "
                "and its authors in the council meeting.\n\n“It is the best plan we have had in twenty years.”",
                "It is the best plan we have had in twenty years.", "Maria Lopez", "praised"),
    )),
    Rule("pronoun", "speakers.speaker_from_cue: a person pronoun takes the last person named before it", (
        Example("Maria Lopez visited the plant on Monday. She said: “This is a nicely structured quote.”",
                "This is a nicely structured quote.", "Maria Lopez", "said"),
    )),
)


@dataclass(frozen=True)
class QuoteLayout:
    """Where a quote stands: the last character before its opening mark (a lead-in's colon across a
    paragraph break), whether it opens a sentence, how its words end."""

    span: QuoteSpan
    content: str
    lead_at: int  # offset of that character (-1 at the text's start)
    before: str  # that character ("\n" at the text's start)
    opens_sentence: bool
    ends_sentence: bool
    scare: bool  # short quoted words: scare quotes, titles, nicknames, unless attributed right there
    promised: bool  # `...,” she said`: the punctuation says the attribution follows
    headline: bool = False  # on a short title-case line of its own: a related-links headline

    @property
    def type(self) -> str:
        return "direct" if self.opens_sentence else "partial"


def _is_scare_quote(content: str) -> bool:
    """Short quoted words with no sentence inside: scare quotes, titles, nicknames."""
    words = content.split()
    if len(words) <= 3:
        return True
    return len(words) <= 8 and all(w[:1].isupper() for w in words if w[:1].isalpha())


def _expects_trailing_cue(text: str, content: str, end: int) -> bool:
    """`...,” she said` or `...?” he asked`: the punctuation says the attribution follows."""
    last = content.rstrip()[-1:]
    if last == ",":
        return True
    if last in "?!":
        after = text[end + 1:end + 12].lstrip(" \xa0")
        return after[:1].islower()
    return False


def _on_headline_line(text: str, span: QuoteSpan) -> bool:
    """`Kasich: ‘We Are Going All the Way to Cleveland.’` on a line of its own above a paragraph:
    a link to another article left in the page's text (or the page's own title), not words quoted
    in it. The line is short, its longer words nearly all capitalised."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    end = len(text) if end == -1 else end
    if end == len(text) or end - start > HEADLINE_CHARS:
        return False  # a headline sits above a paragraph: the page's title, or a link between paragraphs
    words = [w for w in text[start:end].split() if len(w.strip(QUOTE_EDGES)) > 3 and w.strip(QUOTE_EDGES)[:1].isalpha()]
    capitalised = sum(w.strip(QUOTE_EDGES)[:1].isupper() for w in words)
    return len(words) >= HEADLINE_MIN_WORDS and capitalised >= HEADLINE_CAPITALS * len(words)


def _lead_in(text: str, start: int) -> tuple[int, str]:
    """The last character before the opening mark, blanks aside; across a paragraph break, the
    colon that ends the paragraph before ("And from Chairwoman Rosenworcel:")."""
    k = start - 2
    while k >= 0 and text[k] in " \t\xa0":
        k -= 1
    before = text[k] if k >= 0 else "\n"
    if before in "\r\n":
        j = k
        while j >= 0 and text[j].isspace():
            j -= 1
        if j > 0 and text[j] == ":":
            return j, ":"
    return k, before


def layout(text: str, span: QuoteSpan) -> QuoteLayout:
    content = text[span.start:span.end]
    k, before = _lead_in(text, span.start)
    # The quote opens a sentence, a paragraph, or follows an attribution's colon or comma.
    opens = before in SENTENCE_OPENERS or (before == "'" and text[k - 1:k + 1] == "''")
    return QuoteLayout(
        span=span, content=content, lead_at=k, before=before, opens_sentence=opens,
        ends_sentence=content.rstrip()[-1:] in ".?!,", scare=_is_scare_quote(content),
        promised=_expects_trailing_cue(text, content, span.end),
        headline=_on_headline_line(text, span),
    )


@dataclass(frozen=True)
class Attributed:
    """The last quote given a speaker: who, and where that quote ends; `shown` False for words
    that are not in the output (short quoted words left out, reported speech without marks)."""

    speaker: Speaker
    end: int
    shown: bool = True


def looks_like_a_name(ent, text: str) -> bool:
    """A person entry a pronoun can stand for, not the tagger's junk PERSONs: not a line in
    capitals ("LIVING HISTORY"), and a one-word entry not always the tail of a longer capitalised
    name the tagger cut ("Black Caucus" giving "Caucus"; a title before it, "President Obama", is fine)."""
    words = ent.text.split()
    if any(w.isupper() and len(w) > 2 for w in words) and not any(w[1:].islower() for w in words):
        return False  # initials like "J." or "DJ" aside
    if len(words) > 1 or not ent.mentions:
        return True
    return not all(_after_a_name_word(text, start) for start, _end in ent.mentions)


def _after_a_name_word(text: str, start: int) -> bool:
    """Whether a capitalised word other than a title stands right before the offset ("Black Caucus")."""
    before = text[max(0, start - 30):start]
    if not before.endswith(" "):
        return False
    words = before.split()
    word = words[-1] if words else ""
    return word[:1].isupper() and word.isalpha() and word.lower() not in TITLE_WORDS


class Antecedents:
    """People named in the narrative, for a pronoun's antecedent (not names inside quoted words),
    each with the gender the article gives them (genders)."""

    def __init__(self, entities, quoted, text: str = ""):
        people = [ent for ent in entities if ent.label == "PERSON"]
        people = [ent for ent in people if looks_like_a_name(ent, text)]
        gender = {id(ent): person_gender(ent, text) for ent in people}
        mentions = sorted(
            ((s, e, ent) for ent in people for s, e in ent.mentions if not quoted.covers(s)),
            key=lambda m: (m[0], m[1]),
        )
        self.starts = [m[0] for m in mentions]
        self.names = [m[2].text for m in mentions]
        self.genders = [gender[id(m[2])] for m in mentions]

    def before(self, pos: int, pronoun: str = "") -> Optional[str]:
        """The person named last before the offset whom the pronoun can refer to: "she" skips
        the men named after the woman it stands for."""
        want = pronoun_gender(pronoun) if pronoun else None
        k = bisect_right(self.starts, pos - 1)
        for i in range(k - 1, max(-1, k - 1 - ANTECEDENT_LOOKBACK), -1):
            if compatible(self.genders[i], want):
                return self.names[i]
        return None


class Attribution:
    """The per-doc state the quotes share: the doc's indexes, its cues and people, and the channels
    already read (a cue's subtree or a sentence is read once, however many quotes it serves)."""

    def __init__(self, doc, text, quoted, index, cues, people, antecedents):
        self.doc, self.text = doc, text
        self.quoted, self.index, self.cues = quoted, index, cues
        self.people, self.antecedents = people, antecedents
        self._cue_channels: dict[int, Optional[str]] = {}
        self._sentence_channels: dict[tuple[int, str], Optional[str]] = {}

    # ---------------------------------------------------------------- the cue

    def cue(self, q: QuoteLayout) -> Optional[Cue]:
        text, span, window = self.text, q.span, self.index.window
        sentence = window(span.start, span.end)
        found = cue_in(text, sentence, self.cues, self.quoted, span, q.promised) if len(sentence) else None
        if found is None and q.before in ":," and q.lead_at > 0:
            # The lead-in ("Beck said, “...") the parser put in a sentence of its own.
            found = cue_in(text, window(q.lead_at, q.lead_at + 1), self.cues, self.quoted)
        if found is None and span.end + 2 < len(text):
            found = self._split_off_cue(span)
        # A name and a cue word right after the closing mark are the most direct attribution.
        lexical = lexical_trailing_cue(self.doc, span.end, self.index, q.promised)
        if lexical is not None and (found is None or (found.token.idx < span.start and q.promised)):
            found = lexical
        return found

    def _split_off_cue(self, span: QuoteSpan) -> Optional[Cue]:
        """The attribution the parser split off after the quote ("...?” Sanders replied."): a
        sentence that starts right after the closing mark, not a new quote."""
        text = self.text
        nxt = span.end + 1
        while nxt < len(text) - 1 and text[nxt].isspace():
            nxt += 1
        after = self.index.window(nxt, nxt + 1)
        if len(after) and after.start_char > span.end and "\n" not in text[span.end:after.start_char] \
                and text[after.start_char] not in OPENING_DOUBLE:
            return cue_in(text, after, self.cues, self.quoted, span)
        return None

    @staticmethod
    def counts(q: QuoteLayout, cue: Optional[Cue], last: Optional[Attributed]) -> bool:
        """Short quoted words count only when an attribution sits right against them, or as a short
        sentence of their own right after a quote (`..." Sanders said. "Okay, great!"`)."""
        if q.headline and cue is None:
            return False  # a related-links headline: no cue, only a name and a colon at most
        if not q.scare:
            return True
        start, end = q.span
        cue_at = cue.token.idx if cue else -1
        beside_cue = cue and q.ends_sentence and q.opens_sentence and (
            0 <= cue_at - end < BESIDE_CHARS or 0 <= start - cue_at < BESIDE_CHARS)
        follow_on = (q.opens_sentence and q.content.rstrip()[-1:] in ".!?" and last is not None and last.shown
                     and 0 <= start - last.end < BESIDE_CHARS and any(ch.isalpha() for ch in q.content))
        return bool(beside_cue or follow_on)

    # ---------------------------------------------------------------- the speaker

    def speaker(self, q: QuoteLayout, cue: Optional[Cue], last: Optional[Attributed]) -> Optional[Speaker]:
        dashed = dash_attribution(self.text, q.span.end, self.people)
        if dashed is not None:
            return dashed
        if cue is not None:
            return speaker_from_cue(cue, self.people, self.antecedents.before(cue.subject.idx, cue.subject.lower_), self.text)
        speaker = self.colon_lead_in(q) if q.before == ":" and q.lead_at > 0 else None
        if speaker is None and q.opens_sentence and q.lead_at > 0:
            speaker = self.narrative_subject(q.lead_at, last)
        if speaker is None and last is not None and q.span.start - last.end < FOLLOW_ON_CHARS:
            return last.speaker  # the same speaker goes on (one object: a channel found later is theirs)
        return speaker

    def colon_lead_in(self, q: QuoteLayout) -> Optional[Speaker]:
        """A colon lead-in in the previous sentence: "Michael P. McDonald:" names the speaker; "X
        issued the following statement:" gives its subject, the cue ":" unless the verb reports."""
        k = q.lead_at
        named = self.people.at(max(0, k - 2), k)
        if named is not None and named.label in ("PERSON", "ORG"):
            mention = self.people.last_mention_ending_by(named, k)
            if mention is not None and k - mention[1] <= 2:
                return Speaker(named.text, mention, "PERSON" if named.label == "PERSON" else "ORG", None, ":")
        lead_in = self.index.window(k, k + 1)
        root = self._lead_in_verb(k, lead_in)
        subject = subject_of(root) if root is not None else None
        if subject is None:
            return None
        cue_text = ":" if root.lemma_.lower() not in QUOTE_VERBS else root.text
        cue = Cue(subject, root, cue_text, COLON_LEAD_IN)
        speaker = speaker_from_cue(cue, self.people, self.antecedents.before(subject.idx, subject.lower_), self.text)
        speaker.channel = channel_near(lead_in)
        return speaker

    def narrative_subject(self, lead_at: int, last: Optional[Attributed]) -> Optional[Speaker]:
        """`Ana Ruiz praised the plan. “It is the best we have had.”`: a quote with no cue right after
        a sentence of narrative whose subject is a person named there speaks for that person, when
        they are not the last speaker (that sentence comes after the last attributed quote)."""
        sentence = self.index.sentence_of(self.index.token_after(lead_at) - 1)
        if (last is not None and sentence.start_char < last.end) or any(
                self.quoted.covers_token(t) for t in (sentence[0], sentence[-1])):
            return None
        if any(m in sentence.text for m in QUOTE_MARKS):
            return None
        subject = subject_of(sentence.root) if sentence.root.pos_ in ("VERB", "AUX") else None
        ent = self.people.at(subject.idx, subject.idx + len(subject)) if subject is not None and subject.pos_ == "PROPN" else None
        if ent is None or ent.label != "PERSON" or not looks_like_a_name(ent, self.text):
            return None
        mention = next(((s, e) for s, e in ent.mentions if s <= subject.idx < e), (subject.idx, subject.idx + len(subject)))
        return Speaker(ent.text, mention, "PERSON", None, sentence.root.text, None, sentence.root)

    def _lead_in_verb(self, colon_at: int, lead_in):
        """The verb the colon ends the clause of; the sentence's root when the parser ran the lead-in
        and the quote into one sentence with the root inside the quote ("X changed her answer: “I ...”")."""
        root = next((t for t in lead_in if t.dep_ == "ROOT" and not self.quoted.covers_token(t)), None)
        if root is not None:
            return root
        colon = self.doc[self.index.token_after(colon_at) - 1]
        if colon.idx == colon_at and colon.head.pos_ in ("VERB", "AUX") and not self.quoted.covers_token(colon.head):
            return colon.head
        return None

    # ---------------------------------------------------------------- the channel

    def channel(self, q: QuoteLayout, speaker: Speaker) -> Optional[str]:
        """The speaker's channel: found with the speaker, else in the cue verb's phrase ("said in a
        statement"), else in the sentence before when it names the speaker ("X released a
        statement ...": the quote is that statement)."""
        if speaker.channel is not None or speaker.cue_token is None:
            return speaker.channel
        channel = self._cue_channel(speaker.cue_token)
        if channel is None and speaker.name:
            sentence = self.index.window(q.span.start, q.span.start + 1)
            if sentence.start > 0:
                channel = self._sentence_before_channel(sentence.start - 1, speaker.name.split()[-1])
        return channel

    def _cue_channel(self, cue_token) -> Optional[str]:
        key = cue_token.i
        if key not in self._cue_channels:
            self._cue_channels[key] = channel_near(c for c in cue_token.subtree if not self.quoted.covers_token(c))
        return self._cue_channels[key]

    def _sentence_before_channel(self, token_i: int, surname: str) -> Optional[str]:
        """The channel the sentence holding token_i names, when the surname is in it."""
        sentence = self.index.sentence_of(token_i)
        key = (sentence.start, surname)
        if key not in self._sentence_channels:
            self._sentence_channels[key] = channel_near(sentence) if surname in sentence.text else None
        return self._sentence_channels[key]
