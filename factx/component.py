"""The spaCy pipeline component: `nlp.add_pipe("factx")` stores factx's facts on `doc._.factx`.

A thin class over `pipeline.analyse`, the same code path as the CLI (the negspacy/scispacy way).
The extension holds plain data (dicts and lists), so it survives `nlp.pipe(n_process=2)`.
spaCy finds the factory through the `spacy_factories` entry point, so `import factx` is optional.
"""

from __future__ import annotations

from datetime import date
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

Doc.set_extension("factx", default=None, force=True)


class FactxComponent:
    """Runs factx's extractors on each Doc; the publication date anchors relative dates."""

    def __init__(self, nlp: Language, name: str, published: Optional[str] = None):
        self.name = name
        self.published = date.fromisoformat(published) if published else None

    def __call__(self, doc: Doc) -> Doc:
        from .extractors.published import find_published
        from .pipeline import analyse
        from .record import plain

        published = self.published or find_published(doc.text)
        facts = analyse(doc, published)  # every registered kind's record fields, in record order
        doc._.factx = {"published": published.isoformat() if published else None, **plain(facts)}
        return doc


@Language.factory(
    "factx",
    default_config={"published": None},
    requires=["doc.ents", "token.dep", "token.pos"],
    assigns=["doc._.factx"],
)
def make_factx(nlp: Language, name: str, published: Optional[str]) -> FactxComponent:
    return FactxComponent(nlp, name, published)
