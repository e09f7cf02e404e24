"""The phrase rules and cue phrases of the casualty stage, compiled once into one spaCy PhraseMatcher.

``lexicon/en/casualty_rules.toml`` declares each rule as a spaCy pattern (a ``DependencyMatcher``
pattern where the parse is the rule, a ``Matcher`` token pattern where word order is), with what a
match marks and an invented example with its expected facts; ``tests/test_casualty_rules.py`` runs
every example. The cue phrases of ``casualties.toml [termsets]`` (negation, modality, statistics)
go into the same matcher, as negspacy does; ``Termsets`` extends them. A rule's ``unless`` names a
filter below that vetoes a match the pattern cannot exclude (a child that must be absent).

Speed decides how the patterns run. spaCy's ``Matcher`` costs about 0.15 ms a Doc even for one
pattern and the ``DependencyMatcher`` finds every node's tokens over the whole Doc (each "of", "in"
and number, with its ancestors): on the dev articles they took as long as the whole stage had. So a
token pattern made of words (``LOWER``) is expanded into its phrases, and a dependency pattern is
evaluated from its anchor, the node "trigger", whose words the PhraseMatcher finds: the few anchors
found, each node's attributes and relation are checked with spaCy's own operator meanings (the test
checks the result against the ``DependencyMatcher`` on every example). ``read_marks(doc)`` runs the
one matcher once per Doc and says, per token, which rule or cue covers it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import product
from types import MappingProxyType
from typing import Callable, Mapping

from ...lexicon import load
from ..per_vocab import built_for
from .words import WORDS

MARKS = ("trigger", "fatal", "feared", "suicide")  # what a rule's match marks


@dataclass(frozen=True, slots=True)
class ExpectedFact:
    """One fact an example must give: its kind, count, exact text, whether it is denied and whether
    the perpetrator is among its victims."""

    kind: str
    count: int | None
    text: str
    negated: bool = False
    perpetrator: bool = False


@dataclass(frozen=True, slots=True)
class Example:
    """An invented sentence and every fact it gives (none: nothing is a casualty)."""

    text: str
    expect: tuple[ExpectedFact, ...]


@dataclass(frozen=True, slots=True)
class Rule:
    """One phrase rule: a pattern, what its match marks and, for a trigger, the kind and reading.

    reading: how the trigger's victims are read ("suicide", "noun", "subset", "condition", "toll");
    first: whether the rule is tried before the trigger words (else after them)."""

    name: str
    marks: str
    matcher: str  # "dependency" or "token"
    pattern: tuple
    example: Example
    kind: str | None = None
    reading: str | None = None
    first: bool = True
    unless: str | None = None

    @property
    def anchor_words(self) -> list[str]:
        """The words the matcher looks for: a token pattern's phrases, a dependency pattern's anchor words."""
        if self.matcher == "token":
            return [" ".join(words) for words in product(*(_words(node, self.name, True) for node in self.pattern))]
        return _words(self.pattern[0]["RIGHT_ATTRS"], self.name, False)

    def holds_at(self, anchor) -> bool:
        """Whether a dependency pattern matches with its node "trigger" on the anchor token."""
        return _has(anchor, self.pattern[0]["RIGHT_ATTRS"]) and _match(self.pattern, {"trigger": anchor}, 1)


def _words(attrs: dict, rule: str, only_words: bool) -> list[str]:
    """The LOWER words of a pattern token (a token pattern's tokens may say nothing else)."""
    value = attrs.get("LOWER")
    if only_words and set(attrs) != {"LOWER"}:
        value = None
    if isinstance(value, dict) and set(value) == {"IN"}:
        return list(value["IN"])
    if isinstance(value, str):
        return [value]
    raise KeyError(f"casualty_rules.toml: rule {rule!r}: every token (and a dependency anchor) must give its LOWER words")


_ATTRIBUTES: Mapping[str, Callable] = MappingProxyType({
    "LOWER": lambda t: t.lower_, "LEMMA": lambda t: t.lemma_, "POS": lambda t: t.pos_, "TAG": lambda t: t.tag_,
    "DEP": lambda t: t.dep_, "LIKE_NUM": lambda t: t.like_num,
})
# spaCy's DependencyMatcher operators: A < B (A is B's child), A > B (B is A's child), A >-- B (B a left
# child), A ; B (A immediately follows B: the word before it, whatever the parse)
_RELATIONS: Mapping[str, Callable] = MappingProxyType({
    ";": lambda t: [t.doc[t.i - 1]] if t.i > 0 else [],
    "<": lambda t: [t.head] if t.head != t else [],
    ">": lambda t: list(t.children),
    ">--": lambda t: list(t.lefts),
    ">++": lambda t: list(t.rights),
})


def _has(token, attrs: dict) -> bool:
    """Whether the token has the node's attributes (values, or {IN: [...]} / {NOT_IN: [...]})."""
    for name, wanted in attrs.items():
        value = _ATTRIBUTES[name](token)
        if isinstance(wanted, dict):
            if ("IN" in wanted and value not in wanted["IN"]) or value in wanted.get("NOT_IN", ()):
                return False
        elif value != wanted:
            return False
    return True


def _match(pattern, bound: dict, index: int) -> bool:
    """Depth first over the pattern's nodes, each related to one bound before it."""
    if index == len(pattern):
        return True
    node = pattern[index]
    for candidate in _RELATIONS[node["REL_OP"]](bound[node["LEFT_ID"]]):
        if _has(candidate, node["RIGHT_ATTRS"]) and _match(pattern, {**bound, node["RIGHT_ID"]: candidate}, index + 1):
            return True
    return False


def _no_attempt(tok) -> bool:
    """ "attempted suicide", "a possible suicide": no death."""
    return not any(c.lower_ in WORDS.triggers.attempts for c in tok.children)


def _not_others(tok) -> bool:
    """ "three other men were taken to hospital", "sent two others to hospital": others than those
    told before, whom the article has already counted among the hit."""
    people = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    return not any(p.lemma_.lower() in WORDS.victims.others or any(
        g.lower_ in WORDS.victims.others for g in p.children) for p in people)


def _not_natural(tok) -> bool:
    """ "passed away peacefully", "passed away after a long illness": an obituary's death, as for "died"."""
    from .triggers import natural_death  # triggers reads the marks this module makes: imported when first used

    return not natural_death(tok)


FILTERS: Mapping[str, Callable] = MappingProxyType({"no_attempt": _no_attempt, "not_others": _not_others,
                                                    "not_natural": _not_natural})


def _word_lists(value):
    """A pattern value "$name" stands for the word list `name` of casualties.toml [triggers]."""
    if isinstance(value, dict):
        return {k: _word_lists(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_word_lists(v) for v in value]
    if isinstance(value, str) and value.startswith("$"):
        return sorted(getattr(WORDS.triggers, value[1:]))
    return value


def _example(entry: dict) -> Example:
    return Example(entry["example"], tuple(ExpectedFact(**fact) for fact in entry.get("expect", ())))


def _rule(entry: dict) -> Rule:
    known = {"name", "marks", "matcher", "pattern", "example", "expect", "kind", "reading", "first", "unless"}
    if set(entry) - known or entry["marks"] not in MARKS or entry.get("unless", "no_attempt") not in FILTERS \
            or entry["matcher"] not in ("token", "dependency"):
        raise KeyError(f"casualty_rules.toml: rule {entry.get('name')!r} is malformed")
    if entry["matcher"] == "dependency" and (entry["pattern"][0].get("RIGHT_ID") != "trigger" or any(
            node["REL_OP"] not in _RELATIONS or set(node["RIGHT_ATTRS"]) - set(_ATTRIBUTES) for node in entry["pattern"][1:])):
        raise KeyError(f"casualty_rules.toml: rule {entry.get('name')!r}: the first node must be 'trigger', "
                       f"operators one of {sorted(_RELATIONS)}, attributes of {sorted(_ATTRIBUTES)}")
    return Rule(
        name=entry["name"], marks=entry["marks"], matcher=entry["matcher"],
        pattern=tuple(_word_lists(entry["pattern"])), example=_example(entry),
        kind=entry.get("kind"), reading=entry.get("reading"), first=entry.get("first", True),
        unless=entry.get("unless"),
    )


RULES: tuple[Rule, ...] = tuple(_rule(entry) for entry in load("casualty_rules")["rule"])
TERMSET_EXAMPLES: Mapping[str, Example] = MappingProxyType(
    {role: _example(entry) for role, entry in load("casualty_rules")["termset_example"].items()})


@dataclass(frozen=True)
class Termsets:
    """Cue phrases by role (negation, modality, statistics...): the lexicon's, extendable."""

    roles: Mapping[str, tuple[str, ...]]

    @classmethod
    def default(cls) -> Termsets:
        return DEFAULT_TERMSETS

    def extended(self, **extra: list[str]) -> Termsets:
        """These termsets plus more phrases for some roles: `Termsets.default().extended(modal=["ought to"])`."""
        roles = dict(self.roles)
        for role, phrases in extra.items():
            roles[role] = tuple(dict.fromkeys([*roles.get(role, ()), *(p.lower() for p in phrases)]))
        return Termsets(MappingProxyType(roles))

    def without(self, *roles: str) -> Termsets:
        """These termsets with some roles emptied (what a cue changes, in the tests)."""
        return Termsets(MappingProxyType({role: () if role in roles else terms for role, terms in self.roles.items()}))

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.roles.items())))


DEFAULT_TERMSETS = Termsets(WORDS.termsets)


@dataclass(slots=True)
class Marks:
    """What the rules and cues found in one Doc, by token index."""

    first: dict[int, Rule] = field(default_factory=dict)  # trigger rules tried before the trigger words
    last: dict[int, Rule] = field(default_factory=dict)  # ... and after them
    fatal: set[int] = field(default_factory=set)  # "shot dead": the trigger before the fatal words
    feared: set[int] = field(default_factory=set)  # "feared dead": missing, not yet killed
    suicide: list[tuple[int, int]] = field(default_factory=list)  # "took his own life", "killed himself"
    cues: dict[int, set[str]] = field(default_factory=dict)  # the cue roles covering each token
    cue_spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    fired: set[str] = field(default_factory=set)  # the names of the rules that matched

    def cue(self, token, role: str) -> bool:
        """Whether a cue phrase of `role` covers the token."""
        roles = self.cues.get(token.i)
        return roles is not None and role in roles

    def cue_within(self, span, role: str) -> bool:
        """Whether a whole cue phrase of `role` lies inside the span."""
        return any(span.start <= start and end <= span.end for start, end in self.cue_spans.get(role, ()))

    def suicide_within(self, span) -> bool:
        return any(span.start <= start and end <= span.end for start, end in self.suicide)


class CompiledRules:
    """The rules' and the termsets' phrases in one PhraseMatcher (lower-cased text), for one vocabulary."""

    def __init__(self, vocab, termsets: Termsets):
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc

        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        self.keys: dict[int, Rule | str] = {}  # match key -> the rule, or the cue role
        entries = [(f"factx-rule-{r.name}", r, r.anchor_words) for r in RULES]
        entries += [(f"factx-cue-{role}", role, terms) for role, terms in termsets.roles.items()]
        for name, meaning, phrases in entries:
            # kept for good: the matcher looks its keys up at every call, and it may be built inside a
            # memory zone (the pipeline's batches), whose transient strings are freed at its end
            self.keys[vocab.strings.add(name, allow_transient=False)] = meaning
            self.matcher.add(name, [Doc(vocab, words=phrase.split()) for phrase in phrases])

    def marks(self, doc) -> Marks:
        found = Marks()
        for key, start, end in self.matcher(doc):
            meaning = self.keys[key]
            if isinstance(meaning, Rule):
                _mark(found, doc, meaning, start, end)
            else:
                found.cue_spans.setdefault(meaning, []).append((start, end))
                for i in range(start, end):
                    found.cues.setdefault(i, set()).add(meaning)
        return found


def _mark(found: Marks, doc, rule: Rule, start: int, end: int) -> None:
    """Note what one rule's match says, once its pattern and filter hold."""
    anchor = doc[start]
    if rule.matcher == "dependency" and not rule.holds_at(anchor):
        return
    if rule.unless is not None and not FILTERS[rule.unless](anchor):
        return
    found.fired.add(rule.name)
    if rule.marks == "trigger":
        table = found.first if rule.first else found.last
        if start not in table or RULES.index(rule) < RULES.index(table[start]):
            table[start] = rule
    elif rule.marks == "fatal":
        if start > 0:
            found.fatal.add(start - 1)  # the words follow the trigger they say killed
    elif rule.marks == "feared":
        found.feared.add(start)
    else:
        found.suicide.append((start, end))


_COMPILED: dict = {}  # per vocab and termsets (per_vocab.built_for)


def read_marks(doc, termsets: Termsets | None = None) -> Marks:
    """The rules' and cues' marks on one Doc (the matchers are built once per vocabulary)."""
    termsets = termsets or DEFAULT_TERMSETS
    return built_for(_COMPILED, doc.vocab, lambda: CompiledRules(doc.vocab, termsets), termsets).marks(doc)
