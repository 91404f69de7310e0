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


def test_every_profile_field_has_a_docstring():
    """Each threshold and confidence is explained where it is defined: the string right
    after the field."""
    import ast
    from app.rules import profile
    tree = ast.parse(open(profile.__file__, encoding="utf-8").read())
    for cls in [n for n in tree.body if isinstance(n, ast.ClassDef)]:
        body = cls.body
        for node, after in zip(body, body[1:] + [None]):
            if isinstance(node, ast.AnnAssign):
                assert isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant) \
                    and isinstance(after.value.value, str), f"{cls.name}.{node.target.id}"


def test_a_profile_is_made_by_name():
    """Profile and Confidence share one keyword __init__ (none is compiled at import):
    defaults, given values, a Confidence of its own for each Profile, an unknown name
    refused, and the table frozen."""
    from dataclasses import FrozenInstanceError, fields, replace
    from app.rules.profile import DEFAULT, Confidence, Profile
    assert all(getattr(DEFAULT, f.name) == f.default for f in fields(Profile) if f.name != "conf")
    assert all(getattr(DEFAULT.conf, f.name) == f.default for f in fields(Confidence))
    changed = replace(DEFAULT, step_min_lines=9, conf=Confidence(furniture=0.5))
    assert (changed.step_min_lines, changed.conf.furniture, changed.conf.body) == (9, 0.5, DEFAULT.conf.body)
    assert Profile().conf is not Profile().conf
    with pytest.raises(TypeError, match="nope"):
        Profile(nope=1)
    with pytest.raises(FrozenInstanceError):
        DEFAULT.step_min_lines = 1


def _page(path):
    from app.decoding import read_source
    from app.lines import split_lines
    return split_lines(read_source(path).text)


def test_every_confidence_comes_from_the_profile(sample_path):
    """With every confidence of the profile set to one value, every rule record the pass
    writes has that value: none is written inline."""
    from dataclasses import fields, replace
    from app.rules.pipeline import run
    from app.rules.profile import DEFAULT, Confidence
    conf = Confidence(**{f.name: 0.33 for f in fields(Confidence)})
    sugg = run(_page(sample_path), profile=replace(DEFAULT, conf=conf))
    whys = [w for w in sugg.why if w is not None]
    assert whys and {(w.label_conf, w.break_conf, w.article_conf) for w in whys} == {(0.33, 0.33, 0.33)}


def test_a_profile_changes_the_decisions(sample_path):
    """The rules read their thresholds from the profile they are given: a page read as
    Markdown (every line a paragraph of its own) gets other paragraph ends."""
    from dataclasses import replace
    from app.rules.pipeline import run
    from app.rules.profile import DEFAULT
    lines = _page(sample_path)
    assert run(lines).para_end != run(lines, profile=replace(DEFAULT, md_body_width=0)).para_end
    assert run(lines) == run(lines, profile=DEFAULT)


def test_written_out_spaces_are_every_space_up_to_3000():
    from app.rules.kinds import SPACES_TO_3000
    assert SPACES_TO_3000 == "".join(c for c in map(chr, range(0x3001)) if c.isspace())


def test_a_one_glyph_role_after_a_padded_name_ends_the_credit():
    # "徐 文 高诗凡" keeps 文 in the padded name; a role glyph ending the credit is a role
    from app.rules.kinds import is_byline
    from app.rules.names import split_names, trailing_credit
    assert split_names("本报记者 王 刚 摄") == ["王刚"] and is_byline("本报记者 王 刚 摄")
    assert trailing_credit("游客在景区参观。（王 刚 摄）") == 8
    assert split_names("徐 文 高诗凡") == ["徐文", "高诗凡"]


def test_the_keyword_init_calls_a_post_init():
    """A table checking its own values in ``__post_init__`` keeps that check under the
    shared keyword ``__init__``, as under the one dataclasses writes."""
    from dataclasses import dataclass
    from app.rules.profile import _init_by_name

    @dataclass(frozen=True, init=False)
    class Checked:
        __init__ = _init_by_name
        least: int = 1

        def __post_init__(self):
            if self.least < 0:
                raise ValueError("least below 0")

    assert Checked(least=3).least == 3
    with pytest.raises(ValueError, match="below 0"):
        Checked(least=-1)
