"""The spaCy component: registered by entry point, plain data on doc._.factx, safe across processes."""

from __future__ import annotations

import json
import subprocess
import sys


def test_factory_found_through_the_entry_point_without_importing_factx():
    code = (
        "import spacy, sys\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('factx', config={'published': '2021-02-25'})\n"
        "print('factx.component' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True"


def test_component_under_n_process_2():
    code = (
        "import json, spacy\n"
        "from factx.pipeline import resolve_model_name\n"
        "nlp = spacy.load(resolve_model_name())\n"
        "nlp.add_pipe('factx', config={'published': '2021-02-25'})\n"
        "texts = ['Joe Biden spoke in Paris on Monday.', 'Anna Smith visited Rome yesterday.'] * 2\n"
        "out = [doc._.factx for doc in nlp.pipe(texts, n_process=2, batch_size=1)]\n"
        "print(json.dumps(out))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    facts = json.loads(proc.stdout)
    assert len(facts) == 4
    assert [f["entities"][0]["text"] for f in facts] == ["Joe Biden", "Anna Smith", "Joe Biden", "Anna Smith"]
    assert all(f["published"] == "2021-02-25" for f in facts)
    assert set(facts[0]) == {"published", "language", "entities", "dates", "casualties", "casualty_totals",
                             "events", "quotes", "notes"}


def test_component_matches_the_cli_code_path(nlp, seed_text, seed_record):
    import spacy

    from factx.pipeline import resolve_model_name

    component_nlp = spacy.load(resolve_model_name())
    component_nlp.add_pipe("factx")
    facts = component_nlp(seed_text)._.factx
    for key in ("entities", "dates", "casualties", "casualty_totals", "events", "quotes"):
        assert json.loads(json.dumps(facts[key])) == seed_record[key], key


def test_component_reads_the_text_as_the_cli_does():
    """Another language gives every field empty and a note; `context` adds each fact's sentence."""
    import spacy

    from factx.pipeline import resolve_model_name

    component_nlp = spacy.load(resolve_model_name())
    component_nlp.add_pipe("factx", config={"published": "2021-02-25", "context": True})
    english = component_nlp("Two people were killed when a storm hit Lisbon on Thursday, officials said. "
                             "The mayor said the town would rebuild.")._.factx
    assert english["language"] == "en" and english["notes"] == []
    assert english["casualty_totals"]["killed"] == 2
    assert english["dates"][0]["sentence_text"].startswith("Two people were killed")
    french = component_nlp("Deux personnes ont été tuées jeudi lorsqu'une tempête a frappé Lisbonne, selon "
                           "les autorités locales, qui ont parlé aux journalistes devant la mairie.")._.factx
    assert french["language"] == "fr"
    assert [note["code"] for note in french["notes"]] == ["not_english"]
    assert french["casualties"] == [] and french["casualty_totals"]["killed"] == 0


def test_component_refuses_an_unknown_language_option():
    import pytest
    import spacy

    with pytest.raises(ValueError, match="language must be one of"):
        spacy.blank("en").add_pipe("factx", config={"language": "fr"})
