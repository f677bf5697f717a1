#!/usr/bin/env bash
# Set everything up (first time only) and start deskapp on its default local database.
# Extra arguments go to the deskapp command, e.g. ./scripts/run-app.sh demo --persons 2000
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
exec "$ROOT/.venv/bin/deskapp" "$@"
