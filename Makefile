# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
# Both install from the hashed lock in requirements/ (never resolving afresh); `make lock`
# regenerates it after a change of pyproject.toml's dependencies.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= khabar.db
HOST ?= 127.0.0.1
PORT ?= 8000
LOCKS := $(wildcard requirements/*.txt)
# Exact versions, hashes checked, wheels only, nothing pulled in that the lock does not name.
PIP_LOCKED := $(BIN)/python -m pip install --quiet --require-hashes --no-deps --only-binary :all:
export KHABAR_DATA ?= $(abspath ../shared/data)

.PHONY: run test lint bench clean install lock release-check floors-check

# Any change of the lock or of pyproject.toml builds the environment anew, so `pip freeze`
# in .venv always equals the lock (no package left over from an older lock).
$(VENV)/.base: pyproject.toml $(LOCKS)
	rm -rf $(VENV)
	$(PY) -m venv $(VENV)
	$(PIP_LOCKED) -r requirements/base.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.dev: $(VENV)/.base
	$(PIP_LOCKED) -r requirements/dev.txt
	touch $@

install: $(VENV)/.base

run: $(VENV)/.base
	$(BIN)/khabar --db $(DB) ingest examples/
	$(BIN)/khabar --db $(DB) articles
	$(BIN)/khabar --db $(DB) stories
	$(BIN)/khabar --db $(DB) entities --limit 15
	$(BIN)/khabar --db $(DB) events
	$(BIN)/khabar --db $(DB) stats
	@echo "Serving the demo store: open the URL below (Ctrl-C stops)."
	$(BIN)/khabar --db $(DB) serve --host $(HOST) --port $(PORT)

test: $(VENV)/.dev
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/mypy src
	$(BIN)/python -m pytest -q

# Build the wheel and run the seeds end to end from it in a new venv outside the checkout.
release-check: $(VENV)/.dev
	$(BIN)/python tools/release_check.py

lock:
	bash tools/lock.sh

# The lowest versions pyproject.toml allows pass the suite too (needs uv; not in CI).
floors-check:
	bash tools/floors_check.sh

bench: $(VENV)/.dev
	$(BIN)/python benchmarks/ingest.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm build dist src/*.egg-info
