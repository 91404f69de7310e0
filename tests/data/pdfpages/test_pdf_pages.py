"""One made PDF page per extractor: its gold must cite every non-blank line once and meet the
corpus format (what shared/eval/score.py reads: the dev-set evaluation, tests/test_dev_set.py,
has it score the golds the checkout carries). The page's words come from the held-out golds,
so the test needs nothing beside the checkout."""
import json
import sys
import warnings
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from align_lines import split_lines  # noqa: E402
from build_gold import check_gold  # noqa: E402
from run_extractors import EXTRACTORS, missing  # noqa: E402

from app.corpus_check import check_corpus  # noqa: E402

# the words of the made pages
HELDOUT = sorted((HERE.parents[1] / "heldout").glob("*.gold.json"))


def need_extractors():
    gone = missing()
    if gone:
        msg = ("PDF PAGE TEST NOT RUN - missing: " + "; ".join(gone) +
               ". The made PDF pages (tests/data/pdfpages) are untested on this machine.")
        warnings.warn(msg)
        pytest.skip(msg)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    need_extractors()
    from make_pdf_pages import make_pages
    out = tmp_path_factory.mktemp("pdfpages")
    skipped = make_pages(out, 1, seed=5, tools=EXTRACTORS, log=lambda *a: None, sources=HELDOUT)
    return out, skipped


@pytest.mark.parametrize("tool", EXTRACTORS)
def test_gold_cites_every_line_once_and_meets_the_format(pages, tool):
    out, _ = pages
    texts = sorted((out / tool).glob("*.txt"))
    assert len(texts) == 1, f"{tool}: no page could be aligned in 3 tries"
    data = texts[0].read_bytes()
    gold = json.loads(texts[0].with_suffix(".gold.json").read_text(encoding="utf-8"))
    lines = split_lines(data.decode("utf-8"))
    assert check_gold(data, gold) == []
    assert check_corpus(gold, lines) == []
    cited = [n for a in gold["articles"] for b in a["blocks"] for n in b["lines"]]
    cited += [n for d in gold["dropped"] for n in d["lines"]]
    assert sorted(cited) == [n for n, t in enumerate(lines, 1) if t.strip()]
    assert gold["source"]["lines"] == len(lines)
    assert len(gold["articles"]) >= 2 and gold["dropped"]


def test_extractors_differ_as_described(pages):
    """The traits the pages are made for: pdfium writes CRLF, pdftotext cuts the running
    head into pieces, -raw puts the footer and the folio on one line."""
    out, _ = pages
    pdfium = next((out / "pdfium").glob("*.txt")).read_bytes()
    assert b"\r\n" in pdfium
    raw = next((out / "raw").glob("*.txt")).read_text(encoding="utf-8")
    assert any("校对" in t and t.rstrip().endswith("-") for t in raw.splitlines())
    plain = next((out / "pdftotext").glob("*.txt")).read_text(encoding="utf-8")
    assert any(t.strip() == "湘江日报" or t.replace(" ", "") == "湘江日报" for t in plain.splitlines())


def test_same_seed_same_pages(pages, tmp_path):
    need_extractors()
    from make_pdf_pages import make_pages
    out, _ = pages
    make_pages(tmp_path, 1, seed=5, tools=["raw"], log=lambda *a: None, sources=HELDOUT)
    first = sorted((out / "raw").iterdir())
    again = sorted((tmp_path / "raw").iterdir())
    assert [p.name for p in first] == [p.name for p in again]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(first, again))
