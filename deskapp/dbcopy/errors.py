"""Why a copy was refused, in words; each says that nothing was written."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from deskapp.errors import DeskappError, Reason
from deskapp.i18n import QT_TRANSLATE_NOOP


class CopyRefused(DeskappError):
    """The copy was not made (or not started); the target is as it was. ``details``:
    sentences said below the message, each with the context it is translated in."""

    details: list[tuple[Reason, str]]

    def __init__(self, template: str, **params: Any) -> None:
        self.details = []
        super().__init__(template, **params)


class TargetNotEmpty(CopyRefused):
    pass


class SourceNotReady(CopyRefused):
    """The source is not at this version's schema, or its audit trail does not hold."""


class CopyFailed(CopyRefused):
    """A database failed while a table was copied (a connection broke, a right is
    missing...): said by its kind and code, never by the driver's message, which may
    quote a row. The copy was rolled back."""

    def __init__(self, target: str, reason: Reason, *, table: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Error",
                "The copy to {target} failed while copying the table {table}: {reason}. "
                "Nothing was written.",
            ),
            target=target,
            table=table,
            reason=reason,
        )


@dataclass(frozen=True)
class RowProblem:
    """A row the target cannot take: its table, its primary key, the column (None when
    the target refused the row as a whole) and why, never the value."""

    table: str
    row: str
    column: str | None
    reason: Reason


ROW_PROBLEM = QT_TRANSLATE_NOOP("Error", "table {table}, row {row}, column {column}: {reason}")
MORE_PROBLEMS = QT_TRANSLATE_NOOP("Error", "... and {count} more values that cannot be written")
ROW_REFUSED = QT_TRANSLATE_NOOP("Error", "table {table}, row {row}: {reason}")


class RowsRefused(CopyRefused):
    """Rows of the source that the target cannot take; the copy was rolled back.
    ``problems`` lists the first of them (up to ``deskapp.dbcopy.copy.PROBLEMS_LISTED``),
    ``more`` counts the rest."""

    def __init__(self, target: str, problems: list[RowProblem], more: int = 0) -> None:
        self.problems = problems
        self.more = more
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Error",
                "The copy to {target} was stopped: the source holds values that cannot "
                "be written there. Nothing was written; correct them in the source "
                "database, then copy again.",
            ),
            target=target,
        )
        self.details = [(problem_reason(p), "Error") for p in problems]
        if more:
            self.details.append((Reason(MORE_PROBLEMS, count=f"{more:,}"), "Error"))


def problem_reason(problem: RowProblem) -> Reason:
    """One problem as a sentence ("table person, row 17, column notes: holds a NUL...")
    whose inner ``reason`` is a sentence of its own, to be translated first."""
    params: dict[str, Any] = {"table": problem.table, "row": problem.row}
    if problem.column is None:
        return Reason(ROW_REFUSED, reason=problem.reason, **params)
    return Reason(ROW_PROBLEM, column=problem.column, reason=problem.reason, **params)
