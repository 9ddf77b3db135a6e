# Two commands: `make run` (install, migrate SQLite, seed the demo, serve web + scheduler)
# and `make test` (install, run the whole suite). Everything installs into .venv/.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1

.PHONY: install run test lint typecheck schema bench bench-delivery clean

$(BIN)/.installed: requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

# Front-end packages (package-lock.json) from the npm registry: served by the app or used by the browser
# tests (axe-core), never fetched from a CDN.
node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(BIN)/.installed node_modules/.installed

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BIN)/python manage.py seed_demo
	HOST=$(HOST) PORT=$(PORT) bin/run-dev

# One worker per core (pytest-xdist): each worker has its own test database, on SQLite and PostgreSQL.
test: install
	$(BIN)/python -m pytest -n auto

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy .

schema: install
	$(BIN)/python manage.py spectacular --validate --fail-on-warn --file /dev/null

bench: install
	bench/run

bench-delivery: install
	bench/run delivery

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .mypy_cache .ruff_cache
