"""Score factx against annotated news (the format and rules of shared/data/README.md).

- dates: TempEval-3 style; one-to-one matching by largest character overlap (any overlap counts);
  relaxed and strict P/R/F1, value accuracy over matches, value F1 = relaxed F1 x value accuracy.
- quotes: non-indirect predictions matched one-to-one to gold contents by character Jaccard
  (>= 0.3 lenient, >= 0.8 strict), largest first; recall over gold direct quotes only; speaker
  accuracy over matched direct quotes that have a gold source.
- casualties: per-article exact accuracy and mean absolute error of the killed and injured totals.
- date cases (gold with `"exhaustive": false`): per annotated expression, detected when a predicted
  date covers it, value right after TimeML-equivalent spellings are made one; dates in negative
  cases are false positives.
- entities: CoNLL types; mention P/R/F1 on exact span and type, and the share of surnames that join
  their full name's entity.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Callable, Iterable, Iterator, Optional

from .lexicon.people import titles
from .lexicon.quotes import quote_lexicon

KINDS = ("dates", "quotes", "casualties", "entities")

OPENING_MARKS = quote_lexicon().marks.opening  # every mark that can open a quote, in any convention
CLOSING_MARKS = quote_lexicon().marks.closing
TITLES = titles().all  # one title list, shared with the quotes' speakers (lexicon/en/people.toml)


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


# ---------------------------------------------------------------- date cases (partial gold)

# TimeML spellings that mean the same value (shared/data/README.md lists them), made one before comparing.
_DECADE_OR_CENTURY = re.compile(r"^(\d{2,3})X{1,2}(?=$|-)")  # 196X = 196, 19XX = 19 (four characters)
_BARE_WEEKEND = re.compile(r"^(\d{4}|XXXX)-WE$")  # XXXX-WE = XXXX-WXX-WE
_HOUR_ONLY = re.compile(r"(T\d{2})(?![\d:])")  # T15 = T15:00
_ZERO_SECONDS = re.compile(r"(T\d{2}:\d{2}):00(?!\d)")  # T15:30:00 = T15:30
_ZONE_COLON = re.compile(r"([+-]\d{2}):(\d{2})$")  # +08:00 = +0800
_DURATION = re.compile(r"^P(?:(?:\d+(?:\.\d+)?|X+)(?:ML|CE|DE|WE|Y|Q|M|W|D))*(?:T(?:(?:\d+(?:\.\d+)?|X+)[HMS])+)?$")
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?|X+)(ML|CE|DE|WE|Y|Q|M|W|D|H|S)")
# A duration's amount in months (calendar units) and in seconds (fixed-length units); M is a month
# before the T and a minute after it.
_MONTHS = {"ML": 12000, "CE": 1200, "DE": 120, "Y": 12, "Q": 3, "M": 1}
_SECONDS = {"W": 7 * 86400, "D": 86400}
_TIME_SECONDS = {"H": 3600, "M": 60, "S": 1}


def duration_amount(value: str) -> Optional[str]:
    """`P10Y` and `P1DE` both give "P120M0S": a duration as its amount, None when not a countable one."""
    if value in ("P", "PT") or value.endswith("T") or not _DURATION.match(value):
        return None
    date_part, _, time_part = value[1:].partition("T")
    months, seconds = Fraction(0), Fraction(0)
    for part, in_time in ((date_part, False), (time_part, True)):
        for amount, unit in _DURATION_PART.findall(part):
            if amount.startswith("X") or unit == "WE":
                return None  # "PXY", a weekend: no amount to convert, the spelling itself is compared
            if in_time:
                seconds += Fraction(amount) * _TIME_SECONDS[unit]
            elif unit in _MONTHS:
                months += Fraction(amount) * _MONTHS[unit]
            else:
                seconds += Fraction(amount) * _SECONDS[unit]
    return f"P{months}M{seconds}S"


def canonical_value(value) -> str:
    """One spelling for TimeML-equivalent values, so that a scorer compares meanings, not notations."""
    text = str(value).strip().upper()
    amount = duration_amount(text)
    if amount is not None:
        return amount
    text = _DECADE_OR_CENTURY.sub(r"\1", text) if len(text.split("-")[0]) == 4 else text
    text = _BARE_WEEKEND.sub(r"\1-WXX-WE", text)
    text = _HOUR_ONLY.sub(r"\1:00", text)
    text = _ZERO_SECONDS.sub(r"\1", text)
    return _ZONE_COLON.sub(r"\1\2", text)


def _canonical_interval(interval) -> Optional[str]:
    if not isinstance(interval, dict) or interval.get("start") is None or interval.get("end") is None:
        return None
    return f"{canonical_value(interval['start'])}/{canonical_value(interval['end'])}"


def value_right(pred: dict, gold: dict) -> bool:
    """The prediction's value is the gold value or one of its `alt`; a range without a value, its interval."""
    alternatives = gold.get("alt") or []
    if gold.get("value") is None:
        accepted = {_canonical_interval(i) for i in [gold.get("interval"), *alternatives] if isinstance(i, dict)}
        found = _canonical_interval(pred.get("interval"))
    else:
        accepted = {canonical_value(v) for v in [gold["value"], *alternatives] if isinstance(v, str)}
        found = canonical_value(pred["value"]) if pred.get("value") is not None else None
    return found is not None and found in accepted


def covers(span, start: int, end: int) -> bool:
    return span[0] <= start and span[1] >= end


@dataclass
class CaseOutcome:
    """How one annotated expression fared: the prediction judged (if any) and the three verdicts."""

    gold: dict
    prediction: Optional[dict]
    covered: bool
    overlapped: bool
    value_right: bool


def judge_case(predicted: list[dict], gold: dict) -> CaseOutcome:
    """Judge one gold expression by the covering prediction (the shortest), else the most overlapping one."""
    g_span = (gold["start"], gold["end"])
    covering = [p for p in predicted if covers(p["span"], *g_span)]
    if covering:
        chosen = min(covering, key=lambda p: p["span"][1] - p["span"][0])
    else:
        overlapping = [p for p in predicted if overlap(tuple(p["span"]), g_span) > 0]
        chosen = max(overlapping, key=lambda p: overlap(tuple(p["span"]), g_span)) if overlapping else None
    return CaseOutcome(gold=gold, prediction=chosen, covered=bool(covering), overlapped=chosen is not None,
                       value_right=chosen is not None and value_right(chosen, gold))


SCORED_STATUSES = {"ok": ("ok",), "ok_convention": ("ok", "convention")}


def _case_shares(outcomes: list[CaseOutcome]) -> dict:
    n = len(outcomes)
    return {
        "golds": n,
        "detected": sum(o.covered for o in outcomes) / n if n else 0.0,
        "overlapped": sum(o.overlapped for o in outcomes) / n if n else 0.0,
        "value_accuracy": sum(o.value_right for o in outcomes) / n if n else 0.0,
    }


@dataclass
class DateCaseTally:
    """Partial gold: only the annotated expressions count, and any date in a negative case is wrong."""

    cases: int = 0
    negative_cases: int = 0
    negative_false_positives: int = 0
    disputed: int = 0
    outcomes: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    def add(self, article_id: str, text: str, predicted: list[dict], gold: list[dict], negative: bool = False) -> None:
        self.cases += 1
        if negative:
            self.negative_cases += 1
            self.negative_false_positives += len(predicted)
            for p in predicted:
                self.errors.append({"id": article_id, "error": "spurious", "text": p["text"], "predicted": p["value"],
                                    "context": _context(text, *p["span"])})
        for g in gold:
            if g.get("status", "ok") == "disputed":
                self.disputed += 1
                continue
            outcome = judge_case(predicted, g)
            self.outcomes.append(outcome)
            if not (outcome.covered and outcome.value_right):
                self.errors.append(self._error_row(article_id, text, outcome))

    @staticmethod
    def _error_row(article_id: str, text: str, outcome: CaseOutcome) -> dict:
        g, p = outcome.gold, outcome.prediction
        wanted = g["value"] if g.get("value") is not None else g.get("interval")
        row = {"id": article_id, "error": "missed", "text": g["text"], "gold": wanted, "alt": g.get("alt", []),
               "status": g.get("status", "ok"), "kind": g.get("kind"), "type": g.get("type")}
        if p is not None:
            row["error"] = "value" if not outcome.value_right else "partial"
            row.update({"covered": outcome.covered, "text": p["text"], "gold_text": g["text"],
                        "predicted": p["value"] if g.get("value") is not None else p.get("interval"),
                        "predicted_type": p.get("type")})
        row["context"] = _context(text, g["start"], g["end"])
        return row

    def _scored(self, statuses: tuple, kind: Optional[str] = None) -> list[CaseOutcome]:
        return [o for o in self.outcomes if o.gold.get("status", "ok") in statuses
                and (kind is None or (o.gold.get("kind") or "none") == kind)]

    def figures(self) -> dict:
        figures = {"cases": self.cases, "negative_cases": self.negative_cases, "disputed_not_scored": self.disputed}
        for prefix, statuses in SCORED_STATUSES.items():
            figures.update({f"{prefix}_{k}": v for k, v in _case_shares(self._scored(statuses)).items()})
        figures["negative_false_positives"] = self.negative_false_positives
        kinds = sorted({o.gold.get("kind") or "none" for o in self.outcomes})
        for prefix, statuses in SCORED_STATUSES.items():
            figures[f"{prefix}_by_kind"] = {kind: _case_shares(self._scored(statuses, kind)) for kind in kinds}
        return figures


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
    end_to_end: int = 0  # gold direct quotes matched (lenient) with the speaker right too
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
                        self.end_to_end += 1
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
            # Quote and speaker both right, over every gold direct quote (a reader's view of the two together).
            "end_to_end": self.end_to_end / self.gold_direct if self.gold_direct else 0.0,
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


# ---------------------------------------------------------------- entities (CoNLL types)

CONLL_TYPES = ("PER", "ORG", "LOC")
CONLL_LABEL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


@dataclass(frozen=True)
class Mention:
    """One predicted mention in CoNLL terms, with the index of the factx entity that holds it."""

    start: int
    end: int
    type: str
    entity: int


def predicted_mentions(entities: list[dict]) -> list[Mention]:
    """Every mention of every entity whose label maps to a CoNLL type; other labels predict nothing."""
    return [Mention(s, e, CONLL_LABEL[ent["label"]], number)
            for number, ent in enumerate(entities) if ent.get("label") in CONLL_LABEL
            for s, e in ent["mentions"]]


@dataclass(frozen=True)
class SurnameCase:
    """A one-token gold PER after the only full name of the document that ends in it."""

    start: int
    end: int
    text: str
    full_name: str
    full_name_spans: tuple


def surname_cases(gold: list[dict]) -> list[SurnameCase]:
    """The gold surnames to check; tokens and names compare case-insensitively (headlines are in capitals)."""
    people = sorted((g for g in gold if g["type"] == "PER"), key=lambda g: g["start"])
    full_names = [g for g in people if len(g["text"].split()) > 1]
    cases = []
    for g in people:
        if len(g["text"].split()) != 1:
            continue
        token = g["text"].casefold()
        ending = [f for f in full_names if f["text"].split()[-1].casefold() == token]
        if len({f["text"].casefold() for f in ending}) == 1 and ending[0]["start"] < g["start"]:
            cases.append(SurnameCase(g["start"], g["end"], g["text"], ending[0]["text"],
                                     tuple((f["start"], f["end"]) for f in ending)))
    return cases


def surname_joined(case: SurnameCase, entities: list[dict]) -> bool:
    """The surname's exact span and one of its full name's spans are mentions of one factx entity."""
    for ent in entities:
        spans = {tuple(m) for m in ent["mentions"]}
        if (case.start, case.end) in spans and spans.intersection(case.full_name_spans):
            return True
    return False


@dataclass
class EntityTally:
    """Mention P/R/F1 by CoNLL type (exact span and type) and surnames joined to their full name."""

    documents: int = 0
    predicted: dict = field(default_factory=lambda: dict.fromkeys(CONLL_TYPES, 0))
    gold: dict = field(default_factory=lambda: dict.fromkeys(CONLL_TYPES, 0))
    matched: dict = field(default_factory=lambda: dict.fromkeys(CONLL_TYPES, 0))
    surnames: int = 0
    surnames_joined: int = 0
    groups_names: bool = True  # False for a baseline that has no entities, only mentions
    errors: list = field(default_factory=list)

    def add(self, article_id: str, text: str, entities: list[dict], gold: list[dict]) -> None:
        self.documents += 1
        predicted = predicted_mentions(entities)
        scored_gold = [g for g in gold if g["type"] in CONLL_TYPES]
        wanted = {(g["start"], g["end"], g["type"]) for g in scored_gold}
        found = set()
        for m in predicted:
            self.predicted[m.type] += 1
            key = (m.start, m.end, m.type)
            if key in wanted and key not in found:
                found.add(key)
                self.matched[m.type] += 1
            else:
                self.errors.append(self._spurious_row(article_id, text, m, gold))
        for g in scored_gold:
            self.gold[g["type"]] += 1
            if (g["start"], g["end"], g["type"]) not in found:
                self.errors.append(self._missed_row(article_id, text, g, predicted))
        if self.groups_names:
            self._add_surnames(article_id, text, entities, gold)

    def _add_surnames(self, article_id: str, text: str, entities: list[dict], gold: list[dict]) -> None:
        for case in surname_cases(gold):
            self.surnames += 1
            if surname_joined(case, entities):
                self.surnames_joined += 1
                continue
            holder = [ent for ent in entities if [case.start, case.end] in [list(m) for m in ent["mentions"]]]
            self.errors.append({"id": article_id, "error": "surname", "text": case.text, "full_name": case.full_name,
                                "predicted": f"{holder[0]['text']} ({holder[0]['label']})" if holder else None,
                                "context": _context(text, case.start, case.end)})

    @staticmethod
    def _spurious_row(article_id: str, text: str, m: Mention, gold: list[dict]) -> dict:
        """A prediction with no gold twin, and why: another type on the same span, a boundary, or nothing."""
        same = [g for g in gold if (g["start"], g["end"]) == (m.start, m.end)]
        near = [g for g in gold if overlap((m.start, m.end), (g["start"], g["end"])) > 0]
        cause = "type" if same else "boundary" if near else "none"
        row = {"id": article_id, "error": "spurious", "cause": cause, "text": text[m.start:m.end], "type": m.type}
        if same or near:
            row["gold"] = {"text": (same or near)[0]["text"], "type": (same or near)[0]["type"]}
        row["context"] = _context(text, m.start, m.end)
        return row

    @staticmethod
    def _missed_row(article_id: str, text: str, g: dict, predicted: list[Mention]) -> dict:
        same = [m for m in predicted if (m.start, m.end) == (g["start"], g["end"])]
        near = [m for m in predicted if overlap((m.start, m.end), (g["start"], g["end"])) > 0]
        cause = "type" if same else "boundary" if near else "none"
        row = {"id": article_id, "error": "missed", "cause": cause, "text": g["text"], "type": g["type"]}
        if same or near:
            m = (same or near)[0]
            row["predicted"] = {"text": text[m.start:m.end], "type": m.type}
        row["context"] = _context(text, g["start"], g["end"])
        return row

    def figures(self) -> dict:
        total = prf(sum(self.matched.values()), sum(self.predicted.values()),
                    sum(self.matched.values()), sum(self.gold.values()))
        figures = {"documents": self.documents, "gold_mentions": sum(self.gold.values()),
                   "predicted_mentions": sum(self.predicted.values()),
                   "mention_precision": total["precision"], "mention_recall": total["recall"],
                   "mention_f1": total["f1"]}
        if self.groups_names:
            figures.update({"surnames_after_full_name": self.surnames, "surnames_joined": self.surnames_joined,
                            "surnames_joined_share": self.surnames_joined / self.surnames if self.surnames else 0.0})
        figures["by_type"] = {
            t: {"gold": self.gold[t], "predicted": self.predicted[t],
                **prf(self.matched[t], self.predicted[t], self.matched[t], self.gold[t])}
            for t in CONLL_TYPES
        }
        return figures


# ---------------------------------------------------------------- driver


def read_gold(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def date_tally(gold_articles: list[dict]):
    """TempEval-3 scoring for exhaustive gold, case scoring for partial gold; a file may not mix them."""
    partial = {article["gold"].get("exhaustive", True) is False for article in gold_articles}
    if len(partial) > 1:
        raise ValueError("it mixes exhaustive and partial (`exhaustive: false`) gold: score them as two files")
    return DateCaseTally() if partial == {True} else DateTally()


def score(kind: str, gold_articles: list[dict], records: Iterable[dict], groups_names: bool = True):
    """Tally predictions (record dicts, in the gold file's order) against the gold articles."""
    if kind == "dates":
        tally = date_tally(gold_articles)
    elif kind == "entities":
        tally = EntityTally(groups_names=groups_names)
    else:
        tally = {"quotes": QuoteTally, "casualties": CasualtyTally}[kind]()
    for article, record in zip(gold_articles, records, strict=True):
        gold = article["gold"]
        if "error" in record:  # still scored, as finding nothing, so a crash cannot flatter the figures
            tally.errors.append({"id": article["id"], "error": "failed", "message": record["error"]["message"]})
        if isinstance(tally, DateCaseTally):
            tally.add(article["id"], article["text"], record.get("dates", []), gold["timexes"],
                      negative=bool(article.get("negative")))
        elif kind == "dates":
            tally.add(article["id"], article["text"], record.get("dates", []), gold["timexes"])
        elif kind == "entities":
            tally.add(article["id"], article["text"], record.get("entities", []), gold["entities"])
        elif kind == "quotes":
            tally.add(article["id"], article["text"], record.get("quotes", []), gold["quotes"])
        else:
            tally.add(article["id"], article["text"], record.get("casualty_totals", {}), gold)
    return tally


BASELINES = ("spacy",)


def spacy_entity_records(gold_articles: list[dict], model: Optional[str] = None) -> Iterator[dict]:
    """Bare spaCy, for comparison: each of doc.ents is an entity of one mention (nothing is grouped)."""
    import spacy

    from .pipeline import resolve_model_name

    nlp = spacy.load(resolve_model_name(model))
    for doc in nlp.pipe(article["text"] for article in gold_articles):
        yield {"entities": [{"text": ent.text, "label": ent.label_, "mentions": [[ent.start_char, ent.end_char]]}
                            for ent in doc.ents]}


def evaluate(kind: str, path: str, model: Optional[str] = None, jobs: int = 1, limit: Optional[int] = None,
             baseline: Optional[str] = None):
    """Run factx (or a baseline) over a gold file and return the tally (`.figures()`, `.errors`)."""
    if kind not in KINDS:
        raise ValueError(f"unknown evaluation {kind!r}: choose one of {', '.join(KINDS)}")
    if baseline is not None and (baseline not in BASELINES or kind != "entities"):
        raise ValueError(f"no baseline {baseline!r} for {kind}: the one baseline is spacy, for entities")
    from .formats import outcome_dict
    from .pipeline import run
    from .reader import read_jsonl_lines

    gold_articles = read_gold(path)[:limit]
    if baseline == "spacy":
        return score(kind, gold_articles, spacy_entity_records(gold_articles, model), groups_names=False)
    lines = (json.dumps({k: a.get(k) for k in ("id", "text", "published", "title")}) for a in gold_articles)
    outcomes = run(read_jsonl_lines(lines, path), model=model, jobs=jobs)
    return score(kind, gold_articles, (outcome_dict(o) for o in outcomes))
