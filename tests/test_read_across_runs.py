"""Two headers read across over one run holding both bodies (pdftotext): the story not
ending the unit takes the run from the last paragraph opening after a closed group."""
from app.rules.headers_across import other_story_to_its_run
from app.rules.page import Page
from app.rules.profile import DEFAULT

H, B, P = ("headline", "", 1), ("byline", "", 1), ("paragraph", "", 1)
HEADER, BODY = ("attached-header", 0.5), ("header-content", 0.5)


def _page(second_group):
    lines = ["甲地新闻标题一", "", "乙地新闻标题二", "", "本报记者 张三", "",
             "一二三四五六七八九十一二", "一二三四五六七。", ""] + second_group
    return Page(lines)


def _run(pg, heads=2):
    lab = [H] * heads + [B] + [P] * 4
    arts = [0] * len(lab)
    rules = [HEADER] * (heads + 1) + [BODY] * 4
    moved = other_story_to_its_run(pg, lab, arts, rules, [list(range(heads + 1))], DEFAULT)
    return arts, moved


def test_the_story_not_ending_the_unit_takes_the_run_from_its_opening():
    arts, moved = _run(_page(["一二三四五六七八九十", "一二三四五六七八九十一二"]))
    # the unit reads headline A, headline B, byline A: B's headline and the second run go
    assert arts == [0, 1, 0, 0, 0, 1, 1]
    assert moved == [1, 5, 6]


def test_a_run_going_on_without_an_indent_stays_whole():
    arts, moved = _run(_page(["一二三四五六七八九十一二", "一二三四五六七八九十一二"]))
    assert arts == [0] * 7 and moved == []


def test_a_unit_of_three_headlines_is_left_alone():
    pg = Page(["甲地新闻标题一", "", "乙地新闻标题二", "", "丙地新闻标题三", "", "本报记者 张三", "",
               "一二三四五六七八九十一二", "一二三四五六七。", "", "一二三四五六七八九十", "一二三四五六七八九十一二"])
    arts, moved = _run(pg, heads=3)
    assert moved == [] and set(arts) == {0}
