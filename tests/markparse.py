"""Read an HTML view back (factx's own output, or the DOM a browser dumped): each article's text and
the text under each mark, joined over its fragments. Strict: an end tag that does not close the
element last opened fails, so markup that does not nest cannot pass."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"meta", "br", "img", "link", "input", "hr", "wbr"}


@dataclass
class ArticleView:
    text: str = ""
    marks: dict[str, str] = field(default_factory=dict)  # data-m -> the text under all its fragments
    first: dict[str, dict] = field(default_factory=dict)  # data-m -> attributes of its first fragment
    fragments: dict[str, int] = field(default_factory=dict)
    tags: set[str] = field(default_factory=set)  # every element inside the text: only marks belong there


class ViewParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.articles: dict[str, ArticleView] = {}
        self.scripts = 0
        self.body: dict = {}
        self._article: str | None = None
        self._in_text = 0  # depth of the open div.text, 0 when outside

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "body":
            self.body = attributes
        if tag == "script":
            self.scripts += 1
        if tag == "article":
            self._article = attributes.get("id")
            self.articles[self._article] = ArticleView()
        if tag == "div" and "text" in (attributes.get("class") or "").split():
            self._in_text = len(self.stack) + 1
            self.stack.append((tag, attributes))
            return
        if self._in_text and self._article in self.articles:
            self.articles[self._article].tags.add(tag)
        if tag == "mark" and self._in_text and "data-m" in attributes:
            view = self.articles[self._article]
            ident = attributes["data-m"]
            view.marks.setdefault(ident, "")
            view.fragments[ident] = view.fragments.get(ident, 0) + 1
            if "first" in attributes.get("class", "").split():
                assert ident not in view.first, f"{ident} has two first fragments"
                view.first[ident] = attributes
        if tag not in VOID:
            self.stack.append((tag, attributes))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        opened, _ = self.stack.pop()
        assert opened == tag, f"</{tag}> closes <{opened}>"
        if self._in_text and len(self.stack) < self._in_text:
            self._in_text = 0

    def handle_data(self, data):
        if not self._in_text:
            return
        view = self.articles[self._article]
        view.text += data
        for tag, attributes in self.stack:
            if tag == "mark" and "data-m" in attributes:
                view.marks[attributes["data-m"]] += data


def parse_view(html: str) -> ViewParser:
    parser = ViewParser()
    parser.feed(html)
    parser.close()
    return parser


def _slice(text: str, span) -> str | None:
    """The span's words, or None for a span no page can mark (not two ints, outside the text, empty)."""
    if not (isinstance(span, (list, tuple)) and len(span) == 2 and all(type(v) is int for v in span)):
        return None
    start, end = span
    return text[start:end] if 0 <= start < end <= len(text) else None


def expected_marks(record: dict, prefix: str = "a1") -> dict[str, str]:
    """Each fact's span sliced from the record's text, under the ident the page gives its mark."""
    text = record["text"]
    spans = {}
    for i, entity in enumerate(record.get("entities", [])):
        for j, span in enumerate(entity["mentions"]):
            spans[f"{prefix}-e{i}-{j}"] = span
    for letter, kind in (("d", "dates"), ("c", "casualties"), ("q", "quotes")):
        for i, fact in enumerate(record.get(kind, [])):
            spans[f"{prefix}-{letter}{i}"] = fact["span"]
    for i, quote in enumerate(record.get("quotes", [])):
        spans[f"{prefix}-s{i}"] = quote.get("speaker_span")
    sliced = {ident: _slice(text, span) for ident, span in spans.items()}
    return {ident: words for ident, words in sliced.items() if words is not None}
