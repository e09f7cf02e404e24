"""HTML pages: trafilatura's main text, title and the page's own publication date."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from factx.cli import app
from factx.html import article_from_html

PAGE = """<!DOCTYPE html><html><head><title>Bridge reopens | Town Gazette</title>
{meta}</head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Bridge reopens after repairs</h1>
<p>The old river bridge reopened on Monday after three months of repairs, the council said.</p>
<p>“It is good to have it back,” said Mayor Tom Reed, who cut the ribbon with local pupils.</p>
</article><footer>Copyright 2020 Town Gazette. All rights reserved.</footer></body></html>"""
DATED = '<meta property="article:published_time" content="2021-03-01T09:30:00Z">'


def test_main_text_title_and_date():
    article = article_from_html(PAGE.format(meta=DATED), "page.html")
    assert article.published.isoformat() == "2021-03-01" and article.published_source == "html"
    assert "reopened on Monday" in article.text
    assert "Copyright" not in article.text and "Sport" not in article.text
    assert article.title


def test_without_a_metadata_date_the_extensive_search_is_the_fallback_and_says_so():
    linked = PAGE.format(meta="").replace('<a href="/news">', '<a href="/news/2021/03/02/bridge-reopens">')
    article = article_from_html(linked, "page.html")
    assert article.published.isoformat() == "2021-03-02" and article.published_source == "html-extensive"
    # a copyright line is all the extensive search has here: its year, flagged as the weaker guess
    article = article_from_html(PAGE.format(meta=""), "page.html")
    assert article.published.isoformat() == "2020-01-01" and article.published_source == "html-extensive"


def test_no_date_anywhere_is_none():
    bare = PAGE.format(meta="").replace("Copyright 2020 ", "")
    article = article_from_html(bare, "page.html")
    assert article.published is None and article.published_source is None


def test_a_metadata_date_needs_no_extensive_search(monkeypatch):
    import htmldate

    def refuse(*args, **kwargs):
        raise AssertionError("the extensive search ran")

    monkeypatch.setattr(htmldate, "find_date", refuse)
    article = article_from_html(PAGE.format(meta=DATED), "page.html")
    assert article.published_source == "html"


def test_cli_offsets_refer_to_the_extracted_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(meta=DATED), encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(page), "-f", "json", "--include-text"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["published_source"] == "html"
    text = record["text"]
    assert "Tom Reed" in [e["text"] for e in record["entities"]]
    for entity in record["entities"]:
        for start, end in entity["mentions"]:
            assert start < end and text[start:end] in entity["text"], (entity, text[start:end])
    assert record["quotes"], "the page's quote was not found"
    for quote in record["quotes"]:
        assert text[quote["span"][0]:quote["span"][1]] == quote["text"]
