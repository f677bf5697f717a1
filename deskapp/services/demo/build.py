"""``generate_demo``: an empty registry filled in one transaction, part by part."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from deskapp.errors import PermissionDeniedError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import (
    Desk,
    Operator,
    Person,
)
from deskapp.models import enums as en
from deskapp.models.bulk import large_write
from deskapp.models.database import Database
from deskapp.models.person_index import bulk_insert_mode
from deskapp.models.sql.bulk_insert import indexed_at_the_end
from deskapp.services.accounts import hash_password
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.demo import data as dd
from deskapp.services.demo.activities import _activities
from deskapp.services.demo.generator import (
    DEMO_PASSWORD,
    DemoSummary,
    Progress,
    _DemoDesk,
    _Generator,
)
from deskapp.services.demo.network import _network
from deskapp.services.demo.people import _persons, _skills_and_needs
from deskapp.services.demo.projects import _projects
from deskapp.services.demo.resources import _catalogue_figures, _resources


def _ensure_empty(s: Session) -> None:
    if s.scalar(select(func.count()).select_from(Operator)):
        # The demo's accounts share a password printed on the screen: in a registry that
        # is already set up they would be a way in.
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP(
                "Error",
                "This database is already set up (it has accounts): demo data is only "
                "written into a new, empty file, so its accounts with a known password "
                "never enter a real registry. Use a new file (--db).",
            )
        )
    if s.scalar(select(func.count()).select_from(Person)):
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP(
                "Error",
                "This database already holds people: demo data is only written into an "
                "empty registry, so real and invented people never mix. Use a new file "
                "(--db).",
            )
        )


def generate_demo(
    db: Database,
    persons: int,
    seed: int = 1,
    today: dt.date | None = None,
    actor: Actor | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Write a demo registry of ``persons`` people into an empty database."""
    today = today or dt.date.today()
    gen = _Generator(seed, today)
    report = progress or (lambda step, done, total: None)
    with db.write() as s:
        _ensure_empty(s)
        conn = s.connection()
        with large_write(conn, persons * BYTES_PER_PERSON), indexed_at_the_end(conn, BIG_TABLES):
            summary = _fill(s, conn, gen, persons, seed, actor, report)
        report("done", persons, persons)
    return summary


# What the demo writes a person (their records, activities, projects' share, indexes):
# the page cache the write may take (models.bulk.large_write caps it).
BYTES_PER_PERSON = 4096
# The large tables whose plain indexes the demo's rows reach in random order: built once,
# at the end. (The others it fills person after person, so their indexes on person_id
# grow at one end; and the network reads skills by person while it is written.)
BIG_TABLES = ("person", "activity", "project_membership", "stage_transition", "match_outcome")


def _fill(
    s: Session,
    conn: Connection,
    gen: _Generator,
    persons: int,
    seed: int,
    actor: Actor | None,
    report: Progress,
) -> DemoSummary:
    """The demo's records, part by part, on ``s``'s connection."""
    summary = DemoSummary()
    desks, operators, admin = _desks_and_operators(s, gen, summary)
    acting = actor or admin
    report("persons", 0, persons)
    first_id = int(conn.execute(select(func.coalesce(func.max(Person.id), 0))).scalar() or 0) + 1
    with bulk_insert_mode(conn, first_id):
        people = _persons(conn, gen, desks, operators, first_id, persons, summary, report)
    report("skills", persons, persons)
    _skills_and_needs(conn, gen, people, operators, summary)
    resources = _resources(conn, gen, desks, summary)
    _catalogue_figures(conn, gen.today)
    report("projects", persons, persons)
    _projects(conn, gen, desks, operators, people, resources, summary)
    report("activities", persons, persons)
    _activities(conn, gen, people, operators, summary)
    report("network", persons, persons)
    _network(conn, gen, desks, operators, people, summary)
    record_event(
        s,
        acting,
        "person",
        None,
        en.AuditAction.IMPORT,
        detail=f"demo data: {summary.persons} persons, seed {seed}",
    )
    return summary


def _desks_and_operators(
    s: Session, gen: _Generator, summary: DemoSummary
) -> tuple[list[_DemoDesk], dict[int, list[int]], Actor]:
    desks: list[_DemoDesk] = []
    operators: dict[int, list[int]] = {}
    admin: Actor | None = None
    # Every demo account has the demo password; one hash for all (Argon2 takes tens of
    # milliseconds by design, and these accounts guard invented people).
    demo_hash = hash_password(DEMO_PASSWORD)
    existing = {d.name: d for d in s.scalars(select(Desk))}
    desk_ids: dict[str, int] = {}
    for name, org, region, country, language, address, places in dd.DESKS:
        desk = existing.get(name)
        if desk is None:
            desk = Desk(
                name=name,
                organisation=org,
                region=region,
                country=country,
                language=language,
                address=address,
                version=1,
            )
            s.add(desk)
            s.flush()
            summary.desks += 1
        desks.append(_DemoDesk(desk.id, country, region, places))
        desk_ids[name] = desk.id
        gen.desk_language[desk.id] = 0 if country is en.Country.IT else 1
        faker = gen.fakers[country]
        staff = []
        for n in range(gen.rng.randint(2, 3)):
            op_name = f"{faker.first_name()} {faker.last_name()}"
            while s.scalar(select(Operator.id).where(Operator.name == op_name)):
                op_name = f"{faker.first_name()} {faker.last_name()}"
            role = (
                en.OperatorRole.COORDINATOR
                if n == 0 and len(desks) == 1
                else en.OperatorRole.OPERATOR
            )
            op = Operator(
                name=op_name,
                desk_id=desk.id,
                role=role,
                active=True,
                version=1,
                password_hash=demo_hash,
            )
            s.add(op)
            s.flush()
            staff.append(op.id)
            summary.operators += 1
        operators[desk.id] = staff
    # An administrator on each side, named in the desk's language; the Italian one acts
    # for the demo (the audit's "demo data" event).
    admins = []
    for admin_name, desk_name in dd.DEMO_ADMINISTRATORS:
        admin_row = s.scalar(select(Operator).where(Operator.name == admin_name))
        if admin_row is None:
            admin_row = Operator(
                name=admin_name,
                desk_id=desk_ids[desk_name],
                role=en.OperatorRole.ADMINISTRATOR,
                active=True,
                version=1,
                password_hash=demo_hash,
            )
            s.add(admin_row)
            s.flush()
            summary.operators += 1
        admins.append(admin_row)
    admin_row = admins[0]
    admin = Actor(admin_row.id, admin_row.name, admin_row.role, admin_row.desk_id, en.Country.IT)
    return desks, operators, admin
