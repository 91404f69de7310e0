"""Articles that go on on another page: jump lines in the corpus, page numbers, the links
the engine suggests, a person's links (an operation kept in the page's session) and the
join of the parts into one article of the folder's corpus."""
import json
import sys
from pathlib import Path

import pytest

from app.corpus import build_corpus
from app.corpus_check import check_corpus
from app.document import Source
from app.links import Link, join_continuations, links_of, person_links, suggest_links
from app.lines import split_lines
from app.operations import SetLink, from_record
from app.session import load_session, save_session
from app.suggest import open_document

ROOT = Path(__file__).resolve().parents[1]

PAGE1 = """\
2025年12月3日  星期三  第1版
聚“新”更暖心 有“为”更有力
——郴州市北湖区探索新就业群体服务管理新路径
梁可庭 刘奕辰
新时代催生新业态，新群体带来新课题。近年来，
随着平台经济飞速发展，外卖骑手、网约车司机等
新就业群体规模日益壮大，如何将他们有效组织起
来、服务到位、融入治理，成为北湖基层党建与社
会治理的一道必答题。北湖区以党建为引领，探索
出一条组织覆盖有力、服务精准有温的“北湖路径”。
（下转第2版）
守护“健康荷塘”
——荷塘区卫健局加快提升基本公共卫生服务水平
李永亮 何卫健
荷塘区卫健局以群众健康需求为导向，持续推进基本
公共卫生服务提质增效，让群众在家门口享受到优质
的健康服务。今年以来，荷塘区家庭医生签约服务覆
盖面持续扩大，重点人群签约率稳步提升，慢性病患
者健康管理更加规范，卫健服务水平显著提高。荷塘
区卫健局还组织开展乡村医生培训，提升基层能力。
〔下接二版〕
"""

PAGE2 = """\
要闻  2版
守护“健康荷塘”
（紧接第1版）
荷塘区卫健局强化基层医疗卫生机构建设，推动优质
医疗资源下沉，基层首诊、双向转诊、急慢分治的分
级诊疗格局加快形成。荷塘区群众的健康获得感更强。
有“为”更有力
（上接第1版）
北湖区坚持服务先行，用心用情构筑温暖港湾，将服
务软实力转化为发展硬支撑，让新就业群体从城市的
“旁观者”变为“自家人”。北湖区外卖骑手在“泉小
驿”里歇脚充电，新就业群体融入基层治理。
"""


def _entry(rel, text):
    doc = open_document(Source(rel, text), split_lines(text), explain=False)
    return {"page": rel, "page_status": "new", "corpus": build_corpus(doc)}, doc


@pytest.fixture
def pages():
    return [_entry("01.txt", PAGE1)[0], _entry("02.txt", PAGE2)[0]]


def test_jump_lines_are_dropped_with_the_page_they_name(pages):
    jumps = [d for d in pages[0]["corpus"]["dropped"] if d["type"] == "jump"]
    assert [(d["text"], d["to_page"], d["article"]) for d in jumps] == [("（下转第2版）", 2, 1), ("〔下接二版〕", 2, 2)]
    back = [d for d in pages[1]["corpus"]["dropped"] if d["type"] == "jump"]
    assert [(d["text"], d["from_page"], d["article"]) for d in back] == [("（紧接第1版）", 1, 1), ("（上接第1版）", 1, 2)]
    for e, text in zip(pages, (PAGE1, PAGE2)):
        assert check_corpus(e["corpus"], split_lines(text)) == []
        assert not any("版" in b["text"] for a in e["corpus"]["articles"] for b in a["blocks"] if b["type"] == "paragraph")


def test_links_pair_the_parts_by_their_repeated_headlines(pages):
    links = suggest_links(pages)
    assert {(lk.page, lk.article, lk.to_page, lk.to_article) for lk in links} == {("01.txt", 1, "02.txt", 2),
                                                                                 ("01.txt", 2, "02.txt", 1)}
    assert all(lk.rule == "jump-headline" and 0 < lk.confidence < 1 for lk in links)


def test_pages_of_other_folders_do_not_link(pages):
    moved = [dict(pages[0]), dict(pages[1], page="other/02.txt")]
    assert suggest_links(moved) == []


def test_join_makes_one_article_with_a_page_on_each_block(pages):
    before = json.dumps(pages, ensure_ascii=False)
    joined = join_continuations(pages)
    assert json.dumps(pages, ensure_ascii=False) == before          # the input is not changed
    assert joined[1]["corpus"]["articles"] == []                     # both parts went to page 1
    first = joined[0]["corpus"]["articles"][0]
    assert first["headline"] == "聚“新”更暖心 有“为”更有力"
    assert [b["page"] for b in first["blocks"]][-1] == "02.txt"
    assert {b["page"] for b in first["blocks"] if b["type"] == "headline"} == {"01.txt"}
    assert first["blocks"][-1]["text"].endswith("新就业群体融入基层治理。")
    assert [p["page"] for p in first["parts"]] == ["01.txt", "02.txt"]
    repeats = [d for d in joined[1]["corpus"]["dropped"] if d.get("repeats")]
    assert sorted(d["text"] for d in repeats) == ["守护“健康荷塘”", "有“为”更有力"]
    # every line of page 2 is still cited once: by a block of a page-1 article or a dropped entry
    cited = [n for a in joined[0]["corpus"]["articles"] for b in a["blocks"] if b.get("page") == "02.txt"
             for n in b["lines"]] + [n for d in joined[1]["corpus"]["dropped"] for n in d["lines"]]
    assert sorted(cited) == [k + 1 for k, t in enumerate(split_lines(PAGE2)) if t.strip()]


def test_a_person_links_and_unlinks_and_it_is_undone():
    entry1, doc1 = _entry("01.txt", PAGE1)
    entry2, _ = _entry("02.txt", PAGE2)
    # the person says the second article of page 1 goes on in the article citing line 9 of page 2
    doc1.do(SetLink(20, {"to_page": "02.txt", "to_line": 9}))
    assert person_links(doc1) == [{"line": 20, "to_page": "02.txt", "to_line": 9}]
    entry1["links"] = person_links(doc1)
    got = {(lk.page, lk.article, lk.to_article, lk.rule) for lk in links_of([entry1, entry2])}
    assert ("01.txt", 2, 2, "person") in got
    assert ("01.txt", 1, 2, "jump-headline") not in got      # the person's link took that part
    doc1.undo()
    assert doc1.links == {}
    doc1.redo()
    assert doc1.links == {20: {"to_page": "02.txt", "to_line": 9}}
    # refusing the suggestion from the first article
    doc1.do(SetLink(10, {"to_page": None}))
    entry1["links"] = person_links(doc1)
    assert not any(lk.article == 1 for lk in links_of([entry1, entry2]))


def test_a_part_linked_by_a_person_keeps_a_headline_that_is_not_the_first_parts():
    """Only a header printed again over a part is dropped as a repeat: a part a person links
    that has a headline of its own keeps it, as a head in the joined article's text."""
    entry1, doc1 = _entry("01.txt", PAGE1)
    entry2, _ = _entry("02.txt", PAGE2)
    doc1.do(SetLink(20, {"to_page": "02.txt", "to_line": 9}))     # 守护“健康荷塘” → 有“为”更有力
    entry1["links"] = person_links(doc1)
    joined = join_continuations([entry1, entry2])
    art = next(a for a in joined[0]["corpus"]["articles"] if a["headline"] == "守护“健康荷塘”")
    assert {"type": "subheading", "text": "有“为”更有力", "page": "02.txt"}.items() <= \
        next(b for b in art["blocks"] if b["text"] == "有“为”更有力").items()
    repeats = [d["text"] for d in joined[1]["corpus"].get("dropped", []) if d.get("repeats")]
    assert "有“为”更有力" not in repeats


def test_set_link_records_and_refuses_bad_values():
    op = from_record(SetLink(3, {"to_page": "A02.txt", "to_line": 7}).record())
    assert (op.line, op.value) == (3, {"to_page": "A02.txt", "to_line": 7})
    for bad in ({"to_page": 3, "to_line": 1}, {"to_line": 1}, {"from_page": "x"}, [1]):
        with pytest.raises(ValueError):
            from_record({"op": "link", "line": 3, "value": bad})
    doc = _entry("01.txt", PAGE1)[1]
    with pytest.raises(ValueError):
        doc.do(SetLink(999, None))


def test_links_are_kept_in_the_session(tmp_path):
    _, doc = _entry("01.txt", PAGE1)
    path = tmp_path / "s.json"
    save_session(doc, path)
    plain = path.read_bytes()
    assert b'"links"' not in plain                    # no links: sessions as they were
    doc.do(SetLink(20, {"to_page": "02.txt", "to_line": 9}))
    doc.do(SetLink(5, {"from_page": None}))
    save_session(doc, path)
    back = load_session(path)
    assert back.links == {5: {"from_page": None}, 20: {"to_page": "02.txt", "to_line": 9}}
    save_session(back, tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == path.read_bytes()


def test_a_session_with_a_damaged_link_is_refused(tmp_path):
    from app.session import SessionError
    _, doc = _entry("01.txt", PAGE1)
    doc.do(SetLink(20, {"to_page": "02.txt", "to_line": 9}))
    path = tmp_path / "s.json"
    save_session(doc, path)
    path.write_bytes(path.read_bytes().replace(b'"to_line":9', b'"to_line":"9"'))
    with pytest.raises(SessionError, match="links"):
        load_session(path)


def test_join_without_links_gives_the_pages_back(pages):
    assert join_continuations(pages, links=[]) is pages


def test_a_chain_over_three_pages_and_no_cycle(pages):
    third = {"page": "03.txt", "page_status": "new",
             "corpus": {"articles": [{"id": 1, "kicker": None, "headline": None, "subtitle": None, "bylines": [],
                                      "blocks": [{"type": "paragraph", "text": "第三页。", "lines": [1]}]}],
                        "dropped": []}}
    links = [Link("01.txt", 1, "02.txt", 2, "person", 1.0), Link("02.txt", 2, "03.txt", 1, "person", 1.0),
             Link("03.txt", 1, "01.txt", 1, "person", 1.0)]
    kept = links_of(pages + [third], suggested=[])
    assert kept == []
    entries = pages + [third]
    joined = join_continuations(entries, links=links[:2])
    art = joined[0]["corpus"]["articles"][0]
    assert [p["page"] for p in art["parts"]] == ["01.txt", "02.txt", "03.txt"]
    assert art["blocks"][-1]["page"] == "03.txt"


def test_made_issues_have_consistent_gold(tmp_path):
    sys.path.insert(0, str(ROOT / "tests" / "data" / "issues"))
    import make_issues
    make_issues.main([str(tmp_path), "3", "--seed", "5", "--source", "own"])   # text the checkout carries
    folders = sorted(p for p in tmp_path.iterdir() if p.is_dir())
    assert len(folders) == 3
    for folder in folders:
        for page in folder.glob("*.txt"):
            gold = json.loads(page.with_suffix(".gold.json").read_text(encoding="utf-8"))
            assert check_corpus(gold, split_lines(page.read_text(encoding="utf-8"))) == [], page
        lines = (tmp_path / (folder.name + ".gold.jsonl")).read_text(encoding="utf-8").splitlines()
        assert any(len({b.get("page") for b in json.loads(x)["blocks"]}) > 1 for x in lines)


def test_a_jump_whose_partner_was_lost_links_to_the_clearly_alike_article():
    page1 = PAGE1.replace("（下转第2版）\n", "")       # the extraction lost the first jump on
    pages = [_entry("01.txt", page1)[0], _entry("02.txt", PAGE2)[0]]
    links = {(lk.page, lk.article, lk.to_page, lk.to_article, lk.rule) for lk in suggest_links(pages)}
    assert links == {("01.txt", 2, "02.txt", 1, "jump-headline"), ("01.txt", 1, "02.txt", 2, "jump-one-side")}


def test_export_of_a_folder_joins_the_parts(tmp_path):
    import subprocess
    root = tmp_path / "issue"
    root.mkdir()
    (root / "01.txt").write_text(PAGE1, encoding="utf-8")
    (root / "02.txt").write_text(PAGE2, encoding="utf-8")
    out = tmp_path / "x.jsonl"
    subprocess.run([sys.executable, "-m", "app", "export", str(root), "-o", str(out)], cwd=ROOT, check=True,
                   capture_output=True)
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["page"], r["id"]) for r in records] == [("01.txt", 1), ("01.txt", 2)]
    assert all({b["page"] for b in r["blocks"]} == {"01.txt", "02.txt"} for r in records)
    assert not any("版" in b["text"] for r in records for b in r["blocks"])


def test_a_folder_export_keeps_only_the_pages_a_join_can_touch_and_joins_as_with_all(tmp_path):
    """joined_results reads each page once, keeps the pages with a jump line or named by
    one, and writes the others out of memory: the pieces are those of the join over every
    page held at once (made issues, a page named only by the other's jump lines, a page
    with nothing to join)."""
    from app.folder_export import _entry as folder_entry, joined_results
    from app.batch import piece_data
    sys.path.insert(0, str(ROOT / "tests" / "data" / "issues"))
    import make_issues
    make_issues.main([str(tmp_path / "made"), "2", "--seed", "5", "--source", "own"])
    # page 3 holds no jump line: only a person's link on page 1 names it
    lone = tmp_path / "lone"
    lone.mkdir()
    (lone / "01.txt").write_text(PAGE1, encoding="utf-8")
    (lone / "02.txt").write_text(PAGE1.replace("第1版", "第9版"), encoding="utf-8")
    (lone / "03.txt").write_text(PAGE2.replace("2版", "3版").replace("（紧接第1版）\n", "").replace("（上接第1版）\n", ""),
                                 encoding="utf-8")
    from app import store
    from app.loader import load_page
    doc = load_page(lone / "01.txt")
    doc.do(SetLink(20, {"to_page": "03.txt", "to_line": 9}))
    store.session_path(lone / "01.txt").parent.mkdir(parents=True, exist_ok=True)
    save_session(doc, store.session_path(lone / "01.txt"))
    for root in [*sorted(p for p in (tmp_path / "made").iterdir() if p.is_dir()), lone]:
        pages = [(str(p), p.name) for p in sorted(root.glob("*.txt"))]
        whole = join_continuations([folder_entry(path, page) for path, page in pages])
        expected = [piece_data(e["corpus"], e["page"], e["page_status"], e["page_sha256"], "records") for e in whole]
        got = [r.data for r in joined_results(pages, "records", spill_dir=tmp_path)]
        assert got == expected, root
        assert any(b"parts" in d for d in got), root      # something was joined


def _corpus(*articles):
    return {"articles": [{"id": i, "kicker": None, "headline": h, "subtitle": None, "bylines": [],
                          "blocks": ([{"type": "headline", "text": h, "lines": [n0]}] if h else [])
                          + [{"type": "paragraph", "text": t, "lines": [n0 + 1 + k]} for k, t in enumerate(ps)]}
                         for i, (h, n0, ps) in enumerate(articles, 1)], "dropped": []}


def test_a_headless_article_after_the_part_that_goes_on_is_cut_off_by_the_other_parts_words():
    # the part on page 2 (no headline of its own) runs into an article printed without one;
    # only the article's part on page 1 tells where its words stop
    ours = "溆浦县龙潭镇医共体让乡村医生坐诊县医院专家下沉基层卫生院远程会诊群众看病不出镇。"
    theirs = "雨湖区税务局荣誉墙上文明单位奖牌熠熠生辉志愿服务队走进社区讲解个税政策办税。"
    p1 = _corpus(("看得起病", 1, [ours * 4, ours * 4]))
    p2 = _corpus((None, 1, [ours * 4, ours * 4, theirs * 4, theirs * 4]))
    pages = [{"page": "01.txt", "page_status": "new", "corpus": p1, "number": "1"},
             {"page": "02.txt", "page_status": "new", "corpus": p2, "number": "2"}]
    joined = join_continuations(pages, [Link("01.txt", 1, "02.txt", 1, "jump-pair", 0.95)])
    first = joined[0]["corpus"]["articles"][0]
    assert [b["page"] for b in first["blocks"] if b["type"] == "paragraph"] == ["01.txt"] * 2 + ["02.txt"] * 2
    assert [[b["text"][:4] for b in a["blocks"]] for a in joined[1]["corpus"]["articles"]] == [["雨湖区税"] * 2]
    assert joined[1]["corpus"]["articles"][0]["id"] == 2
    assert pages[1]["corpus"]["articles"][0]["blocks"][-1]["text"].startswith("雨湖")   # the input is not changed


def test_a_headless_article_is_not_cut_from_a_part_that_shares_its_words():
    ours = "溆浦县龙潭镇医共体让乡村医生坐诊县医院专家下沉基层卫生院远程会诊群众看病不出镇。"
    p1 = _corpus(("看得起病", 1, [ours * 4, ours * 4]))
    p2 = _corpus((None, 1, [ours * 3, ours * 3, ours * 4, ours * 4]))
    pages = [{"page": "01.txt", "page_status": "new", "corpus": p1}, {"page": "02.txt", "page_status": "new", "corpus": p2}]
    joined = join_continuations(pages, [Link("01.txt", 1, "02.txt", 1, "jump-pair", 0.95)])
    assert joined[1]["corpus"]["articles"] == []


def _lines_corpus(*articles):
    """A corpus whose paragraphs cite several lines each: (headline, [(text, lines)])."""
    out, n = [], 1
    for i, (h, paras) in enumerate(articles, 1):
        blocks = []
        if h:
            blocks.append({"type": "headline", "text": h, "lines": [n]})
            n += 1
        for t, k in paras:
            blocks.append({"type": "paragraph", "text": t, "lines": list(range(n, n + k))})
            n += k
        out.append({"id": i, "kicker": None, "headline": h, "subtitle": None, "bylines": [], "blocks": blocks})
    return {"articles": out, "dropped": []}


def test_a_headless_article_on_the_same_topic_is_cut_off_where_the_column_changes():
    # the article printed without a headline after the part that goes on shares many of the
    # part's words (two tax bureaus): only where the page's column width changes at its
    # first line is its lower rate enough (the page's own rule for a stretch at a change)
    ours = "娄底市税务局党委书记说以党建为引领持续聚焦政治机关建设完善党业融合制度机制。"
    theirs = "雨湖区税务局荣誉墙上文明单位奖牌熠熠生辉党委书记说以党建为引领持续聚焦精神文明建设。"
    p1 = _lines_corpus(("擦亮品牌", [(ours * 4, 5), (ours * 4, 5)]))
    p2 = _lines_corpus((None, [(ours * 4, 5), (ours * 4, 5), (theirs * 4, 5), (theirs * 4, 5)]))
    widths = {k: 26 for k in range(1, 12)} | {k: 15 for k in range(12, 22)}
    link = [Link("01.txt", 1, "02.txt", 1, "jump-pair", 0.95)]

    def page2_articles(extra):
        pages = [{"page": "01.txt", "page_status": "new", "corpus": p1},
                 {"page": "02.txt", "page_status": "new", "corpus": p2, **extra}]
        return [[b["text"][:4] for b in a["blocks"]] for a in join_continuations(pages, link)[1]["corpus"]["articles"]]

    assert page2_articles({"widths": widths}) == [["雨湖区税"] * 2]
    assert page2_articles({}) == []       # no widths, no change seen: the rate alone is not low enough


def test_a_headless_article_before_a_short_first_part_is_cut_off_by_the_headlines_words():
    # a header printed after its body took the run before it: a headless article and the
    # one line of the first part before its jump; that line is too short to weigh the
    # stretch, the part that goes on is not: the headline's words are all through it
    head = "让百姓在家门口看得起病"
    ours = "溆浦县让百姓在家门口看得起病看得好病医共体专家下沉基层卫生院。"
    theirs = "雨湖区税务局荣誉墙上文明单位奖牌熠熠生辉志愿服务队走进社区。"
    p2 = _after_corpus((None, [(ours * 6, 5), (ours * 6, 5)], False))

    def page1_after_join(after):
        p1 = _after_corpus((head, [(theirs * 6, 5), (theirs * 6, 5), ("悠悠民生，健康为大。", 1)], after))
        pages = [{"page": "01.txt", "page_status": "new", "corpus": p1},
                 {"page": "02.txt", "page_status": "new", "corpus": p2}]
        joined = join_continuations(pages, [Link("01.txt", 1, "02.txt", 1, "jump-pair", 0.95)])
        return [(a["id"], [b["text"][:4] for b in a["blocks"] if b["type"] == "paragraph"])
                for a in joined[0]["corpus"]["articles"]]

    assert page1_after_join(True) == [(1, ["悠悠民生", "溆浦县让", "溆浦县让"]), (2, ["雨湖区税", "雨湖区税"])]
    # a header printed before its body opens it: its first paragraphs are its own
    assert page1_after_join(False) == [(1, ["雨湖区税", "雨湖区税", "悠悠民生", "溆浦县让", "溆浦县让"])]


def _after_corpus(*articles):
    """As :func:`_lines_corpus`, each article (headline, paragraphs, its header printed
    after its body)."""
    out, n = [], 1
    for i, (h, paras, after) in enumerate(articles, 1):
        head = lambda: [{"type": "headline", "text": h, "lines": [n]}] if h else []  # noqa: E731
        blocks = [] if after else head()
        n += len(blocks)
        for t, k in paras:
            blocks.append({"type": "paragraph", "text": t, "lines": list(range(n, n + k))})
            n += k
        if after and h:
            blocks += head()
            n += 1
        out.append({"id": i, "kicker": None, "headline": h, "subtitle": None, "bylines": [], "blocks": blocks})
    return {"articles": out, "dropped": []}


OURS = "邮储银行郴州市分行为永兴白银产业授信阳光贵金属服务模式助力中国银都。"
THEIRS = "荷塘区卫健局坚持以基层为重点完善基层医疗卫生服务体系提高公共卫生服务。"


def _page2_after_join(second):
    p1 = _after_corpus(("千年银脉焕新颜", [(OURS * 4, 5), (OURS * 4, 5)], False))
    pages = [{"page": "01.txt", "page_status": "new", "corpus": p1},
             {"page": "02.txt", "page_status": "new", "corpus": _after_corpus(*second)}]
    joined = join_continuations(pages, [Link("01.txt", 1, "02.txt", 1, "jump-pair", 0.95)])
    first = joined[0]["corpus"]["articles"][0]
    return ([b["text"][:4] for b in first["blocks"] if b.get("page") == "02.txt" and b["type"] == "paragraph"],
            [(a["id"], [b["text"][:4] for b in a["blocks"]]) for a in joined[1]["corpus"]["articles"]])


def test_a_part_takes_back_its_paragraphs_from_the_next_header_printed_after_its_body():
    # the page cut the part (where its column widened): its next paragraph went to the
    # header printed after the next body; the other part's words say where the part ends
    got = _page2_after_join([(None, [(OURS * 4, 5)], False),
                             ("守护健康荷塘", [(OURS * 4, 5), (THEIRS * 4, 5), (THEIRS * 4, 5)], True)])
    assert got == (["邮储银行", "邮储银行"], [(2, ["荷塘区卫", "荷塘区卫", "守护健康"])])


def test_a_part_takes_the_stretch_without_a_headline_after_it_that_holds_its_words():
    got = _page2_after_join([(None, [(OURS * 4, 5)], False), (None, [(OURS * 4, 5), (OURS * 4, 5)], False)])
    assert got == (["邮储银行"] * 3, [])


def test_a_part_takes_nothing_across_a_header_or_from_an_article_on_another_topic():
    # its own header printed after it stands between (a header the page gave the part)
    got = _page2_after_join([("守护", [(OURS * 4, 5)], True), (None, [(OURS * 4, 5), (THEIRS * 4, 5)], False)])
    assert got[0] == ["邮储银行"]
    # a headless article after it that holds few of the words
    got = _page2_after_join([(None, [(OURS * 4, 5)], False), (None, [(THEIRS * 4, 5), (THEIRS * 4, 5)], False)])
    assert got == (["邮储银行"], [(2, ["荷塘区卫", "荷塘区卫"])])


def test_a_stretch_holding_the_other_parts_words_goes_back_though_the_parts_first_paragraph_is_dense():
    """Made issue 9502 issue10: a continued part (its first paragraph dense with the other
    part's words) cut after that paragraph by the page; the next 14 paragraphs hold the words
    at about four times the rate of what follows. The gain over the page's cut alone (1.56)
    is under the evidence asked; the stretch against what follows it is far over it."""
    from app.part_ends import _beats_the_page, _gain
    from app.rules.profile import DEFAULT
    counts = [14, 7, 5, 8, 2, 6, 7, 3, 2, 6, 4, 3, 5, 5, 10, 0, 1, 1, 0, 1, 2, 0, 2, 5, 2, 0, 0, 1,
              0, 0, 0, 1, 0, 0, 4, 1]
    sizes = [39, 137, 134, 143, 15, 85, 171, 151, 14, 105, 101, 77, 163, 122, 96, 8, 81, 60, 10, 60,
             127, 85, 108, 95, 109, 124, 10, 19, 4, 85, 126, 88, 89, 94, 121, 92]
    assert _gain(counts, sizes, 1, 15) < DEFAULT.part_cut_evidence
    assert _beats_the_page(counts, sizes, 1, 15, DEFAULT)
    # a stretch holding the words no more than what follows stays where the page put it
    flat = [14] + [2] * 35
    assert not _beats_the_page(flat, [100] * 36, 1, 15, DEFAULT)
