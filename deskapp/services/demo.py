"""A realistic synthetic registry for demonstrations, training and benchmarks.

``generate_demo(db, persons=N, seed=S)`` fills an empty registry with desks in the
five regions, operators, people with valid codici fiscali, skills, needs,
structural resources, projects of every kind in every stage with their history,
two years of activities and funding applications. The same seed and the same
``today`` give the same data. Rows are built as plain dicts and written with bulk
inserts in one transaction (100,000 people in well under a minute); a test
re-validates a sample through the same schemas as manual intake.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import phonenumbers
from faker import Faker
from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from deskapp.errors import PermissionDeniedError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import (
    Activity,
    ChecklistTick,
    Consent,
    Desk,
    EnterpriseProject,
    FundingApplication,
    FundingCatalogueEntry,
    Need,
    NeedsAssessment,
    Operator,
    Person,
    ProjectMembership,
    Skill,
    StageTransition,
    StructuralResource,
    project_resource,
    sectors,
)
from deskapp.models import enums as en
from deskapp.models.bulk import insert_rows
from deskapp.models.database import Database
from deskapp.models.identifiers import (
    birthplace_code_for,
    encode_codice_fiscale,
    encode_nir,
    omocode_variant,
)
from deskapp.models.person_index import bulk_insert_mode
from deskapp.services import demo_data as dd
from deskapp.services.accounts import hash_password
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.checklists import steps_for
from deskapp.services.demo_plans import PlannedProject, write_demo_plans
from deskapp.services.stages import PATH

DEMO_NOTICE_VERSION = "2025-02"
Progress = Callable[[str, int, int], None]


DEMO_PASSWORD = "antenna-demo-2026"  # printed by `deskapp demo`; demo data only


@dataclass
class DemoSummary:
    desks: int = 0
    operators: int = 0
    persons: int = 0
    skills: int = 0
    needs_assessments: int = 0
    resources: int = 0
    projects: int = 0
    members: int = 0
    activities: int = 0
    funding_applications: int = 0
    business_plans: int = 0


def _weighted(rng: random.Random, pairs: Sequence[tuple[Any, float]]) -> Any:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _random_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    span = max((end - start).days, 0)
    return start + dt.timedelta(days=rng.randint(0, span))


class _Generator:
    """Holds the random sources and pools for one run; one method per kind of record."""

    def __init__(self, seed: int, today: dt.date) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.today = today
        self.fakers = {en.Country.IT: Faker("it_IT"), en.Country.FR: Faker("fr_FR")}
        for i, faker in enumerate(self.fakers.values()):
            faker.seed_instance(seed * 10 + i)
        self.names = {
            country: {
                "M": sorted({f.first_name_male() for _ in range(600)}),
                "F": sorted({f.first_name_female() for _ in range(600)}),
                "family": sorted({f.last_name() for _ in range(2500)}),
            }
            for country, f in self.fakers.items()
        }
        self.place_codes: dict[str, str] = {}
        # (project id, desk id, opened at), for the projects' consultancy activities.
        self.project_rows: list[tuple[int, int, dt.datetime]] = []
        self.used_codes: set[str] = set()
        # Each desk's language as an index into the demo's (Italian, French) texts.
        self.desk_language: dict[int, int] = {}

    def place_code(self, name: str) -> str:
        if name not in self.place_codes:
            code = birthplace_code_for(name)
            if code is None:
                raise ValueError(f"demo place without a cadastral code: {name}")
            self.place_codes[name] = code
        return self.place_codes[name]

    def codice_fiscale(self, family: str, given: str, sex: str, born: dt.date, place: str) -> str:
        code = encode_codice_fiscale(family, given, sex, born, self.place_code(place))
        level = 0
        while code in self.used_codes:
            level += 1
            code = omocode_variant(code, level)
        self.used_codes.add(code)
        return code


def _ensure_empty(s: Session) -> None:
    if s.scalar(select(func.count()).select_from(Operator)):
        # The demo's accounts share a password printed on the screen: in a registry that
        # is already set up they would be a way in.
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP(
                "Error",
                "This database is already set up (it has accounts): demo data is only "
                "written into a new, empty file, so its accounts with a known password "
                "never enter a real registry. Use a new file (--db).",
            )
        )
    if s.scalar(select(func.count()).select_from(Person)):
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP(
                "Error",
                "This database already holds people: demo data is only written into an "
                "empty registry, so real and invented people never mix. Use a new file "
                "(--db).",
            )
        )


def generate_demo(
    db: Database,
    persons: int,
    seed: int = 1,
    today: dt.date | None = None,
    actor: Actor | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Write a demo registry of ``persons`` people into an empty database."""
    today = today or dt.date.today()
    gen = _Generator(seed, today)
    summary = DemoSummary()
    report = progress or (lambda step, done, total: None)
    with db.write() as s:
        _ensure_empty(s)
        conn = s.connection()
        desks, operators, admin = _desks_and_operators(s, gen, summary)
        acting = actor or admin
        report("persons", 0, persons)
        first_id = (
            int(conn.execute(select(func.coalesce(func.max(Person.id), 0))).scalar() or 0) + 1
        )
        with bulk_insert_mode(conn, first_id):
            people = _persons(conn, gen, desks, operators, first_id, persons, summary, report)
        report("skills", persons, persons)
        _skills_and_needs(conn, gen, people, operators, summary)
        resources = _resources(conn, gen, desks, summary)
        _catalogue_figures(conn, today)
        report("projects", persons, persons)
        _projects(conn, gen, desks, operators, people, resources, summary)
        report("activities", persons, persons)
        _activities(conn, gen, people, operators, summary)
        record_event(
            s,
            acting,
            "person",
            None,
            en.AuditAction.IMPORT,
            detail=f"demo data: {summary.persons} persons, seed {seed}",
        )
        report("done", persons, persons)
    return summary


@dataclass(frozen=True)
class _DemoDesk:
    id: int
    country: en.Country
    region: en.Region
    municipalities: tuple[str, ...]


@dataclass(frozen=True)
class _DemoPerson:
    id: int
    desk: _DemoDesk
    first_contact: dt.date
    status: en.EmploymentStatus


def _desks_and_operators(
    s: Session, gen: _Generator, summary: DemoSummary
) -> tuple[list[_DemoDesk], dict[int, list[int]], Actor]:
    desks: list[_DemoDesk] = []
    operators: dict[int, list[int]] = {}
    admin: Actor | None = None
    # Every demo account has the demo password; one hash for all (Argon2 takes tens of
    # milliseconds by design, and these accounts guard invented people).
    demo_hash = hash_password(DEMO_PASSWORD)
    existing = {d.name: d for d in s.scalars(select(Desk))}
    desk_ids: dict[str, int] = {}
    for name, org, region, country, language, address, places in dd.DESKS:
        desk = existing.get(name)
        if desk is None:
            desk = Desk(
                name=name,
                organisation=org,
                region=region,
                country=country,
                language=language,
                address=address,
                version=1,
            )
            s.add(desk)
            s.flush()
            summary.desks += 1
        desks.append(_DemoDesk(desk.id, country, region, places))
        desk_ids[name] = desk.id
        gen.desk_language[desk.id] = 0 if country is en.Country.IT else 1
        faker = gen.fakers[country]
        staff = []
        for n in range(gen.rng.randint(2, 3)):
            op_name = f"{faker.first_name()} {faker.last_name()}"
            while s.scalar(select(Operator.id).where(Operator.name == op_name)):
                op_name = f"{faker.first_name()} {faker.last_name()}"
            role = (
                en.OperatorRole.COORDINATOR
                if n == 0 and len(desks) == 1
                else en.OperatorRole.OPERATOR
            )
            op = Operator(
                name=op_name,
                desk_id=desk.id,
                role=role,
                active=True,
                version=1,
                password_hash=demo_hash,
            )
            s.add(op)
            s.flush()
            staff.append(op.id)
            summary.operators += 1
        operators[desk.id] = staff
    # An administrator on each side, named in the desk's language; the Italian one acts
    # for the demo (the audit's "demo data" event).
    admins = []
    for admin_name, desk_name in dd.DEMO_ADMINISTRATORS:
        admin_row = s.scalar(select(Operator).where(Operator.name == admin_name))
        if admin_row is None:
            admin_row = Operator(
                name=admin_name,
                desk_id=desk_ids[desk_name],
                role=en.OperatorRole.ADMINISTRATOR,
                active=True,
                version=1,
                password_hash=demo_hash,
            )
            s.add(admin_row)
            s.flush()
            summary.operators += 1
        admins.append(admin_row)
    admin_row = admins[0]
    admin = Actor(admin_row.id, admin_row.name, admin_row.role, admin_row.desk_id, en.Country.IT)
    return desks, operators, admin


_STATUS = (
    (en.EmploymentStatus.UNEMPLOYED, 40),
    (en.EmploymentStatus.LAID_OFF, 25),
    (en.EmploymentStatus.AT_RISK, 15),
    (en.EmploymentStatus.EMPLOYED, 10),
    (en.EmploymentStatus.INACTIVE, 10),
)
_ISCED = (
    (en.Isced.L1, 3),
    (en.Isced.L2, 28),
    (en.Isced.L3, 40),
    (en.Isced.L4, 6),
    (en.Isced.L6, 12),
    (en.Isced.L7, 9),
    (en.Isced.L8, 1),
    (None, 1),
)
_CHANNEL = (
    (en.ContactChannel.WALK_IN, 25),
    (en.ContactChannel.PHONE, 15),
    (en.ContactChannel.EMPLOYMENT_CENTRE, 20),
    (en.ContactChannel.TRADE_UNION, 12),
    (en.ContactChannel.COOPERATIVE_FEDERATION, 10),
    (en.ContactChannel.WORD_OF_MOUTH, 10),
    (en.ContactChannel.WEB, 5),
    (en.ContactChannel.EVENT, 3),
)
_DISCLOSURE = (
    (None, 70),
    (en.Disclosure.NO, 22),
    (en.Disclosure.YES, 5),
    (en.Disclosure.DECLINED, 3),
)
_ITALIAN_EMPLOYERS = tuple(name for name, _, _ in dd.COMPANIES_IT)
_IT_MOBILE = ("320", "328", "329", "333", "338", "340", "347", "348", "349", "366", "388", "392")
BATCH = 20_000


def _valid_phone(draw: Callable[[], str]) -> str:
    """Draw mobile numbers until one is valid (some ranges are overseas or unassigned),
    so demo records pass the same phone check as intake."""
    while True:
        number = draw()
        if phonenumbers.is_valid_number(phonenumbers.parse(number)):
            return number


def _slug(text: str) -> str:
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in ascii_text.lower() if ch.isalnum())


def _france_travail(
    gen: _Generator,
    pid: int,
    status: en.EmploymentStatus,
    unemployed_since: dt.date | None,
    first_contact: dt.date,
) -> tuple[dt.date | None, en.FranceTravailCategory | None]:
    """A French person's registration at France Travail. Drawn from a source of its own
    (seed and person), so the rest of the demo stays what it was for the same seed."""
    rng = random.Random(f"france-travail-{gen.seed}-{pid}")
    cat = en.FranceTravailCategory
    if unemployed_since is not None:
        registered = min(unemployed_since + dt.timedelta(days=rng.randint(1, 30)), first_contact)
        return registered, rng.choices((cat.A, cat.B, cat.C), weights=(7, 2, 1))[0]
    if status is en.EmploymentStatus.AT_RISK and rng.random() < 0.3:
        return first_contact - dt.timedelta(days=rng.randint(0, 60)), cat.C
    if status is en.EmploymentStatus.INACTIVE and rng.random() < 0.4:
        return first_contact - dt.timedelta(days=rng.randint(30, 400)), cat.D
    if status is en.EmploymentStatus.EMPLOYED and rng.random() < 0.1:
        return first_contact - dt.timedelta(days=rng.randint(30, 400)), cat.E
    return None, None


# The department of each French demo desk's town, and countries of birth abroad (INSEE
# codes: Morocco, Algeria, Tunisia, Italy, Portugal), for the demo people's NIR.
_DEMO_DEPARTMENTS = {"Bastia": "2B", "Ajaccio": "2A", "Toulon": "83", "Marseille": "13"}
_DEMO_BIRTH_COUNTRIES = ("350", "352", "351", "127", "139")


def _demo_nir(pid: int, sex: str, born: dt.date, desk: _DemoDesk, used: set[str]) -> str | None:
    """A NIR for a demo person of a French desk (most give theirs), from a generator of
    its own, so the rest of the demo stays as it was; None for one already given."""
    rng = random.Random(pid)
    if rng.random() < 0.2:
        return None
    if rng.random() < 0.1:
        place = "99" + rng.choice(_DEMO_BIRTH_COUNTRIES)
    else:
        department = _DEMO_DEPARTMENTS.get(desk.municipalities[0], "13")
        if department in ("2A", "2B") and born.year < 1976:
            department = "20"  # Corsica was one department until 1976
        place = f"{department}{rng.randint(1, 350):03d}"
    nir = encode_nir(sex, born, place, rng.randint(1, 999))
    if nir in used:
        return None
    used.add(nir)
    return nir


def _persons(
    conn: Any,
    gen: _Generator,
    desks: list[_DemoDesk],
    operators: dict[int, list[int]],
    start_id: int,
    count: int,
    summary: DemoSummary,
    report: Progress,
) -> list[_DemoPerson]:
    rng = gen.rng
    two_years_ago = gen.today - dt.timedelta(days=730)
    people: list[_DemoPerson] = []
    rows: list[dict[str, Any]] = []
    consents: list[dict[str, Any]] = []
    desk_choices = rng.choices(desks, weights=dd.DESK_WEIGHTS, k=count)
    for offset in range(count):
        pid = start_id + offset
        desk = desk_choices[offset]
        names = gen.names[desk.country]
        sex = "F" if rng.random() < 0.46 else "M"
        given = rng.choice(names[sex])
        family = rng.choice(names["family"])
        age_days = rng.randint(18 * 365, 64 * 365)
        born = gen.today - dt.timedelta(days=age_days)
        status = _weighted(rng, _STATUS)
        first_contact = _random_date(rng, two_years_ago, gen.today)
        municipality = rng.choice(desk.municipalities)
        if desk.country is en.Country.IT:
            foreign = rng.random() < 0.12
            birthplace = (
                rng.choice(dd.FOREIGN_BIRTHPLACES)
                if foreign
                else (
                    municipality
                    if rng.random() < 0.6
                    else rng.choice(desks[rng.randint(0, 6)].municipalities)
                )
            )
            cf: str | None = gen.codice_fiscale(family, given, sex, born, birthplace)
            nir: str | None = None
            place_code: str | None = gen.place_codes[birthplace]
            citizenship = dd.FOREIGN_CITIZENSHIP.get(birthplace, "IT") if foreign else "IT"
            phone = _valid_phone(
                lambda: f"+39{rng.choice(_IT_MOBILE)}{rng.randint(0, 9_999_999):07d}"
            )
            street = rng.choice(dd.STREETS_IT)
            postal = f"{rng.randint(7, 19):02d}{rng.randint(0, 999):03d}"
            employer_pool = _ITALIAN_EMPLOYERS
        else:
            birthplace = rng.choice(desk.municipalities)
            cf, place_code, citizenship = None, None, "FR"
            nir = _demo_nir(pid, sex, born, desk, gen.used_codes)
            phone = _valid_phone(lambda: f"+33{rng.choice('67')}{rng.randint(0, 99_999_999):08d}")
            street = rng.choice(dd.STREETS_FR_BY_REGION[desk.region])
            # The town's postcode (one of Marseille's sixteen...). Two draws, as the random
            # postcode written before took: the people after this one, the Italian desks'
            # among them, stay the same for a seed.
            rng.choice(("20", "83", "13"))
            codes = dd.POSTCODES_FR[municipality]
            postal = codes[rng.randint(0, 999) % len(codes)]
            employer_pool = dd.COMPANIES_FR_BY_REGION[desk.region]
        unemployed_since = None
        employer, in_crisis = "", False
        if status in (en.EmploymentStatus.UNEMPLOYED, en.EmploymentStatus.LAID_OFF):
            unemployed_since = first_contact - dt.timedelta(days=rng.randint(10, 900))
        if (
            status in (en.EmploymentStatus.LAID_OFF, en.EmploymentStatus.AT_RISK)
            or rng.random() < 0.3
        ):
            employer = rng.choice(employer_pool)
            in_crisis = status is not en.EmploymentStatus.UNEMPLOYED
        registered_on, category = (
            (None, None)
            if desk.country is en.Country.IT
            else _france_travail(gen, pid, status, unemployed_since, first_contact)
        )
        rows.append(
            {
                "id": pid,
                "desk_id": desk.id,
                "given_name": given,
                "family_name": family,
                "sex": en.Sex.parse(sex),
                "birth_date": born,
                "birthplace": birthplace,
                "birthplace_code": place_code,
                "codice_fiscale": cf,
                "nir": nir,
                "codice_fiscale_warning": None,
                "citizenship": citizenship,
                # "Via Roma 12" in Italy, "12 rue de la République" in France.
                "address": f"{street} {rng.randint(1, 180)}"
                if desk.country is en.Country.IT
                else f"{rng.randint(1, 180)} {street}",
                "municipality": municipality,
                "postal_code": postal,
                "phone": phone,
                "email": f"{_slug(given)}.{_slug(family)}{pid}@{rng.choice(dd.EMAIL_DOMAINS)}",
                "education": _weighted(rng, _ISCED),
                "employment_status": status,
                "unemployed_since": unemployed_since,
                "france_travail_registered_on": registered_on,
                "france_travail_category": category,
                "previous_employer": employer,
                "previous_employer_in_crisis": in_crisis,
                "contact_channel": _weighted(rng, _CHANNEL),
                "first_contact_date": first_contact,
                "notes": "",
                "disability": _weighted(rng, _DISCLOSURE),
                "long_term_unemployed": (
                    en.Disclosure.YES
                    if unemployed_since and (first_contact - unemployed_since).days > 365
                    else None
                ),
                "ex_detainee": _weighted(rng, _DISCLOSURE) if rng.random() < 0.3 else None,
                "addiction": _weighted(rng, _DISCLOSURE) if rng.random() < 0.3 else None,
                "migrant": en.Disclosure.YES if citizenship not in ("IT", "FR") else None,
                "other_disadvantage": None,
                "version": 1,
            }
        )
        consents.append(
            {
                "person_id": pid,
                "purpose": en.ConsentPurpose.SERVICE,
                "legal_basis": en.LegalBasis.PUBLIC_TASK,
                "notice_version": DEMO_NOTICE_VERSION,
                "given_on": first_contact,
                "operator_id": rng.choice(operators[desk.id]),
            }
        )
        people.append(_DemoPerson(pid, desk, first_contact, status))
        if len(rows) >= BATCH:
            insert_rows(conn, Person.__table__, rows)
            insert_rows(conn, Consent.__table__, consents)
            rows.clear()
            consents.clear()
            report("persons", offset + 1, count)
    if rows:
        insert_rows(conn, Person.__table__, rows)
        insert_rows(conn, Consent.__table__, consents)
    summary.persons = count
    return people


_LEVELS = (
    en.SkillLevel.BASIC,
    en.SkillLevel.INTERMEDIATE,
    en.SkillLevel.ADVANCED,
    en.SkillLevel.EXPERT,
)
_NEEDS = (
    (en.NeedKind.ORIENTATION, 30),
    (en.NeedKind.SKILLS_AUDIT, 15),
    (en.NeedKind.TRAINING, 20),
    (en.NeedKind.ENTERPRISE_IDEA, 15),
    (en.NeedKind.FUNDING, 8),
    (en.NeedKind.JOB_PLACEMENT, 25),
    (en.NeedKind.OTHER, 3),
)


def _skills_and_needs(
    conn: Any,
    gen: _Generator,
    people: list[_DemoPerson],
    operators: dict[int, list[int]],
    summary: DemoSummary,
) -> None:
    rng = gen.rng
    skills: list[dict[str, Any]] = []
    assessments: list[dict[str, Any]] = []
    needs: list[dict[str, Any]] = []
    next_assessment = (
        int(conn.execute(select(func.coalesce(func.max(NeedsAssessment.id), 0))).scalar()) + 1
    )
    for person in people:
        for _ in range(rng.choices((0, 1, 2, 3), weights=(15, 50, 25, 10))[0]):
            it_name, fr_name, code, sector = rng.choice(dd.OCCUPATIONS)
            skills.append(
                {
                    "person_id": person.id,
                    "description": it_name if person.desk.country is en.Country.IT else fr_name,
                    "occupation_code": code,
                    "level": rng.choice(_LEVELS),
                    "years_experience": rng.randint(0, 30),
                    "sector": sector,
                    "nace_code": sector,
                    "evidence": rng.choice(list(en.Evidence)),
                    "version": 1,
                }
            )
        if rng.random() < 0.7:
            aid = next_assessment
            next_assessment += 1
            assessments.append(
                {
                    "id": aid,
                    "person_id": person.id,
                    "assessed_on": min(
                        person.first_contact + dt.timedelta(days=rng.randint(0, 30)), gen.today
                    ),
                    "operator_id": rng.choice(operators[person.desk.id]),
                    "note": "",
                    "version": 1,
                }
            )
            kinds = {_weighted(rng, _NEEDS) for _ in range(rng.randint(1, 3))}
            for kind in sorted(kinds):
                needs.append(
                    {
                        "assessment_id": aid,
                        "kind": kind,
                        "note": "",
                        "outcome": rng.choice(list(en.NeedOutcome)),
                    }
                )
    for table, rows in (
        (Skill.__table__, skills),
        (NeedsAssessment.__table__, assessments),
        (Need.__table__, needs),
    ):
        for i in range(0, len(rows), BATCH):
            insert_rows(conn, table, rows[i : i + BATCH])
    summary.skills = len(skills)
    summary.needs_assessments = len(assessments)


_UNASSIGNED = [a for a in en.Availability if a is not en.Availability.ASSIGNED]

# Invented figures for the catalogue's starting entries, so the demo shows the columns
# a coordinator fills ("up to", "deadline"): (name, up to EUR, deadline in days from
# today or None for an instrument that is always open). Real desks keep their own.
_DEMO_CATALOGUE = (
    ("CFI - Cooperazione Finanza Impresa", 1_000_000, None),
    ("Nuova Marcora", 2_000_000, None),
    ("Coopfond", 500_000, None),
    ("Fondosviluppo", 300_000, None),
    ("Fondo per la Cooperazione (Regione Lazio)", 150_000, 120),
    ("Microcredito", 50_000, None),
    ("Prestito bancario", 250_000, None),
    ("Crowdfunding", 100_000, 60),
    ("Contributi a fondo perduto", 30_000, 45),
    ("NACRE", 10_000, 90),
    ("Prêt bancaire", 200_000, None),
    ("Financement participatif", 80_000, 75),
    # The French instruments (migration 0015): orders of magnitude, not the providers'
    # current terms.
    ("Garantie France Active", 100_000, None),
    ("Prêt d'honneur France Active", 8_000, None),
    ("Contrat d'apport associatif France Active", 30_000, None),
    ("France Active Investissement", 300_000, None),
    ("Prêt d'honneur Initiative France", 50_000, None),
    ("Prêt de création Bpifrance", 50_000, None),
    ("Garantie Bpifrance", 200_000, None),
    ("Microcrédit ADIE", 12_000, None),
    ("Fonds régional Région Sud", 100_000, 100),
    ("Fonds régional Collectivité de Corse", 100_000, 130),
    ("Socoden", 100_000, None),
    ("Sofiscop", 150_000, None),
    ("Scopinvest", 300_000, None),
    ("Transmea", 300_000, None),
    ("ARCE", 15_000, None),
)
# Said in each demo entry, in its country's language: its amount and deadline are the
# demo's, not the provider's.
_EXAMPLE_NOTE = {
    "IT": "Importo e scadenza della demo: valori di esempio.",
    "FR": "Montant et date de la démo\u00a0: valeurs d'exemple.",
}


def _catalogue_figures(conn: Any, today: dt.date) -> None:
    for name, up_to, days in _DEMO_CATALOGUE:
        entry = FundingCatalogueEntry.__table__.c
        row = conn.execute(
            select(entry.eligibility, entry.country).where(
                entry.name == name, entry.max_amount.is_(None)
            )
        ).first()
        if row is None:
            continue
        note = _EXAMPLE_NOTE["FR" if row.country is en.Country.FR else "IT"]
        conn.execute(
            update(FundingCatalogueEntry)
            .where(FundingCatalogueEntry.name == name)
            .values(
                max_amount=Decimal(up_to),
                deadline=today + dt.timedelta(days=days) if days is not None else None,
                eligibility=f"{row.eligibility}\n{note}" if row.eligibility else note,
            )
        )


def _of_town(town: str) -> str:
    """French "de" before a town's name, elided before a vowel or a mute h: "de Bastia",
    "d'Ajaccio", "d'Hyères"."""
    return f"d'{town}" if town[0] in "AEIOUYÉÈÊH" else f"de {town}"


def _resources(
    conn: Any, gen: _Generator, desks: list[_DemoDesk], summary: DemoSummary
) -> dict[int, list[int]]:
    rng = gen.rng
    by_desk: dict[int, list[int]] = {}
    kinds = list(en.ResourceKind)
    owners_of_italian_desks = [name for name, _, _ in dd.COMPANIES_IT + dd.COMPANIES_FR]
    for desk in desks:
        ids = []
        for _ in range(rng.randint(4, 8)):
            place = rng.choice(desk.municipalities)
            kind = rng.choice(kinds)
            if desk.country is en.Country.IT:
                name = f"{rng.choice(dd.RESOURCE_NAMES_IT)} {place}"
                owner = rng.choice(owners_of_italian_desks)
            else:
                # Named as what it is ("Oliveraie à Sartène"), owned in its region.
                name = f"{rng.choice(dd.RESOURCE_NAMES_FR[kind])} {place}"
                owner = rng.choice(dd.RESOURCE_OWNERS_FR[desk.region]).format(town=_of_town(place))
            result = conn.execute(
                insert(StructuralResource).values(
                    desk_id=desk.id,
                    kind=kind,
                    name=name,
                    owner=owner,
                    municipality=place,
                    size_m2=float(rng.randrange(80, 12_000, 10)),
                    size_note="",
                    # "Assigned" only once a project is linked (below): never to nobody.
                    availability=rng.choice(_UNASSIGNED),
                    notes="",
                    version=1,
                )
            )
            ids.append(int(result.inserted_primary_key[0]))
        by_desk[desk.id] = ids
        summary.resources += len(ids)
    return by_desk


_KIND_MEMBERS = {
    en.ProjectKind.WBO: (9, 15),
    en.ProjectKind.SPIN_OFF: (3, 7),
    en.ProjectKind.NEW_COOPERATIVE: (3, 9),
    en.ProjectKind.SOCIAL_COOPERATIVE_B: (5, 10),
    en.ProjectKind.COMMUNITY_COOPERATIVE: (5, 12),
    en.ProjectKind.NEW_ENTERPRISE: (1, 3),
}
_LEGAL_FORM = {
    (en.ProjectKind.WBO, en.Country.IT): en.LegalForm.WORKER_COOPERATIVE,
    (en.ProjectKind.WBO, en.Country.FR): en.LegalForm.SCOP_SARL,
    (en.ProjectKind.SOCIAL_COOPERATIVE_B, en.Country.IT): en.LegalForm.SOCIAL_COOPERATIVE_B,
    (en.ProjectKind.SOCIAL_COOPERATIVE_B, en.Country.FR): en.LegalForm.SCIC_SAS,
    (en.ProjectKind.COMMUNITY_COOPERATIVE, en.Country.IT): en.LegalForm.COMMUNITY_COOPERATIVE,
    (en.ProjectKind.COMMUNITY_COOPERATIVE, en.Country.FR): en.LegalForm.SCIC_SAS,
    (en.ProjectKind.NEW_ENTERPRISE, en.Country.IT): en.LegalForm.SRL,
    (en.ProjectKind.NEW_ENTERPRISE, en.Country.FR): en.LegalForm.SARL,
}


def _national_code(nace: str, country: en.Country) -> str:
    """The first code of the country's finest level under a NACE class: 25.62 is
    25.62.00 in ATECO, 25.62A in NAF."""
    language, level = ("it", "subcategory") if country is en.Country.IT else ("fr", "subclass")
    entries = sectors.table(language).values()
    return next(e.code for e in entries if e.nace == nace and e.level == level)


_ALL_STAGES = list(PATH) + [en.Stage.ABANDONED]
_INSTRUMENTS_IT = (
    en.FundingInstrument.CFI,
    en.FundingInstrument.NUOVA_MARCORA,
    en.FundingInstrument.COOPFOND,
    en.FundingInstrument.REGIONAL_FUND,
    en.FundingInstrument.MICROCREDIT,
    en.FundingInstrument.BANK_LOAN,
    en.FundingInstrument.NASPI_ADVANCE,
)
_INSTRUMENTS_FR = (
    en.FundingInstrument.NACRE,
    en.FundingInstrument.BANK_LOAN,
    en.FundingInstrument.MICROCREDIT,
    en.FundingInstrument.GRANT,
    en.FundingInstrument.CROWDFUNDING,
    en.FundingInstrument.HONOUR_LOAN,
    en.FundingInstrument.GUARANTEE,
    en.FundingInstrument.PARTICIPATORY_LOAN,
    en.FundingInstrument.REGIONAL_FUND,
)


def _french_rights(
    gen: _Generator,
    project_id: int,
    person_id: int,
    role: en.MemberRole,
    kind: en.ProjectKind,
    rights_capital: Decimal,
) -> dict[str, Any]:
    """A French member's unemployment rights: the capital an Italian member would take
    as the NASpI advance comes as ARCE; some worker-members of a buyout keep their ARE
    monthly instead. The TFR has no French counterpart (that capital is their own
    savings). A source of its own, so the rest of the demo stays the same for a seed."""
    if rights_capital > 0:
        return {
            "unemployment_rights_use": en.UnemploymentRightsUse.ARCE,
            "arce_part": rights_capital,
        }
    if kind is en.ProjectKind.WBO and role is en.MemberRole.WORKER_MEMBER:
        rng = random.Random(f"are-{gen.seed}-{project_id}-{person_id}")
        return {
            "unemployment_rights_use": en.UnemploymentRightsUse.ARE_MONTHLY,
            "are_monthly_amount": _euros(rng, 900, 1800, 50),
            "are_months_left": rng.randint(6, 18),
        }
    return {}


def _euros(rng: random.Random, low: int, high: int, step: int = 500) -> Decimal:
    return Decimal(rng.randrange(low, high + 1, step))


def _projects(
    conn: Any,
    gen: _Generator,
    desks: list[_DemoDesk],
    operators: dict[int, list[int]],
    people: list[_DemoPerson],
    resources: dict[int, list[int]],
    summary: DemoSummary,
) -> None:
    rng = gen.rng
    kinds = list(en.ProjectKind)
    by_desk: dict[int, list[_DemoPerson]] = {}
    for person in people:
        by_desk.setdefault(person.desk.id, []).append(person)
    count = max(len(kinds) * len(_ALL_STAGES), len(people) // 25) if people else 0
    next_id = (
        int(conn.execute(select(func.coalesce(func.max(EnterpriseProject.id), 0))).scalar()) + 1
    )
    next_application = (
        int(conn.execute(select(func.coalesce(func.max(FundingApplication.id), 0))).scalar()) + 1
    )
    planned: list[PlannedProject] = []
    projects: list[dict[str, Any]] = []
    transitions: list[dict[str, Any]] = []
    members: list[dict[str, Any]] = []
    applications: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    ticks: list[dict[str, Any]] = []
    for n in range(count):
        # The first rows cover every kind in every stage; the rest follow a realistic mix.
        if n < len(kinds) * len(_ALL_STAGES):
            kind, stage = kinds[n % len(kinds)], _ALL_STAGES[n // len(kinds)]
        else:
            kind = _weighted(
                rng, [(k, w) for k, w in zip(kinds, (12, 8, 30, 15, 10, 25), strict=True)]
            )
            stage = _weighted(
                rng,
                [
                    (st, w)
                    for st, w in zip(_ALL_STAGES, (12, 14, 13, 12, 10, 8, 8, 10, 13), strict=True)
                ],
            )
        desk = rng.choice([d for d in desks if by_desk.get(d.id)])
        pool = by_desk[desk.id]
        pid = next_id + n
        lead = rng.choice(operators[desk.id])
        # Path walked: for an abandoned project, the stage it was given up at.
        walked = PATH[: (PATH.index(stage) if stage in PATH else rng.randint(0, 4)) + 1]
        steps = len(walked) - 1 + (1 if stage is en.Stage.ABANDONED else 0)
        gaps = [rng.randint(15, 70) for _ in range(steps)]
        # Enterprises already running started up to three years ago, so the follow-up
        # at 6, 12, 24 and 36 months has something to count.
        running = stage in (en.Stage.FOLLOW_UP, en.Stage.STARTED)
        age_days = sum(gaps) + rng.randint(1, 120) + (rng.randint(0, 1000) if running else 0)
        start = dt.datetime.combine(gen.today - dt.timedelta(days=age_days), dt.time(10, 0))
        moments = [start]
        for gap in gaps:
            moments.append(moments[-1] + dt.timedelta(days=gap))
        reached = walked[-1]
        idx = PATH.index(reached)
        it = desk.country is en.Country.IT
        language = 0 if it else 1  # the Italian or the French of the demo's texts
        stem_it, stem_fr, nace = rng.choice(dd.PROJECT_IDEAS)
        origin: tuple[str, str, en.CrisisSituation | None] = ("", "", None)
        if kind.has_origin_company:
            company = rng.choice(
                _ITALIAN_EMPLOYERS if it else dd.COMPANIES_FR_BY_REGION[desk.region]
            )
            origin = (company, "", rng.choice(list(en.CrisisSituation)))
        started_on = None
        if idx >= PATH.index(en.Stage.FOLLOW_UP):
            started_on = (moments[PATH.index(en.Stage.FOLLOW_UP)]).date()
        legal_form = None
        if idx >= PATH.index(en.Stage.BUSINESS_PLAN):
            legal_form = _LEGAL_FORM.get(
                (kind, desk.country),
                en.LegalForm.WORKER_COOPERATIVE if it else en.LegalForm.SCOP_SARL,
            )
        size = rng.randint(*_KIND_MEMBERS[kind])
        chosen = rng.sample(pool, min(size, len(pool)))
        projects.append(
            {
                "id": pid,
                "title": f"{stem_it if it else stem_fr} {desk.municipalities[0]}",
                "kind": kind,
                # As the desk's operator types it: an ATECO subcategory, a NAF subclass.
                "sector_code": _national_code(nace, desk.country),
                "nace_code": nace,
                "desk_id": desk.id,
                "lead_operator_id": lead,
                "stage": stage,
                "origin_company_name": origin[0],
                "origin_company_vat": origin[1],
                "origin_company_situation": origin[2],
                "planned_legal_form": legal_form,
                "expected_jobs": size + rng.randint(0, 4)
                if idx >= PATH.index(en.Stage.FEASIBILITY)
                else None,
                "planned_start_date": (moments[-1] + dt.timedelta(days=rng.randint(30, 200))).date()
                if idx >= PATH.index(en.Stage.BUSINESS_PLAN)
                else None,
                "actual_start_date": started_on,
                "employees": rng.choice((0, 0, 1, 2, 3, 5)) if started_on else None,
                "closed_reason": dd.GROUP_DISBANDED[language]
                if stage is en.Stage.ABANDONED
                else "",
                "next_action": ""
                if stage in (en.Stage.STARTED, en.Stage.ABANDONED)
                else dd.NEXT_ACTION[language],
                "next_action_due": None
                if stage in (en.Stage.STARTED, en.Stage.ABANDONED)
                else gen.today + dt.timedelta(days=rng.randint(-10, 30)),
                "notes": "",
                "version": 1,
            }
        )
        # The checklist: every step of the stages left behind, ticked when the project
        # moved on; the first step of the current stage, half the time.
        current_started = rng.random() < 0.5
        for step in steps_for(kind):
            if step.stage not in walked:
                continue
            k = walked.index(step.stage)
            if k < len(walked) - 1:
                done_on = moments[k + 1].date()
            elif current_started:
                done_on = moments[k].date()
                current_started = False  # only the stage's first step
            else:
                continue
            ticks.append(
                {"project_id": pid, "step": step.key, "done_on": done_on, "operator_id": lead}
            )
        previous = None
        for i, st in enumerate(walked):
            transitions.append(
                {
                    "project_id": pid,
                    "from_stage": previous,
                    "to_stage": st,
                    "at": moments[i],
                    "operator_id": lead,
                    "note": "",
                }
            )
            previous = st
        if stage is en.Stage.ABANDONED:
            transitions.append(
                {
                    "project_id": pid,
                    "from_stage": previous,
                    "to_stage": en.Stage.ABANDONED,
                    "at": moments[-1],
                    "operator_id": lead,
                    "note": dd.GROUP_DISBANDED[language],
                }
            )
        first_member, first_application = len(members), len(applications)
        for j, person in enumerate(chosen):
            role = (
                en.MemberRole.PROMOTER
                if j == 0
                else (
                    en.MemberRole.WORKER_MEMBER
                    if kind is en.ProjectKind.WBO or rng.random() < 0.7
                    else en.MemberRole.FINANCING_MEMBER
                )
            )
            pledged = (
                _euros(rng, 4000, 15000)
                if role is not en.MemberRole.FINANCING_MEMBER
                else _euros(rng, 1000, 30000)
            )
            if kind is en.ProjectKind.SOCIAL_COOPERATIVE_B:
                pledged = _euros(rng, 1000, 5000)
            paid = (pledged * Decimal(rng.choice((50, 60, 75, 100))) / 100).quantize(
                Decimal("0.01")
            )
            tfr = (
                (pledged * Decimal(rng.choice((0, 30, 50, 70))) / 100).quantize(Decimal("0.01"))
                if kind is en.ProjectKind.WBO
                else Decimal("0")
            )
            naspi = (
                (pledged - tfr)
                if kind is en.ProjectKind.WBO and rng.random() < 0.6
                else Decimal("0")
            )
            french = {} if it else _french_rights(gen, pid, person.id, role, kind, naspi)
            if not it:
                tfr, naspi = Decimal("0"), Decimal("0")  # Italian parts, not French ones
            members.append(
                {
                    "project_id": pid,
                    "person_id": person.id,
                    "role": role,
                    "capital_pledged": pledged,
                    "capital_paid": paid,
                    "tfr_part": tfr,
                    "naspi_part": naspi,
                    "unemployment_rights_use": None,
                    "arce_part": Decimal("0"),
                    "are_monthly_amount": None,
                    "are_months_left": None,
                    **french,
                    "version": 1,
                }
            )
        if idx >= PATH.index(en.Stage.FUNDING):
            for k in range(rng.randint(1, 3)):
                instrument = rng.choice(_INSTRUMENTS_IT if it else _INSTRUMENTS_FR)
                if k == 0 and kind is en.ProjectKind.WBO:
                    # The movement's own first: CFI in Italy, Socoden's loan in France.
                    instrument = (
                        en.FundingInstrument.CFI if it else en.FundingInstrument.PARTICIPATORY_LOAN
                    )
                requested = _euros(rng, 10_000, 400_000, 1000)
                submitted = moments[PATH.index(en.Stage.FUNDING)].date()
                status = (
                    rng.choice(list(en.FundingStatus))
                    if idx == PATH.index(en.Stage.FUNDING)
                    else _weighted(
                        rng,
                        (
                            (en.FundingStatus.APPROVED, 3),
                            (en.FundingStatus.DISBURSED, 5),
                            (en.FundingStatus.REJECTED, 1),
                        ),
                    )
                )
                granted = None
                disbursed = None
                decided = None
                disbursed_on = None
                if status in (en.FundingStatus.APPROVED, en.FundingStatus.DISBURSED):
                    granted = (requested * Decimal(rng.choice((60, 80, 100))) / 100).quantize(
                        Decimal("0.01")
                    )
                    decided = min(submitted + dt.timedelta(days=rng.randint(20, 90)), gen.today)
                if (
                    status is en.FundingStatus.DISBURSED
                    and granted is not None
                    and decided is not None
                ):
                    disbursed = granted
                    disbursed_on = min(decided + dt.timedelta(days=rng.randint(10, 60)), gen.today)
                if status is en.FundingStatus.REJECTED:
                    decided = min(submitted + dt.timedelta(days=rng.randint(20, 90)), gen.today)
                applications.append(
                    {
                        "id": next_application + len(applications),
                        "project_id": pid,
                        "instrument": instrument,
                        "status": status,
                        "amount_requested": requested,
                        "amount_granted": granted,
                        "amount_disbursed": disbursed,
                        "submitted_on": None
                        if status is en.FundingStatus.TO_PREPARE
                        else submitted,
                        "decided_on": decided,
                        "disbursed_on": disbursed_on,
                        "notes": "",
                        "version": 1,
                    }
                )
        if idx >= PATH.index(en.Stage.BUSINESS_PLAN):
            planned.append(
                PlannedProject(
                    id=pid,
                    title=projects[-1]["title"],
                    kind=kind,
                    italian=it,
                    first_year=projects[-1]["planned_start_date"].year,
                    lead_operator_id=lead,
                    past_funding=idx > PATH.index(en.Stage.FUNDING),
                    frozen_at=moments[PATH.index(en.Stage.FUNDING)]
                    if idx > PATH.index(en.Stage.FUNDING)
                    else None,
                    capital=[
                        (m["capital_pledged"], m["capital_paid"]) for m in members[first_member:]
                    ],
                    applications=[
                        a
                        for a in applications[first_application:]
                        if a["status"] in (en.FundingStatus.APPROVED, en.FundingStatus.DISBURSED)
                    ],
                )
            )
        if resources.get(desk.id) and rng.random() < 0.2:
            links.append({"project_id": pid, "resource_id": rng.choice(resources[desk.id])})
    for table, rows in (
        (EnterpriseProject.__table__, projects),
        (StageTransition.__table__, transitions),
        (ProjectMembership.__table__, members),
        (FundingApplication.__table__, applications),
        (project_resource, links),
        (ChecklistTick.__table__, ticks),
    ):
        for i in range(0, len(rows), BATCH):
            insert_rows(conn, table, rows[i : i + BATCH])
    linked = sorted({link["resource_id"] for link in links})
    for i in range(0, len(linked), BATCH):
        conn.execute(
            update(StructuralResource)
            .where(StructuralResource.id.in_(linked[i : i + BATCH]))
            .values(availability=en.Availability.ASSIGNED)
        )
    summary.business_plans = write_demo_plans(conn, gen.seed, planned)
    summary.projects = len(projects)
    summary.members = len(members)
    summary.funding_applications = len(applications)
    # Remember them for the activities: projects get consultancy sessions too.
    gen.project_rows = [
        (int(p["id"]), int(p["desk_id"]), transitions_start)
        for p, transitions_start in zip(
            projects, [t["at"] for t in transitions if t["from_stage"] is None], strict=True
        )
    ]


_ACTIVITY = (
    (en.ActivityKind.INTERVIEW, 30),
    (en.ActivityKind.PHONE_CALL, 30),
    (en.ActivityKind.EMAIL, 15),
    (en.ActivityKind.TRAINING, 8),
    (en.ActivityKind.CONSULTANCY, 10),
    (en.ActivityKind.EVENT, 4),
    (en.ActivityKind.REFERRAL, 3),
)
_DURATION = {
    en.ActivityKind.INTERVIEW: (30, 90),
    en.ActivityKind.PHONE_CALL: (5, 30),
    en.ActivityKind.EMAIL: (5, 15),
    en.ActivityKind.TRAINING: (120, 480),
    en.ActivityKind.CONSULTANCY: (60, 180),
    en.ActivityKind.EVENT: (90, 240),
    en.ActivityKind.REFERRAL: (10, 30),
}


def _activities(
    conn: Any,
    gen: _Generator,
    people: list[_DemoPerson],
    operators: dict[int, list[int]],
    summary: DemoSummary,
) -> None:
    rng = gen.rng
    rows: list[dict[str, Any]] = []
    today = gen.today
    language = gen.desk_language

    def add(
        kind: en.ActivityKind,
        when: dt.datetime,
        desk_id: int,
        person_id: int | None,
        project_id: int | None,
    ) -> None:
        follow_up, done = None, False
        if rng.random() < 0.3:
            follow_up = when.date() + dt.timedelta(days=rng.randint(7, 30))
            done = follow_up < today - dt.timedelta(days=3) and rng.random() < 0.92
        rows.append(
            {
                "kind": kind,
                "occurred_at": when,
                "duration_minutes": rng.randint(*_DURATION[kind]),
                "desk_id": desk_id,
                "operator_id": rng.choice(operators[desk_id]),
                "person_id": person_id,
                "project_id": project_id,
                "notes": rng.choice(dd.ACTIVITY_NOTES)[language[desk_id]],
                "follow_up_due": follow_up,
                "follow_up_done": done,
                "version": 1,
            }
        )
        if len(rows) >= BATCH:
            insert_rows(conn, Activity.__table__, rows)
            summary.activities += len(rows)
            rows.clear()

    for person in people:
        span = (today - person.first_contact).days
        for k in range(rng.choices((1, 2, 3, 4, 5, 6), weights=(20, 25, 20, 15, 10, 10))[0]):
            day = person.first_contact + dt.timedelta(days=0 if k == 0 else rng.randint(0, span))
            when = dt.datetime.combine(
                day, dt.time(rng.randint(9, 17), rng.choice((0, 15, 30, 45)))
            )
            kind = en.ActivityKind.INTERVIEW if k == 0 else _weighted(rng, _ACTIVITY)
            add(kind, when, person.desk.id, person.id, None)
    for project_id, desk_id, started in gen.project_rows:
        span = max((today - started.date()).days, 0)
        for _ in range(rng.randint(1, 4)):
            day = started.date() + dt.timedelta(days=rng.randint(0, span))
            when = dt.datetime.combine(day, dt.time(rng.randint(9, 17), 0))
            add(en.ActivityKind.CONSULTANCY, when, desk_id, None, project_id)
    if rows:
        insert_rows(conn, Activity.__table__, rows)
        summary.activities += len(rows)
