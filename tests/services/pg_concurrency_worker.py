"""One of the processes of tests/services/test_pg_concurrency.py: its own engine, as the
desks' role, doing ``operations`` random operations on the shared registry once every
process is ready, and writing a log of what the server accepted and what it refused.

Not a test module. Run in a process of the 'spawn' context (no state shared with the
test's process but the arguments).
"""

from __future__ import annotations

import json
import random
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from deskapp.errors import ConflictError, DuplicatePersonError, ImportFailed
from deskapp.models.database import Database
from deskapp.models.enums import Stage
from deskapp.models.identifiers import check_codice_fiscale
from deskapp.services import persons, projects
from deskapp.services.actor import resolve_actor
from deskapp.services.importing import RegisteredMeanwhile, import_persons

ADMIN = "Anna Bianchi"
IMPORT_HEADER = "family_name;given_name;employment_status;codice_fiscale;consent_legal_basis;consent_notice_version"


@dataclass(frozen=True)
class Plan:
    url: str
    worker: int
    operations: int
    seed: int
    people: list[int]  # edited by every process at once
    projects: list[int]  # moved by every process at once
    shared_codes: list[list[str]]  # (family, given, codice fiscale): new people, shared
    own_codes: list[list[str]]  # this process's alone, for its imports
    folder: str


def run(plan: Plan, start: Any) -> None:
    log: list[list[Any]] = []
    slowest: list[tuple[float, str]] = []
    seconds = 0.0
    out = Path(plan.folder) / f"worker-{plan.worker}.json"
    db = Database(plan.url)
    try:
        actor = resolve_actor(db, ADMIN)
        rng = random.Random(plan.seed)
        own = iter(plan.own_codes)
        # What a first save loads (the codice fiscale's tables...) before the start, so
        # that the processes do start together.
        check_codice_fiscale(plan.shared_codes[0][2])
        start.wait(timeout=120)
        began = time.monotonic()
        for i in range(plan.operations):
            roll = rng.random()
            before = time.monotonic()
            try:
                if roll < 0.40:
                    log.append(_edit(db, actor, rng.choice(plan.people), f"w{plan.worker}-{i}"))
                elif roll < 0.65:
                    log.append(_create(db, actor, rng.choice(plan.shared_codes)))
                elif roll < 0.87:
                    log.append(_move(db, actor, rng.choice(plan.projects)))
                else:
                    rows = [next(own), next(own)]
                    if rng.random() < 0.5:  # one already registered, or being registered
                        rows.append(rng.choice(plan.shared_codes))
                    log.append(_import(db, actor, rows, Path(plan.folder), plan.worker, i))
            except Exception as exc:  # noqa: BLE001 - reported to the test, which fails
                log.append(["error", type(exc).__name__, str(exc)[:300], traceback.format_exc()])
            slowest.append((round(time.monotonic() - before, 3), log[-1][0]))
        slowest.sort(reverse=True)
        seconds = round(time.monotonic() - began, 1)
    finally:
        db.dispose()
        out.write_text(
            json.dumps({"log": log, "seconds": seconds, "slowest": slowest[:5]}), encoding="utf-8"
        )


def _edit(db: Database, actor: Any, person_id: int, value: str) -> list[Any]:
    person = persons.get_person(db, person_id)
    data = persons.person_as_input(person)
    data["municipality"] = value
    try:
        saved = persons.update_person(db, actor, person_id, person.version, data)
    except ConflictError:
        return ["edit lost", person_id]
    return ["edit", person_id, saved.version, value]


def _create(db: Database, actor: Any, who: list[str]) -> list[Any]:
    family, given, code = who
    data = {
        "family_name": family,
        "given_name": given,
        "codice_fiscale": code,
        "employment_status": "unemployed",
        "consent": {"legal_basis": "public_task", "notice_version": "2026-01"},
    }
    try:
        saved = persons.create_person(db, actor, data)
    except DuplicatePersonError as exc:
        return ["create refused", code, exc.existing_person_id]
    return ["create", saved.id, code]


def _move(db: Database, actor: Any, project_id: int) -> list[Any]:
    project = projects.get_project(db, project_id)
    target = Stage.INTAKE if project.stage is Stage.IDEA else Stage.IDEA
    note = "back to intake" if target is Stage.INTAKE else ""
    try:
        version = projects.move_project(db, actor, project_id, project.version, target, note)
    except ConflictError:
        return ["move lost", project_id]
    return ["move", project_id, version, target.value]


def _import(
    db: Database, actor: Any, rows: list[list[str]], folder: Path, worker: int, op: int
) -> list[Any]:
    path = folder / f"import-{worker}-{op}.csv"
    lines = [IMPORT_HEADER]
    lines += [f"{f};{g};unemployed;{c};public_task;2026-01" for f, g, c in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    codes = [c for _, _, c in rows]
    try:
        result = import_persons(db, actor, path)
    except (ImportFailed, RegisteredMeanwhile):
        return ["import refused", codes]
    return ["import", result.written, codes]
