"""Matchers built once per spaCy vocabulary: the one cache the extractors share.

A matcher holds its Vocab, so it serves only Docs of that Vocab; keyed by `id(vocab)` alone a cache
could hand a dead Vocab's matcher to a new one that got the same id, so the entry keeps its Vocab and
is built again when that is not the one asked for.
"""

from __future__ import annotations

from typing import Callable, Hashable, TypeVar

Built = TypeVar("Built")


def built_for(cache: dict, vocab, build: Callable[[], Built], key: Hashable = ()) -> Built:
    """`build()` for this vocab (and `key`, what else the built thing depends on), made once."""
    entry = cache.get((id(vocab), key))
    if entry is None or entry[0] is not vocab:
        entry = cache[(id(vocab), key)] = (vocab, build())
    return entry[1]
