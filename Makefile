# Two commands do all the set-up on a fresh Debian machine (see README):
#   make demo   installs what is missing, then checks the bundled sample and writes reports
#   make test   installs what is missing, then runs the test suite
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
APT_PACKAGES := python3-venv python3-dev g++ libhunspell-dev
# the report's browser test drives Debian's headless Chromium; the PDF tests typeset with DejaVu
TEST_APT_PACKAGES := chromium chromium-driver fonts-dejavu-core
SAMPLE := samples/sample-paper.txt

.PHONY: demo test lint bench system-deps install clean

demo: install
	@echo "== qa check $(SAMPLE)"
	@$(BIN)/qa check $(SAMPLE); rc=$$?; [ $$rc -le 1 ] || exit $$rc
	@echo "== qa fix $(SAMPLE) -o reports/sample-paper.fixed.txt"
	@$(BIN)/qa fix $(SAMPLE) -o reports/sample-paper.fixed.txt
	@echo "== qa report $(SAMPLE) -o reports/"
	@$(BIN)/qa report $(SAMPLE) -o reports/
	@echo "Open reports/sample-paper.html in a browser."

test: install
	@$(MAKE) --no-print-directory system-deps APT_PACKAGES="$(TEST_APT_PACKAGES)"
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check qa tests benchmarks

bench: install
	@$(MAKE) --no-print-directory system-deps APT_PACKAGES="hunspell"
	$(BIN)/python benchmarks/run.py

system-deps:
	@if ! command -v dpkg >/dev/null; then echo "qa: not a Debian system; install these yourself: $(APT_PACKAGES)"; exit 0; fi; \
	missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "== apt-get install$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else \
	  echo "qa: missing system packages:$$missing"; \
	  echo "    run: sudo apt-get install$$missing   (then run make again)"; exit 1; \
	fi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,lint]'
	@touch $@

install: system-deps $(VENV)/.installed

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache reports/*.html reports/*.txt
