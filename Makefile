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
	@for g in gold/dev[0-9].jsonl gold/heldout.jsonl; do \
		echo "== $$g$$( [ $$g = gold/heldout.jsonl ] && echo ' (held out: never tuned on)')"; \
		$(PY) -m analysis evaluate $$g --corpus-root $(SHARED) || exit 1; \
	done

benchmark: $(VENV)/.installed  ## throughput of load + quotes over ../shared/corpus
	$(PY) benchmarks/throughput.py --corpus $(SHARED)/corpus --stages

lab: $(VENV)/.installed  ## install JupyterLab and open the notebooks
	$(PY) -m pip install --quiet -e ".[test,lab]"
	$(VENV)/bin/jupyter lab notebooks/

clean:  ## remove the virtual environment and build outputs
	rm -rf $(VENV) build
