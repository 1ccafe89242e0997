# Two commands set everything up on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8000
export PORT

.PHONY: run test test-sqlite test-postgres migrate seed schema check-contracts bench clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==26.3"
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/qianban migrate
	$(BIN)/qianban seed-demo
	$(BIN)/qianban serve --port $(PORT)

# SQLite leg (the embedded default). TEST_DATABASE=postgres selects the PostgreSQL leg.
test: $(STAMP)
	$(BIN)/python -m pytest

test-postgres: $(STAMP)
	TEST_DATABASE=postgres $(BIN)/python -m pytest

migrate: $(STAMP)
	$(BIN)/qianban migrate

seed: $(STAMP)
	$(BIN)/qianban seed-demo

schema: $(STAMP)
	$(BIN)/qianban export-schema

bench: $(STAMP)
	$(BIN)/python bench/catalog.py

clean:
	rm -rf $(VENV) data
