"""How factx reads one article before spaCy sees it: in which language, and which of it is prose.

A text reliably in another language is not parsed at all (English rules would find false facts in
it); a long text's windows that are not prose (a pattern repeated, runs of quotation marks) are
blanked. Either way the record says so in a note, so missing facts are never a silent loss.
"""

from __future__ import annotations

from dataclasses import dataclass

from .guard import Screening, screen
from .language import Language, detect_language
from .record import Note

LANGUAGE_OPTIONS = ("auto", "en")


@dataclass(slots=True)
class Reading:
    """One article as factx reads it."""

    language: Language
    screening: Screening

    @property
    def text(self) -> str:
        """What spaCy parses: nothing for a text in another language."""
        return self.screening.text if self.language.english else ""

    def keep_read(self, facts):
        """`facts` (record field to value) without the facts whose span reaches into text that was
        not read (a quote whose opening mark is before a blanked window and its closing one after
        it): every fact's text is then the input's own text at its offsets."""
        if not self.screening.skipped:
            return facts
        skipped = self.screening.skipped

        def unread(item) -> bool:
            span = getattr(item, "span", None)
            if getattr(item, "from_title", False):
                return False  # the title's offsets, not the text's
            return span is not None and any(start < span[1] and span[0] < end for start, end in skipped)

        for name, value in facts.items():
            if isinstance(value, list):
                facts[name] = [item for item in value if not unread(item)]
        return facts

    def notes(self) -> list[Note]:
        notes = []
        if not self.language.english:
            name = f"{self.language.name} ({self.language.code})" if self.language.code else "another language"
            notes.append(Note("not_english", f"the text is in {name}, not English: no facts were extracted "
                                             "(--language en reads it as English)"))
        if self.screening.skipped:
            notes.append(Note("not_prose", f"{self.screening.skipped_chars:,} characters were not read: not prose "
                                           "(one pattern repeated, or mostly quotation marks or symbols)",
                              list(self.screening.skipped)))
        return notes


def read(text: str, language: str = "auto") -> Reading:
    """The language (detected, or English when `language` is "en") and the screened text."""
    found = detect_language(text) if language == "auto" else Language.forced_english()
    return Reading(found, screen(text) if found.english else Screening(text))


def opens_with_title(title: str, text: str) -> bool:
    """Whether the text starts with its title (a headline line the text already holds, so the title
    has nothing to add and is not parsed on its own)."""
    head = " ".join(title.split()[:8]).lower()
    return bool(head) and head in " ".join(text[:len(title) + 200].split()).lower()
