"""The command line: formats, exit codes, stderr lines, order, and the check/schema/eval commands."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys

import jsonschema
import pytest
from conftest import FIXTURES, ROOT
from typer.testing import CliRunner

from factx.cli import app
from factx.registry import record_schema

runner = CliRunner()
FACTX = [sys.executable, "-m", "factx"]


def invoke(*args, input=None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture()
def corpus(tmp_path):
    (tmp_path / "a.txt").write_text("Two people were killed in Paris on Monday, police said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Nobody was hurt when the storm hit Lisbon.\n", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(
        "\n".join(json.dumps({"id": f"j{i}", "text": f"Article number {i} about Berlin.", "published": "2021-02-25"})
                  for i in range(3)) + "\n",
        encoding="utf-8",
    )
    return tmp_path


def test_version_and_help_do_not_import_spacy():
    code = ("import sys; from typer.testing import CliRunner; from factx.cli import app; "
            "r = CliRunner().invoke(app, ['--help']); assert r.exit_code == 0, r.output; "
            "r = CliRunner().invoke(app, ['--version']); assert 'factx ' in r.stdout; "
            "print('spacy' in sys.modules, 'dateparser' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False False"


def test_single_file_gives_one_json_object():
    result = invoke("extract", str(FIXTURES / "seed-airstrike.txt"), "--format", "json")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["id"].endswith("seed-airstrike.txt")
    jsonschema.validate(record, record_schema(), cls=jsonschema.Draft202012Validator)


def test_folder_gives_jsonl_in_input_order(corpus):
    result = invoke("extract", str(corpus), "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == [f"{corpus}/a.txt", f"{corpus}/b.txt", "j0", "j1", "j2"]


def test_stdin_jsonl_ids_in_order():
    lines = "".join(json.dumps({"id": str(n), "text": f"Story {n}."}) + "\n" for n in (3, 1, 2))
    result = invoke("extract", "-", "--format", "jsonl", input=lines)
    assert result.exit_code == 0, result.stderr
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["3", "1", "2"]


def test_bad_inputs_one_line_each_and_the_rest_still_processed(corpus):
    (corpus / "bin.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (corpus / "d.jsonl").write_text('{"id": "ok", "text": "Fine."}\nnot json\n{"id": "notext"}\n', encoding="utf-8")
    result = invoke("extract", str(corpus), str(corpus / "missing.txt"), "--format", "jsonl", "--jobs", "1")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    good = [r["id"] for r in records if "error" not in r]
    assert good == [f"{corpus}/a.txt", f"{corpus}/b.txt", "j0", "j1", "j2", "ok"]
    errors = [r["error"]["input"] for r in records if "error" in r]
    assert errors == [f"{corpus}/bin.txt", f"{corpus}/d.jsonl:2", f"{corpus}/d.jsonl:3", f"{corpus}/missing.txt"]
    error_ids = [r["id"] for r in records if "error" in r]  # the id each record would have had
    assert error_ids == [f"{corpus}/bin.txt", f"{corpus}/d.jsonl:2", "notext", f"{corpus}/missing.txt"]
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr
    assert lines[0].startswith(f"factx: {corpus}/bin.txt: binary")
    assert any(line.startswith(f"factx: {corpus}/missing.txt: no such file") for line in lines)
    assert re.fullmatch(r"factx: 6 articles read, 4 failed, \d+\.\d s", lines[-1])


def test_output_folder_one_file_per_article(corpus, tmp_path):
    out = tmp_path / "out"
    result = invoke("extract", str(corpus / "c.jsonl"), "-o", f"{out}/", "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["j0.json", "j1.json", "j2.json"]
    assert json.loads((out / "j1.json").read_text())["id"] == "j1"


def test_output_file_is_written_whole(corpus, tmp_path):
    out = tmp_path / "facts.jsonl"
    result = invoke("extract", str(corpus / "c.jsonl"), "-o", str(out), "-f", "jsonl", "--jobs", "1")
    assert result.exit_code == 0
    assert len(out.read_text().splitlines()) == 3
    assert not list(tmp_path.glob(".*.tmp"))


def test_csv_rows_parse_back(corpus):
    result = invoke("extract", str(corpus / "c.jsonl"), "--format", "csv", "--facts", "entities", "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["id"] for r in rows} == {"j0", "j1", "j2"}
    assert all(r["text"] == "Berlin" and int(r["first_end"]) > int(r["first_start"]) for r in rows)


def test_usage_errors_exit_2():
    assert invoke("extract", "x.txt", "--reference-date", "yesterday").exit_code == 2
    assert invoke("extract", "x.txt", "--format", "csv").exit_code == 2
    assert invoke("extract", "x.txt", "--format", "yaml").exit_code == 2
    result = invoke("extract", "x.txt", "--model", "no_such_model_package")
    assert result.exit_code == 2 and "not installed" in result.stderr and "Traceback" not in result.stderr


def test_a_model_path_that_is_not_a_model_is_a_usage_error(tmp_path):
    for bad in ("./no/such/model", str(tmp_path)):  # a relative path; a folder with no config.cfg
        result = invoke("extract", "x.txt", "--model", bad)
        assert result.exit_code == 2 and bad in result.stderr and "Traceback" not in result.stderr


def test_reference_date_anchors_relative_dates(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The vote happened yesterday in Ohio.", encoding="utf-8")
    record = json.loads(invoke("extract", str(path), "-f", "json", "--reference-date", "2021-02-25").stdout)
    assert record["published"] == "2021-02-25" and record["published_source"] == "option"


def test_schema_command_prints_the_schema():
    result = invoke("schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == json.loads(json.dumps(record_schema()))


def test_check_passes_on_fixtures_and_fails_on_a_change(tmp_path):
    result = invoke("check", str(FIXTURES))
    assert result.exit_code == 0, result.stdout + result.stderr
    case = tmp_path / "case.txt"
    case.write_text("Three people were killed in Paris on Monday, police said.", encoding="utf-8")
    assert invoke("check", str(tmp_path), "--update").exit_code == 0
    assert invoke("check", str(tmp_path)).exit_code == 0
    expected = json.loads((tmp_path / "case.expected.json").read_text())
    expected["entities"] = []
    (tmp_path / "case.expected.json").write_text(json.dumps(expected))
    result = invoke("check", str(tmp_path))
    assert result.exit_code == 1 and "Paris" in result.stdout and "changed" in result.stderr


def test_eval_scores_a_small_gold_file(tmp_path):
    text = "Two people were killed on Friday, police said."
    gold = {"id": "g", "text": text, "published": "2021-02-26", "title": None,
            "gold": {"killed": 3, "injured": 0,  # one short: the tally then has an error row
                     "timexes": [{"start": 25, "end": 31, "text": "Friday", "type": "DATE", "value": "2021-02-26"}]}}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n")
    result = invoke("eval", "dates", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    figures = json.loads(result.stdout)
    assert set(figures) >= {"relaxed_f1", "strict_f1", "value_accuracy", "value_f1"}
    casualties = invoke("eval", "casualties", str(path))
    assert casualties.exit_code == 0 and "killed_accuracy" in casualties.stdout, casualties.stderr
    assert invoke("eval", "casualties", str(tmp_path / "none.jsonl")).exit_code == 2


def test_eval_reports_an_article_that_failed_and_scores_it_as_finding_nothing(tmp_path, monkeypatch):
    from factx.extractors import dates

    real = dates.extract_dates

    def crash_on_one(doc, published):
        if "crash" in doc.text:
            raise RuntimeError("boom")
        return real(doc, published)

    monkeypatch.setattr(dates, "extract_dates", crash_on_one)
    timex = {"start": 9, "end": 15, "text": "Friday", "type": "DATE", "value": "2021-02-26"}
    rows = [{"id": name, "text": f"It {word} on Friday.", "published": "2021-02-26", "gold": {"timexes": [timex]}}
            for name, word in (("good", "rained"), ("bad", "crash"))]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    result = invoke("eval", "dates", str(path), "--format", "json")
    assert result.exit_code == 1
    assert "article bad" in result.stderr and "boom" in result.stderr and "good" not in result.stderr
    assert json.loads(result.stdout)["relaxed_recall"] == 0.5


def test_jobs_2_output_is_byte_identical_to_jobs_1(corpus):
    one = subprocess.run(FACTX + ["extract", str(corpus), "-f", "jsonl", "--jobs", "1"],
                         capture_output=True, check=True, cwd=ROOT).stdout
    two = subprocess.run(FACTX + ["extract", str(corpus), "-f", "jsonl", "--jobs", "2"],
                         capture_output=True, check=True, cwd=ROOT).stdout
    assert one == two and len(one.splitlines()) == 5


def test_closed_pipe_ends_quietly(corpus):
    for i in range(30):
        (corpus / f"z{i:02}.txt").write_text(f"Story {i} from Rome.\n" * 20)
    proc = subprocess.run(f"{sys.executable} -m factx extract {corpus} -f jsonl --jobs 1 | head -n 1",
                          shell=True, capture_output=True, text=True, cwd=ROOT)
    assert len(proc.stdout.splitlines()) == 1
    assert "Traceback" not in proc.stderr and "Broken pipe" not in proc.stderr


def test_the_real_command_flushes_everything_and_sets_the_exit_code(tmp_path):
    """`python -m factx` ends through cli.main (which skips interpreter teardown): nothing may be lost."""
    missing = tmp_path / "missing.txt"
    proc = subprocess.run([sys.executable, "-m", "factx", "extract", str(FIXTURES / "seed-airstrike.txt"),
                           str(missing), "-f", "jsonl"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in records] == [str(FIXTURES / "seed-airstrike.txt"), str(missing)]
    assert proc.stderr.splitlines()[0] == f"factx: {missing}: no such file or folder"
    assert re.fullmatch(r"factx: 1 article read, 1 failed, \d+\.\d s", proc.stderr.splitlines()[1])
    assert len(proc.stderr.splitlines()) == 2
    usage = subprocess.run([sys.executable, "-m", "factx", "extract", "--no-such-option"],
                           capture_output=True, text=True, cwd=ROOT)
    assert usage.returncode == 2 and "No such option" in usage.stderr


def test_an_internal_error_is_one_line_and_exit_1(monkeypatch, capsys):
    import factx.cli as cli

    def broken():
        raise RuntimeError("boom")

    exits = []
    monkeypatch.setattr(cli, "app", broken)
    monkeypatch.setattr(cli.os, "_exit", exits.append)
    monkeypatch.delitem(sys.modules, "multiprocessing.pool", raising=False)  # else main ends by sys.exit
    cli.main()
    assert exits == [1]
    assert capsys.readouterr().err == ("factx: internal error: RuntimeError: boom (factx --debug COMMAND ... prints "
                                       "the traceback)\n")


def _terminals(monkeypatch, stdout: bool, stderr: bool):
    import factx.cli as cli

    monkeypatch.setattr(cli.sys.stdout, "isatty", lambda: stdout, raising=False)
    monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: stderr, raising=False)
    return cli.Reporter


def test_no_progress_bar_when_the_output_shares_the_terminal(monkeypatch):
    reporter = _terminals(monkeypatch, stdout=True, stderr=True)
    assert reporter(quiet=False, progress=True).progress is None


def test_progress_bar_when_the_output_goes_elsewhere(monkeypatch):
    reporter = _terminals(monkeypatch, stdout=False, stderr=True)
    assert reporter(quiet=False, progress=True).progress is not None
    assert reporter(quiet=True, progress=True).progress is None


def _one_usage_line(result, *words):
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.exit_code == 2 and len(lines) == 1, result.stderr
    assert lines[0].startswith("factx: error: ") and all(w in lines[0] for w in words), lines[0]


@pytest.mark.parametrize("options, words", [
    (["--facts", "quotes"], ["--facts", "CSV"]),  # piped: auto writes JSON, --facts would be ignored
    (["--format", "jsonl", "--facts", "dates"], ["--facts"]),
    (["--format", "table", "--include-text"], ["--include-text"]),
    (["--format", "csv", "--facts", "dates", "--include-text"], ["--include-text"]),
    (["-o", "{tmp}/facts.csv"], ["--facts"]),  # auto from the extension: CSV, which needs --facts
])
def test_options_that_would_be_ignored_are_refused(corpus, tmp_path, options, words):
    options = [option.format(tmp=tmp_path) for option in options]
    _one_usage_line(invoke("extract", str(corpus / "c.jsonl"), *options), *words)
    assert not list(tmp_path.glob("*.csv"))


@pytest.mark.parametrize("format", ["csv", "table", "jsonl"])
def test_a_folder_output_takes_only_json(corpus, tmp_path, format):
    extra = ["--facts", "quotes"] if format == "csv" else []
    result = invoke("extract", str(corpus / "c.jsonl"), "--format", format, *extra, "-o", f"{tmp_path}/out/")
    _one_usage_line(result, f"{tmp_path}/out/", format)
    assert not (tmp_path / "out").exists()


def test_a_missing_output_folder_is_a_usage_error_naming_it(corpus, tmp_path):
    for target in (tmp_path / "no" / "such" / "out.json", f"{tmp_path}/no/such/dir/"):
        result = invoke("extract", str(corpus / "c.jsonl"), "-o", str(target))
        _one_usage_line(result, str(tmp_path / "no" / "such"))
        assert ".tmp" not in result.stderr
    assert not (tmp_path / "no").exists()


def test_output_format_follows_the_file_extension(corpus, tmp_path):
    several = str(corpus / "c.jsonl")
    assert invoke("extract", several, "-o", str(tmp_path / "x.json"), "--jobs", "1").exit_code == 0
    assert [r["id"] for r in json.loads((tmp_path / "x.json").read_text())] == ["j0", "j1", "j2"]
    assert invoke("extract", several, "-o", str(tmp_path / "x.jsonl"), "--jobs", "1").exit_code == 0
    lines = (tmp_path / "x.jsonl").read_text().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["j0", "j1", "j2"]
    result = invoke("extract", several, "-o", str(tmp_path / "x.csv"), "--facts", "entities", "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO((tmp_path / "x.csv").read_text())))
    assert [r["id"] for r in rows] == ["j0", "j1", "j2"]
    one = str(corpus / "a.txt")
    assert invoke("extract", one, "-o", str(tmp_path / "one.json")).exit_code == 0
    assert json.loads((tmp_path / "one.json").read_text())["id"] == one
    assert invoke("extract", one, "-o", str(tmp_path / "one.jsonl")).exit_code == 0
    assert len((tmp_path / "one.jsonl").read_text().splitlines()) == 1
    assert invoke("extract", several, "-f", "jsonl", "-o", str(tmp_path / "forced.json"), "--jobs", "1").exit_code == 0
    assert len((tmp_path / "forced.json").read_text().splitlines()) == 3  # an explicit --format wins
