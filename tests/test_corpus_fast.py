"""The corpus's steps that take faster forms than the plain ones they stand for (passes in
C over a page or a block instead of a step a row): each must give the plain form's answer
on any page, split lines, blank rows, noise and articles in several runs included."""
from itertools import groupby

from hypothesis import given, settings
from hypothesis import strategies as st

from app.corpus import cited_apart, group_rows
from app.document import Document, Source
from app.rules.text import _join_stepwise, join_lines

# characters on both sides of each range join_lines tells apart, and the ones join_pair reads
_CHARS = st.sampled_from(["中", "\u4e00", "\u9fff", "\u4dff", "\ua000", "，", "。", "\u3000", "\u303f", "\u3040",
                          "\uff01", "\uff60", "\uff00", "\uff61", "a", "B", "z", "1", "9", "-", ")", " ", "é", "😀"])
_TEXTS = st.lists(st.text(_CHARS, max_size=4), max_size=8)


@settings(max_examples=2000, deadline=None)
@given(_TEXTS)
def test_join_lines_is_its_stepwise_form(texts):
    assert join_lines(texts) == _join_stepwise(texts)


def _plain_group_rows(doc):
    label = doc.label
    noise = [r for r, lab in enumerate(label) if lab == "noise"]
    rows = [r for r, lab in enumerate(label) if lab is not None and lab != "noise"]
    groups = {}
    for a, run in groupby(rows, key=doc.article.__getitem__):
        groups.setdefault(a, []).extend(run)
    return groups, noise


def _plain_cited_apart(doc, rows):
    src, raw = doc.src, doc.text
    return {r for r in rows if r and src[r - 1] == src[r] or not raw[r] or raw[r].isspace()}


_ROW = st.tuples(st.sampled_from([None, "paragraph", "headline", "noise", "caption"]),   # label
                 st.integers(0, 3),                                                     # article
                 st.sampled_from(["正文", "", " ", "\u3000", "\u2002", "a b"]),          # text
                 st.booleans())                                                         # a split's piece


def _document(rows):
    doc = Document(Source("page.txt", ""), [t for _, _, t, _ in rows])
    n = 0
    for r, (lab, art, _, piece) in enumerate(rows):
        n += not (piece and r)
        doc.src[r] = n
        doc.label[r], doc.article[r] = lab, art if lab is not None else -1
    return doc


@settings(max_examples=1000, deadline=None)
@given(st.lists(_ROW, max_size=40))
def test_group_rows_is_its_plain_form(rows):
    doc = _document(rows)
    groups, noise = group_rows(doc)
    plain_groups, plain_noise = _plain_group_rows(doc)
    assert noise == plain_noise
    assert list(groups.items()) == list(plain_groups.items())


@settings(max_examples=1000, deadline=None)
@given(st.lists(_ROW, max_size=40))
def test_cited_apart_is_its_plain_form(rows):
    doc = _document(rows)
    kept, _ = group_rows(doc)
    kept = [r for a in kept for r in kept[a]]
    assert cited_apart(doc, kept) == _plain_cited_apart(doc, kept)
    raw = [doc.text[r] for r in kept]
    assert cited_apart(doc, kept, raw) == _plain_cited_apart(doc, kept)
