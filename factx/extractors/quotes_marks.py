"""Pair quotation marks in one linear pass (no regex, so no backtracking on mark-heavy text).

An unclosed quote is dropped at the end of its paragraph unless the next paragraph reopens a
quote (the multi-paragraph convention), so a stray mark costs at most that one quote.
"""

from __future__ import annotations

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
_OPEN_CONTEXT = " \n\t([{―—–-/:"


def _closes_in_next_paragraph(text: str, j: int) -> bool:
    """A paragraph whose first curly mark closes: the quote went on without reopening."""
    end = text.find("\n", j)
    end = len(text) if end < 0 else end
    for k in range(j, end):
        if text[k] in OPEN_DOUBLE or text[k] == '"':
            return False
        if text[k] in CLOSE_DOUBLE:
            return True
    return False


def find_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted content, marks excluded; double marks, guillemets, ``PTB''
    style, single ‘curly’ quotes that are not apostrophes, and 'straight' ones in texts without
    double marks."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    # Straight single quotes are the quote marks only of a text that has no double ones (a house
    # style); beside double marks they nest inside quotes or set off headlines and titles.
    single_style = not any(mark in text for mark in ('"', "“", "„", "”", "«", "»", "``", "''"))
    open_at = -1  # content start of the open double quote
    single_at = -1  # content start of an open single quote (only outside double quotes)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            # A paragraph ends: an open quote continues only if the next paragraph reopens one.
            j = i
            while j < n and text[j] in " \n\t\r":
                j += 1
            reopens = j < n and (text[j] in OPEN_DOUBLE or text[j] == '"' or text.startswith("``", j))
            if open_at >= 0 and not reopens and not _closes_in_next_paragraph(text, j):
                open_at = -1
            elif open_at >= 0 and not reopens:
                i = j
                continue
            elif open_at >= 0 and j < n:
                i = j + (2 if text.startswith("``", j) else 1)  # skip the reopening mark
                continue
            single_at = -1
            i += 1
            continue
        if ch == "`" and text.startswith("``", i):
            if open_at < 0:
                open_at = i + 2
            i += 2
            continue
        if ch == "'" and text.startswith("''", i):
            if open_at >= 0:
                spans.append((open_at, i))
                open_at = -1
            i += 2
            continue
        if ch in OPEN_DOUBLE:
            open_at = i + 1  # an unclosed earlier one is lost, not the rest
        elif ch in CLOSE_DOUBLE:
            if open_at >= 0:
                spans.append((open_at, i))
            open_at = -1
        elif ch == '"':
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < n else " "
            if open_at < 0:
                if not (prev.isdigit() and not nxt.isalnum()):  # 12" is inches
                    open_at = i + 1
            elif prev in _OPEN_CONTEXT and nxt.isalnum() and i - open_at > 0 and text[open_at:i].strip() == "":
                open_at = i + 1
            else:
                spans.append((open_at, i))
                open_at = -1
        elif open_at < 0 and ch == "‘":
            prev = text[i - 1] if i else " "
            if not prev.isalnum():
                single_at = i + 1
        elif open_at < 0 and ch == "’" and single_at >= 0:
            nxt = text[i + 1] if i + 1 < n else " "
            if not nxt.isalnum() and i - single_at > 1:
                spans.append((single_at, i))
                single_at = -1
        elif open_at < 0 and ch == "'" and single_style:
            # Straight single quotes: an opener stands before a letter after a blank or a colon
            # (not "don't", not "'90s"); the closer after a word, before a blank or punctuation.
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < n else " "
            if prev == "'" or nxt == "'":
                pass  # part of a doubled '' mark, never a single quote
            elif single_at < 0:
                if prev in _OPEN_CONTEXT and nxt.isalpha():
                    single_at = i + 1
            elif not nxt.isalnum() and not prev.isspace() and text[single_at:i].count(" ") >= 2:
                spans.append((single_at, i))
                single_at = -1
        i += 1
    # Trim spaces of "spaced" scraped quotes so spans cover only the words.
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
