"""Which language an article is in, so that English rules never read another language.

Read as English, German's article "die" is a casualty verb and French "le" a noun: a German page
gave thousands of casualty statements. factx asks CLD2 (Google's compact language detector, through
pycld2: no model to load, about 0.05 ms an article, a fraction of a percent of a run) and extracts
nothing from a text that is reliably in another language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

SAMPLE_CHARS = 8_000  # the start of the text says its language; CLD2's cost grows with the sample
# English share under which a text whose main language is another is not read as English. On the
# team's 6,078 English articles the lowest English share of any text whose first language was
# another was 31% (a table of Serbian club names under an English heading); every invented
# paragraph in another language had none.
ENGLISH_SHARE_MIN = 25
# CLD2 refuses control characters, lone surrogates and non-characters as "invalid UTF-8".
_UNREADABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
# CLD2's codes that ISO 639-1 spells otherwise (the old Hebrew and Javanese codes, regional forms).
_ISO_639_1 = {"iw": "he", "jw": "jv", "zh-Hant": "zh", "sr-ME": "sr"}


@dataclass(slots=True)
class Language:
    """The language factx takes a text to be in, and whether its English rules apply."""

    code: Optional[str]  # ISO 639-1 ("de"), ISO 639-3 where a language has no two-letter code; None: unknown
    english: bool  # read with the English rules: English, or too short or mixed to tell
    name: Optional[str] = None  # "German": for the record's note

    @classmethod
    def forced_english(cls) -> "Language":
        return cls("en", True, "English")


def iso_code(cld2_code: str) -> Optional[str]:
    """CLD2's code as ISO 639-1; None for CLD2's "unknown language in this script" codes."""
    if cld2_code.startswith(("xx", "zz")) or cld2_code == "un":
        return None
    return _ISO_639_1.get(cld2_code, cld2_code)


def detect_language(text: str) -> Language:
    """English unless CLD2 is reliably sure the text is mostly in another language.

    Too little text to tell (a headline, a list of dates) stays English: that is what factx reads.
    """
    import pycld2

    sample = _UNREADABLE.sub(" ", text[:SAMPLE_CHARS])
    try:
        reliable, _, found = pycld2.detect(sample, isPlainText=True)
    except (pycld2.error, ValueError, UnicodeError):
        return Language(None, True)
    name, code, _percent, _score = found[0]
    if not reliable or code == "un":
        return Language(None, True)
    english_share = sum(percent for _n, c, percent, _s in found if c == "en")
    if code == "en" or english_share >= ENGLISH_SHARE_MIN:
        return Language("en", True, "English")
    return Language(iso_code(code), False, name.capitalize() if name.isupper() else name)
