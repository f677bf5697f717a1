"""Typed errors of the data layer. Each carries a message an operator can act on.

Messages are English source strings marked for translation with their parameters
kept apart, so the UI can translate the template and then fill it in.
"""

from __future__ import annotations

from typing import Any

from deskapp.i18n import QT_TRANSLATE_NOOP


class DeskappError(Exception):
    """Base of every error deskapp reports to a person rather than a programmer."""

    context = "Error"

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


class DatabaseError(DeskappError):
    """The database file cannot be opened or used as it is."""


class SchemaTooNewError(DatabaseError):
    """The file was written by a newer deskapp; opening it could damage it."""


class NotADeskappDatabaseError(DatabaseError):
    pass


class DatabaseUnreachableError(DatabaseError):
    """A database server that cannot be reached or refuses the login."""


class PasswordNeededError(DatabaseUnreachableError):
    """The server asks for a password and none was found (PGPASSWORD, ~/.pgpass):
    the window and a terminal ask for it."""


class ConnectionLostError(DatabaseUnreachableError):
    """The connection to the database server broke (server restarted, network gone)
    during a unit of work, or the server cannot be reached again. ``saved`` says
    what became of a save: False, nothing of it was written; None, not known yet
    (the connection broke while the server was committing it)."""

    def __init__(self, template: str, saved: bool | None = False, **params: Any) -> None:
        self.saved = saved
        super().__init__(template, **params)


class DatabaseBusyError(DeskappError):
    """Another program kept the database's write lock longer than deskapp waits."""


class DiskFullError(DeskappError):
    """The disk (or the quota) filled during a write; SQLite rolled it back whole."""


class FieldError:
    """What is wrong with one input field, in words an operator understands."""

    __slots__ = ("field", "label", "template", "params")

    def __init__(self, field: str, label: str, template: str, **params: Any) -> None:
        self.field = field
        self.label = label
        self.template = template
        self.params = params

    @property
    def reason(self) -> str:
        return self.template.format(**self.params) if self.params else self.template

    @property
    def message(self) -> str:
        return f"{self.label}: {self.reason}"

    def __repr__(self) -> str:
        return f"<FieldError {self.field}: {self.reason}>"


class ValidationFailed(DeskappError):
    """Input was refused; ``errors`` names each field and the reason. Nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("{details}", details="; ".join(e.message for e in errors))

    def for_field(self, field: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == field), None)


class DuplicatePersonError(ValidationFailed):
    """The codice fiscale already belongs to a person in the registry."""

    def __init__(self, error: FieldError, existing_person_id: int) -> None:
        self.existing_person_id = existing_person_id
        super().__init__([error])


class ConflictError(DeskappError):
    """Someone saved the record after it was opened; nothing was overwritten."""

    def __init__(self, entity: str, entity_id: int, expected: int, current: int | None) -> None:
        self.entity = entity
        self.entity_id = entity_id
        self.expected_version = expected
        self.current_version = current
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Error",
                "This record was changed by someone else after you opened it "
                "(version {current}, yours {expected}). Reload it to see their changes; "
                "nothing was saved.",
            ),
            current=current,
            expected=expected,
        )


class NotFoundError(DeskappError):
    pass


class StageRefusedError(DeskappError):
    """A stage change was refused; ``reasons`` lists each unmet condition."""

    def __init__(self, template: str, reasons: list[str] | None = None, **params: Any) -> None:
        self.reasons = reasons or []
        super().__init__(template, **params)

    @property
    def message(self) -> str:
        base = super().message
        return base + (" " + " ".join(self.reasons) if self.reasons else "")


class PermissionDeniedError(DeskappError):
    pass


class Reason(str):
    """An English sentence that keeps its marked template and parameters, so a screen
    can say it in the operator's language; compares and prints as the sentence."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Reason:
        self = super().__new__(cls, template.format(**params) if params else template)
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # worker processes send reasons back
        return (_reason, (self.template, self.params))


def _reason(template: str, params: dict[str, Any]) -> Reason:
    return Reason(template, **params)


# Where a row of a registry file is, as the person looking at the file finds it.
LINE = QT_TRANSLATE_NOOP("Error", "line {line}")
RECORD = QT_TRANSLATE_NOOP("Error", "record {record} (line {line})")
ROW = QT_TRANSLATE_NOOP("Error", "row {row}")


class Places:
    """Names the place of a row by the number the import keeps for it: the line it
    starts on in a text file (said "record N (line L)" once a quoted cell has run over
    several lines, so that the record and the line differ), the row of a workbook."""

    def __init__(self, unit: str = "line", records: dict[int, int] | None = None) -> None:
        self.unit = unit
        self.records = records or {}

    def of(self, line: int) -> Reason:
        if self.unit == "row":
            return Reason(ROW, row=line)
        record = self.records.get(line)
        if record is not None:
            return Reason(RECORD, record=record, line=line)
        return Reason(LINE, line=line)


# (line or row, column, reason): one problem of one row of a file.
RowIssue = tuple[int, str, str]


class ImportFailed(DeskappError):
    """An import file had bad rows; ``row_errors`` holds (line, column, reason), and
    ``warnings`` what would have been imported with a warning."""

    def __init__(
        self,
        row_errors: list[RowIssue],
        rows_read: int,
        warnings: list[RowIssue] | None = None,
        places: Places | None = None,
    ) -> None:
        self.row_errors = row_errors
        self.rows_read = rows_read
        self.warnings = warnings or []
        self.places = places or Places()
        count = len({line for line, _, _ in row_errors})
        # Two messages, not Qt's plural forms: a lower layer's sentence is a template the
        # window and the command line translate later ("1 riga su 5 contiene errori").
        one = QT_TRANSLATE_NOOP("Error", "1 of {rows} rows has errors; nothing was imported.")
        many = QT_TRANSLATE_NOOP(
            "Error", "{count} of {rows} rows have errors; nothing was imported."
        )
        super().__init__(one if count == 1 else many, count=count, rows=rows_read)


class Cancelled(DeskappError):
    """Raised from a progress callback when the operator cancels long work; the work
    stops where it is and rolls back or removes what it had half done."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Error", "Cancelled: nothing was changed."))
