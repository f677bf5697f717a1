"""The shape of an identifier as typed (a codice fiscale, a NIR), read without the
libraries that check it (deskapp.models.identifiers): the registry's search and the
main window need only the shape, and load before those libraries (start-up, issue 17).
"""

from __future__ import annotations

# The first digit of a NIR: 1 a man, 2 a woman (decree 82-103 of 22 January 1982,
# art. 4). A number given while the person is being registered starts with 7 (a man) or
# 8 (a woman): the NIA, numero d'identification d'attente, of foreigners awaiting their
# NIR; 3 (a man) and 4 (a woman) are read as temporary too. python-stdnum checks no
# first digit; public sources say different things of 3 and 4 (foreigners being
# registered, fr.wikipedia "Numero de securite sociale en France"; other uses
# elsewhere) but all give the odd digit to men and the even one to women, which is all
# that is read here.
NIR_SEX = {"1": "M", "2": "F", "3": "M", "4": "F", "7": "M", "8": "F"}


def normalise_codice_fiscale(text: str) -> str:
    return "".join(text.split()).upper()


def normalise_nir(text: str) -> str:
    """The NIR without the spaces, dots or dashes it is often written with."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in ".-").upper()


def looks_like_nir(text: str) -> str | None:
    """The NIR ``text`` is written as (spaces or not, with its key or without), compact,
    or None when it is not shaped like one: for searches and references, not a check."""
    code = normalise_nir(text)
    if len(code) not in (13, 15) or code[0] not in NIR_SEX:
        return None
    department = code[5:7]
    if not (code[1:5] + code[7:]).isdigit() or not (
        department.isdigit() or department in ("2A", "2B")
    ):
        return None
    return code


def format_nir(code: str) -> str:
    """A stored NIR as it is printed on the carte Vitale: 2 84 12 76 451 089 46 (the
    grouping python-stdnum's ``stdnum.fr.nir.format`` gives, which a test compares;
    stdnum itself costs the registry's first window 25-50 ms of imports)."""
    if len(code) != 15:
        return code
    return " ".join((code[:1], code[1:3], code[3:5], code[5:7], code[7:10], code[10:13], code[13:]))
