"""`make bench`: factx against bare spaCy, both as whole processes, on the same articles in one run.

Prints articles per second and their ratio, the --jobs 2 speed-up, what the html and summary
outputs cost over JSON Lines (whole runs in turn, best CPU time of --rounds each, and the writing
alone in-process), each extractor's share of the
time, peak memory at 200 and at 2,000 articles, single-article latency against loading spaCy, and
the time `factx --help` takes. Usage: scripts/bench.py [CORPUS.jsonl] [--limit N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "bbc.jsonl"
FACTX = [sys.executable, "-m", "factx"]

BARE_SPACY = """
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
texts = (json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8") if line.strip())
for doc in nlp.pipe(texts):
    pass
"""


def run_process(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB, the process and its waited-for children)."""
    elapsed, peak, _ = run_measured(cmd)
    return elapsed, peak


def run_measured(cmd: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak resident memory (MB) and CPU seconds (user + system) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} failed:\n{proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def format_overheads(data: Path, rounds: int) -> dict[str, float]:
    """What an html and a summary run cost over a JSON Lines run of the same articles, whole processes.

    A single run of each differs by more than the 5% being measured when anything else runs on the
    machine, so the three formats are run in turn, `rounds` times, and each keeps its least CPU time
    (user + system: what the run itself did, not what it waited for); wall time is kept beside it.
    """
    commands = {
        "jsonl": FACTX + ["extract", str(data), "-f", "jsonl", "--jobs", "1", "-q"],
        "html": FACTX + ["extract", str(data), "-f", "html", "--jobs", "1", "-q"],
        "summary": FACTX + ["summary", str(data), "-f", "json", "--jobs", "1", "-q"],
    }
    cpu = {name: [] for name in commands}
    wall = {name: [] for name in commands}
    for _ in range(rounds):
        for name, cmd in commands.items():
            elapsed, _, seconds = run_measured(cmd)
            cpu[name].append(seconds)
            wall[name].append(elapsed)
    best = {name: min(values) for name, values in cpu.items()}
    best_wall = {name: min(values) for name, values in wall.items()}
    jsonl = cpu["jsonl"]
    return {
        "html_overhead": best["html"] / best["jsonl"] - 1,
        "summary_overhead": best["summary"] / best["jsonl"] - 1,
        "html_overhead_wall": best_wall["html"] / best_wall["jsonl"] - 1,
        "summary_overhead_wall": best_wall["summary"] / best_wall["jsonl"] - 1,
        "jsonl_run_spread": (max(jsonl) - min(jsonl)) / min(jsonl),
        "overhead_rounds": rounds,
    }


def sample(corpus: Path, n: int, folder: Path) -> Path:
    """The first n articles of the corpus (repeated if it is shorter) as a JSON Lines file."""
    lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    chosen = [lines[i % len(lines)] for i in range(n)]
    out = folder / f"sample-{n}.jsonl"
    out.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    return out


def extractor_shares(path: Path, model: str) -> dict[str, float]:
    """Seconds in spaCy's parse, in finding the publication date, in each registered kind's
    extractor and in giving every fact its sentence, in-process over the same articles."""
    from factx.evidence import Sentences, attach
    from factx.extractors.published import find_published
    from factx.pipeline import load_model, parse_many
    from factx.registry import KINDS

    nlp = load_model(model)
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    seconds = dict.fromkeys(("spacy parse", "publication date", *(kind.name for kind in KINDS), "sentences"), 0.0)
    start = time.perf_counter()
    docs = list(parse_many(nlp, texts))
    seconds["spacy parse"] = time.perf_counter() - start
    for doc in docs:
        begin = time.perf_counter()
        published = find_published(doc.text)
        seconds["publication date"] += time.perf_counter() - begin
        outputs: dict = {}
        for kind in KINDS:
            begin = time.perf_counter()
            outputs[kind.name] = kind.run(doc, published, outputs)
            seconds[kind.name] += time.perf_counter() - begin
        begin = time.perf_counter()
        sentences = Sentences.of(doc)
        for kind in KINDS:
            attach(kind.fill(outputs[kind.name])[kind.name], sentences)
        seconds["sentences"] += time.perf_counter() - begin
    return seconds


def output_costs(path: Path, model: str) -> dict[str, float]:
    """Seconds to extract the articles (with their text, as html needs) and then to write them as
    JSON Lines, as the HTML page and as the summary, in-process over the same records."""
    import io

    from factx.api import extract_batch
    from factx.formats import dumps
    from factx.pipeline import load_model
    from factx.summary import summarise
    from factx.view import write_html

    load_model(model)
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    start = time.perf_counter()
    records = extract_batch(lines, model=model, include_text=True)
    seconds = {"extract": time.perf_counter() - start}
    writers = {
        "jsonl": lambda out: out.writelines(dumps(r) + "\n" for r in records),
        "html": lambda out: write_html(records, out),
        "summary": lambda out: out.write(dumps(summarise(records), indent=2)),
    }
    for name, write in writers.items():
        start = time.perf_counter()
        write(io.StringIO())
        seconds[name] = time.perf_counter() - start
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=500, help="articles for the throughput runs")
    parser.add_argument("--memory-sizes", default="200,2000", help="article counts for the peak-memory runs")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each output format for their overheads")
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"bench: {args.corpus} not found (give a JSON Lines corpus with a 'text' key)")

    from factx.pipeline import resolve_model_name

    model = resolve_model_name()
    figures: dict = {"corpus": str(args.corpus), "articles": args.limit, "model": model, "cores": os.cpu_count()}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = sample(args.corpus, args.limit, folder)

        bare, _ = run_process([sys.executable, "-c", BARE_SPACY, model, str(data)])
        one, _ = run_process(FACTX + ["extract", str(data), "-f", "jsonl", "--jobs", "1", "-q"])
        two, _ = run_process(FACTX + ["extract", str(data), "-f", "jsonl", "--jobs", "2", "-q"])
        figures.update(format_overheads(sample(args.corpus, min(args.limit, 200), folder), args.rounds))
        figures.update({
            "bare_spacy_articles_per_s": args.limit / bare,
            "factx_articles_per_s": args.limit / one,
            "throughput_ratio": bare / one,
            "factx_jobs2_articles_per_s": args.limit / two,
            "jobs2_speedup": one / two,
        })

        for n in (int(x) for x in args.memory_sizes.split(",")):
            _, peak = run_process(FACTX + ["extract", str(sample(args.corpus, n, folder)), "-f", "jsonl",
                                           "--jobs", "1", "-q"])
            figures[f"peak_mb_at_{n}"] = peak
        sizes = [int(x) for x in args.memory_sizes.split(",")]
        if len(sizes) == 2:
            figures["memory_ratio"] = figures[f"peak_mb_at_{sizes[1]}"] / figures[f"peak_mb_at_{sizes[0]}"]

        single = folder / "one.txt"
        single.write_text(json.loads(data.read_text(encoding="utf-8").splitlines()[0])["text"], encoding="utf-8")
        # Best of three, alternating, so a warm file cache or a passing load favours neither side.
        loads, latencies = [], []
        for _ in range(3):
            loads.append(run_process([sys.executable, "-c", f"import spacy; spacy.load({model!r})"])[0])
            latencies.append(run_process(FACTX + ["extract", str(single), "-f", "json"])[0])
        load, latency = min(loads), min(latencies)
        figures.update({"spacy_load_s": load, "single_article_s": latency, "latency_ratio": latency / load})
        helps = [run_process(FACTX + ["--help"])[0] for _ in range(3)]
        figures["help_s"] = min(helps)

        costs = output_costs(data, model)
        figures["write_share"] = {name: costs[name] / costs["extract"] for name in ("jsonl", "html", "summary")}
        shares = extractor_shares(data, model)
        total = sum(shares.values())
        figures["time_share"] = {name: s / total for name, s in shares.items()}

    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"factx bench: {args.limit} articles from {args.corpus}, model {model}, {figures['cores']} cores")
    rows = [
        ("bare spaCy nlp.pipe, articles/s", f"{figures['bare_spacy_articles_per_s']:.2f}"),
        ("factx --jobs 1, articles/s", f"{figures['factx_articles_per_s']:.2f}"),
        ("throughput ratio (goal >= 0.9)", f"{figures['throughput_ratio']:.3f}"),
        ("factx --jobs 2, articles/s", f"{figures['factx_jobs2_articles_per_s']:.2f}"),
        ("--jobs 2 speed-up (goal >= 1.7)", f"{figures['jobs2_speedup']:.2f}"),
    ]
    rows += [(f"peak memory at {n} articles, MB", f"{figures[f'peak_mb_at_{n}']:.0f}") for n in sizes]
    if "memory_ratio" in figures:
        rows.append((f"memory ratio {sizes[1]}/{sizes[0]} (goal <= 1.2)", f"{figures['memory_ratio']:.3f}"))
    rows += [
        ("import spacy + load model, s", f"{figures['spacy_load_s']:.2f}"),
        ("factx on one article, s", f"{figures['single_article_s']:.2f}"),
        ("latency ratio (goal <= 1.1)", f"{figures['latency_ratio']:.3f}"),
        ("factx --help, s (goal < 0.3)", f"{figures['help_s']:.3f}"),
    ]
    rows += [
        ("html run over jsonl run, CPU (goal < 5%)", f"{figures['html_overhead']:+.1%}"),
        ("summary run over jsonl run, CPU (goal < 5%)", f"{figures['summary_overhead']:+.1%}"),
        ("html / summary run over jsonl, wall", f"{figures['html_overhead_wall']:+.1%} / "
                                                f"{figures['summary_overhead_wall']:+.1%}"),
        (f"spread of {figures['overhead_rounds']} jsonl runs, CPU", f"{figures['jsonl_run_spread']:.1%}"),
    ]
    rows += [(f"writing {name}, share of extraction", f"{share:.2%}") for name, share in figures["write_share"].items()]
    rows += [(f"time share: {name}", f"{share:.1%}") for name, share in figures["time_share"].items()]
    width = max(len(r[0]) for r in rows)
    for name, value in rows:
        print(f"  {name:<{width}}  {value:>10}")


if __name__ == "__main__":
    main()
