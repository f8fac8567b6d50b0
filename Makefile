# news-kg: make demo | make test | make bench | make lint
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SUM    := $(shell cksum pyproject.toml | cut -d' ' -f1)
BASE   := $(VENV)/.base-$(SUM)
STAMP  := $(VENV)/.installed-$(SUM)
DEMO_STORE ?= .kg-demo
STEP   := bash scripts/step.sh
export STEPS_T0 := $(shell date +%s.%N)

.PHONY: install base test demo bench lint clean system-deps

# The package and what it needs, nothing more: what `make demo` runs on (the interpreter's own pip).
base: $(BASE)

$(BASE): pyproject.toml
	@test -x $(BIN)/python || $(STEP) "create $(VENV)" $(PYTHON) -m venv $(VENV)
	@$(STEP) "install news-kg and its dependencies (no test tools)" \
	  $(BIN)/python -m pip install --disable-pip-version-check --progress-bar on -e .
	@rm -f $(VENV)/.base-* && touch $@

# The package with its test extras: what make test, bench and lint run on.
install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-* && touch $@ $(BASE)

# Debian packages that some tests need (a real browser); installed only where missing.
system-deps:
	@bash scripts/system-deps.sh

test: install system-deps
	$(BIN)/python -m pytest

demo: base
	@rm -rf $(DEMO_STORE)
	@$(STEP) "build examples/ into $(DEMO_STORE): read, extract, link, map, validate, store, resolve" \
	  $(BIN)/kg build examples --store $(DEMO_STORE)
	@$(STEP) "validate the whole store against the SHACL shapes" $(BIN)/kg validate --store $(DEMO_STORE)
	@$(STEP) "summary" $(BIN)/kg info --store $(DEMO_STORE)
	@$(STEP) "the job-cut claims" \
	  $(BIN)/kg query claims --store $(DEMO_STORE) --param kind=job_cuts --format csv
	@$(STEP) "the contradictions between sources" $(BIN)/kg contradictions --store $(DEMO_STORE)
	@$(STEP) "the graph as one offline page" \
	  $(BIN)/kg export graph --store $(DEMO_STORE) --format html -o $(DEMO_STORE)/graph.html
	@echo "Open $(DEMO_STORE)/graph.html in a browser, or explore with $(BIN)/kg serve --store $(DEMO_STORE)" \
	  "and http://127.0.0.1:8000/"

bench: install
	$(BIN)/python -m bench

# pip-audit checks the installed dependencies against a vulnerability database fetched from the network
# (PyPI's advisory data or osv.dev). On the machine this was built on, neither is reachable (the PyPI
# mirror serves packages without advisories), so it audits nothing there: it says so and lint goes on.
lint: install
	$(BIN)/ruff check kg api tests bench
	@$(BIN)/pip-audit --strict --skip-editable --progress-spinner off >$(VENV)/pip-audit.txt 2>&1 \
	  && echo "pip-audit: no known vulnerabilities in the dependencies" \
	  || { tail -n 3 $(VENV)/pip-audit.txt; \
	       echo "pip-audit: found vulnerabilities or could not audit every package (full output: $(VENV)/pip-audit.txt)"; }

clean:
	rm -rf $(VENV) .kg $(DEMO_STORE) .pytest_cache .ruff_cache
