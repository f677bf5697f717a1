"""Colours that read: WCAG 2.1 contrast (4.5:1 for text) on a light and a dark palette.

The screens name a colour for what it means (a stage, overdue, refused, negative);
``readable`` darkens or lightens it, keeping its hue, just enough to reach 4.5:1 on
the background it is drawn on, so the same meaning stays legible when Windows runs in
dark mode. The stage colours are fixed backgrounds: each has its text colour
(``stage_text_colour``), black or white, whichever reads better.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from deskapp.models.enums import Stage

AA_TEXT = 4.5  # WCAG 2.1 AA, normal text
ALERT = "#c62828"  # overdue, refused, errors: a red
NEGATIVE = "#b3261e"  # negative figures
GOOD = "#1e7b34"  # a condition met
MUTED = "#6b6b6b"  # notes and hints, switched off, past


def relative_luminance(colour: QColor | str) -> float:
    c = QColor(colour)

    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(first: QColor | str, second: QColor | str) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def readable(colour: QColor | str, *backgrounds: QColor | str, ratio: float = AA_TEXT) -> QColor:
    """``colour``, or the nearest colour of the same hue (darker on a light background,
    lighter on a dark one) that reaches ``ratio`` on every background given."""
    wanted = QColor(colour)
    grounds = [QColor(b) for b in backgrounds] or [palette().color(QPalette.ColorRole.Window)]
    if all(contrast(wanted, g) >= ratio for g in grounds):
        return wanted
    darker = sum(relative_luminance(g) for g in grounds) / len(grounds) > 0.18
    hue, saturation, lightness, alpha = wanted.getHslF()
    step = -0.01 if darker else 0.01
    while 0.0 <= lightness <= 1.0:
        lightness = min(max(lightness + step, 0.0), 1.0)
        candidate = QColor.fromHslF(max(hue, 0.0), saturation, lightness, alpha)
        if all(contrast(candidate, g) >= ratio for g in grounds):
            return candidate
        if lightness in (0.0, 1.0):
            break
    return QColor("#000000") if darker else QColor("#ffffff")


def dark_palette() -> QPalette:
    """A dark palette like Windows' dark mode (with the Fusion style): the one the
    contrast checks and the dark screenshots use."""
    pal = QPalette()
    role = QPalette.ColorRole
    for which, colour in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e8e8e8"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#262626"),
        (role.Text, "#e8e8e8"),
        (role.Button, "#353535"),
        (role.ButtonText, "#e8e8e8"),
        (role.Highlight, "#2a82da"),
        (role.HighlightedText, "#ffffff"),
        (role.PlaceholderText, "#8a8a8a"),
        (role.ToolTipBase, "#353535"),
        (role.ToolTipText, "#e8e8e8"),
    ):
        pal.setColor(which, QColor(colour))
    return pal


def palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(pal: QPalette | None = None) -> bool:
    pal = pal or palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def window_text(colour: str, pal: QPalette | None = None) -> QColor:
    """``colour`` made readable as text on the window background."""
    pal = pal or palette()
    return readable(colour, pal.color(QPalette.ColorRole.Window))


def list_text(colour: str, pal: QPalette | None = None) -> QColor:
    """``colour`` made readable as text in a table or list (plain and alternate rows)."""
    pal = pal or palette()
    return readable(
        colour,
        pal.color(QPalette.ColorRole.Base),
        pal.color(QPalette.ColorRole.AlternateBase),
    )


def error_style(pal: QPalette | None = None) -> str:
    """The style of a message saying what is wrong: red text that reads."""
    return f"color: {window_text(ALERT, pal).name()};"


def hint_style(pal: QPalette | None = None) -> str:
    """The style of a note or hint: quieter than the text, still 4.5:1."""
    return f"color: {window_text(MUTED, pal).name()};"


def stage_text_colour(stage: Stage) -> str:
    """Black or white, whichever reads better on the stage's colour."""
    # Here, not at the top: the login dialog's error style comes before the services.
    from deskapp.services.project_lists import STAGE_COLOURS

    background = STAGE_COLOURS[stage]
    black, white = contrast(background, "#000000"), contrast(background, "#ffffff")
    return "#000000" if black >= white else "#ffffff"


def stage_label_style(stage: Stage, extra: str = "") -> str:
    from deskapp.services.project_lists import STAGE_COLOURS

    return (
        f"background: {STAGE_COLOURS[stage]}; color: {stage_text_colour(stage)}; "
        f"font-weight: bold; {extra}"
    )
