"""A tracked headline row right under a kicker after a line that closes is a header sign
(drawing order: a story's body, its credit, then its kicker and tracked headline)."""
from app.rules.headers import tracked_under_kicker
from app.rules.page import Page

_LINES = ["在习近平总书记考察郴州五周", "习体会。（赵杰华）", "民生实事进行时",
          "新 化 ： 数 字 赋 能 让 田 间 地 头 更", "“ 聪 明 ”", "2007年企业初创时仅为小作"]
_KINDS = ["body", "body", "title", "title", "title", "title"]


def test_a_tracked_row_under_a_kicker_after_a_credit_is_a_header_sign():
    assert tracked_under_kicker(Page(_LINES), _KINDS, 3)


def test_no_sign_when_the_line_above_the_kicker_goes_on():
    lines = _LINES[:1] + ["习体会，开设“传承红色基"] + _LINES[2:]
    assert not tracked_under_kicker(Page(lines), _KINDS, 3)


def test_no_sign_for_a_spaced_row_holding_a_clause_mark():
    lines = _LINES[:3] + ["新 化 ： 数 字 赋 能 ， 让 田 间"] + _LINES[4:]
    assert not tracked_under_kicker(Page(lines), _KINDS, 3)


def test_no_sign_under_a_line_wider_than_a_kicker():
    lines = _LINES[:2] + ["民生实事进行时民生实事进行时民生实事进行时"] + _LINES[3:]
    assert not tracked_under_kicker(Page(lines), _KINDS, 3)


def test_no_sign_for_an_indented_row_under_a_numbered_head():
    # a paragraph's first line, spaced out by justification, under "（一）"
    lines = ["分享。截至目前，已举办交流活动", "受到各方关注和好评。", "（一）",
             "　　“ 苏 仙 岭 下 读 好 书 ” 学 习 交 流", "平台，同步开设微信公众号，", "坚持每日线上推送一篇原创读"]
    lines += ["　　这是一段缩进的正文行，" + str(i) for i in range(8)]
    pg = Page(lines)
    assert pg.indent[3]
    assert not tracked_under_kicker(pg, _KINDS + ["body"] * 8, 3)


def test_no_sign_on_a_page_with_blank_lines_between_text_groups():
    # (pdfminer: a header is set apart by its blank lines, and paired by them)
    lines = _LINES[:2] + [""] + _LINES[2:5] + [""] + _LINES[5:]
    pg = Page(lines)
    kinds = ["body", "body", "title", "title", "title", "title"]
    assert pg.text[3].startswith("新 化") and not tracked_under_kicker(pg, kinds, 3)
