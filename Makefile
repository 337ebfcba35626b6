# Pathly: two commands on a fresh machine with Python 3.11+.
#   make run   install, migrate, load the seed catalog, serve on http://127.0.0.1:8000
#   make test  install the test extra and run every test (browser tests included)
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run test install install-test browser lint format catalog bench eval loadtest clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Stamps re-run the install whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

run: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py seed
	@echo "Pathly is starting on http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	$(PY) manage.py runserver $(HOST):$(PORT)

# A Chromium for the browser tests: Debian's package where we can install it,
# else Playwright's own download; tests/browser fail with a clear message if neither worked.
browser: install-test
	@bash .ci/ensure-browser $(PY)

test: install-test browser
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-test
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Regenerate fixtures/catalog.json from the readable source in roles/catalog/*.yaml
# (and rewrite that source in its canonical order and layout, like a formatter),
# through a throwaway SQLite database so primary keys are stable.
catalog: install
	@tmp=$$(mktemp -d) && \
	DATABASE_URL=sqlite:///$$tmp/catalog.sqlite3 $(PY) manage.py migrate --no-input -v0 && \
	DATABASE_URL=sqlite:///$$tmp/catalog.sqlite3 $(PY) manage.py build_catalog_fixture && \
	DATABASE_URL=sqlite:///$$tmp/catalog.sqlite3 $(PY) manage.py export_catalog --source roles/catalog && \
	rm -rf $$tmp

# The job-ad extractor's quality on hand-labelled real ads (eval/): tuning and held-out parts.
eval: install
	$(PY) manage.py eval_extraction

# Benchmarks print figures next to the /healthz floor measured in the same run.
bench: install
	$(PY) bench/pages.py

# Production-mode gunicorn under 32 concurrent clients for 30 s, SQLite then PostgreSQL
# (postgres@127.0.0.1:5432, throwaway database pathly_loadtest); exits 1 on any error.
loadtest: install
	$(PY) bench/loadtest.py --database sqlite && $(PY) bench/loadtest.py --database postgres

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache staticfiles tests/browser/artifacts
