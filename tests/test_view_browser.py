"""The HTML view in a real browser: headless Chromium loads the page from a file and dumps its DOM.

Checks what a reader would see: each mark around exactly its span's words, the article's text
unchanged, no element injected by the article, and the page's script ran (it marks <body> only
when it finished without an error, and only if the Content-Security-Policy admitted it).
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from markparse import expected_marks, parse_view
from test_view import HOSTILE, hostile_record

from factx import view

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not found: apt-get install chromium")


def dump_dom(page, profile) -> str:
    """The DOM after the page loaded and ran its script, as Chromium serialises it."""
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
               "--dump-dom", page.as_uri()]
    done = subprocess.run(command, capture_output=True, timeout=120, env={**os.environ, "LANG": "C.UTF-8"})
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    return done.stdout.decode("utf-8")  # bytes, not text mode: universal newlines would eat the CR


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, seed_text):
    from factx.api import extract

    seed = extract(seed_text, id="fixtures/seed-airstrike.txt", include_text=True).to_dict()
    records = [seed, hostile_record()]
    folder = tmp_path_factory.mktemp("view")
    page = folder / "page.html"
    page.write_text(view.render_html(records), encoding="utf-8")
    return records, parse_view(dump_dom(page, folder / "profile"))


def test_the_script_ran_without_errors(rendered):
    _, dom = rendered
    assert dom.body.get(view.READY_ATTRIBUTE) == "ready"
    assert view.ERROR_ATTRIBUTE not in dom.body
    assert dom.scripts == 1


def test_marks_cover_exactly_their_spans_in_the_browser(rendered):
    records, dom = rendered
    for n, record in enumerate(records, 1):
        article = dom.articles[f"a{n}"]
        assert article.text == record["text"]
        assert article.marks == expected_marks(record, f"a{n}")
        assert article.tags == {"mark"}
    assert len(dom.articles["a1"].marks) > 40  # the seed article is marked throughout


def test_hostile_article_stays_text_in_the_browser(rendered):
    _, dom = rendered
    hostile = dom.articles["a2"]
    assert "<script>alert(1)</script>" in hostile.text and "<img src=x onerror=alert(2)>" in hostile.text
    assert hostile.text == HOSTILE
    assert hostile.fragments["a2-c0"] == 2  # split where it crosses the quote's end, both parts in place
