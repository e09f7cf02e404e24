"""`factx check` in CI: fixtures with no expected file reported (a failure with --strict), JSON and
JUnit XML reports on stdout or in a file."""

from __future__ import annotations

import json
from xml.etree import ElementTree as ET

import pytest
from typer.testing import CliRunner

from factx.cli import app


def invoke(*args):
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def folder(tmp_path):
    """Three cases: one the same, one changed (its name holds a control character, which XML cannot
    hold), one with no expected file."""
    (tmp_path / "same.txt").write_text("Two people were killed in Lisbon on Monday, police said.", encoding="utf-8")
    (tmp_path / "chan\x1bged.txt").write_text("Rome is calm today, the mayor said.", encoding="utf-8")
    assert invoke("check", str(tmp_path), "--update").exit_code == 0
    expected = tmp_path / "chan\x1bged.expected.json"
    facts = json.loads(expected.read_text())
    facts["entities"] = []
    expected.write_text(json.dumps(facts))
    (tmp_path / "new.txt").write_text("Paris is quiet.", encoding="utf-8")
    return tmp_path


def test_a_fixture_without_an_expected_file_is_reported(tmp_path):
    (tmp_path / "new.txt").write_text("Paris is quiet.", encoding="utf-8")
    result = invoke("check", str(tmp_path))
    assert result.exit_code == 0 and "missing: " in result.stderr and "new.txt" in result.stderr
    assert "1 missing" in result.stderr
    strict = invoke("check", str(tmp_path), "--strict")
    assert strict.exit_code == 1 and "missing: " in strict.stderr


def test_json_report(folder):
    result = invoke("check", str(folder), "--format", "json")
    assert result.exit_code == 1  # the changed case
    report = json.loads(result.stdout)
    by_name = {case["name"].rsplit("/", 1)[-1].replace("\x1b", ""): case for case in report["cases"]}
    assert {n: c["status"] for n, c in by_name.items()} == {"changed.txt": "changed", "new.txt": "missing",
                                                             "same.txt": "same"}
    assert "Rome" in by_name["changed.txt"]["diff"] and by_name["new.txt"]["failed"] is False
    assert report["counts"] == {"same": 1, "changed": 1, "updated": 0, "error": 0, "missing": 1}
    assert report["passed"] is False
    strict = json.loads(invoke("check", str(folder), "-f", "json", "--strict").stdout)
    assert next(c for c in strict["cases"] if c["name"].endswith("new.txt"))["failed"] is True


def test_junit_report_to_a_file(folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("reports") / "check.xml"
    result = invoke("check", str(folder), "--format", "junit", "-o", str(out))
    assert result.exit_code == 1 and result.stdout == ""  # the report goes to the file only
    suite = ET.parse(out).getroot().find("testsuite")  # parses: the control character is replaced
    cases = {case.get("name").rsplit("/", 1)[-1].replace("\ufffd", ""): case for case in suite.findall("testcase")}
    assert set(cases) == {"changed.txt", "new.txt", "same.txt"}
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors"), suite.get("skipped")) == ("3", "1", "0", "1")
    assert "Rome" in cases["changed.txt"].find("failure").text
    assert cases["new.txt"].find("skipped") is not None and not list(cases["same.txt"])
    strict = ET.fromstring(invoke("check", str(folder), "-f", "junit", "--strict").stdout)
    assert strict.find("testsuite").get("failures") == "2"
    assert strict.find("testsuite/testcase[@name='%s']/failure" % cases["new.txt"].get("name")) is not None


def test_an_unreadable_fixture_is_an_error_case(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "bin.expected.json").write_text("{}")
    root = ET.fromstring(invoke("check", str(tmp_path), "-f", "junit").stdout)
    assert root.find("testsuite").get("errors") == "1" and root.find("testsuite/testcase/error") is not None


def test_a_folder_with_no_article_is_a_usage_error(tmp_path):
    assert invoke("check", str(tmp_path)).exit_code == 2
