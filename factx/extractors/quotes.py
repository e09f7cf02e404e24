"""Quotes and their speakers: paired quotation marks, then a reporting cue and its subject nearby.

Rules, not a model: the marks are paired in one linear pass (quotes_marks), the attribution is
looked for after the quote in its sentence (a trailing cue must be the quote's own: no clause of
its own, same paragraph), then before it, then in a colon-ended lead-in, and a name with a cue
word right after the closing mark is read off the words when the parse missed it; a quote with
none inherits the previous quote's speaker when it follows closely (follow-on quotes). Reported
speech without marks is `indirect`, built for precision. "Thought" is not a cue: imagined speech
is not a quote.
"""

from __future__ import annotations

from bisect import bisect_right

from ..lexicon.people import titles
from ..record import Quote
from .quotes_marks import find_quotes

CUE_LEMMAS = {
    "say", "tell", "add", "state", "note", "write", "explain", "ask", "announce", "confirm", "declare",
    "insist", "argue", "claim", "warn", "tweet", "post", "reply", "respond", "continue", "acknowledge",
    "admit", "deny", "suggest", "stress", "emphasize", "emphasise", "recall", "conclude", "remark",
    "observe", "complain", "predict", "promise", "vow", "urge", "describe", "testify", "report", "quip",
    "joke", "answer", "counter", "contend", "maintain", "assert", "proclaim", "caution", "agree",
    "concede", "read", "call", "shout", "yell", "whisper", "recount", "boast", "charge",
    "pledge", "demand", "lament", "wonder", "point", "put", "mutter", "scoff", "retort", "concur",
    "reiterate", "issue", "release", "thank", "praise", "accuse", "criticize",
    "echo", "sing", "chant", "muse", "comment", "exclaim", "interject", "interrupt", "tout", "opine",
    "elaborate", "plead",
}
CHANNELS = {
    "statement": "statement", "tweet": "tweet", "twitter": "tweet", "interview": "interview",
    "email": "email", "e-mail": "email", "conference": "press conference", "briefing": "briefing",
    "speech": "speech", "post": "post", "facebook": "post", "letter": "letter", "release": "statement",
    "remarks": "speech", "rally": "speech", "debate": "debate", "hearing": "hearing",
}
PRONOUNS = {"he": "PERSON", "she": "PERSON", "him": "PERSON", "her": "PERSON", "they": None, "it": "ORG",
            "i": None, "we": None}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
TITLE_WORDS = titles().before_names  # one title list, shared with factx eval (lexicon/en/people.toml)
HONORIFICS = titles().honorifics
FUNCTION_TITLES = titles().roles  # "Mayor" alone is a role; "Mr." is not
FOLLOW_ON_CHARS = 600  # a cue-less quote this close after an attributed one inherits its speaker
WINDOW_TOKENS = 80
TRAILING_CUE_CHARS = 60  # "...,” said the former secretary of state on Tuesday


def _entity_index(entities):
    """Each entity mention's (start, end) to the entity, for surname-to-full-name resolution."""
    index = []
    for ent in entities:
        for s, e in ent.mentions:
            index.append((s, e, ent))
    index.sort(key=lambda m: m[0])
    return index


def _entity_at(index, start, end):
    for s, e, ent in index:
        if s < end and start < e:
            return ent
        if s >= end:
            break
    return None


def _earlier_full_name(index, surname, before, lookback=200):
    """The nearest person named in full before `before` whose name ends with `surname`."""
    k = bisect_right(index, (before, -1)) - 1
    for s, _end, ent in reversed(index[max(0, k - lookback):k + 1]):
        if s < before and ent.label == "PERSON" and " " in ent.text and ent.text.split()[-1] == surname:
            return ent
    return None


def _inside_char(i, spans):
    """Whether the offset lies in a quote (marks included); spans are sorted and disjoint."""
    k = bisect_right(spans, (i + 1, 1 << 60)) - 1
    return any(s - 1 <= i < e + 1 for s, e in spans[max(0, k - 1):k + 2])


def _inside(tok, spans):
    return _inside_char(tok.idx, spans)


def _name_span(tok):
    """The name the subject token heads: compounds and flat names, no determiners or clauses."""
    left_i = tok.left_edge.i
    for k in range(tok.i - 1, left_i - 1, -1):
        if tok.doc[k].text in (",", "(", ";", "-", "–", "—", "―", "--") or tok.doc[k].is_space:
            left_i = k + 1  # "Of Carson, Levine said": the name starts after the comma
            break
    while left_i < tok.i and (tok.doc[left_i].dep_ in ("det", "punct") or tok.doc[left_i].is_space):
        left_i += 1
    right_i = tok.i
    for child in tok.rights:
        if child.dep_ in ("flat", "compound") and child.i == right_i + 1:
            right_i = child.i
    return tok.doc[left_i:right_i + 1]


class _Speaker:
    __slots__ = ("channel", "cue", "cue_tok", "label", "name", "role", "span")

    def __init__(self, name, span, label, role, cue, channel, cue_tok=None):
        self.name, self.span, self.label, self.role = name, span, label, role
        self.cue, self.channel, self.cue_tok = cue, channel, cue_tok


def _channel_near(tokens):
    for t in tokens:
        ch = CHANNELS.get(t.lower_)
        if ch and t.pos_ in ("NOUN", "PROPN"):
            return ch
    return None


def _speaker_from_subject(subj, cue_tok, cue_text, ent_index, last_person, text):
    """The speaker for a subject token: appositive name, entity resolution, or pronoun antecedent."""
    doc = subj.doc
    role = None
    # "a spokesman, Scott Whiffen": the appositive name is the speaker, the noun its role.
    if subj.pos_ != "PROPN" and subj.lower_ not in PRONOUNS:
        for child in subj.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                role = _name_span(subj).text
                subj = child
                break
    if subj.pos_ == "NOUN" and role is None:
        for t in subj.subtree:
            if t.ent_type_ == "PERSON" and t.i > subj.i and t.dep_ != "appos":
                role = doc[subj.left_edge.i:t.i].text if t.i > subj.left_edge.i else None
                subj = t.head if t.head.ent_type_ == "PERSON" and t.head.i > subj.i else t
                break
    span = _name_span(subj)
    # "Antony Blinken, the secretary of state": the appositive is the role.
    for child in subj.children:
        if child.dep_ == "appos" and child.pos_ != "PROPN" and role is None:
            role = doc[child.left_edge.i:child.right_edge.i + 1].text.strip(" ,")
    # The entity the head word belongs to ("Kirby"), not an organisation inside its title.
    ent = _entity_at(ent_index, subj.idx, subj.idx + len(subj))
    if ent is None:
        # "Press Secretary John Kirby" parsed with the title as head: a person or organisation
        # inside the phrase, never a place ("an Iowa Democrat" is not Iowa).
        ent = _entity_at(ent_index, span.start_char, span.end_char)
        if ent is not None and ent.label not in ("PERSON", "ORG"):
            ent = None
        if ent is not None:
            # "Clinton's campaign says": the owner named inside the phrase is not the speaker.
            inner_end = max((e for s, e in ent.mentions if span.start_char <= s < span.end_char), default=-1)
            if text[inner_end:inner_end + 2] in ("'s", "’s") or text[inner_end:inner_end + 1] in ("'", "’"):
                ent = None
    low = subj.lower_
    if subj.pos_ == "PRON" or low in PRONOUNS:
        want = PRONOUNS.get(low)
        if want == "PERSON" and last_person is not None:
            name, label, r = last_person
            return _Speaker(name, (subj.idx, subj.idx + len(subj)), label, r, cue_text, None, cue_tok)
        return _Speaker(None, (subj.idx, subj.idx + len(subj)), want, None, cue_text, None, cue_tok)
    if subj.pos_ == "PROPN" and subj.ent_type_ != "PERSON" and (ent is None or " " not in ent.text):
        # "Mendes answered" tagged as an organisation, a place or a product: a person named in full before wins.
        earlier = _earlier_full_name(ent_index, subj.text, subj.idx)
        if earlier is not None:
            return _Speaker(earlier.text, (subj.idx, subj.idx + len(subj)), "PERSON", role, cue_text, None, cue_tok)
    if ent is not None and ent.label in ("PERSON", "ORG", "GPE", "NORP"):
        ent_start = max((s for s, e in ent.mentions if span.start_char <= s <= subj.idx), default=None)
        label = "PERSON" if ent.label == "PERSON" else "ORG"
        mention = (span.start_char, span.end_char)
        if ent_start is not None:
            mention = next(((s, e) for s, e in ent.mentions if s == ent_start), mention)
            role = role or _title_before(text, span.start_char, ent_start)
        if role is None and label == "PERSON":
            # "Blinken said": the title written with the full name earlier in the article.
            full = next(((s, e) for s, e in sorted(ent.mentions) if " " in text[s:e] and s < mention[0]), None)
            role = _role_of_mention(doc, text, *full) if full else None
        return _Speaker(ent.text, mention, label, role, cue_text, None, cue_tok)
    text = span.text
    label = "PERSON" if subj.ent_type_ == "PERSON" else ("ORG" if subj.ent_type_ else None)
    if subj.text[:1].isupper() and subj.pos_ in ("PROPN", "NOUN") and subj.ent_type_ in ("", "PERSON"):
        earlier = _earlier_full_name(ent_index, subj.text, subj.idx)
        if earlier is not None:
            # "Mendes said" that the tagger missed: the surname of a person named in full before.
            return _Speaker(earlier.text, (subj.idx, subj.idx + len(subj)), "PERSON", role, cue_text, None, cue_tok)
    if label is None and subj.pos_ == "PROPN":
        label = "PERSON" if subj.ent_type_ == "" and subj.text.istitle() else None
    if label == "PERSON":
        # "said Mayor Ana Costa" with the name unknown to the tagger: the title goes to the role.
        first = span.start
        while first < span.end - 1 and doc[first].text.strip(".").lower() in TITLE_WORDS:
            first += 1
        if first > span.start:
            role = role or doc[span.start:first].text
            span = doc[first:span.end]
            text = span.text
    return _Speaker(text, (span.start_char, span.end_char), label, role, cue_text, None, cue_tok)


def _display_name(name):
    """The name without the dashes or blanks the tagger sometimes takes into it ("― Ana Ruiz")."""
    return name.strip(DASHES + " \xa0\t\n") or None if name else None


def _title_before(text, phrase_start, name_start):
    """Words before the name inside its phrase ("Press Secretary John Kirby"): the role, when
    they are more than a lone rank or honorific."""
    words = text[phrase_start:name_start].strip(" ,").split()
    while words and words[-1].strip(".").lower() in TITLE_WORDS and words[-1].endswith("."):
        words.pop()  # "spokesman Col." keeps the function, not the rank abbreviation
    if len(words) == 1 and words[0].lower() in FUNCTION_TITLES:
        return words[0]  # "Mayor Ana Costa": a lone function title is a role; "Mr." is not
    return " ".join(words) if len(words) > 1 else None


def _role_of_mention(doc, text, start, end):
    """The role written with a name: "Secretary of State Antony Blinken", "Antony Blinken, the
    secretary of state"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ != "PROPN" and child.i > head.i \
                and child.right_edge.i - child.left_edge.i < 12:
            return doc[child.left_edge.i:child.right_edge.i + 1].text.strip(" ,")
    return _title_before(text, _name_span(head).start_char, span.start_char)


DASHES = "-–—―"


def _dash_attribution(text, end, ent_index):
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
    ent = _entity_at(ent_index, i, i + len(name))
    if ent is not None and ent.label in ("PERSON", "ORG"):
        return _Speaker(ent.text, (i, i + len(name)), ent.label, None, "-", None)
    return _Speaker(name, (i, i + len(name)), None, None, "-", None)


def _subject_of(verb):
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.text[:1].isalnum():  # not a dash parsed as subject
            if child.pos_ == "ADP":  # "Of Carson, Levine said" parsed with "Of" as the subject
                return next((c for c in child.children if c.dep_ == "pobj"), None)
            return child
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
        return _subject_of(verb.head) if verb.head.pos_ in ("VERB", "AUX") else None
    if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP" and verb.head.head.pos_ in ("VERB", "AUX"):
        return _subject_of(verb.head.head)  # "Silverman drew boos upon saying, ..."
    return None


def _cue_in(text, tokens, quote_spans, near=None, trailing=False):
    """The reporting verb among tokens outside the quotes, and its subject; "according to" too.

    With `near` = (start, end) of a quote, the cue closest to that quote wins (a trailing
    "he said" beats a cue earlier in a long sentence); otherwise the first one.
    """
    best = None
    best_distance = None
    for t in tokens:
        if _inside(t, quote_spans):
            continue
        found = None
        if t.lower_ == "according" and t.i + 2 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            obj = t.doc[t.i + 2]
            for cand in t.doc[t.i + 1].children:
                if cand.dep_ == "pobj":
                    obj = cand
            found = (obj, t, "according to")
        elif t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in CUE_LEMMAS:
            subj = _subject_of(t)
            if subj is not None and not _inside(subj, quote_spans):
                cue = t.text
                if t.lemma_.lower() in ("point", "call"):
                    prt = [c for c in t.children if c.dep_ == "prt"]
                    cue = t.text + (" " + prt[0].text if prt else "")
                found = (subj, t, cue)
        if found is None:
            continue
        if near is None:
            return found
        distance = t.idx - near[1] if t.idx >= near[1] else near[0] - t.idx
        if t.idx >= near[1]:
            # `...,” said Robert Doe, a lawyer for the group, in a statement`: the attribution
            # starts where its subject starts.
            subj_start = found[0].left_edge.idx
            if near[1] <= subj_start < t.idx:
                distance = subj_start - near[1]
            if distance > TRAILING_CUE_CHARS:
                continue  # a cue far after the quote reports something else
            # (the text after the quote's own closing mark, which spaced quotes put after a blank)
            between = text[near[1]:min(t.idx, subj_start) if subj_start > near[1] else t.idx].lstrip()[1:]
            if "\n" in between or any(m in between for m in '"“„«'):
                continue  # a new paragraph or another quote comes first: that cue is theirs
            if _reports_own_content(t, quote_spans):
                continue  # `“...” Smith has said he will vote`: that verb has content of its own
        if trailing and t.idx < near[0]:
            distance += 1_000_000  # `...,” she said`: the comma promises a trailing cue
        if best_distance is None or distance < best_distance:
            best, best_distance = found, distance
    return best


ADDRESSEE_LEMMAS = {"tell", "ask", "assure", "thank", "remind", "warn", "urge", "inform", "answer", "praise", "accuse"}


def _reports_own_content(cue_tok, quote_spans) -> bool:
    """Whether a verb after the quote has a clause or object of its own outside the quotes,
    so it reports that rather than the quote (an addressee object is fine: "told reporters")."""
    for child in cue_tok.children:
        if child.i < cue_tok.i or _inside(child, quote_spans):
            continue
        if child.dep_ == "ccomp" and child.tag_ in ("VBN", "VBG") and not any(
            c.dep_ in SUBJECT_DEPS for c in child.children
        ):
            continue  # "said in a statement issued Monday": a participle, not a clause
        if child.dep_ in ("ccomp", "xcomp") or (
            child.dep_ == "dobj" and cue_tok.lemma_.lower() not in ADDRESSEE_LEMMAS
        ):
            return True
    return False


IRREGULAR_FORMS = {"say": ("said",), "tell": ("told",), "write": ("wrote",), "sing": ("sang",), "read": (),
                   "put": (), "shout": (), "tweet": (), "post": ()}


def _cue_forms() -> set[str]:
    """Surface forms of the cue verbs ("says", "noted", "replied"), for attributions the tagger
    misreads ("Conway notes." tagged as a noun)."""
    forms = set()
    for lemma in CUE_LEMMAS | {"remember", "assure", "surmise", "scream", "bark", "cry"}:
        stem = lemma.removesuffix("e")
        third = lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2] not in "aeiou" else (
            lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s")
        past = lemma[:-1] + "ied" if lemma.endswith("y") and lemma[-2] not in "aeiou" else stem + "ed"
        forms.update((lemma, third, past))
        forms.update(IRREGULAR_FORMS.get(lemma, ()))
    return forms


CUE_FORMS = _cue_forms()


def _lexical_trailing_cue(doc, end, token_starts, promised=False):
    """`...,” Conway notes.` or `...,” said Roy Verley`: a name (or pronoun) and a cue word right
    after the closing mark, read off the words when the parse missed them. When the quote's
    punctuation promises an attribution (`...,”`), any finite verb is the cue ("Toomey fumed")."""

    def is_cue(tok):
        return tok.lower_ in CUE_FORMS or (promised and tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBZ"))

    k = bisect_right(token_starts, end)
    n = len(doc)
    skipped = 0
    while k < n and (doc[k].is_punct or doc[k].is_space) and skipped < 3:
        if "\n" in doc[k].text:
            return None
        k += 1
        skipped += 1
    if k >= n or doc[k].idx - end > 6:
        return None

    def name_run(i):
        """End of the noun phrase at i: "the two", "Oversight ranking Democrat Elijah Cummings"."""
        if i < n and doc[i].pos_ == "DET":
            i += 1
        j = i
        while j < n and j - i < 6 and (doc[j].lower_ not in CUE_FORMS or doc[j].pos_ == "PROPN") and (
            doc[j].pos_ in ("PROPN", "NOUN", "NUM") or (doc[j].is_alpha and doc[j].text[:1].isupper())
        ):
            j += 1
        return j if j > i else i - (i > 0 and doc[i - 1].pos_ == "DET")

    first = doc[k]
    if is_cue(first):
        j = name_run(k + 1)
        if j > k + 1 and doc[j - 1].pos_ != "DET":
            return doc[j - 1], first, first.text
        return None
    if first.pos_ == "PRON" and first.lower_ in PRONOUNS:
        j = k + 1
    else:
        j = name_run(k)
        if j <= k or doc[j - 1].pos_ == "DET":
            return None
    head = doc[j - 1]
    if j < n and doc[j].text == ",":
        # "Ramos, 58, told AFP" / "Levine, who backs Rubio, said": skip one comma-bounded aside.
        close = next((m for m in range(j + 1, min(n, j + 16)) if doc[m].text == ","), None)
        if close is None or any(doc[m].is_quote or "\n" in doc[m].text for m in range(j, close)):
            return None
        j = close + 1
    if j < n and is_cue(doc[j]):
        return head, doc[j], doc[j].text
    return None


def _reports(cue_tok, char):
    """Whether the char lies in the clause the cue verb reports (its ccomp or object)."""
    for child in cue_tok.children:
        if child.dep_ in ("ccomp", "dobj", "xcomp", "advcl") and child.left_edge.idx <= char <= child.right_edge.idx + len(child.right_edge):
            return True
    return False


def _sentence_tokens(doc, start, end, starts):
    """Tokens of the sentences that touch chars [start, end); `starts` holds each token's offset
    and each sentence's first and end token (whitespace maps to the token before it)."""
    if not len(doc) or end <= start:
        return doc[0:0]
    token_starts, sent_starts, sent_ends = starts
    first = max(0, bisect_right(token_starts, start) - 1)
    last = max(first, bisect_right(token_starts, end - 1) - 1)
    # Sentence bounds looked up by token index: Token.sent walks the whole doc each call.
    first_sent = bisect_right(sent_starts, first) - 1
    last_sent = bisect_right(sent_starts, last) - 1
    # A cue sits near its quote: a window keeps one giant "sentence" from going quadratic.
    lo = max(sent_starts[first_sent], first - WINDOW_TOKENS)
    hi = min(sent_ends[last_sent], last + WINDOW_TOKENS)
    return doc[lo:hi]


def _expects_trailing_cue(text: str, content: str, end: int) -> bool:
    """`...,” she said` or `...?” he asked`: the punctuation says the attribution follows."""
    last = content.rstrip()[-1:]
    if last == ",":
        return True
    if last in "?!":
        after = text[end + 1:end + 12].lstrip(" \xa0")
        return after[:1].islower()
    return False


def _is_scare_quote(content: str) -> bool:
    """Short quoted words with no sentence inside: scare quotes, titles, nicknames."""
    words = content.split()
    if len(words) <= 3:
        return True
    return len(words) <= 8 and all(w[:1].isupper() for w in words if w[:1].isalpha())


def extract_quotes(doc, entities) -> list[Quote]:
    """Direct and partial quotes in reading order, each with the speaker resolved where possible."""
    text = doc.text
    spans = find_quotes(text)
    ent_index = _entity_index(entities)
    sentences = list(doc.sents) if spans else []
    starts = ([t.idx for t in doc], [sent.start for sent in sentences], [sent.end for sent in sentences])
    # A pronoun's antecedent is a name in the narrative, not one inside someone's quoted words.
    person_mentions = sorted(
        (s, e, ent) for ent in entities if ent.label == "PERSON" for s, e in ent.mentions
        if not _inside_char(s, spans)
    )
    person_starts = [m[0] for m in person_mentions]
    quotes: list[Quote] = []
    last = None  # (speaker, end char) of the last attributed quote

    def last_person_before(pos):
        k = bisect_right(person_starts, pos - 1)
        return (person_mentions[k - 1][2].text, "PERSON", None) if k else None

    for start, end in spans:
        content = text[start:end]
        k = start - 2
        while k >= 0 and text[k] in " \t\xa0":
            k -= 1
        prev_char = text[k] if k >= 0 else "\n"
        if prev_char in "\r\n":
            # "And from Chairwoman Rosenworcel:" ending the paragraph before: a colon lead-in.
            j = k
            while j >= 0 and text[j].isspace():
                j -= 1
            if j > 0 and text[j] == ":":
                k, prev_char = j, ":"
        # The quote opens a sentence, a paragraph, or follows an attribution's colon or comma.
        starts_sentence = prev_char in ".:?!\n\r”»\",;―—–-(" or (prev_char == "'" and text[k - 1:k + 1] == "''")
        ends_sentence = content.rstrip()[-1:] in ".?!,"
        short = _is_scare_quote(content)
        qtype = "direct" if starts_sentence else "partial"
        sent_tokens = _sentence_tokens(doc, start, end, starts)
        promised = _expects_trailing_cue(text, content, end)
        found = _cue_in(text, sent_tokens, spans, (start, end), promised) if len(sent_tokens) else None
        if found is None and prev_char in ":," and k > 0:
            # The lead-in ("Beck said, “...") the parser put in a sentence of its own.
            found = _cue_in(text, _sentence_tokens(doc, k, k + 1, starts), spans)
        if found is None and end + 2 < len(text):
            # The attribution the parser split off after the quote ("...?” Sanders replied.):
            # a sentence that starts right after the closing mark, not a new quote.
            nxt = end + 1
            while nxt < len(text) - 1 and text[nxt].isspace():
                nxt += 1
            after = _sentence_tokens(doc, nxt, nxt + 1, starts)
            if len(after) and after.start_char > end and "\n" not in text[end:after.start_char] \
                    and text[after.start_char] not in '"“„«':
                found = _cue_in(text, after, spans, (start, end))
        # A name and a cue word right after the closing mark are the most direct attribution.
        lexical = _lexical_trailing_cue(doc, end, starts[0], promised)
        if lexical is not None and (found is None or (found[1].idx < start and promised)):
            found = lexical
        if short:
            # Short quoted words count only when an attribution sits right against them.
            cue_at = found[1].idx if found else -1
            beside_cue = found and ends_sentence and starts_sentence and (0 <= cue_at - end < 40 or 0 <= start - cue_at < 40)
            # `..." Sanders said. "Okay, great!"`: a short sentence of its own right after a quote.
            follow_on = (starts_sentence and content.rstrip()[-1:] in ".!?" and last is not None
                         and 0 <= start - last[1] < 40 and any(ch.isalpha() for ch in content))
            if not (beside_cue or follow_on):
                continue
        speaker = None
        dashed = _dash_attribution(text, end, ent_index)
        if dashed is not None:
            speaker = dashed
        elif found:
            subj, cue_tok, cue_text = found
            speaker = _speaker_from_subject(subj, cue_tok, cue_text, ent_index, last_person_before(subj.idx), text)
        else:
            # A colon lead-in in the previous sentence: "X issued the following statement:".
            if prev_char == ":" and k > 0:
                prev_tokens = _sentence_tokens(doc, k, k + 1, starts)
                # "Michael P. McDonald: “...": a name right before the colon speaks.
                named = _entity_at(ent_index, max(0, k - 2), k)
                if named is not None and named.label in ("PERSON", "ORG"):
                    mention = max(((s_, e_) for s_, e_ in named.mentions if e_ <= k), default=None)
                    if mention is not None and k - mention[1] <= 2:
                        speaker = _Speaker(named.text, mention, "PERSON" if named.label == "PERSON" else "ORG",
                                           None, ":", None)
                for t in prev_tokens if speaker is None else ():
                    if t.dep_ == "ROOT" and not _inside(t, spans):
                        subj = _subject_of(t)
                        if subj is not None:
                            cue_text = ":" if t.lemma_.lower() not in CUE_LEMMAS else t.text
                            speaker = _speaker_from_subject(subj, t, cue_text, ent_index, last_person_before(subj.idx), text)
                            speaker.channel = _channel_near(prev_tokens)
                        break
            if speaker is None and last is not None and start - last[1] < FOLLOW_ON_CHARS:
                speaker = last[0]
        if qtype == "partial" and not (found and (_reports(found[1], start) or ends_sentence)):
            continue  # quoted words not inside a reported clause: scare quotes, titles, names
        channel = None
        role = None
        if speaker is not None:
            role = speaker.role
            channel = speaker.channel
            if channel is None and speaker.cue_tok is not None:
                sub = [c for c in speaker.cue_tok.subtree if not _inside(c, spans)]
                channel = _channel_near(sub)
                if channel is None and speaker.name:
                    # "X released a statement ..." just before: the quote is that statement.
                    sent = _sentence_tokens(doc, start, start + 1, starts)
                    if sent.start > 0:
                        prev = doc[sent.start - 1].sent
                        if speaker.name.split()[-1] in prev.text:
                            channel = _channel_near(prev)
            speaker.channel = channel
            last = (speaker, end)
        quotes.append(Quote(
            text=content, span=(start, end), type=qtype,
            speaker=_display_name(speaker.name) if speaker else None,
            speaker_span=speaker.span if speaker else None,
            speaker_label=speaker.label if speaker else None,
            role=role, cue=speaker.cue if speaker else None, channel=channel,
        ))
    quotes.extend(_indirect_quotes(doc, text, spans, ent_index, last_person_before))
    quotes.sort(key=lambda q: q.span)
    return quotes


INDIRECT_LEMMAS = {
    "say", "tell", "add", "announce", "claim", "argue", "insist", "warn", "explain", "state", "note",
    "deny", "acknowledge", "admit", "report", "confirm", "write", "tweet", "predict", "suggest",
    "declare", "contend", "maintain", "assert", "stress", "emphasize", "emphasise", "testify",
    "complain", "concede", "reiterate", "reply", "respond", "allege", "indicate",
}
NOT_SPEAKERS = {"it", "i", "we", "you", "who", "that", "which", "what", "this", "there"}
MAX_INDIRECT_TOKENS = 80


def _indirect_quotes(doc, text, spans, ent_index, last_person_before) -> list[Quote]:
    """Reported speech without marks: a speech verb, its named (or pronoun) subject and the clause
    it reports ("Kirby said the strikes were lawful"). Built for precision: no negated, modal,
    conditional or embedded verbs, no clause holding quote marks, first-person narrators left out."""
    found: list[Quote] = []
    covered_until = -1
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in INDIRECT_LEMMAS or verb.idx < covered_until:
            continue
        if verb.dep_ in ("xcomp", "amod", "acl", "relcl", "pcomp") or _inside(verb, spans):
            continue
        if any(c.dep_ in ("neg", "mark") or c.tag_ == "MD" for c in verb.children):
            continue  # "did not say", "if he says", "would say"
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in NOT_SPEAKERS or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        if subj.right_edge.i - subj.left_edge.i > 30 or _inside(subj, spans):
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            continue
        first, last_tok = clause.left_edge, clause.right_edge
        if first.lower_ == "that" and first.dep_ == "mark":
            first = doc[first.i + 1]
        while last_tok.i > first.i and (last_tok.is_punct or last_tok.is_space):
            last_tok = doc[last_tok.i - 1]
        if last_tok.i - first.i < 3 or last_tok.i - first.i > MAX_INDIRECT_TOKENS:
            continue
        if first.tag_ in ("WDT", "WP", "WRB", "CC") or first.i < verb.i:
            continue  # "which the campaign says includes": a relative clause, not reported speech
        if first.text[:1].isupper() and first.pos_ != "PROPN":
            continue  # "said There's a guy ...", "told I would never": direct words without marks
        start, end = first.idx, last_tok.idx + len(last_tok)
        content = text[start:end]
        k = bisect_right(spans, (end, end))
        if (k and spans[k - 1][1] > start - 2) or text[max(0, start - 2):start].strip() in ("'", '"', "“", "„", "«"):
            continue  # words inside a quote (even one left open) are not reported speech
        if any(m in content for m in ('"', "“", "„", "”", "«", "»", "‘", "''", "``", "?", "\n")):
            continue  # marks belong to the direct and partial quotes; questions report nothing
        speaker = _speaker_from_subject(subj, verb, verb.text, ent_index, last_person_before(subj.idx), text)
        channel = _channel_near([t for c in verb.children if c.dep_ == "prep" for t in c.subtree])
        found.append(Quote(
            text=content, span=(start, end), type="indirect", speaker=_display_name(speaker.name), speaker_span=speaker.span,
            speaker_label=speaker.label, role=speaker.role, cue=verb.text, channel=channel,
        ))
        covered_until = end
    return found
