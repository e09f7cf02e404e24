# factx: `make run` installs and shows the seed article's facts; `make test` installs, lints and tests.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DATA   ?= ../shared/data
SOAK_JOBS ?= 2

.PHONY: install run test check eval bench soak lint clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	touch $(STAMP)

run: install
	$(BIN)/factx extract fixtures/seed-airstrike.txt --format table

test: lint
	$(BIN)/pytest

check: install
	$(BIN)/factx check fixtures

eval: install
	@if [ ! -d "$(DATA)" ]; then echo "make eval: $(DATA) not found, skipping (it holds the annotated corpora)"; exit 0; fi; \
	set -e; \
	$(BIN)/factx eval --jobs 2 dates $(DATA)/dates/timebank-aquaint.jsonl; \
	$(BIN)/factx eval --jobs 2 quotes $(DATA)/quotes/polnear-dev.jsonl; \
	$(BIN)/factx eval --jobs 2 casualties $(DATA)/casualties/gvdb-dev.jsonl; \
	$(BIN)/factx eval --jobs 2 casualties $(DATA)/casualties/gva-dev.jsonl; \
	$(BIN)/factx eval --jobs 2 dates $(DATA)/dates/peer-cases-dev.jsonl; \
	$(BIN)/factx eval entities --baseline spacy $(DATA)/entities/conll-dev.jsonl; \
	$(BIN)/factx eval --jobs 2 entities $(DATA)/entities/conll-dev.jsonl

# Every file of $(DATA) through factx: fails on any error record or invalid line; prints articles/s.
soak: install
	@if [ ! -d "$(DATA)" ]; then echo "make soak: $(DATA) not found, skipping (it holds the corpora)"; exit 0; fi; \
	$(BIN)/python scripts/soak.py $(DATA) --jobs $(SOAK_JOBS)

bench: install
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

lint: install
	$(BIN)/ruff check factx tests scripts

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
