"""Reference pools for the synthetic demo registry: desks, places, trades, companies.

Fictional people and companies; real municipalities (their cadastral codes come
from python-codicefiscale's register at run time) and real classification codes.
"""

from __future__ import annotations

from deskapp.models.enums import Country, Language, Region

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

# (description IT, description FR, ISTAT CP2011 code, sector)
OCCUPATIONS = (
    ("Saldatore", "Soudeur", "6.2.1.2.0", "Metalmeccanica"),
    ("Tornitore CNC", "Tourneur sur commande numérique", "7.2.1.1.0", "Metalmeccanica"),
    ("Carpentiere navale", "Charpentier de marine", "6.2.1.8.0", "Cantieristica navale"),
    ("Elettricista industriale", "Électricien industriel", "6.2.4.1.0", "Impiantistica"),
    ("Manutentore meccanico", "Mécanicien de maintenance", "6.2.3.1.1", "Metalmeccanica"),
    ("Magazziniere", "Magasinier", "4.3.2.1.0", "Logistica"),
    ("Carrellista", "Cariste", "7.4.4.2.0", "Logistica"),
    ("Autista mezzi pesanti", "Chauffeur poids lourds", "7.4.2.3.0", "Trasporti"),
    ("Cuoco", "Cuisinier", "5.2.2.1.0", "Ristorazione"),
    ("Cameriere", "Serveur", "5.2.2.3.1", "Ristorazione"),
    ("Panettiere", "Boulanger", "6.5.1.1.1", "Agroalimentare"),
    ("Operatore agricolo", "Ouvrier agricole", "6.4.1.1.0", "Agricoltura"),
    ("Florovivaista", "Horticulteur", "6.4.1.3.1", "Floricoltura"),
    ("Operatore socio-sanitario", "Aide-soignant", "5.3.1.1.0", "Servizi sociali"),
    ("Educatore", "Éducateur", "3.4.5.2.0", "Servizi sociali"),
    ("Contabile", "Comptable", "4.1.1.2.0", "Servizi alle imprese"),
    ("Impiegato amministrativo", "Employé administratif", "4.1.1.1.0", "Servizi alle imprese"),
    ("Addetto alle vendite", "Vendeur", "5.1.2.2.0", "Commercio"),
    ("Sviluppatore software", "Développeur logiciel", "2.1.1.4.1", "ICT"),
    ("Tecnico informatico", "Technicien informatique", "3.1.2.5.0", "ICT"),
    ("Grafico", "Graphiste", "3.4.4.1.1", "Comunicazione"),
    ("Muratore", "Maçon", "6.1.2.1.0", "Edilizia"),
    ("Idraulico", "Plombier", "6.1.3.6.0", "Edilizia"),
    ("Pescatore", "Pêcheur", "6.4.5.1.0", "Pesca"),
    ("Addetto alla pulizia", "Agent d'entretien", "8.1.4.2.0", "Servizi"),
    ("Guida turistica", "Guide touristique", "3.4.1.5.1", "Turismo"),
    ("Receptionist", "Réceptionniste", "4.2.2.1.0", "Turismo"),
    ("Operaio tessile", "Ouvrier textile", "7.2.6.1.0", "Tessile"),
    ("Verniciatore", "Peintre industriel", "6.2.3.3.0", "Metalmeccanica"),
    ("Falegname", "Menuisier", "6.5.2.1.0", "Legno e arredo"),
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

# (title stem IT, title stem FR, ATECO)
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
STREETS_FR = (
    "Rue de la République",
    "Boulevard Victor Hugo",
    "Avenue Jean Jaurès",
    "Rue Pasteur",
    "Cours Napoléon",
    "Rue Paoli",
    "Avenue de la Libération",
    "Rue du Port",
    "Boulevard Gambetta",
    "Rue Saint-Charles",
)

RESOURCE_NAMES_IT = (
    "Capannone ex",
    "Locale commerciale in",
    "Terreno agricolo a",
    "Linea di produzione",
    "Magazzino portuale a",
    "Ex stabilimento",
)
RESOURCE_NAMES_FR = (
    "Entrepôt à",
    "Local commercial à",
    "Terrain agricole à",
    "Atelier à",
    "Ancienne usine à",
)

EMAIL_DOMAINS = ("posta-demo.it", "mail-demo.it", "courriel-demo.fr")
