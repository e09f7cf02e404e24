"""factx.extract_batch as a partition function on Dask (the optional `factx[dask]` extra)."""

from __future__ import annotations

import json

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
