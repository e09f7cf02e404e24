"""Rule-based extractors: plain functions over a parsed spaCy Doc that return small typed records.

Each kind is declared in ``factx/registry.py`` (the spaCy components it reads, the kinds it reads,
the record fields it fills), so the pipeline loads only what the extractors need. The signatures
(``published`` is a ``datetime.date`` or None):

- ``entities.extract_entities(doc) -> list[Entity]``
- ``dates.extract_dates(doc, published) -> list[DateFact]``
- ``casualties.extract_casualties(doc, published, dates) -> tuple[list[Casualty], CasualtyTotals]``
- ``quotes.extract_quotes(doc, entities) -> list[Quote]``
- ``published.find_published(text) -> datetime.date | None`` (a date line near the top; no Doc needed)
- ``dateline.find_dateline(text) -> Dateline | None`` (the wire dateline and its place; published.py reads its date)
"""
