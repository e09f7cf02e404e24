"""Shared fixtures: the spaCy model loads once per test session (pipeline.load_model caches it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    from factx.pipeline import load_model

    return load_model()


@pytest.fixture(scope="session")
def parse(nlp):
    """Parse a text with the session's model: `doc = parse("...")`."""
    return nlp


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "seed-airstrike.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_record(seed_text):
    from factx.api import extract

    return extract(seed_text, id="seed").to_dict()


DCT = date(2021, 2, 25)
