"""A story step inside a run under a header (pdftotext): the part over the step, with a
byline set apart under the header, goes to the nearest header before it left without a
body."""
from app.rules.page import Page
from app.rules.profile import DEFAULT
from app.rules.step_parts import lone_headers, step_parts_to_lone_headers

H, B, P, N = ("headline", "", 1), ("byline", "", 1), ("paragraph", "", 1), ("noise", "", 1)
HEADER, BODY = ("attached-header", 0.5), ("header-content", 0.5)
A12, A11 = "一二三四五六七八九十一二", "一二三四五六七八九十一"
WIDE = "一二三四五六七八九十一二三四"


def _page(lone_body=(), step=True, lone=True):
    """A lone headline (article 0), then headline B with B's byline, a blank line and A's
    byline, A's run (measure 12, closed short), a blank line and B's run (measure 14 or 12,
    opening indented)."""
    second = (["一二三四五六七八九十", WIDE, "一二三四五六七八九十一二三。", WIDE, "一二三。", WIDE, "一二三四五。"] if step
              else ["一二三四五六七八", A12, A11 + "。", A12, "一二三。", A12, "一二三四五。"])
    lines = ["甲地新闻标题", ""] + list(lone_body) + ["乙地新闻标题", "本报记者 张三", "", "李四",
                                                   "一二三四五六七八九十", A12, A11 + "。", A12, "一二三四。", ""] + second
    lab = [H] + [P] * len(lone_body) + [H, B, B] + [P] * 12
    arts = [0 if lone else 1] * (1 + len(lone_body)) + [1] * 15
    return Page(lines), lab, arts


def _run(pg, lab, arts):
    rules = [HEADER] * len(lab)
    moved = step_parts_to_lone_headers(pg, lab, arts, rules, DEFAULT)
    return arts, moved, rules


def test_the_part_over_the_step_and_the_byline_set_apart_go_to_the_lone_header():
    arts, moved, rules = _run(*_page())
    assert arts == [0, 1, 1] + [0] * 6 + [1] * 7
    assert moved == [3, 4, 5, 6, 7, 8] and rules[3][0] == "step-part-to-lone-header"


def test_no_step_no_move():
    pg, lab, arts = _page(step=False)
    assert _run(pg, lab, arts)[1] == []


def test_no_header_left_without_a_body_no_move():
    pg, lab, arts = _page(lone=False)
    assert _run(pg, lab, arts)[1] == []
    pg, lab, arts = _page(lone_body=[A12, "一二三四五。"])      # the first header has a body
    assert _run(pg, lab, arts)[1] == []


def test_a_header_line_read_as_one_paragraph_line_still_leaves_the_header_lone():
    lab = [H, P, H, P, P]
    assert lone_headers(lab, [0, 0, 1, 1, 1]) == {0: 0}
    assert lone_headers([H, P, P, H, P], [0, 0, 0, 1, 1]) == {1: 3}
