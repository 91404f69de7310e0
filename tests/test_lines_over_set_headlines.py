"""A plain title line alone in its text group, over a headline set apart by its shape
(tracked, two phrases, under a kicker), is no line of that header (pdfminer)."""
from app.rules.head_headlines import head_headlines
from app.rules.page import Page
from app.suggest import suggest

BODY = ["把建设“书香郴州·阅读之城”作", "为一项重点任务来抓，自2024年", "书”学习交流平台，组织党员", "交流分享。"]
TAIL = ["——韶山推动文旅深度融合发展纪实", "", "本报记者 梁强静 曹平辉", "",
        "廉政教育。作为全省首批慧办平台", "试点单位，娄底市税务局整体上线", "了新系统。"]


def _labels(lines):
    """The engine's label of each line (0-based)."""
    return suggest(lines).label


def test_plain_line_over_a_tracked_headline_is_left_out():
    lines = BODY + ["", "3家基层医疗机构达到推荐标", "", "点 燃 创 新 引 擎", "赋 能 产 业 升 级", ""] + TAIL
    got = _labels(lines)
    assert got[5] == "paragraph" and got[7] == got[8] == "headline"


def test_plain_line_over_a_two_phrase_headline_is_left_out():
    lines = BODY + ["", "通过持续性的廉洁文化理论学", "", "深耕沃土 厚植根基", ""] + TAIL
    got = _labels(lines)
    assert got[5] == "paragraph" and got[7] == "headline"


def test_plain_line_over_a_plain_headline_stays():
    # two stories' plain headlines read across: the first is a headline too
    lines = BODY + ["", "怀化：湘江岸边护鸟人", "", "株洲跑出项目建设“加速度”", ""] + TAIL
    got = _labels(lines)
    assert got[5] == got[7] == "headline"



def test_one_line_head_in_a_box_of_its_own_is_a_headline():
    # pdfminer's text boxes: paragraphs parted by blank lines; a lone head holding no
    # clause mark is a headline, one holding a clause mark stays a head
    para = ["一位长期在机关工作的干部说，", "这次学习让他受益匪浅，回去", "要把经验带到工作中去。", ""]
    lines = para * 3 + ["华容把调解室搬到田埂上", ""] + para * 2 + ["因地制宜，走好特色发展路", ""] + para * 2
    pg = Page(lines)
    heads = ("华容把调解室搬到田埂上", "因地制宜，走好特色发展路")
    lab = [("subheading", "r", 0.7) if t in heads else ("paragraph", "r", 0.6) for t in pg.text]
    head_headlines(pg, lab)
    assert [lab[pg.text.index(t)][0] for t in heads] == ["headline", "subheading"]
