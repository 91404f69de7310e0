"""A page's lines of the JSONL corpus take a faster form than the plain one (each article's
record through json, a line each): both must give the same text for any corpus of the
shapes the engine makes (blocks as app.corpus makes them, with ``split_of`` or a joined
set's ``page``, articles ending with a joined set's ``parts``)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from app import corpus_set

# texts with what json escapes (quotes, backslashes, controls) and what it keeps (CJK, astral)
_TEXT = st.text(st.sampled_from('文字 a"\\\n\t\x01\x7f\u2028\U00020000“”'), max_size=12)
_LINES = st.lists(st.integers(1, 100_000), max_size=6)


@st.composite
def _block(draw):
    block = {"type": draw(st.sampled_from(["headline", "paragraph", "caption"])), "text": draw(_TEXT),
             "lines": draw(_LINES)}
    if draw(st.booleans()) and draw(st.booleans()):
        block[draw(st.sampled_from(["split_of", "page"]))] = draw(st.one_of(_LINES, _TEXT))
    return block


@st.composite
def _article(draw):
    art = {"id": draw(st.integers(1, 50))}
    for key in ("kicker", "headline", "subtitle"):
        art[key] = draw(st.one_of(st.none(), _TEXT))
    art["bylines"] = draw(st.lists(_TEXT, max_size=2))
    art["blocks"] = draw(st.lists(_block(), max_size=5))
    if draw(st.booleans()) and draw(st.booleans()):
        art["parts"] = [{"page": "a.txt", "id": 1}]
    return art


def _plain(corpus, page, status, sha):
    return "".join(corpus_set._LINE(r) + "\n" for r in corpus_set.article_records(corpus, page, status, sha))


@settings(max_examples=300, deadline=None)
@given(st.lists(_article(), max_size=4), st.sampled_from(corpus_set.PAGE_STATUSES), _TEXT)
def test_a_pages_jsonl_text_is_its_records_through_json(articles, status, name):
    corpus = {"source": {"name": name, "sha256": "ab", "encoding": "utf-8", "lines": 9},
              "articles": articles, "dropped": []}
    assert corpus_set.jsonl_text(corpus, "2024/A03.txt", status, "cd") == _plain(corpus, "2024/A03.txt", status, "cd")


def test_a_block_without_lines_or_with_other_keys_goes_through_json():
    for block in ({"type": "x", "text": "y", "split_of": [3]}, {"text": "y", "type": "x", "lines": (1,)},
                  {"type": None, "text": "y", "lines": [1]}):
        assert corpus_set._block_text(block) == corpus_set._LINE(block)
