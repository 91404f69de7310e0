"""Which run of a chain of headers and runs may hold two stories (drawing order)."""
from dataclasses import replace

from app.rules.profile import DEFAULT
from app.rules.run_chains import chains, longest_of_chains


def test_a_chain_breaks_where_two_headers_meet():
    # header 1, run 0, header 2, run 1, header 3 | header 4, run 2, header 5
    assert chains([1, 2, 4]) == [[0, 1], [2]]


def test_segments_of_one_run_stay_in_its_chain():
    assert chains([1, 1, 2]) == [[0, 1, 2]]


def test_only_the_longest_run_of_a_chain_may_be_shared():
    costs = {0: 0.9, 1: 0.9, 2: 0.9}
    # the chain header, 30 lines, header, 96 lines, header, 24 lines, header
    assert longest_of_chains(costs, [1, 2, 3], {0: 30, 1: 96, 2: 24}) == {1: 0.9}


def test_runs_of_other_chains_are_not_compared():
    costs = {0: 0.9, 1: 0.9}
    assert longest_of_chains(costs, [1, 3], {0: 20, 1: 90}) == costs


def test_a_run_whose_widths_step_stays_shareable():
    costs = {0: 0.4, 1: 0.9}
    assert longest_of_chains(costs, [1, 2], {0: 20, 1: 90}, keep={0}) == costs


def test_a_run_near_the_longest_stays_with_a_lower_share():
    costs = {0: 0.9, 1: 0.9, 2: 0.9}
    profile = replace(DEFAULT, two_stories_longest_share=0.8)
    assert longest_of_chains(costs, [1, 2, 3], {0: 85, 1: 96, 2: 24}, profile=profile) == {0: 0.9, 1: 0.9}


def test_a_lone_candidate_is_left_as_it_is():
    assert longest_of_chains({1: 0.9}, [1, 2, 3], {1: 5}) == {1: 0.9}
