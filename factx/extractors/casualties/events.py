"""The article's events: its casualty statements grouped by incident, each victim counted once per event.

The grouping, in one pass over the statements in text order:

- a statement joins the current event unless it differs from it in two of place, day and cause
  (each as its own sentence states them; one difference alone is the same incident told on: "shot
  on Saturday ... died on Sunday", "shot ... at the hospital in Chicago"); victims that refer back
  ("the victim", "the other two men", "he") always join it;
- a statement that differs joins an earlier event it agrees with, else it starts a new one;
- a statement in a sentence that tells of another incident ("Earlier,", "a separate shooting",
  "It was the second homicide this year") starts an event told in passing (``reported: "past"``),
  unless nothing was told before it (a roundup that opens "In separate incidents, ..." is the news);
- an unmarked statement after a past event goes back to the article's own events.

Then each event is counted (``totals.count_totals``: repeated statements once, the injured who died
once, as dead); an own event whose first statement names no place (a roundup's "Seven people were
killed in weekend shootings across the city") keeps only what the events after it do not account
for, so a summary and its parts count once. An event told again (no more victims of any kind than
an earlier own event, nothing marking it as more) is folded into the earlier one;
an own event dated before the first one and told after it is background (past). The title's
statements join the first own event as a sentence of their own, so a figure in both counts once
and one only the title gives is used. The totals are the sum over the own events.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...record import CASUALTY_KINDS, CasualtyTotals, Event
from .statements import Statement
from .totals import count_totals
from .words import WORDS

HARMED = WORDS.harmed | {"hit"}


def _day(value: str | None) -> str | None:
    """ "2021-02-15T20:00" -> "2021-02-15"; a week, month or weekend is no day (it sets nothing apart)."""
    if value is None or len(value) < 10 or value[4] != "-" or value[7] != "-" or not value[:4].isdecimal():
        return None
    return value[:10]


@dataclass(slots=True)
class _Group:
    """One event being built: its statements' indexes and what its first statements state."""

    reported: str
    members: list[int] = field(default_factory=list)  # indexes into the statements
    place: str | None = None
    day: str | None = None
    date: str | None = None
    harm_day: str | None = None  # the day its first dated statement of people killed or hurt states
    cause: str | None = None
    summary: bool = False  # its first statement names no place: it may sum up the events after it
    first_sentence: int = 0

    def differences(self, st: Statement) -> int:
        """In how many of place, day and cause the statement and the event both say and differ."""
        pairs = ((self.place, st.place), (self.day, _day(st.date)), (self.cause, st.cause))
        return sum(1 for mine, theirs in pairs if mine is not None and theirs is not None and mine != theirs)

    def agrees(self, st: Statement) -> bool:
        """Whether the statement names this event's place or day and differs in nothing."""
        same = (self.place is not None and self.place == st.place) or (
            self.day is not None and self.day == _day(st.date))
        return same and self.differences(st) == 0

    def add(self, index: int, st: Statement) -> None:
        if not self.members:
            self.summary = st.place is None and (st.fact.count or 0) > 1
            self.first_sentence = st.sentence
        self.members.append(index)
        self.place = self.place or st.place
        self.day = self.day or _day(st.date)
        self.date = self.date or st.date
        if st.kind in HARMED:
            self.harm_day = self.harm_day or _day(st.date)
        self.cause = self.cause or st.cause


def _target_is_past(st: Statement, groups: list[_Group]) -> bool:
    """Told as another incident, after the article told of one in an earlier sentence."""
    return st.other_event and any(g.first_sentence < st.sentence for g in groups)


def _past_target(st: Statement, current: _Group | None) -> _Group | None:
    """A statement told in passing joins the past event being told, else starts one."""
    if current is not None and current.reported == "past" and current.differences(st) < 2:
        return current
    return None


def _told_as_earlier(group: _Group, st: Statement) -> bool:
    """People killed or hurt in a sentence that opens with a day before the event's harm ("On Nov. 9,
    two teens were killed" in an article on a shooting of Nov. 20): an earlier incident, not the event
    told on (a later day is: "shot on Saturday ... died on Sunday"; so is an arrest, which follows the
    harm). A date later in the sentence is often another act's ("arrested Friday in a shooting that
    left one dead"), so only the opening one sets a scene apart."""
    day = _day(st.date)
    return st.kind in HARMED and st.scene_date and day is not None and group.harm_day is not None and day < group.harm_day \
        and not st.transition


def _target(st: Statement, groups: list[_Group], current: _Group | None) -> _Group | None:
    """The event the statement joins, or None for a new one."""
    if _target_is_past(st, groups):
        return _past_target(st, current)
    if current is not None and current.reported == "past":
        current = next((g for g in reversed(groups) if g.reported == "own"), None)
    if current is not None and (st.refers_back or current.differences(st) < 2 and not _told_as_earlier(current, st)):
        return current
    return next((g for g in groups if g.reported == "own" and g.agrees(st)), None)


def group_statements(statements: list[Statement]) -> list[_Group]:
    """The events of the body's statements, in the order they are first told."""
    groups: list[_Group] = []
    current: _Group | None = None
    for index, st in enumerate(statements):
        target = _target(st, groups, current)
        if target is None:
            target = _Group("past" if _target_is_past(st, groups) else "own")
            groups.append(target)
        target.add(index, st)
        current = target
    return groups


def _counted(group: _Group, statements: list[Statement], deadly: int) -> CasualtyTotals:
    return count_totals([statements[i] for i in group.members], deadly)


def _parts_counted_once(groups: list[_Group], counts: list[CasualtyTotals]) -> None:
    """A summary event keeps, per kind, only what the own events after it do not account for
    ("Seven were killed across the city" then two, one and four told apart: seven in all)."""
    own = [i for i, g in enumerate(groups) if g.reported == "own"]
    for position, i in enumerate(own):
        if not groups[i].summary:
            continue
        later = own[position + 1:]
        for kind in CASUALTY_KINDS:
            parts = sum(getattr(counts[j], kind) for j in later)
            whole = getattr(counts[i], kind)
            if 0 < parts <= whole:
                setattr(counts[i], kind, whole - parts)


def _retold(later: _Group, count: CasualtyTotals, earlier_count: CasualtyTotals, statements: list[Statement]) -> bool:
    """Whether a later event is an earlier one told again: no more victims of any kind, and nothing
    that marks it as more ("also", "another", "a separate shooting"). Its place, day or cause may
    differ: a retelling names the place anew ("Wauwatosa" then "Tosa") or the day of a hearing."""
    if any(statements[i].additive or statements[i].other_event for i in later.members):
        return False
    return all(getattr(count, kind) <= getattr(earlier_count, kind) for kind in CASUALTY_KINDS)


def _merge_retold(groups: list[_Group], counts: list[CasualtyTotals], statements: list[Statement]) -> None:
    """Fold each event told again into the earlier one it repeats; the earlier one's counts stand."""
    i = 0
    while i < len(groups):
        group = groups[i]
        earlier = next((j for j in range(i) if groups[j].reported == group.reported == "own"
                        and _retold(group, counts[i], counts[j], statements)), None)
        if earlier is None:
            i += 1
            continue
        groups[earlier].members = sorted(groups[earlier].members + group.members)
        del groups[i], counts[i]


def _earlier_told_later(groups: list[_Group]) -> None:
    """An own event on a day before the article's first event, told after it, is background: past."""
    own = [g for g in groups if g.reported == "own"]
    if not own or own[0].day is None:
        return
    for group in own[1:]:
        if group.day is not None and group.day < own[0].day:
            group.reported = "past"


def _event(group: _Group, counts: CasualtyTotals, statements: list[Statement]) -> Event:
    first = statements[group.members[0]]
    return Event(
        when=group.date or first.fact.when, where=group.place or first.fact.where,
        cause=group.cause, reported=group.reported,
        statements=list(group.members), **{kind: getattr(counts, kind) for kind in CASUALTY_KINDS},
    )


def build_events(statements: list[Statement], deadly: int = 0, title: list[Statement] = ()) -> list[Event]:
    """The article's events. The casualties list the events point into is the title's statements,
    then the body's (`statements`); the title's join the first own event. `deadly` (the dead the
    article's event words imply, "a double homicide") counts for that event too."""
    title = list(title)
    everything = title + list(statements)
    groups = group_statements(statements)
    for group in groups:
        group.members = [i + len(title) for i in group.members]
    first_own = next((g for g in groups if g.reported == "own"), None)
    if first_own is None and title:
        first_own = _Group("own")
        groups.insert(0, first_own)
    if title:
        for index, st in enumerate(title):
            first_own.add(index, st)
        first_own.members.sort()
    counts = [_counted(g, everything, deadly if g is first_own else 0) for g in groups]
    _earlier_told_later(groups)
    _merge_retold(groups, counts, everything)
    _parts_counted_once(groups, counts)
    return [_event(g, c, everything) for g, c in zip(groups, counts, strict=True)]


def totals_of(events: list[Event]) -> CasualtyTotals:
    """The article's totals: the sum over its own events."""
    own = [event for event in events if event.reported == "own"]
    return CasualtyTotals(**{kind: sum(getattr(event, kind) for event in own) for kind in CASUALTY_KINDS})
