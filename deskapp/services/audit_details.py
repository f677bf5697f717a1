"""The audit trail's details in the reader's language.

The services store each event's detail in English ("1 row (person 432)", "member
anonymised") and the audit chain covers it: a stored detail is never rewritten. The
trail reads it back here, shape by shape, as a marked sentence with its numbers, which
the window translates; a detail of no known shape is shown as it is stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.enums import Stage
from deskapp.services.checklists import STEPS_BY_KEY

CONTEXT = "AuditDetail"


@dataclass(frozen=True)
class Marked:
    """A marked text to translate in ``context``, then to fill with ``params`` (each a
    plain string or itself a ``Marked``)."""

    text: str
    params: dict[str, str | Marked] = field(default_factory=dict)
    context: str = CONTEXT


# (shape, sentence for one, sentence for more than one): {n} is the shape's first group.
_COUNTED: list[tuple[re.Pattern[str], str, str]] = [
    (
        re.compile(r"(\d+) rows? \((?P<note>.+)\)"),
        QT_TRANSLATE_NOOP("AuditDetail", "1 row ({note})"),
        QT_TRANSLATE_NOOP("AuditDetail", "{n} rows ({note})"),
    ),
    (
        re.compile(r"(\d+) rows?"),
        QT_TRANSLATE_NOOP("AuditDetail", "1 row"),
        QT_TRANSLATE_NOOP("AuditDetail", "{n} rows"),
    ),
    (
        re.compile(r"(\d+) (?:people|person) shown \((?P<where>.+)\)"),
        QT_TRANSLATE_NOOP("AuditDetail", "1 person shown ({where})"),
        QT_TRANSLATE_NOOP("AuditDetail", "{n} people shown ({where})"),
    ),
    (
        re.compile(r"demo data: (\d+) persons?, seed (?P<seed>\d+)"),
        QT_TRANSLATE_NOOP("AuditDetail", "demo data: 1 person, seed {seed}"),
        QT_TRANSLATE_NOOP("AuditDetail", "demo data: {n} persons, seed {seed}"),
    ),
    (
        re.compile(r"(\d+) persons?"),
        QT_TRANSLATE_NOOP("AuditDetail", "1 person"),
        QT_TRANSLATE_NOOP("AuditDetail", "{n} persons"),
    ),
]

# Details stored as fixed words.
_FIXED = {
    text: text
    for text in (
        QT_TRANSLATE_NOOP("AuditDetail", "no password"),
        QT_TRANSLATE_NOOP("AuditDetail", "backup"),
        QT_TRANSLATE_NOOP("AuditDetail", "restored from a backup"),
        QT_TRANSLATE_NOOP("AuditDetail", "member anonymised"),
        QT_TRANSLATE_NOOP("AuditDetail", "anonymised (GDPR art. 17)"),
        QT_TRANSLATE_NOOP("AuditDetail", "anonymised (GDPR art. 17), re-applied after restore"),
        # the notes of an export and the places of a search
        QT_TRANSLATE_NOOP("AuditDetail", "batch"),
        QT_TRANSLATE_NOOP("AuditDetail", "all desks"),
        QT_TRANSLATE_NOOP("AuditDetail", "command line"),
    )
}

# Shapes with words around ids and codes (no count).
_WORDED: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"restored from a backup by (?P<name>.+)"),
        QT_TRANSLATE_NOOP("AuditDetail", "restored from a backup by {name}"),
    ),
    (re.compile(r"person (?P<id>\d+)"), QT_TRANSLATE_NOOP("AuditDetail", "person {id}")),
    (re.compile(r"project (?P<id>\d+)"), QT_TRANSLATE_NOOP("AuditDetail", "project {id}")),
    (re.compile(r"desk (?P<id>\d+)"), QT_TRANSLATE_NOOP("AuditDetail", "desk {id}")),
    (re.compile(r"region (?P<code>\w+)"), QT_TRANSLATE_NOOP("AuditDetail", "region {code}")),
    # a coordinator report: "xlsx, 2026-01-01..2026-06-30, desk 3"
    (
        re.compile(r"(?P<format>\w+), (?P<start>[\d-]+)\.\.(?P<end>[\d-]+), (?P<scope>.+)"),
        QT_TRANSLATE_NOOP("AuditDetail", "{format}, {start} to {end}, {scope}"),
    ),
]

_STAGES = {stage.value: stage for stage in Stage}
_STAGE_CHANGE = re.compile(r"(?P<previous>\w+)->(?P<target>\w+)")


def explain_detail(detail: str) -> Marked | None:
    """The marked sentence a stored detail reads as, or None for an unknown shape
    (shown as stored). Parts inside brackets are read the same way."""
    if detail in _FIXED:
        return Marked(_FIXED[detail])
    for shape, one, many in _COUNTED:
        match = shape.fullmatch(detail)
        if match:
            n = int(match.group(1))
            params: dict[str, str | Marked] = {"n": str(n)}
            params.update({k: _part(v) for k, v in match.groupdict().items()})
            return Marked(one if n == 1 else many, params)
    for shape, text in _WORDED:
        match = shape.fullmatch(detail)
        if match:
            return Marked(
                text, {k: v if k == "name" else _part(v) for k, v in match.groupdict().items()}
            )
    stages = _STAGE_CHANGE.fullmatch(detail)
    if stages and {stages["previous"], stages["target"]} <= _STAGES.keys():
        return Marked(
            QT_TRANSLATE_NOOP("AuditDetail", "{previous} to {target}"),
            {
                "previous": Marked(_STAGES[stages["previous"]].label, context="Enum"),
                "target": Marked(_STAGES[stages["target"]].label, context="Enum"),
            },
        )
    step = STEPS_BY_KEY.get(detail)
    if step is not None:  # a checklist step ticked or unticked: its key
        return Marked(step.text, context="Checklist")
    return None


def _part(text: str) -> str | Marked:
    """A part of a detail (an export's note, a date, a name): read the same way if it
    has a known shape, else kept as stored."""
    if text.isdigit():
        return text
    return explain_detail(text) or text
