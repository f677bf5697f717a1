"""A second throwaway PostgreSQL server, for what the shared one (tests/postgres_server.py)
must not do: ask for a password, and stop and start again in the middle of a test.

Not a test module. The server keeps its own settings in postgresql.auto.conf (ALTER
SYSTEM), so ``halt()`` then ``resume()`` bring it back on the same socket with the same
data, as a server restarted by its administrator. The role ``deskapp_pw`` logs in with
a password (scram-sha-256) and owns the database ``registry``; the superuser keeps
trusting the socket, to set things up and to terminate backends.
"""

from __future__ import annotations

from sqlalchemy import create_engine

from tests.postgres_server import SUPERUSER, PostgresServer

ROLE = "deskapp_pw"
PASSWORD = "Porto-Antico-2026"
DATABASE = "registry"


class TroubleServer:
    def __init__(self) -> None:
        self.server = PostgresServer().start()
        self._admin(
            f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'",
            f"CREATE DATABASE {DATABASE} OWNER {ROLE}",
            "ALTER SYSTEM SET listen_addresses = ''",
            f"ALTER SYSTEM SET unix_socket_directories = '{self.server.socket_dir}'",
            "ALTER SYSTEM SET fsync = off",
        )
        hba = self.server.socket_dir / "data" / "pg_hba.conf"
        hba.write_text(f"local all {ROLE} scram-sha-256\n" + hba.read_text())
        self._ctl("reload")

    def _ctl(self, *args: str) -> None:
        data = str(self.server.socket_dir / "data")
        log = str(self.server.socket_dir / "server.log")
        done = self.server._run("pg_ctl", "-D", data, "-l", log, "-w", "-t", "60", *args)
        assert done.returncode == 0, done.stderr

    def _admin(self, *statements: str) -> None:
        engine = create_engine(self.server.url(), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                for statement in statements:
                    conn.exec_driver_sql(statement)
        finally:
            engine.dispose()

    def address(self) -> str:
        """The address an operator types: the role, no password."""
        return f"postgresql://{ROLE}@/{DATABASE}?host={self.server.socket_dir}"

    def superuser_url(self, dbname: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/{dbname}?host={self.server.socket_dir}"

    def terminate_backends(self) -> None:
        """Cut every connection deskapp holds to the registry, as a network gone would."""
        self._admin(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{DATABASE}' AND pid <> pg_backend_pid()"
        )

    def halt(self) -> None:
        self._ctl("-m", "fast", "stop")

    def resume(self) -> None:
        self._ctl("start")

    def stop(self) -> None:
        self.server.stop()
