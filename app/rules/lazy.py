"""Regular expressions compiled at their first use.

Compiling an expression that holds the ideographs' class costs about a millisecond (the
compiler walks its 28,000 code points), and the rules hold some fifty such expressions, of
which a page reaches half or fewer: compiled at import, they were most of the time a
one-page run takes. A :class:`LazyPattern` compiles on the first call of one of its
methods and then hands out the compiled pattern's own methods, so a later call costs what
a compiled pattern's does. (Expressions that ask whether characters are ideographs match
over a line's shape instead, which holds no class: :func:`.chars.han_shape`, and
:class:`.shaped.ShapedPattern` for those that also spell out words.)
"""
import re

_METHODS = ("match", "fullmatch", "search", "findall", "finditer", "sub", "subn", "split")


class LazyPattern:
    """``re.compile(source, flags)``, done when first used.

    >>> p = LazyPattern(r"\\d+")
    >>> p.findall("a1b22"), p.sub("#", "a1b22"), p.pattern
    (['1', '22'], 'a#b#', '\\\\d+')
    """

    def __init__(self, source, flags=0):
        self.pattern, self.flags = source, flags

    def __getattr__(self, name):
        # reached only for what the instance does not hold yet: the first use
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

