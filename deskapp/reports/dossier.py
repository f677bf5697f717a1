"""The person dossier: everything the desk holds about one person, for their file and
as the basis of a subject-access answer (GDPR art. 15).

Identity, contacts, work situation, the special-category answers, the consent record,
needs assessments, skills, the activity timeline, projects and roles, notes. In the
language of the person's desk. Generating it is audited like an export.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import repeat
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.i18n import QT_TRANSLATE_NOOP, catalogue
from deskapp.models import Consent, Desk, Operator, Person
from deskapp.models.database import Database
from deskapp.models.enums import DISADVANTAGE_FIELDS, Country, MemberRole
from deskapp.models.fields import national_phone
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
from deskapp.services.agenda import AgendaItem, timelines_by_person
from deskapp.services.audit_log import record_export
from deskapp.services.permissions import Action, may, require, require_desk
from deskapp.services.person_record import (
    AssessmentRow,
    SkillRow,
    assessments_by_person,
    skills_by_person,
)
from deskapp.services.project_lists import ProjectCard, projects_by_person
from deskapp.services.records import get_or_fail

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
    with db.read() as s:
        [data] = read_dossiers(s, [person_id])
    if not may(actor, Action.REPORT):
        require_desk(actor, data.person.desk_id)
    _write(data, path, language, now)
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
    database on its own connection: a dossier is about 15 ms of CPU in ReportLab.
    Each chunk of people is read in one transaction of a few queries (read_dossiers).
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
            written += write_dossiers(db, chunk, folder, language)
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
        return write_dossiers(db, person_ids, folder, language)
    finally:
        db.dispose()


def write_dossiers(
    db: Database,
    person_ids: list[int],
    folder: Path,
    language: str | None = None,
    now: dt.datetime | None = None,
) -> list[Path]:
    """The dossiers of a chunk of people, ``folder``/dossier-ID.pdf each, read in one
    transaction; not audited (callers audit them)."""
    with db.read() as s:
        chunk = read_dossiers(s, person_ids)
    return [_write(data, folder / f"dossier-{data.person.id}.pdf", language, now) for data in chunk]


def write_dossier(
    db: Database,
    person_id: int,
    path: Path,
    language: str | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """The dossier itself, not audited: callers audit it (one event for a batch)."""
    with db.read() as s:
        [data] = read_dossiers(s, [person_id])
    return _write(data, path, language, now)


@dataclass(frozen=True)
class DossierData:
    """Everything one dossier shows, read beforehand (the person detached from the
    session that read them)."""

    person: Person
    desk: Desk
    consents: list[tuple[Any, ...]]  # purpose, legal basis, notice, given, withdrawn, by
    assessments: list[AssessmentRow]
    skills: list[SkillRow]
    activities: list[AgendaItem]
    projects: list[tuple[ProjectCard, str]]  # each with the person's roles there


def read_dossiers(s: Session, person_ids: Sequence[int]) -> list[DossierData]:
    """What the dossiers of ``person_ids`` show, in their order: a chunk of people read
    in nine queries whatever its size (a few dozen people at a time: every id is a
    parameter of each query). A missing person is refused as get_person refuses one."""
    people = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(person_ids)))}
    for person_id in person_ids:
        if person_id not in people:
            get_or_fail(s, Person, person_id)  # NotFoundError, in the usual words
    desks = {
        d.id: d
        for d in s.scalars(select(Desk).where(Desk.id.in_({p.desk_id for p in people.values()})))
    }
    consents: dict[int, list[tuple[Any, ...]]] = {}
    for person_id, *consent in s.execute(
        select(
            Consent.person_id,
            Consent.purpose,
            Consent.legal_basis,
            Consent.notice_version,
            Consent.given_on,
            Consent.withdrawn_on,
            Operator.name,
        )
        .join(Operator, Operator.id == Consent.operator_id)
        .where(Consent.person_id.in_(person_ids))
        .order_by(Consent.person_id, Consent.given_on, Consent.id)
    ):
        consents.setdefault(person_id, []).append(tuple(consent))
    assessments = assessments_by_person(s, person_ids)
    skills = skills_by_person(s, person_ids)
    activities = timelines_by_person(s, person_ids, limit=10_000)
    projects = projects_by_person(s, person_ids)
    return [
        DossierData(
            person=people[person_id],
            desk=desks[people[person_id].desk_id],
            consents=consents.get(person_id, []),
            assessments=assessments.get(person_id, []),
            skills=skills.get(person_id, []),
            activities=activities.get(person_id, []),
            projects=projects.get(person_id, []),
        )
        for person_id in person_ids
    ]


def _write(data: DossierData, path: Path, language: str | None, now: dt.datetime | None) -> Path:
    person, desk, consent_rows = data.person, data.desk, data.consents
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
        Paragraph(escape(f"{name} \u00b7 {w.numbered(person.id)}"), st["body"]),
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
                (f("phone"), national_phone(person.phone, desk.country.value)),
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
    assessments = data.assessments
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
                        "\n".join(w.labelled(w.enum(k), w.enum(o)) for k, o, _n in a.needs),
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
    skills = data.skills
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
    items = data.activities
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
    memberships = data.projects
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
        scope=f"{name} \u00b7 {w.numbered(person.id)}",
        generated=now or dt.datetime.now(),
        logo=desk_logo_path(person.desk_id),
    )
    write_pdf(path, letterhead, story, w.cat)
    return path
