#!/usr/bin/env bash
# Build the one-folder bundle in dist/deskapp with PyInstaller, then smoke-test it:
# the frozen program creates and migrates a database, writes demo data, passes
# `deskapp db check`, and opens its main window offscreen.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXTRAS="test,build" source "$ROOT/scripts/setup.sh"
cd "$ROOT"
"$ROOT/.venv/bin/pyinstaller" --noconfirm --clean --log-level WARN build_installer.spec

app="$ROOT/dist/deskapp/deskapp"
# The spec leaves out the libraries only dropped plugins used: every Qt module deskapp
# imports, and the platforms it opens on, must still find theirs (the window's smoke
# test at the end opens each screen too).
internal="$ROOT/dist/deskapp/_internal"
# libpq (PostgreSQL) shares Python's OpenSSL (build_installer.spec, share_openssl):
# `ldd -r` also says of a symbol version it lacks that it is "not found".
for module in QtCore QtGui QtWidgets QtCharts QtPdf QtPdfWidgets QtPrintSupport \
              Qt/plugins/platforms/libqxcb.so Qt/plugins/platforms/libqoffscreen.so \
              ../psycopg_binary/_psycopg ../psycopg_binary/pq; do
    file="$internal/PySide6/$module"
    [ -f "$file" ] || file="$internal/PySide6/$module.abi3.so"
    [ -f "$file" ] || file="$(ls "$internal/PySide6/$module".cpython-*.so 2>/dev/null || true)"
    [ -f "$file" ] || { echo "smoke test: $module is missing from the bundle"; exit 1; }
    if LD_LIBRARY_PATH="$internal" ldd -r "$file" 2>&1 | grep "not found"; then
        echo "smoke test: $module misses a library (above)"; exit 1
    fi
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$work"  # a fresh user: default paths land in $work
export DESKAPP_PASSWORD="antenna-demo-2026"  # the demo accounts' password (and Smoke Test's)
export DESKAPP_LANGUAGE=en  # the messages grepped below are the English sources
db="$work/smoke.sqlite"
"$app" --version
"$app" --db "$db" demo --persons 6000 --seed 1
"$app" --db "$db" db check
"$app" --db "$db" --operator "Amministratore demo" export persons -o "$work/persons.xlsx"
"$app" --db "$db" --operator "Amministratore demo" export persons -o "$work/persons.csv"
# 6,000 rows: checked by spawned worker processes, which the frozen app must support.
"$app" --db "$work/copy.sqlite" init --desk "Antenna Genova" --region liguria --admin "Smoke Test"
expect_refusal() {  # expect_refusal MESSAGE COMMAND...: must exit 1 and print MESSAGE
    local message="$1"; shift
    if "$@" > "$work/out.txt" 2>&1; then echo "smoke test: expected a refusal from: $*"; exit 1; fi
    grep -q "$message" "$work/out.txt" || { cat "$work/out.txt"; echo "smoke test: no '$message'"; exit 1; }
}
expect_refusal "no desk is called" \
    "$app" --db "$work/copy.sqlite" --operator "Smoke Test" import persons "$work/persons.csv"
expect_refusal "already in the registry as person no" \
    "$app" --db "$db" --operator "Amministratore demo" import persons "$work/persons.csv" --dry-run
echo "import checked 6,000 rows in worker processes"
"$app" --db "$db" --operator "Amministratore demo" search ross
# Documents: the frozen app finds its fonts (bundled) and embeds them.
"$app" --db "$db" --operator "Amministratore demo" report dossier --person 1 -o "$work/dossier.pdf"
if pdffonts "$work/dossier.pdf" | awk 'NR > 2 && $(NF-4) != "yes" {bad=1} END {exit bad}'; then
    echo "dossier written with every font embedded"
else
    pdffonts "$work/dossier.pdf"; echo "smoke test: a font is not embedded"; exit 1
fi
# Encryption at rest: the frozen app carries SQLCipher; a wrong key is refused in words.
cp "$db" "$work/secret.sqlite"
DESKAPP_KEY="smoke test key 2026" "$app" --db "$work/secret.sqlite" --operator "Amministratore demo" db encrypt
DESKAPP_KEY="smoke test key 2026" "$app" --db "$work/secret.sqlite" db check
DESKAPP_KEY="wrong key of the smoke test" expect_refusal "The key does not open" \
    "$app" --db "$work/secret.sqlite" db check
DESKAPP_QUIT_AFTER_MS=1500 "$app" --db "$db" --operator "Amministratore demo"
# Every screen once in the frozen window (pages, records, the business plan's charts,
# the guide, the PDF preview, the printers): what the bundle leaves out must be unused.
DESKAPP_SMOKE_PAGES=1 "$app" --db "$db" --operator "Amministratore demo"
echo "frozen bundle OK: $(du -sh "$ROOT/dist/deskapp" | cut -f1) in dist/deskapp"
