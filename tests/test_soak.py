"""`make soak`'s script: every corpus file through factx; any error record fails the run and is named."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT

SOAK = [sys.executable, str(ROOT / "scripts" / "soak.py")]


def write_jsonl(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def test_soak_names_each_failure_and_fails(tmp_path):
    write_jsonl(tmp_path / "news" / "good.jsonl", [{"id": "g1", "text": "Two people were hurt in Leeds."},
                                                   {"id": "g2", "text": "The mayor spoke on Monday."}])
    write_jsonl(tmp_path / "more" / "bad.jsonl", [{"id": "b1", "title": "no text here"}])
    result = subprocess.run(SOAK + [str(tmp_path), "--jobs", "1"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "soak: 3 articles from 2 files" in result.stdout and "articles/s" in result.stdout
    assert "1 failures" in result.stdout
    assert f"soak: failed: {tmp_path}/more/bad.jsonl:1: no 'text' string" in result.stdout


def test_soak_passes_when_every_article_is_read(tmp_path):
    write_jsonl(tmp_path / "news" / "good.jsonl", [{"id": "g1", "text": "Two people were hurt in Leeds."}])
    result = subprocess.run(SOAK + [str(tmp_path), "--jobs", "1"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 failures" in result.stdout
