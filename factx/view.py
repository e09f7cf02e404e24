"""The highlighted view: an article's text with its facts marked, as one self-contained HTML page.

Input is record dicts (the JSON form, `Record.to_dict()`), with `text` when the text was kept;
output is HTML that needs no network and no other file: CSS and a few lines of JavaScript are
inline, and a Content-Security-Policy admits only those two (by hash), so even markup that slipped
through could neither run a script nor load anything.

Facts overlap (a date inside a quote, a name inside a casualty statement, two statements crossing),
and HTML elements must nest. So the text is cut at every fact boundary and each piece is wrapped in
the marks that cover it, outer (earlier, longer) marks first; a mark that crosses another is closed
and reopened, and every fragment of one mark carries the same `data-m`. The text itself is never
changed: labels and counts are drawn by CSS from attributes (`::before`/`::after`), so the page's
text is exactly the article's and copying from it copies the article.

Each registered fact kind (factx.registry) names its marks and its part of the side panel; the
builders for the four kinds live here. A mark's anchor is `<article>-<letter><index>`: `a1-e3-0`
(entity 3, its first mention), `a1-d0` (date), `a1-c2` (casualty statement), `a1-q1` and `a1-s1`
(a quote and its speaker); the side panel links to them.

Everything from the article or the record is escaped (`html.escape`, quotes included in
attributes); class names are built from a fixed set or stripped to `[A-Za-z0-9_-]`.

displaCy's span renderer was the suggested base; it is not used because it works on tokens (the
record has character offsets, and a fact may start inside a token), joins tokens with single
spaces (the article's line breaks and spacing are lost, so a mark's text no longer equals its
span's slice), inserts labels unescaped, and has no hover text for a date's value.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import shutil
import tempfile
from dataclasses import dataclass
from html import escape
from itertools import pairwise
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional

READY_ATTRIBUTE = "data-factx-view"  # the page's script sets it to "ready" when it ran without an error
ERROR_ATTRIBUTE = "data-factx-error"  # set by window.onerror, holding the message
CASUALTY_KINDS = ("killed", "injured", "missing", "kidnapped", "arrested")
QUOTE_PREVIEW = 90  # characters of a quote shown in the side panel
BUFFER_BYTES = 8 * 1024 * 1024  # a page's articles are kept in memory up to this, then in a temporary file


@dataclass(frozen=True, slots=True)
class Mark:
    """One fact's span in the text, with what the page shows about it."""

    start: int
    end: int
    kind: str  # entity, date, casualty, quote, speaker: the CSS class and the stacking rank
    ident: str  # unique in the page: the anchor of the first fragment, shared by all fragments
    title: str  # the hover text
    classes: str = ""  # further CSS classes (an entity's type, a negated statement)
    badge: str = ""  # drawn before the mark's first fragment (a count, a speaker)
    tag: str = ""  # drawn after its last fragment (an entity's type, a date's value)
    ref: str = ""  # marks with one ref light up together on hover (an entity's mentions, a quote and its speaker)


# At the same start and end the larger fact goes outside: a quote holds statements, which hold names.
RANK = {"quote": 0, "casualty": 1, "speaker": 2, "entity": 3, "date": 4}


def _css_word(value: object) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "", str(value))[:40]


def _span(value) -> Optional[tuple[int, int]]:
    """A [start, end] pair of ints, or None for anything else (a record from elsewhere may hold junk)."""
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(type(v) is int for v in value):
        return value[0], value[1]
    return None


def _joined(*parts: object) -> str:
    return " · ".join(str(p) for p in parts if p not in (None, "", False))


def count_text(fact: dict) -> str:
    """A casualty statement's figure as a reader says it: 3, ~40, 3-5, at least 3, none."""
    if fact.get("negated"):
        return "none"
    count, low, high = fact.get("count"), fact.get("min"), fact.get("max")
    if count is not None:
        return f"~{count}" if fact.get("approximate") else str(count)
    if low is not None and high is not None:
        return f"{low}–{high}"
    if low is not None:
        return f"at least {low}"
    if high is not None:
        return f"up to {high}"
    return "?"


def entity_marks(record: dict, prefix: str) -> Iterator[Mark]:
    for i, entity in enumerate(record.get("entities") or []):
        label = str(entity.get("label", ""))
        title = _joined(label, entity.get("text"), f"{entity.get('count', 0)} mentions")
        for j, mention in enumerate(entity.get("mentions") or []):
            span = _span(mention)
            if span:
                yield Mark(*span, "entity", f"{prefix}-e{i}-{j}", title, f"t-{_css_word(label)}",
                           tag=label, ref=f"{prefix}-e{i}")


def date_marks(record: dict, prefix: str) -> Iterator[Mark]:
    for i, fact in enumerate(record.get("dates") or []):
        span = _span(fact.get("span"))
        if span:
            interval = fact.get("interval") or {}
            covers = f"{interval.get('start')} to {interval.get('end')}" if interval else None
            title = _joined(fact.get("type"), fact.get("value"), covers and f"covers {covers}",
                            fact.get("mod") and f"mod {fact['mod']}")
            yield Mark(*span, "date", f"{prefix}-d{i}", title, tag=str(fact.get("value") or ""))


def casualty_marks(record: dict, prefix: str) -> Iterator[Mark]:
    for i, fact in enumerate(record.get("casualties") or []):
        span = _span(fact.get("span"))
        if span and not fact.get("from_title"):  # a title's span is the title's, not the text's
            figure = count_text(fact)
            title = _joined(f"{fact.get('kind')} {figure}", fact.get("who") and f"who: {fact['who']}",
                            fact.get("where") and f"where: {fact['where']}", fact.get("when") and f"when: {fact['when']}",
                            fact.get("includes_perpetrator") and "includes the perpetrator")
            classes = "negated" if fact.get("negated") else ""
            yield Mark(*span, "casualty", f"{prefix}-c{i}", title, classes, badge=f"{fact.get('kind')} {figure}")


def quote_marks(record: dict, prefix: str) -> Iterator[Mark]:
    for i, quote in enumerate(record.get("quotes") or []):
        speaker = quote.get("speaker") or "unknown speaker"
        said = _joined(speaker, quote.get("role"), quote.get("cue") and f"cue: {quote['cue']}",
                       quote.get("channel") and f"channel: {quote['channel']}")
        span = _span(quote.get("span"))
        if span:
            yield Mark(*span, "quote", f"{prefix}-q{i}", f"{quote.get('type', '')} quote · {said}",
                       _css_word(quote.get("type", "")), badge=speaker, ref=f"{prefix}-q{i}")
        speaker_span = _span(quote.get("speaker_span"))
        if speaker_span:
            yield Mark(*speaker_span, "speaker", f"{prefix}-s{i}", f"speaker · {said}", ref=f"{prefix}-q{i}")


def record_marks(record: dict, prefix: str) -> list[Mark]:
    """Every registered kind's marks that fit in the text (a span outside it, or empty, is left out)."""
    from . import registry

    size = len(record.get("text") or "")
    marks = [m for kind in registry.KINDS for m in kind.html_marks(record, prefix)]
    return [m for m in marks if 0 <= m.start < m.end <= size]


def _open_tag(mark: Mark, first: bool, last: bool) -> str:
    classes = " ".join(c for c in ("m", mark.kind, mark.classes, first and "first", last and "last") if c)
    parts = [f'<mark class="{classes}" data-m="{mark.ident}"']
    if first:
        parts.append(f' id="{mark.ident}"')
        if mark.badge:
            parts.append(f' data-badge="{escape(mark.badge)}"')
    if last and mark.tag:
        parts.append(f' data-tag="{escape(mark.tag)}"')
    if mark.ref:
        parts.append(f' data-ref="{mark.ref}"')
    parts.append(f' title="{escape(mark.title)}">')
    return "".join(parts)


def _text_html(piece: str) -> str:
    """Escaped text; a carriage return as a reference, which HTML parsing keeps (a literal one becomes LF)."""
    return escape(piece, quote=False).replace("\r", "&#13;")


def highlight(text: str, marks: Iterable[Mark]) -> str:
    """The text, escaped, with every mark around its span; overlapping marks nest or are split.

    Between two consecutive boundaries the covering marks are opened outer first; moving on closes
    only the marks that stop covering (and any opened inside them), so the elements always nest.
    """
    order = sorted(marks, key=lambda m: (m.start, -m.end, RANK.get(m.kind, 9)))
    rank = {id(m): n for n, m in enumerate(order)}
    bounds = sorted({0, len(text), *(m.start for m in order), *(m.end for m in order)})
    out: list[str] = []
    stack: list[Mark] = []
    pending = iter(order)
    upcoming = next(pending, None)
    active: list[Mark] = []
    for start, end in pairwise(bounds):
        active = [m for m in active if m.end > start]
        while upcoming is not None and upcoming.start == start:
            active.append(upcoming)
            upcoming = next(pending, None)
        active.sort(key=lambda m: rank[id(m)])
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] is active[keep]:
            keep += 1
        out.append("</mark>" * (len(stack) - keep))
        out.extend(_open_tag(m, m.start == start, m.end == end) for m in active[keep:])
        out.append(_text_html(text[start:end]))
        stack = list(active)
    out.append("</mark>" * len(stack))
    return "".join(out)


def _article_label(record: dict) -> str:
    return str(record.get("title") or record.get("id") or "article")


def _link(ident: str, label: str) -> str:
    return f'<a href="#{ident}">{escape(label)}</a>'


def _totals(record: dict) -> str:
    totals = record.get("casualty_totals") or {}
    rows = "".join(
        f'<tr class="{"zero" if not totals.get(kind) else ""}"><th>{kind}</th><td>{escape(str(totals.get(kind, 0)))}</td></tr>'
        for kind in CASUALTY_KINDS
    )
    return f'<section class="totals"><h3>Casualty totals</h3><table>{rows}</table></section>'


def _event_counts(event: dict) -> str:
    counts = event.get("counts") if isinstance(event.get("counts"), dict) else event
    return ", ".join(f"{kind} {counts[kind]}" for kind in CASUALTY_KINDS if counts.get(kind))


def _event_item(event: dict, prefix: str) -> str:
    if not isinstance(event, dict):
        return f"<li>{escape(str(event))}</li>"
    head = _joined(event.get("cause") or "event", event.get("when"), event.get("where"),
                   event.get("reported") and f"reported: {event['reported']}")
    statements = event.get("statements") or event.get("casualties") or []
    links = " ".join(_link(f"{prefix}-c{i}", f"#{i + 1}") for i in statements if type(i) is int)
    counts = _event_counts(event) or "no casualties"
    return (f"<li><b>{escape(head)}</b><br>{escape(counts)}"
            + (f'<br><span class="dim">statements {links}</span>' if links else "") + "</li>")


def events_listing(record: dict, prefix: str) -> str:
    """The casualty events (cause, when, where, counts), each linked to its statements in the text."""
    events = record.get("events")
    if not isinstance(events, list):
        return ""
    items = "".join(_event_item(e, prefix) for e in events) or '<li class="dim">none</li>'
    return f'<section class="events"><h3>Events</h3><ol>{items}</ol></section>'


def _list_panel(title: str, items: list[str]) -> str:
    if not items:
        return ""
    return f'<section><h3>{escape(title)} ({len(items)})</h3><ul>{"".join(items)}</ul></section>'


def _item(ident: str, label: str, note: str, code: bool = False) -> str:
    note_html = f"<code>{escape(note)}</code>" if code else f'<span class="dim">{escape(note)}</span>'
    return f"<li>{_link(ident, label)} {note_html}</li>"


def _preview(words: str) -> str:
    return words if len(words) <= QUOTE_PREVIEW else words[:QUOTE_PREVIEW - 1] + "…"


def casualties_listing(record: dict, prefix: str) -> str:
    """The article's totals, then each statement linked to its mark."""
    statements = [_item(f"{prefix}-c{i}", f"{c.get('kind')} {count_text(c)}",
                        _joined(str(c.get("who") or ""), c.get("from_title") and "in the title"))
                  for i, c in enumerate(record.get("casualties") or [])]
    return _totals(record) + _list_panel("Casualty statements", statements)


def quotes_listing(record: dict, prefix: str) -> str:
    quotes = [_item(f"{prefix}-q{i}", str(q.get("speaker") or "unknown speaker"), _preview(str(q.get("text", ""))))
              for i, q in enumerate(record.get("quotes") or [])]
    return _list_panel("Quotes", quotes)


def dates_listing(record: dict, prefix: str) -> str:
    dates = [_item(f"{prefix}-d{i}", str(d.get("text", "")), str(d.get("value", "")), code=True)
             for i, d in enumerate(record.get("dates") or [])]
    return _list_panel("Dates", dates)


def entities_listing(record: dict, prefix: str) -> str:
    names = [_item(f"{prefix}-e{i}-0", str(e.get("text", "")), f"{e.get('label', '')} × {e.get('count', 0)}")
             for i, e in enumerate(record.get("entities") or [])]
    return _list_panel("Names", names)


def _side_panel(record: dict, prefix: str) -> str:
    """The article's data, then each registered kind's listing by its panel rank. Events show even
    before a kind declares them (a record from a newer factx may hold them)."""
    from . import registry

    published = _joined(record.get("published") or "unknown",
                        record.get("published_source") and f"from {record['published_source']}")
    about = f'<p class="dim">{escape(str(record.get("id", "")))}<br>published {escape(published)}</p>'
    kinds = sorted(registry.KINDS, key=lambda kind: kind.panel_rank)
    parts = [kind.html_listing(record, prefix) for kind in kinds]
    if "events" not in registry.NAMES:
        parts.insert(1, events_listing(record, prefix))
    return f'<aside class="panel">{LEGEND}{about}{"".join(parts)}</aside>'


def render_article(record: dict, prefix: str = "a1") -> str:
    """One article's section: its text with the marks, and the side panel (or the error it met)."""
    heading = f"<h2>{escape(_article_label(record))}</h2>"
    if record.get("error"):
        message = record["error"].get("message") if isinstance(record["error"], dict) else record["error"]
        return (f'<article id="{prefix}" class="failed">{heading}'
                f'<p class="error">failed: {escape(str(message))}</p></article>')
    text = record.get("text")
    if isinstance(text, str):
        body = f'<div class="text">{highlight(text, record_marks(record, prefix))}</div>'
    else:
        body = ('<p class="notext">The record holds no text, so nothing can be marked: extract with '
                "<code>--include-text</code> (<code>--format html</code> keeps it).</p>")
    return (f'<article id="{prefix}" data-id="{escape(str(record.get("id", "")))}">{heading}'
            f'<div class="layout"><div class="main">{body}</div>{_side_panel(record, prefix)}</div></article>')


STYLE = """
:root{--ink:#1f2328;--dim:#656d76;--line:#d0d7de;--paper:#fff;--side:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;font:14.5px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:var(--paper)}
header.page{padding:6px 24px;border-bottom:1px solid var(--line);background:var(--side)}
header.page h1{font-size:15px;margin:0;color:var(--dim);font-weight:600}
.legend{font-size:12px;color:var(--dim);line-height:1.9;padding-bottom:6px;border-bottom:1px solid var(--line)}
.legend mark{margin-right:5px}
nav.index{padding:8px 24px;border-bottom:1px solid var(--line)}
nav.index table{border-collapse:collapse;font-size:13px}
nav.index td,nav.index th{padding:2px 10px 2px 0;text-align:left}
nav.index td.n{text-align:right;color:var(--dim)}
article{padding:8px 24px 24px;border-bottom:2px solid var(--line)}
article h2{font-size:20px;margin:8px 0}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:24px;align-items:start}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.85;max-width:82ch}
aside.panel{position:sticky;top:0;max-height:100vh;overflow:auto;background:var(--side);border:1px solid var(--line);border-radius:6px;padding:8px 12px;font-size:13px;line-height:1.45}
aside.panel h3{font-size:13px;margin:10px 0 4px;text-transform:uppercase;letter-spacing:.04em;color:var(--dim)}
aside.panel ul,aside.panel ol{margin:0;padding-left:18px}
aside.panel li{margin:2px 0}
aside.panel table{border-collapse:collapse}
aside.panel th{font-weight:normal;text-align:left;padding-right:12px}
aside.panel td{font-weight:bold;text-align:right}
aside.panel tr.zero td{font-weight:normal;color:var(--dim)}
.dim{color:var(--dim)}
a{color:#0b5cad;text-decoration:none}a:hover{text-decoration:underline}
.error{color:#b3261e}
mark.m{background:none;color:inherit;padding:0;border-radius:3px}
mark.m.lit{outline:2px solid #f0a500}
mark.m::before,mark.m::after{display:inline-block;white-space:nowrap;text-indent:0}
mark.entity,mark.date{white-space:pre}
mark.quote{background:#eef6e8}
mark.quote.first::before{content:"❝ " attr(data-badge);font:600 10px/1 system-ui,sans-serif;color:#fff;background:#3f7d20;border-radius:3px;padding:1px 4px;margin-right:3px;vertical-align:2px}
mark.speaker{box-shadow:inset 0 -2px #3f7d20;font-weight:600}
mark.casualty{border:1.5px solid #c62828;border-radius:4px;-webkit-box-decoration-break:clone;box-decoration-break:clone;padding:0 1px}
mark.casualty.negated{border-style:dashed}
mark.casualty.first::before{content:attr(data-badge);font:700 10px/1 system-ui,sans-serif;color:#fff;background:#c62828;border-radius:3px;padding:1px 4px;margin-right:3px;vertical-align:2px}
mark.entity{background:#eceff1}
mark.entity.t-PERSON{background:#dbeafe}
mark.entity.t-ORG{background:#ede4fb}
mark.entity.t-GPE,mark.entity.t-LOC,mark.entity.t-FAC{background:#fdecc8}
mark.entity.t-NORP{background:#d5f5ef}
mark.entity.last::after,mark.date.last::after{content:attr(data-tag);font:600 9px/1 system-ui,sans-serif;color:var(--dim);margin-left:3px;vertical-align:1px;letter-spacing:.03em}
mark.date{box-shadow:inset 0 -2px #00838f;background:#e0f4f5}
mark.date.last::after{color:#00696f}
@media (max-width:900px){.layout{grid-template-columns:1fr}aside.panel{position:static;max-height:none}}
"""

SCRIPT = """
window.onerror=function(message){document.body.setAttribute("%(error)s",String(message));};
(function(){
  function light(mark,on){
    var ref=mark.getAttribute("data-ref");
    document.querySelectorAll('mark[data-ref="'+CSS.escape(ref)+'"]').forEach(function(m){m.classList.toggle("lit",on);});
  }
  document.addEventListener("mouseover",function(e){var m=e.target.closest&&e.target.closest("mark[data-ref]");if(m)light(m,true);});
  document.addEventListener("mouseout",function(e){var m=e.target.closest&&e.target.closest("mark[data-ref]");if(m)light(m,false);});
  document.body.setAttribute("%(ready)s","ready");
})();
""" % {"error": ERROR_ATTRIBUTE, "ready": READY_ATTRIBUTE}

LEGEND = ('<div class="legend"><mark class="m entity t-PERSON">person</mark> <mark class="m entity t-ORG">'
          'organisation</mark> <mark class="m entity t-GPE">place</mark> <mark class="m date">date</mark> '
          '<mark class="m casualty">casualties</mark> <mark class="m quote">quote</mark> '
          '<mark class="m speaker">speaker</mark><br>hover a mark for its value, a name for its other mentions</div>')


def _sha256(source: str) -> str:
    return base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


# Only the page's own style and script may apply: nothing else loads, runs or submits.
CSP = (f"default-src 'none'; style-src 'sha256-{_sha256(STYLE)}'; script-src 'sha256-{_sha256(SCRIPT)}'; "
       "img-src 'none'; base-uri 'none'; form-action 'none'")


def _page_head(title: str, heading: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>"
            f'<header class="page"><h1>{escape(heading)}</h1></header>')


def _page_tail() -> str:
    return f"<script>{SCRIPT}</script></body></html>\n"


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """What the index shows of one article; kept instead of the article while a page is written."""

    href: str
    label: str
    published: str
    killed: object
    injured: object
    quotes: int
    dates: int
    names: int
    error: str = ""


def index_entry(record: dict, href: str) -> IndexEntry:
    totals = record.get("casualty_totals") or {}
    error = record.get("error")
    message = (error.get("message") if isinstance(error, dict) else str(error)) if error else ""
    return IndexEntry(href, _article_label(record), str(record.get("published") or ""), totals.get("killed", ""),
                      totals.get("injured", ""), len(record.get("quotes") or []), len(record.get("dates") or []),
                      len(record.get("entities") or []), str(message or ""))


def render_index(entries: list[IndexEntry]) -> str:
    """A table of the articles, each linked to its section or page."""
    head = ("<tr><th>#</th><th>article</th><th>published</th><th>killed</th><th>injured</th>"
            "<th>quotes</th><th>dates</th><th>names</th></tr>")
    rows = []
    for n, e in enumerate(entries, 1):
        if e.error:
            rows.append(f'<tr><td class="n">{n}</td><td>{_link_href(e.href, e.label)}</td>'
                        f'<td colspan="6" class="error">failed: {escape(e.error)}</td></tr>')
            continue
        cells = "".join(f'<td class="n">{escape(str(v))}</td>' for v in (e.killed, e.injured, e.quotes, e.dates, e.names))
        rows.append(f'<tr><td class="n">{n}</td><td>{_link_href(e.href, e.label)}</td>'
                    f"<td>{escape(e.published)}</td>{cells}</tr>")
    return f'<nav class="index"><table>{head}{"".join(rows)}</table></nav>'


def _link_href(href: str, label: str) -> str:
    return f'<a href="{escape(href)}">{escape(label)}</a>'


def write_html(records: Iterable[dict], out: IO[str], title: str = "factx") -> int:
    """One page for all the records, with an index when there are several; returns how many.

    Articles stream to a spooled buffer (memory, then a temporary file) while only their index
    entries are kept, so a large folder does not have to fit in memory.
    """
    entries: list[IndexEntry] = []
    with tempfile.SpooledTemporaryFile(max_size=BUFFER_BYTES, mode="w+", encoding="utf-8") as body:
        for n, record in enumerate(records, 1):
            prefix = f"a{n}"
            entries.append(index_entry(record, f"#{prefix}"))
            body.write(render_article(record, prefix))
        heading = f"{title}: {len(entries)} article{'s' if len(entries) != 1 else ''}"
        out.write(_page_head(f"{title}: {entries[0].label}" if len(entries) == 1 else heading, heading))
        if len(entries) > 1:
            out.write(render_index(entries))
        body.seek(0)
        shutil.copyfileobj(body, out)
    out.write(_page_tail())
    return len(entries)


def render_html(records: Iterable[dict], title: str = "factx") -> str:
    """The page for these records as a string (see `write_html`)."""
    out = io.StringIO()
    write_html(records, out, title)
    return out.getvalue()


def write_html_folder(records: Iterable[dict], folder: Path, title: str = "factx") -> list[Path]:
    """One page per article, `<id>.html`, and `index.html` linking them; every file written atomically."""
    from .formats import atomic_write, safe_filename

    folder.mkdir(parents=True, exist_ok=True)
    entries: list[IndexEntry] = []
    written: list[Path] = []
    seen: dict[str, int] = {}
    for record in records:
        base = safe_filename(str(record.get("id") or "record"))
        base = "index-article" if base == "index" else base  # index.html is the folder's index
        seen[base] = seen.get(base, 0) + 1
        name = f"{base}.html" if seen[base] == 1 else f"{base}-{seen[base]}.html"
        entries.append(index_entry(record, name))
        page = (_page_head(f"{title}: {_article_label(record)}", title) + '<nav class="index"><a href="index.html">'
                "← all articles</a></nav>" + render_article(record) + _page_tail())
        atomic_write(folder / name, page)
        written.append(folder / name)
    heading = f"{title}: {len(entries)} articles"
    index = _page_head(heading, heading) + render_index(entries) + _page_tail()
    atomic_write(folder / "index.html", index)
    return [*written, folder / "index.html"]
