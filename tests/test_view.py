"""The highlighted HTML view: marks around exactly their spans, overlaps that nest, nothing injectable."""

from __future__ import annotations

import base64
import hashlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from markparse import expected_marks, parse_view

from factx import view

# Invented text that tries to break out: tags, a closing </mark>, quotes for attributes, a CR.
HOSTILE = ('Mayor Ana <script>alert(1)</script> Costa said "</mark></div><b>two</b> & \'x\' died '
           'on Monday" after the storm.\r\nTwo "people" were killed <img src=x onerror=alert(2)> in Faro.')


def _at(text: str, words: str, nth: int = 0) -> list[int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return [start, start + len(words)]


def hostile_record() -> dict:
    text = HOSTILE
    quote = [_at(text, "</mark>")[0], _at(text, 'Monday"')[0] + len("Monday")]
    crossing = [_at(text, "died")[0], _at(text, "storm")[1]]  # starts inside the quote, ends after it
    return {
        "id": 'x"><script>alert(3)</script>',
        "title": "<i>Storm</i> & \"quotes\"",
        "published": "2021-02-25",
        "published_source": "input",
        "text": text,
        "entities": [
            {"text": 'Ana "<script>" Costa', "label": 'PERSON" onmouseover="alert(4)', "count": 1,
             "mentions": [[_at(text, "Ana")[0], _at(text, "Costa")[1]]]},
            {"text": "Monday", "label": "DATE-ISH", "count": 1, "mentions": [_at(text, "Monday")]},
            {"text": "Faro", "label": "GPE", "count": 1, "mentions": [_at(text, "Faro"), [9999, 10005], [3, 3]]},
        ],
        "dates": [{"text": "Monday", "span": _at(text, "Monday"), "type": "DATE",
                   "value": '2021-02-22"><script>', "interval": {"start": "2021-02-22", "end": "2021-02-22"}, "mod": None}],
        "casualties": [
            {"kind": "killed", "count": 2, "min": 2, "max": 2, "approximate": False, "who": "<u>people</u>",
             "where": "Faro", "when": "2021-02-22", "negated": False, "span": crossing, "text": "",
             "includes_perpetrator": False},
            {"kind": "killed", "count": 2, "min": 2, "max": 2, "approximate": False, "who": "people", "where": None,
             "when": None, "negated": False, "span": [_at(text, "Two")[0], _at(text, "killed")[1]], "text": "",
             "includes_perpetrator": False},
            {"kind": "injured", "count": None, "min": None, "max": None, "approximate": False, "who": None,
             "where": None, "when": None, "negated": False, "span": ["1", 2], "text": "", "includes_perpetrator": False},
        ],
        "casualty_totals": {"killed": 2, "injured": 0, "missing": 0, "kidnapped": 0, "arrested": 0},
        "quotes": [{"text": "", "span": quote, "type": "direct", "speaker": 'Ana "</a><script>" Costa',
                    "speaker_span": [_at(text, "Ana")[0], _at(text, "Costa")[1]], "speaker_label": "PERSON",
                    "role": "Mayor", "cue": "said", "channel": None}],
    }


def test_every_mark_covers_exactly_its_span_and_the_text_is_unchanged():
    record = hostile_record()
    page = parse_view(view.render_html([record]))  # the parser fails on any end tag that does not nest
    article = page.articles["a1"]
    assert article.text == record["text"]
    expected = expected_marks(record)
    assert len(expected) == 8  # the out-of-range, empty and junk spans are left out
    assert article.marks == expected
    assert set(expected) == set(article.first)


def test_article_text_cannot_inject_markup_or_script():
    record = hostile_record()
    html = view.render_html([record])
    page = parse_view(html)
    assert page.scripts == 1  # only the page's own
    for injected in ("<script>alert", "<img", "<b>", "<i>", "<u>", 'onmouseover="', "</a><script>"):
        assert injected not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#13;" in html  # the CR survives HTML parsing, so the page's text is the article's
    labels = [a.get("class") for a in page.articles["a1"].first.values()]
    assert "m entity t-PERSONonmouseoveralert4 first last" in labels  # a hostile type becomes an inert class


def test_crossing_marks_are_split_into_fragments_that_nest():
    record = hostile_record()
    article = parse_view(view.render_html([record])).articles["a1"]
    assert article.fragments["a1-c0"] == 2  # the statement crosses the end of the quote
    assert article.fragments["a1-q0"] == 1
    assert article.marks["a1-c0"] == HOSTILE[slice(*record["casualties"][0]["span"])]


def test_hover_text_and_labels_say_the_fact():
    article = parse_view(view.render_html([hostile_record()])).articles["a1"]
    date = article.first["a1-d0"]
    assert '2021-02-22"><script>' in date["title"] and "covers 2021-02-22 to 2021-02-22" in date["title"]
    assert date["data-tag"] == '2021-02-22"><script>'
    assert article.first["a1-c0"]["data-badge"] == "killed 2"
    assert article.first["a1-q0"]["data-badge"] == 'Ana "</a><script>" Costa'
    assert "cue: said" in article.first["a1-q0"]["title"]
    assert article.first["a1-s0"]["data-ref"] == article.first["a1-q0"]["data-ref"]  # speaker lights with its quote


def test_count_text():
    base = {"count": None, "min": None, "max": None, "approximate": False, "negated": False}
    assert view.count_text({**base, "count": 3}) == "3"
    assert view.count_text({**base, "count": 40, "approximate": True}) == "~40"
    assert view.count_text({**base, "min": 3, "max": 5}) == "3–5"
    assert view.count_text({**base, "min": 3}) == "at least 3"
    assert view.count_text({**base, "negated": True, "count": 0}) == "none"


def _section(html: str, name: str) -> str:
    match = re.search(rf"<h3>{name}.*?</section>", html, re.S)
    return match.group(0) if match else ""


def test_side_panel_has_totals_and_events_when_the_record_has_them():
    record = hostile_record()
    html = view.render_html([record])
    totals = _section(html, "Casualty totals")
    assert "<th>killed</th><td>2</td>" in totals and "<th>arrested</th><td>0</td>" in totals
    assert _section(html, "Events") == ""
    record["events"] = [{"cause": "storm", "when": "2021-02-22", "where": "Faro", "killed": 2, "injured": 0,
                         "statements": [0, 1], "reported": "new"},
                        {"cause": None, "when": None, "where": "<b>x</b>", "counts": {"injured": 4}, "statements": []}]
    events = _section(view.render_html([record]), "Events")
    assert "storm · 2021-02-22 · Faro · reported: new" in events and "killed 2" in events
    assert 'href="#a1-c0"' in events and 'href="#a1-c1"' in events
    assert "injured 4" in events and "&lt;b&gt;x&lt;/b&gt;" in events


def test_several_articles_share_one_page_with_an_index():
    good = hostile_record()
    other = {**hostile_record(), "id": "second", "title": None}
    failed = {"id": "missing.txt", "error": {"input": "missing.txt", "message": "no such file or folder"}}
    html = view.render_html([good, other, failed])
    page = parse_view(html)
    assert set(page.articles) == {"a1", "a2", "a3"}
    assert page.articles["a2"].marks == page.articles["a1"].marks.__class__(
        {k.replace("a1-", "a2-"): v for k, v in page.articles["a1"].marks.items()})
    index = re.search(r'<nav class="index">.*?</nav>', html, re.S).group(0)
    assert 'href="#a1"' in index and 'href="#a2"' in index and ">second<" in index
    assert "failed: no such file or folder" in index
    assert "<title>factx: 3 articles</title>" in html


def test_one_article_has_no_index():
    html = view.render_html([hostile_record()])
    assert '<nav class="index">' not in html
    assert "<title>factx: &lt;i&gt;Storm&lt;/i&gt; &amp; &quot;quotes&quot;</title>" in html


def test_a_record_without_text_shows_its_panel_and_says_how_to_get_the_text():
    record = hostile_record()
    del record["text"]
    html = view.render_html([record])
    assert "--include-text" in html and "Casualty totals" in html
    assert 'class="m ' not in html.split("</header>", 1)[1].split('class="legend"')[0]


def test_folder_gets_one_page_per_article_and_an_index(tmp_path):
    records = [hostile_record(), {**hostile_record(), "id": "index"}, {**hostile_record(), "id": "index"}]
    written = view.write_html_folder(records, tmp_path / "out")
    names = sorted(p.name for p in written)
    assert names == sorted(["x_script_alert_3_script.html", "index-article.html", "index-article-2.html", "index.html"])
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    for name in names[:-1]:
        assert f'href="{name}"' in index or name == "index.html"
    page = parse_view((tmp_path / "out" / "index-article.html").read_text(encoding="utf-8"))
    assert page.articles["a1"].text == HOSTILE


def test_the_page_loads_nothing_and_admits_only_its_own_style_and_script():
    html = view.render_html([hostile_record()])
    assert not re.search(r'(src|href)="(?!#)', html)  # no external resource, links are in-page anchors
    for source, directive in ((view.STYLE, "style-src"), (view.SCRIPT, "script-src")):
        digest = base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in html
    assert "default-src 'none'" in html
    assert f"<style>{view.STYLE}</style>" in html and f"<script>{view.SCRIPT}</script>" in html


def test_real_extraction_marks_match(seed_text):
    from factx.api import extract

    record = extract(seed_text, id="seed", include_text=True).to_dict()
    article = parse_view(view.render_html([record])).articles["a1"]
    assert article.text == seed_text
    assert article.marks == expected_marks(record)
    assert len(article.marks) > 40


_CHARS = st.sampled_from(list("ab <>&\"'\r\n/é"))


@st.composite
def _record_with_spans(draw):
    text = "".join(draw(st.lists(_CHARS, min_size=1, max_size=40)))
    spans = draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), max_size=12))
    spans = [sorted(s) for s in spans if s[0] != s[1]]
    kinds = ["dates", "casualties", "quotes"]
    record = {"id": "p", "text": text, "entities": [], "dates": [], "casualties": [], "quotes": []}
    for n, span in enumerate(spans):
        record[kinds[n % 3]].append({"span": span, "type": "DATE", "value": "x", "kind": "killed", "count": 1})
    return record


@settings(max_examples=200, deadline=None)
@given(_record_with_spans())
def test_any_overlap_of_spans_nests_and_keeps_each_slice(record):
    article = parse_view(view.render_html([record])).articles["a1"]
    assert article.text == record["text"]
    assert article.marks == expected_marks(record)


def word_marks(record, prefix):
    text = record["text"]
    yield view.Mark(0, text.index(" "), "word", f"{prefix}-w0", "the first word", badge="first word")


def word_listing(record, prefix):
    return '<section><h3>Words</h3><a href="#%s-w0">first</a></section>' % prefix


def test_each_registered_kind_brings_its_marks_and_its_listing(monkeypatch):
    from factx import registry

    words = registry.FactKind(name="words", extractor="x:y", fact=registry.Entity, requires=("ner",),
                              marks=f"{__name__}:word_marks", listing=f"{__name__}:word_listing", panel_rank=15)
    monkeypatch.setattr(registry, "KINDS", (*registry.KINDS, words))
    html = view.render_html([hostile_record()])
    article = parse_view(html).articles["a1"]
    assert article.marks["a1-w0"] == "Mayor"
    assert html.index("<h3>Casualty totals") < html.index("<h3>Words") < html.index("<h3>Dates")  # by panel_rank
    monkeypatch.setattr(registry, "KINDS", tuple(k for k in registry.KINDS if k.name != "quotes"))
    article = parse_view(view.render_html([hostile_record()])).articles["a1"]
    assert "a1-q0" not in article.marks and "<h3>Quotes" not in view.render_html([hostile_record()])
