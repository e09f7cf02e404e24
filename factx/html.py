"""Saved web pages to articles: trafilatura takes the main text, the title and the publication date.

Offsets in the record then refer to the extracted text (`--include-text` adds it to the record).
The date comes first from the page's own metadata (`published_source: "html"`); only when that has
none does htmldate's extensive search read the page's text, links and URL too, a weaker guess that
can be a copyright year (`"html-extensive"`).
"""

from __future__ import annotations

from .reader import Article, InputError, parse_published


def article_from_html(html: str, shown: str, encoding: str | None = None) -> Article | InputError:
    """The article in a saved page; a page with no main text falls back to all of its visible text."""
    import trafilatura

    try:
        found = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura parses anything; a failure here is the page's, not ours
        return InputError(shown, f"cannot read the HTML page: {exc}")
    if found is None:
        text = (trafilatura.html2txt(html) or "").strip()
        return Article(id=shown, text=text, input=shown, path=shown, encoding=encoding)
    published, source = _page_date(found.date), "html"
    if published is None:
        published, source = _extensive_date(html), "html-extensive"
    return Article(
        id=shown,
        text=found.text or "",
        input=shown,
        path=shown,
        title=found.title or None,
        published=published,
        published_source=source if published else None,
        encoding=encoding,
    )


def _page_date(value):
    try:
        return parse_published(value) if value else None
    except ValueError:
        return None


def _extensive_date(html: str):
    """htmldate's extensive search, when the fast one found no date (the team measured +4 points of
    correct dates on 966 real pages, 0.869 to 0.909)."""
    from htmldate import find_date

    try:
        return _page_date(find_date(html, extensive_search=True, original_date=True))
    except Exception:  # htmldate parses anything; a failure here only means no date
        return None
