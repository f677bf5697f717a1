"""The project summary: from the idea to the business plan, on paper.

Kind, sector, origin company, members and their capital with the totals, the stage
history with dates and notes, the checklist of every stage, funding applications and
the next steps. In the language of the project's desk.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from deskapp.i18n import QT_TRANSLATE_NOOP, catalogue
from deskapp.models import Desk, Operator
from deskapp.models.database import Database
from deskapp.models.enums import Country
from deskapp.models.identifiers import format_company_number
from deskapp.models.schemas import FundingInput, MembershipInput, ProjectInput
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
from deskapp.services import checklists
from deskapp.services.actor import Actor
from deskapp.services.agenda import timeline
from deskapp.services.audit_log import record_export
from deskapp.services.project_record import (
    funding_of,
    members_of,
    project_country,
    project_record,
    stage_history,
)
from deskapp.services.projects import capital_totals

MONEY = ("capital_pledged", "capital_paid", "tfr_part", "naspi_part")
# A French project's members: the ARCE part of the capital, and the ARE a member keeps
# monthly instead (income, not capital: no total).
MONEY_FR = ("capital_pledged", "capital_paid", "arce_part", "are_monthly_amount")


def project_summary(
    db: Database,
    actor: Actor,
    project_id: int,
    path: Path,
    language: str | None = None,
    now: dt.datetime | None = None,
) -> Path:
    record = project_record(db, project_id)
    v = record.values
    with db.read() as s:
        desk = s.get(Desk, record.desk_id)
        lead = s.get(Operator, v["lead_operator_id"]) if v.get("lead_operator_id") else None
        assert desk is not None
        desk_name, organisation, desk_language = desk.name, desk.organisation, desk.language
        lead_name = lead.name if lead else ""
    w = Words(catalogue(language or desk_language.value))
    st = styles()

    def f(name: str) -> str:
        return w.field(ProjectInput, name)

    title = w.tr(QT_TRANSLATE_NOOP("Report", "Project summary"))
    story: list[Flowable] = [
        Paragraph(escape(title), st["title"]),
        Paragraph(escape(f"{v['title']} \u00b7 n. {record.id}"), st["body"]),
        spacer(),
        Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("Report", "The project"))), st["h2"]),
        fields_table(
            [
                (f("kind"), w.enum(v["kind"])),
                (w.tr(QT_TRANSLATE_NOOP("Report", "Stage")), w.enum(record.stage)),
                (
                    w.tr(QT_TRANSLATE_NOOP("Report", "Sector of activity")),
                    describe_sector(v["sector_code"], v["nace_code"], w.cat.language),
                ),
                (f("lead_operator_id"), lead_name),
                (w.tr(QT_TRANSLATE_NOOP("Report", "Desk")), desk_name),
                (f("planned_legal_form"), w.enum(v["planned_legal_form"])),
                (
                    f("enterprise_company_number"),
                    format_company_number(v["enterprise_company_number"]),
                ),
                (f("expected_jobs"), "" if v["expected_jobs"] is None else v["expected_jobs"]),
                (f("employees"), "" if v["employees"] is None else v["employees"]),
                (f("planned_start_date"), w.date(v["planned_start_date"])),
                (f("actual_start_date"), w.date(v["actual_start_date"])),
            ],
            st,
        ),
    ]
    if v["kind"].has_origin_company:
        story += [
            Paragraph(escape(f("origin_company_name")), st["h2"]),
            fields_table(
                [
                    (f("origin_company_name"), v["origin_company_name"]),
                    (f("origin_company_vat"), v["origin_company_vat"]),
                    (f("origin_company_situation"), w.enum(v["origin_company_situation"])),
                ],
                st,
            ),
        ]

    story.append(
        Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("Report", "Members and capital"))), st["h2"])
    )
    members = members_of(db, project_id)
    if members:
        totals = capital_totals(db, project_id)
        money = MONEY_FR if project_country(db, project_id) is Country.FR else MONEY
        rows = [
            (
                m.person_name,
                w.enum(m.role),
                *["" if getattr(m, n) is None else w.money(getattr(m, n)) for n in money],
            )
            for m in members
        ]
        rows.append(
            (
                w.tr(QT_TRANSLATE_NOOP("Report", "Total")),
                w.tr(QT_TRANSLATE_NOOP("Report", "%1 people")).replace(
                    "%1", str(len({m.person_id for m in members}))
                ),
                *[w.money(totals[n]) if n in totals else "" for n in money],
            )
        )
        story.append(
            grid(
                [
                    w.tr(QT_TRANSLATE_NOOP("Report", "Person")),
                    w.field(MembershipInput, "role"),
                    *[w.field(MembershipInput, n) for n in money],
                ],
                rows,
                st,
                widths=[36 * mm, 24 * mm, 28.5 * mm, 28.5 * mm, 28.5 * mm, 28.5 * mm],
                numeric=(2, 3, 4, 5),
            )
        )
    else:
        story.append(none_yet(w.tr(QT_TRANSLATE_NOOP("Report", "None recorded.")), st))

    story.append(Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("Report", "Stage history"))), st["h2"]))
    story.append(
        grid(
            [
                w.tr(QT_TRANSLATE_NOOP("Report", "When")),
                w.tr(QT_TRANSLATE_NOOP("Report", "Stage")),
                w.tr(QT_TRANSLATE_NOOP("Report", "Operator")),
                w.tr(QT_TRANSLATE_NOOP("Report", "Note")),
            ],
            [
                (
                    w.moment(t.at),
                    w.enum(t.to_stage)
                    if t.from_stage is None
                    else f"{w.enum(t.from_stage)} \u2192 {w.enum(t.to_stage)}",
                    t.operator,
                    t.note,
                )
                for t in stage_history(db, project_id)
            ],
            st,
            widths=[28 * mm, 60 * mm, 35 * mm, None],
        )
    )

    story.append(Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("Report", "Checklist"))), st["h2"]))
    story.append(
        grid(
            [
                w.tr(QT_TRANSLATE_NOOP("Report", "Stage")),
                w.tr(QT_TRANSLATE_NOOP("Report", "Step")),
                w.tr(QT_TRANSLATE_NOOP("Report", "Done on")),
            ],
            [
                (
                    w.enum(e.step.stage),
                    w.cat.text("Checklist", e.step.text),
                    w.date(e.done_on) or "\u2013",
                )
                for e in checklists.checklist(db, project_id)
            ],
            st,
            widths=[35 * mm, None, 25 * mm],
        )
    )

    story.append(
        Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("Report", "Funding applications"))), st["h2"])
    )
    funding = funding_of(db, project_id)
    if funding:
        story.append(
            grid(
                [
                    w.field(FundingInput, "instrument"),
                    w.field(FundingInput, "status"),
                    w.field(FundingInput, "amount_requested"),
                    w.field(FundingInput, "amount_granted"),
                    w.field(FundingInput, "amount_disbursed"),
                    w.field(FundingInput, "submitted_on"),
                ],
                [
                    (
                        w.enum(a.instrument),
                        w.enum(a.status),
                        w.money(a.amount_requested),
                        w.money(a.amount_granted),
                        w.money(a.amount_disbursed),
                        w.date(a.submitted_on),
                    )
                    for a in funding
                ],
                st,
                numeric=(2, 3, 4),
            )
        )
    else:
        story.append(none_yet(w.tr(QT_TRANSLATE_NOOP("Report", "None recorded.")), st))

    story.append(Paragraph(escape(w.tr(QT_TRANSLATE_NOOP("Report", "Next steps"))), st["h2"]))
    steps: list[tuple[dt.date | None, str]] = []
    if v["next_action"] or v["next_action_due"]:
        steps.append((v["next_action_due"], v["next_action"]))
    steps += [
        (i.follow_up_due, f"{w.enum(i.kind)}: {i.notes}".strip(": "))
        for i in timeline(db, project_id=project_id)
        if i.follow_up_due is not None and not i.done
    ]
    steps.sort(key=lambda step: (step[0] is None, step[0] or dt.date.min))
    if steps:
        story.append(
            grid(
                [
                    w.tr(QT_TRANSLATE_NOOP("Report", "Due")),
                    w.tr(QT_TRANSLATE_NOOP("Report", "What")),
                ],
                [(w.date(due), what) for due, what in steps],
                st,
                widths=[25 * mm, None],
            )
        )
    else:
        story.append(none_yet(w.tr(QT_TRANSLATE_NOOP("Report", "None recorded.")), st))
    if v["notes"]:
        story += [
            Paragraph(escape(f("notes")), st["h2"]),
            Paragraph(escape(v["notes"]), st["body"]),
        ]

    letterhead = Letterhead(
        desk=desk_name,
        organisation=organisation,
        title=title,
        scope=f"{v['title']} \u00b7 n. {record.id}",
        generated=now or dt.datetime.now(),
        logo=desk_logo_path(record.desk_id),
    )
    write_pdf(path, letterhead, story, w.cat)
    record_export(db, actor, "project_summary", 1, note=f"project {record.id}")
    return path
