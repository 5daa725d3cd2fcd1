#!/usr/bin/env bash
# Install and start the dashboard on the built-in seed articles: http://localhost:8501
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS="" . scripts/_venv.sh
.venv/bin/python -m geo index >/dev/null   # first run only does real work (about 25 s)
exec .venv/bin/python scripts/serve.py --server.headless true --browser.gatherUsageStats false "$@"
