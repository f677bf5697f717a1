"""Keep the translations in step with the code.

    python scripts/translations.py update   # marked strings -> resources/translations/*.ts
    python scripts/translations.py build    # .ts -> .qm (setup and the installer do this)

Strings are marked with self.tr / QCoreApplication.translate in deskapp/ui and with
QT_TRANSLATE_NOOP (deskapp/i18n.py) below it; pyside6-lupdate finds both.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("it", "fr")


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).parent / name
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install the project (pip install -e .) first")
    return found


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "deskapp").rglob("*.py"))
    for language in LANGUAGES:
        target = TRANSLATIONS / f"deskapp_{language}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources,
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(target.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


def build() -> None:
    for ts in sorted(TRANSLATIONS.glob("deskapp_*.ts")):
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


if __name__ == "__main__":
    {"update": update, "build": build}[sys.argv[1] if len(sys.argv) > 1 else "build"]()
