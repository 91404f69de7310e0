"""A header unit printed at the foot of another story's body (pdftotext) goes to the body
under it that has no headline."""
from app.rules.foot_headers import foot_headers_to_headless_bodies, header_unit_at
from app.rules.profile import DEFAULT

H, B, P, N = ("headline", "", 1), ("byline", "", 1), ("paragraph", "", 1), ("noise", "", 1)
REC = ("header-content", 0.5)


def _run(lab, arts):
    rules = [REC] * len(lab)
    moved = foot_headers_to_headless_bodies(lab, arts, rules, DEFAULT)
    return arts, moved, rules


def _page(over=3, under_headed=False, body_after=False):
    """Story A's headline and body (article 0), then B's headline and byline ending an
    article (1) over ``over`` body lines of A's column, then B's body (article 2)."""
    lab = [H, P, P] + [P] * over + [H, B] + ([P] if body_after else []) + ([H] if under_headed else []) + [P, P, P]
    arts = [0, 0, 0] + [1] * over + [1, 1] + ([1] if body_after else []) + [2] * ((1 if under_headed else 0) + 3)
    return lab, arts


def test_the_header_at_the_foot_goes_to_the_headless_body_under_it():
    arts, moved, rules = _run(*_page())
    assert arts == [0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2]
    assert moved == [6, 7] and rules[6][0] == "foot-header-to-headless-body"


def test_no_move_where_the_body_under_it_has_a_headline():
    assert _run(*_page(under_headed=True))[1] == []


def test_no_move_where_its_article_goes_on_under_it_or_has_too_little_over_it():
    assert _run(*_page(body_after=True))[1] == []
    assert _run(*_page(over=1))[1] == []


def test_the_unit_is_its_articles_header_lines_noise_passed_over():
    assert header_unit_at([P, H, N, B, H, P], [0, 1, 1, 1, 2, 2], 1) == [1, 3]


def test_no_move_where_the_article_has_a_header_over_its_body():
    lab, arts = _page()
    lab[3] = B                          # article 1 opens with a byline of its own
    assert _run(lab, arts)[1] == []
