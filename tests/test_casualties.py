"""Casualty statements and totals: each rule of the casualties issue, on sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from factx.extractors.casualties import extract_casualties
from factx.extractors.casualties.counts import read_quantity
from factx.record import DateFact

DCT = date(2021, 2, 25)


def run(parse, text, published=DCT, dates=()):
    facts, totals, _ = extract_casualties(parse(text), published, list(dates))
    return facts, totals


def live(facts, kind):
    return [f for f in facts if f.kind == kind and not f.negated]


def test_seed_counts_the_attack_once(parse, seed_text):
    facts, totals = run(parse, seed_text)
    assert (totals.killed, totals.injured) == (1, 6)
    six = [f for f in facts if f.text == "injuring six"]
    assert six and six[0].who == "civilian contractors" and six[0].count == 6
    assert any(f.text == "1 US service member injured" or f.who == "US service member" for f in facts)


@pytest.mark.parametrize(
    "words, count, low, high, approximate",
    [
        (["twenty", "-", "one"], 21, 21, 21, False),
        (["twenty-one"], 21, 21, 21, False),
        (["1,200"], 1200, 1200, 1200, False),
        (["a"], 1, 1, 1, False),
        (["an"], 1, 1, 1, False),
        (["a", "dozen"], 12, 12, 12, False),
        (["two", "dozen"], 24, 24, 24, False),
        (["half", "a", "dozen"], 6, 6, 6, False),
        (["dozens"], 12, 12, None, True),
        (["scores"], 20, 20, None, True),
        (["hundreds"], 100, 100, None, True),
        (["tens"], 10, 10, None, True),
        (["several"], None, None, None, True),
        (["many"], None, None, None, True),
        (["at", "least", "12"], 12, 12, None, False),
        (["more", "than", "40"], 40, 40, None, True),
        (["nearly", "40"], 40, None, 40, True),
        (["up", "to", "40"], 40, None, 40, True),
        (["between", "10", "and", "15"], 10, 10, 15, True),
        (["10", "to", "15"], 10, 10, 15, True),
    ],
)
def test_number_forms(words, count, low, high, approximate):
    quantity = read_quantity(words)
    assert (quantity.count, quantity.min, quantity.max, quantity.approximate) == (count, low, high, approximate)


@pytest.mark.parametrize(
    "text, kind, count",
    [
        ("Twenty-one people were killed in the blast.", "killed", 21),
        ("A soldier was killed near the base.", "killed", 1),
        ("An American service member was injured.", "injured", 1),
        ("A dozen villagers were kidnapped on Monday.", "kidnapped", 12),
        ("Gunmen abducted two dozen students.", "kidnapped", 24),
        ("Half a dozen protesters were arrested.", "arrested", 6),
        ("At least 12 people died in the fire.", "killed", 12),
        ("Between 10 and 15 people were wounded.", "injured", 10),
        ("Six were killed when the roof collapsed.", "killed", 6),
        ("The storm left four people dead.", "killed", 4),
    ],
)
def test_statements_give_kind_and_count(parse, text, kind, count):
    facts, totals = run(parse, text)
    assert any(f.kind == kind and f.count == count for f in live(facts, kind)), facts
    assert getattr(totals, kind) == count


def test_vague_counts_are_approximate(parse):
    facts, totals = run(parse, "Dozens of people were wounded in the attack.")
    fact = live(facts, "injured")[0]
    assert (fact.count, fact.min, fact.approximate) == (12, 12, True)
    assert totals.injured == 12
    facts, totals = run(parse, "Several people were injured in the crash.")
    assert live(facts, "injured")[0].count is None and totals.injured == 0


def test_object_carried_over_to_the_second_verb(parse):
    facts, totals = run(parse, "The rockets hit the camp, killing one civilian contractor and injuring six.")
    injured = live(facts, "injured")[0]
    assert (injured.count, injured.who) == (6, "civilian contractors")
    assert (totals.killed, totals.injured) == (1, 6)


def test_headline_list_style(parse):
    _, totals = run(parse, "1 civilian contractor killed, 5 civilian contractors injured and 1 soldier injured.")
    assert (totals.killed, totals.injured) == (1, 6)


def test_same_victims_told_three_times_count_once(parse):
    text = ("Two men killed in store shooting. Two men were killed in a shooting at a store on Monday, police said. "
            "The two men killed in the shooting were brothers.")
    assert run(parse, text)[1].killed == 2


def test_death_toll_replaces_earlier_figure(parse):
    text = "At least 12 people were killed in the attack. By evening the death toll rose to 40."
    _, totals = run(parse, text)
    assert totals.killed == 40


def test_second_death_moves_one_injured_to_killed(parse):
    text = "One person was killed and 14 people were injured in the blast. On Friday a second person died."
    _, totals = run(parse, text)
    assert (totals.killed, totals.injured) == (2, 13)


def test_subsets_do_not_add(parse):
    assert run(parse, "Fourteen people were injured, 10 critically.")[1].injured == 14
    assert run(parse, "Twelve people were killed, including three children.")[1].killed == 12


def test_perpetrator_included_in_the_count(parse):
    facts, totals = run(parse, "Four people are dead, including the gunman.")
    assert totals.killed == 4
    assert any(f.includes_perpetrator for f in live(facts, "killed"))


def test_a_separate_victim_adds(parse):
    assert run(parse, "A man was killed on Main Street. A woman was also killed.")[1].killed == 2


@pytest.mark.parametrize(
    "text, kind",
    [
        ("No one was hurt in the fire.", "injured"),
        ("The two officers were not injured.", "injured"),
        ("Nobody was killed, the army said.", "killed"),
        ("There were no injuries.", "injured"),
    ],
)
def test_negated_statements_stay_but_add_nothing(parse, text, kind):
    facts, totals = run(parse, text)
    assert any(f.negated and f.kind == kind for f in facts), facts
    assert getattr(totals, kind) == 0


@pytest.mark.parametrize(
    "text",
    [
        "The bomb could have killed dozens of people.",
        "The group threatened to kill ten hostages.",
        "The singer was shot to death in 1997.",
        "It was the deadliest attack since 2019, when 50 people were killed.",
        "Firearms cause 34,000 deaths a year in the country.",
        "The storm killed 200 cattle.",
        "Three dogs died in the fire.",
        "The senators killed the bill on Tuesday.",
        "The gunman fired at least six shots.",
        "A 12-year-old boy found the gun.",
        "He paid 40 dollars for the ticket at 10 p.m. on Route 66.",
        "The strike hit the car industry hard, and workers were struck by the news.",
        "The actor, who starred in 40 films, died of cancer on Sunday.",
        "The striker missed the match with a groin injury.",
        "I could have been badly injured, she said.",
    ],
)
def test_not_casualties(parse, text):
    facts, totals = run(parse, text)
    assert totals.killed == totals.injured == 0, facts
    assert not [f for f in facts if not f.negated and f.count]


def test_missing_and_feared_dead(parse):
    _, totals = run(parse, "Five fishermen are feared dead and two others remain unaccounted for.")
    assert totals.missing == 7 and totals.killed == 0


def test_ordinal_arrest_is_a_running_total(parse):
    text = "Police arrested four suspects on Wednesday. On Thursday an eighth person was arrested."
    assert run(parse, text)[1].arrested == 8


def test_shot_means_hit_and_the_dead_are_not_also_injured(parse):
    assert run(parse, "A man was shot and killed on Friday night.")[1].injured == 0
    totals = run(parse, "A man was shot on Friday night. He is in stable condition.")[1]
    assert (totals.killed, totals.injured) == (0, 1)


def test_where_and_when(parse):
    text = "BAGHDAD — Three soldiers were killed in Mosul on Monday. Two civilians were wounded."
    doc = parse(text)
    start = text.index("on Monday")
    monday = DateFact("on Monday", (start + 3, start + 9), "DATE", "2021-02-22")
    facts, _, _ = extract_casualties(doc, DCT, [monday])
    killed = live(facts, "killed")[0]
    wounded = live(facts, "injured")[0]
    assert killed.where == "Mosul" and killed.when == "2021-02-22"
    assert wounded.where == "Baghdad" and wounded.when == "2021-02-25"
    assert extract_casualties(doc, None, [])[0][1].when is None


def test_spans_slice_back(parse, seed_text):
    for text in (seed_text, "Gunmen killed 12 people and wounded dozens more in the north."):
        for fact in run(parse, text)[0]:
            assert text[fact.span[0]:fact.span[1]] == fact.text


def test_fixtures(parse):
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "fixtures"
    totals = run(parse, (root / "police-shooting.txt").read_text(encoding="utf-8"))[1]
    assert (totals.killed, totals.injured) == (1, 2)
    totals = run(parse, (root / "abduction.txt").read_text(encoding="utf-8"))[1]
    assert totals.kidnapped == 29 and totals.killed == 1 and totals.arrested == 8


def test_condition_and_hit_by_gunfire(parse):
    totals = run(parse, "The shooting left a man in critical condition. A woman was also struck in the leg.")[1]
    assert totals.injured == 2


def test_suicide_of_the_gunman_adds_one_dead(parse):
    facts, totals = run(parse, "The gunman killed two neighbors and then took his own life.")
    assert totals.killed == 3
    assert any(f.includes_perpetrator for f in live(facts, "killed"))


def test_shot_then_died_is_killed_not_injured(parse):
    totals = run(parse, "A 30-year-old man was shot on Elm Street on Friday. He later died at a hospital.")[1]
    assert (totals.killed, totals.injured) == (1, 0)


def test_names_count_the_victims(parse):
    text = ("John Reed, 31, was shot dead on Friday. Police said Reed was killed near his home. "
            "Reed's death shocked the town. Mary Cole was killed at the same corner in the shooting.")
    assert run(parse, text)[1].killed == 2


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        ("Two people were shot, one fatally, in the robbery.", 1, 1),
        ("Four people were shot, two of them fatally.", 2, 2),
        ("Police found the man suffering from a gunshot wound after the shooting.", 0, 1),
        ("The 22-year-old suffered a gunshot wound to his arm in the shooting.", 0, 1),
        ("The shooting victim, a 25-year-old man, was pronounced dead at the scene.", 1, 0),
    ],
)
def test_shooting_report_phrasings(parse, text, killed, injured):
    totals = run(parse, text)[1]
    assert (totals.killed, totals.injured) == (killed, injured)


def test_deceased_is_killed(parse):
    totals = run(parse, "A woman was shot in the chest on Main Street. She was later pronounced deceased at a hospital.")[1]
    assert (totals.killed, totals.injured) == (1, 0)


def test_count_since_a_year_is_a_statistic(parse):
    text = ("A 9-year-old boy was shot and killed in his yard on Monday. Since the 2015 law took effect, "
            "at least 300 children have been killed by guns in the state.")
    assert run(parse, text)[1].killed == 1


def test_a_toll_that_counts_the_gunman_is_not_raised_by_his_suicide(parse):
    text = ("Three people are dead after a shooting at a diner. Police said a man shot and killed his wife "
            "and her brother and then killed himself.")
    assert run(parse, text)[1].killed == 3


def test_a_name_told_twice_in_a_list_is_one_person(parse):
    assert run(parse, "Ray Lott, 22, and Lott, a 22-year-old man, was killed.")[1].killed == 1


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        ("Police identified the victim of a fatal shooting on Oak Street. Tom Hale, 40, was found shot in his car.", 1, 0),
        ("Detectives are investigating the homicide. The victim was shot in the head inside a garage.", 1, 0),
        ("A man was shot in the leg on Oak Street. His neighbor was charged with attempted murder.", 0, 1),
        ("Non-fatal shootings are up this year. A woman was shot in the arm on Oak Street.", 0, 1),
    ],
)
def test_an_event_called_deadly_has_a_dead_victim(parse, text, killed, injured):
    totals = run(parse, text)[1]
    assert (totals.killed, totals.injured) == (killed, injured)


def test_a_double_homicide_is_two_dead(parse):
    text = "Police are investigating a double homicide on Pine Road. Both men were shot several times."
    assert run(parse, text)[1].killed == 2
    text = "Two men were fatally shot. If the unborn child counts, the case becomes a triple homicide."
    assert run(parse, text)[1].killed == 2


@pytest.mark.parametrize(
    "text",
    ["Two men were shot outside a bar on Friday. They died at a hospital.",
     "Gunfire broke out at a party. Both brothers were taken to a hospital, where they died on Sunday."],
)
def test_they_are_as_many_as_their_antecedent(parse, text):
    assert run(parse, text)[1].killed == 2


@pytest.mark.parametrize(
    "text",
    ["Tom Reed was shot and killed on Elm Street on Friday. It was the city's second homicide this year. "
     "The first homicide came on Monday. Ana Cruz, 40, was shot dead at a bus stop.",
     "A man was shot and killed by police on Elm Street on Friday. Earlier, two men were shot to death "
     "by officers in another part of the city.",
     "Tom Reed was shot and killed on Elm Street on Friday. In a separate shooting, Ana Cruz was killed downtown."],
)
def test_another_incident_told_in_passing_does_not_add(parse, text):
    assert run(parse, text)[1].killed == 1


def test_another_with_a_number_is_counted(parse):
    totals = run(parse, "The gunmen killed 9 people at the hall. Another 12 people were hurt.")[1]
    assert (totals.killed, totals.injured) == (9, 12)


def test_another_man_shot_by_a_man_is_not_a_second_victim(parse):
    text = "Man shot and killed outside a store. Police say he shot and killed another man during an argument."
    assert run(parse, text)[1].killed == 1


def test_where_and_when_come_from_the_sentence_when_the_clause_has_none(parse):
    text = "On March 3, a bomb exploded at a market in Kabul, killing four people and wounding nine."
    at = text.index("March 3")
    dates = [DateFact(text="March 3", span=(at, at + 7), type="DATE", value="2021-03-03")]
    facts, _ = run(parse, text, dates=dates)
    assert {(f.kind, f.where, f.when) for f in facts} == {("killed", "Kabul", "2021-03-03"),
                                                          ("injured", "Kabul", "2021-03-03")}


def test_a_nationality_modifier_is_not_the_place(parse):
    facts, _ = run(parse, "Two US soldiers were wounded on Monday.")
    (fact,) = live(facts, "injured")
    assert fact.where is None and fact.when == "2021-02-25"


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        ("After the shooting, police said the dead are Tom Reed and Ana Cruz.", 2, 0),
        ("After the shooting, the dead are Tom Reed and Ana Cruz.", 2, 0),
        ("After the shooting, the dead are unknown.", 0, 0),
    ],
)
def test_a_trigger_that_is_the_subject_names_its_victims_in_the_attribute(parse, text, killed, injured):
    facts, totals = run(parse, text)  # "The dead are A and B" crashed: the trigger was read as its own victim
    assert (totals.killed, totals.injured) == (killed, injured)
    if killed:
        (fact,) = live(facts, "killed")
        assert (fact.count, fact.text) == (2, "dead are Tom Reed")
