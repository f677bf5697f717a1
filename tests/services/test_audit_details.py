"""The audit trail's stored details read back as marked sentences the window translates."""

from __future__ import annotations

import pytest

from deskapp.services.audit_details import Marked, explain_detail


def _english(marked: Marked | str) -> str:
    """The sentence as an English reader sees it (the marked text is the English one)."""
    if isinstance(marked, str):
        return marked
    return marked.text.format(**{k: _english(v) for k, v in marked.params.items()})


@pytest.mark.parametrize(
    ("stored", "read"),
    [
        ("1 rows (person 432)", "1 row (person 432)"),  # stored before the grammar was fixed
        ("1 row (person 432)", "1 row (person 432)"),
        ("3 rows (project 7)", "3 rows (project 7)"),
        ("40 rows (batch)", "40 rows (batch)"),
        ("12 rows", "12 rows"),
        ("12 rows (xlsx)", "12 rows (xlsx)"),
        (
            "25 rows (pdf, 2026-01-01..2026-06-30, desk 3)",
            "25 rows (pdf, 2026-01-01 to 2026-06-30, desk 3)",
        ),
        ("5 people shown (command line)", "5 people shown (command line)"),
        ("1 people shown (command line)", "1 person shown (command line)"),
        ("demo data: 120 persons, seed 7", "demo data: 120 persons, seed 7"),
        ("12 persons", "12 persons"),
        ("member anonymised", "member anonymised"),
        ("anonymised (GDPR art. 17)", "anonymised (GDPR art. 17)"),
        ("restored from a backup by Anna Bianchi", "restored from a backup by Anna Bianchi"),
        ("intake->idea", "Intake to Idea"),
        ("intake_interview", "First interview held"),
    ],
)
def test_every_stored_shape_reads_as_a_sentence(stored, read):
    marked = explain_detail(stored)
    assert marked is not None, stored
    assert _english(marked) == read


def test_the_numbers_and_the_parts_are_kept_apart_for_the_translation():
    marked = explain_detail("3 rows (person 432)")
    assert marked == Marked(
        "{n} rows ({note})", {"n": "3", "note": Marked("person {id}", {"id": "432"})}
    )
    stage = explain_detail("intake->idea")
    assert stage is not None and stage.params["target"] == Marked("Idea", context="Enum")


@pytest.mark.parametrize("stored", ["", "something new", "9 apples", "intake->nowhere"])
def test_an_unknown_detail_is_shown_as_stored(stored):
    assert explain_detail(stored) is None
