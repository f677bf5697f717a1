"""The demo's people: names, codici fiscali and NIRs, contacts, consents, skills, needs."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

import phonenumbers
from sqlalchemy import func, select

from deskapp.models import (
    Consent,
    Need,
    NeedsAssessment,
    Person,
    Skill,
)
from deskapp.models import enums as en
from deskapp.models.bulk import insert_rows
from deskapp.models.identifiers import (
    encode_nir,
)
from deskapp.services.demo import data as dd
from deskapp.services.demo.generator import (
    DEMO_NOTICE_VERSION,
    DemoSummary,
    Progress,
    _DemoDesk,
    _DemoPerson,
    _Generator,
    _random_date,
    _weighted,
)

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


# The demo's mail domains by the desk's country (drawn from one list, so that the
# random sequence, and with it the rest of the demo, stays the same): a French desk's
# people write from French-looking addresses, an Italian desk's from Italian ones.
_EMAIL_DOMAIN = {
    en.Country.IT: {
        "posta-demo.it": "posta-demo.it",
        "mail-demo.it": "mail-demo.it",
        "courriel-demo.fr": "posta-demo.it",
    },
    en.Country.FR: {
        "posta-demo.it": "courriel-demo.fr",
        "mail-demo.it": "mail-demo.fr",
        "courriel-demo.fr": "courriel-demo.fr",
    },
}


def _valid_phone(draw: Callable[[], str]) -> str:
    """Draw mobile numbers until one is valid (some ranges are overseas or unassigned),
    so demo records pass the same phone check as intake."""
    while True:
        number = draw()
        if _is_valid_mobile(number):
            return number


# The demo's numbers: "+39" or "+33", then the national number (no leading zero).
_COUNTRY_OF_PREFIX = {"+39": (39, "IT"), "+33": (33, "FR")}


def _is_valid_mobile(number: str) -> bool:
    """``phonenumbers.is_valid_number(phonenumbers.parse(number))`` for the demo's own
    numbers, at about a third of its cost (a tenth of the demo's time went there): the
    number is built from its parts instead of parsed, and checked against its country
    alone (for +39 the library also tries the Vatican, whose numbers start 06698, never
    a demo mobile's 3). tests/services/test_demo.py compares the two on many draws."""
    code, region = _COUNTRY_OF_PREFIX[number[:3]]
    parsed = phonenumbers.PhoneNumber(country_code=code, national_number=int(number[3:]))
    return bool(phonenumbers.is_valid_number_for_region(parsed, region))


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
                "email": f"{_slug(given)}.{_slug(family)}{pid}@"
                + _EMAIL_DOMAIN[desk.country][rng.choice(dd.EMAIL_DOMAINS)],
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
