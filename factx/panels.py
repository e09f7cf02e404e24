"""Each fact kind's part of the terminal table: a function of the record dict, or None when empty.

The registry names these by dotted path, so rich is imported only when a table is drawn. Text from
the article (a quote, a date, a speaker) goes in as rich `Text`, never as markup: a quote that says
"[government]" shows it, and "[/b]" in one cannot break the run.
"""

from __future__ import annotations

QUOTE_CHARS = 160  # a longer quote is cut, so one panel fits a screen
NAMES_SHOWN = 12


def _table(*columns: tuple[str, dict]):
    from rich.table import Table

    table = Table(box=None, pad_edge=False, show_header=True, header_style="dim")
    for header, options in columns:
        table.add_column(header, **options)
    return table


def entities_panel(record: dict):
    """The first names, with how often each is mentioned."""
    from rich.text import Text

    names = [f"{e['text']} ({e['count']})" for e in record.get("entities", [])[:NAMES_SHOWN]]
    return Text.assemble(("names ", "dim"), ", ".join(names)) if names else None


def dates_panel(record: dict):
    """One row per date: the words, the value, the type."""
    from rich.text import Text

    if not record.get("dates"):
        return None
    table = _table(("date", {}), ("value", {"style": "cyan"}), ("type", {"style": "dim"}))
    for fact in record["dates"]:
        table.add_row(Text(fact["text"]), Text(fact["value"]), Text(fact["type"]))
    return table


KINDS = ("killed", "injured", "missing", "kidnapped", "arrested")


def _counts(numbers: dict) -> str:
    return ", ".join(f"{kind} {numbers[kind]}" for kind in KINDS if numbers.get(kind))


def casualties_panel(record: dict):
    """The article's totals on one line (kinds at zero left out), then one row per event."""
    from rich.console import Group
    from rich.text import Text

    shown = _counts(record.get("casualty_totals") or {})
    if not (shown or record.get("casualties")):
        return None
    line = Text.assemble(("casualties ", "dim"), (shown or "none counted", "bold red"))
    events = record.get("events") or []
    if not events:
        return line
    table = _table(("event", {}), ("when", {"style": "cyan"}), ("where", {}), ("counts", {"style": "red"}),
                   ("reported", {"style": "dim"}))
    for event in events:
        table.add_row(Text(event.get("cause") or "?"), Text(event.get("when") or ""), Text(event.get("where") or ""),
                      Text(_counts(event) or "none"), Text(event.get("reported") or ""))
    return Group(line, table)


def quotes_panel(record: dict):
    """One row per quote: the speaker (and channel), the words, cut to a line or two."""
    from rich.text import Text

    if not record.get("quotes"):
        return None
    table = _table(("speaker", {"style": "green", "no_wrap": True}), ("quote", {}))
    for quote in record["quotes"]:
        words = quote["text"] if len(quote["text"]) <= QUOTE_CHARS else quote["text"][:QUOTE_CHARS - 3] + "..."
        speaker = Text(quote.get("speaker") or "?")
        if quote.get("channel"):
            speaker.append(f" [{quote['channel']}]", style="dim")
        table.add_row(speaker, Text(words))
    return table
