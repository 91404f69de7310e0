"""The suggestion engine on whole pages: nothing lost, re-suggest undoable and local."""
import random
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.corpus import build_corpus
from app.document import ARTICLE, LABEL, Source
from app.operations import SetLabel, SetParagraphEnd, start_article
from app.rules.text import fold_half_width, strip_markup
from app.suggest import Resuggest, make_resuggest, open_document

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


def test_nothing_is_lost_on_the_dev_pages(shared):
    for page in sorted((shared / "eval" / "dev").glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        check_nothing_lost(text.split("\n"))


def _dev_doc(shared, name="dev01-pdf.txt"):
    text = (shared / "eval" / "dev" / name).read_text(encoding="utf-8")
    lines = text.split("\n")
    doc = open_document(Source(name, text), lines)
    doc.resuggest = make_resuggest
    return doc


def _state(doc):
    return {c: list(getattr(doc, c)) for c in doc.COLUMNS}


def test_resuggest_reverts_exactly_and_redo_reproduces(shared):
    doc = _dev_doc(shared)
    before = _state(doc)
    row = doc.src.index(100)
    doc.do(start_article(doc, row))
    after = _state(doc)
    assert doc.article[row] != before["article"][row]
    doc.undo()
    assert _state(doc) == before
    doc.redo()
    assert _state(doc) == after


def test_confirmed_article_start_splits_and_keeps_the_rest(shared):
    doc = _dev_doc(shared)
    row = doc.src.index(100)
    first = doc.article[row]
    doc.do(start_article(doc, row))
    new = doc.article[row]
    head = doc.src.index(4)
    assert doc.article[head] == first            # the headline stays with the part above
    assert doc.article[doc.src.index(98)] == first
    assert all(doc.article[r] == new for r in range(row, doc.src.index(268)) if doc.label[r] is not None)


def test_resuggest_keeps_confirmed_decisions_and_is_local(shared):
    doc = _dev_doc(shared)
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
