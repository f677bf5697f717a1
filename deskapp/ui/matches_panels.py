"""The Matches tabs: on a person, the openings and firms that fit, ranked, each with
its reasons, and the proposals made; on a project, the roles it still needs (added,
changed, removed here), the people who fit each, premises and partners near it. A
proposal's every step (proposed, contacted, interview, hired, declined) is recorded
with its date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from deskapp.errors import DeskappError
from deskapp.matching.explain import no_trade, say
from deskapp.matching.scoring import Match
from deskapp.matching.terms import names_no_trade
from deskapp.models.database import Database
from deskapp.models.enums import MatchStatus, SkillLevel
from deskapp.models.network_schemas import OutcomeInput, ProjectRoleInput
from deskapp.services import matches, openings
from deskapp.services.actor import Actor
from deskapp.ui.accessibility import show_message
from deskapp.ui.field_form import FieldForm, Spec
from deskapp.ui.formatting import format_date
from deskapp.ui.i18n import enum_label, error_text
from deskapp.ui.panels import TablePanel
from deskapp.ui.record_dialog import RecordDialog
from deskapp.ui.sector_picker import ui_language


def reasons(match: Match) -> str:
    """The match's reasons, joined as the language writes a list's semicolon (a
    no-break space before it in French)."""
    language = ui_language()
    parts = [say(piece, QCoreApplication.translate, language) for piece in match.whys]
    separator = QCoreApplication.translate("Match", "; ", "between the reasons of a match")
    return separator.join(p for p in parts if p)


def outcome_dialog(
    parent: QWidget,
    db: Database,
    actor: Actor,
    target: dict[str, Any],
    title: str,
    status: MatchStatus = MatchStatus.PROPOSED,
) -> RecordDialog:
    """Record one step of a proposal: ``target`` names the person and the opening or
    the project's role."""
    form = FieldForm(
        OutcomeInput,
        [Spec("status", "enum", MatchStatus), Spec("happened_on", "date")],
    )
    form.set_values({"status": status.value, "happened_on": dt.date.today()})
    dialog = RecordDialog(
        title,
        form,
        lambda values: matches.record_outcome(db, actor, {**values, **target}),
        parent,
        intro=title,
    )
    dialog.open()
    return dialog


def _next_status(current: MatchStatus) -> MatchStatus:
    order = list(MatchStatus)
    return order[min(order.index(current) + 1, len(order) - 1)]


class _Lazy(QWidget):
    """Matching takes a moment: done when the tab is first shown, not when the record
    opens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True

    def refresh(self) -> None:
        self._stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if self._stale:
            self.load()
        super().showEvent(event)

    def load(self) -> None:
        self._stale = False


class PersonMatchesPanel(_Lazy):
    changed = Signal()

    def __init__(self, db: Database, actor: Actor | None, person_id: int) -> None:
        super().__init__()
        self._db, self._actor, self.person_id = db, actor, person_id
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.openings = TablePanel(
            [self.tr("Role"), self.tr("Organisation"), self.tr("Score"), self.tr("Why")],
            numeric_columns=(2,),
            name=self.tr("Openings that fit"),
        )
        self.openings.add_button(self.tr("Propose..."), self.propose)
        self.openings.activated.connect(lambda _id: self.propose())
        self.firms = TablePanel(
            [self.tr("Organisation"), self.tr("Municipality"), self.tr("Score"), self.tr("Why")],
            numeric_columns=(2,),
            name=self.tr("Firms that fit"),
        )
        self.outcomes = TablePanel(
            [
                self.tr("Date"),
                self.tr("Outcome"),
                self.tr("Role"),
                self.tr("Where"),
                self.tr("Operator"),
            ],
            name=self.tr("Proposals"),
        )
        self.outcomes.add_button(self.tr("Next step..."), self.next_step)
        self.views = QTabWidget()
        self.views.addTab(self.openings, self.tr("Openings"))
        self.views.addTab(self.firms, self.tr("Firms"))
        self.views.addTab(self.outcomes, self.tr("Proposals"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.views, 1)
        self._matches: dict[int, Match] = {}
        self._outcomes: dict[int, matches.OutcomeRow] = {}

    def load(self) -> None:
        super().load()
        from deskapp.matching.person import match_person

        if self._actor is None:
            return
        try:
            found = match_person(self._db, self._actor, self.person_id)
        except DeskappError as error:
            show_message(self.notice, error_text(error))
            return
        self.notice.setText(
            ""
            if found.consent
            else self.tr(
                "No consent to be proposed to employers and projects: record it under "
                "Privacy before proposing this person. Nothing is matched until then."
            )
        )
        self.notice.setVisible(not found.consent)
        self._matches = {m.target_id: m for m in found.openings}
        self.openings.set_rows(
            [
                (m.target_id, [m.title, m.where, f"{m.score:.0f}", reasons(m)])
                for m in found.openings
            ],
            self.tr(
                "No open opening fits these skills: record the person's skills, "
                "or look again later."
            ),
        )
        self.firms.set_rows(
            [
                (m.target_id, [m.title, m.where, f"{m.score:.0f}", reasons(m)])
                for m in found.organisations
            ],
            self.tr("No firm of the network fits these skills."),
        )
        self._load_outcomes()

    def _load_outcomes(self) -> None:
        rows = matches.person_outcomes(self._db, self.person_id)
        self._outcomes = {r.id: r for r in rows}
        self.outcomes.set_rows(
            [
                (
                    r.id,
                    [format_date(r.happened_on), enum_label(r.status), r.role, r.where, r.operator],
                )
                for r in rows
            ],
            self.tr("No proposal yet: choose an opening and \u201cPropose\u201d."),
        )

    def _record(
        self, target: dict[str, Any], title: str, status: MatchStatus
    ) -> RecordDialog | None:
        if self._actor is None:
            return None
        dialog = outcome_dialog(
            self, self._db, self._actor, {"person_id": self.person_id, **target}, title, status
        )
        dialog.saved.connect(lambda _id: self._recorded())
        return dialog

    def _recorded(self) -> None:
        self.load()
        self.views.setCurrentWidget(self.outcomes)
        self.changed.emit()

    def propose(self) -> RecordDialog | None:
        match = self._matches.get(self.openings.current_id() or 0)
        if match is None:
            return None
        return self._record(
            {"opening_id": match.target_id},
            self.tr("Proposal: %1").replace("%1", f"{match.title} - {match.where}"),
            MatchStatus.PROPOSED,
        )

    def next_step(self) -> RecordDialog | None:
        row = self._outcomes.get(self.outcomes.current_id() or 0)
        if row is None:
            return None
        return self._record(
            {"opening_id": row.opening_id, "project_role_id": row.project_role_id},
            self.tr("Proposal: %1").replace("%1", f"{row.role} - {row.where}"),
            _next_status(row.status),
        )


def role_form() -> FieldForm:
    return FieldForm(
        ProjectRoleInput,
        [
            Spec("title"),
            Spec("skills"),
            Spec("level", "enum", SkillLevel, optional=True),
            Spec("posts", "int"),
            Spec("filled", "int"),
        ],
    )


class ProjectMatchesPanel(_Lazy):
    """The roles a project still needs, and who fits each; premises and partners."""

    open_person = Signal(int)

    def __init__(self, db: Database, actor: Actor | None, project_id: int) -> None:
        super().__init__()
        self._db, self._actor, self.project_id = db, actor, project_id
        self.roles = TablePanel(
            [
                self.tr("Role"),
                self.tr("Skills wanted"),
                self.tr("Level"),
                self.tr("Posts"),
                self.tr("Filled"),
            ],
            numeric_columns=(3, 4),
            name=self.tr("Roles the project needs"),
        )
        self.roles.add_button(self.tr("Add role..."), self.add_role, False)
        self.roles.add_button(self.tr("Edit..."), self.edit_role)
        self.roles.add_button(self.tr("Remove"), self.remove_role)
        self.roles.table.itemSelectionChanged.connect(self._show_people)
        self.people = TablePanel(
            [self.tr("Person"), self.tr("Municipality"), self.tr("Score"), self.tr("Why")],
            numeric_columns=(2,),
            name=self.tr("People who fit the role"),
        )
        self.people.add_button(self.tr("Open person"), self._open_person)
        self.people.add_button(self.tr("Propose..."), self.propose)
        self.people.activated.connect(lambda _id: self._open_person())
        self.partners = TablePanel(
            [self.tr("Organisation"), self.tr("Municipality"), self.tr("Why")],
            name=self.tr("Partner organisations"),
        )
        self.resources = TablePanel(
            [self.tr("Resource"), self.tr("Municipality"), self.tr("Why")],
            name=self.tr("Premises, land and machinery nearby"),
        )
        self.outcomes = TablePanel(
            [self.tr("Date"), self.tr("Outcome"), self.tr("Person"), self.tr("Role")],
            name=self.tr("Proposals"),
        )
        self.outcomes.add_button(self.tr("Next step..."), self.next_step)
        people_tab = QWidget()
        pl = QVBoxLayout(people_tab)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.roles, 1)
        pl.addWidget(self.people, 2)
        self.views = QTabWidget()
        self.views.addTab(people_tab, self.tr("Roles and people"))
        self.views.addTab(self.partners, self.tr("Partners"))
        self.views.addTab(self.resources, self.tr("Resources nearby"))
        self.views.addTab(self.outcomes, self.tr("Proposals"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.views)
        self._roles: dict[int, Any] = {}
        self._people: dict[int, list[Match]] = {}
        self._outcomes: dict[int, matches.OutcomeRow] = {}

    def load(self) -> None:
        super().load()
        from deskapp.matching.project import match_project

        roles = openings.list_project_roles(self._db, self.project_id)
        self._roles = {r.id: r for r in roles}
        self.roles.set_rows(
            [
                (
                    r.id,
                    [
                        r.title,
                        r.skills,
                        enum_label(r.level) if r.level else "",
                        str(r.posts),
                        str(r.filled),
                    ],
                )
                for r in roles
            ],
            self.tr("No role recorded: add the roles the project still needs filled."),
        )
        self._people = {}
        found = None
        if self._actor is not None:
            try:
                found = match_project(self._db, self._actor, self.project_id)
            except DeskappError:
                found = None
        if found is not None:
            self._people = {role.id: people for role, people in found.roles}
            self.partners.set_rows(
                [(m.target_id, [m.title, m.where, reasons(m)]) for m in found.partners],
                self.tr("No partner organisation fits this project's sector or chain."),
            )
            self.resources.set_rows(
                [(m.target_id, [m.title, m.where, reasons(m)]) for m in found.resources],
                self.tr("No free premises, land or machinery fits."),
            )
        rows = matches.project_outcomes(self._db, self.project_id)
        self._outcomes = {r.id: r for r in rows}
        self.outcomes.set_rows(
            [
                (r.id, [format_date(r.happened_on), enum_label(r.status), r.person_name, r.role])
                for r in rows
            ],
            self.tr("No proposal yet: choose a role, a person, and \u201cPropose\u201d."),
        )
        if roles:
            self.roles.table.selectRow(0)
        self._show_people()

    def _show_people(self) -> None:
        role_id = self.roles.current_id()
        people = self._people.get(role_id or 0, [])
        role = self._roles.get(role_id or 0)
        if role_id is None:
            empty = self.tr("Choose a role to see who fits it.")
        elif role is not None and role.still_needed <= 0:
            empty = self.tr("Every post of this role is filled.")
        elif role is not None and names_no_trade(f"{role.title} {role.skills}"):
            empty = no_trade(QCoreApplication.translate, role.title)
        else:
            empty = self.tr("Nobody who agreed to be proposed has these skills. Try other words.")
        self.people.set_rows(
            [(m.target_id, [m.title, m.where, f"{m.score:.0f}", reasons(m)]) for m in people],
            empty,
        )

    # --- roles -------------------------------------------------------------------

    def _role_dialog(self, title: str, form: FieldForm, save: Any) -> RecordDialog | None:
        if self._actor is None:
            return None
        dialog = RecordDialog(title, form, save, self)
        # A role of generic words only matches no one: said as it is typed.
        hint = QLabel()
        hint.setWordWrap(True)
        hint.setObjectName("no_trade_hint")
        dialog.layout().insertWidget(dialog.layout().indexOf(form) + 1, hint)
        dialog.no_trade_hint = hint  # type: ignore[attr-defined]

        def check() -> None:
            values = form.values()
            role = str(values.get("title") or "").strip()
            generic = names_no_trade(f"{role} {values.get('skills') or ''}")
            hint.setText(no_trade(QCoreApplication.translate, role) if generic else "")
            hint.setVisible(generic)

        form.changed.connect(check)
        check()
        dialog.saved.connect(lambda _r: self.load())
        dialog.open()
        return dialog

    def add_role(self) -> RecordDialog | None:
        actor = self._actor
        form = role_form()
        form.set_values({"posts": 1, "filled": 0})
        return self._role_dialog(
            self.tr("New role"),
            form,
            lambda v: openings.add_project_role(self._db, actor, self.project_id, v),
        )

    def edit_role(self) -> RecordDialog | None:
        role = self._roles.get(self.roles.current_id() or 0)
        if role is None:
            return None
        actor = self._actor
        form = role_form()
        form.set_values(
            {
                "title": role.title,
                "skills": role.skills,
                "level": role.level.value if role.level else None,
                "posts": role.posts,
                "filled": role.filled,
            }
        )
        return self._role_dialog(
            role.title,
            form,
            lambda v: openings.update_project_role(self._db, actor, role.id, role.version, v),
        )

    def remove_role(self) -> None:
        role = self._roles.get(self.roles.current_id() or 0)
        if role is None or self._actor is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove"),
            self.tr("Remove the role %1 and its proposals?").replace("%1", role.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                openings.remove_project_role(self._db, self._actor, role.id)
            except DeskappError as error:
                QMessageBox.warning(self, self.tr("Not removed"), error_text(error))
            self.load()

    # --- people ------------------------------------------------------------------

    def _open_person(self) -> None:
        person_id = self.people.current_id()
        if person_id is not None:
            self.open_person.emit(person_id)

    def propose(self) -> RecordDialog | None:
        role = self._roles.get(self.roles.current_id() or 0)
        person_id = self.people.current_id()
        if role is None or person_id is None or self._actor is None:
            return None
        name = self.people.table.item(self.people.table.currentRow(), 0).text()
        dialog = outcome_dialog(
            self,
            self._db,
            self._actor,
            {"person_id": person_id, "project_role_id": role.id},
            self.tr("Proposal: %1").replace("%1", f"{name} - {role.title}"),
        )
        dialog.saved.connect(lambda _id: self.load())
        return dialog

    def next_step(self) -> RecordDialog | None:
        row = self._outcomes.get(self.outcomes.current_id() or 0)
        if row is None or self._actor is None:
            return None
        dialog = outcome_dialog(
            self,
            self._db,
            self._actor,
            {"person_id": row.person_id, "project_role_id": row.project_role_id},
            self.tr("Proposal: %1").replace("%1", f"{row.person_name} - {row.role}"),
            _next_status(row.status),
        )
        dialog.saved.connect(lambda _id: self.load())
        return dialog
