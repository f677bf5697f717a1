"""Reading a CSV file in batches gives the rows, cells and line numbers that the csv
module gives reading the whole file at once (the import's errors name these lines)."""

from __future__ import annotations

import csv
import io
import pickle
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskapp.cells import unneutralise
from deskapp.services.tabular_files import read_table

HEADER = "family_name;given_name;notes\n"


def whole_file(text: str) -> tuple[list[tuple[int, list[str]]], dict[int, int]]:
    """The rows as one csv.reader over the whole text reads them, numbered by the line
    each starts on, and the records that start on another line than their number."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    next(reader)
    rows, records = [], {}
    starts = reader.line_num + 1
    for record, values in enumerate(reader, start=2):
        line, starts = starts, reader.line_num + 1
        if record != line:
            records[line] = record
        if any(v.strip() for v in values):
            rows.append((line, [unneutralise(v) for v in values]))
    return rows, records


def read_in_batches(path: Path, batch: int) -> tuple[list[tuple[int, list[str]]], dict[int, int]]:
    table = read_table(path, batch)
    # Each batch travels to a worker process and is read there.
    batches = [pickle.loads(pickle.dumps(b)) for b in table.batches]
    rows = [row for b in batches for row in b]
    assert table.count == len(rows)
    assert all(len(list(b)) == batch for b in batches[:-1])
    return rows, table.places.records


# Cells with what makes CSV hard: quotes (opening a cell or inside one), the delimiter,
# line breaks of three kinds inside quoted cells, blank cells, the formula guard.
cell = st.text(alphabet=["a", "b", " ", ";", '"', "\n", "\r", "'", "=", "+", "è"], max_size=8)


def as_csv(cells: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerow(cells)
    return out.getvalue()


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    records=st.lists(
        st.one_of(
            st.lists(cell, min_size=1, max_size=4).map(as_csv),  # well-formed records
            st.text(alphabet=["a", ";", '"', "\n", "\r", " ", "'", "+"], max_size=12),  # anything
            st.sampled_from(["\n", "\r\n", " ; ;\n", ";;\r", '""\n']),  # blank ones
        ),
        max_size=12,
    ),
    batch=st.integers(min_value=1, max_value=4),
)
def test_batches_read_as_the_whole_file(tmp_path, records, batch):
    text = HEADER + "".join(records)
    if not text.endswith(("\n", "\r")):
        text += "\n"
    path = tmp_path / "p.csv"
    path.write_bytes(text.encode("utf-8"))
    assert read_in_batches(path, batch) == whole_file(text)


def test_a_quoted_cell_over_several_lines_keeps_the_lines_after_it_right(tmp_path):
    text = HEADER + 'Rossi;Mario;"one\r\ntwo\nthree"\n\nBianchi;Anna;\r\n;;\n"Verdi";\'+39;x\n'
    path = tmp_path / "p.csv"
    path.write_bytes(text.encode("utf-8"))
    rows, records = read_in_batches(path, 1)
    assert rows == [
        (2, ["Rossi", "Mario", "one\r\ntwo\nthree"]),
        (6, ["Bianchi", "Anna", ""]),
        (8, ["Verdi", "+39", "x"]),
    ]
    # Record 3 (the blank line) is on line 5, record 4 on line 6...
    assert records == {5: 3, 6: 4, 7: 5, 8: 6}
