"""Render each main screen with demo data to PNG, offscreen, for the README and the
user guide (resources/help/img). Look at the pictures after running it.

    .venv/bin/python scripts/screenshots.py [--language it] [--out resources/help/img]
    .venv/bin/python scripts/screenshots.py --language fr --out resources/help/img/fr
    .venv/bin/python scripts/screenshots.py --only organisations person-matches

``--only`` writes the named pictures and leaves the others as they are.

The screens show the demo data of a desk of the language: an Italian desk's people and
projects for Italian pictures, a French desk's (Corse or Région Sud) for French ones;
``--desk`` names another demo desk.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QPoint, QSettings  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget  # noqa: E402
from sqlalchemy import case, func, select  # noqa: E402
from stdnum.fr import nir as stdnum_nir  # noqa: E402

from deskapp.models import (  # noqa: E402
    Activity,
    BusinessPlan,
    Consent,
    Desk,
    EnterpriseProject,
    Opening,
    Operator,
    Organisation,
    OrganisationRelation,
    Person,
    ProjectMembership,
    ProjectRole,
    Skill,
)
from deskapp.models.enums import (  # noqa: E402
    ConsentPurpose,
    MemberRole,
    OperatorRole,
    ProjectKind,
    Sex,
    Stage,
)
from deskapp.models.migrate import open_database  # noqa: E402
from deskapp.reports.dossier import person_dossier  # noqa: E402
from deskapp.services.activities import log_activity  # noqa: E402
from deskapp.services.actor import resolve_actor  # noqa: E402
from deskapp.services.demo import generate_demo  # noqa: E402
from deskapp.services.persons import add_skill  # noqa: E402
from deskapp.ui.colours import dark_palette  # noqa: E402
from deskapp.ui.i18n import install_translators  # noqa: E402
from deskapp.ui.main_window import MainWindow  # noqa: E402
from deskapp.ui.pdf_preview import PdfPreview  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1366, 768)
# The demo desk whose people and projects the pictures show, by language.
DESK_OF_LANGUAGE = {"it": "Antenna Genova", "fr": "Antenne Marseille", "en": "Antenna Genova"}
# A note and a skill typed by the desk's operator, in the desk's language.
TYPED = {
    "it": ("Colloquio di orientamento", "Carpenteria metallica"),
    "fr": ("Entretien d'orientation", "Chaudronnerie"),
    "en": ("Guidance interview", "Metal fabrication"),
}
# What is typed in the people's and the skills' search boxes.
SEARCHED = {"it": ("ross", "sald"), "fr": ("mar", "soud"), "en": ("ross", "weld")}
# Words typed in a new project's sector field, to show the sector picker's list.
SECTOR_WORDS = {"it": "pane", "fr": "boulangerie", "en": "bakery"}
# A new person whose NIR (a woman's: it starts with 2) disagrees with the sex entered,
# to show the check beside the field: family name, given name, sex, birth date.
NIR_PERSON = ("Santoni", "Dominique", Sex.MALE, "12/05/1984")


def _nir_of_a_woman(birth: str) -> str:
    """A well-formed NIR of a woman born in Corse-du-Sud on ``birth`` (DD/MM/YYYY),
    written as on a carte Vitale."""
    day, month, year = birth.split("/")
    body = f"2{year[2:]}{month}2A004018"
    key = stdnum_nir.calc_check_digits(body)
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key}"


def _settle(milliseconds: int = 400) -> None:
    """Let timers (a search typed waits 250 ms) and background work finish."""
    app = QApplication.instance()
    assert app is not None
    end = time.monotonic() + milliseconds / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


# The pictures to write (--only); empty: all of them.
ONLY: set[str] = set()


def _save(widget: QWidget, out: Path, name: str) -> None:
    if ONLY and name not in ONLY:
        return
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(out / f"{name}.png"))
    print("wrote", out / f"{name}.png")


def _save_with_popup(window: QWidget, popup: QWidget, out: Path, name: str) -> None:
    """The window with a list that opens over it (a completer's), which the offscreen
    platform draws as a window of its own."""
    if ONLY and name not in ONLY:
        return
    _settle(200)
    picture = window.grab()
    painter = QPainter(picture)
    at = popup.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
    painter.drawPixmap(at, popup.grab())
    painter.end()
    picture.save(str(out / f"{name}.png"))
    print("wrote", out / f"{name}.png")


def _drop_tab(window: MainWindow, record: QWidget) -> None:
    """Close a tab typed in for a picture, without the question about unsaved changes."""
    window.tabs.removeTab(window.tabs.indexOf(record))
    record.deleteLater()
    _settle(50)


def _network_pictures(window: MainWindow, db: Any, desk_id: int, out: Path) -> None:
    """The Organisations page, an organisation with its relations, and the Matches tabs
    of a person (who agreed to be proposed, with a skill some open opening asks) and of
    a project of the desk (its roles, and who fits the first)."""
    with db.read() as s:
        country = s.scalar(select(Desk.country).where(Desk.id == desk_id))
        same_country = select(Desk.id).where(Desk.country == country)
        organisation = s.scalar(
            select(Organisation.id)
            .join(OrganisationRelation, OrganisationRelation.organisation_id == Organisation.id)
            .where(Organisation.desk_id == desk_id)
            .group_by(Organisation.id)
            .order_by(func.count().desc(), Organisation.id)
            .limit(1)
        )
        person = s.scalar(
            select(Person.id)
            .join(Skill, Skill.person_id == Person.id)
            .join(Consent, Consent.person_id == Person.id)
            .where(
                Person.desk_id == desk_id,
                Consent.purpose == ConsentPurpose.PLACEMENT,
                Consent.withdrawn_on.is_(None),
                select(Opening.id)
                .join(Organisation, Organisation.id == Opening.organisation_id)
                .where(
                    Organisation.desk_id.in_(same_country),
                    Opening.closed.is_(False),
                    Opening.filled < Opening.posts,
                    Skill.description.like(func.substr(Opening.title, 1, 5) + "%"),
                )
                .exists(),
            )
            .order_by(Person.id)
            .limit(1)
        )
        project = s.scalar(
            select(ProjectRole.project_id)
            .join(EnterpriseProject, EnterpriseProject.id == ProjectRole.project_id)
            .where(EnterpriseProject.desk_id == desk_id, ProjectRole.filled < ProjectRole.posts)
            .group_by(ProjectRole.project_id)
            .order_by(func.count().desc(), ProjectRole.project_id)
            .limit(1)
        )
    page = window.show_page("organisations")
    window.organisations.refresh()
    _settle()
    _save(window, out, "organisations")
    if organisation is not None:
        window.organisations.table.select_id(int(organisation))
        dialog = window.organisations.open_organisation()
        if dialog is not None:
            dialog.resize(900, 560)
            dialog.tabs.setCurrentWidget(dialog.relations)
            _settle()
            _save(dialog, out, "organisation-relations")
            dialog.close()
    del page
    if person is not None:
        record = window.open_person(int(person))
        assert record is not None
        record.tabs.setCurrentWidget(record.panels["matches"])
        _settle()
        _save(window, out, "person-matches")
        _drop_tab(window, record)
    if project is not None:
        project_page = window.open_project(int(project))
        assert project_page is not None
        project_page.tabs.setCurrentWidget(project_page.panels["matches"])
        _settle()
        _save(window, out, "project-matches")
        panel = project_page.panels["matches"]
        panel.views.setCurrentWidget(panel.partners)
        _save(window, out, "project-partners")
        _drop_tab(window, project_page)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--language", default="it", choices=sorted(DESK_OF_LANGUAGE))
    parser.add_argument(
        "--desk",
        help="the demo desk shown (default: Antenna Genova in Italian, Antenne Marseille "
        "in French; e.g. 'Antenne Bastia' for Corsica)",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "help" / "img")
    parser.add_argument("--persons", type=int, default=3000)
    parser.add_argument(
        "--dark", action="store_true", help="a dark palette, to check colours read on it"
    )
    parser.add_argument("--only", nargs="+", default=[], help="write only these pictures")
    args = parser.parse_args()
    ONLY.update(args.only)
    args.out.mkdir(parents=True, exist_ok=True)
    desk_name = args.desk or DESK_OF_LANGUAGE[args.language]
    note, skill = TYPED[args.language]
    person_search, skill_search = SEARCHED[args.language]

    app = QApplication([])
    # Settings of this run stay out of the user's own.
    QCoreApplication.setOrganizationName("deskapp-screenshots")
    QSettings().clear()
    install_translators(app, args.language)
    if args.dark:
        # The offscreen platform has no dark theme of its own: a palette like a dark
        # desktop's, to check that every colour deskapp sets reads on it.
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.sqlite"
        db, _ = open_database(path)
        generate_demo(db, persons=args.persons, seed=7)
        with db.read() as s:
            desk_id = s.scalar(select(Desk.id).where(Desk.name == desk_name))
            if desk_id is None:
                parser.error(f"no demo desk is called {desk_name!r}")
            # The desk's operator with the most open follow-ups, so the agenda has
            # something.
            name = s.scalar(
                select(Operator.name)
                .join(Activity, Activity.operator_id == Operator.id)
                .where(
                    Operator.desk_id == desk_id,
                    Activity.follow_up_done.is_(False),
                    Activity.follow_up_due.is_not(None),
                )
                .group_by(Operator.id)
                .order_by(func.count().desc())
                .limit(1)
            )
            actor_name = str(name)
            # The project the pictures follow: a workers buyout with a business plan
            # (ARCE / ARE, the SCOP or CFI conditions), the desk's own if it has one,
            # else one of a desk of the same country; one still being worked on.
            country = s.scalar(select(Desk.country).where(Desk.id == desk_id))
            has_plan = (
                select(BusinessPlan.id)
                .where(BusinessPlan.project_id == EnterpriseProject.id)
                .exists()
            )
            members = (
                select(func.count())
                .where(ProjectMembership.project_id == EnterpriseProject.id)
                .scalar_subquery()
            )
            wbo = s.scalar(
                select(EnterpriseProject.id)
                .join(Desk, Desk.id == EnterpriseProject.desk_id)
                .where(Desk.country == country, members > 0)
                .order_by(
                    case(
                        (has_plan & (EnterpriseProject.kind == ProjectKind.WBO), 1), else_=0
                    ).desc(),
                    case((EnterpriseProject.desk_id == desk_id, 1), else_=0).desc(),
                    case((has_plan, 1), else_=0).desc(),
                    case(
                        (EnterpriseProject.stage.in_([Stage.BUSINESS_PLAN, Stage.FUNDING]), 1),
                        else_=0,
                    ).desc(),
                    case((EnterpriseProject.stage == Stage.ABANDONED, 1), else_=0),
                    members.desc(),
                    EnterpriseProject.id,
                )
                .limit(1)
            )
            # One of its worker-members (with ARCE on a French desk, if one took it).
            member = s.scalar(
                select(Person.id)
                .join(ProjectMembership, ProjectMembership.person_id == Person.id)
                .where(ProjectMembership.project_id == wbo)
                .order_by(
                    case((ProjectMembership.role == MemberRole.WORKER_MEMBER, 1), else_=0).desc(),
                    ProjectMembership.arce_part.desc(),
                    Person.id,
                )
                .limit(1)
            )
            # The desk's administrator (else the first one), for the administrator's
            # window (the Reports page is for administrators and coordinators).
            admin_name = s.scalar(
                select(Operator.name)
                .where(Operator.role == OperatorRole.ADMINISTRATOR)
                .order_by(case((Operator.desk_id == desk_id, 1), else_=0).desc(), Operator.id)
                .limit(1)
            )
        actor = resolve_actor(db, actor_name)
        window = MainWindow(db, actor, path, desk_name)
        window.resize(*SIZE)
        window.show()

        # The desk's own people: those of the other country's desks have no identifier
        # of this one's.
        desks = window.people.desk_filter
        desks.setCurrentIndex(max(desks.findData(desk_id), 0))
        window.people.search_box.setText(person_search)
        window.people.refresh()
        _save(window, args.out, "people")
        window.people.search_box.clear()
        desks.setCurrentIndex(0)

        window.new_person()
        _save(window, args.out, "person-intake")
        window.close_tab(window.tabs.currentIndex())

        # A NIR typed that disagrees with the sex entered: the check beside the field.
        intake = window.new_person()
        assert intake is not None
        form = intake.form
        family, given, sex, birth = NIR_PERSON
        for field, text in (("family_name", family), ("given_name", given), ("birth_date", birth)):
            edit = form.inputs[field]
            assert isinstance(edit, QLineEdit)
            edit.setText(text)
        sex_box = form.inputs["sex"]
        assert isinstance(sex_box, QComboBox)
        sex_box.setCurrentIndex(sex_box.findData(sex.value))
        if form.other_identifier == "nir":  # an Italian desk: "Add a NIR" first
            form.add_other_id.click()
        nir = form.inputs["nir"]
        assert isinstance(nir, QLineEdit)
        QTest.keyClicks(nir, _nir_of_a_woman(birth))
        _save(window, args.out, "person-nir")
        _drop_tab(window, intake)

        record = window.open_person(int(member))
        assert record is not None
        _save(window, args.out, "person-record")
        record.tabs.setCurrentWidget(record.panels["skills"])
        _save(window, args.out, "person-skills")

        window.tabs.setCurrentWidget(window.projects)
        window.projects.desk_filter.setCurrentIndex(0)
        _save(window, args.out, "projects-board")
        window.projects.views.setCurrentIndex(1)
        _save(window, args.out, "projects-list")

        page = window.open_project(int(wbo))
        assert page is not None
        _save(window, args.out, "project-members")
        page.tabs.setCurrentWidget(page.panels["checklist"])
        _save(window, args.out, "project-checklist")
        page.tabs.setCurrentWidget(page.panels["history"])
        _save(window, args.out, "project-history")

        # The sector picker: words typed in a new project's sector field, the list of
        # the operator's language (ATECO, NAF) under it.
        new_project = window.new_project()
        assert new_project is not None
        sector = new_project.form.inputs["sector_code"]
        assert isinstance(sector, QLineEdit)
        sector.setFocus()
        QTest.keyClicks(sector, SECTOR_WORDS[args.language])
        _save_with_popup(
            window, new_project.sector_picker.completer.popup(), args.out, "sector-picker"
        )
        new_project.sector_picker.completer.popup().hide()
        _drop_tab(window, new_project)
        window.tabs.setCurrentWidget(page)

        editor = window.open_plan(int(wbo))
        assert editor is not None
        editor.inputs.setCurrentWidget(editor.tab_of["sources"])
        _save(window, args.out, "business-plan")
        # The entry conditions of the plan's country: CFI's in Italy, a SCOP's in France.
        conditions = editor.statements.cfi.parentWidget()
        editor.statements.setCurrentIndex(editor.statements.indexOf(conditions))
        _save(window, args.out, "business-plan-conditions")
        editor.statements.setCurrentWidget(editor.statements.chart)
        editor.inputs.setCurrentWidget(editor.tab_of["sales"])
        _save(window, args.out, "business-plan-chart")

        window.tabs.setCurrentWidget(window.agenda)
        _save(window, args.out, "agenda")
        window.agenda.views.setCurrentIndex(1)
        _save(window, args.out, "agenda-week")

        window.tabs.setCurrentWidget(window.resources)
        window.resources.views.setCurrentIndex(1)
        window.resources.skill_search.setText(skill_search)
        _settle()  # the search runs 250 ms after the typing (and refreshes the catalogue)
        _save(window, args.out, "resources-skills")
        window.resources.views.setCurrentIndex(0)
        _save(window, args.out, "resources")
        window.resources.views.setCurrentWidget(window.resources.catalogue)
        window.resources.catalogue.table.table.selectRow(0)
        _save(window, args.out, "funding-catalogue")

        _network_pictures(window, db, desk_id, args.out)

        window.show_page("settings")
        _save(window, args.out, "settings")
        for r in window.records():
            r.deleteLater()
        window.close()

        # The administrator's window: accounts and the audit trail of a person, after a
        # morning's work on them (demo data is written in bulk, without a trail).
        with db.read() as s:
            desk_operator = s.scalar(
                select(Operator.name)
                .join(Person, Person.desk_id == Operator.desk_id)
                .where(Person.id == member, Operator.role == OperatorRole.OPERATOR)
                .limit(1)
            )
        worker = resolve_actor(db, str(desk_operator))
        log_activity(
            db,
            worker,
            {
                "person_id": int(member),
                "kind": "interview",
                "occurred_at": dt.datetime.now(),
                "duration_minutes": 45,
                "notes": note,
            },
        )
        add_skill(db, worker, int(member), {"description": skill})
        person_dossier(db, worker, int(member), Path(tmp) / "dossier.pdf")
        admin = resolve_actor(db, str(admin_name))
        admin_window = MainWindow(db, admin, path, desk_name)
        admin_window.resize(*SIZE)
        admin_window.show()
        # Reports are for administrators and coordinators (an operator sees them grey).
        admin_window.show_page("reports")
        _save(admin_window, args.out, "reports")
        # The dossier previewed, with the choice of the document's language.
        preview = PdfPreview(
            Path(tmp) / "dossier.pdf", "dossier.pdf", admin_window, lambda path, _code: path
        )
        preview.resize(900, 700)
        preview.show()
        _settle(600)
        _save(preview, args.out, "pdf-preview")
        preview.close()
        administration = admin_window.show_page("administration")
        _save(admin_window, args.out, "accounts")
        administration.tabs.setCurrentWidget(administration.audit)
        administration.audit.set_person(int(member))
        _save(admin_window, args.out, "audit-trail")
        admin_window.close()
        db.dispose()


if __name__ == "__main__":
    main()
