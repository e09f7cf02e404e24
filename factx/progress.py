"""What the progress bar needs to know before a run: how many articles the inputs hold, when that
is cheap to find out, and whether standard input is JSON Lines (many articles: worth workers).

Counting walks the folders as the reader does and counts the non-blank lines of JSON Lines files,
one outcome each; a text or HTML file is one. It is done only for a bar that shows, and gives up
(no total, the bar still runs) on standard input, which can be read only once, and past
COUNT_BYTES of JSON Lines, about a second of reading.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Iterable, Optional

from .reader import JSONL_SUFFIXES, InputError, walk_folder

COUNT_BYTES = 256 * 1024 * 1024


class _TooDear(Exception):
    """The count would cost more than it is worth."""


def _lines(path: Path, budget: list[int]) -> int:
    """Non-blank lines of a JSON Lines file (each is an article or an error in its place)."""
    try:
        size = path.stat().st_size
        if size > budget[0]:
            raise _TooDear
        budget[0] -= size
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1  # the reader will report it: one error


def _file(path: Path, budget: list[int]) -> int:
    return _lines(path, budget) if path.suffix.lower() in JSONL_SUFFIXES and path.is_file() else 1


def expected_articles(inputs: Iterable[str]) -> Optional[int]:
    """How many outcomes (articles and errors) the inputs will give; None when it is not cheap to know."""
    budget = [COUNT_BYTES]
    total = 0
    try:
        for given in inputs:
            if given == "-":
                return None
            path = Path(given)
            if path.is_dir():
                for entry in walk_folder(path, given):
                    total += 1 if isinstance(entry, InputError) else _file(entry[0], budget)
            else:
                total += _file(path, budget) if path.exists() else 1
    except _TooDear:
        return None
    return total


def starts_like_jsonl(stream: IO[bytes]) -> bool:
    """Whether a byte stream's first non-blank character is `{`, looked at without consuming it
    (a buffered stream's peek, or a seekable one read and rewound); False when neither can be done."""
    try:
        if hasattr(stream, "peek"):
            head = stream.peek(256)
        elif stream.seekable():
            where = stream.tell()
            head = stream.read(256)
            stream.seek(where)
        else:
            return False
    except (OSError, ValueError):
        return False
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")
