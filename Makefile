# marsad: `make demo` and `make test` are all a fresh machine needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DB ?= demo.db
DEMO_PORT ?= 8000
# Front-end libraries: pinned in package-lock.json, copied into the package (never a CDN).
VENDOR := src/marsad/serve/static/vendor
VENDOR_STAMP := $(VENDOR)/.vendored-stamp

.PHONY: install vendor demo test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

$(VENDOR_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	mkdir -p $(VENDOR)
	cp node_modules/cytoscape/dist/cytoscape.min.js $(VENDOR)/cytoscape.min.js
	cp node_modules/cytoscape/LICENSE $(VENDOR)/cytoscape.LICENSE
	cp node_modules/d3/dist/d3.min.js $(VENDOR)/d3.min.js
	cp node_modules/d3/LICENSE $(VENDOR)/d3.LICENSE
	touch $(VENDOR_STAMP)

vendor: $(VENDOR_STAMP)

install: $(STAMP) $(VENDOR_STAMP)

# Ingests examples/, lists them, then serves the web UI until Ctrl-C.
demo: install
	$(BIN)/marsad --db $(DEMO_DB) ingest examples/
	$(BIN)/marsad --db $(DEMO_DB) docs
	$(BIN)/marsad --db $(DEMO_DB) serve --port $(DEMO_PORT)

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

test: install lint
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/extract.py

clean:
	rm -rf $(VENV) node_modules $(VENDOR) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache .mypy_cache .ruff_cache
