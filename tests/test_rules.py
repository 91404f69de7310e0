"""The rules' doctests are their specification: run them all."""
import doctest
import importlib

import pytest

MODULES = ["app.rules.chars", "app.rules.text", "app.rules.names", "app.rules.lines", "app.rules.kinds",
           "app.rules.columns", "app.rules.page", "app.rules.lineindex", "app.rules.heads", "app.rules.articles",
           "app.rules.attach"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    mod = importlib.import_module(name)
    result = doctest.testmod(mod)
    assert result.attempted > 0
    assert result.failed == 0
