# Two commands: `make run` (install, migrate SQLite, seed the demo, serve web + scheduler)
# and `make test` (install, run the whole suite). Everything installs into .venv/.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1

.PHONY: install assets run test lint typecheck schema bench bench-delivery clean

$(BIN)/.installed: requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

# Front-end packages (package-lock.json) from the npm registry: served by the app or used by the browser
# tests (axe-core), never fetched from a CDN.
node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The stylesheet: GOV.UK Frontend's Sass themed for the program (frontend/*.scss), compiled with dart-sass
# from npm into build/static/ (git-ignored; STATICFILES_DIRS serves it), with GOV.UK Frontend's script
# beside it. Deprecation notices from govuk-frontend 5's own Sass are silenced; errors still stop the build.
STATIC_BUILD := build/static
SASS_FLAGS := --load-path=node_modules/govuk-frontend/dist --no-source-map --style=compressed --quiet-deps \
	--silence-deprecation=import --silence-deprecation=global-builtin

$(STATIC_BUILD)/css/app.css: node_modules/.installed $(wildcard frontend/*.scss)
	mkdir -p $(@D)
	node_modules/.bin/sass $(SASS_FLAGS) frontend/app.scss $@

$(STATIC_BUILD)/js/govuk-frontend.min.js: node_modules/.installed
	mkdir -p $(@D)
	cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js $@

assets: $(STATIC_BUILD)/css/app.css $(STATIC_BUILD)/js/govuk-frontend.min.js

install: $(BIN)/.installed node_modules/.installed assets

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BIN)/python manage.py seed_demo
	HOST=$(HOST) PORT=$(PORT) bin/run-dev

# One worker per core (pytest-xdist): each worker has its own test database, on SQLite and PostgreSQL.
# --dist worksteal: an idle worker takes queued tests from a busy one, so the long browser modules do
# not leave one core idle at the end (6 min 45 s against 7 min 46 s for whole files per worker on a
# quiet 2-core machine). Data a module builds once (tests/conftest.py's module_world, the parity
# scenario) is then built at most once per worker that runs some of the module's tests.
test: install
	$(BIN)/python -m pytest -n auto --dist worksteal

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: install
	$(BIN)/mypy .

schema: install
	$(BIN)/python manage.py spectacular --validate --fail-on-warn --file /dev/null

bench: install
	bench/run

bench-delivery: install
	bench/run delivery

clean:
	rm -rf $(VENV) staticfiles build .pytest_cache .mypy_cache .ruff_cache
