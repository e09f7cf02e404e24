"""Inputs to articles: files, folders, JSON Lines and stdin, each decoded carefully.

Reading never raises for a user's mistake: every input that cannot be used becomes an
`InputError` in its place in the stream, so the run goes on and the caller reports it.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional, Union

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl",)
HTML_SUFFIXES = (".html", ".htm")
FOLDER_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(slots=True)
class Article:
    """One article's text and what the input said about it."""

    id: str
    text: str
    input: str  # how to name this input in a message: a path, `path:line`, or `stdin`
    path: Optional[str] = None
    title: Optional[str] = None
    published: Optional[date] = None
    published_source: Optional[str] = None  # "input" or "html" when `published` is set
    encoding: Optional[str] = None


@dataclass(slots=True)
class InputError:
    """An input that could not be read, with a one-line reason."""

    input: str
    message: str
    id: Optional[str] = None


Item = Union[Article, InputError]


class BinaryInput(ValueError):
    """The bytes are not text in any encoding we can tell."""


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding used: a BOM, else UTF-8, else the charset the document declares (when
    it decodes with few errors), else mostly-UTF-8 with a few stray bytes replaced, else a legacy
    code page (Windows-1252 when clean, then charset-normalizer's guess).

    A page that declares UTF-8 and has three stray bytes is UTF-8 with three U+FFFD, never the whole
    page read in a wrong code page ("schön" as "schÃ¶n").
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    for bom, name in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[2:].decode(name, errors="replace"), "utf-16"
    if b"\x00" in data[:8192]:
        raise BinaryInput("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for reading in (_as_declared(data), _as_mostly_utf8(data)):
        if reading is not None:
            return reading
    return _as_legacy(data)


# <meta charset="...">, <meta http-equiv="Content-Type" content="text/html; charset=...">, <?xml encoding="..."?>
_DECLARED = (
    re.compile(rb"<meta[^>]{0,400}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{2,40})", re.IGNORECASE),
    re.compile(rb"^\s*<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9._:-]{2,40})[\"']", re.IGNORECASE),
)
DECLARED_SCAN_BYTES = 16_384  # a page's head, where the declaration must be
FEW_ERRORS = 0.01  # undecodable bytes per character under which a declared charset wins,
FEW_ERRORS_AT_LEAST = 3  # or this many in a short page
UTF8_PER_ERROR = 2  # multi-byte UTF-8 characters per stray byte for a text to be UTF-8 all the same
# As browsers read them (WHATWG Encoding): these labels mean Windows-1252, and a UTF-16 label in a
# document that an ASCII pattern could read cannot be true.
_LABEL_MEANS = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252", "utf-16": "utf-8",
                "utf-16-le": "utf-8", "utf-16-be": "utf-8"}


def declared_charset(data: bytes) -> Optional[str]:
    """The codec a document's head declares (Python's name for it), or None."""
    import codecs

    head = data[:DECLARED_SCAN_BYTES]
    for pattern in _DECLARED:
        found = pattern.search(head)
        if found:
            try:
                name = codecs.lookup(found.group(1).decode("ascii")).name
            except (LookupError, UnicodeDecodeError):
                continue
            return _LABEL_MEANS.get(name, name)
    return None


def _errors(text: str, data: bytes) -> int:
    """Replacement characters the decoding made (those already in the bytes as UTF-8 aside)."""
    return text.count("\ufffd") - data.count(b"\xef\xbf\xbd")


def _as_declared(data: bytes) -> Optional[tuple[str, str]]:
    codec = declared_charset(data)
    if codec is None:
        return None
    try:
        text = data.decode(codec, errors="replace")
    except (LookupError, UnicodeError):  # a codec Python has but cannot decode with (a stateful one)
        return None
    if _errors(text, data) > max(FEW_ERRORS * len(text), FEW_ERRORS_AT_LEAST) or _too_many_controls(text):
        return None
    return text, codec


def _as_mostly_utf8(data: bytes) -> Optional[tuple[str, str]]:
    """UTF-8 with a few stray bytes: its multi-byte characters far outnumber the bytes that fail
    (in a legacy code page, a byte pair that is valid UTF-8 is a rare accident, as in random bytes)."""
    text = data.decode("utf-8", errors="replace")
    errors = _errors(text, data)
    non_ascii = len(text) - len(text.encode("ascii", "ignore")) - errors
    if non_ascii >= UTF8_PER_ERROR * errors:
        return text, "utf-8"
    return None


def _as_legacy(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    # News in a legacy encoding is overwhelmingly Windows-1252 (curly quotes as 0x93/0x94), and the
    # detector alone often names a DOS or Baltic code page for short English text: keep cp1252
    # whenever it decodes and charset-normalizer's own mess measure finds it clean.
    try:
        text = data.decode("cp1252")
        if mess_ratio(text) < 0.1 and not _too_many_controls(text):
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise BinaryInput("binary file, not text in any known encoding")
    text = data.decode(best.encoding, errors="replace")
    if _too_many_controls(text):
        raise BinaryInput("binary file, not text")
    return text, best.encoding


def _too_many_controls(text: str) -> bool:
    sample = text[:4096]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return control > len(sample) * 0.05


def parse_published(value) -> Optional[date]:
    """YYYY-MM-DD (a longer ISO timestamp is cut to its date); None for null or empty.

    Feeds and scrapers often write other forms ("Thu, 25 Feb 2021 10:00:00 GMT", "February 25, 2021"):
    dateparser reads those when the month is a word and day, month and year are all written, as an
    absolute date. Numeric forms other than ISO ("02/03/2021") are refused: day and month order is a guess.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"'published' must be a YYYY-MM-DD string, not {type(value).__name__}")
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        pass
    parsed = None
    if any(ch.isalpha() for ch in value):
        import dateparser  # only for the rare non-ISO date: its import and language data cost time

        parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True, "PARSERS": ["absolute-time"]})
    if parsed is None:
        raise ValueError(f"'published' is not a YYYY-MM-DD date (or one with the month in words): {value!r}")
    return parsed.date()


def _jsonl_article(line: str, where: str, default_id: str) -> Item:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return InputError(where, "a JSON Lines article must be an object with a 'text' key")
    ident = obj.get("id")
    ident = default_id if ident is None else str(ident)
    text = obj.get("text")
    if not isinstance(text, str):
        return InputError(where, "no 'text' string in this JSON object", ident)
    title = obj.get("title")
    try:
        published = parse_published(obj.get("published"))
    except ValueError as exc:
        return InputError(where, str(exc), ident)
    return Article(
        id=ident,
        text=text,
        input=where,
        path=None if where.startswith("stdin") else where.rsplit(":", 1)[0],
        title=title if isinstance(title, str) else None,
        published=published,
        published_source="input" if published else None,
    )


def read_jsonl_lines(lines: Iterable[str], name: str) -> Iterator[Item]:
    """One article per non-blank line; a bad line is an error in its place, the rest go on."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        yield _jsonl_article(line, where, default_id=where)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise ValueError(f"file is {size:,} bytes, over the limit of {max_bytes:,} (see --max-bytes)")
    return path.read_bytes()


def read_jsonl_file(path: Path, shown: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """A JSON Lines file streamed line by line (memory flat however long); the size limit is per line."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(shown, exc.strerror or str(exc))
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            where = f"{shown}:{number}"
            if len(raw) > max_bytes:
                yield InputError(where, f"line is {len(raw):,} bytes, over the limit of {max_bytes:,} (see --max-bytes)")
                continue
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                yield InputError(where, "not UTF-8 (JSON Lines must be UTF-8)")
                continue
            yield _jsonl_article(line, where, default_id=where)


def read_file(path: Path, shown: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """A text, HTML or JSON Lines file as articles; any failure is one InputError naming the file."""
    if path.suffix.lower() in JSONL_SUFFIXES and path.is_file():
        yield from read_jsonl_file(path, shown, max_bytes)
        return
    try:
        data = _read_bytes(path, max_bytes)
        text, encoding = decode(data)
    except FileNotFoundError:
        yield InputError(shown, "no such file or folder")
        return
    except IsADirectoryError:
        yield InputError(shown, "is a folder")
        return
    except PermissionError:
        yield InputError(shown, "permission denied")
        return
    except (OSError, ValueError) as exc:
        yield InputError(shown, str(exc) if isinstance(exc, ValueError) else exc.strerror or str(exc))
        return
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        from .html import article_from_html

        yield article_from_html(text, shown, encoding)
    else:
        yield Article(id=shown, text=text, input=shown, path=shown, encoding=encoding)


@dataclass
class Skipped:
    """Folder entries left out on purpose, counted by reason, for the run's closing line."""

    unsupported: dict = field(default_factory=dict)  # suffix (".csv", "no suffix") -> count
    hidden: int = 0
    linked_folders: int = 0  # symbolic links to folders: never followed (out of the tree, or a loop)
    duplicates: int = 0  # another name (a link) for a file already read

    def __bool__(self) -> bool:
        return bool(self.unsupported or self.hidden or self.linked_folders or self.duplicates)

    def summary(self) -> str:
        """One line: what was skipped and why."""
        parts = []
        if self.unsupported:
            kinds = ", ".join(f"{suffix} {count}" for suffix, count in sorted(self.unsupported.items(),
                                                                            key=lambda kv: (-kv[1], kv[0])))
            parts.append(f"{sum(self.unsupported.values())} of a type factx does not read ({kinds})")
        if self.hidden:
            parts.append(f"{self.hidden} hidden (--hidden reads them)")
        if self.linked_folders:
            parts.append(f"{self.linked_folders} linked folder{'s' if self.linked_folders > 1 else ''} "
                         "not followed")
        if self.duplicates:
            parts.append(f"{self.duplicates} link{'s' if self.duplicates > 1 else ''} to a file already read")
        return "skipped in folders: " + "; ".join(parts)

    def unsupported_file(self, name: str) -> None:
        suffix = os.path.splitext(name)[1].lower() or "no suffix"
        self.unsupported[suffix] = self.unsupported.get(suffix, 0) + 1


@dataclass
class _Walk:
    """One folder walk's settings and memory: each real file is read once."""

    hidden: bool
    skipped: Skipped
    seen: set = field(default_factory=set)  # (device, inode) of files yielded


def walk_folder(folder: Path, shown: str, hidden: bool = False, skipped: Optional[Skipped] = None
                ) -> Iterator[Union[tuple[Path, str], InputError]]:
    """Files under `folder` with a known suffix, recursively, in sorted path order, streamed.

    Hidden entries (a leading dot) are skipped unless `hidden`; links to folders are never followed,
    so a walk stays inside the tree and ends (`sub/loop -> ..` reads each file once); a file reached
    again through a link is read once. An entry that cannot be read (a folder without permission, a
    dangling link) is an InputError; the rest left out are counted in `skipped`.
    """
    yield from _walk(folder, shown, _Walk(hidden, skipped if skipped is not None else Skipped()))


def _walk(folder: Path, shown: str, walk: _Walk) -> Iterator[Union[tuple[Path, str], InputError]]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield InputError(shown, f"cannot read folder: {exc.strerror or exc}")
        return
    for entry in entries:
        entry_shown = os.path.join(shown, entry.name)
        if entry.name.startswith(".") and not walk.hidden:
            walk.skipped.hidden += 1
            continue
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
            is_link = entry.is_symlink()
        except OSError as exc:
            yield InputError(entry_shown, f"cannot read folder entry: {exc.strerror or exc}")
            continue
        if is_dir and is_link:
            walk.skipped.linked_folders += 1
        elif is_dir:
            yield from _walk(Path(entry.path), entry_shown, walk)
        elif not entry.name.lower().endswith(FOLDER_SUFFIXES):
            walk.skipped.unsupported_file(entry.name)
        elif not is_file:
            yield InputError(entry_shown, "cannot read folder entry: not a regular file (a broken link?)")
        else:
            yield from _once(entry, entry_shown, walk)


def _once(entry: os.DirEntry, shown: str, walk: _Walk) -> Iterator[Union[tuple[Path, str], InputError]]:
    try:
        status = entry.stat()  # follows a link: the file it names
    except OSError as exc:
        yield InputError(shown, f"cannot read folder entry: {exc.strerror or exc}")
        return
    key = (status.st_dev, status.st_ino)
    if key in walk.seen:
        walk.skipped.duplicates += 1
        return
    walk.seen.add(key)
    yield Path(entry.path), shown


def read_stdin(stream: IO[bytes], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Standard input: JSON Lines when its first non-blank character is `{`, else one text article."""
    head = b""
    for line in stream:  # up to the first non-blank line
        head += line
        if line.strip():
            break
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        lines = (raw.decode("utf-8-sig", errors="replace") for raw in itertools.chain([head], stream))
        yield from read_jsonl_lines(lines, "stdin")
        return
    data = head + stream.read(max_bytes + 1 - len(head))
    if len(data) > max_bytes:
        yield InputError("stdin", f"input is over the limit of {max_bytes:,} bytes (see --max-bytes)")
        return
    try:
        text, encoding = decode(data)
    except BinaryInput as exc:
        yield InputError("stdin", str(exc))
        return
    yield Article(id="stdin", text=text, input="stdin", encoding=encoding)


def read_inputs(inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, stdin: Optional[IO[bytes]] = None,
                hidden: bool = False, skipped: Optional[Skipped] = None) -> Iterator[Item]:
    """Every article named by `inputs` (files, folders, `-`), in order, errors in their place.

    A folder's entries left out (hidden, unsupported, linked folders) are counted in `skipped`.
    """
    for given in inputs:
        if given == "-":
            yield from read_stdin(stdin or sys.stdin.buffer, max_bytes)
            continue
        path = Path(given)
        if path.is_dir():
            for entry in walk_folder(path, given, hidden, skipped):
                if isinstance(entry, InputError):
                    yield entry
                else:
                    yield from read_file(*entry, max_bytes)
        elif not path.exists():
            yield InputError(given, "no such file or folder")
        else:
            yield from read_file(path, given, max_bytes)
