# The two commands: `make demo` and `make test`. Everything else is a step they use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed

EVAL ?= ../shared/eval

.PHONY: demo test install serve bench train clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py demo_setup samples/harbour-bridge-closure.html
	$(PY) manage.py runserver 127.0.0.1:8000

test: $(STAMP)
	bash scripts/test-services.sh $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(PIP) install --quiet -e ".[bench]"
	$(PY) bench/engine_throughput.py
	$(PY) bench/engine_throughput.py --articles samples/harbour-bridge-closure.html
	$(PY) bench/bad_input_scaling.py --base-kb 250 --repeat 1

# Rebuild the shipped model weights from the evaluation data (needs scikit-learn).
train: $(STAMP)
	$(PIP) install --quiet -e ".[train]"
	$(PY) training/train_checkworthiness.py $(EVAL)/checkworthiness/ct24_train.tsv
	$(PY) training/train_stance.py $(EVAL)/stance/perspectrum_train.jsonl --eval $(EVAL)/stance/perspectrum_dev.jsonl

clean:
	rm -rf $(VENV) db.sqlite3 .pytest_cache
