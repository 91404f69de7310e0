"""Random pages, random edit sessions: history and the corpus keep their promises.

- undoing everything restores the exact starting state, column by column; redoing
  everything reproduces the end state;
- after any sequence the corpus meets the format (every non-blank source line cited exactly
  once, by ``lines``; split pieces by ``split_of``), and no character of the source is lost:
  each is in some block or dropped entry unless a person's edit replaced it;
- whatever state a sequence leaves, a session saves and loads it exactly.
"""
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLE
from app.corpus import build_corpus
from app.corpus_check import check_corpus
from app.lines import split_lines
from app.document import Document, Source
from app.session import load_session, save_session, session_bytes
from app.suggest import open_document
from invariants import lost_characters, make_op

SAMPLE_LINES = split_lines(SAMPLE.read_text(encoding="utf-8"))
# the extraction's own damage: letter spacing, layout spaces, half-width punctuation, decks
SAMPLE_LINES += ["会 的 一 块 劳 动 实 践 基 地 ，旨 在", "——溆浦推进区域建设纪实", "（杨 晨 蒋 虹）",
                 "well-", "known fact (a, b)", "读书,让人(一)得到!", "第 7 版", "2024年5月1日",
                 "## 聚“新”更暖心 有“为”更有力", "**（二）**", "3**2"]

cjk = st.text(st.sampled_from("中文的一是在不了有和人这上们来到时大地为子中你说生国年着就那要下以"
                              "，。、；：？！“”（）—…·0123456789ab "), min_size=1, max_size=12)
spaces = st.text(st.sampled_from(" \u3000\t"), min_size=1, max_size=3)
line = st.one_of(st.sampled_from(SAMPLE_LINES), cjk, st.just(""), spaces)
page = st.lists(line, min_size=1, max_size=24)

op_spec = st.tuples(
    st.sampled_from(["label", "end", "confirm", "edit", "move", "start", "merge", "split", "undo", "redo"]),
    st.integers(0, 10 ** 6), st.integers(0, 10 ** 6), st.integers(0, 10 ** 6),
)
edit_text = st.sampled_from([None, "", "  ", "改过的文字", "新的一段。", "# 标 题", "(a, b)"])


def state(doc):
    return {c: list(getattr(doc, c)) for c in Document.COLUMNS}


def check_characters(doc, corpus, lines):
    """Every non-space character of an unedited row is somewhere in the corpus texts."""
    missing = lost_characters(doc, corpus)
    assert not missing, f"characters lost: {dict(missing)}"
    pieces = {}
    for r in range(len(doc)):
        pieces.setdefault(doc.src[r], []).append(r)
    # the rows' raw texts still are the source, piece by piece, wherever nobody retyped
    for n, rows in pieces.items():
        if all(doc.edited[r] is None for r in rows):
            assert "".join(doc.text[r] for r in rows) == lines[n - 1]


def check_session_round_trip(doc):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "s.json"
        save_session(doc, path)
        loaded = load_session(path)
        assert state(loaded) == state(doc) and loaded.settings == doc.settings
        assert session_bytes(loaded) == path.read_bytes()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=page, ops=st.lists(st.tuples(op_spec, edit_text), max_size=24))
def test_random_sessions_keep_history_and_corpus_sound(lines, ops):
    text = "\n".join(lines) + "\n"
    lines = split_lines(text)
    doc = open_document(Source("random.txt", text), lines)
    start = state(doc)
    for (kind, a, b, c), new_text in ops:
        op = make_op(doc, kind, a, b, c, new_text)
        if op == "undo":
            doc.undo()
        elif op == "redo":
            doc.redo()
        elif op is not None:
            before = state(doc)
            try:
                doc.do(op)
            except ValueError:
                assert state(doc) == before  # a refused operation changes nothing
        doc.assert_consistent()
        assert doc.new_article_id() == max(doc.article, default=-1) + 1   # the kept count holds
        corpus = build_corpus(doc)
        assert check_corpus(corpus, lines) == []
        order = doc.article_order()
        doc._order_cache = None  # the cached order must be what a fresh look gives
        assert doc.article_order() == order and len(order) == len(corpus["articles"])
    check_characters(doc, build_corpus(doc), lines)

    end = state(doc)
    end_corpus = build_corpus(doc)
    check_session_round_trip(doc)
    done = 0
    while doc.can_undo():
        doc.undo()
        done += 1
    assert state(doc) == start
    for _ in range(done):  # operations undone earlier in the sequence stay above these
        doc.redo()
    assert state(doc) == end
    assert build_corpus(doc) == end_corpus


def test_the_real_sample_keeps_every_character():
    text = SAMPLE.read_text(encoding="utf-8")
    lines = split_lines(text)
    doc = open_document(Source(SAMPLE.name, text), lines)
    corpus = build_corpus(doc)
    assert check_corpus(corpus, lines) == []
    check_characters(doc, corpus, lines)
