"""Documents at scale: the coordinator report and person dossiers, each beside its floor.

Run by hand on a large demo database (`bench/bench_core.py --persons 100000 --keep DIR`,
or `deskapp demo --persons 100000`); it works on a copy of the file:
    .venv/bin/python bench/bench_reports.py --db /tmp/bench/bench-demo.sqlite

This machine's speed changes by up to 2x from day to day, and other work shares its
cores: every figure is printed beside its floor, measured in the same run, and the
ratio is what to compare between runs.

- the coordinator report as xlsx and as CSV, against the same report as PDF;
- one dossier (audited, as the person record's button makes it) against one floor
  document: plain ReportLab, the same fonts, two pages of the same headings, label and
  value tables and grids, and no database;
- 1,000 dossiers in one batch (``person_dossiers``: worker processes) against 1,000
  floor documents written by the same number of worker processes.

Each measurement is run ``--repeat`` times, alternating with its floor; the best
wall-clock time of each is printed, with the process CPU time beside it (the batch's
includes its workers').
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat
from multiprocessing import get_context
from pathlib import Path
from typing import Any

FLOOR_CHUNK = 50  # as deskapp.reports.dossier.BATCH_CHUNK


def _cpu() -> float:
    """CPU seconds of this process and of its finished worker processes."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def _timed(work: Callable[[], Any]) -> tuple[float, float, Any]:
    cpu, wall = _cpu(), time.perf_counter()
    result = work()
    return time.perf_counter() - wall, _cpu() - cpu, result


# --- the floor: a plain ReportLab document of a dossier's size, no database ---------

FIELDS = [
    ("Cognome", "Deledda"),
    ("Nome", "Annibale"),
    ("Codice fiscale", "DLDNBL01B17D969Q"),
    ("Sesso", "Maschio"),
    ("Data di nascita", "17/02/2001"),
    ("Luogo di nascita", "Genova"),
    ("Cittadinanza", "IT"),
]
CONTACTS = [
    ("Indirizzo", "Via dei Mille 52"),
    ("Comune", "Carbonia"),
    ("CAP", "12396"),
    ("Telefono", "+393882814122"),
    ("E-mail", "annibale.deledda10@mail-demo.it"),
]
WORK = [
    ("Condizione occupazionale", "Espulso/a da crisi aziendale"),
    ("Disoccupato/a dal", "01/02/2023"),
    ("Ultimo datore di lavoro", "Logistica Portuale Sarda S.r.l."),
    ("Ultimo datore di lavoro in crisi", "Sì"),
    ("Titolo di studio (ISCED)", "ISCED 2 - licenza media"),
    ("Come ha conosciuto lo sportello", "Telefono"),
    ("Data primo contatto", "09/04/2025"),
    ("Antenna", "Antenna Cagliari"),
]
SPECIAL = [
    ("Disabilità", "Non chiesto"),
    ("Disoccupato/a di lunga durata", "Sì"),
    ("Ex detenuto/a", "Non chiesto"),
    ("Dipendenze", "Non chiesto"),
    ("Background migratorio", "Non chiesto"),
    ("Altro svantaggio", "Non chiesto"),
]
CONSENTS = (
    ["Finalità", "Base giuridica", "Versione dell'informativa privacy", "Data", "Revocato il"],
    [["Servizi dello sportello", "Interesse pubblico (art. 6.1.e)", "2025-02", "09/04/2025", ""]],
)
NEEDS = (
    ["Data", "Operatore", "Bisogni ed esito", "Nota"],
    [
        [
            "05/05/2025",
            "Francesca Prodi",
            "Inserimento lavorativo: Non soddisfatto\nOrientamento: Aperto\n"
            "Formazione: Inviato ad altro servizio",
            "",
        ]
    ],
)
SKILLS = (
    ["Professione o competenza", "Livello", "Anni di esperienza", "Settore", "Attestazione"],
    [["Muratore", "Intermedio", "12", "Edilizia", "Certificato"]],
)
ACTIVITIES = (
    ["Quando", "Attività", "Minuti", "Progetto", "Follow-up", "Note"],
    [
        ["05/09/2026 14:15", "Telefonata", "11", "", "", "Orientamento al percorso di autoimpr."],
        ["29/09/2025 17:00", "Telefonata", "14", "", "13/10/2025", "Invio informazioni bandi"],
        ["09/04/2025 12:45", "Colloquio", "77", "", "18/04/2025", "Primo colloquio accoglienza"],
    ],
)


def floor_document(path: Path, number: int) -> None:
    """A two-page document the size and shape of a dossier, in plain ReportLab:
    DejaVu Sans (registered once per process, as the documents do), paragraphs,
    tables, a running header and footer; nothing read from a database."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

    from deskapp.reports.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5)
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=8.5, leading=10.5)
    h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=17, leading=21, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=12, leading=15, spaceBefore=14)
    rule = colors.HexColor("#b0b7bf")

    def fields(rows: list[tuple[str, str]]) -> Table:
        table = Table([list(r) for r in rows], colWidths=[55 * mm, 119 * mm], hAlign="LEFT")
        table.setStyle(
            [
                ("FONT", (0, 0), (0, -1), BOLD, 8.5, 10.5),
                ("FONT", (1, 0), (1, -1), REGULAR, 8.5, 10.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, rule),
            ]
        )
        return table

    def grid(headers: list[str], rows: list[list[str]]) -> Table:
        # Long or multi-line cells as paragraphs, as deskapp's grid() makes them.
        data: list[list[Any]] = [
            [Paragraph(f"<b>{h}</b>", cell) if len(h) > 18 else h for h in headers]
        ]
        data += [
            [Paragraph(v.replace("\n", "<br/>"), cell) if len(v) > 18 else v for v in row]
            for row in rows
        ]
        table = Table(data, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            [
                ("FONT", (0, 0), (-1, 0), BOLD, 8.5, 10.5),
                ("FONT", (0, 1), (-1, -1), REGULAR, 8.5, 10.5),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecef")),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, rule),
            ]
        )
        return table

    def page(canvas: Any, _doc: Any) -> None:
        width, height = A4
        canvas.saveState()
        canvas.setFont(BOLD, 9)
        canvas.drawString(18 * mm, height - 12 * mm, "Antenna Cagliari")
        canvas.setFont(REGULAR, 8)
        canvas.drawRightString(width - 18 * mm, height - 12 * mm, "Fascicolo della persona")
        canvas.drawRightString(width - 18 * mm, height - 16 * mm, f"Deledda Annibale {number}")
        canvas.line(18 * mm, height - 18 * mm, width - 18 * mm, height - 18 * mm)
        canvas.drawString(18 * mm, 10 * mm, "Generato il 01/12/2026 19:23")
        canvas.drawRightString(width - 18 * mm, 10 * mm, f"Pagina {canvas.getPageNumber()}")
        canvas.restoreState()

    story = [
        Paragraph("Fascicolo della persona", h1),
        Paragraph(f"Deledda Annibale \u00b7 n. {number}", body),
        Spacer(1, 3 * mm),
    ]
    for title, rows in (
        ("Anagrafica", FIELDS),
        ("Recapiti", CONTACTS),
        ("Situazione lavorativa", WORK),
        ("Categorie particolari (facoltative)", SPECIAL),
    ):
        story += [Paragraph(title, h2), fields(rows)]
    story += [Paragraph("Registro dei consensi", h2), grid(*CONSENTS), PageBreak()]
    for title, table in (
        ("Rilevazioni dei bisogni", NEEDS),
        ("Competenze", SKILLS),
        ("Attività", ACTIVITIES),
    ):
        story += [Paragraph(title, h2), grid(*table)]
    story += [Paragraph("Progetti e ruoli", h2), Paragraph("<i>Nessun dato.</i>", cell)]
    SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=24 * mm
    ).build(story, onFirstPage=page, onLaterPages=page)


def floor_chunk(numbers: list[int], folder: Path) -> list[Path]:
    paths = [folder / f"floor-{n}.pdf" for n in numbers]
    for path, number in zip(paths, numbers, strict=True):
        floor_document(path, number)
    return paths


def floor_batch(count: int, folder: Path) -> list[Path]:
    """``count`` floor documents by worker processes, as ``person_dossiers`` spreads a
    batch (the same number of workers, the same chunks, spawned the same way)."""
    folder.mkdir(parents=True, exist_ok=True)
    numbers = list(range(count))
    chunks = [numbers[i : i + FLOOR_CHUNK] for i in range(0, count, FLOOR_CHUNK)]
    written: list[Path] = []
    workers = min(os.cpu_count() or 1, 8)
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        for paths in pool.map(floor_chunk, chunks, repeat(folder)):
            written += paths
    return written


# --- the run ----------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--operator", default="Amministratore demo")
    parser.add_argument("--dossiers", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--in-place", action="store_true", help="work on --db, not a copy")
    args = parser.parse_args()

    from sqlalchemy import select

    from deskapp.models import Person
    from deskapp.models.enums import Region
    from deskapp.models.migrate import open_database
    from deskapp.reports.dossier import person_dossier, person_dossiers
    from deskapp.reports.indicators_report import coordinator_report, resolve_scope
    from deskapp.services.actor import resolve_actor

    out = Path(tempfile.mkdtemp(prefix="deskapp-bench-reports-"))
    path = args.db
    if not args.in_place:  # the reports are audited: the trail grows with each run
        path = out / args.db.name
        shutil.copy2(args.db, path)
    db, _ = open_database(path)
    actor = resolve_actor(db, args.operator)
    start, end = dt.date(2026, 1, 1), dt.date(2026, 10, 31)
    rows: list[tuple[str, str, float, float, str, float, float]] = []

    def best(work: Callable[[], Any]) -> tuple[float, float, Any]:
        runs = [_timed(work) for _ in range(args.repeat)]
        return min(runs, key=lambda r: r[0])

    def record(what: str, floor: str, mine: tuple, base: tuple) -> None:
        rows.append((what, floor, mine[0], mine[1], floor, base[0], base[1]))
        unit = "ms" if "(ms)" in what else "s"
        print(
            f"{what.replace(' (ms)', '')}: {mine[0]:.2f} {unit} (cpu {mine[1]:.2f}) | "
            f"{floor.replace(' (ms)', '')}: {base[0]:.2f} {unit} (cpu {base[1]:.2f}) | "
            f"x{mine[0] / base[0]:.2f} wall, x{mine[1] / base[1]:.2f} cpu",
            flush=True,
        )

    for label, region in (("all desks", None), ("Liguria", Region.LIGURIA)):
        target = resolve_scope(db, region=region)

        def report(fmt: str, target: Any = target) -> Callable[[], Any]:
            return lambda: coordinator_report(
                db, actor, start, end, target.scope, out / f"r.{fmt}", fmt, target.language
            )

        timings: dict[str, list[tuple[float, float, Any]]] = {"pdf": [], "xlsx": [], "csv": []}
        for _ in range(args.repeat):  # alternating, so that a busy minute hits all three
            for fmt in timings:
                timings[fmt].append(_timed(report(fmt)))
        pdf, xlsx, csv = (min(timings[f], key=lambda r: r[0]) for f in ("pdf", "xlsx", "csv"))
        participants = pdf[2].participants
        print(f"coordinator report, {label}: {participants:,} participants")
        record(f"report {label} xlsx", "pdf", xlsx, pdf)
        record(f"report {label} csv", "pdf", csv, pdf)

    with db.read() as s:
        ids = list(s.scalars(select(Person.id).order_by(Person.id).limit(args.dossiers)))
    sample = ids[:100]
    floor_chunk([0], out)  # fonts registered, modules imported: as for the dossiers
    person_dossier(db, actor, sample[0], out / "warm.pdf")
    one: list[tuple[float, float, Any]] = []
    floor_one: list[tuple[float, float, Any]] = []
    for _ in range(args.repeat):
        one.append(
            _timed(lambda: [person_dossier(db, actor, i, out / f"d{i}.pdf") for i in sample])
        )
        floor_one.append(_timed(lambda: floor_chunk(list(range(len(sample))), out)))
    n = len(sample)
    mine = min(one, key=lambda r: r[0])
    base = min(floor_one, key=lambda r: r[0])
    record(
        "one dossier, audited (ms)",
        "floor document (ms)",
        (mine[0] / n * 1000, mine[1] / n * 1000),
        (base[0] / n * 1000, base[1] / n * 1000),
    )

    batch: list[tuple[float, float, Any]] = []
    floor: list[tuple[float, float, Any]] = []
    for round_ in range(args.repeat):
        batch.append(_timed(lambda r=round_: person_dossiers(db, actor, ids, out / f"b{r}")))
        floor.append(_timed(lambda r=round_: floor_batch(len(ids), out / f"f{r}")))
    record(
        f"{len(ids):,} dossiers in one batch",
        f"{len(ids):,} floor documents",
        min(batch, key=lambda r: r[0]),
        min(floor, key=lambda r: r[0]),
    )
    print()
    print("| what | measured | floor, same run | ratio |")
    print("| --- | --- | --- | --- |")
    for what, floor_name, wall, cpu, _f, floor_wall, floor_cpu in rows:
        unit = "ms" if "(ms)" in what else "s"
        print(
            f"| {what.replace(' (ms)', '')} | {wall:.2f} {unit} (cpu {cpu:.2f}) "
            f"| {floor_name.replace(' (ms)', '')}: {floor_wall:.2f} {unit} "
            f"(cpu {floor_cpu:.2f}) | {wall / floor_wall:.2f}x |"
        )
    db.dispose()
    shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
