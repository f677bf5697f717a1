"""The ``deskapp`` command: the GUI, and the same services without a screen.

    deskapp                                   start the GUI on the default database
    deskapp init --desk NAME --region R ...   set up a new database (desk, administrator)
    deskapp demo --persons N --seed S         fill an empty database with invented people
    deskapp import persons FILE [--dry-run]   import a registry file (CSV or .xlsx)
    deskapp export persons|projects|activities --format csv|xlsx -o FILE
    deskapp search TEXT                       find people as the desk does
    deskapp db check | db backup -o FILE | db upgrade

``--db PATH`` (or DESKAPP_DB) chooses the database everywhere; ``--operator NAME``
(or DESKAPP_OPERATOR) is who acts, so command-line writes are audited like the GUI's.
A mistake by the user prints one clear line and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from deskapp import __version__
from deskapp.errors import DatabaseError, DeskappError, ImportFailed, NotFoundError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.database import Database
from deskapp.models.enums import Country, Language, Region
from deskapp.models.migrate import open_database
from deskapp.paths import database_path

PASSWORD_ENV = "DESKAPP_PASSWORD"
KEY_ENV = "DESKAPP_KEY"  # the key of an encrypted database (SQLCipher)
OPERATOR_ENV = "DESKAPP_OPERATOR"
EXIT_USER_ERROR = 1
EXIT_DATABASE_REFUSED = 2


class CliError(DeskappError):
    pass


class ProgressBar:
    """A one-line progress bar on a terminal; silent when output goes to a file."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty()
        self.shown = False

    def __call__(self, step: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        width = 30
        filled = int(width * done / total) if total else width
        sys.stderr.write(
            f"\r{self.label} {step:<9} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
        )
        sys.stderr.flush()
        self.shown = True

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.shown:
            sys.stderr.write("\n")


def _actor(db: Database, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from deskapp.services.actor import resolve_actor
    from deskapp.services.organisation import is_initialised

    name = args.operator or os.environ.get(OPERATOR_ENV)
    if not is_initialised(db):
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "This database has no desk and no operator yet: set it up with 'deskapp init' "
                "(or fill a test database with 'deskapp demo').",
            )
        )
    if not name:
        from deskapp.services.organisation import list_operators

        known = ", ".join(op.name for op in list_operators(db)[:10])
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "Say who is acting: --operator NAME or DESKAPP_OPERATOR. Operators: {known}.",
            ),
            known=known,
        )
    from deskapp.services.accounts import has_password, log_in

    if not has_password(db, name):
        return resolve_actor(db, name)  # an account from before passwords: name alone
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "The account '{name}' has a password: give it in DESKAPP_PASSWORD, or "
                    "run the command in a terminal to type it.",
                ),
                name=name,
            )
        import getpass

        password = getpass.getpass(f"Password for {name}: ")
    return log_in(db, name, password).actor


def _key_if_encrypted(path: Path) -> str | None:
    """The key of an encrypted database: DESKAPP_KEY, or typed when asked. None for a
    plain file (a key in the environment is then not used)."""
    from deskapp.models.sqlite_files import is_encrypted

    if not is_encrypted(path):
        return None
    key = os.environ.get(KEY_ENV)
    if key is not None:
        return key
    if not sys.stdin.isatty():
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "{path} is encrypted: give its key in DESKAPP_KEY, or run the command in a "
                "terminal to type it.",
            ),
            path=str(path),
        )
    import getpass

    return getpass.getpass(f"Key of {path.name}: ")


def _new_key() -> str:
    """The key of a database being encrypted: DESKAPP_KEY, or typed twice."""
    from deskapp.models.sqlite_files import require_good_key

    key = os.environ.get(KEY_ENV)
    if key is not None:
        require_good_key(key)
        return key
    if not sys.stdin.isatty():
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "Choose the database key: set DESKAPP_KEY, or run the command in a "
                "terminal to type it.",
            )
        )
    import getpass

    first = getpass.getpass("New key (at least 12 characters; without it the data is lost): ")
    if getpass.getpass("The same again: ") != first:
        raise CliError(QT_TRANSLATE_NOOP("Error", "The two keys differ; nothing was written."))
    require_good_key(first)
    return first


def cmd_gui(args: argparse.Namespace) -> int:
    from deskapp.ui.app import run_gui

    return run_gui(database_path(args.db), args.operator or os.environ.get(OPERATOR_ENV))


def _new_password(name: str) -> str:
    """The first administrator's password: DESKAPP_PASSWORD, or typed twice."""
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "Choose the administrator's password: set DESKAPP_PASSWORD, or run the "
                "command in a terminal to type it.",
            )
        )
    import getpass

    first = getpass.getpass(f"New password for {name} (at least 8 characters): ")
    if getpass.getpass("The same again: ") != first:
        raise CliError(QT_TRANSLATE_NOOP("Error", "The two passwords differ; nothing was written."))
    return first


def cmd_init(args: argparse.Namespace, db: Database) -> int:
    from deskapp.services.organisation import initialise

    actor = initialise(
        db,
        desk={
            "name": args.desk,
            "organisation": args.organisation,
            "region": args.region,
            "country": args.country,
            "language": args.language,
            "address": args.address,
        },
        administrator={"name": args.admin, "email": args.email},
        password=_new_password(args.admin),
    )
    print(f"Desk '{args.desk}' created; administrator '{actor.name}'.")
    return 0


def cmd_demo(args: argparse.Namespace, db: Database) -> int:
    from deskapp.services.demo import DEMO_PASSWORD, generate_demo
    from deskapp.services.organisation import is_initialised

    actor = (
        _actor(db, args)
        if is_initialised(db) and (args.operator or os.environ.get(OPERATOR_ENV))
        else None
    )
    with ProgressBar("demo") as progress:
        summary = generate_demo(
            db, persons=args.persons, seed=args.seed, actor=actor, progress=progress
        )
    print(
        f"Demo data written: {summary.persons} persons, {summary.projects} projects, "
        f"{summary.activities} activities, {summary.funding_applications} funding applications, "
        f"{summary.business_plans} business plans, "
        f"{summary.desks} desks, {summary.operators} operators (seed {args.seed})."
    )
    print(
        "Act as the demo administrator with: --operator 'Amministratore demo' "
        f"(every demo account's password: {DEMO_PASSWORD}; DESKAPP_PASSWORD sets it for "
        "the command line)"
    )
    return 0


def cmd_import(args: argparse.Namespace, db: Database) -> int:
    from deskapp.services.importing import import_persons

    actor = _actor(db, args)
    try:
        with ProgressBar("import") as progress:
            result = import_persons(
                db, actor, Path(args.file), dry_run=args.dry_run, progress=progress
            )
    except ImportFailed as failed:
        for line, column, reason in failed.row_errors:
            print(f"line {line}, {column}: {reason}", file=sys.stderr)
        print(f"deskapp: {failed.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    if result.dry_run:
        print(f"{result.rows} rows checked, no errors; nothing written (--dry-run).")
    else:
        print(f"{result.written} persons imported.")
    return 0


def cmd_export(args: argparse.Namespace, db: Database) -> int:
    from deskapp.reports.exports import export_table

    actor = _actor(db, args)
    count = export_table(db, actor, args.what, Path(args.output), args.format)
    print(f"{count} {args.what} written to {args.output}.")
    return 0


def _indicators(args: argparse.Namespace, db: Database, actor, output: Path) -> int:  # type: ignore[no-untyped-def]
    import datetime as dt

    from sqlalchemy import select

    from deskapp.models import Desk
    from deskapp.reports.indicators_report import coordinator_report, resolve_scope

    try:
        start, end = dt.date.fromisoformat(args.date_from), dt.date.fromisoformat(args.date_to)
    except ValueError:
        raise CliError(
            QT_TRANSLATE_NOOP("Error", "Write the period as --from YYYY-MM-DD --to YYYY-MM-DD.")
        ) from None
    with db.read() as s:
        desks = {d.name.casefold(): d.id for d in s.scalars(select(Desk))}
    if args.desk and args.desk.casefold() not in desks:
        raise CliError(QT_TRANSLATE_NOOP("Error", "No desk is called '{name}'."), name=args.desk)
    target = resolve_scope(
        db,
        desk_id=desks[args.desk.casefold()] if args.desk else None,
        region=Region(args.region) if args.region else None,
    )
    report = coordinator_report(
        db,
        actor,
        start,
        end,
        target.scope,
        output,
        args.format,
        target.language,
        suppress_below=args.hide_below,
        desk=target.letterhead,
    )
    print(f"{report.participants} participants; report written to {output}.")
    return 0


def cmd_report(args: argparse.Namespace, db: Database) -> int:
    """Documents: the person dossier, the project summary, the coordinator report."""
    actor = _actor(db, args)
    output = Path(args.output)
    if args.what == "indicators":
        return _indicators(args, db, actor, output)
    if args.what == "dossiers":
        from sqlalchemy import select

        from deskapp.models import Desk, Person
        from deskapp.reports.dossier import person_dossiers

        with db.read() as s:
            desk_id = s.scalar(select(Desk.id).where(Desk.name.ilike(args.desk)))
            if desk_id is None:
                raise CliError(
                    QT_TRANSLATE_NOOP("Error", "No desk is called '{name}'."), name=args.desk
                )
            ids = list(
                s.scalars(select(Person.id).where(Person.desk_id == desk_id).order_by(Person.id))
            )
        with ProgressBar("dossiers") as progress:
            written = person_dossiers(
                db,
                actor,
                ids,
                output,
                progress=lambda done, total: progress("writing", done, total),
            )
        print(f"{len(written)} dossiers written to {output}.")
        return 0
    if args.what == "dossier":
        from deskapp.reports.dossier import person_dossier
        from deskapp.services.persons import person_by_reference

        person_dossier(db, actor, person_by_reference(db, args.person), output)
    elif args.what == "business-plan":
        from deskapp.reports.business_plan_report import business_plan_report

        version_id = _plan_version(db, args.project, args.version) if args.version else None
        business_plan_report(db, actor, args.project, output, version_id=version_id)
    else:
        from deskapp.reports.project_summary import project_summary

        project_summary(db, actor, args.project, output)
    print(f"{args.what} written to {output}.")
    return 0


def _plan_version(db: Database, project_id: int, name: str) -> int:
    from deskapp.services.business_plans import list_versions

    versions = list_versions(db, project_id)
    for version in versions:
        if version.name.casefold() == name.strip().casefold():
            return version.id
    raise CliError(
        QT_TRANSLATE_NOOP(
            "Error", "Project {project} has no plan version '{name}'. Versions: {names}"
        ),
        project=project_id,
        name=name,
        names=", ".join(v.name for v in versions) or "-",
    )


def cmd_gdpr(args: argparse.Namespace, db: Database) -> int:
    """The people's rights: everything held about a person, or their anonymisation."""
    from deskapp.services import gdpr
    from deskapp.services.persons import person_by_reference

    actor = _actor(db, args)
    if args.gdpr_command == "retention":
        return _retention(args, db, actor)
    person_id = person_by_reference(db, args.person)
    if args.gdpr_command == "access":
        from deskapp.reports.dossier import person_dossier

        folder = Path(args.output)
        pdf = person_dossier(db, actor, person_id, folder / f"access-{person_id}.pdf")
        data = gdpr.subject_access(db, actor, person_id, folder / f"access-{person_id}.json")
        print(f"access: {pdf} and {data} written.")
        return 0
    if not args.yes:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "Anonymising cannot be undone: add --yes to confirm (person {id}).",
            ),
            id=person_id,
        )
    result = gdpr.erase_person(db, actor, person_id)
    print(
        f"person {person_id} anonymised: {len(result.erased_fields)} identifying fields "
        f"erased, {result.notes_cleared} notes cleared; anonymous facts kept."
    )
    return 0


def _retention(args: argparse.Namespace, db: Database, actor: Any) -> int:
    import datetime as dt

    from deskapp.services import retention

    rules = retention.RetentionRules(years=args.years, state_aid_years=args.state_aid_years)
    today = dt.date.today()
    due = retention.due_for_anonymisation(db, today, rules)
    for item in due[:20]:
        print(
            f"{item.person_id:>7}  last date {item.last_date:%d/%m/%Y}  kept until "
            f"{item.retention_end:%d/%m/%Y}{'  (state aid)' if item.state_aid else ''}"
        )
    if len(due) > 20:
        print(f"... and {len(due) - 20} more")
    if not args.apply:
        print(f"{len(due)} people due for anonymisation; add --apply to anonymise them.")
        return 0
    with ProgressBar("anonymising") as progress:
        done = retention.apply_retention(
            db,
            actor,
            today,
            rules,
            progress=lambda n, total: progress("", n, total),  # type: ignore[arg-type]
        )
    print(f"{done} people anonymised.")
    return 0


def cmd_search(args: argparse.Namespace, db: Database) -> int:
    from deskapp.services.search import search_persons

    hits = search_persons(db, " ".join(args.text), limit=args.limit)
    for hit in hits:
        print(
            f"{hit.id:>7}  {hit.family_name} {hit.given_name}  {hit.birth_date:%d/%m/%Y}  "
            f"{hit.codice_fiscale or '-':<16}  {hit.municipality}"
        )
    if not hits:
        print("No one found.")
    return 0


def _administrator(
    path: Path, key: str | None, args: argparse.Namespace, fallback: Path | None = None
):  # type: ignore[no-untyped-def]
    """The acting account, logged in on ``path`` (or, when that file cannot be opened,
    on the backup ``fallback``: the way back after the database was lost), required to
    be an administrator for whole-database work."""
    from deskapp.services.permissions import Action, require

    try:
        db, _ = open_database(path, migrate=False, key=key)
    except DeskappError:
        if fallback is None:
            raise
        db, _ = open_database(fallback, migrate=False, key=key)
    try:
        actor = _actor(db, args)
    finally:
        db.dispose()
    require(actor, Action.BACKUP)
    return actor


def cmd_db(args: argparse.Namespace) -> int:
    from deskapp.services.maintenance import check_database

    path = database_path(args.db)
    if args.db_command == "encrypt":
        return _encrypt(path, args)
    key = _key_if_encrypted(path)
    if args.db_command == "restore":
        from deskapp.models.sqlite_files import ensure_alone
        from deskapp.services.backups import restore_backup, verify_backup

        # A backup of an encrypted database has its key; a plain one needs none.
        key = key or _key_if_encrypted(Path(args.file))
        revision = verify_backup(Path(args.file), key)
        if not args.yes:
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "{file} is intact (schema {revision}). Restoring replaces {path}: close "
                    "deskapp everywhere it is open, then add --yes.",
                ),
                file=args.file,
                revision=revision,
                path=str(path),
            )
        actor = _administrator(path, key, args, fallback=Path(args.file))
        ensure_alone(path, key)
        aside = restore_backup(actor, path, Path(args.file), key=key)
        print(f"Restored {path} from {args.file}; the previous file was kept as {aside}.")
        return 0
    if args.db_command != "upgrade" and not path.exists():
        raise CliError(QT_TRANSLATE_NOOP("Error", "No database at {path}."), path=str(path))
    if args.db_command == "upgrade":
        db, result = open_database(path, key=key)
        assert result is not None
        if result.changed:
            print(f"Upgraded {path} from {result.from_revision} to {result.to_revision}.")
            if result.backup_path:
                print(f"The previous file was copied to {result.backup_path}.")
        else:
            print(f"{path} is up to date (schema {result.to_revision}).")
        db.dispose()
        return 0
    db, _ = open_database(path, migrate=False, key=key)
    try:
        if args.db_command == "check":
            report = check_database(db)
            for fact in report.facts:
                print(fact)
            for problem in report.problems:
                print(f"problem: {problem}", file=sys.stderr)
            print("ok" if report.ok else f"{len(report.problems)} problem(s) found")
            return 0 if report.ok else EXIT_USER_ERROR
        from deskapp.services.backups import back_up_now

        target = back_up_now(db, _actor(db, args), Path(args.output))
        print(f"Backup written to {target}.")
        return 0
    finally:
        db.dispose()


def _encrypt(path: Path, args: argparse.Namespace) -> int:
    """Encrypt a plain database in place: an encrypted copy is written, checked, and put
    in place of the plain file by a rename."""
    from deskapp.models.migrate import peek_revision
    from deskapp.models.sqlite_files import encrypt_file, ensure_alone, is_encrypted
    from deskapp.paths import default_backup_folder
    from deskapp.services.backups import verify_backup
    from deskapp.services.disk_space import ensure_free_space

    if not path.exists():
        raise CliError(QT_TRANSLATE_NOOP("Error", "No database at {path}."), path=str(path))
    if is_encrypted(path):
        raise CliError(QT_TRANSLATE_NOOP("Error", "{path} is encrypted already."), path=str(path))
    if peek_revision(path) is None:
        raise CliError(
            QT_TRANSLATE_NOOP("Error", "{path} is not a deskapp database."), path=str(path)
        )
    _administrator(path, None, args)
    ensure_alone(path, None)
    key = _new_key()
    ensure_free_space(path.parent, path.stat().st_size * 2)
    encrypted = path.with_name(path.name + ".encrypting")
    try:
        encrypt_file(path, encrypted, key)
        verify_backup(encrypted, key)  # opens with the key, intact, same schema
    except BaseException:
        encrypted.unlink(missing_ok=True)
        raise
    for companion in ("-wal", "-shm"):
        path.with_name(path.name + companion).unlink(missing_ok=True)
    encrypted.replace(path)
    print(f"{path} is encrypted. Keep the key safe: without it the data cannot be read.")
    print(
        "Copies made before (backups in "
        f"{default_backup_folder()}, exports, files kept aside) are still plain: delete "
        "them once a new, encrypted backup exists."
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="deskapp",
        description="Case management for the help desks that turn job loss into new enterprises.",
    )
    parser.add_argument("--version", action="version", version=f"deskapp {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file (default: DESKAPP_DB, then deskapp.sqlite in the user data folder)",
    )
    parser.add_argument("--operator", metavar="NAME", help=f"who acts (default: {OPERATOR_ENV})")
    sub = parser.add_subparsers(dest="command")

    init = sub.add_parser("init", help="set up a new database: the desk and its administrator")
    init.add_argument("--desk", required=True, help="name of the desk, e.g. 'Antenna Imperia'")
    init.add_argument("--organisation", default="")
    init.add_argument("--region", required=True, choices=[r.value for r in Region])
    init.add_argument("--country", default="IT", choices=[c.value for c in Country])
    init.add_argument("--language", default="it", choices=[lang.value for lang in Language])
    init.add_argument("--address", default="")
    init.add_argument("--admin", required=True, help="name of the administrator")
    init.add_argument("--email", default="")
    init.add_argument(
        "--encrypt",
        action="store_true",
        help="create the database encrypted (SQLCipher), with a key from DESKAPP_KEY or typed",
    )

    demo = sub.add_parser("demo", help="fill an empty database with realistic invented data")
    demo.add_argument("--persons", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=1)

    imp = sub.add_parser("import", help="import people from a CSV or .xlsx file")
    imp.add_argument("what", choices=["persons"])
    imp.add_argument("file")
    imp.add_argument("--dry-run", action="store_true", help="check every row, write nothing")

    exp = sub.add_parser("export", help="export a table to CSV or .xlsx")
    exp.add_argument("what", choices=["persons", "projects", "activities"])
    exp.add_argument("--format", choices=["csv", "xlsx"])
    exp.add_argument("-o", "--output", required=True)

    report = sub.add_parser(
        "report", help="a document: person dossier, project summary, business plan, indicators"
    )
    report_sub = report.add_subparsers(dest="what", required=True)
    dossier = report_sub.add_parser("dossier", help="everything held about one person")
    dossier.add_argument("--person", required=True, metavar="ID|CODICE_FISCALE")
    dossier.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    summary = report_sub.add_parser("project", help="a project from the idea to funding")
    summary.add_argument("--project", required=True, type=int, metavar="ID")
    summary.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    plan = report_sub.add_parser(
        "business-plan", help="a project's business plan, for a bank or CFI"
    )
    plan.add_argument("--project", required=True, type=int, metavar="ID")
    plan.add_argument(
        "--version", metavar="NAME", help="a frozen version (the working draft when omitted)"
    )
    plan.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    batch = report_sub.add_parser("dossiers", help="the dossier of every person of a desk")
    batch.add_argument("--desk", required=True, metavar="NAME")
    batch.add_argument("-o", "--output", required=True, metavar="FOLDER")
    indicators = report_sub.add_parser(
        "indicators", help="the coordinator report: EU indicators for a period and a scope"
    )
    indicators.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD")
    indicators.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD")
    where = indicators.add_mutually_exclusive_group()
    where.add_argument("--desk", metavar="NAME")
    where.add_argument("--region", choices=[r.value for r in Region])
    indicators.add_argument("--format", choices=["pdf", "xlsx", "csv"])
    indicators.add_argument(
        "--hide-below",
        type=int,
        default=0,
        metavar="N",
        help="hide breakdown cells counting fewer than N people",
    )
    indicators.add_argument("-o", "--output", required=True, metavar="FILE")

    search = sub.add_parser("search", help="find people by a fragment of what you know")
    search.add_argument("text", nargs="+")
    search.add_argument("--limit", type=int, default=20)

    gdpr = sub.add_parser("gdpr", help="the people's rights: access, erasure")
    gdpr_sub = gdpr.add_subparsers(dest="gdpr_command", required=True)
    access = gdpr_sub.add_parser(
        "access", help="everything held about a person: the dossier (PDF) and a JSON file"
    )
    access.add_argument("--person", required=True, metavar="ID|CODICE_FISCALE")
    access.add_argument("-o", "--output", required=True, metavar="FOLDER")
    erase = gdpr_sub.add_parser(
        "erase", help="anonymise a person (right to erasure; administrators; irreversible)"
    )
    erase.add_argument("--person", required=True, metavar="ID|CODICE_FISCALE")
    erase.add_argument("--yes", action="store_true", help="confirm: it cannot be undone")
    keep = gdpr_sub.add_parser(
        "retention", help="list the people whose retention ended; --apply anonymises them"
    )
    keep.add_argument("--apply", action="store_true", help="anonymise them (administrators)")
    keep.add_argument("--years", type=int, default=5, help="years kept (default 5)")
    keep.add_argument(
        "--state-aid-years", type=int, default=10, help="years kept after state aid (default 10)"
    )

    db = sub.add_parser("db", help="check, back up or upgrade the database file")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("check", help="integrity, references, search index, schema version")
    backup = db_sub.add_parser("backup", help="consistent copy, safe while the app is in use")
    backup.add_argument("-o", "--output", required=True)
    db_sub.add_parser("upgrade", help="migrate to this version's schema (copies the file first)")
    restore = db_sub.add_parser(
        "restore", help="replace the database with a backup (checked first; current file kept)"
    )
    restore.add_argument("file", metavar="BACKUP.sqlite")
    restore.add_argument("--yes", action="store_true", help="confirm the replacement")
    db_sub.add_parser(
        "encrypt",
        help="encrypt the database file (SQLCipher) with a key from DESKAPP_KEY or typed; "
        "close deskapp first",
    )
    return parser


COMMANDS = {
    "init": cmd_init,
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    "search": cmd_search,
    "report": cmd_report,
    "gdpr": cmd_gdpr,
}


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # the import's worker processes, in the frozen app
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            return cmd_gui(args)
        if args.command == "db":
            return cmd_db(args)
        if args.command == "demo" and args.persons < 1:
            raise CliError(QT_TRANSLATE_NOOP("Error", "--persons must be at least 1."))
        path = database_path(args.db)
        if args.command == "init" and args.encrypt:
            if path.exists() and path.stat().st_size:
                raise CliError(
                    QT_TRANSLATE_NOOP(
                        "Error",
                        "{path} exists already: 'deskapp db encrypt' encrypts a database "
                        "that holds data.",
                    ),
                    path=str(path),
                )
            key = _new_key()
        else:
            key = _key_if_encrypted(path)
        db, _ = open_database(path, key=key)
        try:
            return COMMANDS[args.command](args, db)
        finally:
            db.dispose()
    except (CliError, NotFoundError) as exc:
        print(f"deskapp: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except DeskappError as exc:
        print(f"deskapp: {exc.message}", file=sys.stderr)
        return EXIT_DATABASE_REFUSED if isinstance(exc, DatabaseError) else EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("deskapp: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"deskapp: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
