#!/usr/bin/env bash
# Set everything up (first time only) and run the whole test suite, offscreen.
# Extra arguments go to pytest, e.g. ./scripts/run-tests.sh -k search
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXTRAS="test" source "$ROOT/scripts/setup.sh"
export QT_QPA_PLATFORM=offscreen
cd "$ROOT"
"$ROOT/.venv/bin/ruff" check deskapp tests bench scripts
"$ROOT/.venv/bin/mypy" deskapp/models deskapp/services  # strict there (pyproject.toml)
# Two or more cores: the tests in parallel (pytest-xdist), one worker per core;
# PYTEST_WORKERS=0 runs them in this one process (for pdb or a clean profile).
exec "$ROOT/.venv/bin/python" -m pytest -n "${PYTEST_WORKERS:-auto}" "$@"
