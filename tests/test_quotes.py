"""Quotes extractor: layouts, speaker resolution, non-quotes (mark pairing: test_quote_marks.py)."""

from __future__ import annotations

import pytest

from factx.extractors.entities import extract_entities
from factx.extractors.quotes import extract_quotes


@pytest.fixture(scope="module")
def quotes(nlp):
    def run(text):
        doc = nlp(text)
        return extract_quotes(doc, extract_entities(doc))

    return run


def _direct(qs):
    return [q for q in qs if q.type == "direct"]


# ---------------------------------------------------------------- layouts and speakers


def test_colon_layout_with_pronoun(quotes):
    qs = quotes("Maria Lopez visited the plant on Monday. She said: “This is a nicely structured quote.”")
    (q,) = _direct(qs)
    assert q.text == "This is a nicely structured quote."
    assert q.speaker == "Maria Lopez"
    assert q.cue == "said"


def test_trailing_cue_and_surname_resolution(quotes):
    text = ("Secretary of State Antony Blinken arrived in Kyiv on Monday. "
            "“We stand with Ukraine and we will keep doing so,” Blinken said.")
    (q,) = _direct(quotes(text))
    assert q.speaker == "Antony Blinken"
    start, end = q.speaker_span
    assert text[start:end] == "Blinken"
    assert q.speaker_label == "PERSON"


def test_inverted_cue_with_appositive_role(quotes):
    text = "“The talks were useful and honest today,” said Antony Blinken, the US secretary of state."
    (q,) = _direct(quotes(text))
    assert q.speaker == "Antony Blinken"
    assert q.role and "secretary of state" in q.role


def test_statement_channel_and_role_from_lead_in(quotes, seed_text):
    text = ("Department of Defense Press Secretary John Kirby issued the following statement on the strike:\n\n"
            "“The strikes were authorized in response to recent attacks on our personnel.\n\n"
            "“This proportionate response was conducted together with diplomatic measures.”\n")
    (q,) = _direct(quotes(text))
    assert q.speaker == "John Kirby"
    assert q.channel == "statement"
    assert q.role == "Department of Defense Press Secretary"
    assert "proportionate" in q.text and "authorized" in q.text


def test_seed_fixture(quotes, seed_text):
    qs = _direct(quotes(seed_text))
    assert [q.speaker for q in qs] == ["John Kirby", "Wayne Marotto", "Antony Blinken"]
    kirby, marotto, blinken = qs
    # The statement runs over two paragraphs, the first left open: one quote.
    assert "eastern Syria" in kirby.text and "de-escalate" in kirby.text
    assert kirby.channel == "statement"
    assert kirby.role == "Department of Defense Press Secretary"
    assert marotto.channel == "tweet"
    assert marotto.role == "Operation Inherent Resolve spokesman"
    # "Blinken said" resolves to the full name; the channel comes from "released a statement".
    assert seed_text[blinken.speaker_span[0]:blinken.speaker_span[1]] == "Blinken"
    assert blinken.cue == "said"
    assert blinken.channel == "statement"
    assert blinken.role == "Secretary of State"  # written with the full name earlier


def test_follow_on_quote_inherits_speaker(quotes):
    text = ("“Cases are rising again across the country,” said Chris Whitty, the chief medical officer. "
            "“Ventilation and masks remain important for everyone.”")
    qs = _direct(quotes(text))
    assert [q.speaker for q in qs] == ["Chris Whitty", "Chris Whitty"]


def test_interrupted_quote_same_speaker(quotes):
    text = "“When I use a word,” Humpty Dumpty said, “it means just what I choose it to mean.”"
    qs = quotes(text)
    assert len(qs) == 2
    assert qs[0].speaker == qs[1].speaker == "Humpty Dumpty"


def test_dash_attribution(quotes):
    text = "“As I said before, the rules must change for everyone.” — Geoffrey Starks\n"
    (q,) = quotes(text)
    assert q.speaker == "Geoffrey Starks"


def test_unresolved_pronoun_stays_the_mention(quotes):
    text = "“We will not stop until the work is finished,” he said."
    (q,) = quotes(text)
    assert q.speaker is None
    assert text[q.speaker_span[0]:q.speaker_span[1]] == "he"


def test_organisation_speaker(quotes):
    text = "The Ministry of Defence said in a statement: “Two soldiers were wounded in the attack overnight.”"
    (q,) = quotes(text)
    assert q.speaker_label == "ORG"
    assert q.channel == "statement"


# ---------------------------------------------------------------- not quotes


def test_scare_quotes_and_titles_are_not_quotes(quotes):
    text = ("Critics called the plan “woke” and the show “Mothballing Your Battleship” drew few viewers. "
            "The senator, nicknamed “The Hammer”, was absent.")
    assert quotes(text) == []


def test_a_list_of_scare_quotes_after_a_cue_is_not_a_quote(quotes):
    # The first short quote is left out; it must not make the second a follow-on quote.
    text = "Former leader Ana Ruiz calls the plan for a border wall ‘stupid’, ‘useless.’\n\nShe spoke in May."
    assert quotes(text) == []


def test_partial_quote_inside_reported_speech(quotes):
    text = "The regulator said the company had “consciously refused to cooperate with the inquiry” last year."
    (q,) = quotes(text)
    assert q.type == "partial"
    assert q.cue == "said"


def test_cue_with_its_own_clause_after_a_quote_is_not_its_attribution(quotes):
    text = ("“We will win this seat,” Maria Lopez said. “The voters are with us on every street.” "
            "Tom Reyes has said he will vote against the plan.")
    qs = _direct(quotes(text))
    assert [q.speaker for q in qs] == ["Maria Lopez", "Maria Lopez"]


def test_place_inside_a_subject_phrase_is_not_the_speaker(quotes):
    text = "“The gap is too wide for anyone to close this month,” said an Ohio Democrat."
    (q,) = _direct(quotes(text))
    assert q.speaker != "Ohio"
    assert "Democrat" in text[q.speaker_span[0]:q.speaker_span[1]]


def test_trailing_name_and_cue_word_read_off_the_text(quotes):
    text = ("Dana Whitfield spoke to the board on Monday. "
            "“We have been waiting for this ruling for years,” Whitfield notes. "
            "“It changes how every school in the district hires,” remembered Paul Okafor, a former principal.")
    qs = _direct(quotes(text))
    assert [q.speaker for q in qs] == ["Dana Whitfield", "Paul Okafor"]


def test_trailing_attribution_with_an_aside_or_a_common_noun(quotes):
    text = ("“We were wrong not to confront him from the start,” Ramirez, 58, told reporters. "
            "“Nobody asked us what the new rules would cost,” the two write.")
    first, second = _direct(quotes(text))
    assert text[first.speaker_span[0]:first.speaker_span[1]] == "Ramirez"
    assert "two" in text[second.speaker_span[0]:second.speaker_span[1]]


# ---------------------------------------------------------------- reported speech without marks


def test_indirect_speech_with_resolved_speaker(quotes):
    text = ("Defence Minister Carla Mendes visited the base on Monday. "
            "Mendes said the new radar would be ready before the winter.")
    (q,) = quotes(text)
    assert q.type == "indirect"
    assert q.text == "the new radar would be ready before the winter"
    assert q.speaker == "Carla Mendes" and q.cue == "said"
    assert text[q.span[0]:q.span[1]] == q.text


def test_not_indirect_speech(quotes):
    for text in (
        "He did not say the plan would fail before the vote.",
        "If she says the plan works for the town, we will see.",
        "I said the weather was fine for the whole week.",
        "The firm, which analysts say is struggling badly, cut jobs.",
    ):
        assert [q for q in quotes(text) if q.type == "indirect"] == [], text


def test_marked_words_stay_partial_not_indirect(quotes):
    text = "The mayor said the plan was “a disaster for every family in town” on Friday."
    assert [q.type for q in quotes(text)] == ["partial"]


def test_colon_lead_in_ending_the_previous_paragraph(quotes):
    text = "And from Chairwoman Jessica Rosenworcel:\n\n“Anna brings deep experience and a steady hand to this agency.”"
    (q,) = quotes(text)
    assert q.speaker == "Jessica Rosenworcel"


def test_short_sentence_right_after_a_quote_follows_on(quotes):
    text = "“Did you get the names of everybody who came tonight?” Maria Lopez said. “Okay, great!”"
    qs = _direct(quotes(text))
    assert [q.text for q in qs][-1] == "Okay, great!"
    assert qs[-1].speaker == "Maria Lopez"


def test_dash_attribution_on_the_next_line(quotes):
    text = "“Great speech tonight. She is ready for the job.”\n\n-President Barack Obama, after the speech.\n"
    (q,) = quotes(text)
    assert q.speaker == "Barack Obama"


def test_dash_before_the_subject_is_not_part_of_the_speaker(quotes):
    text = ("Senator Helen Brooks spoke last. When he noted that her land deals had been reported ― "
            "Brooks replied, “That makes me careful.”")
    (q,) = _direct(quotes(text))
    assert q.speaker == "Helen Brooks"
    assert text[q.speaker_span[0]:q.speaker_span[1]] == "Brooks"


def test_promised_attribution_takes_any_verb(quotes):
    text = ("Senator Pat Toomey spoke after the vote. "
            "“If they were serious about this, they would have called us first,” Toomey fumed. "
            "“That would have shown some good faith.”")
    qs = _direct(quotes(text))
    assert [q.speaker for q in qs] == ["Pat Toomey", "Pat Toomey"]
    assert qs[0].cue == "fumed"


def test_title_before_an_unknown_name_goes_to_the_role(quotes):
    text = "“We have never seen water rise like this,” said Mayor Ines Varga."
    (q,) = _direct(quotes(text))
    assert (q.speaker, q.role) == ("Ines Varga", "Mayor")
    assert text[q.speaker_span[0]:q.speaker_span[1]] == "Ines Varga"


def test_a_quote_right_after_a_closing_guillemet_opens_a_sentence(quotes):
    text = ("Maria Lopez spoke to the crowd. «We will rebuild the old bridge this year.» "
            "«Nobody will stop us now, whatever the council decides,» she said.")
    assert [q.type for q in quotes(text)] == ["direct", "direct"]


def test_a_horizontal_bar_before_a_quote_introduces_it(quotes):
    text = "Maria Lopez had one answer for the board ― “We will rebuild the old bridge this year.”"
    (q,) = quotes(text)
    assert q.type == "direct"


def test_a_military_rank_before_a_name_is_the_role(quotes):
    text = "“We have never seen morale this high,” said General Tomas Reyes."
    (q,) = _direct(quotes(text))
    assert (q.speaker, q.role) == ("Tomas Reyes", "General")


# ---------------------------------------------------------------- speakers: names, hyphens, modifiers


@pytest.mark.parametrize("text, speaker, role", [
    ("“The council must act on the crisis now,” said UN Secretary-General Elena Varga.",
     "Elena Varga", "UN Secretary-General"),  # a hyphenated title stays whole
    ("“We will stand by our allies in the region,” Vice-President Tomas Brand said.",
     "Tomas Brand", "Vice-President"),
    ("“Our county will not wait any longer for help,” Miami-Dade Mayor Rosa Ferro said.",
     "Rosa Ferro", "Miami-Dade Mayor"),
])
def test_hyphenated_titles_stay_whole_in_the_role(quotes, text, speaker, role):
    (q,) = _direct(quotes(text))
    assert (q.speaker, q.role) == (speaker, role)


def test_a_place_that_modifies_the_speaking_noun_is_not_the_speaker(quotes):
    text = ("A man was shot in Irondale on Monday night. Irondale police said the man was 34. "
            "“We are asking anyone who saw something to call us,” Irondale police said.")
    (q,) = _direct(quotes(text))
    assert q.speaker == "Irondale police"


@pytest.fixture(scope="module")
def record_of():
    import factx

    return factx.extract


def test_a_named_speaker_points_at_its_entry_of_the_entities(record_of):
    record = record_of("Mayor Ana Lima opened the new bridge on Monday. “It is a great day for the town,” "
                       "said Lima. “We waited ten years for it,” she added. “Nobody will miss the ferry,” "
                       "a resident said.")
    named, pronoun, unnamed = _direct(record.quotes)
    entry = record.entities[named.speaker_entity]
    assert (entry.text, entry.label) == ("Ana Lima", "PERSON")
    assert (named.speaker, named.speaker_label) == ("Ana Lima", "PERSON")
    assert pronoun.speaker_entity == named.speaker_entity  # "she" resolved to the same entry
    assert unnamed.speaker_entity is None and unnamed.speaker == "resident"


@pytest.mark.parametrize("text, speakers", [
    ("Maria Lopez met Tom Reyes on Monday. “We will rebuild the bridge,” Lopez said. “It will take a year,” "
     "Reyes said. “But the money is there,” she said. “I doubt that,” he replied.",
     ["Maria Lopez", "Tom Reyes", "Maria Lopez", "Tom Reyes"]),  # given names
    ("Mrs. Okafor and Mr. Hale spoke after the vote. “The plan will fail,” Okafor said. “It will not,” "
     "Hale said. “We have seen this before,” she said.",
     ["Okafor", "Hale", "Okafor"]),  # honorifics
    ("Robin Vance, a council spokeswoman, met Tom Ortiz. “Nothing is decided,” Vance said. "
     "“Everything is,” Ortiz said. “We will vote in June,” she said.",
     ["Robin Vance", "Tom Ortiz", "Robin Vance"]),  # a gendered role
    ("Tom Reyes met Sam Ortiz. “Nothing is decided,” Reyes said. “We will vote in June,” she said.",
     ["Tom Reyes", "Sam Ortiz"]),  # "Sam" says no gender: the last person named fits
])
def test_a_pronoun_takes_the_last_person_of_its_gender(quotes, text, speakers):
    assert [q.speaker for q in _direct(quotes(text))] == speakers


def test_a_pronoun_with_no_one_of_its_gender_before_it_stays_unresolved(quotes):
    (q,) = _direct(quotes("Tom Reyes opened the meeting. “We will vote in June,” she said."))
    assert q.speaker is None


@pytest.mark.parametrize("text, channel", [
    ("“The count was fair and complete,” Dana Holt wrote on Truth Social.", "post"),
    ("“We will fight it in every court,” Dana Holt posted on Facebook on Sunday.", "post"),
    ("In a post on Instagram, Dana Holt wrote: “Thank you all for the love and support.”", "post"),
    ("“Nobody asked the families first,” Dana Holt wrote on X.", "tweet"),
    ("“Our country deserves much better than this,” Dana Holt said in a tweet.", "tweet"),
    ("“We are not leaving the region soon,” Dana Holt told CNN in an interview.", "interview"),
    ("“The vote was a disgrace to the house,” Dana Holt said on his podcast.", "interview"),
    ("“Nobody asked the families first,” Dana Holt said of plan X.", None),  # "X" alone is no platform
])
def test_social_media_and_interview_channels(quotes, text, channel):
    (q,) = _direct(quotes(text))
    assert (q.speaker, q.channel) == ("Dana Holt", channel)


HEADLINE_PAGE = ("Dana Holt spoke to voters in Ohio on Monday about the plan.\n\n"
                 "Senator Ray Lund: ‘We Are Going to Win This State in November.’\n\n"
                 "“The plan will cost every family more than it saves,” Holt said.\n")


def test_a_related_links_headline_between_paragraphs_is_not_a_quote(quotes):
    assert [q.speaker for q in quotes(HEADLINE_PAGE) if q.type != "indirect"] == ["Dana Holt"]


def test_a_quoted_line_in_plain_case_is_still_a_quote(quotes):
    page = HEADLINE_PAGE.replace("‘We Are Going to Win This State in November.’",
                                 "“We are going to win this state in November.”")
    assert [q.speaker for q in _direct(quotes(page))] == ["Ray Lund", "Dana Holt"]


def test_a_title_case_headline_with_a_quote_above_the_text_is_not_a_quote(quotes):
    page = "Ray Lund: ‘We Are Going to Win This State in November’\n\n" + HEADLINE_PAGE
    assert [q.speaker for q in quotes(page) if q.type != "indirect"] == ["Dana Holt"]


def test_disagreeing_honorifics_of_one_surname_say_no_gender(quotes):
    # "Mr. Hale" and "Mrs. Hale" may be grouped as one entry: it stays a possible antecedent of either pronoun
    text = ("Mr. Hale and Mrs. Hale arrived. Tom Reyes spoke first. “We are late,” Reyes said. "
            "“The roads were closed,” she said.")
    assert [q.speaker for q in _direct(quotes(text))][1] in ("Hale", None)
