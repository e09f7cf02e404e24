"""factx.extract_batch as a partition function on Dask (the optional `factx[dask]` extra)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import factx


def test_extract_batch_plain(tmp_path):
    out = factx.extract_batch([{"id": "a", "text": "Paris is calm."}, '{"id": "b", "text": "Rome too."}', "{bad"])
    assert [r["id"] for r in out] == ["a", "b", "batch:3"]  # a line that is not JSON: named by its place
    assert "error" in out[2] and out[0]["entities"][0]["text"] == "Paris"


def test_dask_bag_on_a_local_cluster(tmp_path):
    db = pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("dask.distributed")
    for part in range(2):
        lines = [json.dumps({"id": f"{part}-{i}", "text": f"Story {i} from Berlin, part {part}."}) for i in range(3)]
        (tmp_path / f"part{part}.jsonl").write_text("\n".join(lines) + "\n")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        bag = db.read_text(str(tmp_path / "*.jsonl")).map_partitions(factx.extract_batch)
        records = bag.compute()
    assert sorted(r["id"] for r in records) == ["0-0", "0-1", "0-2", "1-0", "1-1", "1-2"]
    assert all(r["entities"] and r["entities"][0]["text"] == "Berlin" for r in records)


def _readme_snippet() -> str:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    (snippet,) = [block for block in blocks if "to_textfiles" in block]
    return snippet


def test_the_readme_dask_snippet_writes_complete_lines(tmp_path):
    """The README's snippet as written, end to end (to_textfiles included): the bucket becomes local
    folders and the cluster Dask's synchronous scheduler, so the test stays cheap."""
    dask = pytest.importorskip("dask")
    pytest.importorskip("dask.bag")
    pytest.importorskip("dask.distributed")
    news, facts = tmp_path / "news", tmp_path / "facts"
    news.mkdir()
    stories = ["Two people were killed in Lisbon on Monday.", "Rome is calm.", "Berlin, police said."]
    for part in range(2):
        chosen = stories[part:part + 2] if part == 0 else stories[2:]
        lines = [json.dumps({"id": f"{part}-{i}", "text": text}) for i, text in enumerate(chosen)]
        (news / f"part{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    snippet = _readme_snippet()
    client_line = next(line for line in snippet.splitlines() if "Client(" in line)
    code = (snippet.replace(client_line, "client = None")
            .replace("s3://bucket/news", str(news)).replace("s3://bucket/facts", str(facts)))
    with dask.config.set(scheduler="synchronous"):
        exec(compile(code, "README.md (dask snippet)", "exec"), {})
    parts = sorted(facts.glob("*.jsonl"))
    assert len(parts) == 2
    for part in parts:
        assert part.read_text(encoding="utf-8").endswith("}\n"), part  # a final newline per record
    records = [json.loads(line) for part in parts for line in part.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == ["0-0", "0-1", "1-0"]
    assert next(r for r in records if r["id"] == "0-0")["casualty_totals"]["killed"] == 2
