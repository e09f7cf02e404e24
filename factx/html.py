"""Saved web pages to articles: trafilatura takes the main text, the title and the publication date.

Offsets in the record then refer to the extracted text (`--include-text` adds it to the record).
The date comes only from the page's own metadata, never from trafilatura's guesses from a copyright
line or a URL, so `published_source: "html"` means the page said so.
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
    try:
        published = parse_published(found.date) if found.date else None
    except ValueError:
        published = None
    return Article(
        id=shown,
        text=found.text or "",
        input=shown,
        path=shown,
        title=found.title or None,
        published=published,
        published_source="html" if published else None,
        encoding=encoding,
    )
