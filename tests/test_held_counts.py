"""The header pairs keep, for each header, which of its bigrams each text near it
holds, and later tests of the same texts read them instead of searching again: they
must be the plain search's for any texts, headers and places, and
absent (None) for a text the pairs did not search."""
from hypothesis import given, settings
from hypothesis import strategies as st

from app.rules.attach import bigrams, header_pairs, held_grams

# a few ideographs, so that bigrams recur across texts and headers
_TEXT = st.text(alphabet="党建品牌文化廉洁税务，。", max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=14), st.lists(_TEXT, min_size=1, max_size=4), st.data(), _TEXT)
def test_held_count_is_the_plain_count(stext, headlines, data, other):
    hgrams = [sorted(bigrams(t)) for t in headlines]
    after_h = sorted(data.draw(st.lists(st.integers(0, len(hgrams)), min_size=len(stext), max_size=len(stext))))
    holds = {}
    header_pairs(range(len(hgrams)), hgrams, stext, after_h, holds=holds)
    for h, grams in enumerate(hgrams):
        for t in stext + [other]:
            held = held_grams(holds, h, t)
            searched = h in holds and t in holds[h][0]
            assert held == ([g for g in grams if g in t] if searched else None)
    assert set(holds) <= set(range(len(hgrams)))
