"""Progress and workers: JSON Lines on stdin gets workers by default, the bar a total (and an ETA)
when the inputs' article count is cheap to know."""

from __future__ import annotations

import io
import json

import pytest
from typer.testing import CliRunner

from factx import cli, progress
from factx.cli import app


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.txt").write_text("Paris is calm.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>Rome.</p></body></html>", encoding="utf-8")
    lines = [json.dumps({"text": f"Story {i}."}) for i in range(3)]
    (tmp_path / "c.jsonl").write_text(lines[0] + "\n\n" + "\n".join(lines[1:]) + "\n", encoding="utf-8")
    return tmp_path


def test_the_count_is_one_per_file_and_one_per_json_line(folder):
    assert progress.expected_articles([str(folder)]) == 5
    assert progress.expected_articles([str(folder / "c.jsonl"), str(folder / "missing.txt")]) == 4


def test_no_count_for_stdin_or_past_the_byte_budget(folder, monkeypatch):
    assert progress.expected_articles(["-"]) is None
    assert progress.expected_articles([str(folder / "a.txt"), "-"]) is None
    monkeypatch.setattr(progress, "COUNT_BYTES", 10)
    assert progress.expected_articles([str(folder)]) is None


def test_jsonl_is_recognised_without_consuming_the_stream():
    buffered = io.BufferedReader(io.BytesIO(b'\n  {"text": "x"}\n'))
    assert progress.starts_like_jsonl(buffered) and buffered.read() == b'\n  {"text": "x"}\n'
    seekable = io.BytesIO(b'\xef\xbb\xbf{"text": "x"}')
    assert progress.starts_like_jsonl(seekable) and seekable.tell() == 0
    assert not progress.starts_like_jsonl(io.BufferedReader(io.BytesIO(b"Plain text {not json}")))

    class Pipe:
        def seekable(self):
            return False

    assert not progress.starts_like_jsonl(Pipe())


@pytest.mark.parametrize("stdin, workers", [('{"id": "a", "text": "Paris."}\n{"text": "Rome."}\n', 3),
                                             ("Paris is calm today.\n", 1)])
def test_workers_by_default_for_jsonl_on_stdin(monkeypatch, stdin, workers):
    seen = {}

    def fake_run(items, **options):
        seen.update(options)
        return iter(())

    monkeypatch.setattr("factx.pipeline.run", fake_run)
    monkeypatch.setattr(cli.os, "cpu_count", lambda: 3)
    result = CliRunner().invoke(app, ["extract", "-f", "jsonl"], input=stdin)
    assert result.exit_code == 1 and "no article found" in result.stderr, result.output  # the fake run reads none
    assert seen["jobs"] == workers


def test_the_bar_gets_a_total_and_an_eta(monkeypatch, folder):
    from rich.progress import TimeRemainingColumn

    monkeypatch.setattr(cli.sys.stdout, "isatty", lambda: False, raising=False)
    monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: True, raising=False)
    reporter = cli.Reporter(quiet=False, progress=True)
    reporter.expect([str(folder)])
    assert reporter.progress.tasks[0].total == 5
    assert any(isinstance(column, TimeRemainingColumn) for column in reporter.progress.columns)
    unknown = cli.Reporter(quiet=False, progress=True)
    unknown.expect(["-"])
    assert unknown.progress.tasks[0].total is None
    assert not any(isinstance(column, TimeRemainingColumn) for column in unknown.progress.columns)
