"""Output formats: the terminal table read back, NO_COLOR respected, JSON array streaming."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from factx.formats import atomic_output, render_panel, write_json


def test_table_shows_dates_totals_and_quotes(seed_record):
    buffer = io.StringIO()
    Console(file=buffer, width=120, color_system=None).print(render_panel(seed_record))
    screen = buffer.getvalue()
    assert "published 2021-02-25" in screen
    for fact in seed_record["dates"]:
        assert fact["value"] in screen
    for quote in seed_record["quotes"]:
        assert (quote["speaker"] or "?") in screen
    killed = seed_record["casualty_totals"]["killed"]
    if killed:
        assert f"killed {killed}" in screen
    assert len(screen.splitlines()) < 60  # one screen


def test_no_color_env_gives_plain_text(seed_record, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    buffer = io.StringIO()
    Console(file=buffer, width=100, force_terminal=True).print(render_panel(seed_record))
    assert "\x1b[3" not in buffer.getvalue()  # no colour codes (bold may remain)


class _Rec:
    def __init__(self, ident):
        self.id = ident

    def to_dict(self):
        return {"id": self.id, "span": [1, 2]}


def test_json_array_of_several_and_object_for_one():
    out = io.StringIO()
    write_json([_Rec("a"), _Rec("b")], out, single=False)
    assert [r["id"] for r in json.loads(out.getvalue())] == ["a", "b"]
    out = io.StringIO()
    write_json([_Rec("a")], out, single=True)
    assert json.loads(out.getvalue()) == {"id": "a", "span": [1, 2]}
    out = io.StringIO()
    write_json([], out, single=False)
    assert json.loads(out.getvalue()) == []


def _screen(record: dict) -> str:
    buffer = io.StringIO()
    Console(file=buffer, width=200, color_system=None).print(render_panel(record))
    return buffer.getvalue()


def test_square_brackets_in_article_text_show_as_written():
    record = {"id": "a", "title": "Budget [update] for [red]2021[/red]", "published": "2021-02-25",
              "entities": [{"text": "[Acme]", "count": 1}],
              "dates": [{"text": "[this] Monday", "value": "2021-02-22", "type": "DATE"}],
              "quotes": [{"text": "The [government] will not [bold]pay[/bold]", "speaker": "[Ana] Costa",
                          "channel": "tweet"}]}
    screen = _screen(record)
    for written in ("Budget [update] for [red]2021[/red]", "[Acme] (1)", "[this] Monday",
                    "The [government] will not [bold]pay[/bold]", "[Ana] Costa [tweet]"):
        assert written in screen


def test_a_closing_tag_in_a_quote_or_title_does_not_break_the_table():
    record = {"id": "a", "title": "[/b] headline", "quotes": [{"text": "stop [/b] here", "speaker": None}]}
    screen = _screen(record)
    assert "[/b] headline" in screen and "stop [/b] here" in screen


def test_an_output_file_cut_short_goes_to_a_partial_file(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text("complete\n")
    with pytest.raises(KeyboardInterrupt), atomic_output(path) as out:
        out.write("half\n")
        raise KeyboardInterrupt
    assert path.read_text() == "complete\n" and (tmp_path / "out.jsonl.partial").read_text() == "half\n"
    with atomic_output(path) as out:
        out.write("new\n")
    assert path.read_text() == "new\n" and sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl",
                                                                                        "out.jsonl.partial"]
