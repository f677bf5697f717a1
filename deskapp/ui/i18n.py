"""Loading translations, and showing the lower layers' marked strings translated."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QComboBox, QWidget

from deskapp.errors import DeskappError, FieldError
from deskapp.i18n import reading_language
from deskapp.models.enums import LabelledEnum
from deskapp.paths import resources_dir

SUPPORTED = ("it", "fr")
# The language last used on this PC (QSettings): the login dialog's, before anyone has
# logged in. After the login, the operator's own language (their account) decides.
LANGUAGE_KEY = "ui/language"


def system_language() -> str:
    return QLocale.system().name().split("_")[0]


def choose_language(own: str | None = None, desk_language: str | None = None) -> str:
    """DESKAPP_LANGUAGE (tests, an administrator), else the operator's own setting, else
    their desk's language (a French desk on an Italian Windows reads French), else the
    system's if deskapp speaks it, else English. Before a login, ``own`` is the language
    last used on this PC."""
    return reading_language(own, desk_language, system_language())


def switch_language(
    app: QCoreApplication, installed: list[QTranslator], language: str
) -> list[QTranslator]:
    """Replace the translators ``installed`` by those of ``language``: after the login,
    the window is built in the operator's language, whatever the login dialog spoke."""
    for translator in installed:
        app.removeTranslator(translator)
    if language == "en":
        QLocale.setDefault(QLocale.system())
    return install_translators(app, language)


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


# The languages a document can be written in, by their own names; "" is the desk's.
DOCUMENT_LANGUAGES = (("Italiano", "it"), ("Français", "fr"), ("English", "en"))


def document_language_combo(parent: QWidget) -> QComboBox:
    """The language of the desk the document comes from ("As the desk"), or a language
    by its own name: the choice a document offers where it is made."""
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("PdfPreview", "As the desk"), "")
    for name, code in DOCUMENT_LANGUAGES:
        combo.addItem(name, code)
    combo.setAccessibleName(QCoreApplication.translate("PdfPreview", "Document language"))
    return combo


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


def reason_text(reason: str, context: str = "Error") -> str:
    """A lower layer's sentence (deskapp.errors.Reason) in the operator's language; a
    plain string is looked up as it stands. ``context``: where it is marked."""
    template = getattr(reason, "template", reason)
    params = getattr(reason, "params", {})
    text = QCoreApplication.translate(context, template)
    try:
        return text.format(**params) if params else text
    except (KeyError, IndexError):
        return str(reason)


def place_warning_text(params: dict[str, str]) -> str:
    """The codice fiscale's "birthplace code not in use on the birth date" warning."""
    # Here, not at the top: the identifiers' libraries are not loaded before the login.
    from deskapp.models.identifiers import PLACE_NOT_IN_USE

    return QCoreApplication.translate("Error", PLACE_NOT_IN_USE).format(**params)
