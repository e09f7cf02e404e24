"""`make soak`: every JSON Lines file under DATA through `factx extract --format jsonl`, in one run.

Fails (exit 1) when any output line is an error record, is not valid against `factx schema`, or when
factx itself exits non-zero; names each failure; prints articles per second.
Usage: scripts/soak.py DATA [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTX = [sys.executable, "-m", "factx"]
SHOW_AT_MOST = 20  # failures named one a line; the rest counted


def soak_files(data: Path) -> list[Path]:
    """The corpora: every *.jsonl in DATA's subfolders, sorted."""
    return sorted(path for path in data.glob("*/*.jsonl") if path.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    files = soak_files(args.data)
    if not files:
        print(f"soak: no *.jsonl under {args.data}/*/", file=sys.stderr)
        return 1
    import jsonschema

    from factx.registry import record_schema

    validator = jsonschema.Draft202012Validator(record_schema())
    cmd = FACTX + ["extract", "--format", "jsonl", "--jobs", str(args.jobs), "-q", *map(str, files)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, text=True)
    records, failures = 0, []
    for line in proc.stdout:
        record = json.loads(line)
        records += 1
        if "error" in record:
            failures.append(f"{record['error']['input']}: {record['error']['message']}")
        problem = next(iter(validator.iter_errors(record)), None)
        if problem is not None:
            failures.append(f"{record.get('id')}: not valid against factx schema: {problem.message[:200]}")
    stderr = proc.stderr.read()
    code = proc.wait()
    seconds = time.perf_counter() - start
    # factx waits for its workers, so their CPU time is in its own: a figure that a busy machine
    # (other jobs on the same cores) does not change much, unlike the wall-clock rate.
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime
    print(f"soak: {records:,} articles from {len(files)} files in {seconds:.0f} s: "
          f"{records / seconds:.1f} articles/s (--jobs {args.jobs}; {cpu:.0f} CPU s, "
          f"{records / max(cpu, 1e-9):.1f} articles per CPU second); {len(failures)} failures")
    for failure in failures[:SHOW_AT_MOST]:
        print(f"soak: failed: {failure}")
    if len(failures) > SHOW_AT_MOST:
        print(f"soak: ... and {len(failures) - SHOW_AT_MOST} more")
    if code != 0 and not failures:
        print(f"soak: factx exited {code}:\n{stderr.strip()}")
    return 1 if failures or code != 0 else 0


if __name__ == "__main__":
    raise SystemExit(main())
