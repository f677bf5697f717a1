"""Typed SQLAlchemy models of deskapp. Importing this package registers every table."""

from deskapp.models.activity import Activity
from deskapp.models.audit import AuditEvent
from deskapp.models.base import Base
from deskapp.models.business_plan import BusinessPlan, BusinessPlanVersion
from deskapp.models.funding_catalogue import FundingCatalogueEntry
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
    "Need",
    "NeedsAssessment",
    "Operator",
    "Person",
    "ProjectMembership",
    "Skill",
    "StageTransition",
    "StructuralResource",
    "project_resource",
]
