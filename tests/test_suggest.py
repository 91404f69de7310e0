"""The suggestion engine on whole pages: nothing lost, re-suggest undoable and local."""
import random
import string
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.corpus import build_corpus
from app.document import LABEL, Source
from app.operations import SetLabel, SetParagraphEnd, start_article
from app.rules.text import fold_half_width, strip_markup
from app.suggest import Resuggest, make_resuggest, open_document
from conftest import OUR_PAGES, ROOT, SAMPLE, SAMPLES

SNIPPETS = [
    "近年来，随着平台经济飞速发", "展，外卖骑手、网约车司机等新就", "业群体规模日益壮大。", "道必答题。",
    "新 时 代 催 生 新 业 态 ，新 群 体 带", "来新课题。", "织密组织体系，让“流动”的党员找到“家”",
    "——郴州市北湖区探索新就业群体服务管理新路径", "梁可庭 刘奕辰", "曾玉玺 莫 钢 黄冰璐 邹 露",
    "“十四五”北湖答卷⑥", "聚“新”更暖心", "千年银脉焕新颜新颜", "2025年11月18日  星期二  第5版", "- 7 -",
    "综合新闻", "## 苏仙岭下读好书 郴江河畔干好活", "**（二）**", "(一)", "委、团委、妇联等单位共同组织,每周三晚上,",
    "芙蓉学校学生开展体操活动。 （由溆浦县委宣传部供图）", "再升级。 （杨 晨 蒋 虹）", " 洪江市为优化政务服务体验，推出",
    "“HELLO 小孩”大礼包", "全县 37 所中", "a well-", "known fact", "，随时提供应急物资……这些", "”联点督导",
    "\u3000\u3000今年，株洲市荷塘区卫健局坚持", "擦亮品牌 奋发有为", "8 月 27 日，三江镇", "？", "——", "###",
]


def _chars(text):
    """The characters that must survive: no spaces, no Markdown or deck-dash layout."""
    text = fold_half_width(strip_markup(text.strip()))
    return [c for c in text if not c.isspace() and c not in "#*—-–"]


def check_nothing_lost(lines):
    doc = open_document(Source("p.txt", "\n".join(lines)), lines)
    doc.assert_consistent()
    corpus = build_corpus(doc)
    cited, pieces = {}, {}
    for blk in [b for art in corpus["articles"] for b in art["blocks"]] + corpus["dropped"]:
        for n in blk["lines"]:
            cited.setdefault(n, []).append(blk["text"])
            pieces.setdefault(n, []).append(blk["text"])
        for n in blk.get("split_of", []):   # a later piece of a split line
            pieces.setdefault(n, []).append(blk["text"])
    for n, line in enumerate(lines, 1):
        if not line.strip():
            assert n not in cited, f"blank line {n} cited"
            continue
        assert len(cited.get(n, [])) == 1, f"line {n} cited {len(cited.get(n, []))} times"
    # every character of every row reaches the text of what cites it
    for r in range(len(doc)):
        if doc.label[r] is None:
            continue
        n = doc.src[r]
        text = doc.current_text(r)
        if doc.edited[r] is not None:
            assert doc.text[r].strip().startswith(text.strip()[:1])  # a proposal, never a rewrite
        pool = "".join(pieces.get(n, []))
        pool = [c for c in fold_half_width(pool) if not c.isspace()]
        have = {}
        for c in pool:
            have[c] = have.get(c, 0) + 1
        for c in _chars(text):
            assert have.get(c, 0) > 0 or fold_half_width(c) in "".join(pool), f"line {n}: {c!r} lost"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(SNIPPETS), st.just(""),
                          st.text(alphabet=string.ascii_letters + "，。、 中文字测试“”（）0123456789#*—", max_size=30)),
                max_size=60))
def test_nothing_is_lost(lines):
    check_nothing_lost(lines)


def test_nothing_is_lost_on_our_pages():
    for page in OUR_PAGES:
        text = page.read_text(encoding="utf-8")
        check_nothing_lost(text.split("\n"))


def _dev_doc(name="dev01-pdf.txt"):
    text = (SAMPLES / name).read_text(encoding="utf-8")
    lines = text.split("\n")
    doc = open_document(Source(name, text), lines)
    doc.resuggest = make_resuggest
    return doc


def _state(doc):
    return {c: list(getattr(doc, c)) for c in doc.COLUMNS}


def test_resuggest_reverts_exactly_and_redo_reproduces():
    doc = _dev_doc()
    before = _state(doc)
    row = doc.src.index(100)
    doc.do(start_article(doc, row))
    after = _state(doc)
    assert doc.article[row] != before["article"][row]
    doc.undo()
    assert _state(doc) == before
    doc.redo()
    assert _state(doc) == after


def test_a_resuggest_that_restates_only_rules_names_no_rows():
    """Rules and confidences show nowhere until asked for: a re-suggest that changes only
    those reports no rows, so no view repaints for them, yet the document has them."""
    from app.document import Why
    doc = _dev_doc()
    lo, hi = doc.src.index(100), doc.src.index(140)
    Resuggest(lo, hi).apply(doc)     # the local pass's own answer at the window's edges
    computed = list(doc.why[lo:hi])
    for r in range(lo, hi):
        if doc.label[r] is not None:
            doc.why[r] = Why("stale", 0.1, "stale", 0.1, "stale", 0.1)
    change = Resuggest(lo, hi).apply(doc)
    assert change.rows == [] and change.articles == set()
    assert doc.why[lo:hi] == computed


def test_confirmed_article_start_splits_and_keeps_the_rest():
    doc = _dev_doc()
    row = doc.src.index(100)
    first = doc.article[row]
    doc.do(start_article(doc, row))
    new = doc.article[row]
    head = doc.src.index(4)
    assert doc.article[head] == first            # the headline stays with the part above
    assert doc.article[doc.src.index(98)] == first
    assert all(doc.article[r] == new for r in range(row, doc.src.index(268)) if doc.label[r] is not None)


def test_starting_an_article_moves_no_line_of_an_article_between_its_lines():
    """On the sample page article 1's lines interleave with article 2's (columns): A on a
    line of article 1 moves that line and the later ones of article 1, and no line of
    article 2 becomes an article of its own."""
    doc = _open("sample", SAMPLE.read_text(encoding="utf-8"))
    row = next(r for r in range(len(doc)) if "近年来，溆浦县" in doc.text[r])
    before = list(doc.article)
    n = len(set(before) - {-1})
    doc.do(start_article(doc, row))
    moved = {r for r in range(len(doc)) if doc.article[r] != before[r]}
    assert moved == {r for r in range(row, len(doc)) if before[r] == before[row] and doc.label[r] is not None}
    assert len(set(doc.article) - {-1}) == n + 1


def test_a_label_moves_no_line_to_another_article():
    doc = _open("sample", SAMPLE.read_text(encoding="utf-8"))
    before = list(doc.article)
    for text in ("作，提升亲子沟通质量", "被国家教育行政学院家庭教育"):
        row = next(r for r in range(len(doc)) if text in doc.text[r])
        doc.do(SetLabel(row, row + 1, "headline"))
        assert doc.label[row] == "headline" and doc.article == before
        doc.do(SetParagraphEnd(row - 2, None))
        assert doc.article == before


def test_moving_a_line_or_editing_it_moves_no_other_line_between_articles():
    """M moves the lines it names and no other; an edit of a line's text moves none (the
    re-suggest after them cut the article a line left, or split the edited line off)."""
    from app.operations import EditText, MoveRows
    doc = _dev_doc()
    row = doc.src.index(100)
    target = next(a for a in sorted(set(doc.article) - {-1}) if a != doc.article[row])
    before = list(doc.article)
    doc.do(MoveRows([row], target))
    assert [r for r in range(len(doc)) if doc.article[r] != before[r]] == [row]
    before = list(doc.article)
    other = doc.src.index(30)
    doc.do(EditText(other, doc.current_text(other) + "了"))
    assert doc.article == before


def test_resuggest_keeps_confirmed_decisions_and_is_local():
    doc = _dev_doc()
    row = doc.src.index(14)
    doc.do(SetLabel(row, row + 1, "subheading"))
    assert doc.label[row] == "subheading" and doc.confirmed[row] & LABEL
    # the line before now ends its paragraph: the re-suggest followed the constraint
    assert doc.para_end[doc.src.index(12)]
    far = doc.src.index(580)
    op = make_resuggest(doc, doc.do(SetParagraphEnd(doc.src.index(16), False)))
    assert op is None or op.hi <= far


def test_make_resuggest_nothing_to_do():
    lines = ["一行。"]
    doc = open_document(Source("p.txt", lines[0]), lines)
    from app.operations import Confirm
    doc.do(Confirm(0, 1))
    ch = doc.do(Confirm(0, 1))
    assert make_resuggest(doc, ch) is None
    assert isinstance(Resuggest(0, 1), Resuggest)


# ---- re-suggest after a person's operation: only what the change brings about ------------------
@lru_cache(maxsize=1)
def _pages():
    """The real sample and a few pages of our own making (the held-out golds' articles, which
    include the dev set's, in both styles)."""
    import sys
    perf = str(ROOT / "tests" / "perf")
    if perf not in sys.path:
        sys.path.insert(0, perf)
    import make_pages
    pages = [("sample", SAMPLE.read_text(encoding="utf-8"))]
    arts = make_pages.load_articles(sorted((ROOT / "tests" / "heldout").glob("*.gold.json")))
    rng = random.Random(3)
    for i, style in enumerate(["pdf", "plain", "pdf"]):
        pages.append((f"own{i}", make_pages.make_page(arts, rng, style)[0]))
    return pages


def _open(name, text):
    lines = text.split("\n")
    doc = open_document(Source(name, text), lines)
    doc.resuggest = make_resuggest
    return doc


def _decisions(doc):
    return list(zip(doc.label, doc.article, doc.para_end))


def test_confirming_suggestions_as_they_are_changes_no_other_row():
    from app.operations import Confirm
    rng = random.Random(11)
    for name, text in _pages():
        doc = _open(name, text)
        rows = [r for r in range(len(doc)) if doc.label[r] is not None]
        for _ in range(6):
            a = rng.choice(rows)
            b = min(len(doc), a + rng.randint(1, 40))
            before = _decisions(doc)
            doc.do(Confirm(a, b))
            assert _decisions(doc) == before, f"{name}: Confirm({a}, {b}) moved other rows"
            r = rng.choice(rows)
            doc.do(SetLabel(r, r + 1, doc.label[r]))   # the label it already has
            assert _decisions(doc) == before, f"{name}: labelling row {r} as it is moved other rows"


def _partition(doc, rows):
    """Which of ``rows`` share an article, as pairs of neighbours (ids differ between passes)."""
    rows = [r for r in rows if doc.label[r] is not None]
    return [doc.article[a] == doc.article[b] for a, b in zip(rows, rows[1:])]


# Found when these pages were first made from the held-out articles (before, from the dev
# set's): an article started by hand in the middle of own2 (row 167) is not kept apart from
# the unconfirmed lines before it: the local re-suggest moves rows 159-165 into the new
# article (a start at row 169, a paragraph start, does the same).
START_NOT_HELD = {
    "own2": "the re-suggest after a start at row 167 moves rows 159-165 into the new article",
}


@pytest.mark.parametrize("page", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=START_NOT_HELD[n])) if n in START_NOT_HELD else n
    for n in ("sample", "own0", "own1", "own2")])
def test_resuggest_after_an_article_start_agrees_with_a_full_pass(page):
    for name, text in _pages():
        if name != page:
            continue
        doc = _open(name, text)
        rows = [r for r in range(len(doc)) if doc.label[r] not in (None, "noise")]
        row = rows[len(rows) // 2]
        op = start_article(doc, row)
        if op is None:
            continue
        doc.do(op)
        assert doc.article[row] != doc.article[doc.next_nonblank(row, -1)] or doc.label[doc.next_nonblank(row, -1)] == "noise"
        # the same constraints, a full pass
        full = open_document(Source(name, text), text.split("\n"))
        for c in doc.COLUMNS:
            setattr(full, c, list(getattr(doc, c)))
        Resuggest(0, len(full), set(full.article)).apply(full)
        art = doc.article[row]
        scope = [r for r in range(len(doc)) if doc.article[r] == art or full.article[r] == full.article[row]]
        scope = range(min(scope), max(scope) + 1)
        assert [doc.label[r] for r in scope] == [full.label[r] for r in scope], name
        assert [doc.para_end[r] for r in scope] == [full.para_end[r] for r in scope], name
        assert _partition(doc, scope) == _partition(full, scope), name


_SAME_EVERY_RUN = r"""
import hashlib, random, sys
sys.path[:0] = [sys.argv[2], sys.argv[2] + "/tests"]
from app.loader import load_page
from app.suggest import make_resuggest
from invariants import make_op
doc = load_page(sys.argv[1])
doc.resuggest = make_resuggest
rng = random.Random(4)
for _ in range(30):
    kind = rng.choice(["label", "end", "confirm", "move", "start", "merge", "split", "undo", "redo"])
    op = make_op(doc, kind, rng.randrange(10**6), rng.randrange(100), rng.randrange(100), "改")
    try:
        doc.undo() if op == "undo" else doc.redo() if op == "redo" else op is not None and doc.do(op)
    except ValueError:
        pass
print(hashlib.sha1(repr((doc.label, doc.article, doc.para_end)).encode()).hexdigest())
"""


def test_same_decisions_whatever_the_hash_seed(tmp_path):
    """Python orders a set of strings differently in every process: the engine must not
    let that order decide anything (float sums over header bigrams once did)."""
    import subprocess
    import sys
    root, page = str(ROOT), str(SAMPLE)
    outs = set()
    for seed in ("1", "2", "3"):
        env = dict(__import__("os").environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", _SAME_EVERY_RUN, page, root], env=env,
                             capture_output=True, text=True, check=True).stdout
        outs.add(out)
    assert len(outs) == 1


def test_a_confirmed_open_end_stays_open_where_its_paragraph_went_on_before():
    """The step that closes an open column foot whose paragraph went on in a piece printed
    before it runs after a person's ends are put in: it leaves a confirmed one as it is."""
    import json
    case = json.loads((ROOT / "tests" / "cases" / "open_column_foot_whose_paragraph_went_on_before_it_in_an_orphan_piece_ends_there.json")
                      .read_text(encoding="utf-8"))
    lines = case["lines"]
    foot = next(int(k) - 1 for k, v in case["expect"].items() if v.get("end"))
    doc = open_document(Source("p.txt", "\n".join(lines)), lines)
    assert doc.para_end[foot]
    doc.do(SetParagraphEnd(foot, False))
    doc.resuggest = make_resuggest
    doc.do(SetLabel(foot + 2, foot + 3, doc.label[foot + 2]))   # any operation re-suggests around it
    assert not doc.para_end[foot]
    from app.suggest import suggest
    assert not suggest(lines, doc).para_end[foot]
