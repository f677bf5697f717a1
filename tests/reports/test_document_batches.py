"""Documents made one after another in one process (a batch of dossiers) come out as
each would alone: the styles and the parsed headings they share change nothing."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from reportlab import rl_config

from deskapp.reports.dossier import write_dossier
from deskapp.reports.pdf import Paragraph, styles
from deskapp.services import activities, persons
from tests.conftest import person_data


def _pages(path):
    """What each page draws: its content stream, decoded."""
    return [page.get_contents().get_data() for page in PdfReader(str(path)).pages]


def test_the_same_dossier_twice_draws_the_same_pages(db, operator, tmp_path, monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)
    pid = persons.create_person(db, operator, person_data(notes="Riga uno\nRiga due")).id
    persons.add_needs_assessment(
        db,
        operator,
        pid,
        {
            "assessed_on": "12/11/2026",
            "needs": [{"kind": "enterprise_idea"}, {"kind": "funding"}],
        },
    )
    for day in range(1, 30):
        activities.log_activity(
            db,
            operator,
            {
                "kind": "interview",
                "occurred_at": dt.datetime(2026, 10, day, 9, 30),
                "duration_minutes": 45,
                "person_id": pid,
                "notes": f"Colloquio {day}: <accoglienza> & orientamento, "
                "con una nota abbastanza lunga da andare a capo nella colonna",
            },
        )
    now = dt.datetime(2026, 12, 1, 12, 0)
    first = write_dossier(db, pid, tmp_path / "first.pdf", now=now)
    second = write_dossier(db, pid, tmp_path / "second.pdf", now=now)
    pages = _pages(first)
    assert len(pages) >= 2  # the activity grid is split over pages
    assert _pages(second) == pages


def test_a_repeated_heading_is_its_own_paragraph():
    st = styles()
    one, two = (
        Paragraph("<b>Attività</b> &amp; note", st["h2"]),
        Paragraph("<b>Attività</b> &amp; note", st["h2"]),
    )
    assert one.frags is not two.frags  # a list each: a split never cuts the other's
    assert "".join(f.text for f in one.frags) == "Attività & note"
    assert [f.text for f in one.frags] == [f.text for f in two.frags]
    assert styles() is not styles() and styles()["h2"] is st["h2"]
