"""Migration 0013: the sectors of existing projects and skills become NACE codes read
in each list, the legal forms each country's, and nothing else of a project is lost."""

from __future__ import annotations

import sqlite3

from alembic import command

from deskapp.models.database import Database
from deskapp.models.migrate import _alembic_config, open_database


def test_existing_sectors_and_legal_forms_are_converted(tmp_path):
    path = tmp_path / "old.sqlite"
    old = Database.at_path(path)
    with old.engine.begin() as conn:
        config = _alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0012")
    old.dispose()
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        INSERT INTO desk (id, name, organisation, region, country, address, language, version)
        VALUES (1, 'Antenna Genova', '', 'liguria', 'IT', '', 'it', 1),
               (2, 'Antenne Ajaccio', '', 'corse', 'FR', '', 'fr', 1);
        INSERT INTO operator (id, name, desk_id, role, active, email, version)
        VALUES (1, 'Anna Bianchi', 1, 'administrator', 1, '', 1);
        INSERT INTO person (id, desk_id, given_name, family_name, sex, birth_date, birthplace,
            citizenship, address, municipality, postal_code, phone, email,
            employment_status, previous_employer, previous_employer_in_crisis,
            first_contact_date, notes, codice_fiscale, version)
        VALUES (1, 1, 'Mario', 'Rossi', 'M', '1980-04-03', 'Genova', 'IT', '',
            'Sestri Ponente', '', '', '', 'laid_off', '', 1, '2026-11-10', '', '', 1);
        INSERT INTO enterprise_project (id, title, kind, ateco_code, desk_id, lead_operator_id,
            stage, origin_company_name, origin_company_vat, planned_legal_form, closed_reason,
            next_action, notes, version)
        VALUES
            (1, 'Officina', 'wbo', '2562', 1, 1, 'idea', '', '', 'srl', '', '', '', 1),
            (2, 'Atelier', 'wbo', '25.62.00', 2, 1, 'idea', '', '', 'srl', '', '', '', 1),
            (3, 'Pulizie', 'social_cooperative_b', '81.21', 1, 1, 'idea', '', '',
             'social_cooperative', '', '', '', 1),
            (4, 'Nuova', 'new_enterprise', '62.10.00', 2, 1, 'idea', '', '',
             'sole_trader', '', '', '', 1),
            (5, 'Scop', 'wbo', '', 2, 1, 'idea', '', '', 'worker_cooperative', '', '', '', 1),
            (6, 'Coop', 'new_cooperative', '', 1, 1, 'idea', '', '', 'scop', '', '', '', 1);
        INSERT INTO project_membership (id, project_id, person_id, role, capital_pledged,
            capital_paid, tfr_part, naspi_part, version)
        VALUES (1, 1, 1, 'worker_member', 400000, 200000, 0, 0, 1);
        INSERT INTO stage_transition (project_id, from_stage, to_stage, at, operator_id, note)
        VALUES (1, NULL, 'intake', '2026-11-10 09:30:00', 1, '');
        INSERT INTO skill (id, person_id, description, occupation_code, sector, evidence,
            version)
        VALUES (1, 1, 'Saldatore', '', 'Metalmeccanica', 'none', 1),
               (2, 1, 'Tornitore', '', '25 62', 'none', 1),
               (3, 1, 'Educatore', '', 'Servizi sociali', 'none', 1);
        """
    )
    conn.commit()
    conn.close()

    db, result = open_database(path)
    db.dispose()
    assert result is not None and result.changed
    conn = sqlite3.connect(path)
    projects = conn.execute(
        "SELECT id, sector_code, nace_code, planned_legal_form FROM enterprise_project ORDER BY id"
    ).fetchall()
    skills = conn.execute("SELECT id, sector, nace_code FROM skill ORDER BY id").fetchall()
    members = conn.execute("SELECT project_id, capital_pledged FROM project_membership").fetchall()
    stages = conn.execute("SELECT project_id, to_stage FROM stage_transition").fetchall()
    constraint = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'enterprise_project'"
    ).fetchone()[0]
    problems = conn.execute("PRAGMA integrity_check").fetchall()
    conn.close()

    assert projects == [
        (1, "25.62", "25.62", "srl"),  # written as the list writes it; Italian desk
        (2, "25.62.00", "25.62", "sarl"),  # a French desk's "srl" is a SARL
        (3, "81.21", "81.21", "social_cooperative_b"),  # the kind says which type
        (4, "62.10.00", "", "entreprise_individuelle"),  # an ATECO 2025 code: kept as typed
        (5, "", "", "scop"),  # a worker cooperative in France: a SCOP, form not given
        (6, "", "", "scop"),  # on an Italian desk, left as it was
    ]
    assert skills == [
        (1, "Metalmeccanica", ""),  # words stay words
        (2, "25.62", "25.62"),
        (3, "Servizi sociali", ""),
    ]
    # The CHECK constraint was widened in place: the project's members and history are
    # still there (a table copy would have dropped them through ON DELETE CASCADE).
    assert members == [(1, 400000)] and stages == [(1, "intake")]
    assert "'scop_sarl'" in constraint and "'entreprise_individuelle'" in constraint
    assert problems == [("ok",)]
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE enterprise_project SET planned_legal_form = 'gmbh' WHERE id = 1")
        raise AssertionError("the CHECK constraint let an unknown legal form in")
    except sqlite3.IntegrityError:
        pass
    finally:
        conn.close()
