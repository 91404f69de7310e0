"""The dev-set evaluation: the only tests that need material outside the checkout, the dev
pages and their gold in ``shared/eval/dev`` and its scorer ``shared/eval/score.py`` (beside
the checkout, or in the folder ``$ZHENGWEN_SHARED`` names). Without them these tests do not
run, and the run says so in a warning per test and a red closing section (tests/conftest.py).

They score the engine's corpus of every dev page against its gold, and sweep the dev pages
through the checks the other modules make on the pages the checkout carries."""
import importlib.util

import pytest

from app.corpus import build_corpus
from app.corpus_check import check_corpus
from app.loader import page_document, read_page
from conftest import ROOT
from test_columns import check_page
from test_decode import CHINESE_CODECS, _pieces, check_decodes_without_a_word
from test_suggest import check_nothing_lost


@pytest.fixture
def dev_pages(shared):
    pages = sorted((shared / "eval" / "dev").glob("*.txt"))
    assert pages, f"{shared / 'eval' / 'dev'} holds no page"
    return pages


@pytest.fixture
def score(shared):
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.score


def _gold(page):
    import json
    return json.loads(page.with_suffix(".gold.json").read_text(encoding="utf-8"))


def test_the_engine_on_the_dev_set(dev_pages, score):
    """Every page's corpus keeps the format and scores near its gold (the dev set is what the
    rules were built on: a drop here is a regression, not a hard page)."""
    fixes = lines = 0
    for page in dev_pages:
        src, raw = read_page(page)
        corpus = build_corpus(page_document(src, raw, explain=False))
        assert check_corpus(corpus, raw) == [], page.name
        result = score(_gold(page), corpus)
        print(page.stem, result)
        assert result["article_f1"] >= 0.95 and result["label_accuracy"] >= 0.95, (page.name, result)
        fixes += result["fixes"]
        lines += result["lines"]
    assert 100 * fixes / lines <= 1.0, f"{fixes} fixes in {lines} lines"


def test_every_gold_we_carry_scores_itself_perfectly(dev_pages, score):
    """The gold files of the checkout (held-out pages) are read by the scorer as the dev
    set's are: each scores itself perfectly."""
    for page in dev_pages + sorted((ROOT / "tests" / "heldout").glob("*.txt")):
        gold = _gold(page)
        result = score(gold, gold)
        assert result["fixes"] == 0 and result["article_f1"] == 1.0 and result["headline_exact"] == 1.0, page.name


def test_columns_equal_the_line_rules_on_the_dev_pages(dev_pages):
    for page in dev_pages:
        check_page(read_page(page)[1])


@pytest.mark.parametrize(("codec", "expected"), CHINESE_CODECS)
def test_the_dev_pages_still_decode_without_a_word(dev_pages, codec, expected):
    check_decodes_without_a_word(_pieces(dev_pages), codec, expected)


def test_nothing_is_lost_on_the_dev_pages(dev_pages):
    for page in dev_pages:
        check_nothing_lost(page.read_text(encoding="utf-8").split("\n"))
