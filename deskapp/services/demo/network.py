"""The demo's network (issue 18): organisations around each desk, in its country's
language, with their supply chains, sizes, contacts and relations (members of consortia
and networks, suppliers and customers of the demo's projects, partners across the
border); openings asking for the demo people's trades; the roles some projects still
need; consents to be proposed, and a few proposals followed to a hire or a refusal.

Drawn from a random source of its own, after everything else: the rest of the demo
stays the same for a seed, and so does the network.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import phonenumbers
from sqlalchemy import func, select, update
from stdnum import luhn

from deskapp.models import (
    Consent,
    EnterpriseProject,
    MatchOutcome,
    Opening,
    Organisation,
    OrganisationContact,
    OrganisationRelation,
    ProjectRole,
    Skill,
    SupplyChain,
)
from deskapp.models import enums as en
from deskapp.models.bulk import insert_rows
from deskapp.services.demo import data as dd
from deskapp.services.demo.generator import (
    DEMO_NOTICE_VERSION,
    DemoSummary,
    _DemoDesk,
    _DemoPerson,
    _Generator,
)
from deskapp.services.demo.resources import _of_town
from deskapp.services.organisations import ChainRow

# The trades of dd.OCCUPATIONS by their Italian name, as (Italian, French).
_TRADES = {it: (it, fr) for it, fr, _, _ in dd.OCCUPATIONS}

# Firms and cooperatives: (Italian stem, French stem, NACE class, the trades they hire).
_EMPLOYERS = (
    (
        "Cantiere Nautico",
        "Chantier naval",
        "30.12",
        ("Carpentiere navale", "Saldatore", "Verniciatore"),
    ),
    (
        "Riparazioni Navali",
        "Réparation navale",
        "33.15",
        ("Saldatore", "Manutentore meccanico", "Elettricista industriale"),
    ),
    (
        "Costruzioni Navali",
        "Constructions navales",
        "30.11",
        ("Saldatore", "Carpentiere navale", "Tornitore CNC"),
    ),
    (
        "Officina Meccanica",
        "Atelier mécanique",
        "25.62",
        ("Tornitore CNC", "Saldatore", "Manutentore meccanico"),
    ),
    ("Carpenteria Metallica", "Chaudronnerie", "25.11", ("Saldatore", "Verniciatore")),
    (
        "Impianti Solari",
        "Installations solaires",
        "43.21",
        ("Elettricista industriale", "Idraulico"),
    ),
    (
        "Energia Eolica",
        "Énergie éolienne",
        "35.11",
        ("Elettricista industriale", "Manutentore meccanico"),
    ),
    ("Frantoio", "Moulin à huile", "10.41", ("Operatore agricolo", "Magazziniere")),
    ("Forno", "Boulangerie", "10.71", ("Panettiere", "Addetto alle vendite")),
    ("Azienda Agricola", "Exploitation agricole", "01.13", ("Operatore agricolo", "Carrellista")),
    ("Vivai", "Pépinières", "01.19", ("Florovivaista", "Operatore agricolo")),
    ("Pesca e Mare", "Pêcheries", "03.11", ("Pescatore",)),
    (
        "Conserve Ittiche",
        "Conserverie",
        "10.20",
        ("Magazziniere", "Operatore agricolo", "Carrellista"),
    ),
    ("Albergo", "Hôtel", "55.10", ("Receptionist", "Cuoco", "Cameriere", "Addetto alla pulizia")),
    ("Trattoria", "Restaurant", "56.10", ("Cuoco", "Cameriere")),
    ("Escursioni", "Excursions", "79.90", ("Guida turistica",)),
    (
        "Biotecnologie Marine",
        "Biotechnologies marines",
        "72.11",
        ("Tecnico informatico", "Impiegato amministrativo"),
    ),
    ("Logistica", "Logistique", "52.24", ("Carrellista", "Magazziniere", "Autista mezzi pesanti")),
    ("Trasporti", "Transports", "49.41", ("Autista mezzi pesanti", "Magazziniere")),
    ("Edilizia", "Bâtiment", "41.20", ("Muratore", "Idraulico")),
    (
        "Informatica",
        "Informatique",
        "62.01",
        ("Sviluppatore software", "Tecnico informatico", "Grafico"),
    ),
    (
        "Servizi alla Persona",
        "Services à la personne",
        "88.10",
        ("Operatore socio-sanitario", "Educatore"),
    ),
    ("Studio Contabile", "Cabinet comptable", "69.20", ("Contabile", "Impiegato amministrativo")),
    ("Market", "Supérette", "47.11", ("Addetto alle vendite", "Magazziniere")),
    ("Falegnameria", "Menuiserie", "16.23", ("Falegname",)),
    ("Pulizie Industriali", "Propreté industrielle", "81.21", ("Addetto alla pulizia",)),
)
_FORMS_IT = ("S.r.l.", "S.r.l.", "S.n.c.", "S.p.A.")
_FORMS_FR = ("SARL", "SAS", "SAS", "EURL")

# Each region's groupings: (kind, name, NACE class or "", what they do).
_GROUPINGS = {
    en.Region.LIGURIA: (
        (
            en.OrganisationKind.NETWORK,
            "Distretto Ligure delle Tecnologie del Mare",
            "30.12",
            "Rete di cantieri e subfornitori della nautica da diporto.",
        ),
        (
            en.OrganisationKind.CONSORTIUM,
            "Consorzio Florovivaisti del Ponente",
            "01.19",
            "Commercializzazione comune di fiori e piante in vaso.",
        ),
        (
            en.OrganisationKind.NETWORK,
            "Rete d'imprese Riviera Accogliente",
            "55.10",
            "Alberghi e ristoranti per un turismo sostenibile.",
        ),
        (
            en.OrganisationKind.ASSOCIATION,
            "Associazione Cooperative Liguri",
            "",
            "Rappresenta e assiste le cooperative della regione.",
        ),
    ),
    en.Region.TOSCANA: (
        (
            en.OrganisationKind.CONSORTIUM,
            "Consorzio Nautico della Costa Toscana",
            "33.15",
            "Refitting e riparazioni navali tra Livorno e Piombino.",
        ),
        (
            en.OrganisationKind.NETWORK,
            "Rete Energia Val di Cornia",
            "35.11",
            "Installatori e produttori di energia rinnovabile.",
        ),
        (
            en.OrganisationKind.CONSORTIUM,
            "Consorzio Agroalimentare della Maremma",
            "10.41",
            "Olio, vino e conserve dei produttori associati.",
        ),
        (
            en.OrganisationKind.ASSOCIATION,
            "Associazione Imprese Cooperative Toscane",
            "",
            "Servizi e rappresentanza per le cooperative.",
        ),
    ),
    en.Region.SARDEGNA: (
        (
            en.OrganisationKind.CONSORTIUM,
            "Consorzio Pescatori del Golfo",
            "03.11",
            "Pesca artigianale e prima lavorazione del pescato.",
        ),
        (
            en.OrganisationKind.NETWORK,
            "Rete Turismo Sostenibile Sardegna",
            "79.90",
            "Guide, strutture ricettive e agenzie del turismo lento.",
        ),
        (
            en.OrganisationKind.NETWORK,
            "Cluster Biotecnologie Blu della Sardegna",
            "72.11",
            "Ricerca e imprese delle biotecnologie marine.",
        ),
        (
            en.OrganisationKind.ASSOCIATION,
            "Associazione Cooperative Sarde",
            "",
            "Assistenza alla nascita di nuove cooperative.",
        ),
    ),
    en.Region.CORSE: (
        (
            en.OrganisationKind.CONSORTIUM,
            "Groupement des producteurs agroalimentaires de Corse",
            "10.41",
            "Commercialisation commune des produits du terroir.",
        ),
        (
            en.OrganisationKind.NETWORK,
            "Réseau du tourisme durable de Corse",
            "55.10",
            "Hébergements, guides et restaurants engagés.",
        ),
        (
            en.OrganisationKind.NETWORK,
            "Pôle nautique de Haute-Corse",
            "33.15",
            "Chantiers et artisans du nautisme.",
        ),
        (
            en.OrganisationKind.ASSOCIATION,
            "Union régionale des SCOP de Corse",
            "",
            "Accompagne la création et la reprise d'entreprises en SCOP.",
        ),
    ),
    en.Region.SUD: (
        (
            en.OrganisationKind.NETWORK,
            "Pôle mer et construction navale du Var",
            "30.11",
            "Chantiers, sous-traitants et centres de formation.",
        ),
        (
            en.OrganisationKind.NETWORK,
            "Réseau énergies renouvelables de Provence",
            "35.11",
            "Installateurs et producteurs d'énergie verte.",
        ),
        (
            en.OrganisationKind.CONSORTIUM,
            "Groupement agroalimentaire des Bouches-du-Rhône",
            "10.71",
            "Achats et ventes en commun des artisans de l'alimentation.",
        ),
        (
            en.OrganisationKind.ASSOCIATION,
            "Union régionale des SCOP Sud",
            "",
            "Accompagne la création et la reprise d'entreprises en SCOP.",
        ),
    ),
}
# Partners beyond the two countries: (country, name, NACE class, what they do).
_ABROAD = (
    ("ES", "Astilleros del Levante S.L.", "30.12", "Construcción de embarcaciones de recreo."),
    ("ES", "Cooperativa Agraria del Ebro", "10.41", "Almazara y comercialización de aceite."),
    ("PT", "Biomar Açores Lda.", "72.11", "Investigação em biotecnologia marinha."),
    ("GR", "Aegean Sustainable Tours S.A.", "79.90", "Sustainable tourism operator."),
    ("HR", "Brodogradilište Jadran d.o.o.", "33.15", "Ship repair yard."),
    ("MT", "Malta Solar Energy Ltd", "35.11", "Solar farms and installation."),
)
_SIZES = (
    (en.OrganisationSize.MICRO, 50),
    (en.OrganisationSize.SMALL, 30),
    (en.OrganisationSize.MEDIUM, 15),
    (en.OrganisationSize.LARGE, 5),
)
_SEEKS = (
    ("Personale qualificato: {trades}.", "Du personnel qualifié\u00a0: {trades}."),
    (
        "Fornitori locali e personale: {trades}.",
        "Des fournisseurs locaux et du personnel\u00a0: {trades}.",
    ),
    (
        "Partner per progetti europei; {trades}.",
        "Des partenaires pour des projets européens\u00a0; {trades}.",
    ),
)
_ROLES = (
    ("Titolare", "Gérant"),
    ("Responsabile del personale", "Responsable des ressources humaines"),
    ("Direttore di produzione", "Directeur de production"),
    ("Segreteria", "Secrétariat"),
)
_EXTRA_SKILLS = (
    ("patente B", "permis B"),
    ("lavoro in squadra", "travail en équipe"),
    ("disponibilità a turni", "travail posté"),
    ("sicurezza sul lavoro", "sécurité au travail"),
)
_LEVELS = (None, *en.SkillLevel)
# Public bodies of each desk: a town hall and the chamber of commerce of its first place.
_PUBLIC = (
    ("Comune di {town}", "Commune {of_town}"),
    ("Camera di Commercio di {town}", "CCI {of_town}"),
)
_COUNTRIES = {"IT": en.Country.IT, "FR": en.Country.FR}
_IT_AREA = ("010", "0187", "0184", "0586", "0565", "070", "079", "0781")


@dataclass
class _Org:
    id: int
    desk: _DemoDesk | None
    kind: en.OrganisationKind
    nace: str
    chain_id: int | None
    country: str
    municipality: str
    trades: tuple[str, ...] = ()
    openings: list[int] = field(default_factory=list)


def _company_number(rng: random.Random, country: str, used: set[str]) -> str:
    """A partita IVA (a province office code, a Luhn check digit) or a SIREN (Luhn),
    valid and unused."""
    while True:
        if country == "IT":
            body = f"{rng.randint(0, 9_999_999):07d}{rng.randint(1, 100):03d}"
        else:
            body = f"{rng.randint(10_000_000, 99_999_999):08d}"
        number = body + luhn.calc_check_digit(body)
        if number not in used:
            used.add(number)
            return number


def _phone(rng: random.Random, country: str) -> str:
    while True:
        if country == "IT":
            number = f"+39{rng.choice(_IT_AREA)}{rng.randint(100_000, 999_999)}"
        else:
            number = f"+334{rng.randint(0, 99_999_999):08d}"
        if phonenumbers.is_valid_number(phonenumbers.parse(number)):
            return number


def _slug(text: str) -> str:
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in ascii_text.lower() if ch.isalnum())[:30] or "info"


def _national_sector(nace: str, country: str) -> str:
    """The sector as a desk of the country types it; the NACE class itself elsewhere
    (the schema takes it as the sector, in either country)."""
    if not nace or country not in ("IT", "FR"):
        return nace
    from deskapp.services.demo.projects import _national_code

    return _national_code(nace, _COUNTRIES[country])


def _chains(conn: Any) -> list[ChainRow]:
    c = SupplyChain.__table__.c
    rows = conn.execute(
        select(
            c.id, c.version, c.code, c.name_it, c.name_fr, c.name_en, c.nace_prefixes, c.active
        ).order_by(c.id)
    )
    return [ChainRow(*r) for r in rows]


def _chain_id(chains: list[ChainRow], nace: str) -> int | None:
    scored = [(c.holds(nace), -c.id, c.id) for c in chains if c.active and nace]
    best = max(scored, default=(0, 0, None))
    return best[2] if best[0] else None


def _next_id(conn: Any, table: Any) -> int:
    return int(conn.execute(select(func.coalesce(func.max(table.id), 0))).scalar() or 0) + 1


class _Network:
    def __init__(
        self,
        conn: Any,
        gen: _Generator,
        desks: list[_DemoDesk],
        operators: dict[int, list[int]],
    ) -> None:
        self.conn = conn
        self.gen = gen
        self.rng = random.Random(f"deskapp-demo-network-{gen.seed}")
        self.today = gen.today
        self.desks = desks
        self.operators = operators
        self.chains = _chains(conn)
        self.orgs: list[_Org] = []
        self.org_rows: list[dict[str, Any]] = []
        self.contacts: list[dict[str, Any]] = []
        self.relations: list[dict[str, Any]] = []
        self.openings: list[dict[str, Any]] = []
        self.used_numbers: set[str] = set()
        self.used_names: set[str] = set()
        self.next_org = _next_id(conn, Organisation)
        self.next_opening = _next_id(conn, Opening)

    # Organisations ------------------------------------------------------------------

    def _add_org(
        self,
        desk: _DemoDesk,
        kind: en.OrganisationKind,
        name: str,
        nace: str,
        country: str,
        municipality: str,
        activities: str,
        seeks: str = "",
        trades: tuple[str, ...] = (),
        numbered: bool = True,
    ) -> _Org:
        rng = self.rng
        org = _Org(
            self.next_org,
            desk,
            kind,
            nace,
            _chain_id(self.chains, nace),
            country,
            municipality,
            trades,
        )
        self.next_org += 1
        self.orgs.append(org)
        self.used_names.add(name)
        domain = "esempio-demo.it" if country == "IT" else "exemple-demo.fr"
        slug = _slug(name)
        home = country in ("IT", "FR")
        self.org_rows.append(
            {
                "id": org.id,
                "desk_id": desk.id,
                "name": name,
                "kind": kind,
                "sector_code": _national_sector(nace, country),
                "nace_code": nace,
                "supply_chain_id": org.chain_id,
                "country": country,
                "municipality": municipality,
                "size": _weighted(rng, _SIZES) if kind in en.EMPLOYERS else None,
                "activities": activities,
                "seeks": seeks,
                "company_number": (
                    _company_number(rng, country, self.used_numbers) if numbered and home else None
                ),
                "email": f"info@{slug}.{domain}" if home else "",
                "phone": _phone(rng, country) if home else "",
                "website": f"https://www.{slug}.{domain}" if home else "",
                "notes": "",
                "active": rng.random() > 0.03,
                "version": 1,
            }
        )
        if home:
            faker = self.gen.fakers[_COUNTRIES[country]]
            language = 0 if country == "IT" else 1
            for n in range(rng.choice((1, 1, 2))):
                given, family = faker.first_name(), faker.last_name()
                self.contacts.append(
                    {
                        "organisation_id": org.id,
                        "name": f"{given} {family}",
                        "role": _ROLES[n if n else rng.randrange(len(_ROLES))][language],
                        "email": f"{_slug(given)}.{_slug(family)}@{slug}.{domain}",
                        "phone": _phone(rng, country),
                    }
                )
        return org

    def _employer_name(self, desk: _DemoDesk, stem: tuple[str, str], place: str) -> str:
        rng = self.rng
        names = self.gen.names[desk.country]["family"]
        cooperative = rng.random() < 0.25
        for _ in range(50):
            family = rng.choice(names)
            if desk.country is en.Country.IT:
                name = (
                    f"{stem[0]} {place} Soc. Coop."
                    if cooperative and rng.random() < 0.5
                    else f"{stem[0]} {family} {rng.choice(_FORMS_IT)}"
                )
            else:
                name = (
                    f"SCOP {stem[1]} {_of_town(place)}"
                    if cooperative and rng.random() < 0.5
                    else f"{stem[1]} {family} {rng.choice(_FORMS_FR)}"
                )
            if name not in self.used_names:
                return name
        return f"{name} ({len(self.used_names)})"

    def organisations(self, persons: int) -> None:
        rng = self.rng
        # Some dozens per desk, a few more for a large registry.
        per_desk = (26, 36 + min(persons // 4000, 40))
        seen_regions: set[en.Region] = set()
        for desk in self.desks:
            language = 0 if desk.country is en.Country.IT else 1
            country = desk.country.value.upper()
            if desk.region not in seen_regions:
                seen_regions.add(desk.region)
                for kind, name, nace, what in _GROUPINGS[desk.region]:
                    self._add_org(
                        desk,
                        kind,
                        name,
                        nace,
                        country,
                        desk.municipalities[0],
                        what,
                        numbered=kind is not en.OrganisationKind.ASSOCIATION,
                    )
            town = desk.municipalities[0]
            for template in _PUBLIC:
                name = template[language].format(town=town, of_town=_of_town(town))
                if name not in self.used_names:
                    self._add_org(
                        desk,
                        en.OrganisationKind.PUBLIC_BODY,
                        name,
                        "84.11",
                        country,
                        town,
                        "",
                        numbered=False,
                    )
            for _ in range(rng.randint(*per_desk)):
                stem_it, stem_fr, nace, trades = rng.choice(_EMPLOYERS)
                place = rng.choice(desk.municipalities)
                name = self._employer_name(desk, (stem_it, stem_fr), place)
                kind = (
                    en.OrganisationKind.COOPERATIVE
                    if "Coop" in name or name.startswith("SCOP")
                    else en.OrganisationKind.FIRM
                )
                words = ", ".join(_lower(_TRADES[t][language]) for t in trades)
                seeks = rng.choice(_SEEKS)[language].format(trades=words)
                activity = (f"{stem_it} a {place}.", f"{stem_fr} à {place}.")[language]
                self._add_org(desk, kind, name, nace, country, place, activity, seeks, trades)
        # Partners beyond the two countries, kept by the first desk.
        for country, name, nace, what in _ABROAD:
            self._add_org(self.desks[0], en.OrganisationKind.FIRM, name, nace, country, "", what)

    # Relations ----------------------------------------------------------------------

    def _relation(
        self,
        org: _Org,
        kind: en.RelationKind,
        other: _Org | None = None,
        project: int | None = None,
    ) -> None:
        self.relations.append(
            {
                "organisation_id": org.id,
                "kind": kind,
                "other_id": other.id if other else None,
                "project_id": project,
                "since": self.today - dt.timedelta(days=self.rng.randint(30, 3000)),
            }
        )

    def relations_between(self) -> None:
        rng = self.rng
        groupings = [o for o in self.orgs if o.kind in en.GROUPINGS]
        employers = [o for o in self.orgs if o.kind in en.EMPLOYERS]
        for org in employers:
            if org.desk is None or org.country not in ("IT", "FR"):
                continue
            region = org.desk.region
            for group in groupings:
                if group.desk is None or group.desk.region is not region:
                    continue
                same_chain = group.chain_id is not None and group.chain_id == org.chain_id
                association = group.kind is en.OrganisationKind.ASSOCIATION
                if (same_chain and rng.random() < 0.7) or (
                    association and org.kind is en.OrganisationKind.COOPERATIVE
                ):
                    self._relation(org, en.RelationKind.MEMBER_OF, group)
        # Across the border (and beyond): firms of the same chain.
        italian = [o for o in employers if o.country == "IT" and o.chain_id]
        french = [o for o in employers if o.country == "FR" and o.chain_id]
        for org in french:
            peers = [o for o in italian if o.chain_id == org.chain_id]
            if peers and rng.random() < 0.25:
                self._relation(org, en.RelationKind.PARTNER_ABROAD_OF, rng.choice(peers))
        for org in employers:
            if org.country in ("IT", "FR"):
                continue
            peers = [o for o in italian + french if o.chain_id == org.chain_id]
            for peer in rng.sample(peers, min(2, len(peers))):
                self._relation(org, en.RelationKind.PARTNER_ABROAD_OF, peer)

    def project_relations(self, projects: Sequence[Any]) -> None:
        rng = self.rng
        by_desk: dict[int, list[_Org]] = {}
        for org in self.orgs:
            if org.kind in en.EMPLOYERS and org.desk and org.country in ("IT", "FR"):
                by_desk.setdefault(org.desk.id, []).append(org)
        abroad = [o for o in self.orgs if o.country not in ("IT", "FR")]
        for pid, desk_id, nace, _stage in projects:
            local = by_desk.get(desk_id, [])
            if not local or rng.random() > 0.3:
                continue
            chain = _chain_id(self.chains, nace)
            near = [o for o in local if chain and o.chain_id == chain] or local
            self._relation(rng.choice(near), en.RelationKind.SUPPLIER_OF, project=pid)
            if rng.random() < 0.5:
                self._relation(rng.choice(local), en.RelationKind.CUSTOMER_OF, project=pid)
            if rng.random() < 0.08:
                self._relation(rng.choice(abroad), en.RelationKind.PARTNER_ABROAD_OF, project=pid)

    # Openings and roles --------------------------------------------------------------

    def openings_of_employers(self) -> None:
        rng = self.rng
        today = self.today
        for org in self.orgs:
            if not org.trades or org.desk is None:
                continue
            language = 0 if org.country == "IT" else 1
            count = rng.choices((0, 1, 2, 3), weights=(30, 40, 20, 10))[0]
            # One opening per trade: the same role twice is one opening with more posts.
            for trade_it in rng.sample(org.trades, min(count, len(org.trades))):
                trade = _TRADES[trade_it][language]
                extra = rng.choice(_EXTRA_SKILLS)[language]
                starts = today + dt.timedelta(days=rng.randint(-20, 60))
                # Most open for weeks to come; some past their date, a few closed.
                until = today + dt.timedelta(days=rng.randint(-40, 120))
                posts = rng.choices((1, 2, 3, 5), weights=(60, 25, 10, 5))[0]
                self.openings.append(
                    {
                        "id": self.next_opening,
                        "organisation_id": org.id,
                        "title": trade,
                        "skills": f"{_lower(trade)}, {extra}",
                        "level": rng.choice(_LEVELS),
                        "municipality": rng.choice(("", org.municipality)),
                        "starts_on": starts,
                        "until": until,
                        "posts": posts,
                        "filled": 0,
                        "closed": rng.random() < 0.05,
                        "notes": "",
                        "version": 1,
                    }
                )
                org.openings.append(self.next_opening)
                self.next_opening += 1

    def project_roles(
        self, projects: Sequence[Any], desks: dict[int, _DemoDesk]
    ) -> list[dict[str, Any]]:
        rng = self.rng
        trades_of = {nace: trades for _, _, nace, trades in _EMPLOYERS}
        fallback = ("Impiegato amministrativo", "Addetto alle vendite")
        roles: list[dict[str, Any]] = []
        next_role = _next_id(self.conn, ProjectRole)
        closed = (en.Stage.ABANDONED,)
        for pid, desk_id, nace, stage in projects:
            if stage in closed or rng.random() > 0.35:
                continue
            language = 0 if desks[desk_id].country is en.Country.IT else 1
            trades = trades_of.get(nace, fallback)
            for trade_it in rng.sample(trades, min(len(trades), rng.randint(1, 2))):
                trade = _TRADES[trade_it][language]
                posts = rng.randint(1, 4)
                roles.append(
                    {
                        "id": next_role,
                        "project_id": pid,
                        "title": trade,
                        "skills": _lower(trade),
                        "level": rng.choice(_LEVELS),
                        "posts": posts,
                        "filled": rng.randint(0, posts - 1),
                        "version": 1,
                    }
                )
                next_role += 1
        return roles


def _lower(trade: str) -> str:
    """A trade inside a sentence: "tornitore CNC", "développeur logiciel"."""
    return trade[:1].lower() + trade[1:]


def _weighted(rng: random.Random, pairs: Sequence[tuple[Any, float]]) -> Any:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _network(
    conn: Any,
    gen: _Generator,
    desks: list[_DemoDesk],
    operators: dict[int, list[int]],
    people: list[_DemoPerson],
    summary: DemoSummary,
) -> None:
    net = _Network(conn, gen, desks, operators)
    rng = net.rng
    today = gen.today
    net.organisations(len(people))
    net.relations_between()
    p = EnterpriseProject.__table__.c
    projects = conn.execute(select(p.id, p.desk_id, p.nace_code, p.stage).order_by(p.id)).all()
    net.project_relations(projects)
    net.openings_of_employers()
    roles = net.project_roles(projects, {d.id: d for d in desks})
    insert_rows(conn, Organisation.__table__, net.org_rows)
    insert_rows(conn, OrganisationContact.__table__, net.contacts)
    insert_rows(conn, OrganisationRelation.__table__, net.relations)
    insert_rows(conn, Opening.__table__, net.openings)
    insert_rows(conn, ProjectRole.__table__, roles)

    # Consents to be proposed: asked of those who came for work, given by most.
    consents: list[dict[str, Any]] = []
    proposable: dict[int, list[_DemoPerson]] = {}
    for person in people:
        if rng.random() < 0.45:
            given = min(person.first_contact + dt.timedelta(days=rng.randint(0, 20)), today)
            consents.append(
                {
                    "person_id": person.id,
                    "purpose": en.ConsentPurpose.PLACEMENT,
                    "legal_basis": en.LegalBasis.CONSENT,
                    "notice_version": DEMO_NOTICE_VERSION,
                    "given_on": given,
                    "operator_id": rng.choice(operators[person.desk.id]),
                }
            )
            proposable.setdefault(person.desk.id, []).append(person)
    for i in range(0, len(consents), 20_000):
        insert_rows(conn, Consent.__table__, consents[i : i + 20_000])

    outcomes = _outcomes(conn, net, proposable)
    insert_rows(conn, MatchOutcome.__table__, outcomes[0])
    for opening_id, hired in outcomes[1].items():
        conn.execute(update(Opening).where(Opening.id == opening_id).values(filled=hired))
    summary.organisations = len(net.org_rows)
    summary.openings = len(net.openings)
    summary.match_outcomes = len(outcomes[0])


def _outcomes(
    conn: Any, net: _Network, proposable: dict[int, list[_DemoPerson]]
) -> tuple[list[dict[str, Any]], dict[int, int]]:
    """A few proposals per desk, each of a consenting person with the opening's trade
    among their skills, followed step by step; some end in a hire, which takes a post."""
    rng = net.rng
    today = net.today
    # The first people of each desk who may be proposed, and their trades.
    pool = {desk: persons[:400] for desk, persons in proposable.items()}
    ids = [person.id for persons in pool.values() for person in persons]
    trades: dict[str, list[int]] = {}
    s = Skill.__table__.c
    for i in range(0, len(ids), 500):
        for pid, description in conn.execute(
            select(s.person_id, s.description).where(s.person_id.in_(ids[i : i + 500]))
        ):
            trades.setdefault(description, []).append(pid)
    opening_rows = {row["id"]: row for row in net.openings}
    desk_of_person = {p.id: p.desk for persons in pool.values() for p in persons}
    first_contact = {p.id: p.first_contact for persons in pool.values() for p in persons}
    rows: list[dict[str, Any]] = []
    hired: dict[int, int] = {}
    steps = list(en.MatchStatus)[:3]  # proposed, contacted, interview
    for org in net.orgs:
        if org.desk is None:
            continue
        for opening_id in org.openings:
            opening = opening_rows[opening_id]
            if opening["closed"] or rng.random() > 0.3:
                continue
            candidates = [
                pid for pid in trades.get(opening["title"], []) if desk_of_person[pid] is org.desk
            ]
            for pid in rng.sample(candidates, min(len(candidates), rng.randint(1, 3))):
                operator = rng.choice(net.operators[org.desk.id])
                start = max(
                    first_contact[pid] + dt.timedelta(days=25), today - dt.timedelta(days=150)
                )
                if start > today:
                    continue
                day = start + dt.timedelta(days=rng.randint(0, max((today - start).days // 2, 0)))
                reached = rng.randint(1, 4)
                for status in steps[:reached]:
                    rows.append(_outcome(pid, opening_id, status, day, operator))
                    day = min(day + dt.timedelta(days=rng.randint(3, 15)), today)
                if reached == 4:
                    free = opening["posts"] - hired.get(opening_id, 0)
                    end = (
                        en.MatchStatus.HIRED
                        if free and rng.random() < 0.5
                        else en.MatchStatus.DECLINED
                    )
                    rows.append(_outcome(pid, opening_id, end, day, operator))
                    if end is en.MatchStatus.HIRED:
                        hired[opening_id] = hired.get(opening_id, 0) + 1
    return rows, hired


def _outcome(
    person_id: int, opening_id: int, status: en.MatchStatus, day: dt.date, operator: int
) -> dict[str, Any]:
    return {
        "person_id": person_id,
        "opening_id": opening_id,
        "project_role_id": None,
        "status": status,
        "happened_on": day,
        "operator_id": operator,
    }
