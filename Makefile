# The two commands of the quick start: `make lab` and `make test`. Each sets up what it needs.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
ROOT_FLAG := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)

.PHONY: lab app test check analyze bench eval chromium setup

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

#: JupyterLab's settings for this project (no news pop-up, no update check), in the venv's own
#: application folder: nothing is written into your home.
LAB_OVERRIDES := $(VENV)/share/jupyter/lab/settings/overrides.json
LAB_FLAGS := --ServerApp.root_dir=. --LabApp.default_url=/lab/tree/notebooks \
	--LabApp.news_url=None --LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate

$(LAB_OVERRIDES): etc/jupyterlab-overrides.json $(STAMP)
	mkdir -p $(dir $@)
	cp $< $@

## Open JupyterLab at the project folder, on the curated notebooks (sample_articles/ and your files in reach).
lab: $(STAMP) $(LAB_OVERRIDES)
	$(VENV)/bin/jupyter lab $(ROOT_FLAG) $(LAB_FLAGS)

## The claim annotator as a standalone app (Voila, notebook 03 without its code): pick an article,
## type your name, review its claims. Open the address it prints (http://127.0.0.1:8866/ by default).
app: $(STAMP)
	$(VENV)/bin/voila --no-browser --Voila.ip=127.0.0.1 notebooks/03_claims.ipynb

## Lint, format and types: ruff and mypy, clean on the whole package (make test runs it first).
check: $(STAMP)
	$(VENV)/bin/ruff check workbench tests benchmarks
	$(VENV)/bin/ruff format --check workbench tests benchmarks
	$(VENV)/bin/mypy workbench

## Run the whole test suite, browser tests included (installs Debian's chromium if missing).
test: $(STAMP) chromium check
	$(PY) -m pytest

## Analyse the reference article in the terminal.
analyze: $(STAMP)
	$(VENV)/bin/workbench analyze sample_articles/seed_article.txt

## Speed: articles/s, words/s, import time, peak memory (see benchmarks/).
bench: $(STAMP)
	$(PY) benchmarks/bench_foundation.py
	$(PY) benchmarks/bench_corpus.py

## The evaluation gate: every shared evaluation set scored against benchmarks/eval_baseline.json.
eval: $(STAMP)
	$(PY) benchmarks/eval_gate.py

chromium:
	@[ -x /usr/bin/chromium ] || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends chromium chromium-driver; }
