"""The lexicon as the quotes extractor reads it: word sets built once from quotes.toml and people.toml."""

from __future__ import annotations

from ...lexicon.people import titles
from ...lexicon.quotes import quote_lexicon

LEXICON = quote_lexicon()
MARKS = LEXICON.marks
DASHES = LEXICON.dashes
OPENING_DOUBLE = MARKS.straight_double + MARKS.double_open  # a double quote opens with one of these
# Before an opening mark, a sentence ends, a lead-in's colon or comma, a closing mark, a dash or a bracket.
SENTENCE_OPENERS = ".:?!\n\r" + MARKS.double_close + MARKS.straight_double + ",;" + DASHES + "("
APOSTROPHES = MARKS.straight_single + MARKS.single_close  # "Clinton's", "Clinton’s"

QUOTE_VERBS = LEXICON.lemmas("quote")  # attribute quoted words to their subject
REPORT_VERBS = LEXICON.lemmas("report")  # report speech without marks
ADDRESSEE_VERBS = LEXICON.lemmas("addressee")  # "told reporters": the object is the one spoken to
PARTICLE_VERBS = LEXICON.lemmas("particle")  # "pointed out": the cue keeps its particle
CUE_WORDS = LEXICON.cue_words()  # surface forms read as cues right after a closing mark
SOURCE_PHRASES = LEXICON.source_phrases  # "according to"
CHANNELS = LEXICON.channels
PRONOUNS = LEXICON.pronouns
NOT_SPEAKERS = LEXICON.not_speakers
COMPLEMENTIZERS = LEXICON.complementizers  # "said that ...": not part of what was said

TITLE_WORDS = titles().before_names  # one title list, shared with factx eval
FUNCTION_TITLES = titles().roles  # "Mayor" alone is a role; "Mr." is not
