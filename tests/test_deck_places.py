"""A headline printed apart from its deck goes with the deck naming its place (pdftotext)."""
from app.rules.deck_places import deck_place, pairs_by_place


def test_the_place_is_the_decks_first_two_ideographs_after_the_dash():
    assert deck_place("——怀化推动文旅深度融合发展纪实") == "怀化"
    assert deck_place("—— 安 化医共体建设一线见闻") == "安化"
    assert deck_place("本报记者 刘浩") is None          # a byline names no place
    assert deck_place("——“强磁场”") is None              # no place first


def test_a_headless_deck_takes_the_one_headline_naming_its_place():
    arts = [0, 1, 2, 3]
    groups = [([0], "以文化人"), ([2], "家门口的“幸福食堂”开进怀化"), ([3], "安化：湘江岸边护鸟人")]
    assert pairs_by_place([(1, "怀化")], groups, arts) == [(1, [2])]


def test_nothing_moves_where_the_place_is_not_one_storys():
    arts = [0, 1, 2, 3, 4]
    two_headlines = [([2], "开进怀化"), ([3], "怀化校园足球")]
    assert pairs_by_place([(1, "怀化")], two_headlines, arts) == []
    two_decks = [(1, "怀化"), (4, "怀化")]
    assert pairs_by_place(two_decks, [([2], "开进怀化")], arts) == []


def test_a_deck_under_a_headline_keeps_it():
    arts = [0, 0, 1]
    assert pairs_by_place([(1, "怀化")], [([0], "以文化人"), ([2], "开进怀化")], arts) == []
