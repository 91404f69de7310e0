"""Two width answers asked line by line take faster forms than the functions they stand
for; each must give the same answer as its plain form on any page, change points and
run edges included."""
from hypothesis import given, settings
from hypothesis import strategies as st

from app.rules.page import Page
from app.rules.segments import ColumnChanges
from app.rules.starts import LocalWidths, body_runs

# line lengths in cells that make columns change: narrow, middle, wide, and a short last line
_WIDTHS = st.lists(st.sampled_from([3, 8, 9, 10, 12, 13, 20, 21, 22, 24]), max_size=90)


@settings(max_examples=300, deadline=None)
@given(_WIDTHS, st.sets(st.integers(0, 89)))
def test_local_widths_asked_line_by_line_are_the_whole_runs(lengths, cuts):
    rows = ["文" * n for n in lengths]
    kinds = ["body"] * len(rows)
    breaks = {k: None for k in cuts if k < len(rows)}
    asked = LocalWidths(Page(rows), body_runs(kinds, breaks))
    whole = list(LocalWidths(Page(rows), body_runs(kinds, breaks)))
    assert [asked[k] for k in range(len(rows))] == whole


@settings(max_examples=300, deadline=None)
@given(_WIDTHS, st.data())
def test_column_changes_at_starts_are_each_asked_alone(lengths, data):
    widths = [float(n) for n in lengths]
    mids = list(range(0, 2 * len(widths), 2))        # middle lines, not every line
    ks = sorted(data.draw(st.sets(st.integers(0, 2 * len(widths) + 2))))
    together = ColumnChanges(widths, mids).at_starts(ks)
    alone = ColumnChanges(widths, mids)
    assert together == [alone(k) for k in ks]
