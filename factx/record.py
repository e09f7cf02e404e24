"""The typed output record: the fact classes, the Record built from them, and its JSON Schema.

Extractors return these small dataclasses (plain data, picklable, cheap to build);
``Record.to_dict`` gives the JSON shape that is factx's contract (schema_version "1").
The JSON Schema is derived from the same dataclasses, so the two cannot drift apart.

This is the bottom module: it imports nothing of factx, so the extractors and the registry can
both import it. Which facts a Record holds is the registry's to say: it calls ``record_class``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, make_dataclass
from typing import ClassVar, Literal, Optional, Sequence, get_args, get_origin

SCHEMA_VERSION = "1"

Span = tuple[int, int]
CasualtyKind = Literal["killed", "injured", "missing", "kidnapped", "arrested"]
CASUALTY_KINDS: tuple[str, ...] = get_args(CasualtyKind)


def plain(value):
    """Dataclasses to dicts, tuples to lists: the JSON form of any field value."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


# Fields written only when set: the sentence's words come with --context alone.
WHEN_SET = frozenset({"sentence_text"})


class _Fact:
    """Mixin: JSON form in field order (the order the contract prints)."""

    __slots__ = ()

    def to_dict(self) -> dict:
        return {f.name: plain(value) for f in fields(self)
                if (value := getattr(self, f.name)) is not None or f.name not in WHEN_SET}


@dataclass(slots=True)
class Entity(_Fact):
    """One real-world name: every mention that refers to it, grouped."""

    text: str
    label: str
    count: int
    mentions: list[Span]
    sentence: Optional[Span] = None  # set after extraction (factx.evidence)
    sentence_text: Optional[str] = None  # with --context only
    aliases: list[str] = field(default_factory=list)  # every surface form, in text order
    roles: list[str] = field(default_factory=list)  # titles and appositives written with a person


@dataclass(slots=True)
class Interval(_Fact):
    """Inclusive first and last day (or instant) that a date value covers."""

    start: str
    end: str


@dataclass(slots=True)
class DateFact(_Fact):
    """A temporal expression with its TimeML TIMEX3 type and value."""

    text: str
    span: Span
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    interval: Optional[Interval] = None
    mod: Optional[str] = None
    sentence: Optional[Span] = None  # set after extraction (factx.evidence)
    sentence_text: Optional[str] = None  # with --context only


@dataclass(slots=True)
class Casualty(_Fact):
    """One statement of people killed, injured, missing, kidnapped or arrested."""

    kind: CasualtyKind
    count: Optional[int]
    min: Optional[int]
    max: Optional[int]
    approximate: bool
    who: Optional[str]
    where: Optional[str]
    when: Optional[str]
    negated: bool
    span: Span
    text: str
    includes_perpetrator: bool = False
    from_title: bool = False  # read from the title: `span` and `text` are the title's, not the text's
    sentence: Optional[Span] = None  # set after extraction (factx.evidence)
    sentence_text: Optional[str] = None  # with --context only


@dataclass(slots=True)
class Event(_Fact):
    """One incident the article tells of: its casualty statements grouped, each victim counted once."""

    when: Optional[str]
    where: Optional[str]
    cause: Optional[str]
    reported: Literal["own", "past"]
    killed: int = 0
    injured: int = 0
    missing: int = 0
    kidnapped: int = 0
    arrested: int = 0
    statements: list[int] = field(default_factory=list)  # indexes into the record's `casualties`


@dataclass(slots=True)
class CasualtyTotals(_Fact):
    """The article's best count per kind, each set of victims counted once."""

    killed: int = 0
    injured: int = 0
    missing: int = 0
    kidnapped: int = 0
    arrested: int = 0


@dataclass(slots=True)
class Quote(_Fact):
    """Quoted (or reported) words with the speaker resolved to a full name."""

    text: str
    span: Span
    type: Literal["direct", "partial", "indirect"]
    speaker: Optional[str] = None
    speaker_span: Optional[Span] = None
    speaker_label: Optional[Literal["PERSON", "ORG"]] = None
    speaker_entity: Optional[int] = None  # index of the speaker's entry in the record's entities
    role: Optional[str] = None
    cue: Optional[str] = None
    channel: Optional[str] = None
    sentence: Optional[Span] = None  # set after extraction (factx.evidence)
    sentence_text: Optional[str] = None  # with --context only


@dataclass(slots=True)
class Source(_Fact):
    """Where the text came from and a fingerprint of exactly what was read."""

    path: Optional[str]
    sha256: str
    chars: int
    encoding: Optional[str] = None


@dataclass(slots=True)
class Note(_Fact):
    """Why some or all of an article was not read: facts are missing on purpose, not by a bug."""

    code: Literal["not_english", "not_prose"]
    message: str
    spans: list[Span] = field(default_factory=list)  # the stretches not read ("not_prose")


class RecordBase(_Fact):
    """What every Record does, whatever facts it holds; `record_class` adds the fields."""

    __slots__ = ()
    FACT_FIELDS: ClassVar[tuple[str, ...]] = ()

    def to_dict(self) -> dict:
        out = {"schema_version": self.schema_version}
        for f in fields(self):
            if f.name == "schema_version" or (f.name == "text" and self.text is None):
                continue
            out[f.name] = plain(getattr(self, f.name))
        return out

    def facts(self) -> dict:
        """The extracted facts only: what `factx check` compares (no versions, no hashes)."""
        d = self.to_dict()
        return {k: d[k] for k in ("published", "published_source", "language", *self.FACT_FIELDS)}


# The fields every record has: before the facts, and after them.
HEAD_FIELDS = (
    ("id", str),
    ("source", Source),
    ("title", Optional[str]),
    ("published", Optional[str]),
    ("published_source", Optional[Literal["input", "option", "text", "html", "html-extensive"]]),
    ("language", Optional[str]),  # ISO 639-1 of the text ("en"); null when too short or mixed to tell
    ("model", str),
    ("factx_version", str),
)
TAIL_FIELDS = (
    ("notes", list[Note], field(default_factory=list)),  # why some or all of the text was not read
    ("text", Optional[str], field(default=None)),
    ("schema_version", str, field(default=SCHEMA_VERSION)),
)


def record_class(fact_fields: Sequence[tuple[str, type]], module: str) -> type:
    """The Record dataclass: the head fields, then each fact field in the order given, then `text`.

    A fact field starts empty: `list[Entity]` as `[]`, `CasualtyTotals` as `CasualtyTotals()`.
    `module` is where the class is kept (as `Record`), so that pickling finds it.
    """
    facts = [(name, kind, field(default_factory=get_origin(kind) or kind)) for name, kind in fact_fields]
    namespace = {"FACT_FIELDS": tuple(name for name, _ in fact_fields),
                 "__doc__": "Everything factx found in one article."}
    cls = make_dataclass("Record", [*HEAD_FIELDS, *facts, *TAIL_FIELDS], bases=(RecordBase,), namespace=namespace,
                         slots=True)
    cls.__module__ = module
    return cls


@dataclass(slots=True)
class ErrorDetail(_Fact):
    """Which input failed and why, in one line (the same line goes to stderr)."""

    input: str
    message: str


@dataclass(slots=True)
class ErrorRecord(_Fact):
    """The line in place of an input that could not be read or processed."""

    id: str
    error: ErrorDetail


def json_schema(record_type: type) -> dict:
    """JSON Schema (draft 2020-12) of one output line: a record of `record_type`, or an error record
    in place of an input that failed."""
    from pydantic import TypeAdapter

    record = TypeAdapter(record_type).json_schema(mode="serialization", ref_template="#/$defs/{model}")
    error = TypeAdapter(ErrorRecord).json_schema(mode="serialization", ref_template="#/$defs/{model}")
    defs = {**record.pop("$defs", {}), **error.pop("$defs", {})}
    # `text` appears only with --include-text; the rest is always written.
    record["required"] = [name for name in record["properties"] if name != "text"]
    record["properties"]["schema_version"] = {"const": SCHEMA_VERSION}
    error["required"] = ["id", "error"]
    defs["Record"], defs["ErrorRecord"] = record, error
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "factx output line",
        "description": "One line of factx's JSON Lines output (schema_version 1): the facts extracted from "
                       "one news article, or, in place of an input that failed, an error record.",
        "oneOf": [{"$ref": "#/$defs/Record"}, {"$ref": "#/$defs/ErrorRecord"}],
        "$defs": defs,
    }
