"""Eight PCs on one PostgreSQL registry at once (issue 15).

8 processes x 200 operations, started together against a real server, each with its own
engine, connected as the desks' role (``db grant``): edits of the same people (each from
the version it read), new people drawn from a small shared set of codici fiscali (so
most are registered twice or more at the same moment), stage moves of the same
projects, and small imports (half of them carrying a codice fiscale the others are
registering). Then, from the logs of what each process was told:

- every refused operation was refused in words (a ConflictError, the codice fiscale's
  "already belongs to", an import's row errors); nothing else went wrong;
- nothing was overwritten silently: each record's accepted saves have the versions
  2, 3, ... one each, its final version is the last of them, its final value the one
  that save wrote;
- the counts are exact: people = seeded + created + imported, one per codice fiscale;
- the audit trail holds one event per accepted operation, and its chain verifies from
  the first event, without a fork (no two events chained to the same one).

PostgreSQL only (SQLite lets one writer at a time hold the file, by design). One test,
so an xdist run gives it to one worker, with that worker's server. About 30-50 s.
"""

from __future__ import annotations

import json
import multiprocessing
import random
from collections import Counter, defaultdict

import pytest
from codicefiscale import codicefiscale
from sqlalchemy import func, select

from deskapp.models import AuditEvent, EnterpriseProject, Person
from deskapp.models.audit_chain import chain_query, verify_chain
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.models.migrate import open_server_database
from deskapp.models.sql.roles import grant_application_role
from deskapp.services import persons, projects
from deskapp.services.organisation import initialise
from tests.conftest import person_data
from tests.pg_roles import owned_registry
from tests.services.pg_concurrency_worker import ADMIN, Plan, run

pytestmark = pytest.mark.slow

PROCESSES = 8
OPERATIONS = 200
EDITED_PEOPLE = 12
MOVED_PROJECTS = 6
SHARED_CODES = 120

SURNAMES = ["Rossi", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
            "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano"]  # fmt: skip
NAMES = ["Marco", "Giulia", "Luca", "Sara", "Paolo", "Chiara", "Andrea", "Elena", "Davide",
         "Marta", "Stefano", "Anna", "Matteo", "Laura", "Simone", "Irene"]  # fmt: skip
PROJECT = {
    "title": "Officine Riunite",
    "kind": "wbo",
    "origin_company_name": "Officine Meccaniche Piombinesi",
    "origin_company_vat": "IT00743110157",
    "sector_code": "25.62",
}


def _people(count: int, rng: random.Random) -> list[list[str]]:
    """``count`` different people with their real codici fiscali."""
    found: dict[str, list[str]] = {}
    while len(found) < count:
        family, given = rng.choice(SURNAMES), rng.choice(NAMES)
        female = NAMES.index(given) % 2 == 1
        born = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1950, 2004)}"
        code = codicefiscale.encode(
            lastname=family, firstname=given, gender="F" if female else "M",
            birthdate=born, birthplace="Genova",
        )  # fmt: skip
        found.setdefault(code, [family, given, code])
    return list(found.values())


def _seed(url: str) -> tuple[list[int], dict[int, tuple[int, str]]]:
    """The people every process edits and the projects every process moves (with their
    version and stage after the seeding)."""
    db = Database(url)
    try:
        actor = initialise(
            db,
            desk={"name": "Antenna Genova", "region": "liguria", "country": "IT",
                  "language": "it"},
            administrator={"name": ADMIN},
        )  # fmt: skip
        people = [
            persons.create_person(
                db,
                actor,
                person_data(
                    codice_fiscale="", given_name=f"Condiviso{i}", sex="M", birth_date="1980-04-03"
                ),
            ).id
            for i in range(EDITED_PEOPLE)
        ]
        moved: dict[int, tuple[int, str]] = {}
        for i in range(MOVED_PROJECTS):
            project = projects.create_project(db, actor, {**PROJECT, "title": f"Officine {i}"})
            projects.add_member(db, actor, project, {"person_id": people[i], "role": "promoter"})
            row = projects.get_project(db, project)
            moved[project] = (row.version, row.stage.value)
        return people, moved
    finally:
        db.dispose()


def test_eight_processes_at_once_lose_no_write_and_fork_no_chain(postgres_server, tmp_path):
    rng = random.Random(15)
    shared = _people(SHARED_CODES, rng)
    own = _people(PROCESSES * OPERATIONS // 2, rng)
    own = [p for p in own if p[2] not in {c for _, _, c in shared}]
    per_worker = len(own) // PROCESSES
    with owned_registry(postgres_server) as registry:
        owner, _ = open_server_database(registry.owner_url, create=True)
        try:
            with owner.engine.begin() as conn:
                grant_application_role(conn, registry.app)
        finally:
            owner.dispose()
        people, moved = _seed(registry.owner_url)
        db = Database(registry.owner_url)
        try:
            with db.read() as s:
                persons_before = s.scalar(select(func.count()).select_from(Person))
                last_event = s.scalar(select(func.max(AuditEvent.id)))

            context = multiprocessing.get_context("spawn")
            start = context.Event()
            workers = [
                context.Process(
                    target=run,
                    args=(
                        Plan(
                            registry.app_url,
                            n,
                            OPERATIONS,
                            1000 + n,
                            people,
                            list(moved),
                            shared,
                            own[n * per_worker : (n + 1) * per_worker],
                            str(tmp_path),
                        ),  # fmt: skip
                        start,
                    ),
                )
                for n in range(PROCESSES)
            ]
            for worker in workers:
                worker.start()
            start.set()
            for worker in workers:
                worker.join(timeout=300)
                assert worker.exitcode == 0, f"a worker ended with {worker.exitcode}"
            logs = [
                json.loads((tmp_path / f"worker-{n}.json").read_text("utf-8"))
                for n in range(PROCESSES)
            ]
            for n, written in enumerate(logs):  # shown with -s, and when it fails
                print(f"process {n}: {written['seconds']} s, slowest {written['slowest']}")
            log = [entry for written in logs for entry in written["log"]]
            _check(db, log, people, moved, persons_before, last_event)
        finally:
            db.dispose()


def _check(db, log, people, moved, persons_before, last_event):  # noqa: ANN001, ANN202
    errors = [entry for entry in log if entry[0] == "error"]
    assert not errors, "\n".join(f"{e[1]}: {e[2]}\n{e[3]}" for e in errors[:3])
    kinds = Counter(entry[0] for entry in log)
    assert sum(kinds.values()) == PROCESSES * OPERATIONS
    # Each kind of race was run, and lost at least once.
    for kind in ("edit", "edit lost", "create", "create refused", "move", "move lost", "import"):
        assert kinds[kind] > 0, kinds

    with db.read() as s:
        final_people = {
            p.id: (p.version, p.municipality)
            for p in s.scalars(select(Person).where(Person.id.in_(people)))
        }
        final_projects = {
            p.id: (p.version, p.stage.value)
            for p in s.scalars(select(EnterpriseProject).where(EnterpriseProject.id.in_(moved)))
        }
        holders: dict[str, int] = {
            code: person_id
            for code, person_id in s.execute(
                select(Person.codice_fiscale, Person.id).where(Person.codice_fiscale.is_not(None))
            )
        }
        persons_after = s.scalar(select(func.count()).select_from(Person))
        events = Counter(
            (entity, action)
            for entity, action in s.execute(
                select(AuditEvent.entity, AuditEvent.action).where(AuditEvent.id > last_event)
            )
        )

    # Edits: one accepted save per version, the last one's value kept.
    accepted: dict[int, dict[int, str]] = defaultdict(dict)
    for _, person_id, version, value in (e for e in log if e[0] == "edit"):
        assert version not in accepted[person_id], f"two saves of person {person_id} as v{version}"
        accepted[person_id][version] = value
    for person_id in people:
        saves = accepted[person_id]
        version, value = final_people[person_id]
        assert sorted(saves) == list(range(2, version + 1)), person_id
        if saves:
            assert value == saves[version]

    # Stage moves: the same, from the version the seeding left.
    moves: dict[int, dict[int, str]] = defaultdict(dict)
    for _, project_id, version, stage in (e for e in log if e[0] == "move"):
        assert version not in moves[project_id]
        moves[project_id][version] = stage
    for project_id, (seeded_version, seeded_stage) in moved.items():
        version, stage = final_projects[project_id]
        assert sorted(moves[project_id]) == list(range(seeded_version + 1, version + 1))
        assert stage == (moves[project_id][version] if moves[project_id] else seeded_stage)

    # New people: each codice fiscale once, registered by the save that was told so.
    created = {code: person_id for _, person_id, code in (e for e in log if e[0] == "create")}
    assert len(created) == kinds["create"], "a codice fiscale was accepted twice"
    imported = [e for e in log if e[0] == "import"]
    imported_codes = [code for e in imported for code in e[2]]
    assert all(e[1] == len(e[2]) for e in imported)
    assert not set(created) & set(imported_codes)
    # (The column is unique: the dict holds every row.)
    assert set(holders) == set(created) | set(imported_codes)
    for code, person_id in created.items():
        assert holders[code] == person_id  # the id the save answered with
    for entry in (e for e in log if e[0] == "create refused"):
        assert entry[2] is not None  # the refusal named the person who has it
    assert persons_after == persons_before + len(created) + len(imported_codes)

    # The trail: one event per accepted operation, and one chain.
    assert events[("person", AuditAction.UPDATE)] == kinds["edit"]
    assert events[("person", AuditAction.CREATE)] == len(created) + len(imported_codes)
    assert events[("consent", AuditAction.CREATE)] == len(created)
    assert events[("enterprise_project", AuditAction.STAGE)] == kinds["move"]
    assert events[("person", AuditAction.IMPORT)] == len(imported)
    assert sum(events.values()) == (
        kinds["edit"] + 2 * len(created) + len(imported_codes) + kinds["move"] + len(imported)
    )
    with db.engine.connect() as conn:
        rows = list(conn.execute(chain_query()))
    checked, broken = verify_chain(rows)
    assert broken is None and checked == len(rows)
    assert len({r.prev_hash for r in rows}) == len(rows), "two events chained to one"
