"""Desks and a coordinator for the consolidation tests."""

from __future__ import annotations

from pathlib import Path

from deskapp.models.database import Database
from deskapp.models.migrate import upgrade_database
from deskapp.services.actor import Actor
from deskapp.services.organisation import initialise
from deskapp.sync.keys import desk_key, trust_desk


def new_desk(
    folder: Path, name: str, region: str = "liguria", country: str = "IT"
) -> tuple[Database, Actor]:
    db = Database.at_path(folder / f"{name.replace(' ', '_')}.sqlite")
    upgrade_database(db)
    actor = initialise(
        db,
        desk={
            "name": name,
            "region": region,
            "country": country,
            "language": "it" if country == "IT" else "fr",
        },
        administrator={"name": f"Admin {name}"},
    )
    return db, actor


def trust(coordinator_db: Database, coordinator: Actor, desk_db: Database, name: str) -> None:
    key = desk_key(desk_db)
    trust_desk(coordinator_db, coordinator, key.text, name, key.fingerprint)
