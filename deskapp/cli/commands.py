"""The commands that work on an open database: init, demo, import, export, report,
gdpr, search."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from deskapp.cli.common import EXIT_USER_ERROR, CliError, ProgressBar, say
from deskapp.cli.login import acting_operator, new_password
from deskapp.cli.speech import Speech, speech_for_desk
from deskapp.errors import ImportFailed, Places, RowIssue
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.database import Database
from deskapp.models.enums import Region


def cmd_sync(args: argparse.Namespace, db: Database) -> int:
    from deskapp.cli.sync_commands import run_sync

    return run_sync(args, db)


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
        password=new_password(args.admin),
    )
    args.speech = speech_for_desk(args.language)
    say(
        args,
        QT_TRANSLATE_NOOP("Cli", "Desk '{desk}' created; administrator '{name}'."),
        desk=args.desk,
        name=actor.name,
    )
    return 0


def cmd_demo(args: argparse.Namespace, db: Database) -> int:
    from deskapp.services.demo import DEMO_PASSWORD, generate_demo

    # generate_demo refuses a database that has any account: its accounts share a
    # known password and must never enter a real registry.
    with ProgressBar("demo") as progress:
        summary = generate_demo(db, persons=args.persons, seed=args.seed, progress=progress)
    say(
        args,
        QT_TRANSLATE_NOOP(
            "Cli",
            "Demo data written: {persons} persons, {projects} projects, {activities} "
            "activities, {applications} funding applications, {plans} business plans, "
            "{desks} desks, {operators} operators (seed {seed}).",
        ),
        persons=summary.persons,
        projects=summary.projects,
        activities=summary.activities,
        applications=summary.funding_applications,
        plans=summary.business_plans,
        desks=summary.desks,
        operators=summary.operators,
        seed=args.seed,
    )
    say(
        args,
        QT_TRANSLATE_NOOP(
            "Cli",
            "Act as the demo administrator with: --operator 'Amministratore demo' (every "
            "demo account's password: {password}; DESKAPP_PASSWORD sets it for the command "
            "line)",
        ),
        password=DEMO_PASSWORD,
    )
    return 0


def _print_issues(
    speech: Speech, issues: list[RowIssue], places: Places, warning: bool = False
) -> None:
    """The first problems one a line, the place first; the others summed up by column
    and reason, so that one wrong desk name in 100,000 rows reads as one line."""
    from deskapp.services.importing import summarise_issues

    shown, groups = summarise_issues(issues)
    kind = speech(QT_TRANSLATE_NOOP("Cli", "warning: ")) if warning else ""
    for line, column, reason in shown:
        print(
            speech.labelled(
                f"{speech.reason(places.of(line))}, {column}", kind + speech.reason(reason)
            ),
            file=sys.stderr,
        )
    if groups:
        rows = len({line for line, _, _ in issues[len(shown) :]})
        print(
            speech.count(
                QT_TRANSLATE_NOOP("Cli", "... and 1 more row:"),
                QT_TRANSLATE_NOOP("Cli", "... and {n} more rows:"),
                rows,
            ),
            file=sys.stderr,
        )
        for group in groups:
            print(
                "  "
                + speech.count(
                    QT_TRANSLATE_NOOP("Cli", "1 row, {column}: {kind}{reason}"),
                    QT_TRANSLATE_NOOP("Cli", "{n} rows, {column}: {kind}{reason}"),
                    group.count,
                    column=group.column,
                    kind=kind,
                    reason=speech.reason(group.reason),
                ),
                file=sys.stderr,
            )


def _warnings(speech: Speech, count: int) -> str:
    return (
        ""
        if not count
        else speech.count(
            QT_TRANSLATE_NOOP("Cli", ", 1 warning"),
            QT_TRANSLATE_NOOP("Cli", ", {n} warnings"),
            count,
        )
    )


def _import_organisations(args: argparse.Namespace, db: Database, actor: Any) -> int:
    """``import organisations`` and ``import openings``."""
    from deskapp.services.network_files import import_openings, import_organisations

    read = import_openings if args.what == "openings" else import_organisations
    try:
        result = read(db, actor, Path(args.file), dry_run=args.dry_run)
    except ImportFailed as failed:
        _print_issues(args.speech, failed.row_errors, failed.places)
        print(f"deskapp: {args.speech.error(failed)}", file=sys.stderr)
        return EXIT_USER_ERROR
    if result.dry_run:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli", "{rows} rows checked, no errors{warnings}; nothing written (--dry-run)."
            ),
            rows=result.rows,
            warnings="",
        )
    elif args.what == "openings":
        say(args, QT_TRANSLATE_NOOP("Cli", "{count} openings imported."), count=result.written)
    else:
        say(
            args,
            QT_TRANSLATE_NOOP("Cli", "{count} organisations imported."),
            count=result.written,
        )
    return 0


def cmd_import(args: argparse.Namespace, db: Database) -> int:
    from deskapp.services.importing import import_persons

    actor = acting_operator(db, args)
    if args.what in ("organisations", "openings"):
        return _import_organisations(args, db, actor)
    try:
        with ProgressBar("import") as progress:
            result = import_persons(
                db, actor, Path(args.file), dry_run=args.dry_run, progress=progress
            )
    except ImportFailed as failed:
        _print_issues(args.speech, failed.row_errors, failed.places)
        _print_issues(args.speech, failed.warnings, failed.places, warning=True)
        print(f"deskapp: {args.speech.error(failed)}", file=sys.stderr)
        return EXIT_USER_ERROR
    _print_issues(args.speech, result.warnings, result.places, warning=True)
    warnings = _warnings(args.speech, len(result.warnings))
    if result.dry_run:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli", "{rows} rows checked, no errors{warnings}; nothing written (--dry-run)."
            ),
            rows=result.rows,
            warnings=warnings,
        )
    else:
        say(
            args,
            QT_TRANSLATE_NOOP("Cli", "{count} persons imported{warnings}."),
            count=result.written,
            warnings=warnings,
        )
    return 0


def cmd_export(args: argparse.Namespace, db: Database) -> int:
    from deskapp.reports.exports import export_table

    actor = acting_operator(db, args)
    count = export_table(
        db, actor, args.what, Path(args.output), args.format, delimiter=args.delimiter
    )
    say(
        args,
        QT_TRANSLATE_NOOP("Cli", "{count} rows of {what} written to {path}."),
        count=count,
        what=args.what,
        path=args.output,
    )
    return 0


def _indicators(args: argparse.Namespace, db: Database, actor, output: Path) -> int:  # type: ignore[no-untyped-def]
    import datetime as dt

    from sqlalchemy import select

    from deskapp.models import Desk
    from deskapp.reports.indicators_report import (
        coordinator_report,
        participants_written_beside,
        resolve_scope,
    )

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
        args.language or target.language,
        suppress_below=args.hide_below,
        desk=target.letterhead,
        delimiter=args.delimiter,
    )
    say(
        args,
        QT_TRANSLATE_NOOP("Cli", "{participants} participants; report written to {path}."),
        participants=report.participants,
        path=output,
    )
    beside = participants_written_beside(output, args.format, report, args.hide_below)
    if beside is not None:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli",
                "The participants are listed one a line in {path}, beside the workbook: "
                "too many rows for a sheet. Keep the two files together.",
            ),
            path=beside,
        )
    return 0


def cmd_report(args: argparse.Namespace, db: Database) -> int:
    """Documents: the person dossier, the project summary, the coordinator report."""
    actor = acting_operator(db, args)
    output = Path(args.output)
    if args.what == "indicators":
        return _indicators(args, db, actor, output)
    if args.what == "dossiers":
        from sqlalchemy import func, select

        from deskapp.models import Desk, Person
        from deskapp.reports.dossier import person_dossiers

        with db.read() as s:
            # The desk's whole name, case aside: never a LIKE pattern.
            desk_id = s.scalar(
                select(Desk.id).where(func.lower(Desk.name) == func.lower(args.desk.strip()))
            )
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
                language=args.language,
            )
        say(
            args,
            QT_TRANSLATE_NOOP("Cli", "{count} dossiers written to {path}."),
            count=len(written),
            path=output,
        )
        return 0
    if args.what == "dossier":
        from deskapp.reports.dossier import person_dossier
        from deskapp.services.persons import person_by_reference

        person_dossier(
            db, actor, person_by_reference(db, args.person), output, language=args.language
        )
    elif args.what == "business-plan":
        from deskapp.reports.business_plan_report import business_plan_report

        version_id = _plan_version(db, args.project, args.version) if args.version else None
        business_plan_report(
            db, actor, args.project, output, language=args.language, version_id=version_id
        )
    else:
        from deskapp.reports.project_summary import project_summary

        project_summary(db, actor, args.project, output, language=args.language)
    say(args, QT_TRANSLATE_NOOP("Cli", "Document written to {path}."), path=output)
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

    actor = acting_operator(db, args)
    if args.gdpr_command == "retention":
        return _retention(args, db, actor)
    person_id = person_by_reference(db, args.person)
    if args.gdpr_command == "access":
        from deskapp.reports.dossier import person_dossier

        folder = Path(args.output)
        pdf = person_dossier(
            db, actor, person_id, folder / f"access-{person_id}.pdf", language=args.language
        )
        data = gdpr.subject_access(db, actor, person_id, folder / f"access-{person_id}.json")
        say(
            args,
            QT_TRANSLATE_NOOP("Cli", "Right of access: {pdf} and {data} written."),
            pdf=pdf,
            data=data,
        )
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
    say(
        args,
        QT_TRANSLATE_NOOP(
            "Cli",
            "Person {id} anonymised: {fields} identifying fields erased, {notes} notes "
            "cleared; anonymous facts kept.",
        ),
        id=person_id,
        fields=len(result.erased_fields),
        notes=result.notes_cleared,
    )
    if db.is_postgresql:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli",
                "On a server, the old versions of the erased rows stay in the tables' files "
                "until the administrator runs VACUUM FULL, and in the server's WAL and "
                "backups until they expire; a backup restored later brings the person back "
                "and must be anonymised again. These are the server administrator's job.",
            ),
        )
    return 0


def _retention(args: argparse.Namespace, db: Database, actor: Any) -> int:
    import datetime as dt

    from deskapp.services import retention

    rules = retention.RetentionRules(years=args.years, state_aid_years=args.state_aid_years)
    today = dt.date.today()
    due = retention.due_for_anonymisation(db, today, rules)
    for item in due[:20]:
        line = args.speech(
            QT_TRANSLATE_NOOP("Cli", "{id:>7}  last date {last}  kept until {until}"),
            id=item.person_id,
            last=f"{item.last_date:%d/%m/%Y}",
            until=f"{item.retention_end:%d/%m/%Y}",
        )
        print(
            line
            + (args.speech(QT_TRANSLATE_NOOP("Cli", "  (state aid)")) if item.state_aid else "")
        )
    if len(due) > 20:
        say(args, QT_TRANSLATE_NOOP("Cli", "... and {count} more"), count=len(due) - 20)
    if not args.apply:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli", "{count} people due for anonymisation; add --apply to anonymise them."
            ),
            count=len(due),
        )
        return 0
    with ProgressBar("anonymising") as progress:
        done = retention.apply_retention(
            db,
            actor,
            today,
            rules,
            progress=lambda n, total: progress("", n, total),  # type: ignore[arg-type]
        )
    say(args, QT_TRANSLATE_NOOP("Cli", "{count} people anonymised."), count=done)
    return 0


def cmd_search(args: argparse.Namespace, db: Database) -> int:
    from deskapp.services.read_audit import record_search
    from deskapp.services.search import search_persons

    actor = acting_operator(db, args)
    hits = search_persons(db, " ".join(args.text), limit=args.limit)
    record_search(db, actor, len(hits))
    for hit in hits:
        print(
            f"{hit.id:>7}  {hit.family_name} {hit.given_name}  {hit.birth_date:%d/%m/%Y}  "
            f"{hit.codice_fiscale or hit.nir or '-':<16}  {hit.municipality}"
        )
    if not hits:
        say(args, QT_TRANSLATE_NOOP("Cli", "No one found."))
    return 0


def cmd_match(args: argparse.Namespace, db: Database) -> int:
    """The ranked matches of a person or a project, each with its reasons."""
    from deskapp.i18n import catalogue
    from deskapp.matching.explain import explain, no_trade
    from deskapp.matching.terms import names_no_trade

    actor = acting_operator(db, args)
    if args.limit < 1 or args.limit > 500:
        raise CliError(QT_TRANSLATE_NOOP("Error", "--limit must be between 1 and 500."))
    if args.min_size is not None and not 0 <= args.min_size <= 10_000_000:
        raise CliError(QT_TRANSLATE_NOOP("Error", "--min-size must be a surface in square metres."))
    words = catalogue(args.speech.language)
    language = args.speech.language

    def show(title: str, found: list[Any], empty: str) -> None:
        print(args.speech(title))
        if not found:
            print("  " + args.speech(empty))
        for n, m in enumerate(found, 1):
            where = f" ({m.where})" if m.where else ""
            print(f"  {n:>2}. [{m.score:5.1f}] {m.title}{where} #{m.target_id}")
            print(f"      {explain(m, words.text, language)}")

    if args.what == "person":
        from deskapp.matching.person import match_person

        result = match_person(db, actor, args.id, limit=args.limit)
        if not result.consent:
            say(
                args,
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Person {id} has no consent in force to be proposed to employers and "
                    "projects: no match is shown. Record that consent first.",
                ),
                id=args.id,
            )
            return 0
        show(
            QT_TRANSLATE_NOOP("Cli", "Openings:"),
            result.openings,
            QT_TRANSLATE_NOOP("Cli", "No open opening fits."),
        )
        show(
            QT_TRANSLATE_NOOP("Cli", "Firms of their trade:"),
            result.organisations,
            QT_TRANSLATE_NOOP("Cli", "No firm fits."),
        )
        return 0
    from deskapp.matching.project import match_project

    found = match_project(db, actor, args.id, limit=args.limit, min_size_m2=args.min_size)
    if not found.roles:
        say(args, QT_TRANSLATE_NOOP("Cli", "The project lists no role it still needs."))
    for role, people in found.roles:
        title = args.speech(
            QT_TRANSLATE_NOOP("Cli", "Role: {role} ({n} still needed)"),
            role=role.title,
            n=role.still_needed,
        )
        if names_no_trade(f"{role.title} {role.skills}"):
            print(title)
            print("  " + no_trade(words.text, role.title))
            continue
        show(title, people, QT_TRANSLATE_NOOP("Cli", "No one who may be proposed fits."))
    show(
        QT_TRANSLATE_NOOP("Cli", "Premises, land and machinery:"),
        found.resources,
        QT_TRANSLATE_NOOP("Cli", "No free resource fits."),
    )
    show(
        QT_TRANSLATE_NOOP("Cli", "Partner organisations:"),
        found.partners,
        QT_TRANSLATE_NOOP("Cli", "No organisation fits."),
    )
    return 0
