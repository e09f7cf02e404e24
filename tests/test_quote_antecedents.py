"""Which person entries a pronoun can stand for (no model needed: entities built by hand)."""

from factx.extractors.quotes.attribution import Antecedents, looks_like_a_name
from factx.extractors.quotes.marks import Quoted
from factx.record import Entity


def _person(text, *mentions):
    return Entity(text=text, label="PERSON", count=len(mentions), mentions=list(mentions))


def test_a_name_is_not_a_line_in_capitals_nor_the_cut_tail_of_a_longer_name():
    text = "Ana Ruiz met President Reyes and the Black Caucus. TOWN HALL MEETING"
    assert looks_like_a_name(_person("Ana Ruiz", (0, 8)), text)
    assert looks_like_a_name(_person("Reyes", (23, 28)), text)  # a title before a surname is fine
    assert not looks_like_a_name(_person("Caucus", (43, 49)), text)  # cut out of "Black Caucus"
    assert not looks_like_a_name(_person("TOWN HALL MEETING", (51, 68)), text)


def test_a_pronoun_skips_junk_person_entries():
    text = "Ana Ruiz spoke first. The Black Caucus met. BREAKING NEWS TODAY. She said: “We will win.”"
    entities = [_person("Ana Ruiz", (0, 8)), _person("Caucus", (32, 38)),
                _person("BREAKING NEWS TODAY", (44, 63))]
    antecedents = Antecedents(entities, Quoted([]), text)
    assert antecedents.before(text.index("She"), "she") == "Ana Ruiz"
