"""A batch of dossiers reads each chunk of people in a few queries, not a few per
person: the guard against a query per person (N+1) coming back into the batch; and a
dossier read with others is the one read alone."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from reportlab import rl_config
from sqlalchemy import event, func, select
from sqlalchemy.engine import Engine

from deskapp.errors import NotFoundError
from deskapp.models import (
    Activity,
    AuditEvent,
    Consent,
    NeedsAssessment,
    Person,
    ProjectMembership,
    Skill,
)
from deskapp.reports import dossier
from deskapp.services.actor import resolve_actor


@pytest.fixture
def demo_db(db):
    from deskapp.services.demo import generate_demo

    generate_demo(db, persons=120, seed=5, today=dt.date(2026, 11, 22))
    return db


def _people_with_everything(db, count):
    """``count`` people, project members first, and proof that between them every
    section of a dossier has rows to read."""
    with db.read() as s:
        members = s.scalars(
            select(ProjectMembership.person_id).distinct().order_by(ProjectMembership.person_id)
        ).all()
        others = s.scalars(select(Person.id).where(Person.id.not_in(members)).order_by(Person.id))
        ids = (list(members) + list(others))[:count]
        for model in (Consent, NeedsAssessment, Skill, Activity, ProjectMembership):
            rows = s.scalar(select(func.count()).where(model.person_id.in_(ids)))
            assert rows and rows >= 2, model.__name__
    assert len(ids) == count
    return ids


class _Statements:
    """Every SQL statement any engine runs (the batch opens its own engine)."""

    def __init__(self):
        self.statements: list[str] = []

    def __call__(self, conn, cursor, statement, parameters, context, executemany):
        self.statements.append(statement)


@pytest.fixture
def statements():
    counter = _Statements()
    event.listen(Engine, "before_cursor_execute", counter)
    yield counter
    event.remove(Engine, "before_cursor_execute", counter)


@pytest.mark.both_engines
def test_a_batch_runs_fewer_than_20_statements_per_50_people(
    demo_db, tmp_path, statements, monkeypatch
):
    monkeypatch.setattr(dossier, "PARALLEL_FROM", 1_000)  # in this process, to be counted
    actor = resolve_actor(demo_db, "Amministratore demo")
    assert dossier.BATCH_CHUNK == 50
    ids = _people_with_everything(demo_db, 100)
    statements.statements.clear()
    written = dossier.person_dossiers(demo_db, actor, ids, tmp_path / "batch")
    assert len(written) == 100 and all(p.stat().st_size > 10_000 for p in written)
    # Reading two chunks of 50, then the one audit event of the batch.
    assert len(statements.statements) < 2 * 20
    with demo_db.read() as s:
        [audited] = s.scalars(select(AuditEvent).where(AuditEvent.entity == "person_dossier"))
        assert audited.detail.startswith("100 rows")


def _pages(path):
    return [page.get_contents().get_data() for page in PdfReader(str(path)).pages]


def test_a_dossier_in_a_batch_is_the_dossier_alone(demo_db, tmp_path, monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)
    ids = _people_with_everything(demo_db, 12)
    now = dt.datetime(2026, 12, 1, 12, 0)
    # Out of order, and a person twice: each dossier is still its own person's.
    chunk = [ids[5], *ids, ids[0]]
    written = dossier.write_dossiers(demo_db, chunk, tmp_path / "batch", now=now)
    assert [p.name for p in written] == [f"dossier-{i}.pdf" for i in chunk]
    for person_id in ids:
        alone = dossier.write_dossier(demo_db, person_id, tmp_path / f"{person_id}.pdf", now=now)
        assert _pages(tmp_path / "batch" / f"dossier-{person_id}.pdf") == _pages(alone)


def test_a_missing_person_stops_the_chunk_with_their_number(demo_db, tmp_path):
    with pytest.raises(NotFoundError) as caught:
        dossier.write_dossiers(demo_db, [1, 999_999, 2], tmp_path / "batch")
    assert "999999" in str(caught.value)
