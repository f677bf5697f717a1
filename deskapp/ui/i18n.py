"""Loading translations, and showing the lower layers' marked strings translated."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from deskapp.errors import DeskappError, FieldError
from deskapp.models.enums import LabelledEnum
from deskapp.models.identifiers import PLACE_NOT_IN_USE
from deskapp.paths import resources_dir

SUPPORTED = ("it", "fr")


def choose_language(override: str | None = None, desk_language: str | None = None) -> str:
    """The setting if given, else the system's language if we have it, else the desk's
    recorded language (an Italian desk on an English Windows still reads Italian),
    else English."""
    if override in SUPPORTED:
        return str(override)
    system = QLocale.system().name().split("_")[0]
    if system in SUPPORTED:
        return system
    return desk_language if desk_language in SUPPORTED else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install deskapp's and Qt's own translations (dialog buttons); keep the objects
    alive by returning them."""
    installed = []
    if language == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"deskapp_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    # Qt's own dialogs (file dialogs' "Look in:", buttons): from where Qt says its
    # translations are, else from the PySide6 package, which is where the installer's
    # bundle keeps them whatever Qt's built-in path says.
    qt = QTranslator(app)
    for folder in _qt_translation_folders():
        if qt.load(f"qtbase_{language}", folder):
            app.installTranslator(qt)
            installed.append(qt)
            break
    QLocale.setDefault(QLocale(language))
    return installed


def _qt_translation_folders() -> list[str]:
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
    ]


def enum_label(member: LabelledEnum | None) -> str:
    if member is None:
        return ""
    return QCoreApplication.translate("Enum", member.label)


def field_error_text(error: FieldError) -> str:
    # A nested field's label is "Privacy - Legal basis": each part has its translation.
    label = (
        " - ".join(QCoreApplication.translate("Field", part) for part in error.label.split(" - "))
        if error.label
        else ""
    )
    reason = QCoreApplication.translate("Error", error.template)
    try:
        reason = reason.format(**error.params)
    except (KeyError, IndexError):
        reason = error.reason
    return f"{label}: {reason}" if label else reason


def error_text(error: DeskappError) -> str:
    errors = getattr(error, "errors", None)
    if errors:
        return "\n".join(field_error_text(e) for e in errors)
    text = QCoreApplication.translate("Error", error.template)
    try:
        text = text.format(**error.params)
    except (KeyError, IndexError):
        text = error.message
    reasons = getattr(error, "reasons", None)
    if reasons:
        text += "\n" + "\n".join(QCoreApplication.translate("Error", r) for r in reasons)
    return text


def reason_text(reason: str) -> str:
    """A lower layer's sentence (deskapp.errors.Reason) in the operator's language; a
    plain string is looked up as it stands."""
    template = getattr(reason, "template", reason)
    params = getattr(reason, "params", {})
    text = QCoreApplication.translate("Error", template)
    try:
        return text.format(**params) if params else text
    except (KeyError, IndexError):
        return str(reason)


def place_warning_text(params: dict[str, str]) -> str:
    """The codice fiscale's "birthplace code not in use on the birth date" warning."""
    return QCoreApplication.translate("Error", PLACE_NOT_IN_USE).format(**params)
