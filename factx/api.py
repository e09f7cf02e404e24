"""The Python API: `extract` for one article, `extract_batch` as a partition function."""

from __future__ import annotations


def _as_date(value):
    from datetime import date

    from .reader import parse_published

    if value is None or isinstance(value, date):
        return value
    return parse_published(value)


def extract(text: str, published=None, *, id: str = "text", title: str | None = None, model: str | None = None,
            reference_date=None, include_text: bool = False, context: bool = False, language: str = "auto"):
    """Facts from one article's text, as a typed `Record` (`.to_dict()` gives the JSON form).

    `published` (a date or "YYYY-MM-DD") anchors relative dates; without it factx falls back on
    `reference_date`, then on a date line near the top of the text. Every fact has its `sentence`
    offsets; `context` adds the sentence's words (`sentence_text`). A text in another language gets
    no facts and a note, unless `language="en"` says to read it as English.
    """
    from .pipeline import Failure, Pipeline
    from .reader import Article

    article = Article(id=id, text=text, input=id, title=title, published=_as_date(published),
                      published_source="input" if published is not None else None)
    pipeline = Pipeline(model, _as_date(reference_date), include_text, context, language)
    outcome = next(iter(pipeline.process([article])))
    if isinstance(outcome, Failure):
        raise RuntimeError(outcome.message)
    return outcome


def extract_batch(records, model: str | None = None, reference_date=None, include_text: bool = False,
                  context: bool = False, language: str = "auto") -> list[dict]:
    """A partition function: dicts with `text` (and optional `id`, `title`, `published`) in, JSON dicts out.

    Works as `dask.bag.map_partitions(factx.extract_batch)`; the model loads once per process.
    A record that cannot be used comes back as `{"id": ..., "error": {...}}`, in its place.
    """
    import json

    from .formats import outcome_dict
    from .pipeline import run
    from .reader import read_jsonl_lines

    lines = (json.dumps(r) if not isinstance(r, str) else r for r in records)
    items = read_jsonl_lines(lines, "batch")
    outcomes = run(items, model, _as_date(reference_date), jobs=1, include_text=include_text, context=context,
                   language=language)
    return [outcome_dict(o) for o in outcomes]
