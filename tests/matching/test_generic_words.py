"""Generic role words ("operatore", "ouvrier", "technicien"...) make no match on their
own: a care worker (operatore socio-sanitario) is not offered farm hands' openings
(operatore agricolo), a welder is. Scores worked out by hand from the weights in
deskapp.matching.scoring (skill 45, place 30, availability 15, chain 10); everyone is in
Chiavari (30 points for the place) and laid off (15)."""

from __future__ import annotations

import pytest

from deskapp.matching.explain import explain, no_trade, untranslated
from deskapp.matching.person import match_person
from deskapp.matching.project import match_project
from deskapp.matching.terms import names_no_trade, shared, terms
from deskapp.services import openings, organisations, projects
from tests.matching.test_matching import someone
from tests.services.test_network import firm


def words(text):
    return [t.word for t in terms(text)]


def test_generic_role_words_are_not_words_of_a_trade():
    assert words("Operatore socio-sanitario (OSS)") == ["sanitario", "oss"]
    assert words("Operatore agricolo") == ["agricolo"]
    assert words("Addetta alle pulizie") == ["pulizie"]
    assert words("Operaio saldatore") == ["saldatore"]
    assert words("Agent d'entretien polyvalent") == ["entretien"]
    assert words("Opératrice de production") == ["production"]
    assert words("Employée administrative") == ["administrative"]
    assert words("Technicien de maintenance") == ["maintenance"]
    # Without accents, as operators type them, and in English.
    assert words("Operateur, technicien, ouvrier") == []
    assert words("Maintenance technician") == ["maintenance"]


def test_a_trade_word_is_not_found_inside_a_generic_word():
    """A carer ("badante": the care group's patterns include "assisten") is no flight
    attendant ("assistente di volo"); port operations ("operazioni": "oper") are not
    every "operatore". The generic words of the other text are not searched."""
    carer = terms("Badante")
    assert [t.word for t in shared(carer, "Assistente di volo")] == []
    assert [t.word for t in shared(carer, "Assistenza domiciliare anziani")] == ["badante"]
    port = terms("Operazioni portuali")
    assert [t.word for t in shared(port, "Operatore di magazzino")] == []
    assert [t.word for t in shared(port, "Operazioni di imbarco")] == ["operazioni"]
    assert [t.word for t in shared(terms("Soudure"), "Opératrice soudeuse")] == ["soudure"]


@pytest.mark.both_engines
def test_a_care_worker_is_not_offered_farm_work(db, operator):
    """The care worker (advanced, 10 years) and the care home's opening (intermediate
    wanted) share "sanitario": 45 x (0.85 + 0.05) + 30 + 15 = 85.5 (a care home is in no
    priority chain). The farm's "Operatore agricolo", and the farm seeking "operatori
    agricoli", share only "operatore": no match."""
    person = someone(db, operator, 11, "Chiavari", "Operatore socio-sanitario (OSS)", "advanced")
    farm = organisations.create_organisation(
        db,
        operator,
        firm(
            name="Azienda Agricola Val Graveglia",
            sector_code="01.21",
            activities="Ortaggi e olio",
            seeks="operatori agricoli",
            company_number="",
        ),
    )
    openings.create_opening(
        db, operator, farm, {"title": "Operatore agricolo", "skills": "raccolta, potatura"}
    )
    home = organisations.create_organisation(
        db,
        operator,
        firm(
            name="RSA Villa Serena",
            sector_code="87.10",
            activities="Residenza per anziani",
            seeks="operatori socio-sanitari",
            company_number="",
        ),
    )
    care = openings.create_opening(
        db, operator, home, {"title": "Operatore socio-sanitario", "level": "intermediate"}
    )
    found = match_person(db, operator, person)
    assert [m.target_id for m in found.openings] == [care]
    assert found.openings[0].score == pytest.approx(45 * 0.90 + 30 + 15)
    assert [m.target_id for m in found.organisations] == [home]
    said = explain(found.organisations[0], untranslated, "en")
    assert "they seek: sanitario" in said
    assert "operatore" not in said


@pytest.mark.both_engines
def test_a_welder_is_offered_welding_whatever_the_post_is_called(db, operator):
    """The welder (intermediate, 10 years) at the shipyard (nautical chain, 10):
    "Operaio saldatore" wants one word, "saldatore", his: 45 x (0.70 + 0.05) + 30 + 15
    + 10 = 88.75; "Saldatore TIG" two, of which he has one: 45 x 0.5 x 0.75 + 55 =
    71.875; "Operaio metalmeccanico" shares only "operaio": no match."""
    person = someone(db, operator, 12, "Chiavari", "Saldatore", "intermediate")
    yard = organisations.create_organisation(db, operator, firm())
    tig = openings.create_opening(db, operator, yard, {"title": "Saldatore TIG"})
    welder = openings.create_opening(db, operator, yard, {"title": "Operaio saldatore"})
    openings.create_opening(db, operator, yard, {"title": "Operaio metalmeccanico"})
    found = match_person(db, operator, person)
    assert [m.target_id for m in found.openings] == [welder, tig]
    assert [m.score for m in found.openings] == pytest.approx([88.75, 71.875])


@pytest.mark.both_engines
def test_french_posts_match_on_the_trade_not_on_ouvrier_or_technicien(db, operator):
    """ "Ouvrier soudeur", expert, 20 years: "Soudeur TIG" shares "soudeur" (one word of
    two): 45 x 0.5 x (1.00 + 0.10) + 30 + 15 + 10 = 79.75; "Soudure" is his trade's
    synonym (one word of one): 45 x 1.10 + 55 = 104.5; "Ouvrier agricole",
    "Technicien de maintenance" and "Opérateur de production" share a generic word or
    none: no match."""
    person = someone(db, operator, 13, "Chiavari", "Ouvrier soudeur", "expert", years=20)
    yard = organisations.create_organisation(db, operator, firm(seeks=""))
    tig = openings.create_opening(db, operator, yard, {"title": "Soudeur TIG"})
    welding = openings.create_opening(db, operator, yard, {"title": "Soudure"})
    for title in ("Ouvrier agricole", "Technicien de maintenance", "Opérateur de production"):
        openings.create_opening(db, operator, yard, {"title": title})
    found = match_person(db, operator, person)
    assert [m.target_id for m in found.openings] == [welding, tig]
    assert [m.score for m in found.openings] == pytest.approx([104.5, 79.75])


@pytest.mark.both_engines
def test_a_farm_project_is_not_offered_the_care_worker(db, operator):
    """The farm cooperative's role "Operatore agricolo" wants "agricolo": the farm hand
    (intermediate, 10 years, in Chiavari where the promoter lives) has it,
    45 x (0.70 + 0.05) + 30 + 15 = 78.75; the care worker, an expert, shares only
    "operatore" and is not proposed."""
    project = projects.create_project(
        db,
        operator,
        {"title": "Orti del Tigullio", "kind": "new_cooperative", "sector_code": "01.13"},
    )
    promoter = someone(db, operator, 14, "Chiavari", "Orticoltura", "expert", consent=False)
    projects.add_member(db, operator, project, {"person_id": promoter, "role": "promoter"})
    openings.add_project_role(db, operator, project, {"title": "Operatore agricolo", "posts": 2})
    hand = someone(db, operator, 15, "Chiavari", "Bracciante agricolo", "intermediate")
    someone(db, operator, 16, "Chiavari", "Operatore socio-sanitario", "expert")
    [(_, people)] = match_project(db, operator, project).roles
    assert [m.target_id for m in people] == [hand]
    assert people[0].score == pytest.approx(78.75)


def test_a_role_of_generic_words_only_names_no_trade():
    assert names_no_trade("Operatore")
    assert names_no_trade("Addetto generico ")
    assert names_no_trade("Ouvrier polyvalent")
    assert names_no_trade("Operatore addetto")
    assert not names_no_trade("Operatore saldatore")
    assert not names_no_trade("Addetto alla cucina")
    assert not names_no_trade("")  # nothing typed yet: nothing to say
    assert no_trade(untranslated, "Operatore") == (
        "The role \u201cOperatore\u201d names no trade, so it matches no one: add what the "
        "person does, e.g. \u201cOperatore welder\u201d, or \u201cTIG welding\u201d in the "
        "skills wanted."
    )
