#!/usr/bin/env bash
# Install everything and run the tests (what CI runs). Needs Python 3.11 and the package
# registries (PyPI, Debian); installs Debian's chromium for the browser test when absent.
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS="[test]" . scripts/_venv.sh
if ! command -v chromium >/dev/null; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get install -y -q chromium >/dev/null 2>&1 || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q chromium >/dev/null; }
fi
.venv/bin/python -m geo index >/dev/null   # build the gazetteer index once (about 25 s)
exec .venv/bin/python -m pytest -q "$@"
