"""The Python API as the README and the package docstring show it."""

from __future__ import annotations

import doctest

import factx


def test_package_docstring_example_runs():
    result = doctest.testmod(factx)
    assert result.attempted > 0 and result.failed == 0


def test_extract_returns_a_typed_record_anchored_on_published():
    record = factx.extract("Three people were injured in Leeds on Monday, police said.", published="2021-02-25")
    assert record.casualty_totals.injured == 3
    assert [(d.text, d.value) for d in record.dates] == [("Monday", "2021-02-22")]
    assert record.to_dict()["published_source"] == "input"


def test_extract_stays_the_function_once_the_extractors_are_loaded():
    """Loading factx's submodules (the extractors, the registry) must not rebind `factx.extract`."""
    import factx.api
    import factx.extractors.dates  # noqa: F401
    import factx.registry  # noqa: F401

    record = factx.extract("Two people were killed in Paris on Monday.", published="2021-02-25")
    assert factx.extract is factx.api.extract
    assert record.casualty_totals.killed == 2 and [d.value for d in record.dates] == ["2021-02-22"]
