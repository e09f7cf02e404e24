"""Names (factx.extractors.names): every rule on invented sentences, the lexicon's examples run as
tests, and the grouping and abbreviation functions on Docs."""

from __future__ import annotations

import pytest

from factx import lexicon
from factx.extractors.names import (
    coordinated_names_agree,
    employers_are_organisations,
    find_entities,
)
from factx.extractors.names.abbreviations import find_abbreviations, find_long_form, short_form_ok
from factx.extractors.names.datelines import dateline_places
from factx.extractors.names.echoes import find_echoes
from factx.extractors.names.grouping import People, group_mentions, name_words
from factx.extractors.names.lines import Layout, is_figure
from factx.extractors.names.mentions import (
    Context,
    NameMention,
    common_noun_twin,
    cut_describing_adjective,
    cut_titles,
    extend_to_title,
    in_page_furniture,
    join_hyphens,
    make_mention,
    person_by_initial,
    split_span,
    trim,
)
from factx.extractors.names.titles import Titles, appositive_roles

EXAMPLES = lexicon.load("names")["examples"]


def tokens(doc, text: str) -> tuple[int, int]:
    """Token range of the first occurrence of `text` in the doc."""
    start = doc.text.index(text)
    span = doc.char_span(start, start + len(text))
    assert span is not None, text
    return span.start, span.end


def by_text(entities):
    return {e.text: e for e in entities}


def mention(doc, text: str, label: str, origin: str = "model") -> NameMention:
    return make_mention(doc, *tokens(doc, text), label, origin)


# ------------------------------------------------------------------ lexicon examples


@pytest.mark.parametrize("sentence, title", sorted(EXAMPLES["titles"].items()))
def test_title_examples(parse, sentence, title):
    doc = parse(sentence)
    titles = Titles(doc)
    found = [doc[m.start:m.end].text for m in titles.matches]
    assert title in found


@pytest.mark.parametrize("line, place", sorted(EXAMPLES["datelines"].items()))
def test_dateline_examples(parse, line, place):
    doc = parse(line)
    places = [m.text for m in dateline_places(doc, Layout(doc))]
    assert places[:1] == ([place] if place else [])


@pytest.mark.parametrize("sentence, pair", sorted(EXAMPLES["abbreviations"].items()))
def test_abbreviation_examples(parse, sentence, pair):
    doc = parse(sentence)
    found = [f"{doc[a.short_start:a.short_end].text} = {doc[a.long_start:a.long_end].text}"
             for a in find_abbreviations(doc)]
    assert found == ([pair] if pair else [])


# ------------------------------------------------------------------ lines


def test_line_kinds(parse):
    doc = parse("TENNIS - GREEN WINS IN OPEN FINAL.\nJoin our channel for news!\n"
                "Dale 4 1 2 7 3\nTom Green won the final on Sunday.")
    assert [line.kind for line in Layout(doc).lines] == ["capitals", "furniture", "table", "prose"]


def test_a_text_all_in_capitals_is_prose(parse):
    doc = parse("POLICE SAID TWO MEN WERE HELD.\nTHE MAYOR THANKED THEM.\nOk.")
    assert {line.kind for line in Layout(doc).lines} == {"prose"}


@pytest.mark.parametrize("text, figure", [("69", True), ("108-3", True), ("9.5-0-44-1", True), ("1:30", True),
                                          ("Kent", False), ("C-4", False)])
def test_figures(text, figure):
    assert is_figure(text) is figure


# ------------------------------------------------------------------ cutting spans


def test_a_span_breaks_at_a_line_break_a_score_and_a_joining_word(parse):
    doc = parse("Ken Dole\nGreen Vale beat Kent 108-3 on Sunday at Headingley.")
    assert split_span(doc, 0, 5, "PERSON", False) == [(0, 2), (3, 5)]
    start, end = tokens(doc, "Kent 108-3")
    assert split_span(doc, start, end, "ORG", False) == [(start, start + 1)]
    start, end = tokens(doc, "Sunday at Headingley")
    assert split_span(doc, start, end, "GPE", False) == [(start, start + 1), (end - 1, end)]


def test_small_words_and_nicknames_stay_inside_a_name(parse):
    doc = parse('The Commission on Presidential Debates met Larry "Boxx" Henderson.')
    start, end = tokens(doc, "Commission on Presidential Debates")
    assert split_span(doc, start, end, "ORG", False) == [(start, end)]
    start, end = tokens(doc, 'Larry "Boxx" Henderson')
    assert split_span(doc, start, end, "PERSON", False) == [(start, end)]


def test_a_places_police_keep_their_name(parse):
    doc = parse("Officers said Florence police and Jiangsu province staff came.")
    assert doc[slice(*trim(doc, *tokens(doc, "Florence police")))].text == "Florence police"
    assert doc[slice(*trim(doc, *tokens(doc, "Jiangsu province")))].text == "Jiangsu"


def test_a_plain_number_stays_in_a_road_but_not_in_a_table_or_a_person(parse):
    doc = parse("Trucks used Route 66 daily.")
    start, end = tokens(doc, "Route 66")
    assert split_span(doc, start, end, "FAC", False) == [(start, end)]
    assert split_span(doc, start, end, "FAC", True) == [(start, start + 1)]
    assert split_span(doc, start, end, "PERSON", False) == [(start, start + 1)]


def test_trim_drops_the_possessive_the_and_lower_case_edges(parse):
    doc = parse("He met the Pentagon's staff and Jiangsu province officials with Aravinda de Silva.")
    assert doc[slice(*trim(doc, *tokens(doc, "the Pentagon's")))].text == "Pentagon"
    assert doc[slice(*trim(doc, *tokens(doc, "Jiangsu province")))].text == "Jiangsu"
    assert doc[slice(*trim(doc, *tokens(doc, "de Silva")))].text == "de Silva"


def test_hyphenated_names_stay_whole(parse):
    doc = parse("Officers of the Miami-Dade Police came, with Iran-backed groups.")
    start, end = tokens(doc, "Dade Police")
    assert doc[slice(*join_hyphens(doc, start, end))].text == "Miami-Dade Police"
    start, end = tokens(doc, "Iran")
    assert join_hyphens(doc, start, end) == (start, end)  # "-backed" is no name


def test_titles_are_cut_off_names(parse):
    doc = parse("Department of Defense Press Secretary Jon Rell met Secretary of State Mara Quill.")
    titles = Titles(doc)
    assert doc[slice(*cut_titles(titles, *tokens(doc, "Press Secretary Jon Rell"), "PERSON"))].text == "Jon Rell"
    assert doc[slice(*cut_titles(titles, *tokens(doc, "Department of Defense Press"), "ORG"))].text == "Department of Defense"
    assert cut_titles(titles, *tokens(doc, "State"), "ORG") is None  # part of the role
    assert cut_titles(titles, *tokens(doc, "Secretary"), "PERSON") is None


def test_an_organisation_keeps_its_first_word_even_if_it_is_a_title_word(parse):
    doc = parse("General Motors said the Department of Justice spokesman was wrong.")
    titles = Titles(doc)
    assert cut_titles(titles, *tokens(doc, "General Motors"), "ORG") == tokens(doc, "General Motors")
    assert cut_titles(titles, *tokens(doc, "Department of Justice"), "ORG") == tokens(doc, "Department of Justice")


def test_a_nationality_before_a_full_name_is_cut(nlp):
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=["American", "Dale", "Mitchum", "won", "in", "British", "Airways"],
              tags=["JJ", "NNP", "NNP", "VBD", "IN", "JJ", "NNPS"])
    assert doc[slice(*cut_describing_adjective(doc, 0, 3))].text == "Dale Mitchum"
    assert cut_describing_adjective(doc, 5, 7) == (5, 7)  # one word would be left: the adjective is the name's


def test_an_initial_and_a_surname_are_a_person(parse):
    doc = parse("D. Flemmor took three wickets for U.S. Steel.")
    assert person_by_initial(doc, *tokens(doc, "D. Flemmor"), "ORG") == "PERSON"
    assert person_by_initial(doc, *tokens(doc, "U.S. Steel"), "ORG") == "ORG"


# ------------------------------------------------------------------ spans that are not names


def _context(doc):
    layout = Layout(doc)
    return Context.of(doc, layout, Titles(doc))


def test_a_capitalised_common_noun_is_no_name(parse):
    doc = parse("Coalition Forces came under fire. Coalition forces said so.\n"
                "Council approves the plan.\nThe city council met.")
    ctx = _context(doc)
    assert common_noun_twin(ctx, mention(doc, "Coalition Forces", "ORG"))
    assert common_noun_twin(ctx, mention(doc, "Council", "ORG"))


def test_a_name_is_not_a_common_noun(parse):
    doc = parse("Apple Vale opened a shop. Vale said apples sell well.")
    ctx = _context(doc)
    assert not common_noun_twin(ctx, mention(doc, "Apple Vale", "ORG"))


def test_a_sentence_in_title_case_is_no_evidence_for_its_other_phrases(parse):
    doc = parse("Troops said Heavy Shelling hit Allied Units near Tarsk on Monday. Allied units pulled back from "
                "Tarsk, and the Tarsk Water Board said supplies were cut.")
    names = {e.text for e in find_entities(doc)}
    assert "Allied Units" not in names and "Heavy Shelling" not in names
    assert "Tarsk" in names or "Tarsk Water Board" in names


def test_page_furniture_and_photo_credits_name_nobody(parse):
    doc = parse("Join our verified XYZ Telegram channel today!\n"
                "Tom Ray. (Jane Roe/Getty Images)\nTom Ray spoke in Paris.")
    layout = Layout(doc)
    ents = {e.text: e for e in (doc.char_span(*_chars(doc, t), label="ORG") for t in ("XYZ Telegram", "Jane Roe", "Paris"))}
    assert in_page_furniture(doc, layout, ents["XYZ Telegram"])
    assert in_page_furniture(doc, layout, ents["Jane Roe"])
    assert not in_page_furniture(doc, layout, ents["Paris"])


def _chars(doc, text):
    start = doc.text.index(text)
    return start, start + len(text)


def test_a_headline_in_capitals_counts_only_what_the_article_names(parse):
    doc = parse("BOXING - DORREN BEATS KALLIS IN VEGAS.\nLAS VEGAS 1996-08-30\n"
                "Tom Dorren beat Joe Kallis on Friday. Dorren said it was easy.")
    people = {e.text: e for e in find_entities(doc) if e.label == "PERSON"}
    assert "DORREN" in people["Tom Dorren"].aliases
    assert "LAS VEGAS" in {e.text for e in find_entities(doc)}
    assert not any(e.text.startswith("BOXING") for e in find_entities(doc))


# ------------------------------------------------------------------ roles


def test_roles_before_the_name_and_in_apposition(parse):
    doc = parse("Department of Defense Press Secretary Jon Rell spoke. Mara Quill, Secretary of State, agreed, "
                "and Lt. Dana Broke, a police spokeswoman, said nothing.")
    people = by_text(e for e in find_entities(doc) if e.label == "PERSON")
    assert people["Jon Rell"].roles == ["Department of Defense Press Secretary"]
    assert people["Mara Quill"].roles == ["Secretary of State"]
    assert people["Dana Broke"].roles == ["Lt.", "police spokeswoman"]


@pytest.mark.parametrize("sentence, person, first", [
    ("Mayor Ana Lima opened the bridge.", "Lima", "Ana Lima"),
    ("Rival Hillary Clinton spoke.", "Hillary Clinton", "Hillary Clinton"),
    ("Special Agent In Charge Patrick Morgan spoke.", "Patrick Morgan", "Patrick Morgan"),
])
def test_a_person_takes_the_given_name_the_model_left_out(parse, sentence, person, first):
    doc = parse(sentence)
    start, end = tokens(doc, person)
    assert doc[extend_to_title(doc, Titles(doc), start, end, "PERSON"):end].text == first


def test_one_given_name_the_model_left_out_joins(nlp):
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=["They", "met", "Guido", "Fulst", "today"], tags=["PRP", "VBD", "NNP", "NNP", "NN"],
              pos=["PRON", "VERB", "PROPN", "PROPN", "NOUN"], sent_starts=[True, False, False, False, False])
    assert extend_to_title(doc, Titles(doc), 3, 4, "PERSON") == 2
    assert extend_to_title(doc, Titles(doc), 3, 4, "ORG") == 3


@pytest.mark.parametrize("sentence, title", [("Sgt. Dean Quinlan said the road was closed.", "Sgt."),
                                             ("Neenah Mayor Dean Kaufert said so.", "Mayor")])
def test_a_title_word_after_a_rank_or_title_is_a_name(parse, sentence, title):
    doc = parse(sentence)
    assert [doc[m.start:m.end].text for m in Titles(doc).matches] == [title]


@pytest.mark.parametrize("sentence, titles", [
    ("Mr. Hale met Col Brennan on Monday.", ["Mr."]),  # dotted house style: "Col" is a given name
    ("Mr Hale met Col Brennan on Monday.", ["Mr", "Col"]),  # no full stops anywhere: a rank
    ("Mr. Hale met Col Ray Brennan on Monday.", ["Mr.", "Col"]),  # before a full name: a rank
])
def test_a_rank_without_its_full_stop_before_one_name_word(parse, sentence, titles):
    doc = parse(sentence)
    assert [doc[m.start:m.end].text for m in Titles(doc).matches] == titles


def test_an_age_is_no_role(parse):
    doc = parse("Samer Tolan, 42, told reporters he was tired.")
    span = doc[slice(*tokens(doc, "Samer Tolan"))]
    assert appositive_roles(span) == []


def test_the_mayor_and_her_surname_are_one_person(parse):
    doc = parse("Mayor Ana Lima opened the new bridge on Monday. \"It is a great day,\" said Lima.")
    people = [e for e in find_entities(doc) if e.label == "PERSON"]
    assert [(e.text, e.count, e.roles) for e in people] == [("Ana Lima", 2, ["Mayor"])]
    assert not any(e.text == "Lima" for e in find_entities(doc))


# ------------------------------------------------------------------ grouping (on hand-made mentions)


def test_name_words_drop_suffixes():
    assert name_words("Martin Luther King Jr.") == ["Martin", "Luther", "King"]


def test_a_surname_joins_the_full_name_whatever_its_label(parse):
    doc = parse("Grace Okafor won the race. Okafor said the wind helped, and G. Okafor smiled.")
    full = mention(doc, "Grace Okafor", "PERSON")
    surname = make_mention(doc, *tokens(doc, "Okafor said")[:1], tokens(doc, "Okafor said")[0] + 1, "GPE")
    initial = mention(doc, "G. Okafor", "ORG")
    groups = group_mentions([full, surname, initial], {})
    assert len(groups) == 1 and groups[0].label == "PERSON" and len(groups[0].mentions) == 3


def test_a_surname_goes_to_the_nearest_full_name_before_it(parse):
    doc = parse("Jane Smith met John Smith. Later Smith left.")
    jane, john = mention(doc, "Jane Smith", "PERSON"), mention(doc, "John Smith", "PERSON")
    start = doc.text.index("Smith left")
    late = make_mention(doc, doc.char_span(start, start + 5).start, doc.char_span(start, start + 5).end, "PERSON")
    people = People([jane, john])
    assert people.resolve(late).text == "John Smith"


def test_an_entry_is_named_as_written_most_often_in_full(parse):
    doc = parse("Rival Ann Tove spoke. Ann Tove left. Ann Tove came back. Tove won.")
    people = [e for e in find_entities(doc) if e.label == "PERSON"]
    assert [e.text for e in people] == ["Ann Tove"]


def test_other_names_take_the_label_most_mentions_have(parse):
    doc = parse("Kent won. Kent lost. Kent drew.")
    starts = [i for i, t in enumerate(doc) if t.text == "Kent"]
    mentions = [make_mention(doc, i, i + 1, label) for i, label in zip(starts, ("GPE", "ORG", "ORG"), strict=True)]
    (group,) = group_mentions(mentions, {})
    assert group.label == "ORG"


def test_an_acronym_joins_its_name(parse):
    doc = parse("The United States and the U.S. Navy met US officials.")
    mentions = [mention(doc, "United States", "GPE"), mention(doc, "U.S.", "GPE"), mention(doc, "US", "GPE")]
    assert len(group_mentions(mentions, {})) == 1


def test_an_abbreviation_joins_its_long_form(parse):
    doc = parse("Fighters of Kait'ib Hezbollah (KH) fired rockets. KH denied it.")
    entities = find_entities(doc)
    group = next(e for e in entities if "KH" in e.aliases)
    assert group.text == "Kait'ib Hezbollah" and group.label != "PERSON" and group.count == 3


def test_schwartz_hearst_long_form(parse):
    doc = parse("the Kurdistan Democratic Party (KDP)")
    bracket = [t.i for t in doc if t.text == "("][0]
    assert doc[find_long_form(doc, 0, bracket, "KDP"):bracket].text == "Kurdistan Democratic Party"
    assert find_long_form(doc, 0, bracket, "XYZ") is None
    assert short_form_ok(doc[bracket + 1:bracket + 2])
    assert not short_form_ok(parse("(2021)")[1:2])


# ------------------------------------------------------------------ echoes and agreement


def test_echoes_find_untagged_repeats_and_capitals(parse):
    doc = parse("VORLAN WINS.\nPiet Vorlan won the stage. Vorlan said so. Such a win!")
    layout = Layout(doc)
    full = mention(doc, "Piet Vorlan", "PERSON")
    echoes = find_echoes(doc, layout, Titles(doc), [full], set())
    assert [e.text for e in echoes] == ["VORLAN", "Vorlan"]


def test_an_employer_before_a_title_is_an_organisation(parse):
    doc = parse("Surrey captain Chris Lewis scored.")
    titles = Titles(doc)
    surrey, lewis = mention(doc, "Surrey", "PERSON"), mention(doc, "Chris Lewis", "PERSON")
    employers_are_organisations(doc, titles, [surrey, lewis])
    assert (surrey.label, lewis.label) == ("ORG", "PERSON")


def test_coordinated_names_agree(parse):
    doc = parse("Firms including Mobil, Shell and Caltex came.")
    mentions = [mention(doc, "Mobil", "ORG"), mention(doc, "Shell", "ORG"), mention(doc, "Caltex", "PERSON")]
    coordinated_names_agree(doc, mentions)
    assert [m.label for m in mentions] == ["ORG", "ORG", "ORG"]


# ------------------------------------------------------------------ the seed article


def test_seed_entities_are_what_a_reader_lists(seed_record):
    names = {(e["text"], e["label"]) for e in seed_record["entities"]}
    expected = {
        ("Joe Biden", "PERSON"), ("John Kirby", "PERSON"), ("Antony Blinken", "PERSON"),
        ("Wayne Marotto", "PERSON"), ("Masrour Barzani", "PERSON"), ("Syria", "GPE"), ("Iraq", "GPE"),
        ("Iran", "GPE"), ("Erbil", "GPE"), ("United States", "GPE"), ("Department of Defense", "ORG"),
        ("Kait’ib Hezbollah", "ORG"), ("Kait’ib Sayyid al-Shuhada", "ORG"),
        ("Kurdistan Regional Government", "ORG"), ("American Military News", "ORG"),
    }
    assert expected <= names
    junk = {"AMN Telegram", "Department of Defense Press", "State", "Coalition Forces", "Sayyid al-Shuhada",
            "KH", "KSS", "Gage Skidmore/Flickr", "Hezbollah"}
    assert not junk & {text for text, _ in names}


def test_seed_aliases_and_roles(seed_record):
    entities = {e["text"]: e for e in seed_record["entities"]}
    assert entities["Kait’ib Hezbollah"]["aliases"] == ["Kait’ib Hezbollah", "KH"]
    assert entities["Kait’ib Sayyid al-Shuhada"]["aliases"] == ["Kait’ib Sayyid al-Shuhada", "KSS"]
    assert entities["John Kirby"]["roles"] == ["Department of Defense Press Secretary"]
    assert entities["Antony Blinken"]["roles"] == ["Secretary of State"]
    assert entities["Joe Biden"]["roles"] == ["President"]
    assert {"Biden", "Joe Biden"} == set(entities["Joe Biden"]["aliases"])


def test_titles_survive_the_memory_zone_they_were_built_in(nlp):
    """The pipeline parses inside nlp.memory_zone(), which drops strings added there: the matcher's
    kinds must not be looked up through the StringStore."""
    from factx.extractors.names import titles as titles_module

    titles_module._MATCHERS.clear()
    with nlp.memory_zone():
        assert Titles(nlp("Mayor Ana Lima spoke.")).matches
    with nlp.memory_zone():
        assert [m.kind for m in Titles(nlp("Mr. Sam Price spoke.")).matches] == ["honorific"]


# ------------------------------------------------------------------ organisations the text names as such


def _labels(parse, text):
    return {e.text: e.label for e in find_entities(parse(text))}


def test_a_legal_form_makes_an_organisation_and_its_short_form_joins(parse):
    doc = parse("Belcor Co agreed to buy a rival. Belcor said it would pay cash. Belcor chief executive Tom Ward spoke.")
    belcor = [e for e in find_entities(doc) if "Belcor" in e.text]
    assert [(e.text, e.label, e.count) for e in belcor] == [("Belcor Co", "ORG", 3)]


def test_a_kind_of_organisation_beside_a_name_makes_it_one(parse):
    labels = _labels(parse, "Swedish telecoms group Norvik Ostberg said it won an order. Ostberg said "
                            "the order was large.")
    assert labels.get("Norvik Ostberg") == "ORG" and "Ostberg" not in labels


def test_a_place_before_a_kind_noun_stays_a_place(parse):
    labels = _labels(parse, "One U.S. firm bought bonds on Friday, and the U.S. economy grew.")
    assert labels.get("U.S.") == "GPE"


def test_a_month_is_cut_from_a_name_but_not_from_a_person(parse):
    labels = _labels(parse, "The September Treasury bond future fell. April Ryan asked a question.")
    assert "Treasury" in labels and "September Treasury" not in labels
    assert labels.get("April Ryan") == "PERSON"


def test_a_full_stop_that_ends_the_sentence_is_not_the_legal_forms(parse):
    entities = find_entities(parse("Magna will compete with Lear Corp. The seats of Lear Corp. are made in Ohio."))
    lear = [e for e in entities if e.text.startswith("Lear")]
    assert [(e.text, e.count) for e in lear] == [("Lear Corp", 2)]


def test_a_family_name_written_first_joins_its_person_whatever_the_model_said(parse):
    doc = parse("Police detained Zhao Minghua on Friday. The group demanded Zhao's release.")
    full = mention(doc, "Zhao Minghua", "PERSON")
    start = doc.text.index("Zhao's")
    family = make_mention(doc, doc.char_span(start, start + 4).start, doc.char_span(start, start + 4).end, "ORG")
    place = make_mention(doc, family.start, family.end, "GPE")
    assert People([full]).resolve(family).text == "Zhao Minghua"
    assert People([full]).resolve(place) is None  # "Jordan" the country is not Jordan Reyes


def test_a_kind_noun_after_the_name_even_when_mistagged(parse):
    labels = _labels(parse, "Gazeta Nowa daily said on Saturday that the sale would go ahead. "
                            "Gazeta Nowa said its own publisher would bid.")
    assert labels.get("Gazeta Nowa") == "ORG"


def test_a_kind_noun_does_not_turn_a_person_into_a_company(parse):
    labels = _labels(parse, "Donald Trump spoke on Monday. Reports said nearly $1 billion in Trump company "
                            "losses were hidden. Trump denied it.")
    assert labels.get("Donald Trump") == "PERSON"
