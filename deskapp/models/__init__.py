"""Typed SQLAlchemy models of deskapp. Naming a model from this package (``from
deskapp.models import Person``, or ``Base``) registers every table.

The models load on that first use, not with the package: the enums, the identifiers
and the first look at a file before the login dialog (``deskapp.models.first_look``)
live in this package too, and must not bring SQLAlchemy with them (start-up, issue 17).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from deskapp.models.activity import Activity
    from deskapp.models.audit import AuditEvent
    from deskapp.models.base import Base
    from deskapp.models.business_plan import BusinessPlan, BusinessPlanVersion
    from deskapp.models.funding_catalogue import FundingCatalogueEntry
    from deskapp.models.network import (
        MatchOutcome,
        Opening,
        Organisation,
        OrganisationContact,
        OrganisationRelation,
        ProjectRole,
        SupplyChain,
    )
    from deskapp.models.organisation import Desk, Operator
    from deskapp.models.person import Consent, Need, NeedsAssessment, Person, Skill
    from deskapp.models.project import (
        ChecklistTick,
        EnterpriseProject,
        FundingApplication,
        ProjectMembership,
        StageTransition,
        StructuralResource,
        project_resource,
    )
    from deskapp.models.sync import (
        ChangeLog,
        SyncAuditEvent,
        SyncBase,
        SyncBundle,
        SyncConflict,
        SyncErased,
        SyncIdentity,
        SyncMerge,
        SyncPeer,
        SyncRecipient,
        SyncTaxKey,
    )

# Each model, by the module that defines it.
_MODULES = {
    "Activity": "activity",
    "AuditEvent": "audit",
    "Base": "base",
    "BusinessPlan": "business_plan",
    "BusinessPlanVersion": "business_plan",
    "ChecklistTick": "project",
    "Consent": "person",
    "Desk": "organisation",
    "EnterpriseProject": "project",
    "FundingApplication": "project",
    "FundingCatalogueEntry": "funding_catalogue",
    "MatchOutcome": "network",
    "Need": "person",
    "NeedsAssessment": "person",
    "Opening": "network",
    "Operator": "organisation",
    "Organisation": "network",
    "OrganisationContact": "network",
    "OrganisationRelation": "network",
    "Person": "person",
    "ProjectMembership": "project",
    "ProjectRole": "network",
    "Skill": "person",
    "StageTransition": "project",
    "StructuralResource": "project",
    "SupplyChain": "network",
    "project_resource": "project",
    "ChangeLog": "sync",
    "SyncAuditEvent": "sync",
    "SyncBase": "sync",
    "SyncBundle": "sync",
    "SyncConflict": "sync",
    "SyncErased": "sync",
    "SyncIdentity": "sync",
    "SyncMerge": "sync",
    "SyncPeer": "sync",
    "SyncRecipient": "sync",
    "SyncTaxKey": "sync",
}

__all__ = [
    "Activity",
    "AuditEvent",
    "Base",
    "BusinessPlan",
    "BusinessPlanVersion",
    "ChecklistTick",
    "Consent",
    "Desk",
    "EnterpriseProject",
    "FundingApplication",
    "FundingCatalogueEntry",
    "MatchOutcome",
    "Need",
    "NeedsAssessment",
    "Opening",
    "Operator",
    "Organisation",
    "OrganisationContact",
    "OrganisationRelation",
    "Person",
    "ProjectMembership",
    "ProjectRole",
    "Skill",
    "StageTransition",
    "StructuralResource",
    "SupplyChain",
    "project_resource",
    "ChangeLog",
    "SyncAuditEvent",
    "SyncBase",
    "SyncBundle",
    "SyncConflict",
    "SyncErased",
    "SyncIdentity",
    "SyncMerge",
    "SyncPeer",
    "SyncRecipient",
    "SyncTaxKey",
]


def register_every_table() -> None:
    """Import every model module, so that ``Base.metadata`` holds every table."""
    for name, module in _MODULES.items():
        globals()[name] = getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    register_every_table()
    return globals()[name]
