# Sourced by run.sh and test.sh: create .venv with Python 3.11 and install the project
# (EXTRAS, e.g. "[test]").
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".${EXTRAS:-}"
