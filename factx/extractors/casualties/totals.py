"""The article's totals: each victim counted once, the way an editor reads the whole article.

A repeated statement is the same victims (the largest figure stands); a running toll ("the death toll
rose to 20") replaces the figures before it, even "two more bodies" added to an earlier toll; victims
listed together in one sentence, "also" and "another" add; an ordinal ("a second person died", "an
eighth arrest") is a running total; "shot" alone says someone was hit, and
those hit and not killed are the injured. A perpetrator counts when the article counts him ("four
dead, including the gunman") or when he shot himself; a suspect shot by the police is listed but not
added, as the annotated shooting reports do. An event the article calls a homicide or a fatal
shooting has at least one dead ("a double homicide" two).

``count_totals`` counts one event's statements (``events`` groups them); another incident told in
passing is an event of its own, not added to the article's totals.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...record import CasualtyTotals
from .statements import Statement
from .words import WORDS

TRIGGERS = WORDS.triggers
ANYBODY = frozenset(word.removesuffix("s") for word in WORDS.victims.anybody)

KINDS = ("killed", "injured", "missing", "kidnapped", "arrested", "hit")


def people_named(names) -> int:
    """How many different people a set of names points to (names that share a word are one)."""
    groups: list[set] = []
    for name in names:
        joined = [g for g in groups if g & name]
        merged = set(name).union(*joined) if joined else set(name)
        groups = [g for g in groups if not (g & name)] + [merged]
    return len(groups)


def _head_word(who: str) -> str:
    """ "civilian contractors" -> "contractor": what tells two groups of victims apart."""
    return who.split()[-1].removesuffix("s")


def _conjoined(st: Statement, other: Statement) -> bool:
    """Whether the two statements' victims are conjuncts of each other ("a 32-year-old man, who was
    shot ..., and a 30-year-old man, who was shot ..."): two people, whatever their nouns."""
    return st.victim_index != other.victim_index and st.victim_index in other.links and other.victim_index in st.links


def _listed_apart(st: Statement, counted: list[Statement]) -> bool:
    """Whether the statement's victims are listed with others of the sentence ("5 contractors injured
    and 1 service member injured"): different victims, so they add."""
    return any(st.links & other.links and st.who_key and other.who_key
               and (_head_word(st.who_key) != _head_word(other.who_key) or _conjoined(st, other))
               for other in counted)


@dataclass(slots=True)
class _Tally:
    """The running count of one kind over the article's sentences."""

    total: int = 0
    previous: int = 0  # the victims of the last statement, which "another" adds to
    named: set = field(default_factory=set)
    others_than_told: frozenset = frozenset()  # ids of "also"/"other" statements right after another kind

    def add_sentence(self, group: list[Statement]) -> None:
        sentence_count = 0
        counted: list[Statement] = []
        for st in group:
            count = st.victims_only
            if st.toll:  # "the death toll rose to 20": the latest running figure replaces the earlier ones
                self.total = self.previous = count
                continue
            if st.ordinal is not None and st.ordinal > 1:
                self.total = max(self.total, st.ordinal)  # "a second person died": a running total
                self.previous = st.ordinal
                continue
            if st.additive and not st.refers_back and self.previous > 0 and id(st) not in self.others_than_told:
                self.previous += count
                self.total = max(self.total, self.previous)
                continue
            self.previous = count
            sentence_count = sentence_count + count if _listed_apart(st, counted) else max(sentence_count, count)
            counted.append(st)
        self.total = max(self.total, sentence_count)
        for st in group:
            self.named.update(st.names)


def kind_total(statements: list[Statement], others_than_told: frozenset = frozenset()) -> int:
    """Each set of victims once: the largest figure of repeated statements; listed victims, "also" and
    "another" add (not "the three others were also hurt", which refers back, nor those in
    `others_than_told`); ordinals run; distinct named victims are at least as many as their names."""
    tally = _Tally(others_than_told=others_than_told)
    by_sentence: dict[int, list[Statement]] = {}
    for st in statements:
        by_sentence.setdefault(st.sentence, []).append(st)
    for number in sorted(by_sentence):
        tally.add_sentence(by_sentence[number])
    return max(tally.total, people_named(sorted(tally.named, key=sorted)))


@dataclass(slots=True)
class _ByKind:
    """The counted statements by kind: all, those that count victims, those that count only the perpetrator."""

    all: dict[str, list[Statement]] = field(default_factory=dict)
    victims: dict[str, list[Statement]] = field(default_factory=dict)
    perpetrators: dict[str, list[Statement]] = field(default_factory=dict)

    @classmethod
    def of(cls, statements: list[Statement]) -> _ByKind:
        split = cls()
        for st in statements:
            if st.fact.negated or st.fact.count is None:
                continue
            split.all.setdefault(st.kind, []).append(st)
            alone = st.fact.includes_perpetrator and st.victims_only >= (st.fact.count or 0)
            (split.perpetrators if alone else split.victims).setdefault(st.kind, []).append(st)
        return split

    def suicide(self, kind: str) -> bool:
        return any(st.perpetrators.suicide for st in self.perpetrators.get(kind, []))


def _with_perpetrator(kind: str, count: int, by_kind: _ByKind) -> int:
    """The kind's count with the perpetrator: "including the gunman" counts him; the shooter who killed
    (or shot) himself is one more dead (or hit) than those he killed (or shot), a toll that already
    counts him ("three dead" after he killed two) adding nothing; when he harmed no one else, he is
    the one victim the other statements tell of ("a boy shot himself ... the boy died" is one), but
    not "the other man", "another" (someone else than him: "he shot himself ... the other man was
    found with gunshot wounds" is two hit); "plus the bomber" adds him."""
    perpetrators = by_kind.perpetrators.get(kind, [])
    added = sum(st.fact.count or 0 for st in perpetrators if st.perpetrators.added)
    if added:
        return count + added  # "five were killed, plus the bomber": six
    if any(st.perpetrators.included for st in perpetrators):
        return max(count, max(st.fact.count or 0 for st in perpetrators))
    if kind == "killed" and by_kind.suicide("killed") or kind == "hit" and by_kind.suicide("hit") \
            and not by_kind.suicide("killed"):
        harmed_by_him = [st for st in by_kind.victims.get(kind, []) if st.object_of_act or st.additive]
        selves = _self_harmed(perpetrators)
        return max(count, kind_total(harmed_by_him) + selves) if harmed_by_him else max(count, selves)
    return count


def _self_harmed(perpetrators: list[Statement]) -> int:
    """How many perpetrators harmed themselves: "two bombers blew themselves up" two, else one."""
    return max((st.fact.count or 1 for st in perpetrators if st.perpetrators.suicide), default=1)


def _died_of_injured(by_kind: _ByKind) -> int:
    """How many of the injured told are among the dead: one per "succumbed" or "a second person died";
    the dead of an injured victim phrase ("a man was critically injured ... and later died", "a
    firefighter injured in the blaze died"; not "died from her injuries", which tells how she died);
    "two of them later died" after the injured."""
    killed, injured = by_kind.all.get("killed", []), by_kind.all.get("injured", [])
    moved = sum(1 for st in killed if st.transition)
    injured_heads = {st.victim_index: st.fact.count or 0 for st in injured
                     if st.victim_index is not None and st.trigger_lemma not in TRIGGERS.wound_nouns}
    for st in killed:
        if st.transition:
            continue
        if st.victim_index in injured_heads:
            moved += min(st.fact.count or 0, injured_heads[st.victim_index])
        elif st.partitive and any(other.sentence <= st.sentence for other in injured):
            moved += st.fact.count or 0
    return moved


def _same_victim(injured: Statement, dead: Statement) -> bool:
    """Whether an injured statement tells of one of the dead again: a name they share ("Reyl was
    wounded" after "Tomas Reyl was killed"), or one description of which one refers back ("an
    injured child ... the child died", "a girl died ... the girl was injured"); two indefinite ones are
    two people ("a boy was killed ... a boy was hurt"), and so are "the victim" and "a person", which
    tell no one apart."""
    if injured.names or dead.names:
        return any(mine & theirs for mine in injured.names for theirs in dead.names)
    if injured.who_key is None or dead.who_key is None:
        return False  # "he was wounded": he may be anyone the article told of, not only a casualty
    head = _head_word(injured.who_key)
    return (injured.refers_back or dead.refers_back) \
        and head == _head_word(dead.who_key) and head not in ANYBODY


def _one_of_the_dead(injured: Statement, dead: list[Statement]) -> bool:
    """An injured statement of one person, not told as more ("another", "a second") nor listed apart
    from a dead of its sentence ("a teen was killed and a child was injured"), that tells of one of the dead."""
    if injured.fact.count != 1 or injured.additive or injured.ordinal is not None or injured.partitive:
        return False
    if any(d.sentence == injured.sentence and d.victim_index != injured.victim_index for d in dead):
        return False
    return any(_same_victim(injured, d) for d in dead)


def _dead_told_as_injured(by_kind: _ByKind) -> bool:
    """ "A girl, 3, died after she shot herself. Deputies said the girl was injured in the bedroom":
    every injured statement tells of one of the dead, so the event has no injured of its own."""
    dead = [st for st in by_kind.victims.get("killed", []) if (st.fact.count or 0) > 0]
    injured = by_kind.all.get("injured", [])
    return bool(dead and injured) and all(_one_of_the_dead(st, dead) for st in injured)


def others_than_told(statements: list[Statement]) -> frozenset:
    """The "also", "other" statements of the injured or the dead told right after a statement of
    the other kind: others than those ("One man is dead. Three other men were also wounded": three
    wounded, not three more). Not "shot" alone, which counts the dead and the injured together
    ("One died. Five other people were shot": six were hit)."""
    return frozenset(id(st) for st in _after_other_kind(statements) if st.kind in ("killed", "injured"))


def _after_other_kind(statements: list[Statement]) -> list[Statement]:
    """The "also", "other" statements told right after one of another kind (not one of the same victim:
    "shot and killed a neighbor" is one statement)."""
    found = []
    for number, st in enumerate(statements):
        if not st.additive:
            continue
        before = next((other for other in reversed(statements[:number])
                       if other.victim_index is None or other.victim_index != st.victim_index), None)
        if before is not None and before.kind != st.kind:
            found.append(st)
    return found


def _others_shot_than_dead(statements: list[Statement], hit: int) -> bool:
    """ "One man died. Five other people were shot": the largest figure of those hit is of others than
    the dead, so the dead are not among those hit."""
    return hit > 0 and any(st.kind == "hit" and st.victims_only == hit for st in _after_other_kind(statements))


def count_totals(statements: list[Statement], deadly: int = 0) -> CasualtyTotals:
    """The totals of a list of statements (in text order); `deadly` is how many dead the words for
    the event imply."""
    by_kind = _ByKind.of(statements)
    others = others_than_told(statements)
    victims = {kind: kind_total(by_kind.victims.get(kind, []), others) for kind in KINDS}
    counts = {kind: _with_perpetrator(kind, victims[kind], by_kind) for kind in KINDS}
    killed_victims = victims["killed"]
    totals = CasualtyTotals(**{kind: counts[kind] for kind in KINDS if kind != "hit"})
    explicit_injured = 0 if _dead_told_as_injured(by_kind) else \
        max(0, totals.injured - _died_of_injured(by_kind))  # "later died": counted once, as dead
    if deadly > 1 and totals.killed < deadly:
        totals.killed = killed_victims = deadly  # "a double homicide": two dead, however few the parse found
    elif deadly and killed_victims == 0 and totals.killed == 0 and explicit_injured == 0 and counts["hit"] > 0:
        totals.killed = killed_victims = 1  # "found shot" in what the article calls a homicide: one shot died
    hit = counts["hit"] + (killed_victims if _others_shot_than_dead(statements, counts["hit"]) else 0)
    totals.injured = max(explicit_injured, hit - killed_victims)
    return totals
