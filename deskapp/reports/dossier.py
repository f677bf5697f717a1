"""The person dossier: everything the desk holds about one person, for their file and
as the basis of a subject-access answer (GDPR art. 15).

Identity, contacts, work situation, the special-category answers, the consent record,
needs assessments, skills, the activity timeline, projects and roles, notes. In the
language of the person's desk. Generating it is audited like an export.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat
from multiprocessing import get_context
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy import select

from deskapp.i18n import QT_TRANSLATE_NOOP, catalogue
from deskapp.models import Consent, Desk, Operator
from deskapp.models.database import Database
from deskapp.models.enums import DISADVANTAGE_FIELDS, Country, MemberRole
from deskapp.models.identifiers import format_nir
from deskapp.models.schemas import ConsentInput, PersonInput, SkillInput
from deskapp.models.sectors import describe_sector
from deskapp.paths import desk_logo_path
from deskapp.reports.documents_text import Words
from deskapp.reports.pdf import (
    Letterhead,
    Paragraph,
    escape,
    fields_table,
    grid,
    none_yet,
    spacer,
    styles,
    write_pdf,
)
from deskapp.services.actor import Actor
from deskapp.services.agenda import timeline
from deskapp.services.audit_log import record_export
from deskapp.services.permissions import Action, may, require, require_desk
from deskapp.services.person_record import assessments_of, skills_of
from deskapp.services.persons import get_person
from deskapp.services.project_lists import projects_of_person

BATCH_CHUNK = 50  # dossiers a worker writes per task
PARALLEL_FROM = 100  # fewer than this: not worth starting worker processes


def person_dossier(
    db: Database,
    actor: Actor,
    person_id: int,
    path: Path,
    language: str | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Write one person's dossier to ``path`` and audit it as an export. Coordinators
    and administrators for anyone; operators for their own desk's people."""
    if not may(actor, Action.REPORT):
        require_desk(actor, get_person(db, person_id).desk_id)
    write_dossier(db, person_id, path, language, now)
    record_export(db, actor, "person_dossier", 1, person_id, f"person {person_id}")
    return path


def person_dossiers(
    db: Database,
    actor: Actor,
    person_ids: list[int],
    folder: Path,
    progress: Callable[[int, int], None] | None = None,
    language: str | None = None,
) -> list[Path]:
    """One dossier per person into ``folder`` (dossier-ID.pdf), audited as one export.

    Large batches are spread over the cores in worker processes, each reading the
    database on its own connection: a dossier is about 20 ms of CPU in ReportLab.
    ``progress(done, total)`` may raise to stop; dossiers already written stay.
    ``language``: the documents' language, when not each person's desk's.
    """
    require(actor, Action.REPORT)
    # What a worker opens: the file, or the server's URL (through the pipe, not argv).
    target: Path | str = (
        db.path if db.path is not None else db.url.render_as_string(hide_password=False)
    )
    folder.mkdir(parents=True, exist_ok=True)
    report = progress or (lambda done, total: None)
    chunks = [person_ids[i : i + BATCH_CHUNK] for i in range(0, len(person_ids), BATCH_CHUNK)]
    written: list[Path] = []
    workers = min(os.cpu_count() or 1, 8)
    if len(person_ids) < PARALLEL_FROM or workers < 2:
        for chunk in chunks:
            written += _write_chunk(target, db.key, chunk, folder, language)
            report(len(written), len(person_ids))
    else:
        # "spawn", as the import: forking a process that runs Qt threads is unsafe.
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
            jobs = pool.map(
                _write_chunk,
                repeat(target),
                repeat(db.key),
                chunks,
                repeat(folder),
                repeat(language),
            )
            for paths in jobs:
                written += paths
                report(len(written), len(person_ids))
    record_export(db, actor, "person_dossier", len(written), note="batch")
    return written


def _write_chunk(
    target: Path | str,
    key: str | None,
    person_ids: list[int],
    folder: Path,
    language: str | None,
) -> list[Path]:
    # The key of an encrypted database reaches the worker through its pipe, not argv.
    db = Database.at_path(target, key) if isinstance(target, Path) else Database(target)
    try:
        return [
            write_dossier(db, pid, folder / f"dossier-{pid}.pdf", language) for pid in person_ids
        ]
    finally:
        db.dispose()


def write_dossier(
    db: Database,
    person_id: int,
    path: Path,
    language: str | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """The dossier itself, not audited: callers audit it (one event for a batch)."""
    person = get_person(db, person_id)
    with db.read() as s:
        desk = s.get(Desk, person.desk_id)
        assert desk is not None
        consents = s.execute(
            select(Consent, Operator.name)
            .join(Operator, Operator.id == Consent.operator_id)
            .where(Consent.person_id == person_id)
            .order_by(Consent.given_on, Consent.id)
        ).all()
        consent_rows = [
            (c.purpose, c.legal_basis, c.notice_version, c.given_on, c.withdrawn_on, name)
            for c, name in consents
        ]
    w = Words(catalogue(language or desk.language.value))
    st = styles()
    name = f"{person.family_name} {person.given_name}"

    def f(field: str) -> str:
        return w.field(PersonInput, field)

    identifiers = [
        ("codice_fiscale", person.codice_fiscale or ""),
        ("nir", format_nir(person.nir) if person.nir else ""),
    ]
    if desk.country is Country.FR:
        identifiers.reverse()
    story: list[Flowable] = [
        Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("Report", "Person dossier"))), st["title"]),
        Paragraph(escape(f"{name} \u00b7 n. {person.id}"), st["body"]),
        spacer(),
        Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("Report", "Identity"))), st["h2"]),
        fields_table(
            [
                (f("family_name"), person.family_name),
                (f("given_name"), person.given_name),
                # The identifier of the desk's country always; the other one if given.
                *[
                    (f(field), value)
                    for field, value in identifiers
                    if value or field == identifiers[0][0]
                ],
                (f("sex"), w.enum(person.sex)),
                (f("birth_date"), w.date(person.birth_date)),
                (f("birthplace"), person.birthplace),
                (f("citizenship"), person.citizenship),
            ],
            st,
        ),
        Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("Report", "Contacts"))), st["h2"]),
        fields_table(
            [
                (f("address"), person.address),
                (f("municipality"), person.municipality),
                (f("postal_code"), person.postal_code),
                (f("phone"), person.phone),
                (f("email"), person.email),
            ],
            st,
        ),
        Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("Report", "Work situation"))), st["h2"]),
        fields_table(
            [
                (f("employment_status"), w.enum(person.employment_status)),
                (f("unemployed_since"), w.date(person.unemployed_since)),
                *(
                    [
                        (
                            f("france_travail_registered_on"),
                            w.date(person.france_travail_registered_on),
                        ),
                        (f("france_travail_category"), w.enum(person.france_travail_category)),
                    ]
                    if person.france_travail_registered_on or person.france_travail_category
                    else []
                ),
                (f("previous_employer"), person.previous_employer),
                (f("previous_employer_in_crisis"), w.yes_no(person.previous_employer_in_crisis)),
                (f("education"), w.enum(person.education)),
                (f("contact_channel"), w.enum(person.contact_channel)),
                (f("first_contact_date"), w.date(person.first_contact_date)),
                (w.tr(QT_TRANSLATE_NOOP("Report", "Desk")), desk.name),
            ],
            st,
        ),
        Paragraph(
            escape(w.tr(QT_TRANSLATE_NOOP("Report", "Special categories (optional)"))), st["h2"]
        ),
        fields_table(
            [
                (
                    w.label(label),
                    w.enum(getattr(person, field))
                    or w.tr(QT_TRANSLATE_NOOP("Report", "Not asked")),
                )
                for field, label in DISADVANTAGE_FIELDS
            ],
            st,
        ),
        Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("Report", "Consent record"))), st["h2"]),
    ]
    if consent_rows:
        story.append(
            grid(
                [
                    w.tr(QT_TRANSLATE_NOOP("Report", "Purpose")),
                    w.field(ConsentInput, "legal_basis"),
                    w.field(ConsentInput, "notice_version"),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Given on")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Withdrawn on")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Recorded by")),
                ],
                [
                    (w.enum(p), w.enum(b), v, w.date(g), w.date(wd), op)
                    for p, b, v, g, wd, op in consent_rows
                ],
                st,
            )
        )
    else:
        story.append(none_yet(w.tr(QT_TRANSLATE_NOOP("Report", "None recorded.")), st))

    story.append(
        Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("Report", "Needs assessments"))), st["h2"])
    )
    assessments = assessments_of(db, person_id)
    if assessments:
        story.append(
            grid(
                [
                    w.tr(QT_TRANSLATE_NOOP("Report", "Date")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Operator")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Needs and outcome")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Note")),
                ],
                [
                    (
                        w.date(a.assessed_on),
                        a.operator,
                        "\n".join(f"{w.enum(k)}: {w.enum(o)}" for k, o, _n in a.needs),
                        a.note,
                    )
                    for a in assessments
                ],
                st,
                widths=[22 * mm, 35 * mm, 60 * mm, None],
            )
        )
    else:
        story.append(none_yet(w.tr(QT_TRANSLATE_NOOP("Report", "None recorded.")), st))

    story.append(Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("Report", "Skills"))), st["h2"]))
    skills = skills_of(db, person_id)
    if skills:
        story.append(
            grid(
                [
                    w.field(SkillInput, "description"),
                    w.field(SkillInput, "level"),
                    w.field(SkillInput, "years_experience"),
                    w.field(SkillInput, "sector"),
                    w.field(SkillInput, "evidence"),
                ],
                [
                    (
                        k.description,
                        w.enum(k.level),
                        "" if k.years_experience is None else k.years_experience,
                        describe_sector(k.sector, k.nace_code, w.cat.language),
                        w.enum(k.evidence),
                    )
                    for k in skills
                ],
                st,
                numeric=(2,),
            )
        )
    else:
        story.append(none_yet(w.tr(QT_TRANSLATE_NOOP("Report", "None recorded.")), st))

    story.append(Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("Report", "Activities"))), st["h2"]))
    items = timeline(db, person_id=person_id, limit=10_000)
    if items:
        story.append(
            grid(
                [
                    w.tr(QT_TRANSLATE_NOOP("Report", "When")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Activity")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Minutes")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Project")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Follow-up")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Notes")),
                ],
                [
                    (
                        w.moment(i.occurred_at),
                        w.enum(i.kind),
                        i.duration_minutes,
                        i.project_title,
                        w.date(i.follow_up_due),
                        i.notes,
                    )
                    for i in items
                ],
                st,
                widths=[26 * mm, 24 * mm, 17 * mm, 35 * mm, 20 * mm, None],
                numeric=(2,),
            )
        )
    else:
        story.append(none_yet(w.tr(QT_TRANSLATE_NOOP("Report", "None recorded.")), st))

    story.append(
        Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("Report", "Projects and roles"))), st["h2"])
    )
    memberships = projects_of_person(db, person_id)
    if memberships:
        story.append(
            grid(
                [
                    w.tr(QT_TRANSLATE_NOOP("Report", "Project")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Kind")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Stage")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Role")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "Desk")),
                ],
                [
                    (
                        card.title,
                        w.enum(card.kind),
                        w.enum(card.stage),
                        ", ".join(w.enum(MemberRole.parse(r)) for r in roles.split(",")),
                        card.desk,
                    )
                    for card, roles in memberships
                ],
                st,
            )
        )
    else:
        story.append(none_yet(w.tr(QT_TRANSLATE_NOOP("Report", "None recorded.")), st))

    if person.notes:
        story.append(Paragraph(escape(f("notes")), st["h2"]))
        story.append(Paragraph(escape(person.notes), st["body"]))

    letterhead = Letterhead(
        desk=desk.name,
        organisation=desk.organisation,
        title=w.tr(QT_TRANSLATE_NOOP("Report", "Person dossier")),
        scope=f"{name} \u00b7 n. {person.id}",
        generated=now or dt.datetime.now(),
        logo=desk_logo_path(person.desk_id),
    )
    write_pdf(path, letterhead, story, w.cat)
    return path
