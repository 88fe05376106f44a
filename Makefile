# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= khabar.db
export KHABAR_DATA ?= $(abspath ../shared/data)

.PHONY: run test lint bench clean install

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/khabar --db $(DB) ingest examples/
	$(BIN)/khabar --db $(DB) articles
	$(BIN)/khabar --db $(DB) stories
	$(BIN)/khabar --db $(DB) entities --limit 15
	$(BIN)/khabar --db $(DB) events
	$(BIN)/khabar --db $(DB) stats

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/ingest.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm build dist src/*.egg-info
