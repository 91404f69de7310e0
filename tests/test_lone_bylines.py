"""A byline printed apart from its headline joins the page's one headline without a byline
(app/rules/lone_bylines.py; the page case is in tests/cases)."""
from types import SimpleNamespace

from app.rules.lone_bylines import HEADER_RULE, RULE, byline_and_headline, join_a_byline_set_apart
from app.rules.profile import DEFAULT


def _lab(labels):
    return [(lb, "", 1.0) for lb in labels]


def _pg(texts):
    """The two page fields the rule reads: each line's text and its last glyph."""
    return SimpleNamespace(text=texts, last=[t[-1:] for t in texts])


def test_the_lone_bylines_article_joins_the_headline_without_a_byline():
    labels = ["headline", None, "paragraph", "paragraph", None, "byline", None, "paragraph"]
    arts = [0, -1, 0, 0, -1, 1, -1, 1]
    rules = [("attached-header", 0.6)] * len(arts)
    texts = ["题", "", "正文", "正文。", "", "本报记者 张三", "", "正文。"]
    moved = join_a_byline_set_apart(_pg(texts), _lab(labels), arts, rules, DEFAULT)
    assert moved == [5, 7]
    assert arts == [0, -1, 0, 0, -1, 0, -1, 0]
    assert rules[5] == (RULE, DEFAULT.conf.byline_set_apart) and rules[0] == ("attached-header", 0.6)


def test_two_headlines_without_a_byline_leave_the_byline_where_it_is():
    labels = ["headline", "paragraph", "headline", "paragraph", "byline", "paragraph"]
    arts = [0, 0, 1, 1, 2, 2]
    texts = ["题", "正文。", "题", "正文。", "本报记者 张三", "正文。"]
    assert join_a_byline_set_apart(_pg(texts), _lab(labels), arts, [None] * 6, DEFAULT) == []
    assert arts == [0, 0, 1, 1, 2, 2]


def test_two_lone_bylines_leave_both_where_they_are():
    labels = ["headline", "paragraph", "byline", "paragraph", "byline", "paragraph"]
    assert byline_and_headline(labels, [0, 0, 1, 1, 2, 2]) is None


def test_an_article_holding_two_byline_groups_stops_the_count():
    # two stories' headers in article 0 (two bylines parted by a blank line): whose
    # headline lacks a byline is not known
    labels = ["headline", None, "byline", None, "byline", "paragraph", "headline", "byline", "paragraph"]
    arts = [0, -1, 0, -1, 0, 0, 1, 2, 2]
    assert byline_and_headline(labels, arts) is None
    # one byline group of two lines (no blank between) is one story's
    labels[3] = "byline"
    assert byline_and_headline(labels, [0, -1, 0, 0, 0, 0, 1, 2, 2]) == (2, 1)


def test_a_persons_article_is_never_paired():
    labels = ["headline", "paragraph", "byline", "paragraph"]
    assert byline_and_headline(labels, [-2, -2, 1, 1]) is None
    assert byline_and_headline(labels, [0, 0, -3, -3]) is None


def test_a_headline_whose_story_ends_in_a_credit_is_not_counted_among_several():
    # the first story is credited at its end: its byline is there, so the lone byline
    # goes with the second headline
    labels = ["headline", "paragraph", "headline", "paragraph", "byline", "paragraph"]
    texts = ["题一", "再升级。（杨晨 蒋虹）", "题二", "正文。", "本报记者 张三", "正文。"]
    arts = [0, 0, 1, 1, 2, 2]
    assert join_a_byline_set_apart(_pg(texts), _lab(labels), arts, [None] * 6, DEFAULT) == [4, 5]
    assert arts == [0, 0, 1, 1, 1, 1]


def _tight_pg(texts):
    """The page fields the rule reads on a pdftotext page: text, last glyph, and whether
    each line comes right under the one before (no blank between)."""
    pg = _pg(texts)
    pg.tight = [False] + [bool(a.strip()) and bool(b.strip()) for a, b in zip(texts, texts[1:])]
    return pg


def test_header_to_byline_moves_the_headlines_header_lines_and_leaves_its_body():
    # pdftotext: the body under the headline is another story's column run; the byline's
    # body is the headline's story
    labels = ["headline", "subtitle", "paragraph", "paragraph", "byline", "paragraph"]
    texts = ["题", "——副题", "别的正文", "别的正文。", "本报记者 张三", "正文。"]
    arts = [0, 0, 0, 0, 1, 1]
    rules = [("attached-header", 0.6)] * 6
    moved = join_a_byline_set_apart(_tight_pg(texts), _lab(labels), arts, rules, DEFAULT, header_to_byline=True)
    assert moved == [0, 1]
    assert arts == [1, 1, 0, 0, 1, 1]
    assert rules[0] == (HEADER_RULE, DEFAULT.conf.byline_set_apart) and rules[2] == ("attached-header", 0.6)


def test_header_to_byline_stops_where_an_article_holds_two_headlines_parted_by_a_blank():
    # two stories' headlines read across into article 0: the lone byline's headline may
    # be either
    labels = ["headline", None, "headline", "paragraph", "byline", "paragraph", "headline", "byline"]
    texts = ["题一", "", "题二", "正文。", "本报记者 张三", "正文。", "题三", "本报记者 李四"]
    keep = [0, -1, 0, 0, 1, 1, 2, 2]
    arts = list(keep)
    assert join_a_byline_set_apart(_tight_pg(texts), _lab(labels), arts, [None] * 8, DEFAULT, header_to_byline=True) == []
    assert arts == keep
