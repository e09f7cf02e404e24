"""Reading inputs: encodings, JSON Lines, folders and refusals, each error in its place."""

from __future__ import annotations

import io
from datetime import date

import pytest

from factx.reader import Article, InputError, decode, parse_published, read_inputs, read_jsonl_lines, read_stdin

CURLY = "He said “yes” – twice."


@pytest.mark.parametrize(
    "data, encoding",
    [
        (CURLY.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + CURLY.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + CURLY.encode("utf-16-le"), "utf-16"),
        (b"\xfe\xff" + CURLY.encode("utf-16-be"), "utf-16"),
    ],
)
def test_decode_unicode_forms(data, encoding):
    assert decode(data) == (CURLY, encoding)


def test_decode_windows_1252_curly_quotes():
    text = "The minister said \x93we will not resign\x94 on Tuesday, and repeated it to reporters in Paris. " * 3
    decoded, encoding = decode(text.encode("latin-1"))
    assert "“we will not resign”" in decoded
    assert encoding == "cp1252"


def test_decode_refuses_binary():
    with pytest.raises(ValueError):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_jsonl_lines_keep_order_and_report_bad_lines():
    lines = [
        '{"id": "a", "text": "One.", "published": "2021-02-25"}',
        "not json",
        "",
        '{"id": "c"}',
        '{"text": "No id here."}',
        '{"id": 7, "text": "Bad date.", "published": "25/02/2021"}',
    ]
    items = list(read_jsonl_lines(lines, "in.jsonl"))
    assert isinstance(items[0], Article) and items[0].published == date(2021, 2, 25)
    assert isinstance(items[1], InputError) and items[1].input == "in.jsonl:2"
    assert isinstance(items[2], InputError) and "text" in items[2].message and items[2].id == "c"
    assert isinstance(items[3], Article) and items[3].id == "in.jsonl:5"
    assert isinstance(items[4], InputError) and items[4].id == "7" and "YYYY-MM-DD" in items[4].message
    assert len(items) == 5


def test_folder_walk_sorted_and_filtered(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two.")
    (tmp_path / "one.md").write_text("One.")
    (tmp_path / "skip.json").write_text("{}")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    items = list(read_inputs([str(tmp_path)]))
    assert [i.id for i in items] == [f"{tmp_path}/b/two.txt", f"{tmp_path}/one.md"]


def test_missing_path_and_too_large(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("x" * 100)
    items = list(read_inputs([str(tmp_path / "nope.txt"), str(big)], max_bytes=10))
    assert [type(i) for i in items] == [InputError, InputError]
    assert "no such file" in items[0].message
    assert "over the limit" in items[1].message


def test_stdin_plain_text_and_jsonl():
    (article,) = read_stdin(io.BytesIO("Plain text.\nSecond line.".encode()))
    assert article.id == "stdin" and article.text == "Plain text.\nSecond line."
    items = list(read_stdin(io.BytesIO(b'\n{"id": "x", "text": "A."}\n{"id": "y", "text": "B."}\n')))
    assert [i.id for i in items] == ["x", "y"]


def test_jsonl_file_streams_with_a_per_line_limit(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "short"}\n{"id": "b", "text": "' + b"x" * 500 + b'"}\n'
                     + b'{"id": "c", "text": "\xff\xfe bad bytes"}\n{"id": "d", "text": "fine"}\n')
    items = list(read_inputs([str(path)], max_bytes=200))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "InputError", "Article"]
    assert items[1].input == f"{path}:2" and "over the limit" in items[1].message
    assert "UTF-8" in items[2].message


@pytest.mark.parametrize(
    "value", ["2021-02-25", "2021-02-25T23:30:00-05:00", "Thu, 25 Feb 2021 10:00:00 GMT", "February 25, 2021"]
)
def test_published_in_iso_and_feed_forms(value):
    assert parse_published(value) == date(2021, 2, 25)


@pytest.mark.parametrize("value", ["Feb 2021", "yesterday", "2 days ago", "soon", "02/03/2021", 20210225])
def test_published_never_guessed_from_a_partial_or_relative_date(value):
    with pytest.raises(ValueError):
        parse_published(value)


SCHON = "Die Stadt ist schön, sagte die Bürgermeisterin über den neuen Platz."


def page(meta: str, body: str = SCHON) -> str:
    return f"<html><head>{meta}<title>Platz</title></head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize("meta", [
    '<meta charset="utf-8">',
    "<meta charset=UTF-8>",
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
])
def test_declared_utf8_with_stray_bytes_stays_utf8(meta):
    data = page(meta).encode("utf-8").replace(b"</p>", b"\x92\x97</p>")  # two stray Windows-1252 bytes
    text, encoding = decode(data)
    assert encoding == "utf-8"
    assert "schön" in text and "Bürgermeisterin" in text
    assert text.count("\ufffd") == 2


def test_xml_declaration_names_the_code_page():
    data = ('<?xml version="1.0" encoding="windows-1251"?><p>Пожар в центре города</p>').encode("cp1251")
    assert decode(data) == ('<?xml version="1.0" encoding="windows-1251"?><p>Пожар в центре города</p>', "cp1251")


def test_declared_latin1_reads_as_windows_1252_as_browsers_do():
    data = page('<meta charset="iso-8859-1">', "He said \x93yes\x94 in Köln.").encode("latin-1")
    text, encoding = decode(data)
    assert encoding == "cp1252" and "“yes”" in text and "Köln" in text


def test_a_wrong_declaration_does_not_win():
    """Declared UTF-8, written in Windows-1252 throughout: every accent fails, so the code page is read."""
    body = "Café, naïve, façade, Köln, Zürich, Málaga, São Paulo: “the same” words again. " * 3
    text, encoding = decode(page('<meta charset="utf-8">', body).encode("cp1252"))
    assert encoding == "cp1252" and "Zürich" in text


def test_undeclared_utf8_with_a_stray_byte_keeps_its_accents():
    data = ("Plain text: schön, café, über." + "\x92" + " The end.").encode("utf-8").replace(b"\xc2\x92", b"\x92")
    text, encoding = decode(data)
    assert encoding == "utf-8" and "schön, café, über" in text and "\ufffd" in text
