"""factx: verifiable facts (entities, dates, casualties, quotes) from news articles.

    >>> import factx
    >>> record = factx.extract("Two people were killed on Monday, police said.", published="2021-02-25")
    >>> record.casualty_totals.killed
    2

The heavy imports (spaCy, dateparser) happen on first use, so importing factx is cheap.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "extract", "extract_batch"]

from .api import extract, extract_batch  # noqa: E402  (light: the heavy imports are inside)
