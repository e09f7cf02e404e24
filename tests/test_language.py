"""Language check: English rules read English only; another language gets no facts and a note."""

from __future__ import annotations

import json
import time

import pytest
from typer.testing import CliRunner

from factx.api import extract
from factx.cli import app
from factx.language import detect_language, iso_code

# Invented for these tests: a short news item in each language.
OTHER = {
    "de": "Am Dienstagabend ist in der Innenstadt von Kassel ein Feuer in einem Wohnhaus ausgebrochen. Die "
          "Feuerwehr war mit mehr als vierzig Einsatzkräften vor Ort. Zwei Bewohner wurden leicht verletzt und in "
          "ein Krankenhaus gebracht, teilte die Polizei mit. Die Ursache des Brandes ist noch unklar.",
    "fr": "Un incendie s'est déclaré mardi soir dans un immeuble du centre de Lyon. Les pompiers sont intervenus "
          "rapidement, mais deux habitants ont été légèrement blessés et transportés à l'hôpital, selon la préfecture.",
    "es": "Un incendio se declaró el martes por la noche en un edificio del centro de Valencia. Los bomberos "
          "llegaron en pocos minutos, pero dos vecinos resultaron heridos leves y fueron trasladados al hospital.",
    "it": "Un incendio è scoppiato martedì sera in un palazzo del centro di Torino. I vigili del fuoco sono "
          "intervenuti in pochi minuti, ma due residenti sono rimasti lievemente feriti, secondo la questura.",
    "nl": "Dinsdagavond is in het centrum van Utrecht brand uitgebroken in een woongebouw. De brandweer was snel "
          "ter plaatse, maar twee bewoners raakten lichtgewond en werden naar het ziekenhuis gebracht.",
    "pt": "Um incêndio atingiu na terça-feira à noite um prédio no centro do Porto. Os bombeiros chegaram "
          "rapidamente, mas dois moradores ficaram feridos sem gravidade e foram levados ao hospital.",
    "ru": "В четверг вечером в центре города произошёл пожар в жилом доме. Два человека получили лёгкие ранения, "
          "сообщила полиция. Причина пожара пока неизвестна.",
    "he": "שריפה פרצה ביום שלישי בערב בבניין מגורים במרכז העיר. שני דיירים נפצעו קל והועברו לבית החולים.",
}
ENGLISH = ("Two people were injured when a fire broke out in a block of flats in the centre of Leeds on Tuesday "
           "evening, police said. Firefighters were at the scene within minutes. The cause is not yet known.")
# "Die" and "starben" are words an English casualty rule could take for verbs.
GERMAN_DEATHS = ("Bei einem schweren Unfall auf der Autobahn starben am Montag drei Menschen, die in einem "
                 "Kleinbus unterwegs waren. Die Polizei sagte, die Fahrerin sei zu schnell gefahren. Die "
                 "Feuerwehr barg die Toten, die Verletzten kamen in Krankenhäuser in der Umgebung.")


@pytest.mark.parametrize("code", list(OTHER))
def test_other_languages_are_detected(code):
    found = detect_language(OTHER[code])
    assert (found.code, found.english) == (code, False)


@pytest.mark.parametrize("text", [
    ENGLISH,
    ENGLISH + ' A visitor from Munich shouted "Das ist eine Katastrophe!" before she left.',
    "It is 8:43 on 6/12/2008.",  # too short to tell: read as English
    "",
    "\x00\x92\ud800 control characters and a lone surrogate, then words in English about a storm in Leeds.",
])
def test_english_and_unknown_text_is_read_as_english(text):
    assert detect_language(text).english


def test_cld2_codes_become_iso_639_1():
    assert iso_code("iw") == "he" and iso_code("zh-Hant") == "zh" and iso_code("de") == "de"
    assert iso_code("xx-Latn") is None and iso_code("un") is None


def test_a_german_article_gets_no_facts_and_a_note():
    record = extract(GERMAN_DEATHS, id="de")
    assert record.language == "de"
    assert record.entities == [] and record.dates == [] and record.casualties == [] and record.quotes == []
    assert record.casualty_totals.killed == 0 and record.casualty_totals.injured == 0
    (note,) = record.notes
    assert note.code == "not_english" and "German" in note.message


def test_language_en_forces_english():
    record = extract(OTHER["de"], id="de", language="en")
    assert record.language == "en" and record.notes == []
    assert record.entities  # "Kassel" and others: read with the English rules, as asked


def test_english_record_says_en():
    record = extract(ENGLISH, id="en")
    assert record.language == "en" and record.notes == []
    assert record.casualty_totals.injured == 2


def test_mixed_folder_keeps_working(tmp_path):
    (tmp_path / "a-english.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b-german.txt").write_text(GERMAN_DEATHS, encoding="utf-8")
    (tmp_path / "c-french.txt").write_text(OTHER["fr"], encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "-f", "jsonl", "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["language"] for r in records] == ["en", "de", "fr"]
    assert records[0]["casualty_totals"]["injured"] == 2
    assert [r["casualty_totals"]["killed"] for r in records[1:]] == [0, 0]
    forced = CliRunner().invoke(app, ["extract", str(tmp_path / "b-german.txt"), "-f", "json", "--language", "en"])
    assert json.loads(forced.stdout)["language"] == "en"


def test_language_check_costs_a_fraction_of_a_millisecond():
    text = (ENGLISH + " ") * 20  # about 4 KB, a typical article
    detect_language(text)
    start = time.perf_counter()
    for _ in range(200):
        detect_language(text)
    per_article = (time.perf_counter() - start) / 200
    assert per_article < 0.002  # measured 0.05 ms; factx spends about 60 ms an article
