"""Score factx against annotated news (the format and rules of shared/data/README.md).

- dates: TempEval-3 style; one-to-one matching by largest character overlap (any overlap counts);
  relaxed and strict P/R/F1, value accuracy over matches, value F1 = relaxed F1 x value accuracy.
- quotes: non-indirect predictions matched one-to-one to gold contents by character Jaccard
  (>= 0.3 lenient, >= 0.8 strict), largest first; recall over gold direct quotes only; speaker
  accuracy over matched direct quotes that have a gold source.
- casualties: per-article exact accuracy and mean absolute error of the killed and injured totals.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

KINDS = ("dates", "quotes", "casualties")

OPENING_MARKS = "\"“‘'«‹„‚`"
CLOSING_MARKS = "\"”’'»›‘“`"
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sen", "senator", "rep", "gov", "governor",
    "president", "gen", "general", "col", "sgt", "lt", "capt", "sir", "dame", "lord", "lady", "rev",
    "jr", "sr", "ii", "iii", "judge", "justice", "secretary", "minister", "mayor", "chief",
}


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = overlap(a, b)
    union = (a[1] - a[0]) + (b[1] - b[0]) - inter
    return inter / union if union > 0 else 0.0


def match_one_to_one(predicted: list, gold: list, score: Callable, threshold: float) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best score first; pairs (pred index, gold index)."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            s = score(p, g)
            if s > 0 and s >= threshold:
                candidates.append((s, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    """The span with some text either side, on one line, so an error can be judged without the article."""
    return " ".join(text[max(0, start - width): end + width].split())


def prf(matched_p: int, n_pred: int, matched_g: int, n_gold: int) -> dict:
    p = matched_p / n_pred if n_pred else 0.0
    r = matched_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


# ---------------------------------------------------------------- dates


@dataclass
class DateTally:
    pred: int = 0
    gold: int = 0
    relaxed: int = 0
    strict: int = 0
    value_ok: int = 0
    errors: list = field(default_factory=list)

    def add(self, article_id: str, text: str, predicted: list[dict], gold: list[dict]) -> None:
        self.pred += len(predicted)
        self.gold += len(gold)
        pairs = match_one_to_one(
            predicted, gold, lambda p, g: overlap(tuple(p["span"]), (g["start"], g["end"])), threshold=1e-9
        )
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        for i, j in pairs:
            p, g = predicted[i], gold[j]
            self.relaxed += 1
            if tuple(p["span"]) == (g["start"], g["end"]):
                self.strict += 1
            if str(p["value"]).casefold() == str(g["value"]).casefold():
                self.value_ok += 1
            else:
                self.errors.append({"id": article_id, "error": "value", "text": p["text"], "gold_text": g["text"],
                                    "predicted": p["value"], "gold": g["value"], "type": g["type"],
                                    "context": _context(text, g["start"], g["end"])})
        for i, p in enumerate(predicted):
            if i not in matched_p:
                self.errors.append({"id": article_id, "error": "spurious", "text": p["text"], "predicted": p["value"],
                                    "context": _context(text, *p["span"])})
        for j, g in enumerate(gold):
            if j not in matched_g:
                self.errors.append({"id": article_id, "error": "missed", "text": g["text"], "gold": g["value"],
                                    "type": g["type"], "context": _context(text, g["start"], g["end"])})

    def figures(self) -> dict:
        relaxed = prf(self.relaxed, self.pred, self.relaxed, self.gold)
        strict = prf(self.strict, self.pred, self.strict, self.gold)
        value_accuracy = self.value_ok / self.relaxed if self.relaxed else 0.0
        return {
            "articles_gold_timexes": self.gold,
            "predicted": self.pred,
            "relaxed_precision": relaxed["precision"],
            "relaxed_recall": relaxed["recall"],
            "relaxed_f1": relaxed["f1"],
            "strict_f1": strict["f1"],
            "value_accuracy": value_accuracy,
            "value_f1": relaxed["f1"] * value_accuracy,
        }


# ---------------------------------------------------------------- quotes


def is_direct(text: str) -> bool:
    """Gold content that opens with a quotation mark and closes with one (trailing punctuation aside)."""
    stripped = text.strip()
    body = stripped.rstrip(".,;:!?)—–- ")
    return bool(body) and stripped[0] in OPENING_MARKS and (body[-1] in CLOSING_MARKS or stripped[-1] in CLOSING_MARKS)


def last_name_word(speaker: str) -> Optional[str]:
    words = [w.strip(".,").casefold() for w in speaker.split()]
    words = [w for w in words if w and w not in TITLES]
    return words[-1] if words else None


def speaker_right(pred: dict, gold: dict) -> bool:
    span = pred.get("speaker_span")
    if span and any(overlap(tuple(span), tuple(s)) > 0 for s in gold["source"]):
        return True
    speaker = pred.get("speaker")
    if speaker:
        word = last_name_word(speaker)
        if word and word in re.findall(r"[\w'’-]+", gold.get("source_text", "").casefold()):
            return True
    return False


@dataclass
class QuoteTally:
    pred: int = 0
    gold_direct: int = 0
    lenient_p: int = 0
    lenient_g: int = 0
    strict_p: int = 0
    strict_g: int = 0
    speaker_total: int = 0
    speaker_ok: int = 0
    errors: list = field(default_factory=list)

    def add(self, article_id: str, text: str, predicted: list[dict], gold: list[dict]) -> None:
        predicted = [q for q in predicted if q.get("type") != "indirect"]
        direct = [is_direct(g["text"]) for g in gold]
        self.pred += len(predicted)
        self.gold_direct += sum(direct)

        def score(p, g):
            return jaccard(tuple(p["span"]), (g["start"], g["end"]))

        for threshold, name in ((0.3, "lenient"), (0.8, "strict")):
            pairs = match_one_to_one(predicted, gold, score, threshold)
            setattr(self, f"{name}_p", getattr(self, f"{name}_p") + len(pairs))
            setattr(self, f"{name}_g", getattr(self, f"{name}_g") + sum(1 for _, j in pairs if direct[j]))
            if name != "lenient":
                continue
            matched_p = {i for i, _ in pairs}
            matched_g = {j for _, j in pairs}
            for i, j in pairs:
                g = gold[j]
                if direct[j] and g.get("source"):
                    self.speaker_total += 1
                    if speaker_right(predicted[i], g):
                        self.speaker_ok += 1
                    else:
                        self.errors.append({"id": article_id, "error": "speaker", "quote": g["text"][:80],
                                            "predicted": predicted[i].get("speaker"), "gold": g.get("source_text")})
            for i, p in enumerate(predicted):
                if i not in matched_p:
                    self.errors.append({"id": article_id, "error": "spurious", "quote": p["text"][:120]})
            for j, g in enumerate(gold):
                if j not in matched_g and direct[j]:
                    self.errors.append({"id": article_id, "error": "missed", "quote": g["text"][:120],
                                        "gold": g.get("source_text")})

    def figures(self) -> dict:
        lenient = prf(self.lenient_p, self.pred, self.lenient_g, self.gold_direct)
        strict = prf(self.strict_p, self.pred, self.strict_g, self.gold_direct)
        return {
            "gold_direct_quotes": self.gold_direct,
            "predicted": self.pred,
            "lenient_precision": lenient["precision"],
            "lenient_recall": lenient["recall"],
            "lenient_f1": lenient["f1"],
            "strict_precision": strict["precision"],
            "strict_recall": strict["recall"],
            "strict_f1": strict["f1"],
            "speaker_accuracy": self.speaker_ok / self.speaker_total if self.speaker_total else 0.0,
        }


# ---------------------------------------------------------------- casualties


@dataclass
class CasualtyTally:
    articles: int = 0
    killed_ok: int = 0
    injured_ok: int = 0
    killed_abs: int = 0
    injured_abs: int = 0
    errors: list = field(default_factory=list)

    def add(self, article_id: str, text: str, totals: dict, gold: dict) -> None:
        self.articles += 1
        row = {"id": article_id}
        for kind in ("killed", "injured"):
            predicted = (totals or {}).get(kind) or 0
            expected = gold.get(kind) or 0
            if predicted == expected:
                setattr(self, f"{kind}_ok", getattr(self, f"{kind}_ok") + 1)
            else:
                row[kind] = {"predicted": predicted, "gold": expected}
            setattr(self, f"{kind}_abs", getattr(self, f"{kind}_abs") + abs(predicted - expected))
        if len(row) > 1:
            self.errors.append(row)

    def figures(self) -> dict:
        n = self.articles or 1
        return {
            "articles": self.articles,
            "killed_accuracy": self.killed_ok / n,
            "injured_accuracy": self.injured_ok / n,
            "killed_mae": self.killed_abs / n,
            "injured_mae": self.injured_abs / n,
        }


# ---------------------------------------------------------------- driver


def read_gold(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(kind: str, gold_articles: list[dict], records: Iterable[dict]):
    """Tally predictions (record dicts, in the gold file's order) against the gold articles."""
    tally = {"dates": DateTally, "quotes": QuoteTally, "casualties": CasualtyTally}[kind]()
    for article, record in zip(gold_articles, records, strict=True):
        gold = article["gold"]
        if "error" in record:  # still scored, as finding nothing, so a crash cannot flatter the figures
            tally.errors.append({"id": article["id"], "error": "failed", "message": record["error"]["message"]})
        if kind == "dates":
            tally.add(article["id"], article["text"], record.get("dates", []), gold["timexes"])
        elif kind == "quotes":
            tally.add(article["id"], article["text"], record.get("quotes", []), gold["quotes"])
        else:
            tally.add(article["id"], article["text"], record.get("casualty_totals", {}), gold)
    return tally


def evaluate(kind: str, path: str, model: Optional[str] = None, jobs: int = 1, limit: Optional[int] = None):
    """Run factx over a gold file and return the tally (`.figures()`, `.errors`)."""
    if kind not in KINDS:
        raise ValueError(f"unknown evaluation {kind!r}: choose one of {', '.join(KINDS)}")
    from .formats import outcome_dict
    from .pipeline import run
    from .reader import read_jsonl_lines

    gold_articles = read_gold(path)[:limit]
    lines = (json.dumps({k: a.get(k) for k in ("id", "text", "published", "title")}) for a in gold_articles)
    outcomes = run(read_jsonl_lines(lines, path), model=model, jobs=jobs)
    return score(kind, gold_articles, (outcome_dict(o) for o in outcomes))
