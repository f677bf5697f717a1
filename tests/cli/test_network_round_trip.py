"""`deskapp export organisations|openings` then `deskapp import organisations|openings`
of those files into a new database gives the same organisations and openings, as .csv
and as .xlsx (issue 18): every field, every contact, the supply chain, an inactive
organisation, a closed or filled opening."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from deskapp.cli import main
from deskapp.models import Opening, Organisation, SupplyChain
from deskapp.models.database import Database
from deskapp.services import openings, organisations
from deskapp.services.actor import resolve_actor
from tests.services.test_network import firm

DAY = dt.date(2027, 3, 1)


def init(path):
    assert (
        main(
            ["--db", str(path), "init", "--desk", "Antenna Genova", "--region", "liguria",
             "--admin", "Anna Bianchi"]
        )
        == 0
    )  # fmt: skip


def run(path, *words):
    return main(["--db", str(path), "--operator", "Anna Bianchi", *words])


def fill(path):
    db = Database.at_path(path)
    try:
        admin = resolve_actor(db, "Anna Bianchi")
        with db.read() as s:
            nautical = s.scalar(select(SupplyChain.id).where(SupplyChain.code == "nautical"))
        yard = organisations.create_organisation(
            db,
            admin,
            {
                **firm(),
                "supply_chain_id": nautical,
                "email": "info@tigullio.example",
                "website": "https://tigullio.example",
                "notes": "Visita il 3 marzo;\nrichiamare",
                "activities": 'Refitting; "yacht" d\'epoca',
            },
            contacts=[
                {"name": "Giulia Parodi", "role": "Titolare", "phone": "+39 0185 123456"},
                {"name": "Marco Neri", "role": "Capo cantiere", "email": "marco@tigullio.example"},
            ],
        )
        hotel = organisations.create_organisation(
            db,
            admin,
            firm(name="Hôtel des Îles", sector_code="55.10", country="FR",
                 municipality="Ajaccio", company_number="732829320", size=None, phone="",
                 seeks="", activities=""),
        )  # fmt: skip
        organisations.create_organisation(
            db,
            admin,
            firm(name="Rete Blu", kind="network", sector_code="", company_number="",
                 size=None, phone="", seeks="", activities="", active=False),
        )  # fmt: skip
        openings.create_opening(
            db, admin, yard,
            {"title": "Saldatore", "skills": "saldatura TIG", "level": "advanced",
             "municipality": "Lavagna", "starts_on": DAY, "until": DAY + dt.timedelta(days=90),
             "posts": 3, "filled": 1, "notes": "turni"},
        )  # fmt: skip
        openings.create_opening(db, admin, yard, {"title": "Verniciatore", "closed": True})
        openings.create_opening(db, admin, hotel, {"title": "Cuisinier", "posts": 1, "filled": 1})
    finally:
        db.dispose()


def snapshot(path):
    db = Database.at_path(path)
    try:
        with db.read() as s:
            chains = dict(s.execute(select(SupplyChain.id, SupplyChain.code)).all())
            orgs = []
            for o in s.scalars(select(Organisation).order_by(Organisation.id)):
                orgs.append(
                    (
                        o.name, o.kind, o.sector_code, o.nace_code, chains.get(o.supply_chain_id),
                        o.country, o.municipality, o.size, o.activities, o.seeks,
                        o.company_number, o.email, o.phone, o.website, o.notes, o.active,
                        [(c.name, c.role, c.email, c.phone) for c in o.contacts],
                    )
                )  # fmt: skip
            opens = [
                (
                    o.organisation.name,
                    o.title,
                    o.skills,
                    o.level,
                    o.municipality,
                    o.starts_on,
                    o.until,
                    o.posts,
                    o.filled,
                    o.closed,
                    o.notes,
                )  # fmt: skip
                for o in s.scalars(select(Opening).order_by(Opening.id))
            ]
        return orgs, opens
    finally:
        db.dispose()


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_organisations_and_openings_come_back_the_same(tmp_path, monkeypatch, capsys, suffix):
    monkeypatch.delenv("DESKAPP_DB", raising=False)
    source, target = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    init(source)
    fill(source)
    orgs_file, openings_file = tmp_path / f"orgs.{suffix}", tmp_path / f"openings.{suffix}"
    assert run(source, "export", "organisations", "--format", suffix, "-o", str(orgs_file)) == 0
    assert run(source, "export", "openings", "--format", suffix, "-o", str(openings_file)) == 0
    init(target)
    capsys.readouterr()
    assert run(target, "import", "organisations", str(orgs_file)) == 0, capsys.readouterr().err
    assert "3 organisations imported" in capsys.readouterr().out
    assert run(target, "import", "openings", str(openings_file)) == 0, capsys.readouterr().err
    assert "3 openings imported" in capsys.readouterr().out
    before, after = snapshot(source), snapshot(target)
    assert after[0] == before[0]
    assert after[1] == before[1]
    # The same openings file again would duplicate them: it is a file of new openings,
    # and says which line names an organisation the registry does not have.
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "organisation;company_number;title\nNessuna S.r.l.;;Cuoco\n;00743110157;Elettricista\n",
        encoding="utf-8",
    )
    assert run(target, "import", "openings", str(bad)) == 1
    err = capsys.readouterr().err
    assert "line 2, organisation: no organisation is called 'Nessuna S.r.l.'" in err
    assert "line 3" not in err
    assert snapshot(target)[1] == before[1]  # nothing written


def test_a_contact_alone_on_the_first_line_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("DESKAPP_DB", raising=False)
    path = tmp_path / "a.sqlite"
    init(path)
    orgs = tmp_path / "orgs.csv"
    orgs.write_text(
        "name;kind;country;contact_name;contact_email\n"
        ";;;Giulia Parodi;\n"
        "Rete Blu;network;IT;Marco Neri;\n"
        ";;;Anna Verdi;non-una-email\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert run(path, "import", "organisations", str(orgs)) == 1
    err = capsys.readouterr().err
    assert "line 2, contact_name: a line with only a contact adds a contact to the" in err
    assert "line 4, contact_email:" in err
    assert "line 3" not in err
    assert snapshot(path) == ([], [])
