"""Names a reader would write down: the people, organisations and places of an article, one entry
each, with every surface form (`aliases`) and the roles written with a person (`roles`).

The passes, each linear in the tokens or mentions:
  lines          what kind of line each name is on (prose, capitals, table row, furniture)
  titles         titles, ranks and honorifics (spaCy Matcher patterns from lexicon/en/names.toml)
  mentions       the model's spans cut into clean names; spans that are not names dropped
  datelines      the place of a dateline ("MADRID, March 3 (Reuters) -")
  abbreviations  "Kait'ib Hezbollah (KH)": the short form joins the long form (Schwartz & Hearst)
  organisations  names the text says are organisations ("Lear Corp", "telecoms group LM Ericsson")
  echoes         a name found once is found again where the tagger missed it (same spelling, or in
                 capitals on a headline)
  grouping       one entry per person, organisation and place
"""

from __future__ import annotations

from ...record import Entity
from .abbreviations import find_abbreviations
from .datelines import dateline_places
from .echoes import find_echoes
from .grouping import Group, group_mentions, key_of
from .lines import Layout
from .mentions import Context, NameMention, clean_mentions, make_mention
from .organisations import mark_organisations
from .titles import Titles, appositive_roles

__all__ = ["find_entities", "NameMention"]


def _overlaps(m: NameMention, start: int, end: int) -> bool:
    return m.start < end and start < m.end


def merge_datelines(mentions: list[NameMention], places: list[NameMention]) -> list[NameMention]:
    """A dateline's place replaces whatever the model made of those tokens."""
    kept = [m for m in mentions if not any(_overlaps(m, p.start, p.end) for p in places)]
    return kept + places


def apply_abbreviations(doc, mentions: list[NameMention], abbreviations) -> tuple[list, dict]:
    """The long form of an abbreviation the model saw a name in becomes one mention, and the short
    form another; both carry the label of the names the model saw there, never PERSON: a person is
    not introduced with bracketed initials."""
    aliases: dict[str, str] = {}
    for ab in abbreviations:
        seen = [m for m in mentions if _overlaps(m, ab.long_start, ab.long_end) or _overlaps(m, ab.short_start, ab.short_end)]
        if not seen:
            continue
        labels = [m.label for m in seen if m.label != "PERSON"]
        label = max(set(labels), key=labels.count) if labels else "ORG"
        seen_ids = {id(m) for m in seen}
        mentions = [m for m in mentions if id(m) not in seen_ids]
        long_form = make_mention(doc, ab.long_start, ab.long_end, label, origin="abbreviation")
        short_form = make_mention(doc, ab.short_start, ab.short_end, label, origin="abbreviation")
        mentions += [long_form, short_form]
        aliases[key_of(short_form.text)] = key_of(long_form.text)
    return mentions, aliases


def employers_are_organisations(doc, titles: Titles, mentions: list[NameMention]) -> None:
    """ "Surrey captain Chris Lewis": a name tagged as a person right before a title that precedes a
    person names the organisation that person serves; a person would be written "Smith's captain"."""
    starts = {m.start: m for m in mentions}
    for m in mentions:
        title = titles.starting_at.get(m.end)
        following = starts.get(title.end) if title is not None else None
        if m.label == "PERSON" and following is not None and following.label == "PERSON":
            m.label = "ORG"


def coordinated_names_agree(doc, mentions: list[NameMention]) -> None:
    """ "Mobil, Shell and Caltex": names coordinated in one list are of one kind; the kind most of
    them have is given to the rest."""
    by_root = {m.start + _root_offset(doc, m): m for m in mentions}
    lists: dict[int, list[NameMention]] = {}
    for i, m in by_root.items():
        head = i
        while doc[head].dep_ == "conj" and doc[head].head.i in by_root and doc[head].head.i != head:
            head = doc[head].head.i
        lists.setdefault(head, []).append(m)
    for members in lists.values():
        labels = [m.label for m in members]
        if len(members) < 3:
            continue
        best = max(set(labels), key=labels.count)
        if labels.count(best) > len(labels) / 2:
            for m in members:
                if not m.organisation:  # "Magna, Johnson Controls Inc and Lear": the legal form stands
                    m.label = best


def _root_offset(doc, m: NameMention) -> int:
    span = doc[m.start:m.end]
    return span.root.i - m.start


def _roles(doc, titles: Titles, group: Group, by_token: dict[int, NameMention]) -> list[str]:
    def is_name_token(i, label):
        m = by_token.get(i)
        return m is not None and m.label == label

    roles: list[str] = []
    for m in group.mentions:
        for role in titles.roles_before(m.start, is_name_token) + appositive_roles(doc[m.start:m.end]):
            if role.casefold() not in (r.casefold() for r in roles):
                roles.append(role)
    return roles


def _entity(doc, group: Group, titles: Titles, by_token) -> Entity:
    forms = _form_counts(group.mentions)
    # The name as written most often in full (of two words or more), else the fullest form.
    text = max(forms, key=lambda n: (len(n.split()) > 1, forms[n], len(n.split()), -len(n)))
    spans = sorted((m.start_char, m.end_char) for m in group.mentions)
    aliases = list(dict.fromkeys(m.text for m in sorted(group.mentions, key=lambda m: m.start)))
    roles = _roles(doc, titles, group, by_token) if group.label == "PERSON" else []
    return Entity(text=text, label=group.label, count=len(spans), mentions=spans, aliases=aliases, roles=roles)


def _form_counts(mentions: list[NameMention]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.text] = counts.get(m.text, 0) + 1
    return counts


def find_entities(doc) -> list[Entity]:
    """One Entity per real-world name, ordered by first mention."""
    layout = Layout(doc)
    titles = Titles(doc)
    ctx = Context.of(doc, layout, titles)
    mentions = merge_datelines(clean_mentions(doc, ctx), dateline_places(doc, layout))
    mentions, aliases = apply_abbreviations(doc, mentions, find_abbreviations(doc))
    mentions = mark_organisations(doc, mentions)
    employers_are_organisations(doc, titles, mentions)
    coordinated_names_agree(doc, mentions)
    mentions += find_echoes(doc, layout, titles, mentions, ctx.lower_words)
    mentions.sort(key=lambda m: m.start)
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    return [_entity(doc, g, titles, by_token) for g in group_mentions(mentions, aliases)]
