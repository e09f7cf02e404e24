"""A folder's summary: what many articles say together, in one dict (JSON) or a few rich tables.

Input is record dicts (the JSON form, error records included); nothing needs the article text.
The records are read once, as a stream, and only counters are kept, so a corpus of any size fits.
Ties keep the order in which the articles came (the input order).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Optional

from .registry import NAMES as FACT_LISTS  # each registered kind's record field holds its facts

CASUALTY_KINDS = ("killed", "injured", "missing", "kidnapped", "arrested")
TOP = 10  # speakers and names listed
TOP_ARTICLES = 5


@dataclass
class DateBound:
    """The earliest (or latest) DATE found: its value, its words and the article that said it."""

    value: str
    text: str
    id: str
    bound: str  # the interval's start (for the earliest) or end (for the latest): what is compared


@dataclass
class _Tally:
    """The running counts over the records seen so far."""

    articles: int = 0
    failures: list[dict] = field(default_factory=list)
    facts: Counter = field(default_factory=Counter)
    casualties: Counter = field(default_factory=Counter)
    events: dict = field(default_factory=lambda: defaultdict(Counter))
    saw_events: bool = False
    speakers: Counter = field(default_factory=Counter)
    speaker_articles: Counter = field(default_factory=Counter)
    names: Counter = field(default_factory=Counter)
    name_articles: Counter = field(default_factory=Counter)
    name_labels: dict = field(default_factory=lambda: defaultdict(Counter))
    published: list[str] = field(default_factory=list)  # [earliest, latest]
    earliest: Optional[DateBound] = None
    latest: Optional[DateBound] = None
    rich_articles: list[dict] = field(default_factory=list)  # the articles with the most facts, best first

    def add(self, record: dict) -> None:
        self.articles += 1
        if record.get("error"):
            error = record["error"]
            message = error.get("message") if isinstance(error, dict) else str(error)
            self.failures.append({"id": record.get("id"), "message": message})
            return
        for kind, total in (record.get("casualty_totals") or {}).items():
            self.casualties[kind] += total or 0
        self._add_events(record)
        self._add_quotes(record)
        self._add_names(record)
        self._add_dates(record)
        self._add_article(record)

    def _add_events(self, record: dict) -> None:
        events = record.get("events")
        if not isinstance(events, list):
            return
        self.saw_events = True
        for event in events:
            if not isinstance(event, dict) or event.get("reported") == "past":
                continue  # an earlier incident told in passing is not the article's news
            row = self.events[event.get("cause") or "unknown"]
            row["events"] += 1
            counts = event.get("counts") if isinstance(event.get("counts"), dict) else event
            for kind in CASUALTY_KINDS:
                if isinstance(counts.get(kind), int):
                    row[kind] += counts[kind]

    def _add_quotes(self, record: dict) -> None:
        speakers = [q.get("speaker") for q in record.get("quotes") or [] if q.get("speaker")]
        self.speakers.update(speakers)
        self.speaker_articles.update(set(speakers))

    def _add_names(self, record: dict) -> None:
        for entity in record.get("entities") or []:
            name = entity.get("text")
            self.names[name] += entity.get("count") or len(entity.get("mentions") or [])
            self.name_articles[name] += 1
            self.name_labels[name][entity.get("label")] += 1

    def _add_dates(self, record: dict) -> None:
        if record.get("published"):
            day = record["published"]
            self.published = [min(self.published[0], day), max(self.published[1], day)] if self.published else [day, day]
        for fact in record.get("dates") or []:
            interval = fact.get("interval")
            if fact.get("type") != "DATE" or not interval:
                continue
            start = DateBound(fact.get("value"), fact.get("text"), record.get("id"), interval["start"])
            end = DateBound(fact.get("value"), fact.get("text"), record.get("id"), interval["end"])
            if self.earliest is None or start.bound < self.earliest.bound:
                self.earliest = start
            if self.latest is None or end.bound > self.latest.bound:
                self.latest = end

    def _add_article(self, record: dict) -> None:
        counts = {kind: len(record.get(kind) or []) for kind in FACT_LISTS}
        self.facts.update(counts)
        row = {"id": record.get("id"), "title": record.get("title"), "facts": sum(counts.values()), **counts}
        # Kept sorted, best first; an equal count keeps the earlier article first.
        self.rich_articles.append(row)
        self.rich_articles.sort(key=lambda r: -r["facts"])
        del self.rich_articles[TOP_ARTICLES:]

    def summary(self, top: int) -> dict:
        out = {
            "articles": self.articles,
            "read": self.articles - len(self.failures),
            "failed": len(self.failures),
            "facts": {kind: self.facts[kind] for kind in FACT_LISTS},
            "casualty_totals": {kind: self.casualties[kind] for kind in CASUALTY_KINDS},
        }
        if self.saw_events:
            out["events"] = {cause: {"events": row["events"], **{k: row[k] for k in CASUALTY_KINDS}}
                             for cause, row in sorted(self.events.items(), key=lambda item: -item[1]["events"])}
        out["speakers"] = [{"speaker": name, "quotes": n, "articles": self.speaker_articles[name]}
                           for name, n in self.speakers.most_common(top)]
        out["entities"] = [{"text": name, "label": self.name_labels[name].most_common(1)[0][0], "mentions": n,
                            "articles": self.name_articles[name]} for name, n in self.names.most_common(top)]
        out["published"] = {"earliest": self.published[0], "latest": self.published[1]} if self.published else None
        out["dates"] = {"earliest": _bound(self.earliest), "latest": _bound(self.latest)}
        out["most_facts"] = self.rich_articles
        out["failures"] = self.failures
        return out


def _bound(bound: Optional[DateBound]) -> Optional[dict]:
    return None if bound is None else {"value": bound.value, "text": bound.text, "id": bound.id, "day": bound.bound}


def summarise(records: Iterable[dict], top: int = TOP) -> dict:
    """The summary of these records: counts, casualty totals (and by event cause when records have
    events), the most quoted speakers, the most named entities, the span of dates, the articles with
    the most facts, and the failures. A DATE's span is its interval: the earliest starts first, the
    latest ends last; dates without an interval (underspecified, durations, times, sets) are left out."""
    tally = _Tally()
    for record in records:
        tally.add(record)
    return tally.summary(top)


def _table(title: str, *columns: str, words: int = 1):
    """A table whose first `words` columns hold words (left) and the rest figures (right)."""
    from rich import box
    from rich.table import Table

    table = Table(title=title, title_justify="left", title_style="bold", header_style="dim", box=box.SIMPLE_HEAD,
                  show_edge=False)
    for n, column in enumerate(columns):
        table.add_column(column, justify="left" if n < words else "right")
    return table


def _cells(*values) -> list:
    """Every cell as rich Text: article words can hold "[...]", which must never be read as markup."""
    from rich.text import Text

    return [Text("" if v is None else str(v)) for v in values]


def summary_tables(summary: dict) -> list:
    """The summary as rich tables, overview first."""
    overview = _table("factx summary", "measure", "value", words=2)
    overview.add_row(*_cells("articles", summary["articles"]))
    overview.add_row(*_cells("read", summary["read"]))
    overview.add_row(*_cells("failed", summary["failed"]))
    for kind, n in summary["facts"].items():
        overview.add_row(*_cells(f"{kind} found", n))
    for name, span in (("published", summary.get("published")), ("dates", summary.get("dates"))):
        for end in ("earliest", "latest"):
            value = (span or {}).get(end)
            if isinstance(value, dict):
                value = f"{value['day']} ({value['text']} = {value['value']}, {value['id']})"
            overview.add_row(*_cells(f"{name}, {end}", value or "-"))
    tables = [overview]
    totals = _table("casualty totals", "kind", "total")
    for kind, n in summary["casualty_totals"].items():
        totals.add_row(*_cells(kind, n))
    tables.append(totals)
    return tables + _list_tables(summary)


def _list_tables(summary: dict) -> list:
    tables = []
    if "events" in summary:
        events = _table("events by cause (the articles' own news)", "cause", "events", *CASUALTY_KINDS)
        for cause, row in summary["events"].items():
            events.add_row(*_cells(cause, row["events"], *(row[k] for k in CASUALTY_KINDS)))
        tables.append(events)
    speakers = _table("most quoted", "speaker", "quotes", "articles")
    for row in summary["speakers"]:
        speakers.add_row(*_cells(row["speaker"], row["quotes"], row["articles"]))
    names = _table("most named", "name", "type", "mentions", "articles", words=2)
    for row in summary["entities"]:
        names.add_row(*_cells(row["text"], row["label"], row["mentions"], row["articles"]))
    articles = _table("most facts", "article", "facts", *FACT_LISTS)
    for row in summary["most_facts"]:
        articles.add_row(*_cells(row["title"] or row["id"], row["facts"], *(row[k] for k in FACT_LISTS)))
    tables += [speakers, names, articles]
    if summary["failures"]:
        failures = _table("failed", "input", "message", words=2)
        for row in summary["failures"]:
            failures.add_row(*_cells(row["id"], row["message"]))
        tables.append(failures)
    return tables


def render_summary(summary: dict, console) -> None:
    """Print the summary's tables on a rich console."""
    for n, table in enumerate(summary_tables(summary)):
        if n:
            console.print()
        console.print(table)
