"""The CLI of the views: `extract --format html` (stdout, -o FILE, -o DIR/), `factx summary`, and the
line that ends a run on several inputs."""

from __future__ import annotations

import json
import re

import pytest
from markparse import expected_marks, parse_view
from typer.testing import CliRunner

from factx.cli import app

runner = CliRunner()
END_LINE = re.compile(r"factx: (\d+) articles? read, (\d+) failed, \d+\.\d s")


def invoke(*args, input=None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Two people were killed in Paris on Monday, police said.\n", encoding="utf-8")
    (folder / "b.jsonl").write_text(
        json.dumps({"id": "hostile", "published": "2021-02-25",
                    "text": 'Mayor Ana Costa said "<script>alert(1)</script> three were hurt" on Friday.'}) + "\n",
        encoding="utf-8")
    return folder


def _records(corpus) -> list[dict]:
    result = invoke("extract", str(corpus), "-f", "jsonl", "--include-text", "--jobs", "1", "-q")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_html_on_stdout_keeps_the_text_and_marks_every_fact(corpus):
    records = _records(corpus)
    result = invoke("extract", str(corpus), "--format", "html", "--jobs", "1", "-q")
    assert result.exit_code == 0, result.stderr
    page = parse_view(result.stdout)
    assert len(page.articles) == 2 and '<nav class="index">' in result.stdout
    for n, record in enumerate(records, 1):
        assert page.articles[f"a{n}"].text == record["text"]
        assert page.articles[f"a{n}"].marks == expected_marks(record, f"a{n}")
    assert page.articles["a1"].marks  # the facts were found, so the test tests something
    assert "<script>alert(1)" not in result.stdout


def test_html_file_by_its_extension(corpus, tmp_path):
    out = tmp_path / "view.html"
    result = invoke("extract", str(corpus / "a.txt"), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<nav class="index">' not in page
    assert parse_view(page).articles["a1"].text.startswith("Two people were killed")


def test_html_folder_one_page_per_article_and_an_index(corpus, tmp_path):
    out = tmp_path / "pages"
    result = invoke("extract", str(corpus), "-o", f"{out}/", "--format", "html", "--jobs", "1", "-q")
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([f"{str(corpus / 'a.txt').strip('/').replace('/', '_')}.html", "hostile.html", "index.html"])
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="hostile.html"' in index
    page = parse_view((out / "hostile.html").read_text(encoding="utf-8"))
    assert page.articles["a1"].text.startswith("Mayor Ana Costa said") and page.scripts == 1


def test_a_folder_still_refuses_formats_it_cannot_hold(corpus, tmp_path):
    result = invoke("extract", str(corpus), "-o", f"{tmp_path}/x/", "--format", "csv", "--facts", "dates")
    assert result.exit_code == 2 and "JSON or HTML" in result.stderr


def test_several_inputs_end_with_one_line_articles_failures_seconds(corpus):
    result = invoke("extract", str(corpus), str(corpus / "missing.txt"), "-f", "jsonl", "--jobs", "1")
    assert result.exit_code == 1
    last = result.stderr.splitlines()[-1]
    assert END_LINE.fullmatch(last).groups() == ("2", "1"), last
    assert sum(1 for line in result.stderr.splitlines() if END_LINE.fullmatch(line)) == 1
    clean = invoke("extract", str(corpus), "-f", "jsonl", "--jobs", "1")
    assert END_LINE.fullmatch(clean.stderr.strip()).groups() == ("2", "0")


def test_one_input_or_quiet_has_no_end_line(corpus):
    assert invoke("extract", str(corpus / "a.txt"), "-f", "json").stderr == ""
    assert invoke("extract", str(corpus), "-f", "jsonl", "-q", "--jobs", "1").stderr == ""


def test_summary_as_json_when_piped(corpus):
    result = invoke("summary", str(corpus), str(corpus / "missing.txt"), "--jobs", "1", "-q")
    assert result.exit_code == 1  # an input failed; the summary still covers the rest
    figures = json.loads(result.stdout)
    assert (figures["articles"], figures["read"], figures["failed"]) == (3, 2, 1)
    assert figures["failures"][0]["id"].endswith("missing.txt")
    assert figures["casualty_totals"]["killed"] == 2
    quoted = [q["speaker"] for r in _records(corpus) for q in r["quotes"]]
    assert quoted and [s["speaker"] for s in figures["speakers"]] == quoted
    assert "missing.txt: no such file or folder" in result.stderr


def test_summary_as_tables(corpus):
    result = invoke("summary", str(corpus), "--format", "table", "--jobs", "1", "--top", "1")
    assert result.exit_code == 0, result.stderr
    for title in ("factx summary", "casualty totals", "most quoted", "most named", "most facts"):
        assert title in result.stdout
    assert "Costa" in result.stdout and "Paris" in result.stdout


def test_summary_refuses_a_bad_reference_date(corpus):
    result = invoke("summary", str(corpus), "--reference-date", "yesterday")
    assert result.exit_code == 2 and "--reference-date" in result.stderr
