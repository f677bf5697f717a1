"""A smaller ICU data library for the frozen bundle (build_installer.spec, Linux).

Qt Core links ICU, and PySide6's wheel ships ICU's whole data library
(``libicudata.so.73``, 32 MB: every locale, every legacy character set, the CJK and
Southeast Asian word dictionaries, the transliterators). deskapp speaks Italian, French
and English; Qt asks ICU for collation, case mapping, normalisation, IDNA and time-zone
data, and falls back to the root locale for any other. So the bundle keeps:

- the locale data of root, Italian, French and English (with their regional variants)
  in every tree (main, collation, currencies, languages, regions, units, zones,
  number spellout, break rules), and each tree's shared string pool;
- everything that is not locale data (Unicode properties, normalisation, collation
  root, time zones, likely subtags, the converters' alias table...);

and leaves out the other locales, the legacy character-set converters (but
windows-1252 and ISO-8859-15), the word-break dictionaries of Chinese, Japanese, Thai,
Lao, Khmer and Burmese, the transliterators and the spoof checker's confusables.

The data library holds one ICU "common data" package (``icudt73_dat``): a header, a
table of contents sorted by item name, the names, then each item aligned to 16 bytes.
The package is filtered here (as ICU's own ``icupkg -r`` would) and assembled into a
shared library with the same name and symbol by binutils' ``as`` and ``ld``, which
PyInstaller already needs on Linux.
"""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

# The languages deskapp speaks, and ICU's root: their data in every tree is kept.
LANGUAGES = ("it", "fr", "en")
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")
_KEPT_LOCALE = re.compile(r"^(root|pool|res_index|" + "|".join(LANGUAGES) + r")(_[A-Za-z0-9_]+)?$")
_LOCALE_TREES = frozenset({"", "brkitr", "coll", "curr", "lang", "rbnf", "region", "unit", "zone"})
# Character sets beyond UTF-8/16/32, ASCII and Latin-1 (which ICU computes): the Western
# European Windows and ISO ones only.
_KEPT_CONVERTERS = frozenset({"ibm-5348_P100-1997", "ibm-923_P100-1998"})


def wanted_item(name: str) -> bool:
    """Whether the bundle keeps ICU data item ``name`` ("icudt73l/coll/fr.res")."""
    path = name.split("/", 1)[1] if "/" in name else name
    tree, _, file = path.rpartition("/")
    base, _, ext = file.rpartition(".")
    if tree == "translit" or ext in ("dict", "cfu"):
        return False
    if ext == "cnv":
        return base in _KEPT_CONVERTERS
    if ext == "res" and tree in _LOCALE_TREES and (tree or _LOCALE.match(base)):
        return bool(_KEPT_LOCALE.match(base))
    return True


_PAD = b"\xaa"  # what ICU's tools pad with


def _align16(n: int) -> int:
    return (n + 15) & ~15


def read_items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, bytes) items of an ICU common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", package, 0)
    if (magic1, magic2) != (0xDA, 0x27) or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    if package[8] != 0:  # isBigEndian
        raise ValueError("a big-endian ICU package")
    (count,) = struct.unpack_from("<I", package, header_size)
    entries = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        start = header_size + name_offset
        name = package[start : package.index(b"\0", start)].decode("ascii")
        end = header_size + entries[i + 1][1] if i + 1 < count else len(package)
        items.append((name, package[header_size + data_offset : end]))
    return package[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common data package of ``items`` (sorted by name, as ICU searches them)."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    toc_size = 4 + 8 * len(items)
    names = b""
    name_offsets = []
    for name, _ in items:
        name_offsets.append(toc_size + len(names))
        names += name.encode("ascii") + b"\0"
    offset = _align16(len(header) + toc_size + len(names)) - len(header)
    toc = struct.pack("<I", len(items))
    body = b""
    for (_, data), name_offset in zip(items, name_offsets, strict=True):
        toc += struct.pack("<II", name_offset, offset + len(body))
        body += data + _PAD * (_align16(len(data)) - len(data))
    start = toc + names
    return header + start + _PAD * (offset - len(start)) + body


def slim_package(package: bytes, keep: Callable[[str], bool] = wanted_item) -> bytes:
    header, items = read_items(package)
    return write_package(header, [(name, data) for name, data in items if keep(name)])


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol of an ICU data library (icudt73_dat): name, file offset, size."""
    symbols = subprocess.run(
        ["readelf", "-Ws", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(
        r":\s+([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL.*\s(icudt\d+_dat)$",
        symbols,
        re.MULTILINE,
    )
    if found is None:
        raise ValueError(f"{library.name}: no icudt*_dat symbol")
    address, size = int(found.group(1), 16), int(found.group(2), 0)
    sections = subprocess.run(
        ["readelf", "-SW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for match in re.finditer(r"\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", sections):
        vaddr, file_offset, length = (int(g, 16) for g in match.groups())
        if vaddr <= address < vaddr + length:
            return found.group(3), file_offset + address - vaddr, size
    raise ValueError(f"{library.name}: {found.group(3)} is in no section")


def slim_library(library: Path, out: Path) -> tuple[int, int]:
    """Write at ``out`` a copy of ICU data library ``library`` holding only the items
    ``wanted_item`` keeps; (bytes of data before, after)."""
    symbol, offset, size = _symbol(library)
    package = library.read_bytes()[offset : offset + size]
    slim = slim_package(package)
    soname = library.name
    with tempfile.TemporaryDirectory() as work:
        data = Path(work) / "icudata.dat"
        data.write_bytes(slim)
        source = Path(work) / "icudata.s"
        source.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, %object\n"
            "\t.balign 16\n"
            f"{symbol}:\n"
            f'\t.incbin "{data}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",%progbits\n',
            encoding="ascii",
        )
        obj = Path(work) / "icudata.o"
        subprocess.run(["as", "-o", str(obj), str(source)], check=True)
        subprocess.run(
            ["ld", "-shared", "-soname", soname, "-z", "noexecstack", "-o", str(out), str(obj)],
            check=True,
        )
    if _symbol(out)[2] != len(slim):
        raise RuntimeError(f"{out}: the data symbol was not written whole")
    return size, len(slim)
