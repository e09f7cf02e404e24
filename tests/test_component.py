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
    assert set(facts[0]) == {"published", "entities", "dates", "casualties", "casualty_totals", "quotes"}


def test_component_matches_the_cli_code_path(nlp, seed_text, seed_record):
    import spacy

    from factx.pipeline import resolve_model_name

    component_nlp = spacy.load(resolve_model_name())
    component_nlp.add_pipe("factx")
    facts = component_nlp(seed_text)._.factx
    for key in ("entities", "dates", "casualties", "casualty_totals", "quotes"):
        assert json.loads(json.dumps(facts[key])) == seed_record[key], key
