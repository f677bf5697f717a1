"""The frozen bundle's smaller ICU data library (scripts/icu_data.py): the package is
rewritten as ICU's own tools write it, keeps what Qt asks for in deskapp's languages,
and the library built from it answers as the whole one does for them."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux")
    or not all(shutil.which(tool) for tool in ("readelf", "as", "ld")),
    reason="the bundle's ICU data is slimmed on Linux, with binutils",
)


def _icu_data():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("icu_data", ROOT / "scripts" / "icu_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pyside_icu() -> Path:
    pyside = importlib.util.find_spec("PySide6")  # found, not imported: Qt stays in ui
    assert pyside is not None and pyside.origin is not None
    library = Path(pyside.origin).parent / "Qt" / "lib" / "libicudata.so.73"
    if not library.exists():
        pytest.skip("this PySide6 carries no ICU data library")
    return library


def test_the_package_is_written_back_byte_for_byte():
    icu_data = _icu_data()
    library = _pyside_icu()
    _, offset, size = icu_data._symbol(library)
    package = library.read_bytes()[offset : offset + size]
    header, items = icu_data.read_items(package)
    assert len(items) > 3000
    assert icu_data.write_package(header, items) == package


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("icudt73l/it.res", True),
        ("icudt73l/fr_CA.res", True),
        ("icudt73l/en_GB.res", True),
        ("icudt73l/de.res", False),
        ("icudt73l/coll/fr.res", True),
        ("icudt73l/coll/zh.res", False),
        ("icudt73l/coll/root.res", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/curr/pool.res", True),
        ("icudt73l/zone/it.res", True),
        ("icudt73l/zone/ja.res", False),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/brkitr/word.brk", True),
        ("icudt73l/translit/root.res", False),
        ("icudt73l/ibm-5348_P100-1997.cnv", True),  # windows-1252
        ("icudt73l/gb18030.cnv", False),
        ("icudt73l/cnvalias.icu", True),
        ("icudt73l/supplementalData.res", True),
        ("icudt73l/zoneinfo64.res", True),
        ("icudt73l/uts46.nrm", True),
        ("icudt73l/confusables.cfu", False),
    ],
)
def test_what_the_bundle_keeps(item, kept):
    assert _icu_data().wanted_item(item) is kept


CHECK = """
import json
from PySide6.QtCore import QCollator, QLocale, QTimeZone, QUrl, QStringDecoder
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
words = ["Élodie", "elodie", "Zoe", "Çelik", "Òrsola", "orsola", "Ärger", "d'Amico", "De Luca"]
out = {}
for name in ("it_IT", "fr_FR", "en_GB"):
    collator = QCollator(QLocale(name))
    out[name] = [
        sorted(words, key=collator.sortKey),
        QLocale(name).toUpper("straße à ǆ"),
        QTimeZone(b"Europe/Rome").displayName(
            QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(name)
        ),
    ]
out["idna"] = QUrl("http://perché.it/").toEncoded().data().decode()
out["cp1252"] = QStringDecoder("windows-1252").isValid()
print(json.dumps(out, ensure_ascii=False))
"""


def test_the_slim_library_answers_as_the_whole_one_in_deskapps_languages(tmp_path):
    icu_data = _icu_data()
    library = _pyside_icu()
    slim = tmp_path / library.name
    before, after = icu_data.slim_library(library, slim)
    assert after < before / 4

    def run(library_path: str | None) -> dict:
        env = dict(os.environ)
        if library_path:
            env["LD_LIBRARY_PATH"] = library_path  # searched before Qt's own RUNPATH
        out = subprocess.run(
            [sys.executable, "-c", CHECK], capture_output=True, text=True, env=env, timeout=120
        )
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    whole, slimmed = run(None), run(str(tmp_path))
    assert slimmed == whole
    assert whole["idna"] == "http://xn--perch-fsa.it/" and whole["cp1252"]
