"""Casualty events: statements grouped by incident, each victim counted once per event, and the
totals as the sum over the article's own events (invented sentences, one rule each)."""

from __future__ import annotations

from datetime import date

import pytest

from factx.extractors.casualties import extract_casualties
from factx.extractors.dates import extract_dates

DCT = date(2024, 5, 10)


def run(parse, text, title=None, published=DCT):
    doc = parse(text)
    facts, totals, events = extract_casualties(doc, published, extract_dates(doc, published),
                                               title=parse(title) if title else None)
    return facts, totals, events


def pair(totals):
    return totals.killed, totals.injured


# ------------------------------------------------------------------ one victim counted once


@pytest.mark.parametrize("text, killed, injured", [
    # the largest figure of a repeated statement
    ("Four people were killed in a shooting in Boston on Saturday. Police said the four people died at the scene.",
     4, 0),
    # a repeat that refers back ("the three others") does not add, even with "also"
    ("A bus driver was killed and three others were hurt when a lorry hit the bus on Friday. "
     "The three others were also hurt by broken glass, a witness said.", 1, 3),
    # a person counted dead is not also injured
    ("A man was critically injured in the stabbing and later died in hospital.", 1, 0),
    ("A firefighter injured in Tuesday's blaze died on Thursday.", 1, 0),
    ("Five people were injured in the crash; two of them later died.", 2, 3),
    # ... nor when an injured statement tells of one of the dead again (a name, or a description
    # that refers back), unless it is another person ("a woman", "a boy, 9", a dead listed apart)
    ("A 3-year-old girl died on Tuesday after she shot herself with a handgun at a home in Carrow. "
     "Deputies said the girl was injured in the bedroom.", 1, 0),
    ("Police responded to a call of an injured child on Monday. The child died at the hospital.", 1, 0),
    ("Maria Lenz, 8, was killed in a shooting at her home in Carrow. Lenz was injured by a stray bullet, police said.",
     1, 0),
    ("Tomas Reyl, 17, was killed at a party in Ostend Park on Friday. Ana Voss, 16, was wounded.", 1, 1),
    ("A boy, 12, was killed in a shooting in Carrow on Friday. A boy, 9, was injured.", 1, 1),
    ("A teen was killed and a child was injured in a drive-by shooting in Carrow on Friday.", 1, 1),
    ("A man died after a shooting on Main Street. His wife was wounded. She was taken to a hospital.", 1, 1),
    # a running ordinal moves one from the injured to the dead
    ("Two people were killed and five wounded in the shooting on Friday. On Sunday, a third victim died in hospital.",
     3, 4),
    # subsets do not add
    ("Six were hurt, two of them critically.", 0, 6),
    ("Twelve people were killed in the attack, including three children.", 12, 0),
    # a shooter who hit himself is one person
    ("A 4-year-old boy shot himself with his father's pistol and is in stable condition.", 0, 1),
    ("A teenager accidentally shot himself at his home in Denver. The boy died at a hospital.", 1, 0),
    # ... also when a thing, not a person, "killed" him: no one else harmed him
    ("A 10-year-old boy died after accidentally shooting himself on Sunday. Neighbors did not hear the "
     "gunshot that killed him.", 1, 0),
    ("Police were called to a shooting that killed a child in Corwin on Tuesday. The 2-year-old boy had "
     "fatally shot himself with a pistol he found under a bed.", 1, 0),
    ("A man shot and killed his wife and then killed himself at their home in Corwin.", 2, 0),
    # ... but "the other man" is someone else than the shooter who shot himself
    ("A shooting late Saturday in Dorrow left one man dead and another wounded. Police found a 41-year-old man "
     "near a truck with a self-inflicted gunshot wound. His wife told police he shot himself. The other man, 23, "
     "was found inside the car with multiple gunshot wounds. He was flown to a hospital.", 1, 1),
    # those taken to the hospital are victims already told, never more ("three other men" than the dead)
    ("One man was killed and three others were wounded in a shooting in Dorrow. Three other men were rushed "
     "to the hospital.", 1, 3),
    # two victims listed, each with its own relative clause, are two (not the first counting both)
    ("Deputies found Sam Ortiz, who had been shot several times in the leg, and a 19-year-old man, who had "
     "been shot once in the shoulder. Ortiz was pronounced dead at a hospital.", 1, 1),
    # "also" and "another" add
    ("A man was shot dead on Monday night. Another man was wounded.", 1, 1),
    ("Two soldiers were killed in the ambush. A civilian was also killed.", 3, 0),
    # ... but right after the other kind they say "others than those": not more of the same kind
    ("One man was killed and three others were injured in a shooting in Denver on Friday. Police said one man "
     "is dead. Three other men were also wounded.", 1, 3),
    # "shot" counts the dead and the injured together, unless it is of others than the dead
    ("A man was shot in Denver on Friday. He died. Two other people were shot.", 1, 2),
    ("One man died in the shooting. Five other people were shot.", 1, 5),
])
def test_each_victim_once(parse, text, killed, injured):
    assert pair(run(parse, text)[1]) == (killed, injured)


def test_a_suspect_shot_by_police_is_listed_not_added(parse):
    facts, totals, _ = run(parse, "The suspect was shot by officers and is in critical condition.")
    assert any(f.includes_perpetrator for f in facts)
    assert totals.injured == 0


# ------------------------------------------------------------------ events


def test_the_seed_is_one_event(parse, seed_text):
    _, totals, events = run(parse, seed_text, published=date(2021, 2, 25))
    own = [e for e in events if e.reported == "own"]
    assert len(own) == 1  # the February 25 airstrike has no casualty statement: no event of its own
    (attack,) = own
    assert (attack.when, attack.where, attack.cause) == ("2021-02-15", "Erbil", "rocket attack")
    assert (attack.killed, attack.injured) == (1, 6)
    assert pair(totals) == (1, 6)


def test_an_event_holds_its_statements_indexes(parse):
    facts, _, events = run(parse, "Two men were shot dead in Chicago on Friday. A woman was also wounded.")
    (event,) = events
    assert sorted(event.statements) == list(range(len(facts)))
    assert event.cause == "shooting" and event.where == "Chicago" and event.reported == "own"


def test_a_roundup_of_separate_incidents_is_several_events(parse):
    _, totals, events = run(parse, "In separate incidents on Saturday, a man was stabbed in Boston "
                                   "and a woman was shot in Chicago.")
    assert [(e.cause, e.where, e.injured) for e in events] == [("stabbing", "Boston", 1), ("shooting", "Chicago", 1)]
    assert all(e.reported == "own" for e in events)
    assert totals.injured == 2


def test_a_summary_and_its_parts_count_once(parse):
    _, totals, _ = run(parse, "Seven people were killed in weekend shootings across the city. Two men were shot "
                              "dead in Chicago on Friday, a woman was killed in Boston on Saturday, and four "
                              "people died at a party on Sunday.")
    assert totals.killed == 7


@pytest.mark.parametrize("text, totals", [
    # "In a separate shooting", the sentence after a ranking of the events, a link to another story
    ("A man was shot dead in Denver on Friday. In a separate shooting, two women were wounded in Chicago.",
     (1, 0)),
    ("A man was wounded in a shooting in Dorrow on Friday. Friday's shooting was the fourth in Dorrow in two "
     "weeks. The spate began on May 1 with the fatal shooting of Ana Brill, 27.", (0, 1)),
    ("A man was shot in the leg in Denver on Friday. Read: Boston man shot himself after chase Watch: Fire "
     "tears through a home in Halden", (0, 1)),
])
def test_an_incident_told_in_passing_is_past(parse, text, totals):
    _, found, events = run(parse, text)
    assert [e.reported for e in events] == ["own", "past"]
    assert pair(found) == totals


def test_an_earlier_dated_incident_told_after_the_news_is_past(parse):
    _, totals, events = run(parse, "Three people were wounded in a shooting in Denver on May 8. "
                                   "On April 2, a man was stabbed to death in Boston, in a case police "
                                   "think is linked.")
    assert [e.reported for e in events][-1] == "past"
    assert totals.injured == 3


@pytest.mark.parametrize("text, killed, injured", [
    # a sentence that opens with an earlier day sets an earlier incident apart, even at the same place
    ("A gunman shot five people on Wednesday, killing three, at an apartment complex in Corwin. On Nov. 9, "
     "two teens were killed and 20 people injured in a shooting at a house party in Corwin.", 3, 2),
    ("A man was killed Sunday in Corwin. Saturday night, two women were wounded in a shooting in Corwin.", 1, 0),
    # ... not a later day (the victims told on), nor a date that belongs to another act of the sentence
    ("A man was shot in Corwin on Saturday. On Monday, he died in hospital.", 1, 0),
    ("Police arrested a man on Friday. On Wednesday, a shooting in Corwin had left one dead.", 1, 0),
    ("Police arrested a man Friday in a shooting that left one dead in Corwin on Wednesday.", 1, 0),
])
def test_a_scene_set_on_an_earlier_day_is_another_incident(parse, text, killed, injured):
    assert pair(run(parse, text)[1]) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    # a tally of several incidents told after the article's own incident is told in passing
    ("A man was shot dead at a bar in Corwin on Saturday. Four people were killed and seven injured in "
     "shootings across the city on Saturday and Sunday.", 1, 0),
    ("Two men were shot in Corwin on Friday. At least 16 other people have been wounded in other citywide "
     "shootings since Friday evening.", 0, 2),
    # ... not when it leads (a roundup), nor "the shootings" (the article's incident told again)
    ("Seven people were killed in weekend shootings across the city. Two men were shot dead in Chicago on "
     "Friday, a woman was killed in Boston on Saturday, and four people died at a party on Sunday.", 7, 0),
    ("A gunman killed two people at a mall in Corwin. The shootings happened at about 3 p.m., and three more "
     "people were wounded.", 2, 3),
])
def test_a_tally_of_several_incidents_after_the_news_is_told_in_passing(parse, text, killed, injured):
    assert pair(run(parse, text)[1]) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    # a line that links to another story of the page (a video list, "MORE:") is not the article's news
    ("Four people were hurt in a shooting at a bar in Corwin on Friday.\n\nMORE: Man dies after shooting, "
     "car crash in Antioch\n\nPolice have no suspects.", 0, 4),
    ("Four people were hurt in a shooting at a bar in Corwin on Friday.\n\n1:11 Toddler shot dead in Elmwood, "
     "police say\n\n0:50 'He was my son,' says father of man killed on the interstate\n\nPolice have no suspects.",
     0, 4),
])
def test_a_link_to_another_story_is_not_news(parse, text, killed, injured):
    assert pair(run(parse, text)[1]) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    # a plea is no death; a denied "let" governs only its own complement
    ('A boy was shot in the chest on Elm Street. "Please don\'t let my baby die," his mother said.', 0, 1),
    ("A man was shot on Elm Street. The gunman did not let the victims leave before he killed two of them.", 2, 0),
])
def test_a_denied_let_makes_a_plea(parse, text, killed, injured):
    assert pair(run(parse, text)[1]) == (killed, injured)


def test_a_line_of_prose_that_opens_with_a_clock_time_is_no_link(parse):
    from factx.extractors.casualties.modality import links_another_story

    doc = parse("Police said:\n10:30 Officers found two men shot dead in Corwin.")
    assert not links_another_story(next(t for t in doc if t.lower_ == "shot"))
    doc = parse("Police said:\n10:30 Officers find two men shot dead in Corwin")
    assert links_another_story(next(t for t in doc if t.lower_ == "shot"))


def test_an_incident_told_again_is_one_event(parse):
    _, totals, events = run(parse, "Two men were shot in Denver on Friday. The shooting happened outside a bar "
                                   "in Aurora on Thursday night, where two men were wounded, police said.")
    assert len([e for e in events if e.reported == "own"]) == 1
    assert totals.injured == 2


# ------------------------------------------------------------------ the headline


def test_a_figure_only_the_title_gives_is_used_and_marked(parse):
    facts, totals, events = run(parse, "The crash happened shortly after midnight, police said.",
                                title="3 killed in crash on Route 9")
    assert totals.killed == 3
    assert facts[0].from_title and facts[0].text == "3 killed" and facts[0].sentence is None
    assert events[0].statements == [0]


def test_a_figure_in_title_and_body_counts_once(parse):
    _, totals, _ = run(parse, "Two people died in a house fire in Boston on Sunday, firefighters said.",
                       title="Two dead in Boston house fire")
    assert totals.killed == 2


def test_a_title_the_text_opens_with_is_read_once(parse):
    facts, totals, _ = run(parse, "Two hurt in Boston stabbing\n\nTwo men were hurt in a stabbing on Friday.",
                           title="Two hurt in Boston stabbing")
    assert not any(f.from_title for f in facts)
    assert totals.injured == 2


def test_the_table_view_shows_each_event(seed_record):
    from rich.console import Console

    from factx.panels import casualties_panel

    console = Console(width=100, record=True, color_system=None)
    console.print(casualties_panel(seed_record))
    shown = console.export_text()
    assert "casualties killed 1, injured 6" in shown
    assert "rocket attack" in shown and "2021-02-15" in shown and "Erbil" in shown and "own" in shown


def test_a_running_toll_replaces_the_figures_before_it(parse):
    _, totals, _ = run(parse, "Rescuers found three more bodies on Thursday, raising the number of people killed "
                              "by the storm to 14.", title="Death toll in Boston storm rises to 14")
    assert totals.killed == 14


def test_the_pipeline_reads_a_json_lines_title():
    import json

    from factx.api import extract_batch

    (record,) = extract_batch([json.dumps({"id": "t1", "title": "Five arrested after brawl at Boston stadium",
                                           "text": "Police said the men would appear in court on Monday.",
                                           "published": "2024-05-10"})])
    assert record["casualty_totals"]["arrested"] == 5
    (fact,) = record["casualties"]
    assert fact["from_title"] and fact["text"] == "Five arrested" and fact["sentence"] is None
    assert record["events"][0]["statements"] == [0]
