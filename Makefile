# Two commands do all the set-up on a fresh machine with Python 3.11 and pip:
#   make report   builds the virtual environment, reruns the notebooks, writes figures/ and the report
#   make test     builds the virtual environment and runs the whole suite (pytest + nbval)
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
CORPUS ?= seeds/
SHARED ?= ../shared
export MPLBACKEND := Agg
export SOURCE_DATE_EPOCH := 0
export PYTHONHASHSEED := 0
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.PHONY: help test report notebooks lab evaluate benchmark extract clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/\t/'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

test: $(VENV)/.installed  ## run pytest and nbval over the notebooks
	$(PY) -m pytest tests notebooks --nbval -p no:cacheprovider

report: $(VENV)/.installed  ## rerun the notebooks on CORPUS (default seeds/), write figures/ and report/ (others: build/)
	$(PY) -m analysis report --corpus $(CORPUS)

notebooks: $(VENV)/.installed  ## sync the notebook .py/.ipynb pairs, refresh their stored outputs, figures and report on the seed
	$(VENV)/bin/jupytext --sync notebooks/[0-9]*.ipynb
	$(PY) -m analysis report --corpus seeds/

extract: $(VENV)/.installed  ## extract CORPUS into build/tables/
	$(PY) -m analysis extract $(CORPUS) --out build/tables

evaluate: $(VENV)/.installed  ## score against the development gold (../shared/gold) and the held-out gold (gold/)
	@echo "== development gold: $(SHARED)/gold"
	$(PY) -m analysis evaluate $(SHARED)/gold/*.jsonl --corpus-root $(SHARED)
	@echo "== second development gold: gold/dev2.jsonl"
	$(PY) -m analysis evaluate gold/dev2.jsonl --corpus-root $(SHARED)
	@echo "== third development gold: gold/dev3.jsonl"
	$(PY) -m analysis evaluate gold/dev3.jsonl --corpus-root $(SHARED)
	@echo "== fourth development gold: gold/dev4.jsonl"
	$(PY) -m analysis evaluate gold/dev4.jsonl --corpus-root $(SHARED)
	@echo "== fifth development gold: gold/dev5.jsonl"
	$(PY) -m analysis evaluate gold/dev5.jsonl --corpus-root $(SHARED)
	@echo "== sixth development gold: gold/dev6.jsonl"
	$(PY) -m analysis evaluate gold/dev6.jsonl --corpus-root $(SHARED)
	@echo "== seventh development gold: gold/dev7.jsonl"
	$(PY) -m analysis evaluate gold/dev7.jsonl --corpus-root $(SHARED)
	@echo "== eighth development gold: gold/dev8.jsonl"
	$(PY) -m analysis evaluate gold/dev8.jsonl --corpus-root $(SHARED)
	@echo "== held-out gold: gold/heldout.jsonl (never tuned on)"
	$(PY) -m analysis evaluate gold/heldout.jsonl --corpus-root $(SHARED)

benchmark: $(VENV)/.installed  ## throughput of load + quotes over ../shared/corpus
	$(PY) benchmarks/throughput.py --corpus $(SHARED)/corpus

lab: $(VENV)/.installed  ## install JupyterLab and open the notebooks
	$(PY) -m pip install --quiet -e ".[test,lab]"
	$(VENV)/bin/jupyter lab notebooks/

clean:  ## remove the virtual environment and build outputs
	rm -rf $(VENV) build
