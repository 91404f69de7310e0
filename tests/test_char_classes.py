"""The character-class table and the table-driven predicates, against the regular
expressions they stand for (which cost a millisecond each to compile in every process).

Random lines are drawn from the characters that decide these rules (ideographs of every
block, marks, spaces of each kind, Latin letters and digits), with a fixed seed.
"""
import random
import re

import pytest

from app.rules import chars
from app.rules.chars import HAN, LAYOUT_SPACE, WIDE
from app.rules.headers import phrase_pair
from app.rules.lone_names import name_shaped
from app.rules.names import _han_token
from app.rules.text import _layout_spaces_re, fold_half_width, is_letter_spaced, strip_markup

_H, _SP = f"[{HAN}]", f"[{LAYOUT_SPACE}]+"
ALPHABET = ("中国人民会的一块㐀䶵豈\U00020001\U0002a6d6·“”‘’，。、：（）()３"
            + LAYOUT_SPACE + "  ab7%+&/=,:;?!" + "\u3001\u3000")


def lines(count, longest, seed):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, longest)))


def test_the_table_holds_the_classes_on_every_code_point_of_the_first_plane():
    wide, han = re.compile(f"[{WIDE}]"), re.compile(f"[{HAN}]")
    table = chars.class_table()
    for code in range(0x10000):
        c = chr(code)
        assert bool(table[code] & chars.IS_WIDE) == bool(wide.match(c)), hex(code)
        assert bool(table[code] & chars.IS_HAN) == bool(han.match(c)), hex(code)


def test_flags_past_the_first_plane_follow_the_classes():
    han = re.compile(f"[{HAN}]")
    for code in (0x1ffff, 0x20000, 0x2a6d6, 0x2fa1f, 0x2fa20, 0x10ffff):
        assert bool(chars.flags_of(chr(code)) & chars.IS_HAN) == bool(han.match(chr(code))), hex(code)


def test_letter_spacing_is_what_the_expressions_said():
    spaced_pair, han_pair = re.compile(f"{_H}{_SP}(?={_H})"), re.compile(f"{_H}(?={_H})")

    def by_expressions(text):
        spaced = len(spaced_pair.findall(text))
        return spaced >= 2 and spaced >= len(han_pair.findall(text))

    seen = 0
    for text in lines(20000, 14, seed=1):
        assert is_letter_spaced(text) == by_expressions(text), repr(text)
        seen += is_letter_spaced(text)
    assert seen > 30      # the draw reaches the spaced lines, not only the others


def test_name_shapes_are_what_the_expressions_said():
    name = re.compile(f"^[{HAN}]{{2,3}}$|^[{HAN}] [{HAN}]$")
    token = re.compile(f"^[{HAN}·]+$")
    phrase = f"[{HAN}“”‘’]{{3,}}"
    pair = re.compile(f"^({phrase})[ \u3000]({phrase})$")

    def by_expression(text):
        m = pair.match(text)
        return bool(m) and all(p.count("“") == p.count("”") and p.count("‘") == p.count("’") for p in m.groups())

    seen = [0, 0, 0]
    for text in lines(20000, 9, seed=2):
        assert name_shaped(text) == bool(name.match(text)), repr(text)
        assert _han_token(text) == bool(token.match(text)), repr(text)
        expected = by_expression(text)
        assert phrase_pair(text) == expected, repr(text)
        seen = [n + bool(x) for n, x in zip(seen, (name.match(text), token.match(text), expected))]
    for text in ("聚“新”更暖心 有“为”更有力", "练好内功\u3000走稳外贸路", "“税惠 助稳向好”"):
        assert phrase_pair(text) == by_expression(text), text
    assert min(seen[:2]) > 100     # (random lines hardly ever make a pair: the examples above do)


def test_layout_spaces_and_half_width_marks_are_what_the_expressions_said():
    w, sp = f"[{WIDE}]", _SP
    wide_gap = re.compile(f"(?<={w}){sp}(?={w})")
    sign_gap = re.compile(f"(?<={w}){sp}(?=[+&/=][{WIDE}])|(?<={w}[+&/=]){sp}(?={w})")
    wide_digit = re.compile(f"(?<={w}){sp}(?=[0-9%])|(?<=[0-9%]){sp}(?={w})")
    openers, closers = chars.GAP_OPENERS, chars.GAP_CLOSERS
    punct_gap = re.compile(f"{sp}(?=[{openers}])|(?<=[{closers}]){sp}")
    keep_half = re.compile(f"[,:;?!](?<!{w}[,:;?!])(?!{w})")
    spaced_pair, han_pair = re.compile(f"{_H}{_SP}(?={_H})"), re.compile(f"{_H}(?={_H})")

    def by_expressions(text):
        text = strip_markup(text)
        spaced = len(spaced_pair.findall(text))
        if spaced >= 2 and spaced >= len(han_pair.findall(text)):
            text = sign_gap.sub("", wide_gap.sub("", text))
            if not re.search(sp, text):
                return text
        text = punct_gap.sub("", text)
        if re.search("[0-9%]", text):
            text = wide_digit.sub("", text)
        return re.sub(f"[{LAYOUT_SPACE}]{{2,}}", " ", text)

    changed = 0
    for text in lines(30000, 16, seed=3):
        text = text.strip(LAYOUT_SPACE)
        if not text:
            continue
        assert _layout_spaces_re(text) == by_expressions(text), repr(text)
        changed += _layout_spaces_re(text) != text
        keep = [m.start() for m in keep_half.finditer(text)]
        folded = fold_half_width(text)
        assert [i for i, c in enumerate(text) if c in ",:;?!" and folded[i] == c] == keep, repr(text)
    assert changed > 1000


def test_shapes_over_ideographs_match_what_the_class_matched():
    from app.rules.chars import han_shape
    from app.rules.kinds import _BYLINE_CHARS
    from app.rules.lines import _RUN_IN
    from app.rules.wrapped_heads import _HEAD_PHRASES
    pairs = [(_RUN_IN, f"^[{HAN}]{{4}}，[^，。、；：]{{4,}}$"),
             (_HEAD_PHRASES, f"^[{HAN}]{{2,6}}，[^，。、；：！？,.;:!?]{{2,}}$"),
             (_BYLINE_CHARS, f"^[{HAN}·\\s/／：:（）()、，,]+$")]
    hits = [0] * len(pairs)
    rng = random.Random(4)
    for text in lines(20000, 12, seed=5):
        if rng.random() < 0.5:      # the comma these shapes turn on, after a few ideographs
            text = "".join(rng.choice("中国人民会的") for _ in range(rng.randint(2, 6))) + "，" + text
        for k, (shaped, pattern) in enumerate(pairs):
            expected = bool(re.match(pattern, text))
            assert bool(shaped.match(han_shape(text))) == expected, (pattern, text)
            hits[k] += expected
    assert min(hits) > 20


def _shaped_patterns():
    from app.rules import caption_lines, kinds, names, running_head
    from app.rules.shaped import ShapedPattern
    return [(f"{m.__name__}.{k}", v) for m in (caption_lines, kinds, names, running_head)
            for k, v in vars(m).items() if isinstance(v, ShapedPattern)]


def test_shaped_patterns_answer_what_the_plain_expressions_answer():
    """Every ShapedPattern of the rules, against its own source compiled as it is, over
    lines drawn from its spelt-out ideographs, other ideographs of every block, marks,
    digits and spaces; and on lines made to match."""
    from app.rules.shaped import spelt_out
    found = _shaped_patterns()
    assert len(found) >= 8
    rng = random.Random(6)
    for name, shaped in found:
        plain = re.compile(shaped.pattern)
        alphabet = list(spelt_out(shaped.pattern)) * 3 + list("中国人㐀豈\U00020001·（）()【】“”。，2版AB ") + ["\u3000"]
        hits = 0
        for _ in range(6000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
            for method in ("match", "search"):
                got, want = getattr(shaped, method)(text), getattr(plain, method)(text)
                assert (got and got.span()) == (want and want.span()), (name, method, text)
                assert (got and [got.span(g) for g in range(1, plain.groups + 1)]) == (
                    want and [want.span(g) for g in range(1, plain.groups + 1)]), (name, text)
            assert shaped.sub(" ", text) == plain.sub(" ", text), (name, text)
            hits += bool(plain.search(text))
        assert hits, name       # the draw reaches the lines the expression takes


def test_a_shaped_pattern_refuses_what_a_shape_cannot_answer():
    from app.rules.shaped import ShapedPattern
    for source in (f"([{HAN}])\\1", "[一-龥]+", f"中[{HAN}]"):
        with pytest.raises(ValueError):
            ShapedPattern(source).match("中国")


# What a page's run may compile of the ideographs' class: the bigrams run over whole
# articles, where one compile costs less than a shape per article; and join_lines' one
# search of a block for a line end between two characters that are not CJK (about 2.6 ms
# once a process, against some 0.18 M instructions saved a made page: a batch has it back
# within some 30 pages, a one-page run of some 150 ms pays it).
CLASS_COMPILES_ALLOWED = 2

_COUNT_CLASS_COMPILES = r"""
import re, runpy, sys
from re import _compiler
seen = []
compile_ = _compiler.compile
def counting(p, flags=0):
    if isinstance(p, str) and ("\u4e00-\u9fff" in p or "\\u4e00-\\u9fff" in p):
        seen.append(p)
    return compile_(p, flags)
_compiler.compile = counting
sys.argv = ["app", "reflow", *sys.argv[1:]]
try:
    runpy.run_module("app", run_name="__main__")
except SystemExit:
    pass
print(len(seen))
"""


def test_a_page_run_compiles_the_ideographs_class_at_most_once(tmp_path):
    """Each expression holding the class costs some 14 million instructions to compile, in
    every process (the start-up of issue 16): the rules match over a line's shape instead.
    Counted, not timed, on the pages the tests carry."""
    import subprocess
    import sys
    from conftest import ROOT, SAMPLES
    pages = sorted(SAMPLES.glob("*.txt")) + sorted((ROOT / "tests" / "heldout").glob("*.txt"))
    assert pages
    for page in pages:
        out = subprocess.run([sys.executable, "-c", _COUNT_CLASS_COMPILES, str(page), "-o", str(tmp_path / "o.json")],
                             cwd=ROOT, capture_output=True, text=True, check=True).stdout
        assert int(out.split()[-1]) <= CLASS_COMPILES_ALLOWED, page.name


def test_the_shape_is_the_expressions_on_every_code_point_and_past_the_first_plane():
    # the first plane's list table, and the dict for a text holding a code point past it
    plane = "".join(map(chr, range(0x10000)))
    assert chars.han_shape(plane) == re.sub(_H, chars.SHAPE, plane)
    for line in lines(300, 30, seed=18):
        assert chars.han_shape(line) == re.sub(_H, chars.SHAPE, line), line
    assert chars.han_shape("好\U0001F600a") == "中\U0001F600a"


def test_split_names_of_a_byline_shaped_line_needs_no_shape_per_word():
    from app.rules.kinds import _BYLINE_CHARS
    from app.rules.names import split_names
    rng, shaped = random.Random(18), 0
    for _ in range(3000):
        line = "".join(rng.choice("张王李文图摄记者通讯员本报·/／：:（）()、，, \u3000")
                       for _ in range(rng.randint(1, 14)))
        if _BYLINE_CHARS.match(chars.han_shape(line)):
            shaped += 1
            assert split_names(line, byline_chars=True) == split_names(line), line
    assert shaped > 1000
