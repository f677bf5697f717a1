"""The command line's grammar, and its help in the operator's language.

The help texts are English sources marked QT_TRANSLATE_NOOP("Cli", ...), translated
when the parser is built (``translate_help``) with the same catalogue as the messages;
argparse's own words ("usage:", "options", its errors) through
``deskapp.cli.speech.argparse_speaking``.
"""

from __future__ import annotations

import argparse

from deskapp import __version__
from deskapp.cli.speech import SPOKEN, Speech, speech_before_login
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.enums import Country, Language, Region

# The languages a document may be written in (--language of the report commands).
DOCUMENT_LANGUAGES = SPOKEN


def build_parser(speech: Speech | None = None) -> argparse.ArgumentParser:
    """The parser, its help in ``speech``'s language (the system's by default); build
    and parse inside ``argparse_speaking`` for argparse's own words too."""
    parser = _grammar()
    translate_help(parser, speech or speech_before_login())
    return parser


def translate_help(parser: argparse.ArgumentParser, speech: Speech) -> None:
    """Put the help texts of ``parser`` and its subcommands in ``speech``'s language."""
    if parser.description:
        parser.description = speech.words(parser.description)
    for group in parser._action_groups:
        if group.title:
            group.title = speech.words(group.title)
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            action.help = speech.words(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    choice.help = speech.words(choice.help)
            for sub in {id(p): p for p in action.choices.values()}.values():
                translate_help(sub, speech)


def _document_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language",
        choices=DOCUMENT_LANGUAGES,
        help=QT_TRANSLATE_NOOP(
            "Cli", "the document's language (default: the language of the desk it comes from)"
        ),
    )


def _grammar() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="deskapp",
        description=QT_TRANSLATE_NOOP(
            "Cli", "Case management for the help desks that turn job loss into new enterprises."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"deskapp {__version__}",
        help=QT_TRANSLATE_NOOP("Cli", "show the version of deskapp and exit"),
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "database file (default: DESKAPP_DB, then deskapp.sqlite in the user data folder)",
        ),
    )
    parser.add_argument(
        "--operator",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("Cli", "who acts (default: DESKAPP_OPERATOR)"),
    )
    sub = parser.add_subparsers(dest="command")

    init = sub.add_parser(
        "init",
        help=QT_TRANSLATE_NOOP("Cli", "set up a new database: the desk and its administrator"),
    )
    init.add_argument(
        "--desk",
        required=True,
        help=QT_TRANSLATE_NOOP("Cli", "name of the desk, e.g. 'Antenna Imperia'"),
    )
    init.add_argument("--organisation", default="")
    init.add_argument("--region", required=True, choices=[r.value for r in Region])
    init.add_argument("--country", default="IT", choices=[c.value for c in Country])
    init.add_argument(
        "--language",
        default="it",
        choices=[lang.value for lang in Language],
        help=QT_TRANSLATE_NOOP("Cli", "the desk's language: its documents and its screens"),
    )
    init.add_argument("--address", default="")
    init.add_argument(
        "--admin", required=True, help=QT_TRANSLATE_NOOP("Cli", "name of the administrator")
    )
    init.add_argument("--email", default="")
    init.add_argument(
        "--encrypt",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "create the database encrypted (SQLCipher), with a key from DESKAPP_KEY or typed"
        ),
    )

    demo = sub.add_parser(
        "demo", help=QT_TRANSLATE_NOOP("Cli", "fill an empty database with realistic invented data")
    )
    demo.add_argument("--persons", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=1)

    imp = sub.add_parser(
        "import",
        help=QT_TRANSLATE_NOOP(
            "Cli", "import people, organisations or openings from a CSV or .xlsx file"
        ),
    )
    imp.add_argument("what", choices=["persons", "organisations", "openings"])
    imp.add_argument("file")
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "check every row, write nothing"),
    )

    exp = sub.add_parser("export", help=QT_TRANSLATE_NOOP("Cli", "export a table to CSV or .xlsx"))
    exp.add_argument(
        "what", choices=["persons", "projects", "activities", "organisations", "openings"]
    )
    exp.add_argument("--format", choices=["csv", "xlsx"])
    exp.add_argument(
        "--delimiter",
        choices=[";", ","],
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "the CSV separator (default: ';' for an Italian or French desk, as their "
            "Excel expects, ',' for an English one)",
        ),
    )
    exp.add_argument("-o", "--output", required=True)

    report = sub.add_parser(
        "report",
        help=QT_TRANSLATE_NOOP(
            "Cli", "a document: person dossier, project summary, business plan, indicators"
        ),
    )
    report_sub = report.add_subparsers(dest="what", required=True)
    dossier = report_sub.add_parser(
        "dossier", help=QT_TRANSLATE_NOOP("Cli", "everything held about one person")
    )
    dossier.add_argument("--person", required=True, metavar="ID|CODICE_FISCALE")
    dossier.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    _document_language(dossier)
    summary = report_sub.add_parser(
        "project", help=QT_TRANSLATE_NOOP("Cli", "a project from the idea to funding")
    )
    summary.add_argument("--project", required=True, type=int, metavar="ID")
    summary.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    _document_language(summary)

    plan = report_sub.add_parser(
        "business-plan",
        help=QT_TRANSLATE_NOOP("Cli", "a project's business plan, for a bank or CFI"),
    )
    plan.add_argument("--project", required=True, type=int, metavar="ID")
    plan.add_argument(
        "--version",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("Cli", "a frozen version (the working draft when omitted)"),
    )
    plan.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    _document_language(plan)

    batch = report_sub.add_parser(
        "dossiers", help=QT_TRANSLATE_NOOP("Cli", "the dossier of every person of a desk")
    )
    batch.add_argument("--desk", required=True, metavar="NAME")
    batch.add_argument("-o", "--output", required=True, metavar="FOLDER")
    _document_language(batch)
    indicators = report_sub.add_parser(
        "indicators",
        help=QT_TRANSLATE_NOOP(
            "Cli", "the coordinator report: EU indicators for a period and a scope"
        ),
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
        help=QT_TRANSLATE_NOOP("Cli", "hide breakdown cells counting fewer than N people"),
    )
    indicators.add_argument(
        "--delimiter",
        choices=[";", ","],
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "the CSV separator (default: ';' for an Italian or French report, ',' for English)",
        ),
    )
    indicators.add_argument("-o", "--output", required=True, metavar="FILE")
    _document_language(indicators)

    match = sub.add_parser(
        "match",
        help=QT_TRANSLATE_NOOP(
            "Cli", "openings and firms for a person, or people, premises and partners for a project"
        ),
    )
    match.add_argument("what", choices=["person", "project"])
    match.add_argument("id", type=int, metavar="ID")
    match.add_argument(
        "--limit",
        type=int,
        default=10,
        help=QT_TRANSLATE_NOOP("Cli", "how many matches of each kind (default 10)"),
    )
    match.add_argument(
        "--min-size",
        type=float,
        metavar="M2",
        help=QT_TRANSLATE_NOOP("Cli", "premises of at least this many square metres"),
    )

    search = sub.add_parser(
        "search", help=QT_TRANSLATE_NOOP("Cli", "find people by a fragment of what you know")
    )
    search.add_argument("text", nargs="+")
    search.add_argument("--limit", type=int, default=20)

    gdpr = sub.add_parser(
        "gdpr", help=QT_TRANSLATE_NOOP("Cli", "the people's rights: access, erasure")
    )
    gdpr_sub = gdpr.add_subparsers(dest="gdpr_command", required=True)
    access = gdpr_sub.add_parser(
        "access",
        help=QT_TRANSLATE_NOOP(
            "Cli", "everything held about a person: the dossier (PDF) and a JSON file"
        ),
    )
    access.add_argument("--person", required=True, metavar="ID|CODICE_FISCALE")
    access.add_argument("-o", "--output", required=True, metavar="FOLDER")
    _document_language(access)
    erase = gdpr_sub.add_parser(
        "erase",
        help=QT_TRANSLATE_NOOP(
            "Cli", "anonymise a person (right to erasure; administrators; irreversible)"
        ),
    )
    erase.add_argument("--person", required=True, metavar="ID|CODICE_FISCALE")
    erase.add_argument(
        "--yes", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "confirm: it cannot be undone")
    )
    keep = gdpr_sub.add_parser(
        "retention",
        help=QT_TRANSLATE_NOOP(
            "Cli", "list the people whose retention ended; --apply anonymises them"
        ),
    )
    keep.add_argument(
        "--apply",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "anonymise them (administrators)"),
    )
    keep.add_argument(
        "--years", type=int, default=5, help=QT_TRANSLATE_NOOP("Cli", "years kept (default 5)")
    )
    keep.add_argument(
        "--state-aid-years",
        type=int,
        default=10,
        help=QT_TRANSLATE_NOOP("Cli", "years kept after state aid (default 10)"),
    )

    _sync_grammar(sub)

    db = sub.add_parser(
        "db", help=QT_TRANSLATE_NOOP("Cli", "check, back up or upgrade the database file")
    )
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser(
        "check",
        help=QT_TRANSLATE_NOOP("Cli", "integrity, references, search index, schema version"),
    )
    backup = db_sub.add_parser(
        "backup", help=QT_TRANSLATE_NOOP("Cli", "consistent copy, safe while the app is in use")
    )
    backup.add_argument("-o", "--output", required=True)
    db_sub.add_parser(
        "upgrade",
        help=QT_TRANSLATE_NOOP("Cli", "migrate to this version's schema (copies the file first)"),
    )
    restore = db_sub.add_parser(
        "restore",
        help=QT_TRANSLATE_NOOP(
            "Cli", "replace the database with a backup (checked first; current file kept)"
        ),
    )
    restore.add_argument("file", metavar="BACKUP.sqlite")
    restore.add_argument(
        "--yes", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "confirm the replacement")
    )
    db_sub.add_parser(
        "encrypt",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "encrypt the database file (SQLCipher) with a key from DESKAPP_KEY or typed; "
            "close deskapp first",
        ),
    )
    copy = db_sub.add_parser(
        "copy",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "copy the whole database from a file into an empty PostgreSQL database, or "
            "from a server into a new file (administrators)",
        ),
    )
    copy.add_argument(
        "--to",
        required=True,
        metavar="URL|FILE",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "where to: postgresql://user@host:port/dbname (empty) from a file, or a new "
            "file from a server",
        ),
    )
    copy.add_argument(
        "--encrypt",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "make the new file encrypted (SQLCipher), with a key from DESKAPP_KEY or typed",
        ),
    )
    grant = db_sub.add_parser(
        "grant",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "on a PostgreSQL server, as the schema's owner: give the desks' role the right to "
            "read and write the records, never to change the schema or the audit trail",
        ),
    )
    grant.add_argument(
        "--role",
        required=True,
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("Cli", "the role the desks connect as (made by createuser)"),
    )
    _everywhere(parser)
    return parser


def _sync_grammar(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """deskapp sync: consolidation without a server (issue 16)."""
    sync = sub.add_parser(
        "sync",
        help=QT_TRANSLATE_NOOP(
            "Cli", "consolidation: bundles from the desks to the coordinator, keys, conflicts"
        ),
    )
    sync_sub = sync.add_subparsers(dest="sync_command", required=True)
    key = sync_sub.add_parser(
        "key", help=QT_TRANSLATE_NOOP("Cli", "this desk's key and its fingerprint")
    )
    key.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("Cli", "also write the key to a file, to give the coordinator"),
    )
    key.add_argument(
        "--sealing",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "this database's sealing key instead, for desks that encrypt their bundles"
        ),
    )
    trust = sync_sub.add_parser(
        "trust",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "accept a desk's key (at the coordinator's) or the coordinator's (at a desk), "
            "once, after comparing its fingerprint by phone",
        ),
    )
    trust.add_argument("key", metavar="FILE|KEY")
    whose = trust.add_mutually_exclusive_group(required=True)
    whose.add_argument("--desk", metavar="NAME")
    whose.add_argument(
        "--coordinator",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("Cli", "the coordinator's key: its catalogue bundles apply here"),
    )
    trust.add_argument("--fingerprint", required=True, metavar="XXXX")
    export = sync_sub.add_parser(
        "export",
        help=QT_TRANSLATE_NOOP("Cli", "write a bundle of what changed since the last one"),
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.add_argument(
        "--pseudonymous",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "without names, contacts, addresses, notes or tax codes (for a programme)"
        ),
    )
    export.add_argument(
        "--encrypt-to",
        metavar="FILE|XXXX",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "encrypt the bundle to the coordinator's sealing key: its file (the first time, "
            "with --fingerprint) or its fingerprint",
        ),
    )
    export.add_argument(
        "--fingerprint",
        metavar="XXXX",
        help=QT_TRANSLATE_NOOP(
            "Cli", "the sealing key's fingerprint, as the coordinator reads it out"
        ),
    )
    take = sync_sub.add_parser(
        "import",
        help=QT_TRANSLATE_NOOP(
            "Cli", "take in desks' bundles or folders of them (verified, in each desk's order)"
        ),
    )
    take.add_argument("files", nargs="+", metavar="FILE|FOLDER")
    publish = sync_sub.add_parser(
        "publish",
        help=QT_TRANSLATE_NOOP(
            "Cli", "write the funding catalogue as a signed bundle for the desks (coordinator)"
        ),
    )
    publish.add_argument("-o", "--output", required=True, metavar="FILE")
    apply_catalogue = sync_sub.add_parser(
        "apply-catalogue",
        help=QT_TRANSLATE_NOOP(
            "Cli", "apply the coordinator's catalogue bundle here (verified first)"
        ),
    )
    apply_catalogue.add_argument("file", metavar="FILE")
    programme = sync_sub.add_parser(
        "programme-key",
        help=QT_TRANSLATE_NOOP(
            "Cli", "the programme's key: --new at the coordinator's, FILE at each desk"
        ),
    )
    programme.add_argument("file", nargs="?", metavar="FILE")
    programme.add_argument(
        "--new",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "make the programme key here and write it to -o FILE"),
    )
    programme.add_argument("-o", "--output", metavar="FILE")
    conflicts = sync_sub.add_parser(
        "conflicts",
        help=QT_TRANSLATE_NOOP("Cli", "fields changed both here and at a desk; decide one"),
    )
    conflicts.add_argument("--resolve", type=int, metavar="N")
    conflicts.add_argument("--keep", choices=["local", "incoming"])
    sync_sub.add_parser(
        "duplicates",
        help=QT_TRANSLATE_NOOP(
            "Cli", "people who may be the same at two desks (same name, birth dates close)"
        ),
    )
    sync_sub.add_parser(
        "erasures",
        help=QT_TRANSLATE_NOOP(
            "Cli", "the erasures received from the desks: which record, when, which desk"
        ),
    )
    merge = sync_sub.add_parser(
        "merge",
        help=QT_TRANSLATE_NOOP(
            "Cli", "count two records as one person (--reject: not the same; --undo)"
        ),
    )
    merge.add_argument("first", type=int, metavar="ID")
    merge.add_argument("second", type=int, metavar="ID")
    choice = merge.add_mutually_exclusive_group()
    choice.add_argument("--reject", action="store_true")
    choice.add_argument("--undo", action="store_true")


def _everywhere(parser: argparse.ArgumentParser) -> None:
    """Let --db and --operator stand after the subcommand too ('deskapp search Rossi
    --db desk.sqlite'), as people type them. Given there, they win; not given, they
    leave the value given before the subcommand (argparse.SUPPRESS)."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for sub in set(action.choices.values()):
            sub.add_argument(
                "--db",
                metavar="PATH",
                default=argparse.SUPPRESS,
                help=QT_TRANSLATE_NOOP("Cli", "database file"),
            )
            sub.add_argument(
                "--operator",
                metavar="NAME",
                default=argparse.SUPPRESS,
                help=QT_TRANSLATE_NOOP("Cli", "who acts"),
            )
            _everywhere(sub)
