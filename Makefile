# Two commands on a fresh machine (Python 3.11+):  make run  |  make test
# Windows: scripts\run.bat  |  scripts\test.bat  (same steps, see README).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test bench train evaluate lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.app-installed: pyproject.toml $(wildcard resources/translations/*.ts) | $(BIN)/python
	$(BIN)/pip install -q -e .
	$(BIN)/python scripts/build_translations.py
	touch $@

$(VENV)/.dev-installed: pyproject.toml $(wildcard resources/translations/*.ts) | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/python scripts/build_translations.py
	touch $@ $(VENV)/.app-installed

run: $(VENV)/.app-installed
	$(BIN)/guardian-app

test: $(VENV)/.dev-installed
	$(BIN)/python -m pytest

bench: $(VENV)/.app-installed
	$(BIN)/python bench/scan_throughput.py

train: $(VENV)/.dev-installed
	$(BIN)/pip install -q -e '.[train]'
	$(BIN)/python models/training/train.py

evaluate: $(VENV)/.dev-installed
	$(BIN)/python models/training/evaluate.py

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check src tests bench models/training

clean:
	rm -rf $(VENV)
