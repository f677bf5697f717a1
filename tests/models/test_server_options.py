"""A server address's own ``?options=`` reach the server beside deskapp's lock timeout."""

from __future__ import annotations

from urllib.parse import quote

from deskapp.models.database import BUSY_TIMEOUT_MS, Database


def test_the_administrators_options_are_kept_beside_the_lock_timeout(postgres_url):
    options = quote("-c statement_timeout=12345")
    db = Database(f"{postgres_url}&options={options}")
    try:
        with db.engine.connect() as conn:
            statement = conn.exec_driver_sql("SHOW statement_timeout").scalar()
            lock = conn.exec_driver_sql("SHOW lock_timeout").scalar()
    finally:
        db.dispose()
    assert statement == "12345ms"
    assert lock == f"{BUSY_TIMEOUT_MS}ms" or lock == f"{BUSY_TIMEOUT_MS // 1000}s"
