# Fusion Platform for QGIS — every development task. `make run` and `make test` do all the set-up themselves.
SHELL := /bin/bash
.DEFAULT_GOAL := help

SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
SDK_VENV := .venv-sdk
PLUGIN := fusion_platform_qgis
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
BUILD := build
STAGE := $(BUILD)/$(PLUGIN)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := qgis python3-qgis qgis-providers xvfb xauth python3-venv python3-pip pyqt5-dev-tools \
	qttools5-dev-tools python3-gdal gdal-bin python3-requests python3-numpy curl
PYTEST_PLAIN := $(PY) -m pytest -p no:pytest_qgis -p no:pytestqt
SANDBOX_PORT ?= 8788
# Catalogues i18n/fusion_platform_<lang>.ts; 'make translations' creates the file of a language added here.
LANGUAGES := fr de es
PROFILES := $(abspath $(BUILD)/profiles)
# The QGIS 3.44 LTR tiers and the Qt6 static tier run in a Debian sid chroot kept outside the clone (tests/matrix).
SID := tests/matrix/sid.sh
SID_VENV := /opt/fp/venv
SID_SDK_VENV := /opt/fp/venv-sdk
QT6_VENV := /opt/fp/qt6
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help setup system-deps run test test-host tiers test-sid test-qt6 stubs-qgis3 stubs-qgis4 test-unit test-py39 \
	test-qgis test-real test-e2e lint \
	format sandbox demo package stage install translations bench clean

help:
	@echo "make run          set up, start the sandbox and open QGIS with the plugin connected to it"
	@echo "make test         set up, lint, then every test tier on every supported QGIS (3.22 host, 3.44 LTR, Qt6)"
	@echo "make test-host    the quick development run: lint and the tiers on the host's QGIS only"
	@echo "make test-real    real QGIS under Xvfb driven through the plugin's widgets; PNGs in $(BUILD)/screens"
	@echo "make sandbox      run the local Fusion Platform sandbox in the foreground (port $(SANDBOX_PORT))"
	@echo "make demo         the quick example through the plugin, headless; writes $(BUILD)/demo/map.png"
	@echo "make package      dist/$(PLUGIN)-$(VERSION).zip, ready for QGIS's 'Install from ZIP'"
	@echo "make install      install the staged plugin into your default QGIS profile"
	@echo "make bench        benchmarks; prints a table and writes bench/results.json"
	@echo "make translations update i18n/*.ts from the sources and compile them"
	@echo "make lint | format | clean"

# --- set-up: idempotent; a second run only checks and takes seconds -------------------------------------------
setup: system-deps $(VENV)/.done $(SDK_VENV)/.done

system-deps:
	@if ! $(SYSTEM_PYTHON) -c "import qgis.core, osgeo.gdal" >/dev/null 2>&1 \
	    || ! command -v lrelease >/dev/null || ! command -v xvfb-run >/dev/null \
	    || ! $(SYSTEM_PYTHON) -c "import ensurepip" >/dev/null 2>&1; then \
	  echo "Installing QGIS and friends with apt (a few minutes)..."; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES) >/dev/null; \
	fi

$(VENV)/.done: requirements-dev.txt
	@test -x $(PY) || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q -r requirements-dev.txt 2> >(grep -v "is ignored: it is neither" >&2)
	@touch $@

$(SDK_VENV)/.done: requirements-sdk.txt
	@test -x $(SDK_VENV)/bin/python || $(SYSTEM_PYTHON) -m venv $(SDK_VENV)
	$(SDK_VENV)/bin/python -m pip install -q -r requirements-sdk.txt 2> >(grep -v "is ignored: it is neither" >&2)
	@touch $@

# --- quality --------------------------------------------------------------------------------------------------
# mypy checks the whole plugin against the QGIS API stubs: QGIS 3 (PyQt5) here, QGIS 4 (PyQt6) in the Qt6 tier
# (tests/qt6/test_qt6_types.py). Both sets are the distribution 'qgis-stubs', so each is installed into a folder of
# its own under build/stubs (not a venv), laid out for MYPYPATH; remade when a pin changes.
STUBS := $(abspath $(BUILD))/stubs
STUBS_qgis3 := qgis-stubs==0.5.0 PyQt5-stubs==5.15.6.0
STUBS_qgis4 := qgis-stubs==1.0.0.dev2 PyQt6-stubs==20250824

stubs-qgis3 stubs-qgis4: stubs-%: $(VENV)/.done
	@if [ "$$(cat $(STUBS)/$*/.pins 2>/dev/null)" != "$(STUBS_$*)" ]; then \
	  echo "Installing the $* API stubs into $(STUBS)/$*: $(STUBS_$*)"; rm -rf $(STUBS)/$* && \
	  $(PY) -m pip install -q --no-deps --target $(STUBS)/$* $(STUBS_$*) 2> >(grep -v "is ignored: it is neither" >&2) && \
	  $(PY) -m tests.tooling.type_stubs $(STUBS)/$* && echo "$(STUBS_$*)" > $(STUBS)/$*/.pins; fi

lint: $(VENV)/.done stubs-qgis3
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	MYPYPATH=$(STUBS)/qgis3 $(PY) -m mypy  # the whole plugin (pyproject.toml's [tool.mypy])

format: $(VENV)/.done
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

test: setup lint tiers test-py39 test-sid test-qt6
	@echo "All test tiers passed on QGIS $$($(SYSTEM_PYTHON) -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)' 2>/dev/null), the 3.44 LTR and the Qt6 checks."

test-host: setup lint tiers test-py39
	@echo "All host test tiers passed."

# The test tiers on whichever QGIS this make runs beside (the host's, or the chroot's through test-sid).
tiers: test-unit test-qgis test-real test-e2e

# The same tiers on QGIS 3.44 LTR (Debian sid: Qt5, Python 3.14, urllib3 2.x); the chroot is made on first use.
test-sid:
	$(SID) run $(MAKE) --no-print-directory tiers VENV=$(SID_VENV) SDK_VENV=$(SID_SDK_VENV)

# QGIS 4 / Qt6: what QGIS 4 does with the plugin, as far as PyQt6 without a QGIS 4 build allows (tests/qt6). The tier
# brings what PyQt6 needs itself (QT6_APT into the chroot; a venv of its own, remade when half made).
QT6_APT := libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0t64 libdbus-1-3 libgssapi-krb5-2
test-qt6: stubs-qgis4
	SID_EXTRA_PACKAGES="$(QT6_APT)" $(SID) run bash -c 'set -e; \
	  if ! cmp -s tests/qt6/requirements.txt $(QT6_VENV)/.done; then \
	    rm -rf $(QT6_VENV) && python3 -m venv $(QT6_VENV) && $(QT6_VENV)/bin/pip install -q -r tests/qt6/requirements.txt \
	    && cp tests/qt6/requirements.txt $(QT6_VENV)/.done; fi; \
	  QT_QPA_PLATFORM=offscreen $(QT6_VENV)/bin/python -m pytest -c tests/qt6/pytest.ini tests/qt6'

test-unit: $(VENV)/.done
	FP_SDK_VENV=$(abspath $(SDK_VENV)) $(PYTEST_PLAIN) tests/unit

# The Qt-free tier again on Python 3.9, the Python of the QGIS 3.22-3.28 Windows and macOS installers (Debian has
# none): pyenv's 3.9 in a venv of its own under build/ or, without one, the python3 (3.9) of a minimal Debian bullseye
# chroot made like the sid one (tests/matrix/sid.sh with SID_SUITE=bullseye, kept beside it, its venv in /opt/fp/py39);
# with neither (no pyenv 3.9, no root for the chroot) it says loudly what is missing and skips. No QGIS, no GDAL
# there (tests/unit/requirements-py39.txt), so the two sandbox modules that need GDAL's bindings are left out.
PYENV_ROOT_DIR := $(shell pyenv root 2>/dev/null || echo $$HOME/.pyenv)
PY39 := $(lastword $(sort $(wildcard $(PYENV_ROOT_DIR)/versions/3.9.*/bin/python3)))
PY39_VENV := $(BUILD)/py39
PY39_LEFT_OUT := tests/unit/test_sandbox_geo.py tests/unit/test_sandbox_services.py
PY39_PYTEST := -m pytest -p no:cacheprovider -W ignore::pytest.PytestConfigWarning tests/unit $(addprefix --ignore=,$(PY39_LEFT_OUT))
BULLSEYE := /var/cache/fusion_platform_qgis/bullseye
test-py39:
	@if [ -n "$(PY39)" ]; then \
	  if ! cmp -s tests/unit/requirements-py39.txt $(PY39_VENV)/.done; then \
	    rm -rf $(PY39_VENV) && $(PY39) -m venv $(PY39_VENV) \
	    && $(PY39_VENV)/bin/pip install -q -r tests/unit/requirements-py39.txt 2> >(grep -v "is ignored: it is neither" >&2) \
	    && cp tests/unit/requirements-py39.txt $(PY39_VENV)/.done; fi; \
	  echo "Qt-free tier on $$($(PY39_VENV)/bin/python --version) ($(PY39))"; \
	  $(PY39_VENV)/bin/python $(PY39_PYTEST); \
	elif [ "$$(id -u)" = 0 ] || sudo -n true 2>/dev/null; then \
	  echo "No Python 3.9 under $(PYENV_ROOT_DIR)/versions: the Qt-free tier runs in a Debian bullseye chroot ($(BULLSEYE))"; \
	  SID_SUITE=bullseye SID_CHROOT=$(BULLSEYE) SID_PACKAGES="python3 python3-venv python3-pip" $(SID) run bash -c 'set -e; \
	    if ! cmp -s tests/unit/requirements-py39.txt /opt/fp/py39/.done; then rm -rf /opt/fp/py39 && python3 -m venv /opt/fp/py39 \
	      && /opt/fp/py39/bin/pip install -q --upgrade pip && /opt/fp/py39/bin/pip install -q -r tests/unit/requirements-py39.txt \
	      && cp tests/unit/requirements-py39.txt /opt/fp/py39/.done; fi; \
	    echo "Qt-free tier on $$(/opt/fp/py39/bin/python --version) (bullseye chroot)"; /opt/fp/py39/bin/python $(PY39_PYTEST)'; \
	else \
	  echo "########## SKIPPED test-py39: no Python 3.9 under $(PYENV_ROOT_DIR)/versions/3.9.* and no root for a" \
	    "Debian bullseye chroot; 'pyenv install 3.9' (or run as root) to check the Qt-free tier as QGIS 3.22-3.28 on" \
	    "Windows/macOS would run it ##########"; \
	fi

test-qgis: $(VENV)/.done package
	rm -rf .qgis-settings  # pytest-qgis keeps its throw-away QGIS profile there; start each run clean
	QT_QPA_PLATFORM=offscreen FP_STAGED_PLUGIN=$(abspath $(STAGE)) FP_PACKAGE_ZIP=$(abspath dist/$(PLUGIN)-$(VERSION).zip) $(PY) -m pytest tests/qgis

# Real QGIS (qgis --code tests/real/driver.py) under xvfb-run, a fresh profile with the packaged zip installed, one
# run per screen size; every check the driver records is one test, every step one PNG under build/screens/<size>/.
# One of the tiers: it runs on the host's QGIS and on 3.44 in the chroot.
test-real: $(VENV)/.done package
	FP_PACKAGE_ZIP=$(abspath dist/$(PLUGIN)-$(VERSION).zip) $(PYTEST_PLAIN) tests/real

test-e2e: $(VENV)/.done $(SDK_VENV)/.done
	FP_SDK_VENV=$(abspath $(SDK_VENV)) $(PYTEST_PLAIN) tests/e2e

# --- the plugin as users get it -------------------------------------------------------------------------------
stage:
	@rm -rf $(STAGE) && mkdir -p $(STAGE)/i18n
	@cp -r $(PLUGIN)/. $(STAGE)/
	@cp metadata.txt LICENSE $(STAGE)/
	@cp -r resources $(STAGE)/resources && rm -rf $(STAGE)/resources/screenshots  # README material, not plugin
	@for ts in i18n/*.ts; do [ -e "$$ts" ] && lrelease -silent "$$ts" -qm $(STAGE)/i18n/$$(basename "$${ts%.ts}").qm; done; true
	@find $(STAGE) \( -name __pycache__ -o -name '*.pyc' -o -name '.pytest_cache' \) -prune -exec rm -rf {} +
	@echo "Staged $(STAGE)"

package: stage
	@mkdir -p dist && rm -f dist/$(PLUGIN)-$(VERSION).zip
	cd $(BUILD) && $(abspath $(PY)) -m zipfile -c ../dist/$(PLUGIN)-$(VERSION).zip $(PLUGIN)
	@echo "dist/$(PLUGIN)-$(VERSION).zip"

install: setup stage
	$(PY) -m tests.tooling.dev_profile install --source $(STAGE)

translations: $(VENV)/.done
	pylupdate5 -noobsolete $$(find $(PLUGIN) -name '*.py' -o -name '*.ui' | sort) -ts $(foreach lang,$(LANGUAGES),i18n/fusion_platform_$(lang).ts) 2>/dev/null
	@for ts in i18n/*.ts; do lang=$$(basename "$${ts%.ts}"); lang=$${lang##*_}; \
	  grep -q "<TS [^>]*language=" "$$ts" || sed -i "s/<TS version=\"2.1\">/<TS version=\"2.1\" language=\"$$lang\">/" "$$ts"; \
	  lrelease -silent "$$ts"; done
	@echo "Translations updated: $$(ls i18n)"

# --- running it -----------------------------------------------------------------------------------------------
sandbox: $(VENV)/.done
	SANDBOX_PORT=$(SANDBOX_PORT) $(PY) -m sandbox

run: setup stage
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display: QGIS needs one. Try 'make demo' (headless) or run under xvfb-run."; exit 1; fi
	$(PY) -m tests.tooling.dev_profile run --source $(STAGE) --profiles $(PROFILES) --port $(SANDBOX_PORT)

demo: setup stage
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.tooling.demo --plugin $(abspath $(STAGE)) --out $(BUILD)/demo

bench: setup stage
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

clean:
	rm -rf $(BUILD) dist .pytest_cache .ruff_cache .mypy_cache .hypothesis
	find . -name __pycache__ -prune -not -path './.venv*' -exec rm -rf {} +
