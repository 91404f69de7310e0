"""The review order (app/review.py): ``zhengwen review`` and what N / Shift+N follow."""
import subprocess
import sys

from conftest import ROOT
from app import commands
from app.document import ALL
from app.loader import load_page
from app.review import review_order, review_rows, row_confidences, to_review
from app.rules import review_calibration


def test_review_prints_every_line_once_least_confident_first(sample_path):
    out = subprocess.run([sys.executable, "-m", "app", "review", str(sample_path)], cwd=ROOT,
                         capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert out.returncode == 0 and out.stderr == ""
    rows = [line.split("\t") for line in out.stdout.splitlines()]
    lines, conf = [int(a) for a, _ in rows], [float(b) for _, b in rows]
    doc = load_page(sample_path)
    assert sorted(lines) == [doc.src[r] for r in range(len(doc)) if doc.label[r] is not None]
    assert list(zip(conf, lines)) == sorted(zip(conf, lines))          # ties in page order
    assert [(n, round(c, 4)) for n, c in review_rows(doc)] == list(zip(lines, conf))
    assert all(0.0 <= c <= 1.0 for c in conf)
    # the values rank: not a handful shared by most lines, as the rules' own are
    assert len(set(conf)) > len(conf) // 10


def test_review_refuses_a_missing_page(tmp_path):
    out = subprocess.run([sys.executable, "-m", "app", "review", str(tmp_path / "none.txt")], cwd=ROOT,
                         capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert out.returncode == 2 and "Traceback" not in out.stderr


def test_n_follows_the_order_skips_confirmed_rows_and_wraps(sample_path):
    doc = load_page(sample_path)
    order = review_order(doc)
    assert to_review(doc) == len(order)
    walked, row = [], None
    for _ in range(len(order)):
        row = commands.review_target(doc, row, 1)
        walked.append(row)
    assert walked == order
    assert commands.review_target(doc, row, 1) == order[0]                  # wraps round
    assert commands.review_target(doc, None, -1) == order[-1]
    assert commands.review_target(doc, order[5], -1) == order[4]
    doc.do(commands.confirm_op(doc, order[1:3]))
    assert commands.review_target(doc, order[0], 1) == order[3]             # confirmed rows skipped
    assert commands.review_target(doc, order[1], 1) == order[3]             # from a row confirmed since
    assert commands.review_target(doc, order[3], -1) == order[0]
    assert to_review(doc) == len(order) - 2
    assert review_order(doc) == [r for r in order if doc.confirmed[r] & ALL != ALL]


def test_confidences_come_from_the_calibration_table(sample_path):
    doc = load_page(sample_path)
    conf = row_confidences(doc)
    assert set(conf) == {r for r in range(len(doc)) if doc.label[r] is not None}
    assert review_calibration.WEIGHTS and review_calibration.FITTED_ON["made_seeds"]
