"""The `factx` command: a thin Typer layer over the library.

Data goes to stdout only; diagnostics, progress and errors go to stderr. Exit codes: 0 all good,
1 some input failed (the rest were still processed), 2 usage error. spaCy is imported only by the
commands that need it, so `factx --help` and `factx --version` answer at once.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Iterable, Iterator, List, Optional

import typer

from . import __version__, registry, tables

app = typer.Typer(
    name="factx",
    no_args_is_help=True,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,  # plain click help: rich's help renderer costs 0.15 s at every start
    pretty_exceptions_enable=False,
)


class OutputFormat(str, Enum):
    auto = "auto"
    json = "json"
    jsonl = "jsonl"
    table = "table"
    csv = "csv"
    tsv = "tsv"
    html = "html"


class SummaryFormat(str, Enum):
    auto = "auto"
    table = "table"
    json = "json"


# --facts: the registered kinds, the further lists (`events`), then `totals` (one row per article)
FactKind = Enum("FactKind", {name: name for name in tables.choices()}, type=str)
SHEETS = ("csv", "tsv")  # the formats of one row per fact, which need --facts


class LanguageChoice(str, Enum):
    auto = "auto"
    en = "en"


class EvalKind(str, Enum):
    dates = "dates"
    quotes = "quotes"
    casualties = "casualties"
    entities = "entities"


class Baseline(str, Enum):
    spacy = "spacy"


class FiguresFormat(str, Enum):
    table = "table"
    json = "json"


def _stderr():
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def fail_usage(message: str) -> None:
    """A usage error: one line on stderr, exit code 2."""
    _stderr().print(f"factx: error: {message}", markup=False)
    raise typer.Exit(2)


def _parse_date_option(value: Optional[str]):
    if value is None:
        return None
    from .reader import parse_published

    try:
        return parse_published(value)
    except ValueError:
        fail_usage(f"--reference-date must be YYYY-MM-DD, not {value!r}")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factx {__version__}")
        raise typer.Exit()


# Set by the root option --debug: internal errors show their traceback.
DEBUG = {"on": False}


@app.callback()
def root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
    debug: bool = typer.Option(
        False, "--debug", envvar="FACTX_DEBUG",
        help="Print the traceback of an internal error, and of each article whose extraction failed.",
    ),
) -> None:
    """Verifiable facts from news articles (entities, dates, casualties, quotes), as JSON with offsets.

    Examples:

    \b
      factx extract article.txt
      factx extract corpus/ --format jsonl | jq .casualty_totals
      cat articles.jsonl | factx extract --format jsonl -o out/
      factx check fixtures/

    Exit codes: 0 all good, 1 some input failed (the rest were processed), 2 usage error.
    """
    DEBUG["on"] = debug


class Reporter:
    """Counts outcomes, prints each failed input as one line on stderr, drives the progress bar.

    The bar shows only when stderr is a terminal and stdout is not: output on the same terminal
    would share lines with the bar (and a table arriving panel by panel shows the progress itself).
    A command whose output comes only at the end (`summary`) passes `streams=False`: the bar is
    gone by then.
    """

    def __init__(self, quiet: bool, progress: bool, streams: bool = True):
        self._console = None
        self.quiet = quiet
        self.failed = 0
        self.done = 0
        self.progress = None
        self.started = time.perf_counter()
        if progress and not quiet and sys.stderr.isatty() and not (streams and sys.stdout.isatty()):
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            self.progress = Progress(SpinnerColumn(), TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                                     TimeElapsedColumn(), console=self.console, transient=True)
            self.task = self.progress.add_task("extract", total=None)

    def expect(self, inputs: List[str]) -> None:
        """Give the bar its total (and an ETA) when the inputs' article count is cheap to know."""
        if not self.progress:
            return
        from rich.progress import TimeRemainingColumn

        from .progress import expected_articles

        total = expected_articles(inputs)
        if total is not None:
            self.progress.columns = (*self.progress.columns, TimeRemainingColumn())
            self.progress.update(self.task, total=total)

    @property
    def console(self):
        """rich's stderr console, made on first use: a clean run that is not on a terminal never needs it."""
        if self._console is None:
            self._console = _stderr()
        return self._console

    def watch(self, outcomes: Iterable) -> Iterator:
        from .formats import is_error

        if self.progress:
            self.progress.start()
        try:
            for outcome in outcomes:
                self.done += 1
                if is_error(outcome):
                    self.failed += 1
                    self.console.print(f"factx: {outcome.input}: {outcome.message}", markup=False, style="red")
                    if DEBUG["on"] and getattr(outcome, "detail", None):
                        self.console.print(outcome.detail.rstrip(), markup=False, highlight=False)
                if self.progress:
                    self.progress.advance(self.task)
                yield outcome
        finally:
            if self.progress:
                self.progress.stop()

    def finish(self, many: bool) -> None:
        """The run's last line on stderr (not with --quiet): for several inputs always, with the
        articles read, the inputs that failed and the seconds taken; for one, only if it failed."""
        if self.quiet:
            return
        style = "red" if self.failed else None
        if many:
            seconds = time.perf_counter() - self.started
            read = self.done - self.failed
            line = f"factx: {read} article{'' if read == 1 else 's'} read, {self.failed} failed, {seconds:.1f} s"
            self.console.print(line, style=style, markup=False)
        elif self.failed:
            self.console.print(f"factx: {self.failed} of {self.done} inputs failed", style=style, markup=False)


def _many_articles(inputs: List[str]) -> bool:
    """Whether the inputs name several articles (folders, JSON Lines files or stdin, several paths):
    worth workers and a progress bar."""
    if len(inputs) > 1:
        return True
    if inputs == ["-"]:
        from .progress import starts_like_jsonl

        return starts_like_jsonl(sys.stdin.buffer)
    return any(Path(i).is_dir() or i.lower().endswith(".jsonl") for i in inputs)


def _peek_single(outcomes: Iterator) -> tuple[bool, Iterator]:
    """Whether the stream holds exactly one outcome, and the stream itself, unconsumed."""
    import itertools

    head = list(itertools.islice(outcomes, 2))
    return len(head) == 1, itertools.chain(head, outcomes)


@app.command()
def extract(
    inputs: Optional[List[str]] = typer.Argument(
        None, metavar="INPUT", help="Files, folders (walked for *.txt, *.md, *.jsonl, *.html) or - for stdin."
    ),
    format: OutputFormat = typer.Option(
        OutputFormat.auto, "--format", "-f",
        help="auto: by the -o file's extension (.json, .jsonl, .csv, .html); else a table on a terminal (JSON "
             "with --include-text); else json for one article and jsonl for several. html: the articles with "
             "their facts marked, one self-contained page (keeps the text).",
    ),
    facts: Optional[FactKind] = typer.Option(
        None, "--facts", help="CSV and TSV output only: which facts, one row each (events: one row per event; totals: one row per article)."
    ),
    output: Optional[str] = typer.Option(
        None, "--output", "-o", metavar="PATH",
        help="Write to this file (whole when the run ends; on Ctrl-C to FILE.partial), or to this folder "
             "(an existing one, or a path ending in /): one <id>.json per article (html: one <id>.html per "
             "article and index.html).",
    ),
    reference_date: Optional[str] = typer.Option(
        None, "--reference-date", metavar="YYYY-MM-DD", help="Publication date for articles that carry none."
    ),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy model package (default: $FACTX_MODEL, then en_core_web_sm)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: all cores for many articles)."),
    include_text: bool = typer.Option(False, "--include-text", help="Add the article text to each record."),
    context: bool = typer.Option(
        False, "--context", help="Add each fact's sentence (sentence_text) to JSON, JSON Lines, CSV and TSV output."
    ),
    language: LanguageChoice = typer.Option(
        LanguageChoice.auto, "--language",
        help="auto: texts in another language get no facts (and a note); en: read every text as English.",
    ),
    max_bytes: int = typer.Option(50 * 1024 * 1024, "--max-bytes", min=1, help="Refuse input files larger than this."),
    hidden: bool = typer.Option(False, "--hidden", help="In folders, read hidden files and folders too (names with a leading dot)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar; errors still go to stderr."),
) -> None:
    """Extract facts from articles and write them as JSON, JSON Lines, CSV, a table or an HTML page.

    Examples:

    \b
      factx extract fixtures/seed-airstrike.txt --format json
      factx extract corpus/ --format jsonl --jobs 2 > facts.jsonl
      factx extract news.jsonl --format csv --facts quotes > quotes.csv
      factx extract corpus/ -o view.html        # the articles with their facts marked
    """
    inputs = _inputs_or_stdin(inputs, "extract")
    target = plan_output(format, output, facts, include_text, context)
    run = ArticleRun(inputs, reference_date, model, jobs, max_bytes, quiet, hidden=hidden, language=language.value)
    reporter = run.reporter()
    outcomes = run.outcomes(reporter, include_text=include_text or target.format == "html", context=context)
    try:
        write_output(outcomes, target)
    except BrokenPipeError:
        # The reader went away (`factx ... | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0) from None
    except KeyboardInterrupt:
        reporter.console.print(_interrupted_message(target), style="yellow", markup=False)
        raise typer.Exit(130) from None
    _close_run(reporter, run)
    if reporter.failed:
        raise typer.Exit(1)


@app.command()
def summary(
    inputs: Optional[List[str]] = typer.Argument(
        None, metavar="INPUT", help="Files, folders (walked for *.txt, *.md, *.jsonl, *.html) or - for stdin."
    ),
    format: SummaryFormat = typer.Option(
        SummaryFormat.auto, "--format", "-f", help="auto: tables on a terminal, JSON otherwise."
    ),
    top: int = typer.Option(10, "--top", min=1, help="How many speakers and names to list."),
    reference_date: Optional[str] = typer.Option(
        None, "--reference-date", metavar="YYYY-MM-DD", help="Publication date for articles that carry none."
    ),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy model package (default: $FACTX_MODEL, then en_core_web_sm)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: all cores for many articles)."),
    max_bytes: int = typer.Option(50 * 1024 * 1024, "--max-bytes", min=1, help="Refuse input files larger than this."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar; errors still go to stderr."),
) -> None:
    """What many articles say together: articles read and failed, casualty totals, the most quoted
    speakers, the most named entities, the span of dates and the articles with the most facts.

    Examples:

    \b
      factx summary corpus/
      factx summary news.jsonl --format json | jq .casualty_totals
    """
    from .formats import dumps, outcome_dict
    from .summary import render_summary, summarise

    run = ArticleRun(_inputs_or_stdin(inputs, "summary"), reference_date, model, jobs, max_bytes, quiet)
    reporter = run.reporter(streams=False)
    try:
        figures = summarise((outcome_dict(o) for o in run.outcomes(reporter)), top=top)
    except KeyboardInterrupt:
        reporter.console.print("factx: interrupted", style="yellow")
        raise typer.Exit(130) from None
    as_table = format is SummaryFormat.table or (format is SummaryFormat.auto and sys.stdout.isatty())
    if as_table:
        from rich.console import Console

        render_summary(figures, Console())
    else:
        typer.echo(dumps(figures, indent=2))
    if reporter.failed:
        raise typer.Exit(1)


def _inputs_or_stdin(inputs: Optional[List[str]], command: str) -> List[str]:
    """The inputs given, else `-` when stdin is a pipe; a usage error on a terminal with none."""
    inputs = list(inputs or [])
    if not inputs:
        if sys.stdin.isatty():
            fail_usage(f"no input: give files, folders, or - to read standard input (see factx {command} --help)")
        inputs = ["-"]
    return inputs


@dataclass
class ArticleRun:
    """The options every command that reads articles shares, checked before any article is read."""

    inputs: List[str]
    reference_date: Optional[str]
    model: Optional[str]
    jobs: Optional[int]
    max_bytes: int
    quiet: bool
    hidden: bool = False  # read hidden entries of folders too
    language: str = "auto"  # "en": read every text as English

    def __post_init__(self):
        from .pipeline import ModelNotFound, resolve_model_name

        self.reference = _parse_date_option(self.reference_date)
        try:
            resolve_model_name(self.model)
        except ModelNotFound as exc:
            fail_usage(str(exc))
        self.many = _many_articles(self.inputs)
        self.workers = self.jobs or (os.cpu_count() or 1 if self.many else 1)
        from .reader import Skipped

        self.skipped = Skipped()  # what folders held that was left out, for the closing line

    def reporter(self, streams: bool = True) -> Reporter:
        reporter = Reporter(self.quiet, progress=self.many, streams=streams)
        reporter.expect(self.inputs)
        return reporter

    def outcomes(self, reporter: Reporter, include_text: bool = False, context: bool = False) -> Iterator:
        """Records and errors in input order, counted and reported as they pass."""
        from .pipeline import run
        from .reader import read_inputs

        items = read_inputs(self.inputs, max_bytes=self.max_bytes, hidden=self.hidden, skipped=self.skipped)
        return reporter.watch(run(items, model=self.model, reference_date=self.reference, jobs=self.workers,
                                  include_text=include_text, context=context, language=self.language))


# What `--format auto` writes to a file, by its name; any other name gets auto's stream choice.
SUFFIX_FORMATS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv", ".html": "html", ".htm": "html"}
FOLDER_FORMATS = {"json": "one <id>.json per article", "html": "one <id>.html per article and index.html"}
STREAM = "json or jsonl"  # auto on a pipe: one JSON object for one article, JSON Lines for several


@dataclass(frozen=True)
class OutputTarget:
    """Where the records go and in which format, settled (and checked) before any article is read."""

    format: str  # json, jsonl, csv, tsv, table, or STREAM
    file: Optional[Path] = None  # None: stdout
    folder: Optional[Path] = None  # one file per article (FOLDER_FORMATS)
    facts: Optional[str] = None  # the kind of fact a CSV lists
    context: bool = False  # a CSV has the sentence_text column


def _resolved_format(format: OutputFormat, output: Optional[str], to_folder: bool, wants_text: bool) -> str:
    if format is not OutputFormat.auto:
        return format.value
    if to_folder:
        return "json"
    if output is not None:
        return SUFFIX_FORMATS.get(Path(output).suffix.lower(), STREAM)
    if sys.stdout.isatty():
        return "json" if wants_text else "table"  # a table cannot show the text (or sentences) asked for
    return STREAM


def _refuse_ignored(chosen: str, facts, include_text: bool, output: Optional[str], to_folder: bool) -> None:
    """A usage error for an option the chosen output would ignore."""
    if chosen in SHEETS and facts is None:
        fail_usage(f"{chosen.upper()} output needs --facts {'|'.join(FactKind.__members__)} (one row per fact of "
                   f"that kind, or per article)")
    if facts is not None and chosen not in SHEETS:
        fail_usage("--facts applies only to CSV and TSV output (--format csv|tsv, or -o FILE.csv|FILE.tsv)")
    if to_folder and chosen not in FOLDER_FORMATS:
        fail_usage(f"-o {output}: a folder gets one JSON or HTML file per article, so --format {chosen} cannot "
                   f"apply (to write one {chosen} file, give -o FILE)")
    if include_text and chosen in (*SHEETS, "table"):
        fail_usage(f"--include-text applies only to JSON output, not to --format {chosen}")


def plan_output(format: OutputFormat, output: Optional[str], facts, include_text: bool,
                context: bool = False) -> OutputTarget:
    """The output target; a usage error (exit 2) for any option that would be ignored and for an
    output path whose folder does not exist."""
    to_folder = output is not None and (os.path.isdir(output) or output.endswith((os.sep, "/")))
    chosen = _resolved_format(format, output, to_folder, include_text or context)
    _refuse_ignored(chosen, facts, include_text, output, to_folder)
    if context and (chosen in ("table", "html") or (facts is not None and facts.value == "totals")):
        shown = "--facts totals" if chosen in SHEETS else f"--format {chosen}"
        fail_usage(f"--context adds each fact's sentence, which {shown} does not show")
    kind = facts.value if facts is not None else None
    if output is None:
        return OutputTarget(chosen, facts=kind, context=context)
    path = Path(output)
    if not path.parent.is_dir():
        fail_usage(f"-o {output}: there is no folder {path.parent}")
    where = {"folder": path} if to_folder else {"file": path}
    return OutputTarget(chosen, facts=kind, context=context, **where)


def write_output(outcomes: Iterable, target: OutputTarget) -> None:
    """Write the outcomes as the target says, streaming; a file appears whole only when the run ends."""
    from .formats import atomic_output, outcome_dict, write_csv, write_folder, write_json, write_jsonl, write_table

    if target.format == "html":
        from .view import write_html, write_html_folder

        records = (outcome_dict(o) for o in outcomes)
        if target.folder is not None:
            write_html_folder(records, target.folder)
            return
        with atomic_output(target.file) if target.file is not None else _stdout() as out:
            write_html(records, out)
        return
    if target.folder is not None:
        write_folder(outcomes, target.folder)
        return
    with atomic_output(target.file) if target.file is not None else _stdout() as out:
        if target.format == "table":
            from rich.console import Console

            write_table(outcomes, Console(file=out, soft_wrap=False))
        elif target.format in SHEETS:
            write_csv(outcomes, out, target.facts, tabs=target.format == "tsv", context=target.context)
        elif target.format == "jsonl":
            write_jsonl(outcomes, out)
        else:
            single, outcomes = _peek_single(outcomes)
            if target.format == STREAM and not single:
                write_jsonl(outcomes, out)
            else:
                write_json(outcomes, out, single=single)


def _interrupted_message(target: OutputTarget) -> str:
    from .formats import partial_path

    if target.file is None:
        return "factx: interrupted"
    return f"factx: interrupted; {target.file} is left as it was, the records so far are in {partial_path(target.file)}"


def _close_run(reporter: Reporter, run: ArticleRun) -> None:
    """The closing lines on stderr: what folders held that was skipped and why, the run's own last
    line, and a run that found no article at all (exit 1: nothing was done)."""
    from .reader import FOLDER_SUFFIXES

    if run.skipped and not reporter.quiet:
        reporter.console.print(f"factx: {run.skipped.summary()}", markup=False)
    reporter.finish(run.many)
    if reporter.done == 0:
        reporter.console.print(f"factx: no article found in {', '.join(run.inputs)} (folders are read for "
                               f"{', '.join('*' + s for s in FOLDER_SUFFIXES)})", markup=False, style="red")
        raise typer.Exit(1)


class _stdout:
    """stdout as a context manager that is flushed, never closed."""

    def __enter__(self):
        return sys.stdout

    def __exit__(self, *exc):
        sys.stdout.flush()
        return False


CHECK_WORDS = {"error": "errors"}  # a status as the closing line counts it


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    junit = "junit"


@app.command()
def check(
    folder: Path = typer.Argument(Path("fixtures"), help="Folder of NAME.txt articles with NAME.expected.json beside them."),
    update: bool = typer.Option(False, "--update", help="Write each article's expected file (new ones too) with what factx finds now."),
    strict: bool = typer.Option(False, "--strict", help="Fail (exit 1) for an article with no expected file, too."),
    format: CheckFormat = typer.Option(
        CheckFormat.text, "--format", "-f",
        help="text: the diff of each change; json: every case and the counts; junit: JUnit XML for CI systems.",
    ),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE", help="Write the report to this file."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy model package."),
) -> None:
    """Re-extract fixture articles and compare their facts with the expected files (exit 1 on any change).

    Example:

    \b
      factx check fixtures/                            # in CI
      factx check fixtures/ --strict -f junit -o check.xml   # JUnit XML for the CI's test report
      factx check fixtures/ --update                   # accept what factx finds now
    """
    from .check import check_folder, counts

    if not folder.is_dir():
        fail_usage(f"{folder}: not a folder")
    if output is not None and not output.parent.is_dir():
        fail_usage(f"-o {output}: there is no folder {output.parent}")
    console = _stderr()
    results = []
    for result in check_folder(folder, update=update, model=model):
        results.append(result)
        _print_case(result, console, strict, show_diff=format is CheckFormat.text and output is None)
    if not results:
        fail_usage(f"{folder}: no article (NAME.txt, .md or .html) to check")
    _write_check_report(results, folder, strict, format, output)
    tally = counts(results)
    console.print(f"{len(results)} fixtures: " + ", ".join(f"{n} {CHECK_WORDS.get(status, status)}"
                                                          for status, n in tally.items()))
    if any(result.failed(strict) for result in results):
        raise typer.Exit(1)


def _print_case(result, console, strict: bool, show_diff: bool) -> None:
    """One line on stderr for a case that is not plainly the same; the diff on stdout in the text report."""
    if result.status == "changed":
        console.print(f"changed: {result.name}", style="yellow", markup=False)
        if show_diff:
            sys.stdout.write(result.diff)
    elif result.status == "error":
        console.print(f"factx: {result.name}: {result.diff}", style="red", markup=False)
    elif result.status == "updated":
        console.print(f"updated: {result.name}", markup=False)
    elif result.status == "missing":
        console.print(f"missing: {result.name}: {result.diff}", style="red" if strict else "yellow", markup=False)


def _write_check_report(results: list, folder: Path, strict: bool, format: CheckFormat, output: Optional[Path]) -> None:
    """The report to stdout or -o FILE (written whole); the text report to stdout is the diffs, already shown."""
    from .check import report_json, report_junit
    from .formats import atomic_write, dumps

    if format is CheckFormat.json:
        report = dumps(report_json(results, folder, strict), indent=2) + "\n"
    elif format is CheckFormat.junit:
        report = report_junit(results, folder, strict)
    elif output is not None:
        report = "".join(result.diff for result in results if result.status == "changed")
    else:
        return
    if output is None:
        sys.stdout.write(report)
    else:
        atomic_write(output, report)


@app.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of one output record.

    Example:

    \b
      factx schema > factx-record.schema.json
    """
    from .formats import dumps

    typer.echo(dumps(registry.record_schema(), indent=2))


@app.command("eval")
def evaluate_command(
    kind: EvalKind = typer.Argument(..., help="Which facts to score."),
    gold: Path = typer.Argument(..., help="Annotated JSON Lines file (the format of shared/data/README.md)."),
    format: FiguresFormat = typer.Option(FiguresFormat.table, "--format", "-f", help="table or json."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy model package."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Write every error found to this JSON Lines file."),
    baseline: Optional[Baseline] = typer.Option(
        None, "--baseline", help="Score bare spaCy's doc.ents instead of factx (entities only), for comparison."
    ),
) -> None:
    """Score factx on an annotated file with the team's rules and print the figures.

    Dates gold with `"exhaustive": false` (test cases) is scored per annotated expression.

    Example:

    \b
      factx eval dates ../shared/data/dates/timebank-aquaint.jsonl
      factx eval entities ../shared/data/entities/conll-dev.jsonl --baseline spacy
    """
    from .evaluate import evaluate
    from .formats import dumps

    if not gold.is_file():
        fail_usage(f"{gold}: no such file")
    if baseline is not None and kind is not EvalKind.entities:
        fail_usage(f"--baseline {baseline.value} scores entities only, not {kind.value}")
    try:
        tally = evaluate(kind.value, str(gold), model=model, jobs=jobs, baseline=baseline and baseline.value)
    except (ValueError, KeyError) as exc:
        fail_usage(f"{gold}: not a gold file for {kind.value} ({exc})")
    figures = tally.figures()
    if errors:
        errors.write_text("".join(dumps(e) + "\n" for e in tally.errors), encoding="utf-8")
    failed = [e for e in tally.errors if e.get("error") == "failed"]
    for failure in failed:
        typer.echo(f"factx: {gold}: article {failure['id']}: {failure['message']}", err=True)
    scored = {"baseline": baseline.value} if baseline else {}
    if format is FiguresFormat.json:
        typer.echo(dumps({"kind": kind.value, "gold": str(gold), **scored, **figures}, indent=2))
        raise typer.Exit(1 if failed else 0)
    from rich.console import Console

    console = Console()
    title = f"factx eval {kind.value}: {gold}" + (" (baseline: bare spaCy, doc.ents)" if baseline else "")
    console.print(title, markup=False, highlight=False, soft_wrap=True)
    for table in _figure_tables(figures):
        console.print(table)
    if failed:
        raise typer.Exit(1)


def _figure_tables(figures: dict) -> list:
    """One measure/value table, then one table per breakdown (a dict of rows, such as figures by kind)."""
    from rich.table import Table

    def cell(value) -> str:
        return f"{value:.3f}" if isinstance(value, float) else str(value)

    main = Table(show_header=True)
    main.add_column("measure")
    main.add_column("value", justify="right")
    tables = [main]
    for name, value in figures.items():
        if not isinstance(value, dict):
            main.add_row(name, cell(value))
            continue
        columns = list(next(iter(value.values()), {}))
        breakdown = Table(show_header=True, title=name)
        breakdown.add_column(name.rpartition("by_")[2] or name)
        for column in columns:
            breakdown.add_column(column, justify="right")
        for row, row_figures in value.items():
            breakdown.add_row(row, *(cell(row_figures[c]) for c in columns))
        tables.append(breakdown)
    return tables


def main() -> None:
    """Entry point: Typer's usage errors already exit 2; anything else unexpected is one line, exit 1
    (after its traceback with --debug).

    Once the output is flushed a run without worker processes ends with `os._exit`: tearing down the
    loaded spaCy pipeline at interpreter exit costs about 0.1 s, a tenth of a one-article run, and by
    then every file is closed and every temporary file renamed or removed. A run that used workers
    exits normally, so multiprocessing can release its semaphores.
    """
    try:
        app()
        code = 0
    except SystemExit as exc:
        code = exc.code
    except KeyboardInterrupt:
        code = 130
    except Exception as exc:  # a bug, never a user's mistake: one line that can be reported, not a traceback
        if DEBUG["on"]:
            import traceback

            traceback.print_exc(file=sys.stderr)
        hint = "" if DEBUG["on"] else " (factx --debug COMMAND ... prints the traceback)"
        sys.stderr.write(f"factx: internal error: {type(exc).__name__}: {exc}{hint}\n")
        code = 1
    if isinstance(code, str):
        sys.stderr.write(code + "\n")
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):  # the reader went away, or the stream is closed
            pass
    if "multiprocessing.pool" in sys.modules:
        sys.exit(code)
    os._exit(code or 0)
