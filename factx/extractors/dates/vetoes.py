"""Vetoes: reasons a match is no date after all, read off the tokens at or next to it (HeidelTime's
part-of-speech constraints). Declared as data with each rule in date_rules.toml:

    vetoes = [{ token = "only", tag = ["MD", "VB*"] }]    # "Officials may revise the toll"

A veto tests one token: the span's `only` token (the span is one token), its `first` or `last`,
or the token `before` or `after` it (none there: no veto). It holds when every condition given
holds: the token's `text`, `lower` case form, `tag` ("VB*": any tag starting VB) or `entity` type is
one of those listed; it is none of `except_lower` ("@months": a name of the lexicon's months) and
`except_entity`; the token after it is one of `next_text`, the one before it has a `previous_tag`; it `opens_clause` (starts a sentence or
follows a quote mark); and the span is a `span` shape (`title`: every word capitalised and not
only month and weekday names).
"""

from __future__ import annotations

from dataclasses import dataclass

from .words import MONTHS, WEEKDAYS

TABLES = {"@months": frozenset(MONTHS), "@weekdays": frozenset(WEEKDAYS)}
WHICH = ("only", "first", "last", "before", "after")


def _words(value) -> frozenset[str]:
    if isinstance(value, str):
        return TABLES[value]
    return frozenset(value)


def _title(span) -> bool:
    """ABC's "This Week" or CBS's "60 Minutes", not a quote opening with "Last Friday"."""
    return len(span) > 1 and all(token.text[:1].isupper() or token.is_digit for token in span) and any(
        token.lower_.rstrip(".") not in MONTHS and token.lower_ not in WEEKDAYS for token in span[1:])


SPAN_SHAPES = {"title": _title}


@dataclass(frozen=True, slots=True)
class Veto:
    token: str
    text: frozenset[str] = frozenset()
    lower: frozenset[str] = frozenset()
    tag: tuple[str, ...] = ()
    entity: frozenset[str] = frozenset()
    except_lower: frozenset[str] = frozenset()
    except_entity: frozenset[str] = frozenset()
    next_text: frozenset[str] = frozenset()
    previous_tag: tuple[str, ...] = ()
    opens_clause: bool = False
    span: str | None = None

    @classmethod
    def from_data(cls, data: dict) -> Veto:
        data = dict(data)
        if data.get("token") not in WHICH:
            raise ValueError(f"a veto tests one of the tokens {WHICH}, not {data.get('token')!r}")
        if data.get("span") is not None and data["span"] not in SPAN_SHAPES:
            raise ValueError(f"unknown span shape {data['span']!r} in a veto")
        for name in ("text", "lower", "entity", "except_lower", "except_entity", "next_text"):
            if name in data:
                data[name] = _words(data[name])
        for name in ("tag", "previous_tag"):
            if name in data:
                data[name] = tuple(data[name])
        return cls(**data)

    def holds(self, span) -> bool:
        token = self._token(span)
        if token is None:
            return False
        if self.text and token.text not in self.text or self.lower and token.lower_ not in self.lower:
            return False
        if self.tag and not any(token.tag_.startswith(t[:-1]) if t.endswith("*") else token.tag_ == t
                                for t in self.tag):
            return False
        if self.entity and token.ent_type_ not in self.entity:
            return False
        if token.lower_ in self.except_lower or token.ent_type_ in self.except_entity:
            return False
        return self._around(token, span)

    def _around(self, token, span) -> bool:
        doc = token.doc
        if self.next_text and (token.i + 1 >= len(doc) or doc[token.i + 1].text not in self.next_text):
            return False
        if self.previous_tag and (token.i == 0 or doc[token.i - 1].tag_ not in self.previous_tag):
            return False
        if self.opens_clause and not (token.is_sent_start or token.i == 0 or token.nbor(-1).is_quote):
            return False
        return self.span is None or SPAN_SHAPES[self.span](span)

    def _token(self, span):
        doc = span.doc
        if self.token == "only":
            return span[0] if len(span) == 1 else None
        if self.token == "first":
            return span[0]
        if self.token == "last":
            return span[-1]
        if self.token == "before":
            return doc[span.start - 1] if span.start > 0 else None
        return doc[span.end] if span.end < len(doc) else None
