#!/usr/bin/env bash
# Set up everything deskapp needs on a Debian or Ubuntu machine, idempotently:
#   - the system libraries Qt loads (and a font: without one Qt draws empty boxes),
#   - a virtual environment in .venv with deskapp and its dependencies,
#   - the compiled translations (.qm).
# Sourced by run-app.sh and run-tests.sh; safe to run again (quick when nothing changed).
#   EXTRAS=test  also installs the test tools;  EXTRAS=test,build  also PyInstaller.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
EXTRAS="${EXTRAS:-}"

say() { printf 'deskapp setup: %s\n' "$*" >&2; }

# Qt's runtime libraries on Debian/Ubuntu; the xcb ones are for a real desktop window.
# fonts-dejavu-extra: DejaVu Sans Condensed, the PDFs' embedded font (the installer
# bundles the files).
SYSTEM_PACKAGES=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
                 fonts-dejavu-core fonts-dejavu-extra libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
                 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0)

# The tests read the files back as their readers would: the PDFs with poppler
# (pdftotext, pdffonts), the workbooks with LibreOffice's headless converter. They also
# run on PostgreSQL: tests/postgres_server.py starts a throwaway server from the
# package's binaries (initdb, pg_ctl) in a temporary folder; the package's own cluster
# is not used.
if [[ ",$EXTRAS," == *",test,"* ]]; then
    SYSTEM_PACKAGES+=(poppler-utils libreoffice-calc-nogui postgresql)
fi

install_system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian system: skipping system packages"; return; }
    local missing=()
    for pkg in "${SYSTEM_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    # python3 -m venv needs ensurepip, which Debian ships in a separate package.
    if ! "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
        missing+=("python3-venv")
    fi
    [ ${#missing[@]} -eq 0 ] && return
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            say "missing system packages: ${missing[*]}"
            say "install them as root: apt-get install -y ${missing[*]}"
            exit 1
        fi
    fi
    say "installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

find_python() {
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
           "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
            PYTHON="$(command -v "$candidate")"
            return
        fi
    done
    say "Python 3.11 or newer is needed (apt-get install python3)"
    exit 1
}

find_python
install_system_packages

if [ ! -x "$VENV/bin/python" ]; then
    say "creating the virtual environment in .venv"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
fi

# Reinstall only when the dependencies changed or an extra is asked for that is not
# installed yet: run-tests.sh (extras "test") then run-app.sh (none) installs once.
stamp="$VENV/.deskapp-installed"
hash="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
installed_hash="" installed_extras=""
if [ -f "$stamp" ]; then
    read -r installed_hash installed_extras < "$stamp" || true
    installed_extras="${installed_extras#extras=}"
fi
wanted="$(printf '%s\n' ${EXTRAS//,/ } ${installed_extras//,/ } | sort -u | paste -sd, -)"
missing=""
for extra in ${EXTRAS//,/ }; do
    case ",$installed_extras," in *",$extra,"*) ;; *) missing="$missing $extra" ;; esac
done
if [ "$hash" != "$installed_hash" ] || [ -n "$missing" ]; then
    say "installing deskapp and its dependencies${wanted:+ (with $wanted)}"
    target="$ROOT"
    [ -n "$wanted" ] && target="$ROOT[$wanted]"
    "$VENV/bin/python" -m pip install -q -e "$target"
    echo "$hash extras=$wanted" > "$stamp"
fi

# Compiled translations are build products, not sources: rebuild when a .ts is newer.
for ts in "$ROOT"/resources/translations/*.ts; do
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
        "$VENV/bin/python" "$ROOT/scripts/translations.py" build
        break
    fi
done
