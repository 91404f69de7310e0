"""A long page computed in two halves on two cores gives the corpus of the whole page."""
import os

import pytest

import app.chunked as chunked
from conftest import ROOT
from app.corpus import build_corpus
from app.document import Source
from app.export import to_json
from app.loader import page_document

SMALL = dict(min_lines=0, overlap=1500, agree=200)   # cut pages of a few thousand lines


def page(shared, copies):
    """Pages of every kind (dev and held-out: PDF, plain, Markdown, real) end to end."""
    texts = [p.read_text(encoding="utf-8").rstrip("\n") for p in
             sorted((shared / "eval" / "dev").glob("*.txt")) + sorted((ROOT / "tests" / "heldout").glob("*.txt"))]
    lines = "\n".join(texts * copies).split("\n")
    return Source("long.txt", "\n".join(lines)), lines


@pytest.fixture
def two_cores(monkeypatch):
    monkeypatch.setattr(chunked, "cores", lambda: 2)


def whole(src, lines):
    return to_json(build_corpus(page_document(src, lines))).encode("utf-8")


def no_child_left():
    chunked.reap_exited()      # a child that did its part may still be leaving
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


@pytest.mark.parametrize("copies", [2, 3])
def test_the_halves_stitched_give_the_whole_pages_corpus_byte_for_byte(shared, two_cores, copies):
    src, lines = page(shared, copies)
    text = chunked.reflow_json(src, lines, **SMALL)
    assert text is not None
    assert text == whole(src, lines)
    no_child_left()


def test_each_half_writes_its_part_of_the_file_and_the_file_is_the_whole_pages_corpus(shared, two_cores, tmp_path):
    src, lines = page(shared, 2)
    out = tmp_path / "deep" / "corpus.json"
    assert chunked.reflow_json(src, lines, out=out, **SMALL) is True
    assert out.read_bytes() == whole(src, lines)
    assert [p.name for p in out.parent.iterdir()] == ["corpus.json"]     # no temporary file left
    no_child_left()


def test_a_half_that_fails_leaves_the_old_file_and_no_temporary_one(shared, two_cores, tmp_path, monkeypatch):
    src, lines = page(shared, 2)
    out = tmp_path / "corpus.json"
    out.write_text("the old corpus", encoding="utf-8")
    monkeypatch.setattr(chunked, "_alike", lambda a, b: False)
    assert chunked.reflow_json(src, lines, out=out, **SMALL) is None
    assert out.read_text(encoding="utf-8") == "the old corpus"
    assert [p.name for p in tmp_path.iterdir()] == ["corpus.json"]
    no_child_left()


def test_the_stitch_is_where_an_article_starts_and_nothing_reaches_across(shared, two_cores, monkeypatch):
    src, lines = page(shared, 2)
    seen = []
    real = chunked._stitch

    def stitch(mine, theirs, middle, reach, agree):
        s = real(mine, theirs, middle, reach, agree)
        seen.append((s, mine, theirs))
        return s
    monkeypatch.setattr(chunked, "_stitch", stitch)
    assert chunked.reflow_json(src, lines, **SMALL) is not None
    s, mine, theirs = seen[0]
    assert abs(s - (chunked.cut_line(len(lines), SMALL["overlap"]) + 1)) <= SMALL["overlap"] // 2
    assert not any(a < s <= b for a, b in mine["spans"] + theirs["spans"])


def test_halves_that_disagree_near_the_cut_give_nothing_and_leave_no_child(shared, two_cores, monkeypatch):
    src, lines = page(shared, 2)
    monkeypatch.setattr(chunked, "_alike", lambda a, b: False)
    assert chunked.reflow_json(src, lines, **SMALL) is None
    no_child_left()


def test_a_child_that_dies_gives_nothing_and_leaves_no_child(shared, two_cores, monkeypatch):
    src, lines = page(shared, 2)
    parent, real = os.getpid(), chunked._half

    def half(*args):
        if os.getpid() != parent:
            os._exit(3)          # the second half's process dies
        return real(*args)
    monkeypatch.setattr(chunked, "_half", half)
    assert chunked.reflow_json(src, lines, **SMALL) is None
    no_child_left()


def test_a_page_that_is_one_long_article_at_its_middle_is_not_cut(two_cores, monkeypatch):
    lines = [f"第{i % 10}行" for i in range(20_000)]     # numbered lines: one article
    halves = []
    monkeypatch.setattr(chunked, "_half", lambda *a: halves.append(a) or pytest.fail("computed a half"))
    assert chunked.reflow_json(Source("one.txt", "\n".join(lines)), lines, **SMALL) is None
    assert not halves            # this process asked first; the child it forked was stopped
    no_child_left()


def test_a_short_page_or_one_core_is_computed_in_one_process(shared, monkeypatch):
    src, lines = page(shared, 2)
    assert chunked.reflow_json(src, lines) is None                 # under CHUNK_MIN lines
    monkeypatch.setattr(chunked, "cores", lambda: 1)
    assert chunked.reflow_json(src, lines, **SMALL) is None


@pytest.mark.skipif(not hasattr(os, "fork") or len(os.sched_getaffinity(0)) < 2, reason="needs fork and two cores")
def test_the_reflow_command_cuts_a_long_page_and_writes_the_same_corpus(shared, tmp_path, monkeypatch):
    from app.cli import main
    src, lines = page(shared, 1)
    big = tmp_path / "big.txt"
    big.write_text("\n".join(lines * (chunked.CHUNK_MIN // len(lines) + 1)) + "\n", encoding="utf-8")
    answers, real = [], chunked.reflow_json
    monkeypatch.setattr(chunked, "reflow_json", lambda *a, **k: answers.append(real(*a, **k)) or answers[-1])
    assert main(["reflow", str(big), "-o", str(tmp_path / "two.json")]) == 0
    assert answers[-1] is not None                    # it was cut
    monkeypatch.setenv("ZHENGWEN_WORKERS", "1")       # one core: the whole page in one process
    assert main(["reflow", str(big), "-o", str(tmp_path / "one.json")]) == 0
    assert answers[-1] is None
    assert (tmp_path / "two.json").read_bytes() == (tmp_path / "one.json").read_bytes()
    no_child_left()
