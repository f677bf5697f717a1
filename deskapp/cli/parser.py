"""The command line's grammar."""

from __future__ import annotations

import argparse

from deskapp import __version__
from deskapp.cli.common import OPERATOR_ENV
from deskapp.models.enums import Country, Language, Region


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
    exp.add_argument(
        "--delimiter",
        choices=[";", ","],
        help="the CSV separator (default: ';' for an Italian or French desk, as their "
        "Excel expects, ',' for an English one)",
    )
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
    indicators.add_argument(
        "--delimiter",
        choices=[";", ","],
        help="the CSV separator (default: ';' for an Italian or French report, ',' for English)",
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
    _everywhere(parser)
    return parser


def _everywhere(parser: argparse.ArgumentParser) -> None:
    """Let --db and --operator stand after the subcommand too ('deskapp search Rossi
    --db desk.sqlite'), as people type them. Given there, they win; not given, they
    leave the value given before the subcommand (argparse.SUPPRESS)."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for sub in set(action.choices.values()):
            sub.add_argument(
                "--db", metavar="PATH", default=argparse.SUPPRESS, help="database file"
            )
            sub.add_argument(
                "--operator", metavar="NAME", default=argparse.SUPPRESS, help="who acts"
            )
            _everywhere(sub)
