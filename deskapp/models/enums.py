"""Closed lists of the domain, stored as their lowercase ``value`` strings.

Each enum member carries an English label marked for translation; the UI shows
``QCoreApplication.translate("Enum", member.label)``. Values are stable database
words: never rename a value without a migration.
"""

from __future__ import annotations

import enum
import functools
from typing import Self, cast

from deskapp.i18n import QT_TRANSLATE_NOOP


class LabelledEnum(str, enum.Enum):
    """A string enum whose members also carry a human label."""

    label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, text: str) -> Self:
        """Accept the stored value or the English label, case-insensitively."""
        try:
            return cast(Self, _lookup(cls)[text.strip().lower()])
        except KeyError:
            raise ValueError(text) from None


@functools.cache
def _lookup(cls: type[LabelledEnum]) -> dict[str, LabelledEnum]:
    # Imports parse ~10 enum cells a row: a dict beats scanning the members.
    table: dict[str, LabelledEnum] = {}
    for member in cls:
        table.setdefault(member.label.lower(), member)
    for member in cls:
        table[member.value.lower()] = member  # values win over a clashing label
    return table


class Country(LabelledEnum):
    IT = ("IT", QT_TRANSLATE_NOOP("Enum", "Italy"))
    FR = ("FR", QT_TRANSLATE_NOOP("Enum", "France"))


class Language(LabelledEnum):
    IT = ("it", QT_TRANSLATE_NOOP("Enum", "Italian"))
    FR = ("fr", QT_TRANSLATE_NOOP("Enum", "French"))


class Region(LabelledEnum):
    LIGURIA = ("liguria", QT_TRANSLATE_NOOP("Enum", "Liguria"))
    TOSCANA = ("toscana", QT_TRANSLATE_NOOP("Enum", "Toscana"))
    SARDEGNA = ("sardegna", QT_TRANSLATE_NOOP("Enum", "Sardegna"))
    CORSE = ("corse", QT_TRANSLATE_NOOP("Enum", "Corse"))
    SUD = ("sud", QT_TRANSLATE_NOOP("Enum", "Région Sud"))
    OTHER = ("other", QT_TRANSLATE_NOOP("Enum", "Other region"))


class OperatorRole(LabelledEnum):
    OPERATOR = ("operator", QT_TRANSLATE_NOOP("Enum", "Operator"))
    COORDINATOR = ("coordinator", QT_TRANSLATE_NOOP("Enum", "Coordinator"))
    ADMINISTRATOR = ("administrator", QT_TRANSLATE_NOOP("Enum", "Administrator"))


class Sex(LabelledEnum):
    FEMALE = ("F", QT_TRANSLATE_NOOP("Enum", "Female"))
    MALE = ("M", QT_TRANSLATE_NOOP("Enum", "Male"))


class EmploymentStatus(LabelledEnum):
    UNEMPLOYED = ("unemployed", QT_TRANSLATE_NOOP("Enum", "Unemployed"))
    LAID_OFF = ("laid_off", QT_TRANSLATE_NOOP("Enum", "Laid off after a company crisis"))
    AT_RISK = ("at_risk", QT_TRANSLATE_NOOP("Enum", "At risk of losing their job"))
    EMPLOYED = ("employed", QT_TRANSLATE_NOOP("Enum", "Employed"))
    INACTIVE = ("inactive", QT_TRANSLATE_NOOP("Enum", "Inactive"))


class FranceTravailCategory(LabelledEnum):
    """The jobseeker categories of France Travail (Pôle emploi until 2024), as France
    Travail and the DARES publish them; F and G exist since 1 January 2025 (loi pour le
    plein emploi), when RSA beneficiaries began to be registered automatically."""

    A = ("A", QT_TRANSLATE_NOOP("Enum", "A - without work, must look for a job"))
    B = (
        "B",
        QT_TRANSLATE_NOOP("Enum", "B - worked 78 hours or less in the month, must look for a job"),
    )
    C = (
        "C",
        QT_TRANSLATE_NOOP("Enum", "C - worked over 78 hours in the month, must look for a job"),
    )
    D = (
        "D",
        QT_TRANSLATE_NOOP(
            "Enum", "D - without work, not required to look for one (training, illness...)"
        ),
    )
    E = (
        "E",
        QT_TRANSLATE_NOOP(
            "Enum", "E - in work, not required to look for a job (assisted contract, new business)"
        ),
    )
    F = ("F", QT_TRANSLATE_NOOP("Enum", "F - on a social support path"))
    G = ("G", QT_TRANSLATE_NOOP("Enum", "G - waiting for a first orientation"))


class UnemploymentRightsUse(LabelledEnum):
    """How a French worker-member uses their remaining unemployment benefit (ARE):
    as capital (ARCE) or kept as monthly income; never both."""

    ARCE = ("arce", QT_TRANSLATE_NOOP("Enum", "ARCE (lump sum as capital)"))
    ARE_MONTHLY = ("are_monthly", QT_TRANSLATE_NOOP("Enum", "ARE kept monthly"))


class Isced(LabelledEnum):
    """ISCED 2011 education levels, as the EU indicators break them down."""

    L0 = ("0", QT_TRANSLATE_NOOP("Enum", "ISCED 0 - early childhood"))
    L1 = ("1", QT_TRANSLATE_NOOP("Enum", "ISCED 1 - primary"))
    L2 = ("2", QT_TRANSLATE_NOOP("Enum", "ISCED 2 - lower secondary"))
    L3 = ("3", QT_TRANSLATE_NOOP("Enum", "ISCED 3 - upper secondary"))
    L4 = ("4", QT_TRANSLATE_NOOP("Enum", "ISCED 4 - post-secondary"))
    L5 = ("5", QT_TRANSLATE_NOOP("Enum", "ISCED 5 - short tertiary"))
    L6 = ("6", QT_TRANSLATE_NOOP("Enum", "ISCED 6 - bachelor"))
    L7 = ("7", QT_TRANSLATE_NOOP("Enum", "ISCED 7 - master"))
    L8 = ("8", QT_TRANSLATE_NOOP("Enum", "ISCED 8 - doctorate"))


class ContactChannel(LabelledEnum):
    WALK_IN = ("walk_in", QT_TRANSLATE_NOOP("Enum", "Walk-in"))
    PHONE = ("phone", QT_TRANSLATE_NOOP("Enum", "Phone"))
    EMAIL = ("email", QT_TRANSLATE_NOOP("Enum", "E-mail"))
    EMPLOYMENT_CENTRE = ("employment_centre", QT_TRANSLATE_NOOP("Enum", "Employment centre"))
    TRADE_UNION = ("trade_union", QT_TRANSLATE_NOOP("Enum", "Trade union"))
    COOPERATIVE_FEDERATION = (
        "cooperative_federation",
        QT_TRANSLATE_NOOP("Enum", "Cooperative federation"),
    )
    WORD_OF_MOUTH = ("word_of_mouth", QT_TRANSLATE_NOOP("Enum", "Word of mouth"))
    EVENT = ("event", QT_TRANSLATE_NOOP("Enum", "Event or seminar"))
    WEB = ("web", QT_TRANSLATE_NOOP("Enum", "Website or social media"))
    OTHER = ("other", QT_TRANSLATE_NOOP("Enum", "Other"))


class Disclosure(LabelledEnum):
    """Answer to a special-category question; NULL in the database means 'not asked'."""

    YES = ("yes", QT_TRANSLATE_NOOP("Enum", "Yes"))
    NO = ("no", QT_TRANSLATE_NOOP("Enum", "No"))
    DECLINED = ("declined", QT_TRANSLATE_NOOP("Enum", "Declined to answer"))


# The special-category questions, as (Person attribute, label). Kept as data so the
# form, the import/export columns and the reports all list the same categories.
DISADVANTAGE_FIELDS: tuple[tuple[str, str], ...] = (
    ("disability", QT_TRANSLATE_NOOP("Field", "Disability")),
    ("long_term_unemployed", QT_TRANSLATE_NOOP("Field", "Long-term unemployed")),
    ("ex_detainee", QT_TRANSLATE_NOOP("Field", "Ex-detainee")),
    ("addiction", QT_TRANSLATE_NOOP("Field", "Addiction")),
    ("migrant", QT_TRANSLATE_NOOP("Field", "Migrant background")),
    ("other_disadvantage", QT_TRANSLATE_NOOP("Field", "Other disadvantage")),
)


class ConsentPurpose(LabelledEnum):
    SERVICE = ("service", QT_TRANSLATE_NOOP("Enum", "Help-desk services"))
    REPORTING = ("reporting", QT_TRANSLATE_NOOP("Enum", "EU-fund monitoring and reporting"))
    SPECIAL_CATEGORY = (
        "special_category",
        QT_TRANSLATE_NOOP("Enum", "Special-category data (disadvantage)"),
    )
    COMMUNICATIONS = ("communications", QT_TRANSLATE_NOOP("Enum", "News and events"))
    # Being proposed to firms for their openings and to enterprise projects for the
    # roles they need (issue 18): the person's profile leaves the desk, so it needs its
    # own consent; a person without it in force is never proposed.
    PLACEMENT = (
        "placement",
        QT_TRANSLATE_NOOP("Enum", "Being proposed to employers and enterprise projects"),
    )


class LegalBasis(LabelledEnum):
    """GDPR article 6(1) bases, and 9(2)(a) explicit consent for special categories."""

    CONSENT = ("consent", QT_TRANSLATE_NOOP("Enum", "Consent (art. 6.1.a)"))
    CONTRACT = ("contract", QT_TRANSLATE_NOOP("Enum", "Contract (art. 6.1.b)"))
    LEGAL_OBLIGATION = (
        "legal_obligation",
        QT_TRANSLATE_NOOP("Enum", "Legal obligation (art. 6.1.c)"),
    )
    PUBLIC_TASK = ("public_task", QT_TRANSLATE_NOOP("Enum", "Public task (art. 6.1.e)"))
    LEGITIMATE_INTEREST = (
        "legitimate_interest",
        QT_TRANSLATE_NOOP("Enum", "Legitimate interest (art. 6.1.f)"),
    )
    EXPLICIT_CONSENT = (
        "explicit_consent",
        QT_TRANSLATE_NOOP("Enum", "Explicit consent (art. 9.2.a)"),
    )


class SkillLevel(LabelledEnum):
    BASIC = ("basic", QT_TRANSLATE_NOOP("Enum", "Basic"))
    INTERMEDIATE = ("intermediate", QT_TRANSLATE_NOOP("Enum", "Intermediate"))
    ADVANCED = ("advanced", QT_TRANSLATE_NOOP("Enum", "Advanced"))
    EXPERT = ("expert", QT_TRANSLATE_NOOP("Enum", "Expert"))


class Evidence(LabelledEnum):
    NONE = ("none", QT_TRANSLATE_NOOP("Enum", "None"))
    DECLARATION = ("declaration", QT_TRANSLATE_NOOP("Enum", "Self-declaration"))
    CERTIFICATE = ("certificate", QT_TRANSLATE_NOOP("Enum", "Certificate"))
    EMPLOYER_REFERENCE = ("employer_reference", QT_TRANSLATE_NOOP("Enum", "Employer reference"))


class NeedKind(LabelledEnum):
    ORIENTATION = ("orientation", QT_TRANSLATE_NOOP("Enum", "Orientation"))
    SKILLS_AUDIT = ("skills_audit", QT_TRANSLATE_NOOP("Enum", "Skills audit"))
    TRAINING = ("training", QT_TRANSLATE_NOOP("Enum", "Training"))
    ENTERPRISE_IDEA = ("enterprise_idea", QT_TRANSLATE_NOOP("Enum", "Enterprise idea support"))
    FUNDING = ("funding", QT_TRANSLATE_NOOP("Enum", "Access to funding"))
    JOB_PLACEMENT = ("job_placement", QT_TRANSLATE_NOOP("Enum", "Job placement"))
    OTHER = ("other", QT_TRANSLATE_NOOP("Enum", "Other"))


class NeedOutcome(LabelledEnum):
    OPEN = ("open", QT_TRANSLATE_NOOP("Enum", "Open"))
    IN_PROGRESS = ("in_progress", QT_TRANSLATE_NOOP("Enum", "In progress"))
    MET = ("met", QT_TRANSLATE_NOOP("Enum", "Met"))
    REFERRED = ("referred", QT_TRANSLATE_NOOP("Enum", "Referred elsewhere"))
    NOT_MET = ("not_met", QT_TRANSLATE_NOOP("Enum", "Not met"))


class ResourceKind(LabelledEnum):
    PREMISES = ("premises", QT_TRANSLATE_NOOP("Enum", "Premises"))
    LAND = ("land", QT_TRANSLATE_NOOP("Enum", "Land"))
    MACHINERY = ("machinery", QT_TRANSLATE_NOOP("Enum", "Machinery"))
    CLOSED_PLANT = ("closed_plant", QT_TRANSLATE_NOOP("Enum", "Closed plant"))
    ABANDONED_SPACE = ("abandoned_space", QT_TRANSLATE_NOOP("Enum", "Abandoned space"))


class Availability(LabelledEnum):
    AVAILABLE = ("available", QT_TRANSLATE_NOOP("Enum", "Available"))
    UNDER_NEGOTIATION = ("under_negotiation", QT_TRANSLATE_NOOP("Enum", "Under negotiation"))
    ASSIGNED = ("assigned", QT_TRANSLATE_NOOP("Enum", "Assigned to a project"))
    UNAVAILABLE = ("unavailable", QT_TRANSLATE_NOOP("Enum", "Unavailable"))


class ProjectKind(LabelledEnum):
    WBO = ("wbo", QT_TRANSLATE_NOOP("Enum", "Workers buyout"))
    SPIN_OFF = ("spin_off", QT_TRANSLATE_NOOP("Enum", "Spin-off"))
    NEW_COOPERATIVE = ("new_cooperative", QT_TRANSLATE_NOOP("Enum", "New cooperative"))
    SOCIAL_COOPERATIVE_B = (
        "social_cooperative_b",
        QT_TRANSLATE_NOOP("Enum", "Social cooperative type B"),
    )
    COMMUNITY_COOPERATIVE = (
        "community_cooperative",
        QT_TRANSLATE_NOOP("Enum", "Community cooperative"),
    )
    NEW_ENTERPRISE = ("new_enterprise", QT_TRANSLATE_NOOP("Enum", "New enterprise"))

    @property
    def has_origin_company(self) -> bool:
        return self in (ProjectKind.WBO, ProjectKind.SPIN_OFF)


class Stage(LabelledEnum):
    """Project stages in order, then the two end states."""

    INTAKE = ("intake", QT_TRANSLATE_NOOP("Enum", "Intake"))
    IDEA = ("idea", QT_TRANSLATE_NOOP("Enum", "Idea"))
    FEASIBILITY = ("feasibility", QT_TRANSLATE_NOOP("Enum", "Feasibility study"))
    BUSINESS_PLAN = ("business_plan", QT_TRANSLATE_NOOP("Enum", "Business plan"))
    FUNDING = ("funding", QT_TRANSLATE_NOOP("Enum", "Funding"))
    STARTUP = ("startup", QT_TRANSLATE_NOOP("Enum", "Start-up"))
    FOLLOW_UP = ("follow_up", QT_TRANSLATE_NOOP("Enum", "Follow-up"))
    STARTED = ("started", QT_TRANSLATE_NOOP("Enum", "Started (enterprise running)"))
    ABANDONED = ("abandoned", QT_TRANSLATE_NOOP("Enum", "Abandoned"))


class LegalForm(LabelledEnum):
    """Legal forms of the new enterprise, each of one country (``other`` of both).

    An Italian form keeps its Italian name on a French screen and a French one its
    French name on an Italian screen ("SCOP SARL" everywhere): that is how people
    name them. The ``legacy`` members are the first release's forms that said less
    than the form (a SCOP without SA, SARL or SAS): kept for the records that have
    them, never offered for a new choice.
    """

    country: Country | None
    cooperative: bool
    legacy: bool

    def __new__(
        cls,
        value: str,
        label: str,
        country: str | None = None,
        cooperative: bool = False,
        legacy: bool = False,
    ) -> LegalForm:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        obj.country = Country.parse(country) if country else None
        obj.cooperative = cooperative
        obj.legacy = legacy
        return obj

    # Italy
    WORKER_COOPERATIVE = (
        "worker_cooperative",
        QT_TRANSLATE_NOOP(
            "Enum", "Worker cooperative (società cooperativa di produzione e lavoro)"
        ),
        "IT",
        True,
    )
    SOCIAL_COOPERATIVE_A = (
        "social_cooperative_a",
        QT_TRANSLATE_NOOP("Enum", "Social cooperative type A (cooperativa sociale di tipo A)"),
        "IT",
        True,
    )
    SOCIAL_COOPERATIVE_B = (
        "social_cooperative_b",
        QT_TRANSLATE_NOOP("Enum", "Social cooperative type B (cooperativa sociale di tipo B)"),
        "IT",
        True,
    )
    COMMUNITY_COOPERATIVE = (
        "community_cooperative",
        QT_TRANSLATE_NOOP("Enum", "Community cooperative (cooperativa di comunità)"),
        "IT",
        True,
    )
    COOPERATIVE = (
        "cooperative",
        QT_TRANSLATE_NOOP("Enum", "Other cooperative (società cooperativa)"),
        "IT",
        True,
    )
    SRL = ("srl", QT_TRANSLATE_NOOP("Enum", "S.r.l. (limited company)"), "IT")
    SRLS = ("srls", QT_TRANSLATE_NOOP("Enum", "S.r.l. semplificata (simplified S.r.l.)"), "IT")
    SPA = ("spa", QT_TRANSLATE_NOOP("Enum", "S.p.A. (joint-stock company)"), "IT")
    SNC = ("snc", QT_TRANSLATE_NOOP("Enum", "S.n.c. (general partnership)"), "IT")
    SAS_IT = (
        "accomandita_semplice",
        QT_TRANSLATE_NOOP("Enum", "S.a.s. (limited partnership, accomandita semplice)"),
        "IT",
    )
    SOLE_TRADER = (
        "sole_trader",
        QT_TRANSLATE_NOOP("Enum", "Sole trader (impresa individuale)"),
        "IT",
    )
    ASSOCIATION_IT = ("associazione", QT_TRANSLATE_NOOP("Enum", "Association (associazione)"), "IT")
    # France
    SCOP_SA = ("scop_sa", QT_TRANSLATE_NOOP("Enum", "SCOP SA"), "FR", True)
    SCOP_SARL = ("scop_sarl", QT_TRANSLATE_NOOP("Enum", "SCOP SARL"), "FR", True)
    SCOP_SAS = ("scop_sas", QT_TRANSLATE_NOOP("Enum", "SCOP SAS"), "FR", True)
    SCIC_SA = ("scic_sa", QT_TRANSLATE_NOOP("Enum", "SCIC SA"), "FR", True)
    SCIC_SARL = ("scic_sarl", QT_TRANSLATE_NOOP("Enum", "SCIC SARL"), "FR", True)
    SCIC_SAS = ("scic_sas", QT_TRANSLATE_NOOP("Enum", "SCIC SAS"), "FR", True)
    CAE = (
        "cae",
        QT_TRANSLATE_NOOP("Enum", "CAE (business and employment cooperative)"),
        "FR",
        True,
    )
    SAS = ("sas", QT_TRANSLATE_NOOP("Enum", "SAS (simplified joint-stock company)"), "FR")
    SASU = ("sasu", QT_TRANSLATE_NOOP("Enum", "SASU (single-member SAS)"), "FR")
    SARL = ("sarl", QT_TRANSLATE_NOOP("Enum", "SARL (limited company)"), "FR")
    EURL = ("eurl", QT_TRANSLATE_NOOP("Enum", "EURL (single-member SARL)"), "FR")
    SA = ("sa", QT_TRANSLATE_NOOP("Enum", "SA (public limited company)"), "FR")
    ENTREPRISE_INDIVIDUELLE = (
        "entreprise_individuelle",
        QT_TRANSLATE_NOOP("Enum", "Sole trader (entreprise individuelle)"),
        "FR",
    )
    MICRO_ENTREPRENEUR = (
        "micro_entrepreneur",
        QT_TRANSLATE_NOOP("Enum", "Micro-entrepreneur (sole trader, simplified regime)"),
        "FR",
    )
    ASSOCIATION_FR = (
        "association_loi_1901",
        QT_TRANSLATE_NOOP("Enum", "Association (loi 1901)"),
        "FR",
    )
    # Both
    OTHER = ("other", QT_TRANSLATE_NOOP("Enum", "Other"))
    # The first release's, kept for the records that have them (see the docstring).
    SOCIAL_COOPERATIVE = (
        "social_cooperative",
        QT_TRANSLATE_NOOP("Enum", "Social cooperative (type A or B not given)"),
        "IT",
        True,
        True,
    )
    SCOP = ("scop", QT_TRANSLATE_NOOP("Enum", "SCOP (SA, SARL or SAS not given)"), "FR", True, True)
    SCIC = ("scic", QT_TRANSLATE_NOOP("Enum", "SCIC (SA, SARL or SAS not given)"), "FR", True, True)

    @property
    def is_cooperative(self) -> bool:
        """A cooperative of either country (the CFI's and the SCOP network's clients)."""
        return self.cooperative

    @property
    def is_social_cooperative(self) -> bool:
        """An Italian social cooperative: CFI asks EUR 1,000 of each member, not 4,000."""
        return self in _SOCIAL_COOPERATIVES

    @property
    def is_scop(self) -> bool:
        """A French SCOP (société coopérative et participative), whatever its form: the
        one the SCOP rules apply to (employee-members' capital and votes)."""
        return self in _SCOPS

    @classmethod
    def offered(cls, country: Country | None, keep: LegalForm | None = None) -> list[LegalForm]:
        """The forms a desk of ``country`` chooses from: its country's and ``other``, not
        the legacy ones; plus ``keep`` (the form already stored), whatever it is."""
        forms = [
            f
            for f in cls
            if not f.legacy and (f.country is None or country is None or f.country is country)
        ]
        if keep is not None and keep not in forms:
            forms.append(keep)
        return forms


_SOCIAL_COOPERATIVES = frozenset(
    {LegalForm.SOCIAL_COOPERATIVE_A, LegalForm.SOCIAL_COOPERATIVE_B, LegalForm.SOCIAL_COOPERATIVE}
)
_SCOPS = frozenset({LegalForm.SCOP_SA, LegalForm.SCOP_SARL, LegalForm.SCOP_SAS, LegalForm.SCOP})


class CrisisSituation(LabelledEnum):
    CRISIS = ("crisis", QT_TRANSLATE_NOOP("Enum", "Company in crisis"))
    LIQUIDATION = ("liquidation", QT_TRANSLATE_NOOP("Enum", "Liquidation"))
    BANKRUPTCY = ("bankruptcy", QT_TRANSLATE_NOOP("Enum", "Bankruptcy"))
    NO_SUCCESSOR = ("no_successor", QT_TRANSLATE_NOOP("Enum", "Owner without successor"))
    RESTRUCTURING = ("restructuring", QT_TRANSLATE_NOOP("Enum", "Restructuring"))


class MemberRole(LabelledEnum):
    PROMOTER = ("promoter", QT_TRANSLATE_NOOP("Enum", "Promoter"))
    WORKER_MEMBER = ("worker_member", QT_TRANSLATE_NOOP("Enum", "Worker-member"))
    FINANCING_MEMBER = ("financing_member", QT_TRANSLATE_NOOP("Enum", "Financing member"))
    MENTOR = ("mentor", QT_TRANSLATE_NOOP("Enum", "Mentor"))


class ActivityKind(LabelledEnum):
    INTERVIEW = ("interview", QT_TRANSLATE_NOOP("Enum", "Interview"))
    PHONE_CALL = ("phone_call", QT_TRANSLATE_NOOP("Enum", "Phone call"))
    EMAIL = ("email", QT_TRANSLATE_NOOP("Enum", "E-mail"))
    TRAINING = ("training", QT_TRANSLATE_NOOP("Enum", "Training"))
    CONSULTANCY = ("consultancy", QT_TRANSLATE_NOOP("Enum", "Consultancy"))
    EVENT = ("event", QT_TRANSLATE_NOOP("Enum", "Event or seminar"))
    REFERRAL = ("referral", QT_TRANSLATE_NOOP("Enum", "Referral"))


class FundingInstrument(LabelledEnum):
    CFI = ("cfi", QT_TRANSLATE_NOOP("Enum", "CFI (Cooperazione Finanza Impresa)"))
    NUOVA_MARCORA = ("nuova_marcora", QT_TRANSLATE_NOOP("Enum", "Nuova Marcora"))
    COOPFOND = ("coopfond", QT_TRANSLATE_NOOP("Enum", "Coopfond"))
    REGIONAL_FUND = ("regional_fund", QT_TRANSLATE_NOOP("Enum", "Regional fund"))
    MICROCREDIT = ("microcredit", QT_TRANSLATE_NOOP("Enum", "Microcredit"))
    BANK_LOAN = ("bank_loan", QT_TRANSLATE_NOOP("Enum", "Bank loan"))
    NASPI_ADVANCE = ("naspi_advance", QT_TRANSLATE_NOOP("Enum", "NASpI advance"))
    CROWDFUNDING = ("crowdfunding", QT_TRANSLATE_NOOP("Enum", "Crowdfunding"))
    GRANT = ("grant", QT_TRANSLATE_NOOP("Enum", "Grant"))
    NACRE = ("nacre", QT_TRANSLATE_NOOP("Enum", "NACRE"))
    OTHER = ("other", QT_TRANSLATE_NOOP("Enum", "Other"))
    # France (issue 14): the honour loans to the founders (Initiative France, France
    # Active), guarantees of bank loans (France Active, Bpifrance, Sofiscop),
    # participatory loans (Socoden), quasi-equity (titres participatifs: Scopinvest,
    # France Active Investissement) and the ARCE, the French counterpart of the NASpI
    # advance.
    HONOUR_LOAN = ("honour_loan", QT_TRANSLATE_NOOP("Enum", "Honour loan (0%, to the founders)"))
    GUARANTEE = ("guarantee", QT_TRANSLATE_NOOP("Enum", "Loan guarantee"))
    PARTICIPATORY_LOAN = ("participatory_loan", QT_TRANSLATE_NOOP("Enum", "Participatory loan"))
    QUASI_EQUITY = ("quasi_equity", QT_TRANSLATE_NOOP("Enum", "Quasi-equity investment"))
    ARCE = ("arce", QT_TRANSLATE_NOOP("Enum", "ARCE (unemployment rights as capital)"))

    @classmethod
    def offered(
        cls, country: Country | None, keep: FundingInstrument | None = None
    ) -> list[FundingInstrument]:
        """The instruments a desk of ``country`` chooses from: all but the other
        country's own (CFI and the NASpI advance are Italian, NACRE and the ARCE
        French); plus ``keep`` (the one already stored), whatever it is."""
        found = [i for i in cls if _INSTRUMENT_COUNTRY.get(i, country) in (country, None)]
        if keep is not None and keep not in found:
            found.append(keep)
        return found


# The instruments of one country only; the others are found on both sides.
_INSTRUMENT_COUNTRY = {
    FundingInstrument.CFI: Country.IT,
    FundingInstrument.NUOVA_MARCORA: Country.IT,
    FundingInstrument.COOPFOND: Country.IT,
    FundingInstrument.NASPI_ADVANCE: Country.IT,
    FundingInstrument.NACRE: Country.FR,
    FundingInstrument.ARCE: Country.FR,
}


class PlanSourceKind(LabelledEnum):
    """Sources of a business plan that are not loans (loans have their own table)."""

    CFI_EQUITY = ("cfi_equity", QT_TRANSLATE_NOOP("Enum", "CFI equity"))
    GRANT = ("grant", QT_TRANSLATE_NOOP("Enum", "Grant"))
    OTHER_CAPITAL = ("other_capital", QT_TRANSLATE_NOOP("Enum", "Other capital"))
    OTHER = ("other", QT_TRANSLATE_NOOP("Enum", "Other"))


class FundingStatus(LabelledEnum):
    TO_PREPARE = ("to_prepare", QT_TRANSLATE_NOOP("Enum", "To prepare"))
    SUBMITTED = ("submitted", QT_TRANSLATE_NOOP("Enum", "Submitted"))
    APPROVED = ("approved", QT_TRANSLATE_NOOP("Enum", "Approved"))
    REJECTED = ("rejected", QT_TRANSLATE_NOOP("Enum", "Rejected"))
    DISBURSED = ("disbursed", QT_TRANSLATE_NOOP("Enum", "Disbursed"))


class AuditAction(LabelledEnum):
    CREATE = ("create", QT_TRANSLATE_NOOP("Enum", "Created"))
    UPDATE = ("update", QT_TRANSLATE_NOOP("Enum", "Updated"))
    DELETE = ("delete", QT_TRANSLATE_NOOP("Enum", "Deleted"))
    STAGE = ("stage", QT_TRANSLATE_NOOP("Enum", "Stage changed"))
    IMPORT = ("import", QT_TRANSLATE_NOOP("Enum", "Imported"))
    EXPORT = ("export", QT_TRANSLATE_NOOP("Enum", "Exported"))
    LOGIN = ("login", QT_TRANSLATE_NOOP("Enum", "Logged in"))
    LOGIN_FAILED = ("login_failed", QT_TRANSLATE_NOOP("Enum", "Failed login"))
    PASSWORD = ("password", QT_TRANSLATE_NOOP("Enum", "Password changed"))


# Organisations and matching (issue 18).


class OrganisationKind(LabelledEnum):
    FIRM = ("firm", QT_TRANSLATE_NOOP("Enum", "Firm"))
    COOPERATIVE = ("cooperative", QT_TRANSLATE_NOOP("Enum", "Cooperative"))
    CONSORTIUM = ("consortium", QT_TRANSLATE_NOOP("Enum", "Consortium"))
    NETWORK = ("network", QT_TRANSLATE_NOOP("Enum", "Network"))
    ASSOCIATION = ("association", QT_TRANSLATE_NOOP("Enum", "Association"))
    PUBLIC_BODY = ("public_body", QT_TRANSLATE_NOOP("Enum", "Public body"))


# The kinds that employ people (openings, firms that fit a person); the others are
# joined, not worked for (consortia, networks, associations to join as a partner).
EMPLOYERS = (OrganisationKind.FIRM, OrganisationKind.COOPERATIVE)
GROUPINGS = (OrganisationKind.CONSORTIUM, OrganisationKind.NETWORK, OrganisationKind.ASSOCIATION)


class OrganisationSize(LabelledEnum):
    """The EU's size classes by headcount (Recommendation 2003/361/EC)."""

    MICRO = ("micro", QT_TRANSLATE_NOOP("Enum", "Micro (fewer than 10)"))
    SMALL = ("small", QT_TRANSLATE_NOOP("Enum", "Small (10 to 49)"))
    MEDIUM = ("medium", QT_TRANSLATE_NOOP("Enum", "Medium (50 to 249)"))
    LARGE = ("large", QT_TRANSLATE_NOOP("Enum", "Large (250 or more)"))


class RelationKind(LabelledEnum):
    """What an organisation is to another organisation or to a project."""

    MEMBER_OF = ("member_of", QT_TRANSLATE_NOOP("Enum", "Member of"))
    SUPPLIER_OF = ("supplier_of", QT_TRANSLATE_NOOP("Enum", "Supplier of"))
    CUSTOMER_OF = ("customer_of", QT_TRANSLATE_NOOP("Enum", "Customer of"))
    PARTNER_ABROAD_OF = ("partner_abroad_of", QT_TRANSLATE_NOOP("Enum", "Partner abroad of"))


class MatchStatus(LabelledEnum):
    """The steps of a proposal, in their usual order; hired and declined end it."""

    PROPOSED = ("proposed", QT_TRANSLATE_NOOP("Enum", "Proposed"))
    CONTACTED = ("contacted", QT_TRANSLATE_NOOP("Enum", "Contacted"))
    INTERVIEW = ("interview", QT_TRANSLATE_NOOP("Enum", "Interview"))
    HIRED = ("hired", QT_TRANSLATE_NOOP("Enum", "Hired"))
    DECLINED = ("declined", QT_TRANSLATE_NOOP("Enum", "Declined"))
