"""Exports of the sample's corpus, and the format contract (app.corpus_check) itself."""
import copy
import json

import pytest

from app.corpus import build_corpus
from app.corpus_check import check_corpus
from app.lines import split_lines
from app.export import EXTENSIONS, FORMATS, render
from app.loader import load_page
from app.operations import EditText, SetLabel, SetParagraphEnd, start_article


@pytest.fixture
def doc(sample_path):
    """The sample with a headline, a subheading and a second article marked by hand, so
    every Markdown construct appears whatever the engine suggests."""
    doc = load_page(sample_path)
    first = doc.next_nonblank(-1)
    doc.do(SetLabel(first, first + 1, "headline"))
    sub = doc.text.index("家庭教育注重方法")
    doc.do(SetLabel(sub, sub + 1, "subheading"))
    nxt = doc.next_nonblank(sub + 20)
    doc.do(start_article(doc, nxt) or SetLabel(nxt, nxt + 1, "paragraph"))
    doc.do(SetLabel(nxt, nxt + 1, "headline"))
    return doc


@pytest.fixture
def corpus(doc):
    return build_corpus(doc)


@pytest.fixture
def lines(sample_path):
    return split_lines(sample_path.read_bytes().decode("utf-8"))


def test_the_corpus_meets_the_contract(corpus, lines):
    assert check_corpus(corpus, lines) == []
    assert len(corpus["articles"]) >= 2


def test_json_export_is_the_corpus(corpus):
    text = render(corpus, "json")
    assert json.loads(text) == corpus
    assert text.endswith("\n") and "\\u" not in text  # Chinese stays readable


def test_jsonl_has_one_self_contained_article_per_line(corpus):
    rows = render(corpus, "jsonl").splitlines()
    assert len(rows) == len(corpus["articles"])
    for row, art in zip(rows, corpus["articles"]):
        obj = json.loads(row)
        assert obj.pop("source") == corpus["source"]
        assert obj == art


def test_markdown_has_headlines_and_subheadings(corpus):
    md = render(corpus, "md")
    heads = [b["text"] for a in corpus["articles"] for b in a["blocks"] if b["type"] == "headline"]
    assert len(heads) >= 2
    for h in heads:
        assert f"# {h}\n" in md
    assert "\n### 家庭教育注重方法\n" in md
    assert md.count("\n---\n") == len(corpus["articles"]) - 1


def test_markdown_keeps_a_paragraph_that_looks_like_markup_a_paragraph(doc):
    row = doc.text.index("家庭教育注重方法") + 2
    doc.do(SetLabel(row, row + 1, "paragraph"))
    doc.do(SetParagraphEnd(doc.next_nonblank(row, -1), True))  # so the row starts a paragraph
    doc.do(EditText(row, "> 不是引用"))
    md = render(build_corpus(doc), "md")
    assert "\n\\> 不是引用" in md


def test_plain_text_has_every_block(corpus):
    txt = render(corpus, "txt")
    for art in corpus["articles"]:
        for b in art["blocks"]:
            assert b["text"] in txt
    assert txt.count("=" * 20) == len(corpus["articles"]) - 1
    assert "第7版" not in txt or any("第7版" in b["text"] for a in corpus["articles"] for b in a["blocks"])


def test_every_format_has_an_extension_and_unknown_ones_are_refused(corpus):
    assert set(EXTENSIONS) == set(FORMATS)
    with pytest.raises(ValueError, match="unknown format 'docx'"):
        render(corpus, "docx")


def test_an_empty_corpus_exports_to_empty_files():
    empty = {"format": "reflow-corpus", "version": 1, "source": {"name": "e", "sha256": "", "encoding": "utf-8",
                                                                 "lines": 0}, "articles": [], "dropped": []}
    assert render(empty, "jsonl") == render(empty, "md") == render(empty, "txt") == ""
    assert check_corpus(empty, []) == []


# ---- the checker catches each broken rule --------------------------------------------
def _first_block(c):
    return c["articles"][0]["blocks"][0]


BREAKS = {
    "format": (lambda c: c.update(format="corpus"), "format is 'corpus'"),
    "version": (lambda c: c.update(version="1"), "version is '1'"),
    "source lines": (lambda c: c["source"].update(lines=3), "source.lines is 3"),
    "source sha": (lambda c: c["source"].pop("sha256"), "source.sha256 is missing"),
    "articles": (lambda c: c.update(articles={}), "articles is not a list"),
    "id": (lambda c: c["articles"][0].update(id=7), "id is 7, expected 1"),
    "headline key": (lambda c: c["articles"][0].pop("headline"), "no 'headline' key"),
    "headline text": (lambda c: c["articles"][0].update(headline="别的"), "headline is '别的'"),
    "bylines": (lambda c: c["articles"][0].update(bylines="肖畅"), "bylines is not a list"),
    "block type": (lambda c: _first_block(c).update(type="title"), "type 'title' is not a block type"),
    "text": (lambda c: _first_block(c).update(text=None), "text is missing or not a string"),
    "lines type": (lambda c: _first_block(c).update(lines="1"), "lines is missing or not a list"),
    "line zero": (lambda c: _first_block(c)["lines"].append(0), "line 0 is not a line number"),
    "line beyond": (lambda c: _first_block(c)["lines"].append(10 ** 5), "line 100000 is not a line number"),
    "line as text": (lambda c: _first_block(c)["lines"].append("2"), "line '2' is not a line number"),
    "blank line": (lambda c: _first_block(c)["lines"].append(2), "cites line 2, which is blank"),
    "cited twice": (lambda c: c["dropped"].append({"type": "noise", "text": "x",
                                                   "lines": [_first_block(c)["lines"][0]]}), "already cited by"),
    "never cited": (lambda c: _first_block(c)["lines"].pop(), "never cited"),
    "header after body": (lambda c: c["articles"][0]["blocks"].append(
        {"type": "headline", "text": "", "lines": []}), "after the body began"),
    "dropped type": (lambda c: c["dropped"].append({"type": "paragraph", "text": "", "lines": []}),
                     "expected 'noise'"),
    "split_of dangling": (lambda c: c["dropped"].append({"type": "noise", "text": "", "lines": [],
                                                         "split_of": [2]}), "no block cites under lines"),
    "no blocks": (lambda c: c["articles"][0].update(blocks=[]), "blocks is missing"),
}


@pytest.mark.parametrize("case", sorted(BREAKS))
def test_the_checker_names_each_broken_rule(case, corpus, lines):
    broken = copy.deepcopy(corpus)
    fn, expected = BREAKS[case]
    fn(broken)
    problems = check_corpus(broken, lines)
    assert any(expected in p for p in problems), problems


def test_the_checker_on_something_not_a_corpus():
    assert check_corpus([], []) == ["corpus is not a JSON object"]


def test_a_later_piece_of_a_split_line_inside_a_paragraph_cites_it_as_a_piece():
    """The first piece of a split line moved to another article, the second still inside a
    paragraph of the first: the paragraph cites the line as ``split_of``, never twice (a
    random-key run on a long page once found the shortcut that missed this)."""
    from app.document import Source
    from app.operations import MoveRows, SplitRow
    from app.suggest import open_document
    text = "第一行正文，\n第二行前半第二行后半，\n第三行正文。\n"
    lines = split_lines(text)
    doc = open_document(Source("p.txt", text), lines)
    doc.do(SplitRow(1, 5))
    doc.do(MoveRows([1], None))
    for r in (0, 2):
        doc.do(SetParagraphEnd(r, False))
    corpus = build_corpus(doc)
    assert check_corpus(corpus, lines) == []
    para = next(b for a in corpus["articles"] for b in a["blocks"] if 3 in b["lines"])
    assert para["split_of"] == [2] and 2 not in para["lines"]


def test_no_block_text_makes_markdown_or_text_blocks_of_its_own():
    """Whatever a block holds (a session can carry any text), Markdown gets exactly the
    headings and blocks the writer made: no fake heading, no fence, no HTML, no NUL."""
    hostile = ["第一行\n\n# 假标题\n", "```python", "~~~", "> 引", "<div>x</div>", "    缩进", "1. 第一",
               "[a]: http://x", "---", "a\x00b", "标题 #", "====================", "第二行\r\n=====\n"]
    blocks = [{"type": "headline", "text": "真标题"}] + [{"type": "paragraph", "text": t} for t in hostile]
    corpus = {"articles": [{"id": 1, "headline": "真标题", "blocks": blocks},
                           {"id": 2, "headline": "第二篇", "blocks": [{"type": "headline", "text": "第二篇"}]}]}
    md = render(corpus, "md")
    assert "\x00" not in md
    parts = md.rstrip("\n").split("\n\n")
    assert len(parts) == len(blocks) + 2             # the blocks, the rule, the second headline
    assert all("\n" not in p for p in parts)         # every block one line
    assert [p for p in parts if p.startswith("#")] == ["# 真标题", "# 第二篇"]
    assert not [p for p in parts if p[:1] in "`~<> \t-=[|" and p != "---"]
    assert parts.count("---") == 1 and "1\\. 第一" in parts and "标题 \\#" in parts
    assert "2024年3月\n" in render({"articles": [{"id": 1, "blocks": [{"type": "paragraph", "text": "2024年3月"}]}]},
                                  "md")                 # a year is no list number: no stray backslash
    txt = render(corpus, "txt")                        # plain text: each block on one line, no NUL
    assert "\x00" not in txt and "\n第一行  # 假标题 \n" in txt and "\n第二行 ===== \n" in txt


@pytest.mark.parametrize("last", ["再升级。 （杨 晨 蒋 虹）", "再升级。(杨晨 蒋虹)", "再升级。（杨晨 蒋虹）"])
def test_a_credit_closing_the_last_paragraph_stays_in_it_and_names_the_bylines(tmp_path, last):
    """As the corpus format's gold has it: the paragraph ends "……再升级。（杨晨 蒋虹）" (the
    padding taken off as a byline's, half-width brackets folded), the article's bylines are
    the two names, and no block is left citing no line."""
    page = tmp_path / "p.txt"
    page.write_text("“五心”服务暖民心\n\n通过“五心”服务，洪江市政务服务大厅进一步\n\n"
                    "提升了办事效率和群众满意度，助力政务服务体验\n\n" + last + "\n", encoding="utf-8")
    corpus = build_corpus(load_page(str(page)))
    (art,) = corpus["articles"]
    assert art["bylines"] == ["杨晨", "蒋虹"]
    assert art["blocks"][-1]["text"].endswith("再升级。（杨晨 蒋虹）")
    assert all(b["lines"] for b in art["blocks"]) and not any("split_of" in b for b in art["blocks"])
    assert check_corpus(corpus, split_lines(page.read_text(encoding="utf-8"))) == []


def test_a_paragraph_left_open_goes_on_across_its_own_articles_header():
    """A column read down may print a story's header inside its paragraph's run: the line
    before the header, left open (no paragraph end), goes on after it in one paragraph; a
    line that ends its paragraph there still ends it."""
    from app.document import Source
    from app.suggest import open_document
    text = "作为中心城区，北湖区以党建为\n\n新就业群体激活治理新动能\n\n引领，探索出一条新路。\n"
    lines = split_lines(text)

    def paragraphs(first_ends):
        doc = open_document(Source("p.txt", text), lines)
        doc.do(SetLabel(0, 5, "paragraph"))
        doc.do(SetLabel(2, 3, "headline"))
        doc.do(SetParagraphEnd(0, first_ends))
        doc.do(SetParagraphEnd(4, True))
        corpus = build_corpus(doc)
        assert check_corpus(corpus, lines) == [] and len(corpus["articles"]) == 1
        return [b["lines"] for b in corpus["articles"][0]["blocks"] if b["type"] == "paragraph"]

    assert paragraphs(False) == [[1, 5]]
    assert paragraphs(True) == [[1], [5]]
