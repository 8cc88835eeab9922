# Two commands for a newcomer: `make run` and `make test`. Both create .venv on first use.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

QM     := i18n/dubao_zh_CN.qm i18n/dubao_en.qm

.PHONY: run test bench stress translations clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m compileall -q desktop  # bytecode now, not in the first start (nor every start, with PYTHONDONTWRITEBYTECODE)
	touch $(STAMP)

# the interface's translations, built from the Qt Linguist sources
i18n/%.qm: i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) $(QM)
	$(PY) -m desktop seeds/

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tests/bench/run_bench.py

stress: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen DUBAO_STRESS=1 $(PY) -m pytest tests/stress

# collect new user-facing strings into i18n/*.ts (then translate them in Qt Linguist)
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find desktop -name '*.py' | sort) -ts i18n/dubao_zh_CN.ts i18n/dubao_en.ts

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis i18n/*.qm
