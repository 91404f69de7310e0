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


def _page(lone_body=(), step=True, lone=True, between=0):
    """A lone headline (article 0), then headline B with B's byline, a blank line and A's
    byline, A's run (measure 12, closed short), a blank line and B's run (measure 14 or 12,
    opening indented); ``between``: that many closed lines of a third story (article 2,
    under its headline) before headline B."""
    second = (["一二三四五六七八九十", WIDE, "一二三四五六七八九十一二三。", WIDE, "一二三。", WIDE, "一二三四五。"] if step
              else ["一二三四五六七八", A12, A11 + "。", A12, "一二三。", A12, "一二三四五。"])
    third = ["丙地新闻标题"] + ["一二三四五。"] * between if between else []
    lines = ["甲地新闻标题", ""] + list(lone_body) + third + ["乙地新闻标题", "本报记者 张三", "", "李四",
                                                   "一二三四五六七八九十", A12, A11 + "。", A12, "一二三四。", ""] + second
    lab = [H] + [P] * len(lone_body) + ([H] + [P] * between if between else []) + [H, B, B] + [P] * 12
    arts = [0 if lone else 1] * (1 + len(lone_body)) + [2] * len(third) + [1] * 15
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


def _foot_page(foot_open=True):
    """Story A's header and run (measure 12) ending open (or closed), then header B over
    A's rest (opening mid-paragraph, measure 12, closed short) and B's run (measure 14,
    opening indented)."""
    foot = [A12, A12 if foot_open else A11 + "。"]
    lines = (["甲地新闻标题", "一二三四五六七八九十", A12, A11 + "。", "一二三四五六七八九十"] + foot
             + ["", "乙地新闻标题", "", A12, A11 + "。", A12, "一二三四。", "",
                "一二三四五六七八九十", WIDE, "一二三四五六七八九十一二三。", WIDE, "一二三四五。"])
    lab = [H] + [P] * 6 + [H] + [P] * 9
    arts = [0] * 7 + [1] * 10
    return Page(lines), lab, arts


def test_without_a_lone_header_a_part_opening_mid_paragraph_goes_on_the_open_foot_of_its_measure():
    arts, moved, rules = _run(*_foot_page())
    assert arts == [0] * 7 + [1] + [0] * 4 + [1] * 5
    assert moved == [8, 9, 10, 11] and rules[8][0] == "column-flow"


def test_without_an_open_foot_the_part_stays():
    pg, lab, arts = _foot_page(foot_open=False)
    assert _run(pg, lab, arts)[1] == []


def test_a_lone_header_farther_than_flow_reach_before_the_run_takes_no_part():
    pg, lab, arts = _page(between=DEFAULT.flow_reach + 10)
    before = list(arts)
    assert _run(pg, lab, arts)[1] == [] and arts == before
