"""The reasons of a match in the reader's language: "Saldatore, esperto; 12 km;
Nautica e cantieristica navale". ``text(context, source)`` translates a marked string
(QCoreApplication.translate in the window, the catalogue on the command line)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.matching.scoring import Match, Why

Translate = Callable[[str, str], str]

SENTENCES = {
    "skill_level": QT_TRANSLATE_NOOP("Match", "{skill}, {level}"),
    "level_below": QT_TRANSLATE_NOOP("Match", "level wanted: {level}"),
    "distance": QT_TRANSLATE_NOOP("Match", "{km} km"),
    "same_municipality": QT_TRANSLATE_NOOP("Match", "same municipality"),
    "same_region": QT_TRANSLATE_NOOP("Match", "same region (distance not known)"),
    "other_region": QT_TRANSLATE_NOOP("Match", "another region"),
    "placed": QT_TRANSLATE_NOOP("Match", "placed on {date}"),
    "sector": QT_TRANSLATE_NOOP("Match", "same sector"),
    "seeks": QT_TRANSLATE_NOOP("Match", "they seek: {word}"),
    "abroad": QT_TRANSLATE_NOOP("Match", "abroad ({country})"),
    "size": QT_TRANSLATE_NOOP("Match", "{m2} m²"),
    "min_size": QT_TRANSLATE_NOOP("Match", "smaller than asked ({m2} m²)"),
    "relation_project": QT_TRANSLATE_NOOP("Match", "{relation} this project"),
    "to_join": QT_TRANSLATE_NOOP("Match", "{kind} to join"),
}


# A role of generic words only ("Operatore", "Ouvrier polyvalent") matches nobody: the
# window and the command line say why, with an example in the reader's language.
NO_TRADE = QT_TRANSLATE_NOOP(
    "Match",
    "The role \u201c{role}\u201d names no trade, so it matches no one: add what the person "
    "does, e.g. \u201c{role} welder\u201d, or \u201cTIG welding\u201d in the skills wanted.",
)


def no_trade(text: Translate, role: str) -> str:
    """What is said of a role that names no trade (``terms.names_no_trade``)."""
    return text("Match", NO_TRADE).format(role=role)


def _level(text: Translate, level: object) -> str:
    label = getattr(level, "label", "")
    return text("Enum", label).lower() if label else ""


def say(piece: Why, text: Translate, language: str) -> str:
    kind = piece.kind
    if kind == "skill":
        skill = str(piece.get("skill"))
        level = _level(text, piece.get("level"))
        if not level:
            return skill
        return text("Match", SENTENCES["skill_level"]).format(skill=skill, level=level)
    if kind == "level_below":
        return text("Match", SENTENCES["level_below"]).format(
            level=_level(text, piece.get("level"))
        )
    if kind == "distance":
        return text("Match", SENTENCES["distance"]).format(km=piece.get("km"))
    if kind == "available":
        status = piece.get("status")
        return text("Enum", status.label).lower() if status is not None else ""
    if kind == "placed":
        on: dt.date = piece.get("on")
        return text("Match", SENTENCES["placed"]).format(date=f"{on:%d/%m/%Y}")
    if kind == "chain":
        return str(piece.get(language) or piece.get("en"))
    if kind == "seeks":
        return text("Match", SENTENCES["seeks"]).format(word=piece.get("word"))
    if kind == "abroad":
        return text("Match", SENTENCES["abroad"]).format(country=piece.get("country"))
    if kind in ("size", "min_size"):
        m2 = float(piece.get("m2") or 0)
        return text("Match", SENTENCES[kind]).format(m2=f"{m2:,.0f}".replace(",", "\u202f"))
    if kind in ("kind", "availability"):
        value = piece.get(kind)
        return text("Enum", value.label).lower() if value is not None else ""
    if kind == "relation":
        relation = piece.get("relation")
        return text("Match", SENTENCES["relation_project"]).format(
            relation=text("Enum", relation.label)
        )
    if kind == "grouping":
        grouping = piece.get("kind")
        return text("Match", SENTENCES["to_join"]).format(kind=text("Enum", grouping.label))
    sentence = SENTENCES.get(kind)
    return text("Match", sentence) if sentence else kind


def explain(match: Match, text: Translate, language: str) -> str:
    """The reasons of ``match``, most telling first, joined by semicolons."""
    parts = [say(piece, text, language) for piece in match.whys]
    return "; ".join(p for p in parts if p)


def untranslated(context: str, source: str) -> str:
    return source
