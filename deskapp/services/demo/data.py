"""Reference pools for the synthetic demo registry: desks, places, trades, companies.

Fictional people and companies; real municipalities (their cadastral codes come
from python-codicefiscale's register at run time) and real classification codes.
"""

from __future__ import annotations

from deskapp.models.enums import Country, Language, Region, ResourceKind

# (desk name, organisation, region, country, language, address, municipalities around it)
DESKS = (
    (
        "Antenna Imperia",
        "Confcooperative Liguria",
        Region.LIGURIA,
        Country.IT,
        Language.IT,
        "Mercato dei Fiori, Valle Armea, Sanremo",
        ("Sanremo", "Imperia", "Ventimiglia", "Taggia", "Bordighera"),
    ),
    (
        "Antenna Genova",
        "Legacoop Liguria",
        Region.LIGURIA,
        Country.IT,
        Language.IT,
        "Via XX Settembre 41, Genova",
        ("Genova", "Rapallo", "Chiavari", "Sestri Levante", "Arenzano"),
    ),
    (
        "Antenna La Spezia",
        "Camera di Commercio Riviere di Liguria",
        Region.LIGURIA,
        Country.IT,
        Language.IT,
        "Piazza Europa 16, La Spezia",
        ("La Spezia", "Sarzana", "Lerici", "Santo Stefano di Magra"),
    ),
    (
        "Antenna Livorno",
        "Legacoop Toscana",
        Region.TOSCANA,
        Country.IT,
        Language.IT,
        "Via Grande 120, Livorno",
        ("Livorno", "Collesalvetti", "Rosignano Marittimo", "Cecina"),
    ),
    (
        "Antenna Piombino",
        "Comune di Piombino",
        Region.TOSCANA,
        Country.IT,
        Language.IT,
        "Via Ferruccio 4, Piombino",
        ("Piombino", "Campiglia Marittima", "San Vincenzo", "Follonica"),
    ),
    (
        "Antenna Cagliari",
        "Confcooperative Sardegna",
        Region.SARDEGNA,
        Country.IT,
        Language.IT,
        "Viale Trieste 69, Cagliari",
        ("Cagliari", "Quartu Sant'Elena", "Assemini", "Iglesias", "Carbonia"),
    ),
    (
        "Antenna Sassari",
        "Camera di Commercio di Sassari",
        Region.SARDEGNA,
        Country.IT,
        Language.IT,
        "Via Roma 74, Sassari",
        ("Sassari", "Porto Torres", "Alghero", "Sorso"),
    ),
    (
        "Antenne Bastia",
        "Chambre de commerce de Haute-Corse",
        Region.CORSE,
        Country.FR,
        Language.FR,
        "Rue du Nouveau Port, Bastia",
        ("Bastia", "Biguglia", "Borgo", "Corte"),
    ),
    (
        "Antenne Ajaccio",
        "Collectivité de Corse",
        Region.CORSE,
        Country.FR,
        Language.FR,
        "Cours Napoléon 22, Ajaccio",
        ("Ajaccio", "Porto-Vecchio", "Propriano", "Sartène"),
    ),
    (
        "Antenne Toulon",
        "Union régionale des SCOP Sud",
        Region.SUD,
        Country.FR,
        Language.FR,
        "Avenue de la République 5, Toulon",
        ("Toulon", "La Seyne-sur-Mer", "Hyères", "La Garde"),
    ),
    (
        "Antenne Marseille",
        "Région Sud",
        Region.SUD,
        Country.FR,
        Language.FR,
        "Boulevard Dugommier 9, Marseille",
        ("Marseille", "Aubagne", "Martigues", "La Ciotat"),
    ),
)

# Relative weight of each desk in the registry (Liguria leads the programme).
DESK_WEIGHTS = (10, 14, 8, 9, 7, 9, 7, 6, 6, 8, 10)

# Foreign birth countries seen at the desks, as named in the cadastral register.
FOREIGN_BIRTHPLACES = (
    "Marocco",
    "Romania",
    "Albania",
    "Senegal",
    "Ucraina",
    "Tunisia",
    "Peru",
    "Ecuador",
)
FOREIGN_CITIZENSHIP = {
    "Marocco": "MA",
    "Romania": "RO",
    "Albania": "AL",
    "Senegal": "SN",
    "Ucraina": "UA",
    "Tunisia": "TN",
    "Peru": "PE",
    "Ecuador": "EC",
}

# (description IT, description FR, ISTAT CP2011 code, sector as its NACE Rev. 2 class)
OCCUPATIONS = (
    ("Saldatore", "Soudeur", "6.2.1.2.0", "25.11"),
    ("Tornitore CNC", "Tourneur sur commande numérique", "7.2.1.1.0", "25.62"),
    ("Carpentiere navale", "Charpentier de marine", "6.2.1.8.0", "30.11"),
    ("Elettricista industriale", "Électricien industriel", "6.2.4.1.0", "43.21"),
    ("Manutentore meccanico", "Mécanicien de maintenance", "6.2.3.1.1", "33.12"),
    ("Magazziniere", "Magasinier", "4.3.2.1.0", "52.10"),
    ("Carrellista", "Cariste", "7.4.4.2.0", "52.24"),
    ("Autista mezzi pesanti", "Chauffeur poids lourds", "7.4.2.3.0", "49.41"),
    ("Cuoco", "Cuisinier", "5.2.2.1.0", "56.10"),
    ("Cameriere", "Serveur", "5.2.2.3.1", "56.10"),
    ("Panettiere", "Boulanger", "6.5.1.1.1", "10.71"),
    ("Operatore agricolo", "Ouvrier agricole", "6.4.1.1.0", "01.13"),
    ("Florovivaista", "Horticulteur", "6.4.1.3.1", "01.19"),
    ("Operatore socio-sanitario", "Aide-soignant", "5.3.1.1.0", "88.10"),
    ("Educatore", "Éducateur", "3.4.5.2.0", "88.91"),
    ("Contabile", "Comptable", "4.1.1.2.0", "69.20"),
    ("Impiegato amministrativo", "Employé administratif", "4.1.1.1.0", "82.11"),
    ("Addetto alle vendite", "Vendeur", "5.1.2.2.0", "47.19"),
    ("Sviluppatore software", "Développeur logiciel", "2.1.1.4.1", "62.01"),
    ("Tecnico informatico", "Technicien informatique", "3.1.2.5.0", "62.02"),
    ("Grafico", "Graphiste", "3.4.4.1.1", "74.10"),
    ("Muratore", "Maçon", "6.1.2.1.0", "41.20"),
    ("Idraulico", "Plombier", "6.1.3.6.0", "43.22"),
    ("Pescatore", "Pêcheur", "6.4.5.1.0", "03.11"),
    ("Addetto alla pulizia", "Agent d'entretien", "8.1.4.2.0", "81.21"),
    ("Guida turistica", "Guide touristique", "3.4.1.5.1", "79.90"),
    ("Receptionist", "Réceptionniste", "4.2.2.1.0", "55.10"),
    ("Operaio tessile", "Ouvrier textile", "7.2.6.1.0", "13.20"),
    ("Verniciatore", "Peintre industriel", "6.2.3.3.0", "25.61"),
    ("Falegname", "Menuisier", "6.5.2.1.0", "16.23"),
)

# (company name, ATECO of the business, municipality) - fictional companies in crisis.
COMPANIES_IT = (
    ("Acciaierie Liguri S.p.A.", "24.10", "Genova"),
    ("Cantieri Navali del Tirreno S.r.l.", "30.11", "La Spezia"),
    ("Officine Meccaniche Piombinesi S.r.l.", "25.62", "Piombino"),
    ("Tessiture Riunite Pratesi S.p.A.", "13.20", "Livorno"),
    ("Fiori di Riviera Soc. Agr.", "01.19", "Sanremo"),
    ("Logistica Portuale Sarda S.r.l.", "52.24", "Cagliari"),
    ("Minerali del Sulcis S.p.A.", "08.99", "Iglesias"),
    ("Panificio Industriale Sassarese S.r.l.", "10.71", "Sassari"),
    ("Mobilificio Val di Magra S.n.c.", "31.09", "Sarzana"),
    ("Tipografia Genovese S.r.l.", "18.12", "Genova"),
)
COMPANIES_FR = (
    ("Chantiers Navals Varois SAS", "30.11", "La Seyne-sur-Mer"),
    ("Imprimerie Phocéenne SARL", "18.12", "Marseille"),
    ("Conserverie Corse SA", "10.20", "Bastia"),
    ("Transports du Littoral SAS", "49.41", "Toulon"),
)

# A French desk draws from the pools of its region, each as long as the pool the demo
# drew from before (the same draws from the same random source), so that the Italian
# desks' data, drawn after, stays the same for a seed.

# Fictional companies in crisis near the desks: previous employers and origin companies
# (as many as COMPANIES_FR).
COMPANIES_FR_BY_REGION = {
    Region.CORSE: (
        "Conserverie Corse SA",
        "Chantier Naval du Golfe d'Ajaccio SARL",
        "Transports Routiers de Haute-Corse SAS",
        "Imprimerie Ajaccienne SARL",
    ),
    Region.SUD: (
        "Chantiers Navals Varois SAS",
        "Imprimerie Phocéenne SARL",
        "Transports du Littoral SAS",
        "Savonnerie du Vieux-Port SA",
    ),
}
# The owners of a French desk's premises, land and machinery: the companies above, the
# town, property companies, public landowners (as many as COMPANIES_IT + COMPANIES_FR).
# "{town}" is the resource's municipality, after "de" or "d'".
RESOURCE_OWNERS_FR = {
    Region.CORSE: (
        *COMPANIES_FR_BY_REGION[Region.CORSE],
        "Commune {town}",
        "Commune {town}",
        "SCI Monte Cinto",
        "SCI U Portu",
        "SCI Les Oliviers",
        "Indivision Santoni",
        "Indivision Casanova",
        "Coopérative agricole du Nebbio (en liquidation)",
        "Me Paoli, liquidateur judiciaire",
        "Syndicat mixte du port de commerce",
    ),
    Region.SUD: (
        *COMPANIES_FR_BY_REGION[Region.SUD],
        "Commune {town}",
        "Commune {town}",
        "SCI La Calanque",
        "SCI Les Pins",
        "SCI du Vieux Moulin",
        "Indivision Bonnet",
        "Indivision Giraud",
        "Me Roux, liquidateur judiciaire",
        "Établissement public foncier (terrain en portage)",
        "Syndicat mixte du port",
    ),
}

# (title stem IT, title stem FR, NACE Rev. 2 class)
PROJECT_IDEAS = (
    ("Cooperativa di manutenzione industriale", "Coopérative de maintenance industrielle", "33.12"),
    ("Officina meccanica di precisione", "Atelier de mécanique de précision", "25.62"),
    ("Panificio di comunità", "Boulangerie solidaire", "10.71"),
    ("Cooperativa agricola e florovivaistica", "Coopérative horticole", "01.19"),
    ("Servizi di logistica portuale", "Services logistiques portuaires", "52.24"),
    ("Cooperativa sociale di pulizie", "Entreprise d'insertion de nettoyage", "81.21"),
    ("Ristorante a km zero", "Restaurant de produits locaux", "56.10"),
    ("Laboratorio di falegnameria", "Atelier de menuiserie", "16.23"),
    ("Agenzia di turismo esperienziale", "Agence de tourisme expérientiel", "79.90"),
    ("Software house cooperativa", "SCOP de développement logiciel", "62.01"),
    ("Cantiere di riparazioni navali", "Chantier de réparation navale", "33.15"),
    ("Assistenza domiciliare anziani", "Aide à domicile pour personnes âgées", "88.10"),
    ("Emporio di comunità", "Épicerie de village", "47.11"),
    ("Tipografia digitale", "Imprimerie numérique", "18.12"),
)

STREETS_IT = (
    "Via Roma",
    "Via Garibaldi",
    "Corso Italia",
    "Via Mazzini",
    "Via XX Settembre",
    "Via Cavour",
    "Piazza della Vittoria",
    "Via Aurelia",
    "Via dei Mille",
    "Via Matteotti",
    "Via Gramsci",
    "Corso Europa",
    "Via del Porto",
    "Via San Francesco",
    "Via Nazionale",
)
# Streets as a French address writes them after the number ("12 rue de la République"),
# by region (ten each, as many as the streets drawn before).
STREETS_FR_BY_REGION = {
    Region.CORSE: (
        "avenue Pascal Paoli",
        "rue Napoléon",
        "boulevard Sampiero",
        "rue du Général de Gaulle",
        "avenue de la Libération",
        "rue César Campinchi",
        "route du Stade",
        "rue de l'Église",
        "boulevard Fred Scamaroni",
        "chemin des Vignes",
    ),
    Region.SUD: (
        "rue de la République",
        "boulevard Victor Hugo",
        "avenue Jean Jaurès",
        "rue Paradis",
        "boulevard de la Corderie",
        "avenue de la Libération",
        "rue du Port",
        "boulevard Gambetta",
        "chemin des Oliviers",
        "rue Saint-Ferréol",
    ),
}
# The postcodes of the French desks' towns (La Poste): a town with several has them all.
POSTCODES_FR = {
    "Bastia": ("20200", "20600"),
    "Biguglia": ("20620",),
    "Borgo": ("20290",),
    "Corte": ("20250",),
    "Ajaccio": ("20000", "20090"),
    "Porto-Vecchio": ("20137",),
    "Propriano": ("20110",),
    "Sartène": ("20100",),
    "Toulon": ("83000", "83100", "83200"),
    "La Seyne-sur-Mer": ("83500",),
    "Hyères": ("83400",),
    "La Garde": ("83130",),
    "Marseille": tuple(f"130{n:02d}" for n in range(1, 17)),
    "Aubagne": ("13400",),
    "Martigues": ("13500",),
    "La Ciotat": ("13600",),
}

RESOURCE_NAMES_IT = (
    "Capannone ex",
    "Locale commerciale in",
    "Terreno agricolo a",
    "Linea di produzione",
    "Magazzino portuale a",
    "Ex stabilimento",
)
# A French desk's resources are named as what they are, by kind (five each, as many as
# the French names drawn before).
RESOURCE_NAMES_FR = {
    ResourceKind.PREMISES: (
        "Local commercial à",
        "Entrepôt à",
        "Atelier à",
        "Bureaux à",
        "Hangar à",
    ),
    ResourceKind.LAND: (
        "Terrain agricole à",
        "Terrain constructible à",
        "Parcelle maraîchère à",
        "Oliveraie à",
        "Terrain en zone d'activités à",
    ),
    ResourceKind.MACHINERY: (
        "Centre d'usinage à",
        "Ligne de conditionnement à",
        "Presses d'imprimerie à",
        "Four de boulangerie à",
        "Chariots élévateurs à",
    ),
    ResourceKind.CLOSED_PLANT: (
        "Ancienne usine à",
        "Ancienne conserverie à",
        "Ancien atelier de chaudronnerie à",
        "Ancienne imprimerie à",
        "Site industriel fermé à",
    ),
    ResourceKind.ABANDONED_SPACE: (
        "Friche industrielle à",
        "Ancienne caserne à",
        "Bâtiment désaffecté à",
        "Ancienne gare de marchandises à",
        "Entrepôt abandonné à",
    ),
}

# What a desk's operators write in the demo, (Italian, French). Activity notes: one of
# these, or none.
ACTIVITY_NOTES = (
    ("Primo colloquio di accoglienza", "Premier entretien d'accueil"),
    ("Aggiornamento sulla situazione lavorativa", "Point sur la situation professionnelle"),
    (
        "Verifica documenti per il bilancio di competenze",
        "Vérification des pièces pour le bilan de compétences",
    ),
    ("Invio informazioni sui bandi", "Envoi d'informations sur les appels à projets"),
    (
        "Orientamento al percorso di autoimprenditorialità",
        "Orientation vers la création d'entreprise",
    ),
    ("", ""),
)
NEXT_ACTION = ("Colloquio di verifica", "Entretien de suivi")
GROUP_DISBANDED = ("Il gruppo promotore si è sciolto", "Le groupe porteur s'est dissous")
# The demo's administrator on each side: of Antenna Genova, of Antenne Marseille.
DEMO_ADMINISTRATORS = (
    ("Amministratore demo", "Antenna Genova"),
    ("Administrateur démo", "Antenne Marseille"),
)

# The lines of the demo business plans, (Italian, French).
PLAN_LINES = {
    "branch": ("Acquisto ramo d'azienda", "Rachat du fonds de commerce"),
    "machines": ("Macchinari", "Machines"),
    "computers": ("Informatica", "Informatique"),
    "equipment": ("Attrezzature", "Équipement"),
    "furniture": ("Arredi", "Mobilier"),
    "cooperative_bank": ("Banca di credito cooperativo", "Banque coopérative"),
    "microcredit": ("Microcredito", "Microcrédit"),
    "made_to_order": ("Produzione su commessa", "Production à la commande"),
    "service": ("Assistenza e manutenzione", "Service et entretien"),
    "worker_members": ("Soci lavoratori", "Salariés associés"),
    "clerk": ("Impiegato amministrativo", "Employé administratif"),
    "rent": ("Affitto", "Loyer"),
    "utilities": ("Utenze", "Énergie et eau"),
    "insurance": ("Assicurazioni", "Assurances"),
    "accountant": ("Consulenza contabile", "Expert-comptable"),
    "materials": ("Materie prime", "Matières premières"),
    "transport": ("Trasporti", "Transports"),
}
PLAN_WORDS_IT = frozenset(it for it, _ in PLAN_LINES.values())
PLAN_WORDS_FR = frozenset(fr for _, fr in PLAN_LINES.values())

EMAIL_DOMAINS = ("posta-demo.it", "mail-demo.it", "courriel-demo.fr")
