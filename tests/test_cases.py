"""Regression cases as data: tests/cases/*.json hold a snippet and the decisions expected
for some of its lines (1-based line numbers; articles as letters, equal letters meaning
the same article; ``goes_on``: the line a paragraph open there goes on at, a piece link). Known hard cases carry "xfail" with the reason and stay here."""
import json
from pathlib import Path

import pytest

from app.suggest import suggest

CASES = sorted((Path(__file__).parent / "cases").glob("*.json"))


def _load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _params():
    for p in CASES:
        case = _load(p)
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
        yield pytest.param(case, id=p.stem, marks=marks)


def check(case):
    lines = case["lines"]
    sugg = suggest(lines)
    letters = {}
    problems = []
    for key, exp in case["expect"].items():
        i = int(key) - 1
        if "label" in exp and sugg.label[i] != exp["label"]:
            problems.append(f"line {key}: label {sugg.label[i]} != {exp['label']}")
        if "end" in exp and bool(sugg.para_end[i]) != exp["end"]:
            problems.append(f"line {key}: paragraph end {sugg.para_end[i]} != {exp['end']}")
        if "article" in exp:
            a = sugg.article[i]
            want = exp["article"]
            if want in letters and letters[want] != a:
                problems.append(f"line {key}: article {a} is not article {want} ({letters[want]})")
            if want not in letters and a in letters.values():
                problems.append(f"line {key}: article {a} already stands for another letter")
            letters.setdefault(want, a)
        if "goes_on" in exp and sugg.goes_on.get(i) != int(exp["goes_on"]) - 1:
            got = sugg.goes_on.get(i)
            problems.append(f"line {key}: goes on at {None if got is None else got + 1} != {exp['goes_on']}")
        if "split" in exp and not any(r == i and lab == exp["split"] for r, _, lab, *_ in sugg.splits):
            problems.append(f"line {key}: no {exp['split']} split proposed")
        if "split_left" in exp and not any(r == i and left == [exp["split_left"]] for r, _, _, *left in sugg.splits):
            problems.append(f"line {key}: no split proposed leaving a {exp['split_left']} first piece")
    return problems


@pytest.mark.parametrize("case", list(_params()))
def test_case(case):
    assert check(case) == []


def test_cases_exist():
    assert len(CASES) >= 8
