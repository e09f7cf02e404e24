"""A folder's summary: counts, totals, speakers, names, the span of dates, the richest articles."""

from __future__ import annotations

import io

from rich.console import Console

from factx.summary import render_summary, summarise


def _record(ident, *, speakers=(), names=(), dates=(), totals=None, published=None, events=None, title=None):
    record = {
        "id": ident, "title": title, "published": published,
        "entities": [{"text": t, "label": label, "count": n, "mentions": [[0, 1]] * n} for t, label, n in names],
        "dates": [{"text": text, "span": [0, 1], "type": kind, "value": value,
                   "interval": {"start": start, "end": end} if start else None, "mod": None}
                  for text, kind, value, start, end in dates],
        "casualties": [],
        "casualty_totals": {"killed": 0, "injured": 0, "missing": 0, "kidnapped": 0, "arrested": 0, **(totals or {})},
        "quotes": [{"text": "...", "span": [0, 1], "type": "direct", "speaker": s} for s in speakers],
    }
    if events is not None:
        record["events"] = events
    return record


RECORDS = [
    _record("a", speakers=["Ana Costa", "Ana Costa", None], names=[("Lisbon", "GPE", 3), ("Ana Costa", "PERSON", 2)],
            dates=[("Thursday", "DATE", "2021-02-25", "2021-02-25", "2021-02-25"),
                   ("that night", "TIME", "2021-02-25TNI", "2021-02-25T21:00", "2021-02-25T23:59")],
            totals={"killed": 2, "injured": 5}, published="2021-02-25"),
    _record("b", speakers=["Luis Silva", "Ana Costa"], names=[("Lisbon", "LOC", 1), ("Porto", "GPE", 4)],
            dates=[("the 1990s", "DATE", "199", "1990-01-01", "1999-12-31"),
                   ("a week", "DURATION", "P1W", None, None),
                   ("next March", "DATE", "2022-03", "2022-03-01", "2022-03-31"),
                   ("on a Monday", "DATE", "XXXX-WXX-1", None, None)],
            totals={"killed": 1, "arrested": 3}, published="2020-07-12", title="Second story"),
    {"id": "missing.txt", "error": {"input": "missing.txt", "message": "no such file or folder"}},
]


def test_counts_totals_and_failures():
    summary = summarise(RECORDS)
    assert (summary["articles"], summary["read"], summary["failed"]) == (3, 2, 1)
    assert summary["failures"] == [{"id": "missing.txt", "message": "no such file or folder"}]
    assert summary["casualty_totals"] == {"killed": 3, "injured": 5, "missing": 0, "kidnapped": 0, "arrested": 3}
    assert summary["facts"] == {"entities": 4, "dates": 6, "casualties": 0, "quotes": 5}
    assert "events" not in summary  # no record has events


def test_most_quoted_and_most_named():
    summary = summarise(RECORDS)
    assert summary["speakers"] == [{"speaker": "Ana Costa", "quotes": 3, "articles": 2},
                                   {"speaker": "Luis Silva", "quotes": 1, "articles": 1}]
    assert summary["entities"][0] == {"text": "Lisbon", "label": "GPE", "mentions": 4, "articles": 2}
    assert [e["text"] for e in summary["entities"]] == ["Lisbon", "Porto", "Ana Costa"]
    assert len(summarise(RECORDS, top=1)["entities"]) == 1


def test_span_of_dates_uses_intervals_of_date_values():
    summary = summarise(RECORDS)
    assert summary["dates"]["earliest"] == {"value": "199", "text": "the 1990s", "id": "b", "day": "1990-01-01"}
    assert summary["dates"]["latest"] == {"value": "2022-03", "text": "next March", "id": "b", "day": "2022-03-31"}
    assert summary["published"] == {"earliest": "2020-07-12", "latest": "2021-02-25"}
    empty = summarise([])
    assert empty["dates"] == {"earliest": None, "latest": None} and empty["published"] is None


def test_articles_with_most_facts_best_first():
    summary = summarise(RECORDS)
    assert [(r["id"], r["facts"]) for r in summary["most_facts"]] == [("b", 8), ("a", 7)]
    assert summary["most_facts"][0]["title"] == "Second story"
    many = summarise([_record(str(n), speakers=["x"] * n) for n in range(8)])
    assert [r["id"] for r in many["most_facts"]] == ["7", "6", "5", "4", "3"]


def test_events_by_cause_count_the_articles_own_news():
    events = [{"cause": "storm", "killed": 2, "injured": 5, "reported": "new", "statements": [0]},
              {"cause": "storm", "counts": {"killed": 1}, "reported": "new"},
              {"cause": "shooting", "killed": 9, "reported": "past"},
              {"cause": None, "injured": 1}]
    summary = summarise([_record("e", events=events), _record("f", events=[])])
    assert summary["events"] == {
        "storm": {"events": 2, "killed": 3, "injured": 5, "missing": 0, "kidnapped": 0, "arrested": 0},
        "unknown": {"events": 1, "killed": 0, "injured": 1, "missing": 0, "kidnapped": 0, "arrested": 0},
    }


def _screen(summary) -> str:
    buffer = io.StringIO()
    render_summary(summary, Console(file=buffer, width=120, color_system=None))
    return buffer.getvalue()


def test_tables_show_every_part_and_article_words_are_never_markup():
    records = [*RECORDS, _record("[bold]c[/bold]", speakers=["[red]Eve[/red] [/]"], names=[("[link=x]Y", "ORG", 9)])]
    screen = _screen(summarise(records))
    for words in ("factx summary", "casualty totals", "most quoted", "most named", "most facts", "failed",
                  "no such file or folder", "Ana Costa", "Second story", "1990-01-01 (the 1990s = 199, b)"):
        assert words in screen
    assert "[red]Eve[/red] [/]" in screen and "[link=x]Y" in screen and "[bold]c[/bold]" in screen
    assert "events by cause" not in screen
    assert "events by cause" in _screen(summarise([_record("e", events=[{"cause": "fire", "killed": 1}])]))
