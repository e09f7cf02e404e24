"""Statement-level readings of the casualty stage (issue 13, items 1-5): what one statement carries."""

from __future__ import annotations

from datetime import date

import pytest

from factx.extractors.casualties import casualty_statements

DCT = date(2024, 5, 10)


def statements(parse, text):
    found, _ = casualty_statements(parse(text), DCT, [])
    return [(st.kind, st.fact.count, st.toll) for st in found if not st.fact.negated]


@pytest.mark.parametrize("text, expected", [
    ("Three people died in the flood. The death toll rose to 9 on Monday.", [("killed", 3, False), ("killed", 9, True)]),
    ("Two more bodies were found, bringing the number of dead to 9.", [("killed", 2, False), ("killed", 9, True)]),
    ("Ten people were reported hurt; that figure has since risen to 16.", [("injured", 10, False), ("injured", 16, True)]),
])
def test_a_toll_is_marked_so_the_latest_figure_replaces(parse, text, expected):
    assert statements(parse, text) == expected


@pytest.mark.parametrize("text", [
    "The novelist Ada Brenn died on Sunday at the age of 84 after a long illness.",
    "The former mayor of Tolsey died aged 91.",
    "The painter died peacefully at home.",
    "Hundreds of sheep drowned in the floods.",
    "The council killed the plan, and the minister shot back at his critics.",
    "The new vaccine could save thousands who would otherwise die.",
    "Six million people perished in the Holocaust, the speaker reminded the crowd.",
    "Her grandfather was killed in the Second World War.",
    "The city counted 300 shootings this year. More than 290 people were injured in those shootings.",
    "The officer fired one shot into the air.",
    "Over the last three years, 40 people died on this road.",
])
def test_no_violence_word_needed_but_obituaries_and_figures_of_speech_stay_out(parse, text):
    assert statements(parse, text) == []


@pytest.mark.parametrize("text, kind, count", [
    ("A landslide hit the village and eleven people perished.", "killed", 11),
    ("Heavy rain left 4 dead in the valley.", "killed", 4),
    ("The victims, ages 8, 12 and 40, were taken to hospital with burns.", "hit", 3),
    ("A family of six was killed when their house collapsed.", "killed", 6),
    ("The 15-year-old was shot on the 2300 block of Pine Street.", "hit", 1),
    ("The gunman then killed his five young children.", "killed", 5),
    ("Twenty-five-day-old Ana Brill died in hospital.", "killed", 1),
    ("Police said the 17 year old male was shot in the arm.", "hit", 1),
    ("Sam Ortiz, 60, and Lea Moss, 26, died at the scene.", "killed", 2),
    ("Teen kills 12-year-old in Dorrow", "killed", 1),
    ("Man kills 9 year old in Dorrow", "killed", 1),
    ("Police say a 43 y/o man was shot in the leg.", "hit", 1),
    ("20 y/o killed in Dorrow", "killed", 1),
    ("Four Injured In Dorrow Mall Shooting", "injured", 4),
    ("12-year-old dead after crash on Route 9", "killed", 1),
    ("Both Sam Ortiz, 32, and Lea Moss, 34, died at the scene.", "killed", 2),
    ("Three hikers suffered non-fatal injuries in the fall.", "hit", 3),
    ("1-year-old injured in Dorrow crash", "injured", 1),
    ("14-year-old killed, 12-year-old injured in Dorrow fire", "injured", 1),
    ("Fire at Dorrow High School in Tarrow, 1 injured", "injured", 1),
    ("Man shot in leg at Dorrow gun range", "hit", 1),
])
def test_counts_are_people_not_ages_or_addresses(parse, text, kind, count):
    assert (kind, count) in [(k, c) for k, c, _ in statements(parse, text)]


@pytest.mark.parametrize("text, expected", [
    ("Two people were hurt or killed in the blast.", [("injured", 2, False)]),
    ("Dozens of people were killed or injured.", [("injured", 12, False)]),
    ("One man was killed and two were injured.", [("killed", 1, False), ("injured", 2, False)]),
])
def test_hurt_or_killed_states_no_dead(parse, text, expected):
    assert statements(parse, text) == expected


def test_a_death_told_without_any_harm_is_natural(parse):
    assert statements(parse, "The death of the actor Ben Hale shocked his fans. He was 81.") == []
    assert ("killed", 1, False) in statements(
        parse, "Police are investigating the death of Ben Hale. He was shot in the chest.")


@pytest.mark.parametrize("text, kind, count", [
    ("The attack left five soldiers seriously wounded.", "injured", 5),
    ("A shooting left one man critically injured.", "injured", 1),
    ("The riot left two women hurt.", "injured", 2),
    ("A drive-by shooting left one dead and three injured.", "injured", 3),
])
def test_the_object_left_or_found_in_a_state_is_the_victims(parse, text, kind, count):
    """ "left three workers wounded": the holder verb's object, not its subject (the blast), is hurt."""
    assert (kind, count, False) in statements(parse, text)


def test_a_bare_another_is_one_more_victim(parse):
    """ "one man was killed and another was injured": "another" alone names one person."""
    assert statements(parse, "One man was killed and another was injured.") == [("killed", 1, False), ("injured", 1, False)]


@pytest.mark.parametrize("text", [
    "Police investigating Marrow Falls shooting - KDRW - Western Dorrow Breaking News, Weather, ClosingsPolice "
    "are investigating a shooting in Marrow Falls.",
    "The fight ended after she stabbed.",
    "The suspect ran off after he stabbed K-9 Rex.",
])
def test_a_site_name_a_police_dog_and_the_one_who_acts_are_no_victims(parse, text):
    """ "shooting - ... Breaking News": the site's name in a title; "K-9 Rex": a police dog; "after
    he stabbed": the subject pronoun acts (a headline's bare "Man stabbed" never says "he")."""
    assert statements(parse, text) == []


def test_found_deceased_is_dead(parse):
    """ "found two men deceased": the tagger takes "deceased" for the participle of "decease"."""
    assert statements(parse, "Deputies found two men deceased in a car on Route 9.") == [("killed", 2, False)]


@pytest.mark.parametrize("text, count", [
    ("The clerk was being treated at an area hospital for wounds in the shoulder.", 1),
    ("Two officers were taken to a hospital for treatment of minor injuries.", 2),
])
def test_treated_or_carried_for_wounds_is_hurt(parse, text, count):
    """The wound hangs off the hospital ("treated at a hospital for wounds"), not the verb: still the
    subject's wound."""
    assert statements(parse, text) == [("hit", count, False)]


@pytest.mark.parametrize("text, expected", [
    ("Officers returned fire and one man was struck.", [("hit", 1, False)]),
    ("He exchanged words with the clerk and was struck.", []),
])
def test_struck_right_after_the_shots_is_hit(parse, text, expected):
    """ "returned fire and one man was struck": the joined clause fires, so "struck" is by gunfire."""
    assert statements(parse, text) == expected
