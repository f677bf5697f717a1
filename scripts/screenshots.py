"""Render each main screen with demo data to PNG, offscreen, for the README and the
user guide (resources/help/img). Look at the pictures after running it.

    .venv/bin/python scripts/screenshots.py [--language it] [--out resources/help/img]
    .venv/bin/python scripts/screenshots.py --language fr --out resources/help/img/fr

The screens show the demo data of a desk of the language: an Italian desk's people and
projects for Italian pictures, a French desk's (Corse or Région Sud) for French ones;
``--desk`` names another demo desk.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from deskapp.models import (  # noqa: E402
    Activity,
    BusinessPlan,
    Desk,
    EnterpriseProject,
    Operator,
    Person,
    ProjectMembership,
)
from deskapp.models.enums import OperatorRole, ProjectKind, Stage  # noqa: E402
from deskapp.models.migrate import open_database  # noqa: E402
from deskapp.reports.dossier import person_dossier  # noqa: E402
from deskapp.services.activities import log_activity  # noqa: E402
from deskapp.services.actor import resolve_actor  # noqa: E402
from deskapp.services.demo import generate_demo  # noqa: E402
from deskapp.services.persons import add_skill  # noqa: E402
from deskapp.ui.colours import dark_palette  # noqa: E402
from deskapp.ui.i18n import install_translators  # noqa: E402
from deskapp.ui.main_window import MainWindow  # noqa: E402

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


def _save(widget: QWidget, out: Path, name: str) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(out / f"{name}.png"))
    print("wrote", out / f"{name}.png")


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
    args = parser.parse_args()
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
            # The desk's biggest workers buyout with a business plan, at funding if it
            # has one (else its biggest project with a plan).
            wbo = s.scalar(
                select(EnterpriseProject.id)
                .join(ProjectMembership, ProjectMembership.project_id == EnterpriseProject.id)
                .outerjoin(BusinessPlan, BusinessPlan.project_id == EnterpriseProject.id)
                .where(EnterpriseProject.desk_id == desk_id)
                .group_by(EnterpriseProject.id)
                .order_by(
                    func.count(BusinessPlan.id).desc(),
                    (EnterpriseProject.kind == ProjectKind.WBO).desc(),
                    (EnterpriseProject.stage == Stage.FUNDING).desc(),
                    func.count().desc(),
                )
                .limit(1)
            )
            member = s.scalar(
                select(Person.id)
                .join(ProjectMembership, ProjectMembership.person_id == Person.id)
                .where(ProjectMembership.project_id == wbo)
                .limit(1)
            )
        actor = resolve_actor(db, actor_name)
        window = MainWindow(db, actor, path, desk_name)
        window.resize(*SIZE)
        window.show()

        window.people.search_box.setText(person_search)
        window.people.refresh()
        _save(window, args.out, "people")
        window.people.search_box.clear()

        window.new_person()
        _save(window, args.out, "person-intake")
        window.close_tab(window.tabs.currentIndex())

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

        editor = window.open_plan(int(wbo))
        assert editor is not None
        editor.inputs.setCurrentWidget(editor.tab_of["sources"])
        _save(window, args.out, "business-plan")
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
        window.resources.refresh()
        _save(window, args.out, "resources-skills")
        window.resources.views.setCurrentIndex(0)
        _save(window, args.out, "resources")
        window.resources.views.setCurrentWidget(window.resources.catalogue)
        window.resources.catalogue.table.table.selectRow(0)
        _save(window, args.out, "funding-catalogue")

        window.show_page("reports")
        _save(window, args.out, "reports")
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
        admin = resolve_actor(db, "Amministratore demo")
        admin_window = MainWindow(db, admin, path, desk_name)
        admin_window.resize(*SIZE)
        admin_window.show()
        administration = admin_window.show_page("administration")
        _save(admin_window, args.out, "accounts")
        administration.tabs.setCurrentWidget(administration.audit)
        administration.audit.set_person(int(member))
        _save(admin_window, args.out, "audit-trail")
        admin_window.close()
        db.dispose()


if __name__ == "__main__":
    main()
