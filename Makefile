# Two commands set everything up on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8000
export PORT

.PHONY: run test test-sqlite test-postgres migrate seed schema check-contracts bench bench-booking clean

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

REDIS_URL ?= redis://127.0.0.1:6379/0

# Embedded leg: SQLite and the in-process event bus.
test: $(STAMP)
	$(BIN)/python -m pytest

# Production leg: PostgreSQL and the Redis event bus (each run makes its own database and channels).
test-postgres: $(STAMP)
	TEST_DATABASE=postgres EVENT_BUS_URL=$(REDIS_URL) TEST_REDIS_URL=$(REDIS_URL) $(BIN)/python -m pytest

migrate: $(STAMP)
	$(BIN)/qianban migrate

seed: $(STAMP)
	$(BIN)/qianban seed-demo

schema: $(STAMP)
	$(BIN)/qianban export-schema

bench: $(STAMP)
	$(BIN)/python bench/catalog.py

# 1,000 concurrent booking attempts for 50 seats over HTTP, on SQLite and PostgreSQL.
bench-booking: $(STAMP)
	$(BIN)/python bench/booking_rush.py

clean:
	rm -rf $(VENV) data
