"""The second core: the same answers with and without a forked child."""
import os

from app import forked
from app.decode import read_source, split_lines
from app.rules import articles
from app.rules.pipeline import run


def test_split_equals_serial_and_keeps_order():
    fn = lambda lo, hi: [(i, i * 0.1, "字" * (i % 3)) for i in range(lo, hi)]   # noqa: E731
    got = forked.split_run(fn, 1001, min_work=0)
    assert [tuple(x) for x in got] == fn(0, 1001)


def test_weights_balance_the_halves():
    assert forked._middle(4, [10, 1, 1, 1]) == 1
    assert forked._middle(4, None) == 2


def test_a_failing_child_is_redone_here():
    parent = os.getpid()

    def fn(lo, hi):
        if os.getpid() != parent:
            raise RuntimeError("the child breaks")
        return list(range(lo, hi))
    assert forked.split_run(fn, 100, min_work=0) == list(range(100))


def test_one_worker_means_no_child(monkeypatch):
    monkeypatch.setenv("ZHENGWEN_WORKERS", "1")
    parent = os.getpid()
    assert forked.split_run(lambda lo, hi: [os.getpid()] * (hi - lo), 10, min_work=0) == [parent] * 10


def test_the_engine_decides_the_same_with_a_second_process(shared, monkeypatch):
    pages = sorted((shared / "eval" / "dev").glob("*.txt")) + sorted((shared / "samples").glob("*.txt"))
    pages = [split_lines(read_source(p).text) for p in pages]
    serial = [run(lines) for lines in pages]
    monkeypatch.setattr(articles, "SPLIT_GRAMS", 0)
    monkeypatch.setattr(articles, "SPLIT_CAPTIONS", 0)
    for lines, want in zip(pages, serial):
        got = run(lines)
        assert (got.label, got.article, got.para_end, got.why) == (want.label, want.article, want.para_end, want.why)
