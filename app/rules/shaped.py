"""Expressions over the ideographs' class, matched over a line's shape.

Compiling ``[{HAN}]`` costs a millisecond or more in every process, each time the class
appears in an expression (the compiler walks its 28,000 code points one by one); the rules
hold a dozen such expressions that also spell out words ("记者", "版", "之一"). A
:class:`ShapedPattern` is written as the plain expression over the class. At its first use
it is compiled with the class body replaced by 中 and the ideographs the expression spells
out, and it matches over the line's shape for those ideographs: every other ideograph
becomes 中, everything else stays. A character matches an element of the expression
exactly when its shape matches the element of the rewritten one (a spelt-out ideograph is
itself in the shape, any other one is 中, and no other character becomes 中), so the answers
are the plain expression's; positions and spans are the line's own. Groups hold the shape:
read a group's text from the line by its span.
"""
import re

from .chars import HAN, IS_HAN, SHAPE, Translation, flags_of

_METHODS = ("match", "fullmatch", "search")


def spelt_out(source):
    """The ideographs an expression over the class spells out itself.

    >>> spelt_out(f"^[{HAN}]{{2,6}}新闻$|^[（(]记者[{HAN} ]摄$")
    '摄新者记闻'
    """
    rest = source.replace(HAN, "")
    if re.search(r"\\[1-9]|\(\?P=", rest):
        raise ValueError("a backreference compares shapes, not characters")
    if any(flags_of(c) & IS_HAN for c in re.findall(r"(?<=-).|.(?=-)", rest)):
        raise ValueError("a range of ideographs other than the class is not one in the shape")
    return "".join(sorted({c for c in rest if flags_of(c) & IS_HAN}))


class ShapedPattern:
    """``re.compile(source)`` for a ``source`` holding the ideographs' class (``HAN``),
    compiled at first use and matched over the shape (see the module's note).

    >>> p = ShapedPattern(f"^[{HAN}]{{2,6}}新闻$")
    >>> bool(p.match("综合新闻")), bool(p.match("综合消息")), bool(p.match("AB新闻"))
    (True, False, False)
    >>> ShapedPattern(f"（([{HAN}]+)）$").search("再升级。（杨晨）").span(1)
    (5, 7)
    >>> ShapedPattern(f"(?<![{HAN}])文(?![{HAN}])").sub(" ", "韩华 文 郑睿 余文")
    '韩华   郑睿 余文'
    """

    def __init__(self, source):
        self.pattern = source

    def __getattr__(self, name):
        # reached only for what the instance does not hold yet: the first use
        if name not in _METHODS + ("sub",):
            raise AttributeError(name)
        kept = spelt_out(self.pattern)
        if SHAPE in kept:
            raise ValueError(f"{SHAPE} spelt out would match every ideograph")
        compiled = re.compile(self.pattern.replace(HAN, SHAPE + kept))
        # (".*" takes every line with every method: no line is spared the translation)
        loose = re.compile(self.pattern.replace(HAN, r"\S") if _loosens(self.pattern) else ".*", re.S)
        table = Translation(lambda code, flags: ord(SHAPE) if flags & IS_HAN and chr(code) not in kept else code)
        for method in _METHODS:
            setattr(self, method, _over_shape(getattr(loose, method), getattr(compiled, method), table))
        self.sub = _sub_over_shape(loose.search, compiled.finditer, table)
        return getattr(self, name)


def _over_shape(loose, exact, table):
    """``exact`` over a line's shape, asked only when ``loose`` (the expression with any
    character but a space where it holds the class, so it takes every line the expression
    takes) finds something in the line itself: a translation costs more than a match,
    and most lines a rule asks about fail both."""
    def over(text, *args):
        return loose(text, *args) and exact(text.translate(table), *args)
    return over


def _sub_over_shape(loose, finditer, table):
    """``sub`` with a plain replacement: the matches found over the shape, cut out of the
    line itself."""
    def sub(repl, text):
        if not loose(text):
            return text
        out, at = [], 0
        for m in finditer(text.translate(table)):
            out += (text[at:m.start()], repl)
            at = m.end()
        out.append(text[at:])
        return "".join(out)
    return sub


def _loosens(source):
    """Does any non-space where the class stands take every line the expression takes? Not
    where the class is inside a negative look-around or a negated class (the expression
    is then tried on every line).

    >>> _loosens(f"^[{HAN}]{{2}}$"), _loosens(f"(?<![{HAN}])文"), _loosens(f"[^{HAN}]")
    (True, False, False)
    """
    return not re.search(r"\(\?<?!", source) and not re.search(r"\[\^[^\]]*" + re.escape(HAN), source)
