"""Every role against every guarded action, through the services themselves (not the
GUI): what is allowed works, what is not is refused with PermissionDeniedError and
writes nothing."""

from __future__ import annotations

import pytest

from deskapp.errors import PermissionDeniedError
from deskapp.reports.dossier import person_dossier, person_dossiers
from deskapp.reports.exports import export_table
from deskapp.services import (
    audit_trail,
    backups,
    business_plans,
    funding_catalogue,
    gdpr,
    operator_accounts,
    persons,
    projects,
)
from deskapp.services.actor import resolve_actor
from deskapp.services.importing import import_persons
from deskapp.services.organisation import create_desk, create_operator
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines

ROLES = ("operator", "coordinator", "administrator")


@pytest.fixture
def world(db, admin, tmp_path):
    """Two desks; on each an operator and a coordinator; a person and a project on the
    second desk."""
    other = create_desk(
        db,
        admin,
        {"name": "Antenna Cagliari", "region": "sardegna", "country": "IT", "language": "it"},
    )
    actors = {"administrator": admin}
    for role in ("operator", "coordinator"):
        create_operator(db, admin, {"name": f"Genova {role}", "role": role}, "Tramonto-sul-molo")
        create_operator(
            db,
            admin,
            {"name": f"Cagliari {role}", "role": role, "desk_id": other},
            "Tramonto-sul-molo",
        )
        actors[role] = resolve_actor(db, f"Genova {role}")
        actors[f"cagliari {role}"] = resolve_actor(db, f"Cagliari {role}")
    person = persons.create_person(db, admin, person_data(), desk_id=other).id
    project = projects.create_project(
        db, actors["cagliari operator"], {"title": "Coop", "kind": "new_cooperative"}
    )
    source = tmp_path / "p.csv"
    source.write_text(
        "family_name;given_name;employment_status;consent_legal_basis;consent_notice_version;"
        "sex;birth_date\nVerdi;Anna;unemployed;public_task;2026-01;F;1980-01-01\n",
        "utf-8",
    )
    return {
        "actors": actors,
        "person": person,
        "project": project,
        "source": source,
        "out": tmp_path,
    }


# action -> the roles allowed (on another desk's records where it applies)
MATRIX = {
    "export registry": {"coordinator", "administrator"},
    "import registry": {"coordinator", "administrator"},
    "batch of dossiers": {"coordinator", "administrator"},
    "dossier of another desk's person": {"coordinator", "administrator"},
    "edit another desk's person": {"administrator"},
    "edit another desk's project": {"administrator"},
    "another desk's business plan": {"administrator"},
    "funding catalogue": {"coordinator", "administrator"},
    "supply chains": {"coordinator", "administrator"},
    "create an operator": {"administrator"},
    "anonymise a person": {"administrator"},
    "change an account": {"administrator"},
    "unlock an account": {"administrator"},
    "read the audit trail": {"administrator"},
    "back up the database by hand": {"administrator"},
    "restore a backup": {"administrator"},
}


def _do(action, actor, w, db):
    person, project, out = w["person"], w["project"], w["out"]
    admin = w["actors"]["administrator"]
    if action == "export registry":
        export_table(db, actor, "persons", out / f"{actor.name}.csv")
    elif action == "import registry":
        import_persons(db, actor, w["source"], dry_run=True)
    elif action == "batch of dossiers":
        person_dossiers(db, actor, [person], out / f"batch-{actor.name}")
    elif action == "dossier of another desk's person":
        person_dossier(db, actor, person, out / f"d-{actor.name}.pdf")
    elif action == "edit another desk's person":
        persons.add_skill(db, actor, person, {"description": "Saldatura"})
    elif action == "edit another desk's project":
        projects.add_funding_application(db, actor, project, {"instrument": "grant"})
    elif action == "another desk's business plan":
        plan = business_plans.load_plan(db, project)
        business_plans.save_plan(db, actor, project, plan.version, plan.plan)
    elif action == "funding catalogue":
        funding_catalogue.create_entry(
            db, actor, {"name": f"Bando {actor.name}", "instrument": "grant"}
        )
    elif action == "supply chains":
        from deskapp.services.organisations import create_chain

        code = actor.name.lower().replace(" ", "_")
        create_chain(db, actor, {"code": code, "name_it": code, "name_fr": code, "name_en": code})
    elif action == "create an operator":
        create_operator(
            db, actor, {"name": f"Nuovo {actor.name}", "role": "operator"}, "Tramonto-sul-molo"
        )
    elif action in ("change an account", "unlock an account"):
        target = resolve_actor(db, "Cagliari operator").operator_id
        row = next(r for r in operator_accounts.account_rows(db, admin) if r.id == target)
        if action == "unlock an account":
            operator_accounts.unlock_operator(db, actor, target)
        else:
            operator_accounts.update_operator(
                db,
                actor,
                target,
                row.version,
                {"name": row.name, "role": "coordinator", "desk_id": row.desk_id},
            )
    elif action == "read the audit trail":
        audit_trail.event_rows(db, actor, audit_trail.AuditFilter(person_id=person))
        audit_trail.count_events(db, actor, audit_trail.AuditFilter())
    elif action == "back up the database by hand":
        backups.back_up_now(db, actor, out / f"copy-{actor.name}.sqlite")
    elif action == "restore a backup":
        copy = out / "to-restore.sqlite"
        if not copy.exists():
            backups.back_up_now(db, admin, copy)
        db.dispose()
        backups.restore_backup(actor, db.path, copy)
    elif action == "anonymise a person":
        extra = persons.create_person(
            db,
            w["actors"]["administrator"],
            person_data(
                codice_fiscale="",
                given_name=actor.name.replace(" ", ""),
                sex="F",
                birth_date="1990-02-02",
                phone="",
                email="",
            ),
        ).id
        gdpr.erase_person(db, actor, extra)


# What deskapp does only to a database file (a server's are its administrator's).
FILE_ONLY = {"back up the database by hand", "restore a backup"}


@pytest.mark.parametrize("action", sorted(MATRIX))
@pytest.mark.parametrize("role", ROLES)
def test_role_matrix(db, world, role, action):
    actor = world["actors"][role]  # on the Genova desk; the records are Cagliari's
    if db.is_postgresql and action in FILE_ONLY:
        pytest.skip("backups and restores of a server database are the server's job")
    if role in MATRIX[action]:
        _do(action, actor, world, db)
    else:
        with pytest.raises(PermissionDeniedError):
            _do(action, actor, world, db)


def test_operators_work_on_their_own_desk(db, world):
    own = world["actors"]["cagliari operator"]
    persons.add_skill(db, own, world["person"], {"description": "Saldatura"})
    projects.add_funding_application(db, own, world["project"], {"instrument": "grant"})
    person_dossier(db, own, world["person"], world["out"] / "own.pdf")
