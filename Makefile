# news-kg: make demo | make test | make bench | make lint
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
DEMO_STORE ?= .kg-demo

.PHONY: install test demo bench lint clean system-deps

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-* && touch $@

# Debian packages that some tests need (a real browser); installed only where missing.
system-deps:
	@bash scripts/system-deps.sh

test: install system-deps
	$(BIN)/python -m pytest

demo: install
	rm -rf $(DEMO_STORE)
	$(BIN)/kg build examples --store $(DEMO_STORE)
	$(BIN)/kg validate --store $(DEMO_STORE)
	$(BIN)/kg info --store $(DEMO_STORE)
	$(BIN)/kg query claims --store $(DEMO_STORE) --param kind=job_cuts --format csv
	$(BIN)/kg contradictions --store $(DEMO_STORE)
	@echo "Explore it in a browser: $(BIN)/kg serve --store $(DEMO_STORE), then open http://127.0.0.1:8000/"

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
