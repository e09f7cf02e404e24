"""Reliability: a folder of every kind of bad input, interrupted runs, nothing lost or duplicated."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import jsonschema
from conftest import ROOT
from typer.testing import CliRunner

from factx.cli import app
from factx.registry import record_schema

GOOD = "The mayor of Springfield said on Tuesday that two people were injured.\n"


def make_mixed_folder(root):
    good = {
        "utf8.txt": GOOD.encode("utf-8"),
        "bom.txt": b"\xef\xbb\xbf" + GOOD.encode("utf-8"),
        "utf16.txt": b"\xff\xfe" + GOOD.encode("utf-16-le"),
        "latin.txt": ("The mayor said “no comment” on Tuesday in Springfield. " * 3).encode("cp1252"),
        "empty.txt": b"",
        "blank.md": b"  \n\n \t\n",
    }
    bad = {
        "binary.txt": bytes(range(256)) * 8,
        "huge.txt": b"word " * 50_000,
    }
    for name, data in {**good, **bad}.items():
        (root / name).write_bytes(data)
    (root / "lines.jsonl").write_text(
        '{"id": "L1", "text": "Rome is calm."}\n{broken\n{"id": "L3"}\n{"id": "L4", "text": "Paris too."}\n',
        encoding="utf-8",
    )
    os.symlink(root / "nowhere.txt", root / "dangling.txt")
    good_ids = sorted(str(root / n) for n in good) + ["L1", "L4"]
    bad_inputs = sorted(str(root / n) for n in (*bad, "dangling.txt")) + [f"{root}/lines.jsonl:2", f"{root}/lines.jsonl:3"]
    return good_ids, bad_inputs


def test_mixed_folder_one_record_per_good_article_one_error_per_bad_input(tmp_path):
    good_ids, bad_inputs = make_mixed_folder(tmp_path)
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "-f", "jsonl", "--jobs", "1", "--max-bytes", "100000"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    validator = jsonschema.Draft202012Validator(record_schema())
    for record in records:  # every line, error records included, is described by `factx schema`
        assert not list(validator.iter_errors(record)), record
    assert sorted(r["id"] for r in records if "error" not in r) == sorted(good_ids)
    assert sorted(r["error"]["input"] for r in records if "error" in r) == sorted(bad_inputs)
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("factx: ") and " read, " not in line]
    assert len(error_lines) == len(bad_inputs)
    assert "Traceback" not in result.stderr
    by_id = {r["id"]: r for r in records if "error" not in r}
    assert by_id[str(tmp_path / "empty.txt")]["entities"] == []
    assert by_id[str(tmp_path / "latin.txt")]["source"]["encoding"] == "cp1252"
    assert by_id[str(tmp_path / "utf16.txt")]["source"]["encoding"] == "utf-16"


def _interrupt_a_run(tmp_path, out, *options):
    """Start factx over 400 articles writing to `out`, Ctrl-C it once output has begun; its stderr."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(400):
        (corpus / f"a{i:03}.txt").write_text(f"Story {i}: the council in Leeds met on Monday.\n" * 30)
    proc = subprocess.Popen([sys.executable, "-m", "factx", "extract", str(corpus), *options, "--jobs", "1",
                             "-o", str(out)], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    tmp_files = lambda: list(tmp_path.glob(f".{out.name}.*.tmp"))  # noqa: E731
    deadline = time.time() + 120
    while time.time() < deadline and not (tmp_files() and tmp_files()[0].stat().st_size > 0):
        time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    stderr = proc.communicate(timeout=60)[1]
    assert proc.returncode == 130
    assert "Traceback" not in stderr
    assert not tmp_files()
    return corpus, stderr


def test_ctrl_c_leaves_the_output_file_as_it_was_and_the_records_so_far_in_a_partial_file(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("an earlier complete run\n")
    corpus, stderr = _interrupt_a_run(tmp_path, out, "-f", "jsonl")
    assert out.read_text() == "an earlier complete run\n"
    partial = tmp_path / "out.jsonl.partial"
    assert str(partial) in stderr
    lines = partial.read_text().splitlines()
    assert 0 < len(lines) < 400
    ids = [json.loads(line)["id"] for line in lines]  # every line whole
    assert ids == [str(corpus / f"a{i:03}.txt") for i in range(len(ids))]


def test_ctrl_c_during_a_json_array_leaves_valid_json(tmp_path):
    out = tmp_path / "out.json"
    corpus, _ = _interrupt_a_run(tmp_path, out)
    assert not out.exists()
    records = json.loads((tmp_path / "out.json.partial").read_text())
    assert 0 < len(records) < 400
    assert [r["id"] for r in records] == [str(corpus / f"a{i:03}.txt") for i in range(len(records))]
