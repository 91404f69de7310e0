"""The header stacks' rule reads each header unit a bounded number of times: a file a user
opens is one page however long. Counted in reads of the label list, not timed (machines
are noisy)."""
from app.rules import header_stacks
from app.rules.articles import header_units
from app.rules.profile import DEFAULT
from counted_reads import CountedReads


def stacked_page(stories):
    """Labels, articles and records of a page of stories each printed as a headline and
    byline over a deck over three body lines: the deck (a unit of its own) paired with the
    body, the headline unit with another article (its own)."""
    lab, arts = [], []
    for s in range(stories):
        lab += [("headline", "", 1), ("byline", "", 1), ("subtitle", "", 1)] + [("paragraph", "body", 1)] * 3
        arts += [2 * s, 2 * s, 2 * s + 1, 2 * s + 1, 2 * s + 1, 2 * s + 1]
    return lab, arts, [("header", 1.0)] * len(lab)


def reads_to_stack(stories):
    """Label reads of the rule on a page of ``stories`` stacked headers."""
    lab, arts, rules = stacked_page(stories)
    hunits = header_units(lab)
    assert len(hunits) == 2 * stories
    lab = CountedReads(lab)
    CountedReads.reads = 0
    header_stacks.units_stacked_over_a_body(lab, arts, rules, hunits, DEFAULT)
    assert arts[0] == arts[2] and rules[0][0] == "header-stack"   # the page does what it is made for
    return CountedReads.reads


def test_a_page_twice_as_long_costs_about_twice_the_reads():
    # looking for a headline of the body's article among all the units under each stack
    # made the reads grow with the square of the page's length
    assert reads_to_stack(800) <= 2.5 * reads_to_stack(400)


def test_a_headline_under_the_stack_in_the_bodys_article_keeps_the_unit_out():
    lab, arts, rules = stacked_page(2)
    lab[2] = ("headline", "", 1)          # the lower unit holds the body article's headline
    header_stacks.units_stacked_over_a_body(lab, arts, rules, header_units(lab), DEFAULT)
    assert arts[:2] == [0, 0] and rules[0][0] == "header"
