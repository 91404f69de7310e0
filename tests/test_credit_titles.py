"""Title lines under a credit that closes a story, on a page drawn in order."""
from app.rules.credit_titles import titles_under_a_credit
from app.rules.page import Page

P = ("paragraph", "body", 0.6)
HEAD = ("subheading", "head", 0.6)


def _labels(lines, lab):
    lab = list(lab)
    titles_under_a_credit(Page(lines), lab)
    return [x[0] for x in lab]


def test_headline_as_wide_as_the_line_under_it():
    lines = ["平台还结合重要时间节点开设专", "栏和学习体会。（冯强）", "邵阳为企业纾困解难出实招",
             "高标准实施党建引领。工作", "用心。"]
    assert _labels(lines, [P] * 5) == ["paragraph", "paragraph", "headline", "paragraph", "paragraph"]


def test_first_line_an_indent_narrower_than_the_line_under_it_stays():
    lines = ["平台还结合重要时间节点开设专", "栏和学习体会。（冯强）", "邵阳为企业纾困解难出",
             "高标准实施党建引领工作更加用心", "用心。"]
    assert _labels(lines, [P] * 5) == ["paragraph"] * 5


def test_kicker_and_headline_over_a_first_line_of_no_clause():
    lines = ["网约车司机师傅不仅安全送达。", "（马睿欣 袁明超）", "聚焦乡村振兴", "湘阴千亩油茶挂满“致富果”",
             "依托党委理论学习", "中心组学习、“三会一课”", "学习。"]
    lab = [P, P, HEAD, P, P, P, P]
    assert _labels(lines, lab) == ["paragraph", "paragraph", "kicker", "headline", "paragraph", "paragraph",
                                   "paragraph"]


def test_no_credit_no_headline():
    lines = ["平台还结合重要时间节点开设专", "栏和学习体会。", "邵阳为企业纾困解难出实招",
             "高标准实施党建引领。工作", "用心。"]
    assert _labels(lines, [P] * 5) == ["paragraph"] * 5


def test_page_read_in_text_groups_is_left_alone():
    lines = ["平台还结合重要时间节点开设专", "栏和学习体会。（冯强）", "", "邵阳为企业纾困解难出实招",
             "高标准实施党建引领。工作", "用心。"]
    assert _labels(lines, [P] * 5) == ["paragraph"] * 5
