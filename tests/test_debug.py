"""--debug: the traceback of an internal error (and of an article whose extraction failed); one line without it."""

from __future__ import annotations

import sys

import pytest
from typer.testing import CliRunner

import factx.cli as cli


@pytest.fixture(autouse=True)
def debug_off(monkeypatch):
    monkeypatch.setitem(cli.DEBUG, "on", False)


def _main(monkeypatch, capsys, *argv) -> str:
    exits = []
    monkeypatch.setattr(cli.sys, "argv", ["factx", *argv])
    monkeypatch.setattr(cli.os, "_exit", exits.append)
    monkeypatch.delitem(sys.modules, "multiprocessing.pool", raising=False)  # else main ends by sys.exit
    cli.main()
    assert exits == [1]
    return capsys.readouterr().err


def _broken_schema():
    raise RuntimeError("boom")


def test_an_internal_error_shows_its_traceback_with_debug(monkeypatch, capsys):
    monkeypatch.setattr(cli.registry, "record_schema", _broken_schema)
    err = _main(monkeypatch, capsys, "--debug", "schema")
    assert err.startswith("Traceback (most recent call last):") and "_broken_schema" in err
    assert err.splitlines()[-1] == "factx: internal error: RuntimeError: boom"
    plain = _main(monkeypatch, capsys, "schema")
    assert len(plain.splitlines()) == 1 and "Traceback" not in plain and "--debug" in plain


def _broken_quotes(doc, entities):
    raise KeyError("no such speaker")


def test_an_article_that_failed_shows_its_traceback_with_debug(monkeypatch, tmp_path):
    monkeypatch.setattr("factx.extractors.quotes.extract_quotes", _broken_quotes)
    article = tmp_path / "a.txt"
    article.write_text("Paris is calm, the mayor said.", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli.app, ["--debug", "extract", str(article), "-f", "json"])
    assert result.exit_code == 1
    assert "extraction failed: KeyError" in result.stderr and "Traceback" in result.stderr
    assert "_broken_quotes" in result.stderr
    quiet = runner.invoke(cli.app, ["extract", str(article), "-f", "json"])
    assert quiet.exit_code == 1 and "extraction failed" in quiet.stderr and "Traceback" not in quiet.stderr
