"""The typed output record: one per article, and its JSON Schema.

Extractors return these small dataclasses (plain data, picklable, cheap to build);
``Record.to_dict`` gives the JSON shape that is factx's contract (schema_version "1").
The JSON Schema is derived from the same dataclasses, so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Literal, Optional

SCHEMA_VERSION = "1"

Span = tuple[int, int]
CASUALTY_KINDS = ("killed", "injured", "missing", "kidnapped", "arrested")


def _plain(value):
    """Dataclasses to dicts, tuples to lists: the JSON form of any field value."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class _Fact:
    """Mixin: JSON form in field order (the order the contract prints)."""

    __slots__ = ()

    def to_dict(self) -> dict:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}


@dataclass(slots=True)
class Entity(_Fact):
    """One real-world name: every mention that refers to it, grouped."""

    text: str
    label: str
    count: int
    mentions: list[Span]


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


@dataclass(slots=True)
class Casualty(_Fact):
    """One statement of people killed, injured, missing, kidnapped or arrested."""

    kind: Literal["killed", "injured", "missing", "kidnapped", "arrested"]
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
    role: Optional[str] = None
    cue: Optional[str] = None
    channel: Optional[str] = None


@dataclass(slots=True)
class Source(_Fact):
    """Where the text came from and a fingerprint of exactly what was read."""

    path: Optional[str]
    sha256: str
    chars: int
    encoding: Optional[str] = None


@dataclass(slots=True)
class Record(_Fact):
    """Everything factx found in one article."""

    id: str
    source: Source
    title: Optional[str]
    published: Optional[str]
    published_source: Optional[Literal["input", "option", "text", "html"]]
    model: str
    factx_version: str
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    casualty_totals: CasualtyTotals = field(default_factory=CasualtyTotals)
    quotes: list[Quote] = field(default_factory=list)
    text: Optional[str] = None
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict:
        out = {"schema_version": self.schema_version}
        for f in fields(self):
            if f.name == "schema_version" or (f.name == "text" and self.text is None):
                continue
            out[f.name] = _plain(getattr(self, f.name))
        return out

    def facts(self) -> dict:
        """The extracted facts only: what `factx check` compares (no versions, no hashes)."""
        d = self.to_dict()
        keep = ("published", "published_source", "entities", "dates", "casualties", "casualty_totals", "quotes")
        return {k: d[k] for k in keep}


def json_schema() -> dict:
    """JSON Schema (draft 2020-12) of one output record, derived from the dataclasses."""
    from pydantic import TypeAdapter

    schema = TypeAdapter(Record).json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "factx record"
    schema["description"] = "Facts extracted from one news article (schema_version 1)."
    # `text` appears only with --include-text; the rest is always written.
    schema["required"] = [name for name in schema["properties"] if name != "text"]
    schema["properties"]["schema_version"] = {"const": SCHEMA_VERSION}
    return schema
