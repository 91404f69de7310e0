"""A column printed before its header, run on into the next story's, parted where its chain
breaks (app/rules/headless_openings.py; the page case is in tests/cases)."""
from app.rules.headless_openings import openings_parted_from_the_next_story
from app.rules.page import Page
from app.rules.profile import DEFAULT

P, H = ("paragraph", "", 1.0), ("headline", "", 1.0)
LINES = [
    "一二三四五六七八九十", "甲乙丙丁戊己庚辛壬基", "",            # story A's column, open
    "一二三四五六七八", "一二三四五六七八九十", "一二三四五六七八九十", "",  # story B's, indented
    "标题甲", "",                                               # A's header
    "层坐诊一二三四五六七", "基层医疗一二三四五六", "",           # A's text going on
    "标题乙", "",                                               # B's header
    "一二三四五六七八九十", "一二三四五六七八九十",
]
LAB = [P, P, P, P, P, H, P, P, H, P, P]
HUNITS = [[5], [8]]


def _run(lines, arts):
    rules = [("header-content", 0.5)] * len(arts)
    openings_parted_from_the_next_story(Page(lines), LAB, arts, rules, HUNITS, DEFAULT)
    return arts, rules


def test_the_first_story_s_piece_goes_on_under_the_header_its_open_line_pairs_with():
    arts, rules = _run(LINES, [2, 2, 2, 2, 2, 1, 1, 1, 2, 2, 2])
    assert arts == [1, 1, 2, 2, 2, 1, 1, 1, 2, 2, 2]
    assert rules[0] == ("column-flow", DEFAULT.conf.column_flow) and rules[2] == ("header-content", 0.5)


def test_without_a_pair_nothing_moves():
    lines = list(LINES)
    lines[9] = "坐层诊一二三四五六七"   # 基坐 is written nowhere else
    arts, _ = _run(lines, [2, 2, 2, 2, 2, 1, 1, 1, 2, 2, 2])
    assert arts == [2, 2, 2, 2, 2, 1, 1, 1, 2, 2, 2]


def test_no_break_where_the_next_group_opens_full():
    # the group after the open line opens full: the story's own paragraph going on
    lines = list(LINES)
    lines[3] = "一二三四五六七八九十"
    arts, _ = _run(lines, [2, 2, 2, 2, 2, 1, 1, 1, 2, 2, 2])
    assert arts == [2, 2, 2, 2, 2, 1, 1, 1, 2, 2, 2]
