"""Fuzzing (hypothesis) the three places where anything can come in.

1. Pages: random text in every awkward character class, through the same path as
   ``zhengwen reflow`` (bytes -> decode -> suggest -> corpus): the corpus meets the format,
   cites each non-blank line exactly once, and keeps every non-space character. Random
   *bytes* are decoded or refused with a DecodeError, never anything else.
2. Editing: random operation sequences with undo and redo leave the document equal, column
   for column and in its corpus, to a fresh document given only the operations still in
   effect, in order.
3. Session files: a good session with random damage (cuts, flipped bytes, spliced junk)
   loads into a consistent document or is refused with a SessionError, never anything else.

``tests/reliability_report.py`` reruns these with more examples (``ZHENGWEN_FUZZ_SCALE``).
"""
import os
import random
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import app.suggest as suggest_mod
from app.corpus import build_corpus
from app.corpus_check import check_corpus
from app.decoding import DecodeError, decode_bytes
from app.lines import split_lines
from app.document import Document, Source
from app.session import SessionError, load_session, save_session
from app.suggest import open_document
from invariants import cited_lines, lost_characters, make_op

SCALE = float(os.environ.get("ZHENGWEN_FUZZ_SCALE", "1"))


def examples(n):
    return max(1, int(n * SCALE))


FUZZ = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# ---- 1. pages ----------------------------------------------------------------------------
chinese = st.text(st.sampled_from("中文的一是在不了有和人这上们来到时大地为子说生国年着就那要下以"
                                  "溆浦县家庭教育示范基地𠀀𪚥"), min_size=1, max_size=20)
punct = st.sampled_from(list("，。、；：？！“”‘’（）《》【】—…·,.;:?!()[]<>&#*-_/\\|'\"%$@^~`{}0123456789"))
space = st.sampled_from([" ", "  ", "\u3000", "\t", "\xa0"])
separators = st.sampled_from(["\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\x1c", "\x1d", "\x1e", "\x1b[1m"])
oddities = st.sampled_from(["👍🏽", "👨‍👩‍👧", "🇨🇳", "☺\ufe0f", "e\u0301", "a\u0308", "\u200b", "\u202e", "\ufeff",
                            "<script>alert(1)</script>", "&nbsp;", "第 7 版", "——", "**", "## ", "本报记者 易鑫"])
latin = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6)
piece = st.one_of(chinese, chinese, punct, space, separators, oddities, latin)
line_end = st.sampled_from(["\n", "\n", "\n", "\r\n", "\r", "\n\n"])
page_text = st.lists(st.tuples(st.lists(piece, max_size=8).map("".join), line_end), min_size=1, max_size=30) \
    .map(lambda pairs: "".join(a + b for a, b in pairs))

def reflow_bytes(data: bytes, name="random.txt"):
    dec = decode_bytes(data, name=name)
    lines = split_lines(dec.text)
    doc = open_document(Source(name, dec.text, sha256=dec.sha256, encoding=dec.encoding), lines)
    return dec, lines, doc, build_corpus(doc)


def check_page(corpus, lines, doc=None):
    assert check_corpus(corpus, lines) == []
    want = [i + 1 for i, t in enumerate(lines) if t.strip()]
    assert sorted(cited_lines(corpus).elements()) == want, "each non-blank line cited exactly once"
    lost = lost_characters(doc, corpus)
    assert not lost, f"characters lost: {dict(lost)}"


@settings(max_examples=examples(300), **FUZZ)
@given(text=page_text, encoding=st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "gb18030"]))
def test_random_pages_keep_every_character_and_cite_every_line_once(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    try:
        dec, lines, doc, corpus = reflow_bytes(data)
    except DecodeError as e:
        # refused only when it has control characters (it may look binary) or is GB18030
        # without a BOM (detection is a guess on a few random characters)
        assert str(e).startswith("random.txt") and len(str(e).splitlines()) <= 2
        controls = [ch for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r"]
        assert controls or encoding == "gb18030", str(e)
        return
    doc.assert_consistent()
    check_page(corpus, lines, doc)


@settings(max_examples=examples(300), **FUZZ)
@given(data=st.one_of(st.binary(max_size=2000),
                      st.lists(st.sampled_from([b"\x00", b"\xff", b"\xfe", b"\xef\xbb\xbf", b"\xe4\xb8", b"\xad",
                                                b"\r", b"\n", b"abc", "中文".encode("gbk"), "中文".encode()]),
                               max_size=200).map(b"".join)))
def test_random_bytes_are_decoded_or_refused_plainly(data):
    try:
        dec, lines, doc, corpus = reflow_bytes(data)
    except DecodeError as e:
        msg = str(e)
        assert msg.startswith("random.txt") and 1 <= len(msg.splitlines()) <= 2
        return
    check_page(corpus, lines, doc)


def test_a_line_holding_only_a_byte_order_mark():
    """Found by the fuzzer: files concatenated with ``cat`` carry a BOM inside the text; a
    line of nothing else is non-blank to Python's ``strip`` but empty to the rules'."""
    dec, lines, doc, corpus = reflow_bytes("正文第一行。\n\ufeff\n正文第二行。\n".encode("utf-8"))
    check_page(corpus, lines, doc)


# ---- 2. editing against a fresh replay -------------------------------------------------------
SAMPLE = ["第 3 版", "“葱是跟妈妈一起种下的。”课间午休，", "学 校 学 生 陈 耀 杰 正 在 校 园 南 面", "的一块菜地浇水。", "",
          "近年来，溆浦县在家庭、学校、社会协同", "育人领域持续深耕。", "本报记者 易鑫 彭丽丽", "悠悠民生，健康为大。",
          "芙蓉学校学生开展体操活动。 （由溆浦县委宣传部供图）", "“家校社”协同育人", "——溆浦推进区域建设纪实", ""]
edit_line = st.one_of(st.sampled_from(SAMPLE), chinese, st.just(""))
op_kind = st.sampled_from(["label", "end", "confirm", "edit", "move", "start", "merge", "split",
                           "undo", "undo", "redo"])
op_spec = st.tuples(op_kind, st.integers(0, 999), st.integers(0, 999), st.integers(0, 999),
                    st.sampled_from([None, "", "改过的文字", "新的一段。", "(a, b)", "<b>粗</b>"]))


def build_op(doc, spec):
    return make_op(doc, *spec)


def columns(doc):
    return {c: list(getattr(doc, c)) for c in Document.COLUMNS}


def new_doc(lines):
    text = "\n".join(lines) + "\n"
    doc = open_document(Source("fuzz.txt", text), split_lines(text))
    doc.resuggest = getattr(suggest_mod, "make_resuggest", None)   # as the window does
    return doc


@settings(max_examples=examples(150), **FUZZ)
@given(lines=st.lists(edit_line, min_size=1, max_size=20), specs=st.lists(op_spec, max_size=30))
def test_undo_and_redo_agree_with_a_fresh_replay(lines, specs):
    doc = new_doc(lines)
    done, undone = [], []            # specs of the operations in effect / undone, in order
    for spec in specs:
        op = build_op(doc, spec)
        if op == "undo":
            if doc.undo() is not None:
                undone.append(done.pop())
        elif op == "redo":
            if doc.redo() is not None:
                done.append(undone.pop())
        elif op is not None:
            before = columns(doc)
            try:
                doc.do(op)
            except ValueError:
                assert columns(doc) == before
                continue
            done.append(spec)
            undone.clear()
        assert doc.can_undo() == bool(done) and doc.can_redo() == bool(undone)
    fresh = new_doc(lines)
    for spec in done:
        fresh.do(build_op(fresh, spec))
    fresh.assert_consistent()
    assert columns(fresh) == columns(doc)
    corpus = build_corpus(doc)
    assert build_corpus(fresh) == corpus
    assert check_corpus(corpus, split_lines("\n".join(lines) + "\n")) == []


# ---- 3. damaged session files ------------------------------------------------------------------
_GOOD: dict = {}


def good_session() -> bytes:
    if "bytes" not in _GOOD:
        doc = new_doc(SAMPLE)
        rnd = random.Random(7)
        for _ in range(25):
            spec = (rnd.choice(["label", "end", "edit", "move", "start", "split"]), rnd.randrange(999),
                    rnd.randrange(999), rnd.randrange(999), "改过的文字")
            op = build_op(doc, spec)
            if op is not None:
                try:
                    doc.do(op)
                except ValueError:
                    pass
        with tempfile.TemporaryDirectory() as tmp:
            save_session(doc, Path(tmp) / "good.json")
            _GOOD["bytes"] = (Path(tmp) / "good.json").read_bytes()
    return _GOOD["bytes"]


damage = st.lists(st.tuples(st.sampled_from(["cut", "flip", "insert", "delete", "swap_digit"]),
                            st.integers(0, 10 ** 6), st.binary(min_size=1, max_size=8)), min_size=1, max_size=4)


def apply_damage(data: bytes, steps) -> bytes:
    b = bytearray(data)
    for kind, at, junk in steps:
        at %= max(1, len(b))
        if kind == "cut":
            del b[at:]
        elif kind == "flip" and b:
            b[at] ^= junk[0] or 1
        elif kind == "insert":
            b[at:at] = junk
        elif kind == "delete":
            del b[at:at + len(junk)]
        elif kind == "swap_digit":
            digits = [i for i, ch in enumerate(b) if 48 <= ch <= 57]
            if digits:
                b[digits[at % len(digits)]] = 48 + junk[0] % 10
    return bytes(b)


@settings(max_examples=examples(300), **FUZZ)
@given(steps=damage)
def test_damaged_sessions_load_consistently_or_are_refused(steps, tmp_path_factory):
    path = tmp_path_factory.getbasetemp() / "damaged.json"
    data = apply_damage(good_session(), steps)
    path.write_bytes(data)
    try:
        doc = load_session(path)
    except SessionError as e:
        msg = str(e)
        assert msg.startswith(f"{path}: ") and len(msg.splitlines()) <= 2 and len(msg) < 400
        return
    doc.assert_consistent()
    corpus = build_corpus(doc)
    assert check_corpus(corpus, split_lines(doc.source.text)) == []
