"""The pure side of the window's actions (app.commands, app.article_index), without Qt."""
from app import commands
from app.article_index import ArticleIndex
from app.document import ALL, Source, Why, blank_document
from app.operations import MoveRows, SetLabel, SplitRow


def doc_of(lines, articles):
    d = blank_document(Source("t", "\n".join(lines)), lines)
    for r, a in enumerate(articles):
        if d.label[r] is not None:
            d.article[r] = a
    return d


LINES = ["标题甲", "正文一。", "", "正文二。", "标题乙", "正文三。", "正文四。"]
ARTS = [0, 0, -1, 0, 1, 1, 1]


def test_index_follows_moves_labels_and_splits_like_a_fresh_one():
    d = doc_of(LINES, ARTS)
    idx = ArticleIndex(d)
    assert idx.order() == [0, 1] and idx.rows(0) == [0, 1, 3]
    idx.totals()    # summed now, then kept up to date by update
    for op in (MoveRows([5, 6], None), commands.confirm_op(d, [0, 1, 5]), SetLabel(0, 1, "noise"),
               MoveRows([0], 1), SplitRow(3, 2), commands.confirm_op(d, [3, 4])):
        idx.update(d.do(op))
        fresh = ArticleIndex(d)
        assert idx.order() == fresh.order() == d.article_order()
        assert {a: idx.rows(a) for a in idx.order()} == {a: fresh.rows(a) for a in fresh.order()}
        assert idx.totals() == fresh.totals()
    while d.can_undo():
        idx.update(d.undo())
        assert idx.totals() == ArticleIndex(d).totals()
    assert idx.order() == [0, 1] and idx.rows(1) == [4, 5, 6]


def test_index_stats_and_column_width():
    d = doc_of(LINES, ARTS)
    idx = ArticleIndex(d)
    assert idx.stats(1) == (3, 0)
    idx.update(d.do(commands.confirm_op(d, [4, 5])))
    assert idx.stats(1) == (3, 2)
    assert idx.totals() == (6, 2)
    assert idx.column_width(1) == 4.0


def test_label_and_confirm_ops_cover_runs_across_blank_rows():
    d = doc_of(LINES, ARTS)
    op = commands.label_op(d, [1, 3], "caption")
    d.do(op)
    assert [d.label[r] for r in (1, 2, 3)] == ["caption", None, "caption"]
    assert commands.label_op(d, [2], "headline") is None
    d.do(commands.confirm_op(d, [0, 1, 3, 5]))
    assert [d.confirmed[r] & ALL == ALL for r in (0, 1, 3, 4, 5)] == [True, True, True, False, True]


def test_next_unconfirmed_and_review_order():
    d = doc_of(LINES, ARTS)
    for r, c in ((0, 0.9), (1, 0.2), (3, 0.5), (4, 0.2), (5, 0.9), (6, 0.7)):
        d.why[r] = Why("r", c, "r", 1.0, "r", 1.0)
    assert commands.next_unconfirmed(d, 1) == 3
    assert commands.review_target(d, None, 1) == 1
    order = []
    row = 1
    for _ in range(6):
        order.append(row)
        row = commands.review_target(d, row, 1)
    assert order == [1, 4, 3, 6, 0, 5] and row == 1            # wraps round
    assert commands.review_target(d, 3, -1) == 4


def test_article_jump_goto_and_titles():
    d = doc_of(LINES, ARTS)
    idx = ArticleIndex(d)
    assert commands.article_jump(idx, 1, 1) == 4
    assert commands.article_jump(idx, 5, -1) == 0
    assert commands.article_jump(idx, 5, 1) == 4          # stays on the last
    assert commands.rows_for_lines(d, 2, 4) == (1, 3)
    assert commands.rows_for_lines(d, 99, 99) == (6, 6)
    d.label[4] = "headline"
    assert commands.article_title(d, idx.rows(1)) == "标题乙"
    assert commands.article_title(d, idx.rows(0), words=2) == "标题…"


def test_move_and_start_ops():
    d = doc_of(LINES, ARTS)
    assert commands.move_op(d, [4], 1, 2) is None          # already there
    op = commands.move_op(d, [5, 6], 0, 1)
    assert op.name == "Move to article 1"
    assert commands.move_op(d, [5], None).name == "Move to new article"
    assert commands.start_article_op(d, [0]) is None
    assert commands.start_article_op(d, [2, 3]).name == "Start article"
    assert commands.merge_prev_op(d, 5).name == "Merge with previous article"
    assert commands.toggle_break_op(d, 2) is None
    assert commands.edit_op(d, 1, "正文一。") is None
    assert commands.split_op(d, 1, 0) is None and commands.split_op(d, 1, 2) is not None


def test_find_row_sees_through_layout_spaces():
    d = doc_of(["学 校 学 生", "其他"], [0, 0])
    assert commands.find_row(d, "学校", None) == 0
    assert commands.find_row(d, "其他", 1) == 1            # wraps to itself
    assert commands.find_row(d, "无", 0) is None
