"""Output formats: the terminal table read back, NO_COLOR respected, JSON array streaming."""

from __future__ import annotations

import io
import json

from rich.console import Console

from factx.formats import render_panel, write_json


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
