"""Qt stays in deskapp/ui: the core is importable and usable without PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import deskapp


def core_modules() -> list[str]:
    names = []
    for module in pkgutil.walk_packages(deskapp.__path__, "deskapp."):
        if module.name.startswith("deskapp.ui") or module.name == "deskapp.__main__":
            continue
        if ".migrations" in module.name:
            continue
        names.append(module.name)
    return names


def test_core_never_imports_qt():
    modules = core_modules()
    assert "deskapp.services.persons" in modules and "deskapp.reports.exports" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6') or m.startswith('shiboken'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
