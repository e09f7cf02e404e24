"""The spaCy pipeline component: `nlp.add_pipe("factx")` stores factx's facts on `doc._.factx`.

A thin class over `pipeline.analyse`, the same code path as the CLI (the negspacy/scispacy way),
with the CLI's reading of the text: a text in another language gives no facts (`language: "en"`
reads every text as English), facts inside windows that are not prose are dropped, and both are
said in `notes`; `context: true` adds each fact's sentence text. The Doc is already parsed when the
component runs, so the guard that spares spaCy a hostile text (run-on pieces) cannot apply here.
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

    def __init__(self, nlp: Language, name: str, published: Optional[str] = None, context: bool = False,
                 language: str = "auto"):
        from .reading import LANGUAGE_OPTIONS

        if language not in LANGUAGE_OPTIONS:
            raise ValueError(f"factx component: language must be one of {', '.join(LANGUAGE_OPTIONS)}, "
                             f"not {language!r}")
        self.name = name
        self.published = date.fromisoformat(published) if published else None
        self.context = context
        self.language = language

    def __call__(self, doc: Doc) -> Doc:
        from .extractors.published import find_published
        from .pipeline import Facts, analyse
        from .reading import read
        from .record import plain

        reading = read(doc.text, self.language)
        english = reading.language.english
        published = self.published or (find_published(doc.text) if english else None)
        # every registered kind's record fields, in record order; none for another language
        facts = reading.keep_read(analyse(doc, published, self.context)) if english else Facts.none()
        doc._.factx = {"published": published.isoformat() if published else None,
                       "language": reading.language.code, **plain(facts),
                       "notes": plain(reading.notes())}
        return doc


@Language.factory(
    "factx",
    default_config={"published": None, "context": False, "language": "auto"},
    requires=["doc.ents", "token.dep", "token.pos"],
    assigns=["doc._.factx"],
)
def make_factx(nlp: Language, name: str, published: Optional[str], context: bool, language: str) -> FactxComponent:
    return FactxComponent(nlp, name, published, context, language)
