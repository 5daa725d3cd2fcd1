#!/usr/bin/env bash
# Install everything and run the tests (what CI runs). Needs Python 3.11 and the package
# registries (PyPI, Debian); installs Debian's chromium for the browser test when absent.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
if ! command -v chromium >/dev/null; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get install -y -q chromium >/dev/null 2>&1 || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q chromium >/dev/null; }
fi
.venv/bin/python -m geo index >/dev/null   # build the gazetteer index once (about 25 s)
exec .venv/bin/python -m pytest -q "$@"
