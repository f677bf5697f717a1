"""A throwaway PostgreSQL server for the tests, from the Debian package's binaries.

Not a test module: ``tests/conftest.py`` starts one server per pytest process (each
xdist worker has its own; two servers of a few MB start in about two seconds, which is
simpler and sturdier than sharing one through a file lock). The server

- lives in a temporary folder owned by an unprivileged user (PostgreSQL refuses to run
  as root, and CI runs as root: there the ``postgres`` account of the Debian package
  runs it);
- listens on a Unix socket in that folder only (``listen_addresses=''``): no port,
  nothing reachable from the network, no clash between parallel runs;
- runs with ``fsync=off``: its data is thrown away at the end, speed matters more;
- trusts its local socket (the folder is private to the server's user and root).

``python -m tests.postgres_server`` starts one and prints its URL until Enter is
pressed, for trying things by hand.
"""

from __future__ import annotations

import atexit
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

SUPERUSER = "deskapp_test"
SOCKET_PORT = 5432  # names the socket file (.s.PGSQL.5432); no TCP port is opened


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL binaries on this machine."""


def find_bindir() -> Path | None:
    """The folder of initdb, pg_ctl and postgres: PG_BINDIR, then the newest Debian
    package (/usr/lib/postgresql/N/bin), then the PATH."""
    chosen = os.environ.get("PG_BINDIR")
    if chosen:
        return Path(chosen) if (Path(chosen) / "initdb").exists() else None
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if versions:
        return versions[-1].parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _server_account() -> pwd.struct_passwd | None:
    """Who runs the server: None for this process's own user; as root, the Debian
    package's ``postgres`` account (or ``nobody``)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise PostgresUnavailable("running as root, and no unprivileged account to run PostgreSQL")


class PostgresServer:
    """One server in its own temporary folder: ``start()``, ``url(dbname)``, ``stop()``."""

    def __init__(self, bindir: Path | None = None) -> None:
        found = bindir or find_bindir()
        if found is None:
            raise PostgresUnavailable(
                "PostgreSQL's binaries (initdb, pg_ctl) were not found: install the Debian "
                "package 'postgresql' (scripts/setup.sh does with EXTRAS=test) or set PG_BINDIR"
            )
        self.bindir = found
        self.account = _server_account()
        self.folder: Path | None = None

    @property
    def socket_dir(self) -> Path:
        assert self.folder is not None
        return self.folder

    def _run(self, *args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        extra: dict[str, Any] = {}
        if self.account is not None:
            extra = {"user": self.account.pw_uid, "group": self.account.pw_gid}
        return subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            capture_output=True,
            text=True,
            check=False,
            # The server's own environment: no PGDATA, PGHOST... of the caller.
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8"},
            cwd="/",
            **extra,
            **kwargs,
        )

    def start(self) -> PostgresServer:
        folder = Path(tempfile.mkdtemp(prefix="deskapp-pg-"))
        self.folder = folder
        if self.account is not None:
            os.chown(folder, self.account.pw_uid, self.account.pw_gid)
        data = folder / "data"
        done = self._run(
            "initdb",
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        if done.returncode != 0:
            self._remove()
            raise RuntimeError(f"initdb failed: {done.stderr.strip() or done.stdout.strip()}")
        options = " ".join(
            (
                "-c listen_addresses=''",
                f"-c unix_socket_directories='{folder}'",
                f"-c port={SOCKET_PORT}",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=60",
                "-c shared_buffers=32MB",
            )
        )
        done = self._run(
            "pg_ctl", "-D", str(data), "-l", str(folder / "server.log"), "-o", options, "-w",
            "-t", "60", "start",
        )  # fmt: skip
        if done.returncode != 0:
            log = (folder / "server.log").read_text(errors="replace")[-2000:]
            self._remove()
            raise RuntimeError(f"PostgreSQL did not start: {done.stderr.strip()}\n{log}")
        atexit.register(self.stop)
        return self

    def url(self, dbname: str = "postgres") -> str:
        """A SQLAlchemy URL of ``dbname`` on this server, through its socket."""
        return f"postgresql+psycopg://{SUPERUSER}@/{dbname}?host={self.socket_dir}"

    def stop(self) -> None:
        if self.folder is None:
            return
        data = self.folder / "data"
        if (data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop")
        self._remove()

    def _remove(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


if __name__ == "__main__":  # pragma: no cover - by hand
    server = PostgresServer().start()
    print(server.url())
    try:
        input("PostgreSQL is running; Enter stops it. ")
    finally:
        server.stop()
