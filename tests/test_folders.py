"""Folders: links never lead out of the tree or round in a loop, hidden entries wait for --hidden,
and what was skipped is said once, by reason."""

from __future__ import annotations

import json
import os

from typer.testing import CliRunner

from factx.cli import app
from factx.reader import Article, Skipped, read_inputs


def make_tree(root):
    """root/{a.txt, sub/b.txt, sub/loop -> .., out -> ../outside, alias.txt -> a.txt, .hidden/..., data.csv}"""
    tree = root / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / ".hidden").mkdir()
    outside = root / "outside"
    outside.mkdir()
    (tree / "a.txt").write_text("Storm in Leeds.")
    (tree / "sub" / "b.txt").write_text("Flood in York.")
    (tree / ".hidden" / "c.txt").write_text("Hidden story.")
    (tree / ".draft.txt").write_text("Draft story.")
    (outside / "d.txt").write_text("Outside story.")
    for name in ("data.csv", "notes.json", "dump.jsonl.gz", "README"):
        (tree / name).write_text("x")
    (tree / "sub" / "more.csv").write_text("x")
    os.symlink("..", tree / "sub" / "loop")
    os.symlink(outside, tree / "out")
    os.symlink("a.txt", tree / "alias.txt")
    return tree


def test_links_are_not_followed_out_of_or_back_into_the_tree(tmp_path):
    tree = make_tree(tmp_path)
    skipped = Skipped()
    ids = [item.id for item in read_inputs([str(tree)], skipped=skipped) if isinstance(item, Article)]
    assert ids == [f"{tree}/a.txt", f"{tree}/sub/b.txt"]  # each file once, nothing from outside
    assert skipped.linked_folders == 2 and skipped.duplicates == 1 and skipped.hidden == 2
    assert skipped.unsupported == {".csv": 2, ".json": 1, ".gz": 1, "no suffix": 1}


def test_hidden_entries_are_read_with_hidden(tmp_path):
    tree = make_tree(tmp_path)
    ids = [item.id for item in read_inputs([str(tree)], hidden=True) if isinstance(item, Article)]
    assert ids == [f"{tree}/.draft.txt", f"{tree}/.hidden/c.txt", f"{tree}/a.txt", f"{tree}/sub/b.txt"]


def test_a_folder_named_through_a_link_is_walked(tmp_path):
    tree = make_tree(tmp_path)
    os.symlink(tree, tmp_path / "corpus")
    ids = [item.id for item in read_inputs([str(tmp_path / "corpus")]) if isinstance(item, Article)]
    assert ids == [f"{tmp_path}/corpus/a.txt", f"{tmp_path}/corpus/sub/b.txt"]


def test_cli_says_what_was_skipped_in_one_closing_line(tmp_path):
    tree = make_tree(tmp_path)
    result = CliRunner().invoke(app, ["extract", str(tree), "-f", "jsonl", "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [f"{tree}/a.txt", f"{tree}/sub/b.txt"]
    (line,) = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert line == ("factx: skipped in folders: 5 of a type factx does not read (.csv 2, .gz 1, .json 1, "
                    "no suffix 1); 2 hidden (--hidden reads them); 2 linked folders not followed; "
                    "1 link to a file already read")


def test_no_article_found_is_a_clear_message_and_exit_1(tmp_path):
    (tmp_path / "table.csv").write_text("a,b\n")
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "-f", "jsonl", "--jobs", "1"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert f"factx: no article found in {tmp_path}" in result.stderr
    assert "*.txt" in result.stderr


def test_an_empty_jsonl_file_is_no_article_either(tmp_path):
    (tmp_path / "empty.jsonl").write_text("\n\n")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "empty.jsonl"), "-f", "jsonl", "--jobs", "1"])
    assert result.exit_code == 1 and "no article found" in result.stderr
